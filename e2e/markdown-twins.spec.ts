/**
 * The site in Markdown, for notes apps and chat assistants: each content page's twin and the
 * `<link rel="alternate">` that names it, llms.txt and llms-full.txt, "Copy as Markdown" for a page
 * and for one item, and "Practise with an assistant", with a refused clipboard and a failed load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { STAGES } from './site.ts';

const DIST = path.resolve(import.meta.dirname, '../dist');
const SUBPATH_DIST = path.resolve(import.meta.dirname, '../dist-subpath');
const EXAMPLE = '/examples/payment-fraud-detection/';

/** A built page: its path, its `<link rel="alternate" type="text/markdown">` and its checklist items' bold text. */
interface BuiltPage {
  path: string;
  twin: string | undefined;
  items: string[];
}

function builtPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => {
      const tree = fromHtml(readFileSync(path.join(dist, file), 'utf8'));
      const elements: Element[] = [];
      visit(tree, 'element', (element: Element) => void elements.push(element));
      const link = elements.find((e) => e.tagName === 'link' && String(e.properties.rel) === 'alternate' && e.properties.type === 'text/markdown');
      const items = elements.filter((e) => e.tagName === 'li' && String(e.properties.className).includes('checklist-item')).map((e) => String(e.properties.dataPagefindTitle));
      return { path: `/${file.replace(/index\.html$/, '')}`, twin: link ? String(link.properties.href) : undefined, items };
    });
}

const pages = builtPages(DIST);
const twinned = pages.filter((page) => page.twin);
/** A URL of the built site as the test server serves it (twins link to SITE_URL, the server runs elsewhere). */
const served = (url: string) => new URL(url).pathname;
const links = (tree: MdastRoot) => {
  const urls: string[] = [];
  visit(tree, ['link', 'image', 'definition'], (node) => void urls.push((node as { url: string }).url));
  return urls;
};

test('every content page names its Markdown twin, beside its folder; index pages, the cheat sheet and 404 have none', () => {
  const kinds = /^\/(framework|examples|notes|resources)\/[^/]+\/$|^\/$/;
  expect(twinned.map((page) => page.path).sort()).toEqual(pages.filter((page) => kinds.test(page.path)).map((page) => page.path).sort());
  expect(twinned.length).toBeGreaterThanOrEqual(20);
  for (const page of twinned) expect(page.twin, page.path).toBe(page.path === '/' ? '/index.md' : `${page.path.slice(0, -1)}.md`);
});

test('each twin is clean CommonMark: every item of its page in bold, no MDX, no component, no relative link', () => {
  for (const page of twinned) {
    const markdown = readFileSync(path.join(DIST, page.twin!), 'utf8');
    const tree = fromMarkdown(markdown);
    const where = `${page.twin}`;
    expect(tree.children[0]?.type === 'heading' && tree.children[0].depth, where).toBe(1);
    const bold = new Set<string>();
    visit(tree, 'strong', (node) => void bold.add(toString(node).trim()));
    for (const item of page.items) expect(bold.has(item), `${where}: "${item}" in bold`).toBe(true);
    expect(markdown, where).not.toMatch(/^(import|export)\s/m);
    expect(markdown, where).not.toMatch(/<[A-Z][A-Za-z]*/);
    expect(markdown, where).not.toContain('{/*');
    expect(markdown, where).not.toContain('.mdx');
    let html = 0;
    visit(tree, 'html', () => void html++);
    expect(html, `${where}: raw HTML`).toBe(0);
    for (const url of links(tree)) expect(url, `${where}: a relative link`).toMatch(/^(https?|mailto):/);
  }
  // A stage's items are its checklist: the twin has them all, with their sub-bullets.
  const modeling = readFileSync(path.join(DIST, 'framework/modeling.md'), 'utf8');
  expect(modeling).toMatch(/^- \*\*Set baselines to beat\.\*\*\n {2}- Random predictions/m);
});

test("the home page's <link rel=\"alternate\"> resolves to its twin, served as Markdown, and so does every page's", async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('head link[rel="alternate"][type="text/markdown"]').getAttribute('href');
  expect(href).toBe('/index.md');
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
  expect(await response.text()).toMatch(/^# ML System Design Interview Framework\n/);
  for (const { twin } of twinned) expect((await request.get(twin!)).status(), twin).toBe(200);
});

test('llms.txt: the title, a summary, then sections of links to the twins, every stage, example and note once, each link resolving', async ({ request }) => {
  const text = await (await request.get('/llms.txt')).text();
  const tree = fromMarkdown(text);
  expect(tree.children.filter((node) => node.type === 'heading' && node.depth === 1).length).toBe(1);
  expect(tree.children[0]).toMatchObject({ type: 'heading', depth: 1 });
  expect(tree.children[1]?.type).toBe('blockquote');
  const sections = tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node));
  expect(sections).toEqual(['Framework', 'Worked examples', 'Notes', 'Resources', 'Optional']);
  // Every list item is a link, then ": " and a note, as the proposal has it.
  visit(tree, 'listItem', (item) => {
    const lead = item.children[0];
    const [link, note] = lead?.type === 'paragraph' ? lead.children : [];
    expect(link?.type).toBe('link');
    expect(note?.type === 'text' && note.value).toMatch(/^: \S/);
  });
  const listed = links(tree).map(served);
  const wanted = twinned.filter((page) => /^\/(framework|examples|notes)\//.test(page.path)).map((page) => page.twin!);
  expect(wanted.length).toBeGreaterThanOrEqual(16);
  for (const twin of wanted) expect(listed.filter((url) => url === twin), twin).toHaveLength(1);
  for (const url of listed) expect((await request.get(url)).status(), url).toBe(200);
  expect(listed).toContain('/llms-full.txt');
});

test('llms-full.txt: the five stages, the examples and the notes, in reading order, under one title', async ({ request }) => {
  const text = await (await request.get('/llms-full.txt')).text();
  const tree = fromMarkdown(text);
  const titles = tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node));
  expect(titles.slice(0, 5)).toEqual(STAGES.map((stage) => `Stage ${stage.n}: ${stage.title}`));
  const examples = twinned.filter((page) => page.path.startsWith('/examples/')).length;
  const notes = twinned.filter((page) => page.path.startsWith('/notes/')).length;
  expect(titles).toHaveLength(5 + examples + notes);
  expect(titles).toContain('Payment fraud detection');
  expect(titles).toContain("Goodhart's law");
  expect(text).not.toMatch(/^# .*\n[\s\S]*^# /m);
  // Every item of the stages, once each.
  const stageItems = twinned.filter((page) => page.path.startsWith('/framework/')).flatMap((page) => page.items);
  for (const item of stageItems) expect(text).toContain(`**${item.replaceAll('*', '\\*')}**`);
});

test('the twins, item files and prompt data are in the offline copy; llms.txt and llms-full.txt are not', () => {
  const worker = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const urls = JSON.parse(/const OFFLINE_URLS = (.+);/.exec(worker)![1]!) as string[];
  for (const { twin } of twinned) expect(urls, twin).toContain(twin);
  expect(urls).toContain('/framework/modeling.items.json');
  expect(urls).toContain('/assistant-practice.json');
  expect(urls).not.toContain('/llms.txt');
  expect(urls).not.toContain('/llms-full.txt');
});

test('under a sub-path, the head link, the twins and llms.txt keep the base', () => {
  const subpath = builtPages(SUBPATH_DIST).filter((page) => page.twin);
  expect(subpath.find((page) => page.path === '/')?.twin).toBe('/ml-framework/index.md');
  const llms = fromMarkdown(readFileSync(path.join(SUBPATH_DIST, 'llms.txt'), 'utf8'));
  for (const url of links(llms)) expect(new URL(url).pathname).toMatch(/^\/ml-framework\/\S+\.(md|txt)$/);
  const modeling = fromMarkdown(readFileSync(path.join(SUBPATH_DIST, 'framework/modeling.md'), 'utf8'));
  for (const url of links(modeling).filter((url) => url.startsWith('http://localhost'))) expect(new URL(url).pathname).toMatch(/^\/ml-framework\//);
});

test.describe('copying', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());
  const status = (page: import('@playwright/test').Page) => page.locator('#copy-status');

  test('"Copy as Markdown" under the title copies the page\'s twin and says so', async ({ page, request }) => {
    await page.goto(STAGES[3].path);
    const button = page.getByRole('button', { name: 'Copy as Markdown', exact: true });
    // Right under the title.
    await expect(page.locator('article h1 + p').getByRole('button')).toHaveText('Copy as Markdown');
    await button.click();
    await expect(status(page)).toHaveText('Page copied as Markdown');
    await expect(page.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
    expect(await clipboard(page)).toBe(await (await request.get('/framework/modeling.md')).text());
    await expect(page.getByRole('button', { name: 'Copy as Markdown', exact: true })).toBeVisible();
  });

  test("an item's button copies the item with its sub-bullets and a link back to it, nothing of the next item", async ({ page }) => {
    await page.goto(STAGES[2].path);
    const item = page.locator('article li.checklist-item').nth(2);
    const id = (await item.getAttribute('id'))!;
    const title = (await item.getAttribute('data-pagefind-title'))!;
    const next = await page.locator('article li.checklist-item').nth(3).getAttribute('data-pagefind-title');
    const subBullets = await item.locator(':scope > ul > li').evaluateAll((lis) => lis.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    expect(subBullets.length).toBeGreaterThan(0);
    await item.hover();
    await item.getByRole('button', { name: 'Copy item as Markdown' }).click();
    await expect(status(page)).toHaveText('Item copied as Markdown');
    const copied = await clipboard(page);
    expect(copied.startsWith(`- **[${title}](`)).toBe(true);
    expect(copied.split('\n')[0]).toMatch(new RegExp(`\\]\\(https?://[^)]+${STAGES[2].path}#${id}\\)\\*\\*$`));
    const tree = fromMarkdown(copied);
    const list = tree.children[0];
    expect(list?.type === 'list' && list.children).toHaveLength(1);
    const nested = list?.type === 'list' ? list.children[0]!.children.find((node) => node.type === 'list') : undefined;
    expect(nested?.type === 'list' && nested.children.map((li) => toString(li).replace(/\s+/g, ' ').trim())).toEqual(subBullets);
    expect(copied).not.toContain(next!);
    // The page did not move: the button copies, it does not navigate.
    expect(new URL(page.url()).hash).toBe('');
  });

  test('"Practise with an assistant" copies the interviewer prompt: the problem, the plan, one question at a time, and the items the example applies', async ({ page }) => {
    // The items whose "Applied in" names the example, from the stage pages themselves.
    const applied: string[] = [];
    for (const stage of STAGES) {
      await page.goto(stage.path);
      const ids = await page.locator('article li.checklist-item').evaluateAll((items, example) => items.filter((li) => li.querySelector(`.applied-in a[href^="${example}"]`)).map((li) => li.id), EXAMPLE);
      applied.push(...ids.map((id) => `${stage.path}#${id}`));
    }
    expect(applied.length).toBeGreaterThanOrEqual(15);

    await page.goto(EXAMPLE);
    const problem = (await page.locator('.example-problem').textContent())!.trim();
    // A sentence of the worked answer, which the prompt must not give away.
    const answer = (await page.locator('article h3 + p').first().textContent())!.split(': ').slice(1).join(': ').slice(0, 40);
    expect(answer.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Practise with an assistant' }).click();
    await expect(status(page)).toHaveText('Prompt copied: paste it into any chat assistant');
    const prompt = await clipboard(page);
    expect(prompt).toContain(`> ${problem}`);
    expect(prompt).toMatch(/1\. Clarify and gather requirements: 5 min\n2\. High-level system architecture: 10 min\n3\. Data and feature engineering: 10 min\n4\. Modeling: 10 min\n5\. Model serving: 7 min/);
    expect(prompt).toContain('Ask one question at a time');
    expect(prompt).not.toContain(answer);
    const listed = [...prompt.matchAll(/^- \[[^\]]+\]\((https?:\/\/[^)]+)\)$/gm)].map((match) => new URL(match[1]!)).map((url) => url.pathname + url.hash);
    expect(listed).toEqual(applied);
  });

  test('a practice prompt on the examples index has its own button, for its own problem', async ({ page }) => {
    await page.goto('/examples/');
    const entry = page.locator('[data-prompt]').nth(1);
    const problem = (await entry.getAttribute('data-prompt'))!;
    const closest = (await entry.locator('.prompt-meta a').textContent())!.trim();
    await entry.getByRole('button', { name: 'Practise with an assistant' }).click();
    await expect(status(page)).toHaveText('Prompt copied: paste it into any chat assistant');
    const prompt = await clipboard(page);
    expect(prompt).toContain(`> ${problem}`);
    expect(prompt).toContain(`a similar problem, "${closest}"`);
    // The random draw still draws from the prompts only (the buttons carry no data-prompt).
    expect(await page.locator('[data-prompt]').count()).toBe(await page.locator('.prompt-list > li').count());
  });

  test('where the clipboard is refused, the Markdown is shown selected, ready to copy, and the page stays accessible', async ({ page, request }) => {
    await page.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) } }),
    );
    await page.goto(STAGES[0].path);
    await page.getByRole('button', { name: 'Copy as Markdown', exact: true }).click();
    const field = page.getByRole('textbox', { name: /Markdown of this page; press Control\+C/ });
    await expect(field).toBeFocused();
    const twin = await (await request.get('/framework/clarify-requirements.md')).text();
    await expect(field).toHaveValue(twin);
    expect(await field.evaluate((area: HTMLTextAreaElement) => area.selectionEnd - area.selectionStart)).toBe(twin.length);
    await expect(status(page)).toHaveText('The Markdown of this page is selected: copy it with Control+C or Command+C');
    expect(await axeViolations(page, ['article'])).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(field).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy as Markdown', exact: true })).toBeFocused();
  });
});

test.describe('when the Markdown cannot load', () => {
  // No offline copy: its worker would answer from its cache, past the route that fails the file.
  test.use({ allowedConsole: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED|Service Worker registration blocked by Playwright/], serviceWorkers: 'block' });

  test("an item's button says so beside the item, and aloud", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.route('**/*.items.json', (route) => route.abort('internetdisconnected'));
    await page.goto(STAGES[1].path);
    const item = page.locator('article li.checklist-item').first();
    await item.hover();
    await item.getByRole('button', { name: 'Copy item as Markdown' }).click();
    await expect(item.getByText('Could not load the text to copy: check your connection and try again.')).toBeVisible();
    await expect(page.locator('#copy-status')).toHaveText('Could not load the text to copy: check your connection and try again.');
  });
});

test('nothing of the copying code or its files loads before the reader asks', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (/copy-markdown|\.md$|\.items\.json$|assistant-practice/.test(request.url())) loaded.push(request.url());
  });
  await page.goto(EXAMPLE);
  await page.mouse.move(300, 300);
  await page.mouse.wheel(0, 600);
  await page.goto(STAGES[1].path);
  await page.locator('article li.checklist-item').first().hover();
  expect(loaded).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no copy button shows, since none could work', async ({ page }) => {
    await page.goto(STAGES[1].path);
    await expect(page.getByRole('button', { name: /Markdown/ })).toHaveCount(0);
    await page.goto(EXAMPLE);
    await expect(page.getByRole('button', { name: /Markdown|assistant/ })).toHaveCount(0);
  });
});

test('in print, no copy button shows', async ({ page }) => {
  await page.goto(EXAMPLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: /Markdown|assistant/ })).toHaveCount(0);
});

test('the item buttons show on hover and keyboard focus, like the "#" link beside them', async ({ page }) => {
  await page.goto(STAGES[1].path);
  const item = page.locator('article li.checklist-item').first();
  const button = item.getByRole('button', { name: 'Copy item as Markdown' });
  await expect(button).toHaveCSS('opacity', '0');
  await item.hover();
  await expect(button).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(button).toHaveCSS('opacity', '0');
  await item.getByRole('link', { name: /^Share link to/ }).focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await expect(button).toHaveCSS('opacity', '1');
});
