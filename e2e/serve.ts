/**
 * Serves the built site as a static host does (e2e/static-server.ts), for the e2e suite and the bench.
 *
 * Usage: node e2e/serve.ts [--dir dist] [--port 4321] [--base /]
 */
import { parseArgs } from 'node:util';
import { withBase } from '../src/lib/urls.ts';
import { staticServer } from './static-server.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, base: { type: 'string', default: '/' } },
});
const { server } = staticServer({ root: values.dir, base: values.base });
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${values.dir} at http://localhost:${values.port}${withBase('/', values.base)}`);
});
