import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assistantPrompt, type AssistantPractice } from './assistant-prompt.ts';

const data: AssistantPractice = {
  siteTitle: 'The Framework',
  stages: [1, 2, 3, 4, 5].map((stage) => ({ stage, title: `Title ${stage}` })),
  examples: {
    fraud: {
      title: 'Payment fraud',
      url: 'https://example.org/examples/fraud/',
      problem: 'Decide whether to approve a card payment.',
      items: [
        { stage: 1, text: 'Repeat back the problem.', url: 'https://example.org/framework/one/#repeat' },
        { stage: 4, text: 'Set baselines to beat.', url: 'https://example.org/framework/four/#baselines' },
      ],
    },
  },
  prompts: { reviews: { problem: 'Flag fake product reviews.', example: 'fraud' } },
};

test("an example's prompt: its problem, the five stages with the timer's plan, one question at a time, then the score on its items", () => {
  const prompt = assistantPrompt(data, 'example:fraud', 45);
  assert.match(prompt, /^Please play the interviewer/);
  assert.match(prompt, /\n> Decide whether to approve a card payment\.\n/);
  // The plan of the timer (interview-timer.ts): 5, 10, 10, 10 and 7 minutes, 3 to wrap up.
  assert.match(prompt, /\n1\. Title 1: 5 min\n2\. Title 2: 10 min\n3\. Title 3: 10 min\n4\. Title 4: 10 min\n5\. Title 5: 7 min\n\nKeep the last 3 min to wrap up/);
  assert.match(prompt, /in 45 minutes in all/);
  assert.match(prompt, /Ask one question at a time/);
  assert.match(prompt, /do not show me a model answer or a worked solution before the end/);
  assert.match(prompt, /Stage 1: Title 1\n\n- \[Repeat back the problem\.\]\(https:\/\/example\.org\/framework\/one\/#repeat\)\n\nStage 4: Title 4\n\n- \[Set baselines to beat\.\]\(https:\/\/example\.org\/framework\/four\/#baselines\)\n$/);
  // Stages the example applies no item of have no heading in the checklist.
  assert.doesNotMatch(prompt, /Stage 2: Title 2/);
  assert.match(prompt, /the worked example "Payment fraud" applies\./);
  assert.match(prompt, /The Framework/);
});

test('another length scales every stage as the timer does', () => {
  const prompt = assistantPrompt(data, 'example:fraud', 60);
  assert.match(prompt, /1\. Title 1: 6 min 40 s\n2\. Title 2: 13 min 20 s\n/);
  assert.match(prompt, /Keep the last 4 min to wrap up/);
});

test("a practice prompt's problem, scored on its closest example's items, which may not all fit", () => {
  const prompt = assistantPrompt(data, 'prompt:reviews', 45);
  assert.match(prompt, /\n> Flag fake product reviews\.\n/);
  assert.doesNotMatch(prompt, /approve a card payment/);
  assert.match(prompt, /a similar problem, "Payment fraud", applies\. Some may not fit this problem/);
  assert.match(prompt, /#baselines\)/);
});

test('an item whose text has brackets stays one Markdown link', () => {
  const bracketed = structuredClone(data);
  bracketed.examples.fraud!.items[0]!.text = 'Say [why] it matters';
  assert.match(assistantPrompt(bracketed, 'example:fraud', 45), /^- \[Say \\\[why\\\] it matters\]\(https:\/\/example\.org\/framework\/one\/#repeat\)$/m);
});

test('an unknown problem throws', () => {
  assert.throws(() => assistantPrompt(data, 'example:nope', 45), /No problem "example:nope"/);
  assert.throws(() => assistantPrompt(data, 'prompt:nope', 45), /No problem "prompt:nope"/);
  assert.throws(() => assistantPrompt(data, 'fraud', 45), /No problem "fraud"/);
});
