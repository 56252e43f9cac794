/**
 * Text made safe inside HTML: element content and double-quoted attribute values.
 * The one escaper for HTML the build writes by hand (feeds, digest emails, diagram
 * figures) and for the browser's search results.
 */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text that readers may take as HTML or as plain text (a feed item's title or summary):
 * only the characters that open markup are escaped, so `<b>` stays text in an HTML
 * reader and `Data & Analytics` reads the same in both, instead of `&amp;` in one.
 */
export const escapeTags = (text: string): string => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
