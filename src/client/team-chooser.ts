/**
 * The home page's team chooser (TeamChooser.astro): remembers the reader's team in
 * localStorage only, and shows that team's section (built as a fragment per team,
 * for-you/<id>/) at the top of the page. Clearing forgets it and leaves the
 * general page.
 */
import { routes, withBase } from '../lib/routes.ts';
import { showLocalTimes } from './local-time.ts';

export const TEAM_STORAGE_KEY = 'atrium:team';

/** Storage may be refused (private modes, disabled site data): the chooser then works for this visit only. */
const stored = {
  get: (): string | null => {
    try {
      return localStorage.getItem(TEAM_STORAGE_KEY);
    } catch {
      return null;
    }
  },
  set: (team: string) => {
    try {
      if (team) localStorage.setItem(TEAM_STORAGE_KEY, team);
      else localStorage.removeItem(TEAM_STORAGE_KEY);
    } catch {
      // Kept for this visit only.
    }
  },
};

export function wireTeamChooser(): void {
  const form = document.querySelector<HTMLFormElement>('[data-team-chooser]');
  const slot = document.querySelector<HTMLElement>('[data-for-team-slot]');
  if (!form || !slot) return;
  const select = form.querySelector('select')!;
  const clear = form.querySelector<HTMLButtonElement>('[data-team-clear]')!;
  const status = form.querySelector<HTMLElement>('[data-team-status]')!;

  async function show(team: string): Promise<void> {
    clear.hidden = !team;
    slot!.replaceChildren();
    status.textContent = '';
    if (!team) return;
    const name = select.selectedOptions[0]?.textContent ?? team;
    try {
      const response = await fetch(withBase(import.meta.env.BASE_URL, routes.teamFocus(team)));
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.text();
      // A later choice may have been made while this one loaded.
      if (select.value !== team) return;
      const section = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-for-team]');
      if (!section) throw new Error('no section');
      slot!.replaceChildren(document.adoptNode(section));
      showLocalTimes(slot!);
      status.textContent = `Showing what involves ${name} first.`;
    } catch {
      status.textContent = `Could not load what involves ${name}; the general page is below.`;
    }
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  select.addEventListener('change', () => {
    stored.set(select.value);
    void show(select.value);
  });
  clear.addEventListener('click', () => {
    stored.set('');
    select.value = '';
    void show('');
    select.focus();
  });

  const saved = stored.get();
  // A team that has left the handbook since is forgotten.
  if (saved && [...select.options].some((option) => option.value === saved)) select.value = saved;
  else if (saved) stored.set('');
  form.hidden = false;
  void show(select.value);
}
