import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies, pagePolicy } from '../security-policy.ts';
import { withBase } from '../../lib/urls.ts';
import { builtFiles } from '../static-site.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/**
 * After the build: trims each page's CSP `<meta>` to the hashes of that page's own inline scripts
 * and styles (see pagePolicy), then writes `dist/_headers`: the pages' policies merged (so every
 * page's hashes are allowed) sent as a header, plus frame-ancestors and the other security headers.
 * Runs before the share pages are written from their two templates, which it trims like any page:
 * each share page carries its template's policy (src/build/share-page-files.ts).
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase('/', config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtFiles(out).filter((file) => file.endsWith('.html'));
        const policies = pages.map((file) => {
          const html = readFileSync(path.join(out, file), 'utf8');
          const meta = META_CSP.exec(html);
          if (!meta) throw new Error(`dist/${file} has no Content-Security-Policy <meta>; is security.csp on?`);
          const policy = pagePolicy(meta[1]!.replaceAll('&#39;', "'"), html, `dist/${file}`);
          writeFileSync(path.join(out, file), html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}"`));
          return policy;
        });
        writeFileSync(path.join(out, '_headers'), headersFile(mergePolicies(policies), base));
        logger.info(`_headers written; CSP trimmed on ${pages.length} pages (the share pages take their template's).`);
      },
    },
  };
}
