import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, mergePolicies } from '../lib/security-policy.ts';
import { withBase } from '../lib/urls.ts';

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/**
 * Writes `dist/_headers` after the build: the pages' own CSP (merged across pages, so every page's
 * hashes are allowed) sent as a header, plus frame-ancestors and the other security headers.
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
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        const policies = pages.map((file) => {
          const policy = META_CSP.exec(readFileSync(path.join(out, file), 'utf8'))?.[1];
          if (!policy) throw new Error(`dist/${file} has no Content-Security-Policy <meta>; is security.csp on?`);
          return policy.replaceAll('&#39;', "'");
        });
        writeFileSync(path.join(out, '_headers'), headersFile(mergePolicies(policies), base));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
