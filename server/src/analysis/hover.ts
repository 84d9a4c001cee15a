/**
 * Hover cards. FROM lines get the identity card of the image; commands get the notes rules gave.
 * Every fact printed here comes from the knowledge tables through the identity/release objects.
 */
import type { AnalysisResult } from './analyze';
import { formatImageRef } from './imageRef';
import type { FleetFinding } from './fleet';
import { hostNeeds } from './requirements';
import type { StageInfo } from './stages';
import { supportStatus } from './support';
import { compareKernelVersions, parseKernelVersion } from './host/kernelVersion';
import type { TargetHost } from './host/types';
import { rangeContains, type Finding, type Position, type Range } from './types';
import type { HoverNote } from './rules/types';
import { knowledgeDate } from '../knowledge/meta';
import { LIBC_KERNEL_NOTES } from '../knowledge/libc';
import { windowsContainerCompatibility as windowsCompat } from '../knowledge/runtimeFacts';
import { needsVsyscall } from './rules/shared/baseImage';
import { cardToMarkdown, code, strong, type Block, type Card, type Fact, type Inline, type Span } from './card';
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
      // Rule notes on the image (e.g. docker:dind needs a privileged container) follow the card.
      const imageNotes = (lineIndexOf(result).notes.get(p.line) ?? []).filter((n) => rangeContains(n.range, p)).map((n) => n.markdown);
      return {
        markdown: [fromCard(result, stage, today), ...new Set(imageNotes)].join('\n\n---\n\n'),
        range: stage.imageRange ?? stage.keywordRange,
      };
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
  // Several targets: each finding here says per target what happens (✓ fine / its severity).
  for (const f of findings) {
    const verdicts = (f as Partial<FleetFinding>).verdicts;
    if (!verdicts) continue;
    const rows = verdicts.map((v) => `| ${v.label} | ${v.severity === undefined ? '✓ fine' : `✗ ${v.severity}`} |`);
    parts.push([`**${f.ruleId}** on each target:`, '', '| target | verdict |', '|---|---|', ...rows].join('\n'));
  }
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

/**
 * The FROM-line cards of a result, by stage index, with the day they were made for: every hover on
 * a FROM line of the same result (until the next edit) reads the card made by the first. A card is
 * a function of the result, the stage and the day (support status goes by the date, not the time);
 * the last stage's card also sums up the whole file's host needs, the bulk of a hover's work.
 */
const fromCards = new WeakMap<AnalysisResult, Map<number, { day: string; markdown: string }>>();

/** The FROM-line card as hover Markdown. */
function fromCard(result: AnalysisResult, stage: StageInfo, today: Date): string {
  const day = today.toISOString().slice(0, 10);
  let cards = fromCards.get(result);
  if (!cards) fromCards.set(result, (cards = new Map()));
  const hit = cards.get(stage.index);
  if (hit?.day === day) return hit.markdown;
  const markdown = cardToMarkdown(fromCardModel(result, stage, today));
  cards.set(stage.index, { day, markdown });
  return markdown;
}

/** The FROM-line card: the stage chain, ARG defaults, the image's identity, the platform. */
export function fromCardModel(result: AnalysisResult, stage: StageInfo, today: Date): Card {
  const blocks: Block[] = [];
  const target = result.target;
  if (stage.base.kind === 'stage') blocks.push(stageChainBlock(result, stage.base.stageIndex, stage.root));
  const defaults = argDefaultsBlock(stage);
  if (defaults) blocks.push(defaults);
  blocks.push(...rootBlocks(result, stage, today));
  const needs = stage.index === result.stages.length - 1 ? hostNeeds(result) : undefined;
  if (needs) {
    blocks.push({
      kind: 'paragraph',
      text: [
        strong('Needs from the host:'),
        ` ${needs.join(' · ')} — `,
        strong('Kernel Lens: Show Host Requirements'),
        ' gives the full report.',
      ],
    });
  }
  if (stage.platform) {
    blocks.push({
      kind: 'paragraph',
      text: [
        'Platform requested: ',
        code(stage.platform.resolved ?? stage.platform.text),
        `${target.arch ? ` — target architecture: ${target.arch}` : ''}.`,
      ],
    });
  }
  return { blocks };
}

/** "Builds on stage a, line 3 → stage b, line 7 → `debian:12`" for a stage built on another stage. */
function stageChainBlock(result: AnalysisResult, baseIndex: number, root: StageInfo['root']): Block {
  const all = [baseIndex, ...result.stages[baseIndex].chain];
  // A card, not a dump: thousands of chained stages would make a hover of megabytes.
  const shown = all.length > MAX_CHAIN_SHOWN ? [...all.slice(0, MAX_CHAIN_SHOWN - 1), -1, all[all.length - 1]] : all;
  const chain: (string | Span)[] = ['Builds on '];
  for (const i of shown) {
    if (i < 0) chain.push(`… ${all.length - MAX_CHAIN_SHOWN} more stages …`);
    else {
      const s = result.stages[i];
      chain.push('stage ', code(String(s.name ?? i)), `, line ${s.keywordRange.start.line + 1}`);
    }
    chain.push(' → ');
  }
  chain.push(...describeRootRef(root));
  return { kind: 'paragraph', text: chain };
}

/** Which ARG defaults the FROM line's image name was read through, when it was. */
function argDefaultsBlock(stage: StageInfo): Block | undefined {
  if (!stage.substitution.fromDefaults.length || stage.substitution.text === undefined) return undefined;
  const args: (string | Span)[] = [];
  stage.substitution.fromDefaults.forEach((v, i) => args.push(...(i > 0 ? [', '] : []), 'ARG ', code(v)));
  return {
    kind: 'paragraph',
    text: [
      code(stage.imageText),
      ' uses the default of ',
      ...args,
      ': ',
      code(stage.substitution.text),
      ' (a ',
      code('--build-arg'),
      ' may change it).',
    ],
  };
}

/** What the stage's root is: scratch, an image not known before the build, an invalid reference, or the image's card. */
function rootBlocks(result: AnalysisResult, stage: StageInfo, today: Date): Block[] {
  const root = stage.root;
  switch (root.kind) {
    case 'scratch':
      return [
        { kind: 'heading', text: [code('scratch'), ' — an empty filesystem'] },
        {
          kind: 'paragraph',
          text: [
            'No userland at all: no libc, no shell, no package manager. The image holds only what later instructions copy in, and those programs run directly on the ',
            strong('host kernel'),
            '.',
          ],
        },
      ];
    case 'unresolved':
      return [
        { kind: 'heading', text: [code(stage.imageText), ' — not known before the build'] },
        { kind: 'paragraph', text: `Kernel Lens cannot tell which userland this is: ${root.reason}.` },
        { kind: 'paragraph', text: hostKernelSentence(result.target) },
      ];
    case 'invalid':
      return [
        { kind: 'heading', text: 'Not a valid image reference' },
        { kind: 'paragraph', text: [code(stage.imageText), `: ${root.reason}.`] },
      ];
    case 'image':
      return imageCardModel(root.ref.raw, root.lookup, result.target, today).blocks;
  }
  return [];
}

function describeRootRef(root: StageInfo['root']): (string | Span)[] {
  switch (root.kind) {
    case 'image':
      return [code(formatImageRef(root.ref))];
    case 'scratch':
      return [code('scratch')];
    default:
      return ['an image not known before the build'];
  }
}

function targetDetail(target: TargetHost): string {
  return target.origin.detail && !target.label.includes(target.origin.detail) ? ` (${target.origin.detail})` : '';
}

/** Where a Linux container's programs run: always the host's kernel (or the Linux VM's on a Windows host). */
function hostKernelSentence(target: TargetHost): (string | Span)[] {
  if (target.os === 'windows') {
    return [
      `On this Windows host a Linux container runs on the `,
      strong('kernel of a Linux VM'),
      ` (WSL2 / Hyper-V) — target: ${target.label}${targetDetail(target)}. An image never brings a kernel of its own.`,
    ];
  }
  return [
    'This container runs on the ',
    strong('host kernel'),
    ` — target: ${target.label}${targetDetail(target)}. An image never brings a kernel of its own.`,
  ];
}

/** Where a Windows container runs: only on a Windows host. */
function windowsHostSentence(target: TargetHost): (string | Span)[] {
  if (target.os !== 'windows') {
    return ['A Windows image runs only on a ', strong('Windows host'), ': its programs need the Windows kernel.'];
  }
  return [
    'A Windows container shares the ',
    strong('Windows host'),
    `'s kernel (process isolation) or runs in a utility VM (Hyper-V isolation) — target: ${target.label}${targetDetail(target)}.`,
  ];
}

/** Card for one image lookup, as hover Markdown. */
export function imageCard(written: string, lookup: ImageLookup, target: TargetHost, today: Date): string {
  return cardToMarkdown(imageCardModel(written, lookup, target, today));
}

/** Card for one image lookup (also `kernel-lens explain`): identity, libc, support, the verdict on the target. */
export function imageCardModel(written: string, lookup: ImageLookup, target: TargetHost, today: Date): Card {
  if (lookup.kind === 'scratch') {
    return {
      blocks: [
        { kind: 'heading', text: [code('scratch'), ' — an empty filesystem'] },
        { kind: 'paragraph', text: ['No userland at all; programs copied in run directly on the ', strong('host kernel'), '.'] },
      ],
    };
  }
  if (lookup.kind === 'unknown') {
    return {
      blocks: [
        { kind: 'heading', text: [code(written), ' — not in the knowledge base'] },
        {
          kind: 'paragraph',
          text: `Kernel Lens does not know this image (${lookup.reason}), so it says nothing about its distribution or libc.`,
        },
        { kind: 'paragraph', text: ['Whatever it is, it is a userland only. ', ...hostKernelSentence(target)] },
        { kind: 'aside', text: `Knowledge as of ${knowledgeDate}.` },
      ],
    };
  }
  const id = lookup.identity;
  const r = id.release;
  const windows = r.os === 'windows';
  const codename = r.codename && !r.label.toLowerCase().includes(r.codename.toLowerCase()) ? ` (${r.codename})` : '';
  const asides: Inline[] = [];
  if (id.inferredFrom) asides.push([code(id.image), ' image: identity inferred from its tag (how: see the sources below).']);
  if (id.movingTag) {
    // A description resting on a commit read names its own date ("as of … (YYYY-MM-DD)"); appending the knowledge date
    // after it would claim a second, later date the description does not rest on (issue #17).
    const dated = /\bas of\b/.test(id.movingTag.means) && /\b\d{4}-\d\d-\d\d\b/.test(id.movingTag.means);
    asides.push([code(id.movingTag.tag), ` is a moving tag: it means ${id.movingTag.means}${dated ? '' : ` as of ${knowledgeDate}`}.`]);
  }
  if (id.guessedFrom) asides.push([`A guess, not a fact: ${id.guessedFrom}.`]);
  const pub = id.publication;
  if (pub?.frozen) asides.push(['Frozen tag: ', code(written), ` ${pub.frozen}.`]);
  if (pub?.architectureMissing) asides.push([`Not published for this architecture: ${pub.architectureMissing}.`]);
  if (pub?.digestPinned) asides.push(['The digest pins one build of this tag: what the tag meant when that digest was taken.']);
  const facts: Fact[] = [{ label: 'libc', value: libcLine(r) }];
  if (windows) {
    facts.push({
      label: 'Windows build',
      value: `${r.windowsBuild ?? 'unknown'} — Windows containers also share the host's kernel (process isolation) or run in a utility VM (Hyper-V isolation).`,
    });
  } else if (r.distroKernel) {
    facts.push({ label: 'Kernel on a real install', value: [`${r.distroKernel} — a container does `, strong('not'), ' use it.'] });
  }
  // No init line: the release's init is what a full install boots; an image holds only what its
  // build installed (python:3.12-slim and nginx have no systemd), and the knowledge does not say.
  facts.push({ label: 'Package manager', value: r.packageManager });
  const support = supportStatus(r, today);
  // A frozen tag of a line still maintained does not follow the line: say whose dates these are.
  const frozenInSupport = pub?.frozen && (support.state === 'supported' || support.state === 'extended');
  facts.push({
    label: 'Support',
    value: frozenInSupport
      ? `the ${r.label} line: ${support.text}; this frozen tag does not follow the line's newer releases`
      : support.text,
  });
  const onTarget = targetFact(r, target);
  if (onTarget) facts.push(onTarget);
  const vsyscall = vsyscallFact(r, target);
  if (vsyscall) facts.push(vsyscall);
  const sources = [`source: ${r.source}`];
  const musl = r.libc.minKernel ? undefined : LIBC_KERNEL_NOTES[r.libc.kind];
  if (musl) sources.push(`${r.libc.kind}: ${musl.source}`);
  if (id.inferredFrom) sources.push(`identity from the tag: ${id.inferredFrom.source}`);
  return {
    blocks: [
      { kind: 'heading', text: `${r.label}${codename} — ${windows ? 'a Windows base image' : 'a userland, no kernel'}`, asides },
      { kind: 'facts', items: facts },
      { kind: 'paragraph', text: windows ? windowsHostSentence(target) : hostKernelSentence(target) },
      { kind: 'aside', text: `Facts as of ${knowledgeDate} · ${sources.join(' · ')}` },
    ],
  };
}

/** Whether a card says the image cannot run on the target (a ✗ fact). */
export function cardSaysCannotRun(card: Card): boolean {
  return card.blocks.some((b) => b.kind === 'facts' && b.items.some((f) => f.verdict === 'fail'));
}

function libcLine(r: DistroRelease): string {
  const l = r.libc;
  if (l.kind === 'none') return 'none (no C library in the image)';
  if (l.kind === 'windows') return 'Windows system libraries';
  const name = `${l.kind}${l.version ? ` ${l.version}` : ''}`;
  if (l.minKernel) return `${name}; oldest kernel it accepts: ${l.minKernel}`;
  const note = LIBC_KERNEL_NOTES[l.kind];
  return `${name}; oldest kernel it accepts: ${note ? note.oldestKernel : 'not in the knowledge base'}`;
}

/** vsyscall is an x86 page: other architectures never have it. */
const VSYSCALL_ARCHES = new Set(['amd64', '386']);

/** The same verdict as vsyscall-required: an old glibc on a host booted with vsyscall=none crashes. */
function vsyscallFact(r: DistroRelease, target: TargetHost): Fact | undefined {
  if (r.os !== 'linux' || target.vsyscall !== 'none' || !needsVsyscall(r)) return undefined;
  if (target.arch && !VSYSCALL_ARCHES.has(target.arch)) return undefined;
  const libc = `${r.libc.kind}${r.libc.version ? ` ${r.libc.version}` : ''}`;
  return { label: 'vsyscall', value: `${libc} needs it; the target runs with vsyscall=none`, verdict: 'fail' };
}

/** "glibc 2.35 needs kernel ≥ 3.2 — target 3.10 ✓" */
function targetFact(r: DistroRelease, target: TargetHost): Fact | undefined {
  const label = 'On the target';
  if (r.os === 'windows') {
    if (target.os === 'linux')
      return { label, value: `a Windows image cannot run on a Linux host (target: ${target.label})`, verdict: 'fail' };
    if (target.os === 'windows' && target.windowsBuild && r.windowsBuild) {
      const builds = `image build ${r.windowsBuild}, host build ${target.windowsBuild}`;
      if (target.windowsBuild === r.windowsBuild) return { label, value: builds, verdict: 'ok' };
      // The same facts as windows-image-on-linux: newer than the host never runs; older needs Hyper-V isolation.
      if (r.windowsBuild > target.windowsBuild && !windowsCompat.newerImageRuns)
        return { label, value: `${builds} — newer than the host: it does not run there`, verdict: 'fail' };
      if (r.windowsBuild < target.windowsBuild && windowsCompat.olderImageRunsWithHyperV) {
        return { label, value: `${builds} — older than the host: runs only with Hyper-V isolation (${windowsCompat.hyperVFlag})` };
      }
      return { label, value: `${builds} — differs: process isolation needs matching builds` };
    }
    return undefined;
  }
  if (target.os === 'windows') return { label, value: 'a Linux image on a Windows host runs only inside a Linux VM (WSL2 / Hyper-V)' };
  const min = r.libc.minKernel ? parseKernelVersion(r.libc.minKernel) : undefined;
  if (!min) return undefined;
  const libc = `${r.libc.kind}${r.libc.version ? ` ${r.libc.version}` : ''}`;
  if (!target.kernel) return { label, value: `${libc} needs kernel ≥ ${r.libc.minKernel} — target kernel unknown` };
  const ok = compareKernelVersions(target.kernel, min) >= 0;
  if (ok) return { label, value: `${libc} needs kernel ≥ ${r.libc.minKernel} — target ${target.kernel.raw}`, verdict: 'ok' };
  return { label, value: `${libc} needs kernel ≥ ${r.libc.minKernel} — target ${target.kernel.raw} is too old`, verdict: 'fail' };
}

export type { ImageIdentity };
