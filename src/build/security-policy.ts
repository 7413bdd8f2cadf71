/**
 * The site's security policy, in one place: the CSP directives that Astro puts in every page's
 * `<meta>` (Astro adds the script and style hashes), and the `_headers` file for hosts that send
 * headers, which adds what a `<meta>` policy cannot carry (`frame-ancestors`) and the other headers.
 */
import { createHash } from 'node:crypto';

/** Directives beside script-src/style-src, for `security.csp.directives`. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Search (Pagefind) runs WebAssembly in a worker from this origin.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // No manifest-src: default-src covers the manifest, and WebKit (Safari, every iPhone browser)
  // does not know the directive and reports an error on every page.
] as const;

/** Sources allowed for scripts besides Astro's hashes: our own files, and compiling Pagefind's WebAssembly. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Headers sent with every page, after the CSP.
 *
 * No Cross-Origin-Opener-Policy, on purpose: `same-origin` puts every arrival from another site
 * (a search result, a shared link) in a fresh browsing-context group, so the browser swaps to a
 * new renderer process before the page can commit. In interleaved Lighthouse runs on the bench
 * machine, that made the main-thread task at commit 103–253 ms instead of 68–154 ms under mobile
 * throttling, enough to cost a point of performance in some runs (see `npm run bench`). The site
 * keeps no per-reader secrets for a cross-origin opener to probe, and it opens no windows, so the
 * isolation buys little here.
 */
export const SECURITY_HEADERS: Array<[string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['X-Frame-Options', 'DENY'],
];

/** Parses a CSP string into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Writes directive → sources back as a CSP string, the inverse of parseCsp. */
function formatCsp(directives: Map<string, Iterable<string>>): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each page's policy allows (every page's script and style hashes),
 * plus `frame-ancestors 'none'`, which only works as a header.
 */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((source) => set.add(source));
      merged.set(name, set);
    }
  }
  merged.set('frame-ancestors', new Set(["'none'"]));
  return formatCsp(merged);
}

/** The `_headers` file (Netlify / Cloudflare Pages format) for every page under `base`. */
export function headersFile(policy: string, base: string): string {
  const lines = [`${base}*`, `  Content-Security-Policy: ${policy}`, ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`)];
  return `${lines.join('\n')}\n`;
}

/** The sha256 CSP source of an inline script's or style's text, as Astro writes it. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** The hash sources of a page's inline scripts and styles (a script with `src` has none). */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const found = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attributes, text] of html.matchAll(INLINE)) {
    if (tag!.toLowerCase() === 'script' && /\ssrc=/i.test(attributes!)) continue;
    found[tag!.toLowerCase() as 'script' | 'style'].add(hashSource(text!));
  }
  return found;
}

/**
 * A page's own policy: Astro's, with only the hashes of the inline scripts and styles this page
 * has. Astro lists every hash of the route on each of its pages (about twenty, some 1 KiB gzip of
 * noise per page). Throws when the page has an inline script or style Astro's policy does not
 * allow, which the browser would block.
 */
export function pagePolicy(policy: string, html: string, page: string): string {
  const hashes = inlineHashes(html);
  const directives = parseCsp(policy);
  for (const kind of ['script', 'style'] as const) {
    const name = `${kind}-src`;
    const sources = directives.get(name) ?? [];
    const missing = [...hashes[kind]].filter((hash) => !sources.includes(hash));
    if (missing.length > 0) throw new Error(`${page}: an inline ${kind} is not allowed by the page's ${name} (${missing.join(' ')}); is it added after Astro's build?`);
    directives.set(name, sources.filter((source) => !source.startsWith("'sha256-") || hashes[kind].has(source)));
  }
  return formatCsp(directives);
}
