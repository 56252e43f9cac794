/**
 * Text made safe inside HTML: element content and double-quoted attribute values.
 * The one escaper for HTML the build writes by hand (feeds, digest emails, diagram
 * figures) and for the browser's search results.
 */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
