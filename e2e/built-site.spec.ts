/** Checks over the built files themselves (no browser needed). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

test('the build has every page', () => {
  expect(htmlFiles.length).toBeGreaterThanOrEqual(18);
});

test('no placeholder text anywhere in the built site', () => {
  const placeholder = /\b(TODO|TBD|lorem ipsum|lorem|coming soon|FIXME)\b/i;
  for (const file of htmlFiles) {
    // Only what a reader sees: the text between tags, not scripts or attribute values.
    const text = readFileSync(path.join(DIST, file), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ' ');
    expect(text, `${file} has placeholder text`).not.toMatch(placeholder);
  }
});
