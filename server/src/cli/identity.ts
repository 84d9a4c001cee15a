/**
 * What the CLI says about a FROM line: a one-line explanation for the text format and a stable
 * object for JSON/SARIF. Facts come from the knowledge tables via the lookup; this only formats.
 */
import type { AnalysisResult } from '../analysis/index';
import { formatImageRef } from '../analysis/index';
import type { StageInfo } from '../analysis/index';
import { supportStatus, type SupportState } from '../analysis/index';
import { knowledgeDate } from '../analysis/index';
import type { DistroRelease, ImageLookup } from '../analysis/index';

export interface IdentitySummary {
  /** Release key in the knowledge base, e.g. 'centos-7'. */
  release: string;
  label: string;
  distro: string;
  version: string;
  codename?: string;
  os: 'linux' | 'windows';
  libc: { kind: string; version?: string; minKernel?: string };
  /** Kernel of a real install of the release (never used by a container). */
  distroKernel?: string;
  windowsBuild?: number;
  packageManager: string;
  support: { state: SupportState; text: string; ends?: string; extendedEnds?: string };
  /** The image the reference named when it is not the distribution's own (e.g. 'python'). */
  image: string;
  variant?: string;
  movingTag?: { tag: string; means: string; asOf: string };
  pinnedReference?: string;
  source: string;
}

export interface StageSummary {
  /** 1-based line of the FROM keyword. */
  line: number;
  /** Image text as written. */
  image: string;
  /** After ARG substitution, when it differs from what is written. */
  resolved?: string;
  name?: string;
  platform?: string;
  /** What the stage builds on: an image, an earlier stage, scratch, or something not known. */
  kind: 'image' | 'stage' | 'scratch' | 'unresolved' | 'invalid';
  /** For kind 'stage': the stage it builds on. */
  baseStage?: { index: number; name?: string; line: number };
  /** What the chain of stages ends in. */
  root: 'image' | 'scratch' | 'unresolved' | 'invalid';
  /** For an image root: whether the knowledge base knows it. */
  known?: boolean;
  identity?: IdentitySummary;
  /** Why nothing is known (unresolved, invalid, unknown image). */
  reason?: string;
  /** The one-line explanation the text format prints. */
  text: string;
}

export function identitySummary(lookup: ImageLookup, today: Date): IdentitySummary | undefined {
  if (lookup.kind !== 'known') return undefined;
  const id = lookup.identity;
  const r = id.release;
  const status = supportStatus(r, today);
  const out: IdentitySummary = {
    release: r.id,
    label: r.label,
    distro: r.distro,
    version: r.version,
    os: r.os,
    libc: { kind: r.libc.kind },
    packageManager: r.packageManager,
    support: { state: status.state, text: status.text },
    image: id.image,
    source: r.source,
  };
  if (r.codename) out.codename = r.codename;
  if (r.libc.version) out.libc.version = r.libc.version;
  if (r.libc.minKernel) out.libc.minKernel = r.libc.minKernel;
  if (r.distroKernel) out.distroKernel = r.distroKernel;
  if (r.windowsBuild !== undefined) out.windowsBuild = r.windowsBuild;
  if (r.supportEnds) out.support.ends = r.supportEnds;
  if (r.extendedSupportEnds) out.support.extendedEnds = r.extendedSupportEnds;
  if (id.variant) out.variant = id.variant;
  if (id.movingTag) out.movingTag = { ...id.movingTag, asOf: knowledgeDate };
  if (id.pinnedReference) out.pinnedReference = id.pinnedReference;
  return out;
}

function libcWords(r: DistroRelease): string {
  const l = r.libc;
  if (l.kind === 'none') return 'no libc';
  if (l.kind === 'windows') return r.windowsBuild !== undefined ? `Windows build ${r.windowsBuild}` : 'Windows';
  const name = `${l.kind}${l.version ? ` ${l.version}` : ''}`;
  return l.minKernel ? `${name} (kernel ≥ ${l.minKernel})` : name;
}

function supportWords(r: DistroRelease, today: Date): string | undefined {
  const s = supportStatus(r, today);
  switch (s.state) {
    case 'supported':
      return `supported until ${r.supportEnds}`;
    case 'extended':
      return `${r.os === 'windows' ? 'mainstream' : 'standard'} support ended ${r.supportEnds}, extended support until ${r.extendedSupportEnds}`;
    case 'end-of-life':
      return s.text;
    case 'rolling':
      return 'rolling release';
    default:
      return undefined;
  }
}

/** "CentOS Linux 7 · glibc 2.17 (kernel ≥ 2.6.32) · end of life since 2024-06-30" */
export function compactIdentity(written: string, lookup: ImageLookup, today: Date): string {
  if (lookup.kind === 'scratch') return 'scratch: an empty filesystem, no userland';
  if (lookup.kind === 'unknown') return `${written}: not in the knowledge base (${lookup.reason})`;
  const id = lookup.identity;
  const r = id.release;
  const parts = [r.label, libcWords(r)];
  const support = supportWords(r, today);
  if (support) parts.push(support);
  let text = parts.join(' · ');
  if (id.movingTag) text += ` — '${id.movingTag.tag}' means ${id.movingTag.means} as of ${knowledgeDate}`;
  return text;
}

export function stageSummaries(result: AnalysisResult, today: Date): StageSummary[] {
  const chains = chainEnds(result.stages);
  return result.stages.map((s) => stageSummary(result, s, today, chains));
}

/** Steps of a stage chain spelled out in full up to this length; a longer chain shows its first and last stage. */
const MAX_SPELLED_CHAIN = 4;

/**
 * For each stage: how many stages its chain passes through and the last of them, computed once in
 * file order (a stage builds only on earlier ones). Spelling each stage's whole chain made 20,000
 * chained stages quadratic, gigabytes of text.
 */
function chainEnds(stages: readonly StageInfo[]): { length: number; last: number }[] {
  const out: { length: number; last: number }[] = [];
  for (const s of stages) {
    if (s.base.kind !== 'stage' || s.base.stageIndex >= s.index) {
      out.push({ length: 0, last: -1 });
      continue;
    }
    const base = out[s.base.stageIndex];
    out.push(base.length === 0 ? { length: 1, last: s.base.stageIndex } : { length: base.length + 1, last: base.last });
  }
  return out;
}

function stageStep(st: StageInfo): string {
  return `stage ${st.name ?? st.index} (line ${st.keywordRange.start.line + 1})`;
}

function stageSummary(
  result: AnalysisResult,
  s: StageInfo,
  today: Date,
  chains: readonly { length: number; last: number }[],
): StageSummary {
  const out: StageSummary = {
    line: s.keywordRange.start.line + 1,
    image: s.imageText,
    kind: s.base.kind,
    root: s.root.kind,
    text: '',
  };
  if (s.substitution.text !== undefined && s.substitution.text !== s.imageText) out.resolved = s.substitution.text;
  if (s.name) out.name = s.name;
  if (s.platform) out.platform = s.platform.resolved ?? s.platform.text;
  const steps: string[] = [];
  if (s.base.kind === 'stage') {
    const base = result.stages[s.base.stageIndex];
    out.baseStage = { index: base.index, line: base.keywordRange.start.line + 1 };
    if (base.name) out.baseStage.name = base.name;
    const chain = chains[s.index];
    if (chain.length <= MAX_SPELLED_CHAIN) {
      for (const i of [s.base.stageIndex, ...base.chain]) steps.push(stageStep(result.stages[i]));
    } else {
      steps.push(stageStep(base), `${chain.length - 2} more stages`, stageStep(result.stages[chain.last]));
    }
  }
  const root = s.root;
  switch (root.kind) {
    case 'image': {
      out.known = root.lookup.kind === 'known';
      const identity = identitySummary(root.lookup, today);
      if (identity) out.identity = identity;
      if (root.lookup.kind === 'unknown') out.reason = root.lookup.reason;
      const written = s.base.kind === 'stage' ? formatImageRef(root.ref) : root.ref.raw;
      steps.push(compactIdentity(written, root.lookup, today));
      break;
    }
    case 'scratch':
      steps.push('scratch: an empty filesystem, no userland');
      break;
    case 'unresolved':
      out.reason = root.reason;
      steps.push(`not known before the build: ${root.reason}`);
      break;
    case 'invalid':
      out.reason = root.reason;
      steps.push(`not a valid image reference: ${root.reason}`);
      break;
  }
  const shown = s.imageText || '(no image)';
  const resolved = out.resolved ? ` (= ${out.resolved} from ARG defaults)` : '';
  out.text = `line ${out.line}: FROM ${shown}${resolved} → ${steps.join(' → ')}`;
  return out;
}
