/**
 * Work kept from one build to the next in Astro's cache folder (`cacheDir`, `node_modules/.astro/`
 * unless set), where Astro keeps its own content data. An entry is named by a hash of everything
 * its result depends on: the inputs, the source of the code that made it, and the installed
 * packages (package-lock.json). A change to any of them names a new entry, so an entry is never
 * read for other inputs; deleting the folder only makes the next build do the work again.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { copyFile, cp, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A short hash of the parts, in order (each hashed apart, so no two lists of parts run together). */
export function cacheKey(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex').slice(0, 24);
}

/**
 * What the code behind a cached result is: the text of its source files and of the project's
 * package-lock.json (the versions of every package it uses), as parts of a cache key.
 */
export async function codeParts(root: string, sources: readonly URL[]): Promise<string[]> {
  const read = (file: string | URL) => readFile(file, 'utf8').catch(() => '');
  return Promise.all([read(path.join(root, 'package-lock.json')), ...sources.map(read)]);
}

/**
 * The modules of the project that the `code` of a cache key imports (value imports, by relative
 * path) but does not list: each is code the key would miss. Empty when the list is whole.
 */
export async function unlistedImports(code: readonly URL[]): Promise<string[]> {
  const listed = new Set(code.map((url) => url.href));
  const missing: string[] = [];
  for (const url of code) {
    const source = await readFile(url, 'utf8');
    for (const [, specifier] of source.matchAll(/^import (?!type\b)[^;]*? from '(\.{1,2}\/[^']+)';$/gm)) {
      if (!listed.has(new URL(specifier!, url).href)) missing.push(`${specifier} (imported by ${path.basename(url.pathname)})`);
    }
  }
  return missing;
}

/**
 * A folder kept in the cache under `key`, in the cache's `area` subfolder: copies it into `target`
 * and returns the JSON kept with it, or returns undefined when there is none.
 */
export async function restoreFolder<T>(cacheDir: string, area: string, key: string, target: string): Promise<T | undefined> {
  const entry = path.join(cacheDir, area, key);
  const meta = await readFile(path.join(entry, 'meta.json'), 'utf8').catch(() => undefined);
  if (meta === undefined) return undefined;
  await rm(target, { recursive: true, force: true });
  await linkTree(path.join(entry, 'folder'), target);
  // Marks the entry as used, for pruning.
  const now = new Date();
  await utimes(entry, now, now);
  return JSON.parse(meta) as T;
}

/**
 * Keeps a copy of `source` and `meta` under `key`, in the cache's `area` subfolder, and deletes all
 * but the `keep` entries of the area used last (a build and its sub-path build each have their own).
 */
export async function keepFolder(cacheDir: string, area: string, key: string, source: string, meta: unknown, keep = 4): Promise<void> {
  const dir = path.join(cacheDir, area);
  const entry = path.join(dir, key);
  // Written aside and renamed into place, so a build running at the same time never reads half an entry.
  const aside = `${entry}.${process.pid}.tmp`;
  await rm(aside, { recursive: true, force: true });
  await cp(source, path.join(aside, 'folder'), { recursive: true });
  await writeFile(path.join(aside, 'meta.json'), JSON.stringify(meta));
  await rm(entry, { recursive: true, force: true });
  await rename(aside, entry);
  const entries = await Promise.all(
    (await readdir(dir)).filter((name) => !name.endsWith('.tmp')).map(async (name) => ({ name, used: (await stat(path.join(dir, name))).mtimeMs })),
  );
  const old = entries.sort((a, b) => b.used - a.used).slice(keep);
  await Promise.all(old.map(({ name }) => rm(path.join(dir, name), { recursive: true, force: true })));
}

/**
 * Puts every file of `from` at the same place under `to` as a hard link (a copy where the two
 * folders are on different file systems). Copying Pagefind's 670 files took half a second, longer
 * than indexing with Pagefind; linking takes a twentieth of that. Nothing writes into a built file
 * in place (Astro empties the output folder before each build), so the cache's copy stays as kept.
 */
async function linkTree(from: string, to: string): Promise<void> {
  // Listed synchronously: the promise API walks the entries a thread-pool round trip at a time.
  const entries = readdirSync(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  const dirs = entries.filter((entry) => entry.isDirectory()).map((entry) => path.join(to, path.relative(from, path.join(entry.parentPath, entry.name))));
  await Promise.all(dirs.map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const source = path.join(entry.parentPath, entry.name);
        const copy = path.join(to, path.relative(from, source));
        return link(source, copy).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EXDEV') return copyFile(source, copy);
          throw error;
        });
      }),
  );
}

/** Writes a file into the cache atomically (aside, then renamed), creating its folder. */
export async function writeCacheFile(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.${process.pid}.tmp`, content);
  await rename(`${file}.${process.pid}.tmp`, file);
}
