/** What search costs a reader: the bytes the first query and a later one transfer, measured in Chromium against the built site. */
import { launchBrowser } from '../dev/browser.ts';
import { serveSite } from '../dev/static-server.ts';

export async function searchTransfer(outDir: string): Promise<{ first: number; later: number }> {
  const [browser, site] = await Promise.all([launchBrowser(), serveSite(outDir)]);
  try {
    const page = await browser.newPage();
    const bytes: number[] = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes.push(sizes.responseBodySize + sizes.responseHeadersSize);
    });
    await page.goto(site.url);
    await page.waitForLoadState('networkidle');
    const run = async (query: string) => {
      const before = bytes.length;
      if (!(await page.locator('[data-search-dialog]').evaluate((d: HTMLDialogElement) => d.open))) await page.keyboard.press('/');
      await page.getByRole('combobox', { name: 'Search the handbook' }).fill(query);
      await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return bytes.slice(before).reduce((sum, b) => sum + b, 0);
    };
    return { first: await run('service'), later: await run('latency') };
  } finally {
    await browser.close();
    await site.close();
  }
}
