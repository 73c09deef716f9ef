// The first page's part of es.json, made at build time by client/vite.config.ts.
declare module 'virtual:first-page-strings' {
  const strings: Record<string, unknown>;
  export default strings;
}
