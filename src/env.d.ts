/** `import url from './module.ts?script-url'`: the URL of the module bundled on its own (src/integrations/script-url.ts). */
declare module '*?script-url' {
  const url: string;
  export default url;
}
