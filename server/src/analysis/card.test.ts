import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardToMarkdown, cardToPlainLines, code, inlineText, strong, type Card } from './card';

const sample: Card = {
  blocks: [
    { kind: 'heading', text: 'Ubuntu 22.04 LTS — a userland, no kernel', asides: [[code('latest'), ' is a moving tag.']] },
    {
      kind: 'facts',
      items: [
        { label: 'libc', value: 'glibc 2.35' },
        { label: 'On the target', value: 'glibc 2.35 needs kernel ≥ 3.2 — target 5.15', verdict: 'ok' },
        { label: 'Kernel', value: ['5.15 — a container does ', strong('not'), ' use it.'], verdict: 'fail' },
      ],
    },
    { kind: 'paragraph', text: ['Runs on the ', strong('host kernel'), ' — my_host*1.'] },
    { kind: 'aside', text: 'Facts as of 2026-08-22' },
  ],
};

test('one model, two renderings: Markdown for hovers', () => {
  assert.equal(
    cardToMarkdown(sample),
    [
      '### Ubuntu 22.04 LTS — a userland, no kernel',
      '_`latest` is a moving tag._',
      '',
      '- **libc:** glibc 2.35',
      '- **On the target:** glibc 2.35 needs kernel ≥ 3.2 — target 5.15 ✓',
      '- **Kernel:** 5.15 — a container does **not** use it. ✗',
      '',
      'Runs on the **host kernel** — my\\_host\\*1.',
      '',
      '_Facts as of 2026-08-22_',
    ].join('\n'),
  );
});

test('one model, two renderings: plain text for the terminal, same words, no markup', () => {
  assert.deepEqual(cardToPlainLines(sample), [
    'Ubuntu 22.04 LTS — a userland, no kernel',
    'latest is a moving tag.',
    '',
    '- libc: glibc 2.35',
    '- On the target: glibc 2.35 needs kernel ≥ 3.2 — target 5.15 ✓',
    '- Kernel: 5.15 — a container does not use it. ✗',
    '',
    'Runs on the host kernel — my_host*1.',
    '',
    'Facts as of 2026-08-22',
  ]);
});

test('code spans holding backticks get a longer fence', () => {
  const md = cardToMarkdown({ blocks: [{ kind: 'paragraph', text: [code('a`b')] }] });
  assert.equal(md, '`` a`b ``');
  assert.equal(inlineText([code('a`b'), ' c']), 'a`b c');
});
