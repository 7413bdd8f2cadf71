/**
 * Bad input must fail the build with the file, the line and what is wrong. Each case copies the
 * real content into a scratch site (sharing node_modules by symlink), breaks one thing,
 * builds it, and reads the error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
// Astro's compiler needs real source files (a symlinked src/ confuses its module ids); node_modules can be shared.
const SHARED = ['node_modules', 'package.json', 'tsconfig.json'];
const COPIED = ['src', 'public', 'astro.config.ts', 'content'];

/**
 * Builds a copy of the site after `change` edits its content folder, with `env` over the current
 * environment (undefined removes a variable); returns the exit code and output.
 */
function buildBroken(change: (contentDir: string) => void, env: Record<string, string | undefined> = {}): { status: number | null; output: string } {
  const site = mkdtempSync(path.join(tmpdir(), 'mf-broken-'));
  try {
    for (const entry of SHARED) symlinkSync(path.join(ROOT, entry), path.join(site, entry));
    for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(site, entry), { recursive: true });
    change(path.join(site, 'content'));
    const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: site,
      encoding: 'utf8',
      env: Object.fromEntries(
        Object.entries({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env }).filter(([, value]) => value !== undefined),
      ),
      timeout: 180_000,
    });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
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
  await t.test('broken link', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', (text) =>
        text.replace('- **How many users', '- See [the old page](./0-missing.mdx).\n- **How many users'),
      ),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /content\/framework\/1-clarify-requirements\.mdx:\d+:\d+: broken link "\.\/0-missing\.mdx"/);
    assert.match(output, /no such file: content\/framework\/0-missing\.mdx/);
  });

  await t.test('bad frontmatter', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'framework/3-data-and-features.mdx', (text) => text.replace(/^stage: 3$/m, 'stage: three')),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /3-data-and-features\.mdx/);
    assert.match(output, /stage/);
  });

  await t.test('two stages with the same number', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'framework/4-modeling.mdx', (text) => text.replace(/^stage: 4$/m, 'stage: 5')),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /4-modeling\.mdx.*stage: 5.*also used by .*5-model-serving\.mdx|5-model-serving\.mdx.*stage: 5.*also used by .*4-modeling\.mdx/);
  });
});

test('anchors: duplicates, missing fragments and lost published ids fail the build', { concurrency: true }, async (t) => {
  await t.test('duplicate item id', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'framework/1-clarify-requirements.mdx', (text) => `${text}- **Repeat back the problem in your own words!**\n`),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /content\/framework\/1-clarify-requirements\.mdx:\d+(:\d+)?: duplicate id "repeat-back-the-problem-in-your-own-words"/);
  });

  await t.test('link to a missing fragment', () => {
    const { status, output } = buildBroken((dir) =>
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

  await t.test('link to a missing fragment in a system diagram', () => {
    const file = 'framework/2-high-level-architecture.mdx';
    const box = '[Model registry](./5-model-serving.mdx#gate-every-model-before-it-ships)';
    const source = readFileSync(path.join(ROOT, 'content', file), 'utf8');
    const line = source.split('\n').findIndex((text) => text.includes(box)) + 1;
    assert.ok(source.includes('<SystemDiagram') && line > 0, 'stage 2 draws its diagram, with a linked registry box');
    const { status, output } = buildBroken((dir) => edit(dir, file, (text) => text.replace(box, box.replace('#gate-every-model-before-it-ships', '#gate-every-model'))));
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(
      output,
      new RegExp(`content/framework/2-high-level-architecture\\.mdx:${line}:\\d+: broken link "\\./5-model-serving\\.mdx#gate-every-model": content/framework/5-model-serving\\.mdx has no anchor "#gate-every-model"; closest: #gate-every-model-before-it-ships`),
    );
  });

  await t.test('a published id removed', () => {
    const { status, output } = buildBroken((dir) =>
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

test('a build without SITE_URL succeeds but warns that its URLs point at localhost', () => {
  const { status, output } = buildBroken(() => {}, { SITE_URL: undefined });
  assert.equal(status, 0, output);
  assert.match(output, /SITE_URL is not set: this build uses http:\/\/localhost:4321/);
  assert.match(output, /canonical link, og:url\s+and\s+og:image .*the sitemap .*and robots\.txt/s);
});

test('the practice prompt bank: a wrong example slug or stage fails the build naming the file and entry', { concurrency: true }, async (t) => {
  await t.test('unknown example', () => {
    const { status, output } = buildBroken((dir) =>
      edit(dir, 'prompts.json', (text) => text.replace('"id": "fake-reviews", "prompt": "Flag fake product reviews on a shopping site before other shoppers read them.", "stresses": [3, 4, 5], "example": "payment-fraud-detection"', '"id": "fake-reviews", "prompt": "Flag fake product reviews on a shopping site before other shoppers read them.", "stresses": [3, 4, 5], "example": "fraud"')),
    );
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /prompts\.json/);
    assert.match(output, /fake-reviews/);
    assert.match(output, /example/);
  });

  await t.test('stage out of range', () => {
    const { status, output } = buildBroken((dir) => edit(dir, 'prompts.json', (text) => text.replace('"stresses": [1, 5], "example"', '"stresses": [1, 6], "example"')));
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, /prompts\.json/);
    assert.match(output, /step-up-authentication/);
    assert.match(output, /stresses/);
  });
});
