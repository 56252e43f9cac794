/**
 * Copy buttons beside addresses (subscribe page): hidden in the HTML and shown only
 * here, where they can work. Where the clipboard is refused, the address is selected
 * for the reader to copy.
 */

export function wireCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const label = button.firstChild!;
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        label.textContent = 'Copied';
      } catch {
        getSelection()?.selectAllChildren(button.previousElementSibling!);
        label.textContent = 'Selected';
      }
      setTimeout(() => (label.textContent = 'Copy'), 2000);
    });
  }
}
