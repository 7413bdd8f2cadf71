/**
 * The prompt "Practise with an assistant" copies: it asks any chat assistant to play the
 * interviewer for one problem, through the five stages with the time this site suggests for each
 * (the timer's plan), one question at a time, and at the end to score the answer against the
 * checklist items that the problem's worked example applies (listed with their links), without
 * showing the worked answer first. Pure: the data comes from /assistant-practice.json
 * (src/build/site-twins.ts), and the site sends nothing anywhere.
 */
import { BASE_PLAN, formatBudget, plan } from '../timer/interview-timer.ts';

/** A checklist item the prompt lists: its stage, bold text and absolute URL. */
export interface PromptItem {
  stage: number;
  text: string;
  url: string;
}

/** What /assistant-practice.json holds. */
export interface AssistantPractice {
  /** The site's title, which names the framework. */
  siteTitle: string;
  stages: Array<{ stage: number; title: string }>;
  /** Worked examples by slug: the problem, and the items their steps apply, in stage order. */
  examples: Record<string, { title: string; url: string; problem: string; items: PromptItem[] }>;
  /** The practice prompts by id, each with the slug of its closest worked example. */
  prompts: Record<string, { problem: string; example: string }>;
}

/**
 * The prompt for `key`, `example:<slug>` (a worked example's own problem) or `prompt:<id>` (a
 * practice prompt, scored on its closest example's items), for an interview of `minutes`.
 * Throws when the key names nothing in `data`.
 */
export function assistantPrompt(data: AssistantPractice, key: string, minutes: number): string {
  const [kind, name = ''] = key.split(':');
  const prompt = kind === 'prompt' ? data.prompts[name] : undefined;
  const example = data.examples[kind === 'example' ? name : (prompt?.example ?? '')];
  if (!example || (kind !== 'example' && !prompt)) throw new Error(`No problem "${key}" in the practice data.`);
  const problem = prompt?.problem ?? example.problem;

  const titleOf = (stage: number) => data.stages.find((s) => s.stage === stage)?.title ?? `Stage ${stage}`;
  const segments = plan(minutes);
  const budget = (index: number) => formatBudget(segments[index]!.endMs - segments[index]!.startMs);
  const timed = BASE_PLAN.flatMap((part, index) => (part.stage === null ? [] : [`${part.stage}. ${titleOf(part.stage)}: ${budget(index)}`]));
  const wrapUp = BASE_PLAN.findIndex((part) => part.stage === null);

  const checklist = data.stages.flatMap(({ stage, title }) => {
    const items = example.items.filter((item) => item.stage === stage);
    return items.length === 0 ? [] : [`Stage ${stage}: ${title}`, '', ...items.map((item) => `- [${item.text.replace(/[[\]\\]/g, '\\$&')}](${item.url})`), ''];
  });
  const whose = prompt
    ? `the items that the worked example of a similar problem, "${example.title}", applies. Some may not fit this problem: skip those, and say which.`
    : `the items that the worked example "${example.title}" applies.`;

  return [
    'Please play the interviewer in a mock machine learning system design interview, with me as the candidate. The problem:',
    '',
    `> ${problem}`,
    '',
    `Take me through these five stages, in this order, in ${minutes} minutes in all:`,
    '',
    ...timed,
    '',
    ...(wrapUp === -1 ? [] : [`Keep the last ${budget(wrapUp)} to wrap up and for my questions.`, '']),
    'How to run it:',
    '',
    '- Start by putting the problem to me as an interviewer would, then let me lead.',
    '- Ask one question at a time, and wait for my answer before you go on.',
    '- Answer my clarifying questions as the interviewer would, with realistic assumptions.',
    '- Probe the way a real interviewer does: ask why, ask for numbers, push on trade-offs and on what could go wrong.',
    '- Do not answer for me, and do not show me a model answer or a worked solution before the end.',
    '- Tell me when we move on to the next stage, with its time from the plan above.',
    '- When I say "done", or after stage 5, stop interviewing and score my answer.',
    '',
    'To score it, go through the checklist below. For each item, say whether I covered it (yes, partly or no) and, in one line, what was missing. Then name the three things I should work on first. Only after that, point me to the worked example to compare with: ' +
      `${example.url}`,
    '',
    `The checklist, from the ${data.siteTitle}: ${whose} The links are for my review afterwards: do not read the worked example before you have scored my answer.`,
    '',
    ...checklist,
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}
