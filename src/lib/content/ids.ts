/** Entry ids are file names without their extension, the same in Astro and in the check. */
export function idFromFileName(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return base.replace(/\.(md|mdx|ya?ml)$/i, '');
}
