/**
 * The static host the e2e suite and the bench run against (see e2e/serve.ts for the command).
 * Unlike `astro preview` it applies `<root>/_headers` (the Netlify/Cloudflare format), so a policy
 * that only exists as a header is tested, and it serves `404.html` with status 404 under `base`.
 * `setRoot` swaps the folder it serves, as a deploy does: the offline spec serves one build, then
 * the next, at the same origin.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { TYPES, fileFor, matches, parseHeadersFile } from '../src/build/static-site.ts';
import { withBase } from '../src/lib/urls.ts';

/** A server for the built site in `root` at `base` (not listening yet). */
export function staticServer(options: { root: string; base?: string }): { server: Server; setRoot(root: string): void } {
  const base = withBase('/', options.base ?? '/');
  let site = load(options.root);
  const server = createServer(async (request, response) => {
    const { root, headerRules } = site;
    const rules = await headerRules;
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
    for (const rule of rules) {
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
  });
  return { server, setRoot: (root) => (site = load(root)) };
}

function load(root: string) {
  const resolved = path.resolve(root);
  return { root: resolved, headerRules: readFile(path.join(resolved, '_headers'), 'utf8').then(parseHeadersFile, () => []) };
}
