import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import sharp from 'sharp';
import { APP_ICONS, renderIcon, themeColors, webManifest } from './web-manifest.ts';

const tokens = await readFile(new URL('../styles/tokens.css', import.meta.url), 'utf8');
const favicon = await readFile(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

test("the theme colours are each theme's page background from tokens.css, and a missing one is an error naming the file", () => {
  assert.deepEqual(themeColors(":root {\n  --mf-bg: #fafafa;\n}\n:root[data-theme='dark'] {\n  --mf-bg: #000000;\n}"), { light: '#fafafa', dark: '#000000' });
  const { light, dark } = themeColors(tokens);
  assert.match(light, /^#[0-9a-f]{6}$/i);
  assert.match(dark, /^#[0-9a-f]{6}$/i);
  assert.notEqual(light, dark);
  assert.throws(() => themeColors(':root {\n  --mf-text: #000;\n}'), /src\/styles\/tokens\.css has no --mf-bg in its ":root" block/);
});

test('under a sub-path, the start URL, scope and every icon stay inside it', () => {
  const manifest = webManifest({ name: 'Framework', description: 'd', base: '/ml-framework/', colors: { light: '#ffffff' } });
  assert.equal(manifest.start_url, '/ml-framework/');
  assert.equal(manifest.scope, '/ml-framework/');
  assert.ok(manifest.icons.every((icon) => icon.src.startsWith('/ml-framework/icons/')));
  assert.ok(manifest.short_name.length <= 12, 'fits under a home-screen icon');
  assert.deepEqual(manifest.icons.map((icon) => icon.purpose), ['any', 'any', 'maskable']);
});

test('each icon is a PNG of its size; the maskable one is opaque to its corners, the plain one keeps the rounded corners', async () => {
  for (const icon of APP_ICONS) {
    const png = await renderIcon(favicon, icon.size, icon.maskable);
    const { width, height, format } = await sharp(png).metadata();
    assert.deepEqual({ width, height, format }, { width: icon.size, height: icon.size, format: 'png' }, icon.file);
    const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const cornerAlpha = data[info.channels - 1];
    assert.equal(cornerAlpha, icon.maskable ? 255 : 0, `${icon.file}: alpha at the top-left corner`);
  }
  await assert.rejects(() => renderIcon('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>', 512, true), /favicon\.svg: its first shape needs a fill colour/);
});
