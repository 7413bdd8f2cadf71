/**
 * scriptUrl(): a Vite plugin for client code that should load only on demand.
 * `import url from '../../features/practice/practice-tools.ts?script-url'` bundles that module as a chunk of its
 * own and gives its final URL (base included), for the page to load later with
 * `<script type="module" src>`. A dynamic `import()` would do the same, but Vite wraps every one in
 * a preload helper of about 1.8 KB that runs at page load: more than the whole bootstrap it serves.
 * A `.css` file imported the same way becomes a minified stylesheet of its own, for a later
 * `<link rel="stylesheet">` (Vite's `?url` gives such a file's URL but, in Astro's build of page
 * scripts, never writes the file).
 * In `astro dev` the URL points at the source, which Vite serves transformed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

const QUERY = '?script-url';
const PREFIX = '\0script-url:';

/** The Vite plugin; see the module comment. */
export function scriptUrl(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'script-url',
    // Before Vite's own resolver, which would otherwise load the file itself and ignore the query.
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
      base = config.base;
      assetsDir = config.build.assetsDir;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      if (!resolved) throw new Error(`script-url: cannot resolve "${source}" from ${importer ?? 'the project'}`);
      // Ends in .js even for a stylesheet, or Vite's CSS plugin would take this module for CSS.
      return `${PREFIX}${resolved.id}.js`;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      const css = file.endsWith('.css');
      // `?direct` makes Vite's dev server answer with the CSS itself rather than a module that injects it.
      if (command === 'serve') return `export default ${JSON.stringify(`${base}@fs${file}${css ? '?direct' : ''}`)};`;
      const name = path.basename(file, path.extname(file));
      let reference: string;
      if (css) {
        const source = (await transform(await readFile(file, 'utf8'), { loader: 'css', minify: true })).code;
        // Named by its file name, not `name`: Astro deletes every emitted *.css asset that no page
        // or chunk claims, and it looks for them by `name`.
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        reference = this.emitFile({ type: 'asset', fileName: `${assetsDir}/${name}.${hash}.css`, source });
      } else {
        reference = this.emitFile({ type: 'chunk', id: file, name });
      }
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
