/**
 * scriptUrl(): a Vite plugin for client code that should load only on demand.
 * `import url from '../scripts/practice-tools.ts?script-url'` bundles that module as a chunk of its
 * own and gives its final URL (base included), for the page to load later with
 * `<script type="module" src>`. A dynamic `import()` would do the same, but Vite wraps every one in
 * a preload helper of about 1.8 KB that runs at page load: more than the whole bootstrap it serves.
 * In `astro dev` the URL points at the source, which Vite serves transformed.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?script-url';
const PREFIX = '\0script-url:';

/** The Vite plugin; see the module comment. */
export function scriptUrl(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  return {
    name: 'script-url',
    // Before Vite's own resolver, which would otherwise load the file itself and ignore the query.
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      if (!resolved) throw new Error(`script-url: cannot resolve "${source}" from ${importer ?? 'the project'}`);
      return PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (command === 'serve') return `export default ${JSON.stringify(`${base}@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file, name: path.basename(file, path.extname(file)) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
