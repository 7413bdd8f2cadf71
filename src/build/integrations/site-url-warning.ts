import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../../lib/site-env.ts';

/**
 * Warns at the start of a build when `SITE_URL` is not set, naming what will carry the local
 * default address and how to set it. A warning, not an error: `npm start` builds without it.
 */
export function siteUrlCheck(): AstroIntegration {
  return {
    name: 'site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const lines = siteUrlWarning(process.env);
        if (lines) logger.warn(`${lines.join('\n')}\n`);
      },
    },
  };
}
