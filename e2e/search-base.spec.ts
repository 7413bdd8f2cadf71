/**
 * Search under a sub-path: the site is built again with BASE_PATH=/ml-framework/ into a scratch
 * folder and served there, and a result must land on its item under that base.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { STAGES } from './site.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BASE = '/ml-framework/';
const PORT = Number(process.env.E2E_BASE_PORT ?? 4601);
const ORIGIN = `http://localhost:${PORT}`;

let outDir = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(path.join(tmpdir(), 'mf-base-'));
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: ORIGIN, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    timeout: 200_000,
  });
  if (build.status !== 0) throw new Error(`The build with BASE_PATH=${BASE} failed:\n${build.stdout}\n${build.stderr}`);
  server = spawn(process.execPath, [path.join(import.meta.dirname, 'serve.ts'), '--dir', outDir, '--port', String(PORT), '--base', BASE], { stdio: 'ignore' });
  await expect.poll(() => fetch(`${ORIGIN}${BASE}`).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test(`under base ${BASE}, a search result lands on its item`, async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${ORIGIN}${BASE}${STAGES[3].path.slice(1)}`);
  await page.keyboard.press('/');
  await page.keyboard.type('status quo');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('1 · Clarify and gather requirements');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const id = 'is-there-any-portion-of-this-system-already-in-place-or-are-we-building-everything-from-scratch';
  await expect(page).toHaveURL(`${ORIGIN}${BASE}${STAGES[0].path.slice(1)}#${id}`);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  await expect(page.locator(`#${id} mark.search-hit`)).toHaveText(['status', 'quo']);
  // Every search file came from under the base.
  const searchFiles = requests.filter((p) => p.includes('/pagefind/'));
  expect(searchFiles.length).toBeGreaterThan(0);
  expect(searchFiles.every((p) => p.startsWith(`${BASE}pagefind/`))).toBe(true);
});
