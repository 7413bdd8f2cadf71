/**
 * Bad input must fail the build with the file, the line and what is wrong. Each case copies the
 * real content into a scratch site (sharing the installed packages by symlink), breaks one thing,
 * builds it, and reads the error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
// Astro's compiler needs real source files (a symlinked src/ confuses its module ids); packages can be shared.
const SHARED = ['package.json', 'tsconfig.json'];
// Each copy gets a node_modules of its own whose entries link to the real packages, so that Vite's
// and Astro's caches (node_modules/.vite, .astro) are its own: two builds sharing one cache break
// each other (a rename of .vite/deps failed with ENOENT).
const CACHES = new Set(['.vite', '.astro']);
const COPIED = ['src', 'public', 'astro.config.ts', 'content'];
const run = promisify(execFile);

/**
 * Builds a copy of the site after `change` edits its content folder, with `env` over the current
 * environment (undefined removes a variable); resolves to the exit code and output. Asynchronous,
 * so that the cases of one test build side by side (two builds at once keep both cores busy).
 */
async function buildBroken(change: (contentDir: string) => void, env: Record<string, string | undefined> = {}): Promise<{ status: number | null; output: string }> {
  const site = mkdtempSync(path.join(tmpdir(), 'mf-broken-'));
  try {
    for (const entry of SHARED) symlinkSync(path.join(ROOT, entry), path.join(site, entry));
    mkdirSync(path.join(site, 'node_modules'));
    for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (!CACHES.has(entry)) symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(site, 'node_modules', entry));
    }
    for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(site, entry), { recursive: true });
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
    try {
      const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], options);
      return { status: 0, output: `${stdout}\n${stderr}` };
    } catch (error) {
      const failed = error as { code?: number | string; stdout?: string; stderr?: string };
      return { status: typeof failed.code === 'number' ? failed.code : null, output: `${failed.stdout ?? ''}\n${failed.stderr ?? ''}` };
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/** Rewrites one content file. */
function edit(contentDir: string, file: string, rewrite: (text: string) => string) {
  const full = path.join(contentDir, file);
  writeFileSync(full, rewrite(readFileSync(full, 'utf8')));
}

test('a relative link to a missing file fails the build with file, line and link', { concurrency: true }, async (t) => {
  t.test('broken link', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', (text) =>
        text.replace('- **How many users', '- See [the old page](./0-missing.mdx).\n- **How many users'),
      ),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /content\/framework\/1-clarify-requirements\.mdx:\d+:\d+: broken link "\.\/0-missing\.mdx"/);
    assert.match(output, /no such file: content\/framework\/0-missing\.mdx/);
  });

  t.test('bad frontmatter', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'framework/3-data-and-features.mdx', (text) => text.replace(/^stage: 3$/m, 'stage: three')),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /3-data-and-features\.mdx/);
    assert.match(output, /stage/);
  });

  t.test('two stages with the same number', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'framework/4-modeling.mdx', (text) => text.replace(/^stage: 4$/m, 'stage: 5')),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /4-modeling\.mdx.*stage: 5.*also used by .*5-model-serving\.mdx|5-model-serving\.mdx.*stage: 5.*also used by .*4-modeling\.mdx/);
  });
});

test('anchors: duplicates, missing fragments and lost published ids fail the build', { concurrency: true }, async (t) => {
  t.test('duplicate item id', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', (text) => `${text}- **Repeat back the problem in your own words!**\n`),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /content\/framework\/1-clarify-requirements\.mdx:\d+(:\d+)?: duplicate id "repeat-back-the-problem-in-your-own-words"/);
  });

  t.test('link to a missing fragment', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', (text) =>
        text.replace('- **How many users', '- See [metrics](./2-high-level-architecture.mdx#metric).\n- **How many users'),
      ),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(
      output,
      /content\/framework\/1-clarify-requirements\.mdx:\d+:\d+: broken link "\.\/2-high-level-architecture\.mdx#metric": content\/framework\/2-high-level-architecture\.mdx has no anchor "#metric"; closest: #metrics/,
    );
  });

  t.test('link to a missing fragment in a system diagram', async () => {
    const file = 'framework/2-high-level-architecture.mdx';
    const box = '[Model registry](./5-model-serving.mdx#gate-every-model-before-it-ships)';
    const source = readFileSync(path.join(ROOT, 'content', file), 'utf8');
    const line = source.split('\n').findIndex((text) => text.includes(box)) + 1;
    assert.ok(source.includes('<SystemDiagram') && line > 0, 'stage 2 draws its diagram, with a linked registry box');
    const { status, output } = await buildBroken((dir) => edit(dir, file, (text) => text.replace(box, box.replace('#gate-every-model-before-it-ships', '#gate-every-model'))));
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(
      output,
      new RegExp(`content/framework/2-high-level-architecture\\.mdx:${line}:\\d+: broken link "\\./5-model-serving\\.mdx#gate-every-model": content/framework/5-model-serving\\.mdx has no anchor "#gate-every-model"; closest: #gate-every-model-before-it-ships`),
    );
  });

  t.test('a published id removed', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', (text) =>
        text.replace('- **How many users are we concerned with serving at once?**', '- **How many users will use it at once?**'),
      ),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(
      output,
      /"#how-many-users-are-we-concerned-with-serving-at-once" on \/framework\/clarify-requirements\/ \(content\/framework\/1-clarify-requirements\.mdx\): if the item or heading was renamed, add \{\/\* was #how-many-users-are-we-concerned-with-serving-at-once \*\/\} to it/,
    );
  });
});

test('a build without SITE_URL succeeds but warns that its URLs point at localhost', async () => {
  const { status, output } = await buildBroken(() => {}, { SITE_URL: undefined });
  assert.equal(status, 0, output);
  assert.match(output, /SITE_URL is not set: this build uses http:\/\/localhost:4321/);
  assert.match(output, /canonical link, og:url\s+and\s+og:image .*the sitemap .*and robots\.txt/s);
});

test('the practice prompt bank: a wrong example slug or stage fails the build naming the file and entry', { concurrency: true }, async (t) => {
  t.test('unknown example', async () => {
    const { status, output } = await buildBroken((dir) =>
      edit(dir, 'prompts.json', (text) => text.replace('"id": "fake-reviews", "prompt": "Flag fake product reviews on a shopping site before other shoppers read them.", "stresses": [3, 4, 5], "example": "payment-fraud-detection"', '"id": "fake-reviews", "prompt": "Flag fake product reviews on a shopping site before other shoppers read them.", "stresses": [3, 4, 5], "example": "fraud"')),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /prompts\.json/);
    assert.match(output, /fake-reviews/);
    assert.match(output, /example/);
  });

  t.test('stage out of range', async () => {
    const { status, output } = await buildBroken((dir) => edit(dir, 'prompts.json', (text) => text.replace('"stresses": [1, 5], "example"', '"stresses": [1, 6], "example"')));
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /prompts\.json/);
    assert.match(output, /step-up-authentication/);
    assert.match(output, /stresses/);
  });
});

test('a page whose Markdown twin would keep a relative link fails the build naming the file and line', async () => {
  const file = 'notes/goodharts-law.mdx';
  const { status, output } = await buildBroken((dir) => edit(dir, file, (text) => text.replace('## Where the idea comes from', 'See [the chart](chart.png).\n\n## Where the idea comes from')));
  assert.notEqual(status, 0, 'the build should fail');
  assert.match(output, /content\/notes\/goodharts-law\.mdx:\d+: the link "chart\.png" is relative to the web page, and would be broken in its Markdown twin/);
});
