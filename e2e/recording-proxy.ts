/**
 * The network between the WebKit suite's browser and the site (e2e/smoke.webkit.ts), for what
 * classic WebDriver cannot see or do. MiniBrowser sends every request through this HTTP proxy
 * (`--proxy`), localhost included, so it:
 * - records each request that would leave localhost, and refuses it (the Chromium and Firefox
 *   suites watch the browser's network for those; classic WebDriver cannot);
 * - records each response's status (WebDriver does not say whether a page came with a 404);
 * - runs init scripts: it puts `<script src="/__webdriver-init.js">` first in the `<head>` of every
 *   document it passes, which the parser runs before any script of the page's own, as Playwright's
 *   addInitScript does. Only documents (`Sec-Fetch-Dest: document`): the pages the service worker
 *   downloads for the offline copy stay as built.
 * A server it cannot reach answers with a dropped connection, as a network that is gone does.
 */
import { createServer, request as forward, type IncomingHttpHeaders, type Server } from 'node:http';

/** Where pages load their init scripts from, on every origin the proxy passes. */
const INIT_SCRIPT_PATH = '/__webdriver-init.js';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface RecordingProxy {
  readonly server: Server;
  /** The requests that tried to leave localhost since the last reset. */
  readonly outside: string[];
  /** The status of each response since the last reset, by URL. */
  readonly statuses: Map<string, number>;
  /** Script sources every document runs first, in order, from the next one the proxy passes on. */
  readonly initScripts: string[];
  /** Forgets what was recorded and the init scripts (for the next test's fresh browser). */
  reset(): void;
}

/** A proxy, not listening yet. */
export function recordingProxy(): RecordingProxy {
  const outside: string[] = [];
  const statuses = new Map<string, number>();
  const initScripts: string[] = [];
  const server = createServer((request, response) => {
    // A proxy is asked for absolute URLs.
    const url = new URL(request.url ?? '/');
    if (!LOCAL_HOSTS.has(url.hostname)) {
      outside.push(url.href);
      response.socket?.destroy();
      return;
    }
    if (url.pathname === INIT_SCRIPT_PATH) {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(initScripts.join('\n'));
      return;
    }
    const document = request.headers['sec-fetch-dest'] === 'document';
    const headers: IncomingHttpHeaders = { ...request.headers, host: url.host };
    // A document is rewritten, so it is asked for uncompressed.
    if (document) delete headers['accept-encoding'];
    const upstream = forward({ host: '127.0.0.1', port: url.port || 80, method: request.method, path: `${url.pathname}${url.search}`, headers }, (answer) => {
      statuses.set(url.href, answer.statusCode!);
      if (!document || !/^text\/html/.test(answer.headers['content-type'] ?? '')) {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8').replace(/<head[^>]*>/i, (head) => `${head}<script src="${INIT_SCRIPT_PATH}"></script>`);
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...rest } = answer.headers;
        response.writeHead(answer.statusCode!, { ...rest, 'content-length': Buffer.byteLength(html) }).end(html);
      });
    });
    upstream.on('error', () => response.socket?.destroy());
    request.pipe(upstream);
  });
  // HTTPS goes through CONNECT: never to localhost here, so always outside.
  server.on('connect', (request, socket) => {
    outside.push(`https://${request.url}`);
    socket.destroy();
  });
  return {
    server,
    outside,
    statuses,
    initScripts,
    reset() {
      outside.length = 0;
      statuses.clear();
      initScripts.length = 0;
    },
  };
}
