/**
 * How the built site maps to HTTP, as a static host serves it: its files, which file a URL serves,
 * its content type, and the `_headers` rules (the Netlify/Cloudflare format). Shared by the e2e server
 * (e2e/serve.ts), the benchmark, and the dev server's view of the last build's search index.
 */
import { readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file of a built site in `outDir`, relative to it and `/`-separated, in a stable order. Listed
 * synchronously: the promise API walks the folder's 1,400 entries one thread-pool round trip at a
 * time, some 40 ms a listing against a few, and four integrations list it after each build.
 */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Parses a `_headers` file into path patterns and their headers. */
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    } else {
      rules.push({ pattern: line.trim(), headers: [] });
    }
  }
  return rules;
}

/** Whether a `_headers` path pattern (exact, or ending in `*`) covers `urlPath`. */
export function matches(pattern: string, urlPath: string): boolean {
  if (pattern.endsWith('*')) return urlPath.startsWith(pattern.slice(0, -1));
  return pattern === urlPath;
}

/** The file under `root` that `urlPath` serves when the site is hosted at `base`, if any. */
export async function fileFor(root: string, base: string, urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}
