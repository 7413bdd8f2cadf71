/**
 * A small static server for the built site, used by the e2e suite and `npm start`-like checks.
 * Unlike `astro preview` it applies `dist/_headers` (the Netlify/Cloudflare format), so a policy
 * that only exists as a header is tested, and it serves `404.html` with status 404 under `base`.
 *
 * Usage: node e2e/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { TYPES, fileFor, matches, parseHeadersFile } from '../src/lib/static-site.ts';
import { withBase } from '../src/lib/urls.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
});
const root = path.resolve(values.dir);
const base = withBase('/', values.base);
const headerRules = await readFile(path.join(root, '_headers'), 'utf8').then(parseHeadersFile, () => []);

createServer(async (request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  // A directory URL without its trailing slash redirects, as static hosts do.
  if (!urlPath.endsWith('/') && !path.extname(urlPath) && (await fileFor(root, base, `${urlPath}/`))) {
    response.writeHead(301, { location: `${urlPath}/` }).end();
    return;
  }
  const file = await fileFor(root, base, urlPath);
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
