/**
 * A small static server for the built site, used by the e2e suite and `npm start`-like checks.
 * Unlike `astro preview` it applies `dist/_headers` (the Netlify/Cloudflare format), so a policy
 * that only exists as a header is tested, and it serves `404.html` with status 404 under `base`.
 *
 * Usage: node e2e/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Parses a `_headers` file into path patterns and their headers. */
function parseHeadersFile(text: string): Array<{ pattern: string; headers: Array<[string, string]> }> {
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

function matches(pattern: string, urlPath: string): boolean {
  if (pattern.endsWith('*')) return urlPath.startsWith(pattern.slice(0, -1));
  return pattern === urlPath;
}

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
});
const root = path.resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const headerRules = await readFile(path.join(root, '_headers'), 'utf8').then(parseHeadersFile, () => []);

async function fileFor(urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, relative);
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

createServer(async (request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  // A directory URL without its trailing slash redirects, as static hosts do.
  if (!urlPath.endsWith('/') && !path.extname(urlPath) && (await fileFor(`${urlPath}/`))) {
    response.writeHead(301, { location: `${urlPath}/` }).end();
    return;
  }
  const file = await fileFor(urlPath);
  const status = file ? 200 : 404;
  const served = file ?? path.join(root, '404.html');
  const body = await readFile(served).catch(() => Buffer.from('Not found'));
  for (const rule of headerRules) {
    if (matches(rule.pattern, urlPath)) {
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
  }
  const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
  response.setHeader('content-type', type);
  // Compress text as static hosts do, so transfer sizes measured against this server are realistic.
  const compress = /text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  if (compress) response.setHeader('content-encoding', 'gzip');
  response.setHeader('vary', 'accept-encoding');
  response.writeHead(status).end(request.method === 'HEAD' ? undefined : compress ? gzipSync(body) : body);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${values.port}${base}`);
});
