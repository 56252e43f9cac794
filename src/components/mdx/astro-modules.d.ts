/**
 * Lets plain `tsc` type-check `index.ts`, which imports `.astro` files: only Astro's own
 * tooling (the build, `astro check`) reads those, and there their real types win over
 * this fallback.
 */
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
