/**
 * What only a whole `astro build` can show: bad input that the content schema, the published-anchor
 * check or the pages themselves reject must fail the build naming the file, the field and what is
 * wrong; and a build without SITE_URL succeeds but says where its URLs point. Each case builds a
 * copy of a small fixture site (e2e/fixtures/site/content: a home page, five short stages, one
 * example, two prompts) with one thing broken, two at a time on two cores.
 *
 * What a Markdown plugin decides (a broken link or #fragment, in text or in a system diagram, a
 * duplicate id) is tested through the real processor in src/markdown/plugins.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURE_CONTENT = path.join(import.meta.dirname, 'fixtures/site/content');
// Astro's compiler needs real source files (a symlinked src/ confuses its module ids); packages can be shared.
const SHARED = ['package.json', 'tsconfig.json'];
// Each copy gets a node_modules of its own whose entries link to the real packages, so that Vite's
// and Astro's caches (node_modules/.vite, .astro) are its own: two builds sharing one cache break
// each other (a rename of .vite/deps failed with ENOENT).
const CACHES = new Set(['.vite', '.astro']);
const COPIED = ['src', 'public', 'astro.config.mjs'];
const run = promisify(execFile);

interface Built {
  status: number | null;
  output: string;
  /** The built files asked for, read before the copy is deleted. */
  files: Record<string, string>;
}

/**
 * Builds a copy of the fixture site after `change` edits its content folder, with `env` over the
 * current environment (undefined removes a variable); resolves to the exit code, the output and
 * the built `files` asked for. Asynchronous, so that two cases build side by side.
 */
async function build(change: (contentDir: string) => void, { env = {}, files = [] }: { env?: Record<string, string | undefined>; files?: string[] } = {}): Promise<Built> {
  const site = mkdtempSync(path.join(tmpdir(), 'mf-fixture-'));
  try {
    for (const entry of SHARED) symlinkSync(path.join(ROOT, entry), path.join(site, entry));
    mkdirSync(path.join(site, 'node_modules'));
    for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (!CACHES.has(entry)) symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(site, 'node_modules', entry));
    }
    for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(site, entry), { recursive: true });
    cpSync(FIXTURE_CONTENT, path.join(site, 'content'), { recursive: true });
    change(path.join(site, 'content'));
    const options = {
      cwd: site,
      encoding: 'utf8' as const,
      env: Object.fromEntries(
        Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env }).filter(([, value]) => value !== undefined),
      ),
      timeout: 180_000,
      maxBuffer: 64 * 1024 * 1024,
    };
    let result: Omit<Built, 'files'>;
    try {
      const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], options);
      result = { status: 0, output: `${stdout}\n${stderr}` };
    } catch (error) {
      const failed = error as { code?: number | string; stdout?: string; stderr?: string };
      result = { status: typeof failed.code === 'number' ? failed.code : null, output: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}` };
    }
    return { ...result, files: Object.fromEntries(files.map((file) => [file, readFileSync(path.join(site, 'dist', file), 'utf8')])) };
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/** Replaces `from` with `to` in one content file; fails if the fixture no longer has `from`. */
function edit(contentDir: string, file: string, from: string, to: string) {
  const full = path.join(contentDir, file);
  const text = readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `the fixture's ${file} has ${JSON.stringify(from)}`);
  writeFileSync(full, text.replace(from, to));
}

/** Fails unless the build failed and its output matches every pattern. */
function assertFailed({ status, output }: Built, ...patterns: RegExp[]) {
  assert.notEqual(status, 0, `the build should fail:\n${output}`);
  for (const pattern of patterns) assert.match(output, pattern);
}

describe('the fixture site', { concurrency: 2 }, () => {
  test('builds without SITE_URL, warning that its URLs point at localhost, with its links made site URLs', async () => {
    const built = await build(
      (dir) => {
        // A share page that an earlier build made and this content no longer does (Astro's own
        // emptying of the output folder skips `i/`).
        mkdirSync(path.join(dir, '../dist/i/modeling/an-item-since-removed'), { recursive: true });
        writeFileSync(path.join(dir, '../dist/i/modeling/an-item-since-removed/index.html'), '<!DOCTYPE html><title>old</title>');
      },
      { env: { SITE_URL: undefined }, files: ['index.html'] },
    );
    assert.equal(built.status, 0, built.output);
    assert.match(built.output, /share pages written from their template; 1 no longer made, removed \(i\/modeling\/an-item-since-removed\)/);
    assert.match(built.output, /SITE_URL is not set: this build uses http:\/\/localhost:4321/);
    assert.match(built.output, /canonical link, og:url\s+and\s+og:image .*the sitemap .*and robots\.txt/s);
    // The Markdown processor is the build's: a link to a content file became the page's URL.
    assert.match(built.files['index.html']!, /<a href="\/framework\/clarify-requirements\/">Clarify<\/a>/);
  });

  test('bad frontmatter fails the build naming the file, the field and what is wrong with it', async () => {
    const built = await build((dir) => edit(dir, 'framework/3-data-and-features.mdx', '\nstage: 3\n', '\nstage: three\n'));
    assertFailed(
      built,
      /framework → 3-data-and-features data does not match collection schema/,
      /stage.*Expected type `"number"`, received `"string"`/,
      /content\/framework\/3-data-and-features\.mdx/,
    );
  });

  test('two stages with the same number fail the build naming both files and the number', async () => {
    const built = await build((dir) => edit(dir, 'framework/4-modeling.mdx', '\nstage: 4\n', '\nstage: 5\n'));
    assertFailed(built, /content\/framework\/4-modeling\.mdx: frontmatter "stage: 5" is wrong \(also used by content\/framework\/5-model-serving\.mdx\)/);
  });

  test('a published id that no longer exists fails the build naming the id, the page and the fix', async () => {
    const built = await build((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', '- **How many users are we concerned with serving at once?**', '- **How many users will use it at once?**'),
    );
    assertFailed(
      built,
      /"#how-many-users-are-we-concerned-with-serving-at-once" on \/framework\/clarify-requirements\/ \(content\/framework\/1-clarify-requirements\.mdx\): if the item or heading was renamed, add \{\/\* was #how-many-users-are-we-concerned-with-serving-at-once \*\/\} to it/,
    );
  });

  test('a practice prompt naming an unknown example fails the build naming the file, the prompt, the example and the ones there are', async () => {
    const built = await build((dir) => edit(dir, 'prompts.json', '"stresses": [3, 4, 5], "example": "payment-fraud-detection"', '"stresses": [3, 4, 5], "example": "fraud"'));
    assertFailed(built, /content\/prompts\.json: prompt "fake-reviews" names example "fraud", which is not in content\/examples\/ \(there are: payment-fraud-detection\)/);
  });

  test('a practice prompt stressing a stage out of range fails the build naming the file, the prompt, the field and the limit', async () => {
    const built = await build((dir) => edit(dir, 'prompts.json', '"stresses": [1, 5]', '"stresses": [1, 6]'));
    assertFailed(
      built,
      /prompts → step-up-authentication data does not match collection schema/,
      /stresses\.1: Too big: expected number to be <=5/,
      /content\/prompts\.json/,
    );
  });

  test('a page whose Markdown twin would keep a relative link fails the build naming the file and line', async () => {
    const built = await build((dir) => edit(dir, 'framework/4-modeling.mdx', 'What stage 4 is for.', 'What stage 4 is for. See [the chart](chart.png).'));
    assertFailed(built, /content\/framework\/4-modeling\.mdx:\d+: the link "chart\.png" is relative to the web page, and would be broken in its Markdown twin/);
  });
});
