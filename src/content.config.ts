/**
 * The content contract. Each collection reads MDX from `content/`; frontmatter that does not match
 * its schema fails the build with the file named.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PUBLISHED_PATTERN } from './lib/published-date.ts';

const page = {
  title: z.string().min(1),
  /** One sentence for search engines and link previews. */
  description: z.string().min(20).max(200),
};

/** The home page. */
const home = defineCollection({
  loader: glob({ base: './content', pattern: 'index.mdx' }),
  schema: z.object(page).strict(),
});

/** The five stages; `stage` orders them and must run 1 to 5. */
const framework = defineCollection({
  loader: glob({ base: './content/framework', pattern: '*.mdx' }),
  schema: z.object({ ...page, stage: z.number().int().min(1).max(5) }).strict(),
});

/** Notes on ideas the items lean on (Goodhart's law, …). */
const notes = defineCollection({
  loader: glob({ base: './content/notes', pattern: '*.mdx' }),
  schema: z.object(page).strict(),
});

/** One page per external reference. */
const resources = defineCollection({
  loader: glob({ base: './content/resources', pattern: '*.mdx' }),
  schema: z
    .object({
      ...page,
      author: z.string().min(1),
      /** A year, a range, two years when sources disagree, or `unknown`; never a guess. See published-date.ts. */
      published: z.string().regex(PUBLISHED_PATTERN, 'a year ("2022"), a range ("2019–2021"), "2016 or 2017", or "unknown"'),
      url: z.url().startsWith('https://', 'an https:// URL'),
      stages: z.array(z.number().int().min(1).max(5)).min(1),
    })
    .strict(),
});

/** Worked examples: one interview problem walked through the five stages. */
const examples = defineCollection({
  loader: glob({ base: './content/examples', pattern: '*.mdx' }),
  schema: z
    .object({
      ...page,
      /** The problem as an interviewer would put it, in one or two sentences. */
      problem: z.string().min(20).max(400),
      /** The kind of system, e.g. "Retrieval and ranking funnel". */
      shape: z.string().min(3).max(80),
      /** The stages this problem leans on hardest. */
      stresses: z.array(z.number().int().min(1).max(5)).min(1),
    })
    .strict(),
});

/** The practice prompt bank: one-line problems not walked through, each tied to its closest example. */
const prompts = defineCollection({
  loader: file('content/prompts.json'),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens'),
      /** The problem as an interviewer would put it, in one line. */
      prompt: z.string().min(20).max(140).regex(/^[^\n]+$/, 'one line'),
      /** The stages this problem leans on hardest. */
      stresses: z.array(z.number().int().min(1).max(5)).min(1),
      /** The worked example closest to it: a file name in content/examples/ (checked when the examples index is built). */
      example: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the file name of an example in content/examples/, without .mdx'),
    })
    .strict(),
});

export const collections = { home, framework, notes, resources, examples, prompts };
