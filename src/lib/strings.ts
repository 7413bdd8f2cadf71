/**
 * The English words the page shell and the kinds of page show, in one place. Code branches on the
 * keys of page-kinds.ts, never on these labels; a second language would be a second table like this.
 */
export const STRINGS = {
  sidebar: {
    framework: 'Framework',
    'worked-examples': 'Worked examples',
    notes: 'Notes',
    resources: 'Resources',
  },
  /** The label before a page's title in search results and "Referenced from" ("Note · Data leakage"). */
  searchLabel: {
    example: 'Example',
    note: 'Note',
    resource: 'Resource',
  },
  /** Share pages (src/lib/share-pages.ts): how a preview names an anchor's page, and the link on to it. */
  share: {
    place: { framework: 'Stage', examples: 'Worked example', notes: 'Note', resources: 'Resource' },
    open: { framework: 'Open in the checklist', examples: 'Open in the worked example', notes: 'Open in the note' },
  },
  index: {
    examples: {
      title: 'Worked examples',
      description: 'Interview problems walked through the five stages of the ML system design framework, and a bank of prompts to practise on.',
    },
    notes: {
      title: 'Notes',
      description: 'Longer notes on the ideas that the ML system design interview checklist items lean on most.',
      intro: 'Ideas that need more room than a checklist item, each linked from the items that rely on it.',
    },
    resources: {
      title: 'Resources',
      description: 'Books, guides and templates that the ML system design interview framework draws on, and which stages each helps with.',
      intro: 'The references behind the framework, each with what it covers and the stages it helps with.',
    },
  },
} as const;
