/** Wording shared by the command rules: where the base image is, and what the target says. */
import type { RuleContext } from '../rules/types';
import type { RelatedInformation } from '../types';

/** Points at the FROM line of the stage a line belongs to. */
export function fromRelated(ctx: Pick<RuleContext, 'stageAt'>, line: number, message: string): RelatedInformation[] {
  const stage = ctx.stageAt(line);
  if (!stage) return [];
  return [{ range: stage.imageRange ?? stage.keywordRange, message: message.replace('{image}', stage.imageText || 'the base image') }];
}

/** "target host Debian 12 (6.1.176) (from …)" for messages; "the host" when nothing is known. */
export function targetWords(ctx: Pick<RuleContext, 'target'>): string {
  const t = ctx.target;
  if (!t.kernel && !t.presetId && t.origin.kind === 'default' && t.label === 'unknown') return 'the host';
  return `the target host (${t.label})`;
}

export function targetRelated(ctx: Pick<RuleContext, 'target'>): RelatedInformation {
  return { message: `Target: ${ctx.target.label} — ${ctx.target.origin.detail}. Change it with a \`# kernel-lens: target=…\` directive, .kernel-lens.json or the kernelLens.target setting.` };
}

export function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}
