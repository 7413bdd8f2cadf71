/**
 * `/llms.txt` and `/llms-full.txt`, in the shape the llms.txt proposal (llmstxt.org) describes:
 * the site's name as the only `#` heading, a blockquote summary, a paragraph on how to read the
 * files, then `##` sections that are lists of `[name](url): note` links, the last one named
 * "Optional" (what an assistant may skip when its context is short). The links point at the
 * Markdown twins. llms-full.txt has no set format: the same title and summary, then the twins of
 * the pages it is given, one after another, each one's headings moved a level down.
 */
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { writeMarkdown } from './markdown-twin.ts';

/** A link of a section: a page's twin and what the page is for. */
export interface LlmsLink {
  title: string;
  /** Absolute URL. */
  url: string;
  description: string;
}

/** The site as llms.txt describes it. */
export interface LlmsSite {
  title: string;
  /** The one-paragraph summary (the home page's description). */
  summary: string;
  /** Paragraphs on how the content is organised and how to read the links. */
  details: string[];
  sections: Array<{ label: string; links: LlmsLink[] }>;
  /** Links an assistant may skip. */
  optional: LlmsLink[];
}

const text = (value: string) => ({ type: 'text' as const, value });

function linkList(links: LlmsLink[]): RootContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: links.map(
      (link): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'link', url: link.url, children: [text(link.title)] }, text(`: ${link.description}`)] }],
      }),
    ),
  };
}

function opening(site: Pick<LlmsSite, 'title' | 'summary'>): RootContent[] {
  return [
    { type: 'heading', depth: 1, children: [text(site.title)] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [text(site.summary)] }] },
  ];
}

/** The text of `/llms.txt`. */
export function llmsTxt(site: LlmsSite): string {
  const sections = [...site.sections.filter((section) => section.links.length > 0), ...(site.optional.length > 0 ? [{ label: 'Optional', links: site.optional }] : [])];
  return writeMarkdown({
    type: 'root',
    children: [
      ...opening(site),
      ...site.details.map((detail): RootContent => ({ type: 'paragraph', children: [text(detail)] })),
      ...sections.flatMap((section): RootContent[] => [{ type: 'heading', depth: 2, children: [text(section.label)] }, linkList(section.links)]),
    ],
  });
}

/** The text of `/llms-full.txt`: the title and summary, then each twin with its headings a level down. */
export function llmsFullTxt(site: Pick<LlmsSite, 'title' | 'summary'>, intro: string, twins: Root[]): string {
  const pages = twins.flatMap((twin) => {
    const copy = structuredClone(twin);
    visit(copy, 'heading', (heading: Heading) => {
      heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
    });
    return copy.children;
  });
  return writeMarkdown({ type: 'root', children: [...opening(site), { type: 'paragraph', children: [text(intro)] }, ...pages] });
}
