/**
 * Shared by the image/target rules (image-end-of-life, libc-kernel-too-old, vsyscall-required,
 * runtime-seccomp, moving-base-tag, …): which FROM lines name a known image, how to point at the
 * target in `related`, and how to replace a base image (directly, or through the default of a
 * global ARG) with a successor that fits the target.
 */
import type { Property } from 'dockerfile-ast';
import { astRangeToAbsolute, type InstructionBlock } from '../../document';
import { parseImageRef, type ImageRef } from '../../imageRef';
import type { StageInfo } from '../../stages';
import { supportStatus } from '../../support';
import { kernelAtLeast } from '../../host/kernelVersion';
import type { TargetHost } from '../../host/types';
import type { Fix, Range, RelatedInformation, TextEdit } from '../../types';
import type { RuleContext } from '../types';
import { lookupImage } from '../../../knowledge/images';
import { vsyscallNeed } from '../../../knowledge/runtimeFacts';
import type { DistroRelease, ImageIdentity } from '../../../knowledge/types';

/** A FROM line whose own argument names an image the knowledge base knows. */
export interface KnownImageStage {
  stage: StageInfo;
  ref: ImageRef;
  identity: ImageIdentity;
  release: DistroRelease;
  /** Range of the image argument (the finding range for image rules). */
  range: Range;
}

/**
 * Stages whose FROM names a known image directly. A stage built FROM another stage is left out:
 * the finding belongs on the FROM line that names the image.
 */
export function knownImageStages(ctx: RuleContext): KnownImageStage[] {
  const out: KnownImageStage[] = [];
  for (const stage of ctx.stages) {
    const base = stage.base;
    if (base.kind !== 'image' || base.lookup.kind !== 'known' || !stage.imageRange) continue;
    out.push({ stage, ref: base.ref, identity: base.lookup.identity, release: base.lookup.identity.release, range: stage.imageRange });
  }
  return out;
}

/** The image as written after ARG substitution, for messages: 'centos:7'. */
export function shownRef(s: KnownImageStage): string {
  return s.stage.substitution.text ?? s.stage.imageText;
}

/** `related` entry naming where the target comes from. */
export function targetRelated(target: TargetHost): RelatedInformation {
  return { message: `target: ${target.label} (${target.origin.detail})` };
}

/** `related` entry pointing at a stage's FROM line. */
export function fromRelated(stage: StageInfo): RelatedInformation {
  return {
    range: stage.imageRange ?? stage.keywordRange,
    message: `base image of this stage: ${stage.substitution.text ?? stage.imageText}`,
  };
}

/** Compare dotted numeric versions ('2.9' < '2.13', '20.10.9' < '20.10.10'); non-numeric parts compare as 0. */
export function compareDotted(a: string, b: string): number {
  const pa = a.split(/[.+~-]/).map((x) => Number.parseInt(x, 10));
  const pb = b.split(/[.+~-]/).map((x) => Number.parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.isFinite(pa[i]) ? pa[i] : 0;
    const y = Number.isFinite(pb[i]) ? pb[i] : 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/** True when a dotted version string starts with a number (so comparing it means something). */
export function isVersion(v: string | undefined): v is string {
  return typeof v === 'string' && /^\d+(\.\d+)*/.test(v);
}

/** Whether the release's libc calls the vsyscall page (glibc/eglibc up to the version in the facts table). */
export function needsVsyscall(release: DistroRelease): boolean {
  const libc = release.libc;
  if (!(vsyscallNeed.libcKinds as readonly string[]).includes(libc.kind) || !isVersion(libc.version)) return false;
  return compareDotted(libc.version, vsyscallNeed.maxVersion) <= 0;
}

/** Whether a release's libc accepts the target kernel (unknown on either side → true: say less, never guess). */
export function libcAcceptsKernel(release: DistroRelease, target: TargetHost): boolean {
  if (!target.kernel || !release.libc.minKernel) return true;
  try {
    return kernelAtLeast(target.kernel, release.libc.minKernel);
  } catch {
    return true;
  }
}

/** How strictly a replacement must be shown to fit. */
export interface FitOptions {
  /** The replacement's libc minimum kernel must be known (for findings about the kernel being too old). */
  requireKnownMinKernel?: boolean;
}

/** Whether a replacement release would run on the target and is supported on `today`. */
export function fitsTarget(release: DistroRelease, target: TargetHost, today: Date, options: FitOptions = {}): boolean {
  if (supportStatus(release, today).state !== 'supported') return false;
  if (options.requireKnownMinKernel && target.kernel && !release.libc.minKernel) return false;
  if (!libcAcceptsKernel(release, target)) return false;
  if (target.vsyscall === 'none' && needsVsyscall(release)) return false;
  if (target.os && target.os !== release.os) return false;
  // A Windows image newer than the Windows host never runs there.
  if (release.windowsBuild !== undefined && target.windowsBuild !== undefined && release.windowsBuild > target.windowsBuild) return false;
  return true;
}

/** Known successor images of a release that fit the target, in table order. */
export function fittingSuccessors(
  release: DistroRelease,
  target: TargetHost,
  today: Date,
  options: FitOptions = {},
): { text: string; ref: ImageRef; release: DistroRelease }[] {
  const out: { text: string; ref: ImageRef; release: DistroRelease }[] = [];
  for (const text of release.successors ?? []) {
    const known = successorIdentity(text);
    if (!known) continue;
    const r = known.release;
    if (r.id === release.id || !fitsTarget(r, target, today, options)) continue;
    out.push({ text, ref: known.ref, release: r });
  }
  return out;
}

/** Successor texts come from the static tables: each is parsed and looked up once per process. */
const successorMemo = new Map<string, { ref: ImageRef; release: DistroRelease } | null>();

function successorIdentity(text: string): { ref: ImageRef; release: DistroRelease } | undefined {
  let hit = successorMemo.get(text);
  if (hit === undefined) {
    hit = null;
    const parsed = parseImageRef(text);
    if (parsed.ok) {
      try {
        const lookup = lookupImage(parsed.ref);
        if (lookup.kind === 'known') hit = { ref: parsed.ref, release: lookup.identity.release };
      } catch {
        // a table row that does not resolve offers no successor
      }
    }
    successorMemo.set(text, hit);
  }
  return hit ?? undefined;
}

/**
 * Fixes that replace the base image with each fitting successor. Only for a FROM naming the
 * distribution image itself: a derived image (python:3.7 → Debian 10) is not replaced by a
 * bare distribution image. Exactly one fix is preferred; several choices leave the choice to the user.
 */
export function successorFixes(ctx: RuleContext, s: KnownImageStage, options: FitOptions = {}): Fix[] {
  if (s.identity.inferredFrom) return [];
  const fixes: Fix[] = [];
  for (const succ of fittingSuccessors(s.release, ctx.target, ctx.today, options)) {
    const change = replaceImageEdit(ctx, s.stage, succ.ref, succ.text);
    if (!change) continue;
    const dropsDigest = s.ref.digest !== undefined;
    const what = change.viaArg
      ? `Set ARG ${change.viaArg} to ${change.newText}`
      : `Replace ${shownRef(s).replace(/@.*$/, '')} with ${succ.text}`;
    fixes.push({
      title: `${what}${dropsDigest ? ' (drops the digest, which pinned the old image)' : ''}`,
      kind: 'quickfix',
      edits: [change.edit],
    });
  }
  if (fixes.length === 1) fixes[0].isPreferred = true;
  return fixes;
}

const WHOLE_VAR = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;
const TAG_VAR = /^([^$@:]+(?::\d+\/[^$@:]+)?):\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;

/**
 * The edit that makes a FROM line use `newRef` (written as `newText`). A literal image argument is
 * replaced in place (the --platform flag, `AS name` and everything else stay). A FROM that takes
 * its image from a global ARG gets the ARG's default changed instead, when that is safe:
 * `FROM ${BASE}` (any image) or `FROM name:${TAG}` (same repository, new tag), and only when every
 * other FROM using that ARG would want the same change. Otherwise undefined.
 */
export function replaceImageEdit(
  ctx: RuleContext,
  stage: StageInfo,
  newRef: ImageRef,
  newText: string,
): { edit: TextEdit; newText: string; viaArg?: string } | undefined {
  if (!stage.imageRange) return undefined;
  const written = stage.imageText;
  if (!written.includes('$')) return { edit: { range: stage.imageRange, newText }, newText };

  const whole = WHOLE_VAR.exec(written);
  const tagged = whole ? null : TAG_VAR.exec(written);
  if (!whole && !tagged) return undefined;
  const varName = (whole ? (whole[1] ?? whole[2]) : (tagged![2] ?? tagged![3])) as string;
  let value = newText;
  if (tagged) {
    const repo = parseImageRef(`${tagged[1]}:x`);
    if (!repo.ok || repo.ref.registry !== newRef.registry || repo.ref.path !== newRef.path) return undefined;
    if (newRef.tag === undefined || newRef.digest !== undefined) return undefined;
    value = newRef.tag;
  }
  // Every FROM that mentions the variable must be written the same way, or the edit changes an unrelated stage.
  const usesVar = new RegExp(`\\$\\{?${varName}\\b`);
  for (const other of ctx.stages) {
    if (other !== stage && usesVar.test(other.imageText) && other.imageText !== written) return undefined;
  }
  const arg = lastGlobalArgDefault(ctx, varName);
  if (!arg || arg.raw.includes('$')) return undefined;
  const quote = /^["']/.test(arg.raw) ? arg.raw[0] : '';
  return { edit: { range: arg.valueRange, newText: `${quote}${value}${quote}` }, newText: value, viaArg: varName };
}

interface ArgDefault {
  valueRange: Range;
  /** Value text as written (quotes included). */
  raw: string;
}

/** The last global ARG (before the first FROM) giving `name` a default: that default is what FROM lines see. */
function lastGlobalArgDefault(ctx: RuleContext, name: string): ArgDefault | undefined {
  let found: ArgDefault | undefined;
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if (kw === 'FROM') break;
    if (kw !== 'ARG' || !block.parsed.ast) continue;
    for (const prop of argProperties(block)) {
      if (prop.getName() !== name) continue;
      const vr = prop.getValueRange();
      if (!vr) {
        found = undefined; // redeclared without a default: the earlier default no longer applies
        continue;
      }
      const abs = astRangeToAbsolute(block, vr);
      const raw = sliceRange(ctx.model.lines, abs);
      if (raw === undefined) return undefined;
      found = { valueRange: abs, raw };
    }
  }
  return found;
}

function argProperties(block: InstructionBlock): Property[] {
  const ast = block.parsed.ast as unknown as { getProperties?: () => Property[] };
  return typeof ast.getProperties === 'function' ? ast.getProperties() : [];
}

/** Text of a single-line range; undefined for ranges across lines (continuations: not edited). */
function sliceRange(lines: readonly string[], r: Range): string | undefined {
  if (r.start.line !== r.end.line) return undefined;
  return lines[r.start.line]?.slice(r.start.character, r.end.character);
}

/** The repository path of an image reference, without registry, tag or digest (lower case). */
export function imageRepository(ref: string): string | undefined {
  if (!ref || ref.includes('$')) return undefined;
  let path = ref.split('@')[0];
  const colon = path.lastIndexOf(':');
  if (colon > path.lastIndexOf('/')) path = path.slice(0, colon);
  const first = path.split('/')[0];
  if (path.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) path = path.slice(first.length + 1);
  return path.toLowerCase();
}
