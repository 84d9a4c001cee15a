/** Wording shared by the command rules: where the base image is, and what the target says. */
import type { RuleContext } from '../types';
import type { StageInfo } from '../../stages';
import type { TargetHost } from '../../host/types';
import type { RelatedInformation } from '../../types';

// The same few related notes are attached to every finding of a stage (thousands in a big file), and
// are rebuilt on every keystroke: they are made once per stage (or target) and template and shared.
// Nothing mutates findings' related information after a rule made it.
const fromRelatedMemo = new WeakMap<StageInfo, Map<string, RelatedInformation[]>>();
const targetWordsMemo = new WeakMap<TargetHost, string>();
const targetRelatedMemo = new WeakMap<TargetHost, RelatedInformation>();

/** Points at the FROM line of the stage a line belongs to. */
export function fromRelated(ctx: Pick<RuleContext, 'stageAt'>, line: number, message: string): RelatedInformation[] {
  const stage = ctx.stageAt(line);
  if (!stage) return [];
  let byMessage = fromRelatedMemo.get(stage);
  if (!byMessage) fromRelatedMemo.set(stage, (byMessage = new Map()));
  let related = byMessage.get(message);
  if (!related)
    byMessage.set(
      message,
      (related = [
        { range: stage.imageRange ?? stage.keywordRange, message: message.replace('{image}', stage.imageText || 'the base image') },
      ]),
    );
  return related;
}

/** "target host Debian 12 (6.1.176) (from …)" for messages; "the host" when nothing is known. */
export function targetWords(ctx: Pick<RuleContext, 'target'>): string {
  const t = ctx.target;
  let words = targetWordsMemo.get(t);
  if (words === undefined) {
    words = !t.kernel && !t.presetId && t.origin.kind === 'default' && t.label === 'unknown' ? 'the host' : `the target host (${t.label})`;
    targetWordsMemo.set(t, words);
  }
  return words;
}

export function targetRelated(ctx: Pick<RuleContext, 'target'>): RelatedInformation {
  let related = targetRelatedMemo.get(ctx.target);
  if (!related) {
    related = {
      message: `Target: ${ctx.target.label} — ${ctx.target.origin.detail}. Change it with a \`# kernel-lens: target=…\` directive, .kernel-lens.json or the kernelLens.target setting.`,
    };
    targetRelatedMemo.set(ctx.target, related);
  }
  return related;
}

export function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}
