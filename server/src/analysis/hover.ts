/**
 * Hover cards. FROM lines get the identity card of the image; commands get the notes rules gave.
 * Every fact printed here comes from the knowledge tables through the identity/release objects.
 */
import type { AnalysisResult } from './analyze';
import { formatImageRef } from './imageRef';
import type { StageInfo } from './stages';
import { supportStatus } from './support';
import { compareKernelVersions, parseKernelVersion } from './host/kernelVersion';
import type { TargetHost } from './host/types';
import { rangeContains, type Finding, type Position, type Range } from './types';
import type { HoverNote } from './rules/types';
import { knowledgeDate } from '../knowledge/meta';
import type { DistroRelease, ImageIdentity, ImageLookup } from '../knowledge/types';

export interface HoverResult {
  markdown: string;
  range: Range;
}

export function hoverAt(result: AnalysisResult, p: Position, today: Date = new Date()): HoverResult | undefined {
  const stage = result.stages.find((s) => s.block.startLine <= p.line && p.line < s.block.startLine + s.block.lineCount);
  if (stage) {
    const onKeyword = rangeContains(stage.keywordRange, p);
    const onImage = stage.imageRange && rangeContains(stage.imageRange, p);
    const onPlatform = stage.platform && rangeContains(stage.platform.range, p);
    if (onKeyword || onImage || onPlatform || p.line === stage.keywordRange.start.line) {
      return { markdown: fromCard(result, stage, today), range: stage.imageRange ?? stage.keywordRange };
    }
  }
  const index = lineIndexOf(result);
  const notes = (index.notes.get(p.line) ?? []).filter((n) => rangeContains(n.range, p));
  const findings = (index.findings.get(p.line) ?? []).filter((f) => rangeContains(f.range, p));
  if (notes.length === 0 && findings.length === 0) return undefined;
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const n of notes) {
    if (!seen.has(n.markdown)) parts.push(n.markdown);
    seen.add(n.markdown);
  }
  if (parts.length === 0) for (const f of findings) parts.push(`**${f.ruleId}**: ${f.message}`);
  const range = (notes[0] ?? findings[0]).range;
  return { markdown: parts.join('\n\n---\n\n'), range };
}

/**
 * Notes and findings by the lines they span, built once per analysis result: scanning every
 * finding per hover made a hover on a file with 500,000 findings take ~80 ms. Lists keep the
 * result's order, so the card reads the same as a plain filter would give.
 */
const lineIndexes = new WeakMap<AnalysisResult, { notes: Map<number, HoverNote[]>; findings: Map<number, Finding[]> }>();
function lineIndexOf(result: AnalysisResult) {
  let index = lineIndexes.get(result);
  if (!index) {
    index = { notes: byLine(result.notes), findings: byLine(result.findings) };
    lineIndexes.set(result, index);
  }
  return index;
}
function byLine<T extends { range: Range }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    for (let line = item.range.start.line; line <= item.range.end.line; line++) {
      const list = map.get(line);
      if (list) list.push(item);
      else map.set(line, [item]);
    }
  }
  return map;
}

/** Longest stage chain a FROM card spells out. */
const MAX_CHAIN_SHOWN = 12;

/** The FROM-line card. */
export function fromCard(result: AnalysisResult, stage: StageInfo, today: Date): string {
  const lines: string[] = [];
  const target = result.target;
  if (stage.base.kind === 'stage') {
    const all = [stage.base.stageIndex, ...result.stages[stage.base.stageIndex].chain];
    // A card, not a dump: thousands of chained stages would make a hover of megabytes.
    const shown = all.length > MAX_CHAIN_SHOWN ? [...all.slice(0, MAX_CHAIN_SHOWN - 1), -1, all[all.length - 1]] : all;
    const chain = shown
      .map((i) => {
        if (i < 0) return `… ${all.length - MAX_CHAIN_SHOWN} more stages …`;
        const s = result.stages[i];
        return `stage \`${s.name ?? i}\`, line ${s.keywordRange.start.line + 1}`;
      })
      .join(' → ');
    lines.push(`Builds on ${chain} → ${describeRootRef(stage.root)}`, '');
  }
  if (stage.substitution.fromDefaults.length && stage.substitution.text !== undefined) {
    lines.push(
      `\`${stage.imageText}\` uses the default of ${stage.substitution.fromDefaults.map((v) => `ARG \`${v}\``).join(', ')}: \`${stage.substitution.text}\` (a \`--build-arg\` may change it).`,
      '',
    );
  }
  const root = stage.root;
  switch (root.kind) {
    case 'scratch':
      lines.push(
        '### `scratch` — an empty filesystem',
        'No userland at all: no libc, no shell, no package manager. The image holds only what later instructions copy in, and those programs run directly on the **host kernel**.',
      );
      break;
    case 'unresolved':
      lines.push(
        `### \`${stage.imageText}\` — not known before the build`,
        `Kernel Lens cannot tell which userland this is: ${root.reason}.`,
        '',
        sharedKernelSentence(target),
      );
      break;
    case 'invalid':
      lines.push(`### Not a valid image reference`, `\`${stage.imageText}\`: ${root.reason}.`);
      break;
    case 'image':
      lines.push(...imageCard(root.ref.raw, root.lookup, target, today));
      break;
  }
  if (stage.platform) {
    lines.push('', `Platform requested: \`${stage.platform.resolved ?? stage.platform.text}\`${target.arch ? ` — target architecture: ${target.arch}` : ''}.`);
  }
  return lines.join('\n');
}

function describeRootRef(root: StageInfo['root']): string {
  switch (root.kind) {
    case 'image':
      return `\`${formatImageRef(root.ref)}\``;
    case 'scratch':
      return '`scratch`';
    default:
      return 'an image not known before the build';
  }
}

function sharedKernelSentence(target: TargetHost): string {
  const detail = target.origin.detail && !target.label.includes(target.origin.detail) ? ` (${target.origin.detail})` : '';
  return `This container runs on the **host kernel** — target: ${target.label}${detail}. An image never brings a kernel of its own.`;
}

/** Card for one image lookup (also used by `kernel-lens explain`). */
export function imageCard(written: string, lookup: ImageLookup, target: TargetHost, today: Date): string[] {
  const lines: string[] = [];
  if (lookup.kind === 'scratch') {
    return ['### `scratch` — an empty filesystem', 'No userland at all; programs copied in run directly on the **host kernel**.'];
  }
  if (lookup.kind === 'unknown') {
    lines.push(
      `### \`${written}\` — not in the knowledge base`,
      `Kernel Lens does not know this image (${lookup.reason}), so it says nothing about its distribution or libc.`,
      '',
      `Whatever it is, it is a userland only. ${sharedKernelSentence(target)}`,
      '',
      `_Knowledge as of ${knowledgeDate}._`,
    );
    return lines;
  }
  const id = lookup.identity;
  const r = id.release;
  const codename = r.codename && !r.label.toLowerCase().includes(r.codename.toLowerCase()) ? ` (${r.codename})` : '';
  lines.push(`### ${r.label}${codename} — a userland, no kernel`);
  if (id.inferredFrom) lines.push(`_\`${id.image}\` image: identity inferred from its tag (${id.inferredFrom.rule})._`);
  if (id.movingTag) lines.push(`_\`${id.movingTag.tag}\` is a moving tag: it means ${id.movingTag.means} as of ${knowledgeDate}._`);
  if (id.guessedFrom) lines.push(`_A guess, not a fact: ${id.guessedFrom}._`);
  const pub = id.publication;
  if (pub?.frozen) lines.push(`_Frozen tag: \`${written}\` ${pub.frozen}._`);
  if (pub?.architectureMissing) lines.push(`_Not published for this architecture: ${pub.architectureMissing}._`);
  if (pub?.digestPinned) lines.push('_The digest pins one build of this tag: what the tag meant when that digest was taken._');
  lines.push('');
  lines.push(`- **libc:** ${libcLine(r)}`);
  if (r.os === 'windows') {
    lines.push(`- **Windows build:** ${r.windowsBuild ?? 'unknown'} — Windows containers also share the host's kernel (process isolation) or run in a utility VM (Hyper-V isolation).`);
  } else if (r.distroKernel) {
    lines.push(`- **Kernel on a real install:** ${r.distroKernel} — a container does **not** use it.`);
  }
  if (r.init) lines.push(`- **Init:** ${r.init.kind}${r.init.version ? ` ${r.init.version}` : ''}`);
  lines.push(`- **Package manager:** ${r.packageManager}`);
  const support = supportStatus(r, today);
  // A frozen tag of a line still maintained does not follow the line: say whose dates these are.
  const frozenInSupport = pub?.frozen && (support.state === 'supported' || support.state === 'extended');
  lines.push(`- **Support:** ${frozenInSupport ? `the ${r.label} line: ${support.text}; this frozen tag does not follow the line's newer releases` : support.text}`);
  const vsTarget = targetLine(r, target);
  if (vsTarget) lines.push(`- **On the target:** ${vsTarget}`);
  lines.push('', sharedKernelSentence(target), '', `_Facts as of ${knowledgeDate} · source: ${r.source}_`);
  return lines;
}

function libcLine(r: DistroRelease): string {
  const l = r.libc;
  if (l.kind === 'none') return 'none (no C library in the image)';
  if (l.kind === 'windows') return 'Windows system libraries';
  const name = `${l.kind}${l.version ? ` ${l.version}` : ''}`;
  return l.minKernel ? `${name}; oldest kernel it accepts: ${l.minKernel}` : `${name}; oldest kernel it accepts: not in the knowledge base`;
}

/** "glibc 2.35 needs kernel ≥ 3.2 — target 3.10 ✓" */
function targetLine(r: DistroRelease, target: TargetHost): string | undefined {
  if (r.os === 'windows') {
    if (target.os === 'linux') return `a Windows image cannot run on a Linux host (target: ${target.label}) ✗`;
    if (target.os === 'windows' && target.windowsBuild && r.windowsBuild) {
      const same = target.windowsBuild === r.windowsBuild;
      return `image build ${r.windowsBuild}, host build ${target.windowsBuild} ${same ? '✓' : '— differs: process isolation needs matching builds'}`;
    }
    return undefined;
  }
  if (target.os === 'windows') return `a Linux image on a Windows host runs only inside a Linux VM (WSL2 / Hyper-V)`;
  const min = r.libc.minKernel ? parseKernelVersion(r.libc.minKernel) : undefined;
  if (!min) return undefined;
  const libc = `${r.libc.kind}${r.libc.version ? ` ${r.libc.version}` : ''}`;
  if (!target.kernel) return `${libc} needs kernel ≥ ${r.libc.minKernel} — target kernel unknown`;
  const ok = compareKernelVersions(target.kernel, min) >= 0;
  return `${libc} needs kernel ≥ ${r.libc.minKernel} — target ${target.kernel.raw} ${ok ? '✓' : '✗ too old'}`;
}

export type { ImageIdentity };
