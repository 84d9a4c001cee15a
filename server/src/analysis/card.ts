/**
 * The presentation model of a card (the FROM-line hover, `kernel-lens explain`, `check --explain`):
 * blocks of styled text, written once and rendered to Markdown for hovers and to plain text for the
 * terminal. Text is data until it is rendered, so no renderer ever has to undo another one's markup.
 */

/** A run of text and how it is set: as code (`ubuntu:22.04`), strong (**host kernel**) or plain. */
export interface Span {
  text: string;
  style?: 'code' | 'strong';
}

/** Inline text: a plain string, one span, or a sequence of both. */
export type Inline = string | Span | readonly (string | Span)[];

/** Whether a fact holds on the target (✓) or does not (✗). */
export type Verdict = 'ok' | 'fail';

export interface Fact {
  label: string;
  value: Inline;
  verdict?: Verdict;
}

export type Block =
  /** The card's title; its asides (inferred identity, moving tag) follow it directly. */
  | { kind: 'heading'; text: Inline; asides?: Inline[] }
  | { kind: 'paragraph'; text: Inline }
  /** A remark set apart from the facts (as of, sources). */
  | { kind: 'aside'; text: Inline }
  | { kind: 'facts'; items: Fact[] };

export interface Card {
  blocks: Block[];
}

export const code = (text: string): Span => ({ text, style: 'code' });
export const strong = (text: string): Span => ({ text, style: 'strong' });

const VERDICT_MARK: Record<Verdict, string> = { ok: '✓', fail: '✗' };

function spans(text: Inline): readonly (string | Span)[] {
  return typeof text === 'string' || !Array.isArray(text) ? [text as string | Span] : (text as readonly (string | Span)[]);
}

/** The words of inline text without any styling (also what tests and JSON compare). */
export function inlineText(text: Inline): string {
  return spans(text)
    .map((s) => (typeof s === 'string' ? s : s.text))
    .join('');
}

/** Markdown characters that would start emphasis, code, links or HTML inside plain words. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

function codeSpan(text: string): string {
  // A backtick inside needs a longer fence; a space keeps a leading/trailing backtick apart from it.
  if (!text.includes('`')) return `\`${text}\``;
  let fence = '``';
  while (text.includes(fence)) fence += '`';
  return `${fence} ${text} ${fence}`;
}

function inlineMarkdown(text: Inline): string {
  return spans(text)
    .map((s) => {
      if (typeof s === 'string') return escapeMarkdown(s);
      if (s.style === 'code') return codeSpan(s.text);
      if (s.style === 'strong') return `**${escapeMarkdown(s.text)}**`;
      return escapeMarkdown(s.text);
    })
    .join('');
}

function withVerdict(value: string, verdict: Verdict | undefined): string {
  return verdict ? `${value} ${VERDICT_MARK[verdict]}` : value;
}

/** Markdown for a hover: `###` title, italic asides, a bullet list of facts with bold labels. */
export function cardToMarkdown(card: Card): string {
  const out: string[] = [];
  for (const block of card.blocks) {
    if (out.length > 0) out.push('');
    switch (block.kind) {
      case 'heading':
        out.push(`### ${inlineMarkdown(block.text)}`);
        for (const a of block.asides ?? []) out.push(`_${inlineMarkdown(a)}_`);
        break;
      case 'paragraph':
        out.push(inlineMarkdown(block.text));
        break;
      case 'aside':
        out.push(`_${inlineMarkdown(block.text)}_`);
        break;
      case 'facts':
        for (const f of block.items) out.push(`- **${escapeMarkdown(f.label)}:** ${withVerdict(inlineMarkdown(f.value), f.verdict)}`);
        break;
    }
  }
  return out.join('\n');
}

/** Plain text lines for a terminal: the same blocks and words, no markup. */
export function cardToPlainLines(card: Card): string[] {
  const out: string[] = [];
  for (const block of card.blocks) {
    if (out.length > 0) out.push('');
    switch (block.kind) {
      case 'heading':
        out.push(inlineText(block.text), ...(block.asides ?? []).map(inlineText));
        break;
      case 'paragraph':
      case 'aside':
        out.push(inlineText(block.text));
        break;
      case 'facts':
        for (const f of block.items) out.push(`- ${f.label}: ${withVerdict(inlineText(f.value), f.verdict)}`);
        break;
    }
  }
  return out;
}
