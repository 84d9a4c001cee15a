/**
 * platform-mismatch: the FROM line fixes a CPU architecture (`--platform=linux/arm64`, or a
 * per-architecture repository such as `arm64v8/ubuntu`) that differs from the target's. The host
 * kernel runs only its own architecture's programs: the container needs binfmt_misc + QEMU user
 * emulation (slow), or fails with "exec format error". `$BUILDPLATFORM`/`$TARGETPLATFORM` follow the
 * build and are never a mismatch.
 */
import { parseImageRef } from '../../imageRef';
import type { StageInfo } from '../../stages';
import type { Finding, Fix, Range } from '../../types';
import type { HoverNote, Rule, RuleContext } from '../types';
import {
  archEmulationSource,
  compat32Source,
  archNamespaces,
  archNamespacesSource,
  balenaArchImages,
  buildPlatformVariables,
  multiarchTagImages,
  linuxserverTagImages,
  jupyterTagImages,
  archRepositoryPrefixes,
} from '../../../knowledge/runtimeFacts';
import type { Arch } from '../../../knowledge/types';
import { configState } from '../../host/kernelConfig';
import type { TargetHost } from '../../host/types';
import { targetRelated } from '../shared/baseImage';
import { parsePlatform } from '../shared/platform';
import { foreignRootNotes } from './foreignRoots';

export const rule: Rule = {
  id: 'platform-mismatch',
  defaultSeverity: 'warning',
  summary: 'The FROM line fixes a CPU architecture other than the target host\'s: emulation (slow) or "exec format error".',
  check(ctx) {
    const targetArch = ctx.target.arch;
    if (!targetArch) return [];
    const findings: Finding[] = [];
    for (const stage of ctx.stages) {
      const flag = platformFinding(ctx, stage, targetArch);
      if (flag) {
        findings.push(flag);
        continue; // --platform decides which image is pulled; one finding per FROM line
      }
      const ns = namespaceFinding(ctx, stage, targetArch);
      if (ns) findings.push(ns);
    }
    return findings;
  },
  notes(ctx) {
    // Whatever the target: the preset targets name no architecture, and a reader of an arch-fixed FROM
    // should learn that its programs need the host's CPU or binfmt_misc emulation. Only where something of
    // that architecture runs: a RUN step, or the image itself (the last stage, unnamed or with its own
    // command); a named stage only copied from runs nothing.
    const notes: HoverNote[] = foreignRootNotes(ctx);
    const keywords = stageKeywords(ctx);
    const runs = runKeywordRanges(ctx);
    for (const stage of ctx.stages) {
      if (!runsPrograms(ctx, stage, keywords.get(stage.index))) continue;
      const fixed = fixedArchitecture(stage, ctx.stages);
      if (!fixed) continue;
      const arch = ctx.target.arch;
      const ia32 = ia32Support(ctx.target, fixed.arch, arch);
      const verdict = !arch
        ? "the target's architecture is unknown"
        : arch === fixed.arch
          ? `✓ the target is ${arch}`
          : ia32
            ? IA32_VERDICT[ia32]
            : `✗ the target is ${arch}`;
      notes.push({
        range: fixed.range,
        markdown:
          `${fixed.what} fixes the CPU architecture to ${fixed.arch}. A container runs on the host's kernel and CPU: on a host of another ` +
          `architecture its programs, and this stage's RUN steps at build time, run only through the host kernel's binfmt_misc with QEMU ` +
          `user emulation, and fail with "exec format error" without it. Target: ${verdict}.\n\nSource: ${fixed.source ?? archNamespacesSource}; ${archEmulationSource}`,
      });
      // The RUN steps are where the build host's kernel must run the foreign programs: a reader hovering one
      // learns why it fails or crawls. Not when the target is of that architecture (it builds natively there), nor for
      // an amd64 pin on a target of unknown architecture: that pin usually keeps the build native, and the FROM card says the rest.
      if (arch === fixed.arch || (!arch && fixed.arch === 'amd64')) continue;
      // i386 on an x86-64 target that runs it natively: the step still rests on the kernel's IA-32 emulation.
      if (ia32 === 'native') {
        for (const range of runs.get(stage.index) ?? []) {
          notes.push({
            range,
            markdown:
              `This RUN step executes 386 programs at build time (${fixed.what}). ${IA32_VERDICT.native}; a kernel built without ` +
              `IA-32 emulation, or booted with ia32_emulation=false, fails them with "exec format error" unless QEMU is registered ` +
              `through binfmt_misc.\n\nSource: ${compat32Source}`,
          });
        }
        continue;
      }
      for (const range of runs.get(stage.index) ?? []) {
        notes.push({
          range,
          markdown:
            `This RUN step executes ${fixed.arch} programs at build time (${fixed.what}). On a build host of another architecture the ` +
            `host kernel runs them through binfmt_misc with a registered QEMU user emulator (much slower); without one the step ` +
            `fails with "exec format error".${compat32(fixed.arch)}\n\nSource: ${archEmulationSource}${fixed.arch === '386' || fixed.arch.startsWith('arm/') ? `; ${compat32Source}` : ''}`,
        });
      }
    }
    return notes;
  },
};

/** The keywords of each stage's instructions (its FROM excluded), in one pass over the document. */
function stageKeywords(ctx: RuleContext): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const b of ctx.model.instructions) {
    const stage = ctx.stageAt(b.startLine);
    if (!stage || b.startLine === stage.block.startLine) continue;
    const set = out.get(stage.index) ?? new Set<string>();
    set.add(b.parsed.keyword);
    out.set(stage.index, set);
  }
  return out;
}

/** 32-bit programs also run natively on a 64-bit kernel of their family that has compat support built in. */
function compat32(arch: Arch): string {
  if (arch === '386')
    return ' An x86-64 kernel runs them natively instead when built with IA-32 emulation (CONFIG_IA32_EMULATION, not switched off).';
  if (arch.startsWith('arm/'))
    return ' An arm64 kernel runs them natively instead when built with CONFIG_COMPAT, on CPUs that keep 32-bit mode.';
  return '';
}

/**
 * i386 programs on an x86-64 target: its kernel runs them itself when built with IA-32 emulation and not booted with it
 * off (CONFIG_IA32_EMULATION_DEFAULT_DISABLED makes off the default). Judged by the target's kernel config only:
 * without one the answer is 'unknown', which draws no warning (the distribution kernels read all have it; say less).
 * Undefined when the pair is not i386 on x86-64.
 */
function ia32Support(target: TargetHost, imageArch: Arch, targetArch: Arch | undefined): Ia32Support | undefined {
  if (imageArch !== '386' || targetArch !== 'amd64') return undefined;
  const built = configState(target, 'IA32_EMULATION');
  if (built === 'unknown') return 'unknown';
  if (built === 'off') return 'absent';
  return configState(target, 'IA32_EMULATION_DEFAULT_DISABLED') === 'builtin' ? 'off-by-default' : 'native';
}

type Ia32Support = 'native' | 'absent' | 'off-by-default' | 'unknown';

const IA32_VERDICT: Record<Ia32Support, string> = {
  native: '✓ the target is amd64 and its kernel runs i386 programs natively (CONFIG_IA32_EMULATION=y in its kernel config)',
  unknown:
    "the target is amd64: its kernel runs i386 programs natively if built with IA-32 emulation (the target's kernel config is not known)",
  absent: '✗ the target is amd64 and its kernel config has no IA-32 emulation (CONFIG_IA32_EMULATION is not set)',
  'off-by-default':
    '✗ the target is amd64 and its kernel has IA-32 emulation off by default (CONFIG_IA32_EMULATION_DEFAULT_DISABLED=y: boot with ia32_emulation=true)',
};

/** The RUN keyword of each stage's RUN steps, by stage. */
function runKeywordRanges(ctx: RuleContext): Map<number, Range[]> {
  const out = new Map<number, Range[]>();
  for (const b of ctx.model.instructions) {
    if (b.parsed.keyword !== 'RUN') continue;
    const stage = ctx.stageAt(b.startLine);
    const line = ctx.model.lines[b.startLine];
    if (!stage || line === undefined) continue;
    const start = line.search(/\S/);
    if (start < 0) continue;
    const list = out.get(stage.index) ?? [];
    list.push({ start: { line: b.startLine, character: start }, end: { line: b.startLine, character: start + 3 } });
    out.set(stage.index, list);
  }
  return out;
}

function runsPrograms(ctx: RuleContext, stage: StageInfo, keywords: ReadonlySet<string> = new Set()): boolean {
  if (keywords.has('RUN')) return true;
  const last = stage.index === ctx.stages.length - 1;
  return last && (stage.name === undefined || keywords.has('CMD') || keywords.has('ENTRYPOINT'));
}

/** The architecture a FROM line fixes, by a literal `--platform` or a per-architecture repository, and where it says so. */
function fixedArchitecture(
  stage: StageInfo,
  stages: readonly StageInfo[] = [],
): { arch: Arch; what: string; range: Range; source?: string } | undefined {
  const p = stage.platform;
  if (p && !usesBuildPlatformVariable(p.text) && p.resolved !== undefined) {
    const parsed = parsePlatform(p.resolved);
    return parsed?.os === 'linux' ? { arch: parsed.arch, what: `\`--platform=${p.resolved}\``, range: p.range } : undefined;
  }
  // `FROM base-s390x AS build` starts from the earlier stage's image: its architecture is that stage's (stages only name
  // earlier stages, so the walk ends).
  if (stage.base.kind === 'stage') {
    const parent = stages[stage.base.stageIndex];
    const inherited = parent && parent.index < stage.index ? fixedArchitecture(parent, stages) : undefined;
    if (!inherited || !stage.imageRange) return undefined;
    return { ...inherited, what: `stage \`${parent.name ?? parent.index}\` (from ${inherited.what})`, range: stage.imageRange };
  }
  if (stage.base.kind !== 'image' || !stage.imageRange) return undefined;
  const [namespace, ...rest] = stage.base.ref.path.split('/');
  // Jupyter Docker Stacks (`quay.io/jupyter/base-notebook:aarch64-latest`) name the build in the tag, on Quay.io too.
  if (namespace === jupyterTagImages.namespace && rest.length === 1 && jupyterTagImages.registries.includes(stage.base.ref.registry))
    return tagPrefixArchitecture(
      stage,
      `${stage.base.ref.registry === 'docker.io' ? '' : stage.base.ref.registry + '/'}jupyter/${rest[0]}`,
      jupyterTagImages,
    );
  if (stage.base.ref.registry !== 'docker.io') return undefined;
  // The multiarch project's images (`multiarch/ubuntu-debootstrap:arm64-bionic`) and linuxserver.io's
  // (`lsiobase/nginx:arm64v8-3.10`) name the build in the tag.
  if (namespace === multiarchTagImages.namespace && rest.length === 1)
    return tagPrefixArchitecture(stage, `multiarch/${rest[0]}`, multiarchTagImages);
  if ((linuxserverTagImages.namespaces as readonly string[]).includes(namespace) && rest.length === 1) {
    return tagPrefixArchitecture(stage, `${namespace}/${rest[0]}`, linuxserverTagImages);
  }
  const prefixed =
    rest.length === 1 ? archRepositoryPrefixes.find((r) => r.namespace === namespace && rest[0].startsWith(r.prefix)) : undefined;
  if (prefixed) {
    return {
      arch: prefixed.arch,
      what: `\`${namespace}/${rest[0]}\` (an ${prefixed.arch} image)`,
      range: stage.imageRange,
      source: prefixed.source,
    };
  }
  if ((balenaArchImages.namespaces as readonly string[]).includes(namespace) && rest.length === 1)
    return balenaArchitecture(stage, namespace, rest[0]);
  const entry = archNamespaces.find((n) => n.namespace === namespace);
  if (entry?.os !== 'linux' || rest.length !== 1) return undefined;
  return {
    arch: entry.arch,
    what: `\`${namespace}/${rest[0]}\` (the ${entry.arch} build of \`${rest[0]}\`)`,
    range: stage.imageRange,
    source: entry.source,
  };
}

/** A tag whose first '-'-separated word names the architecture of the build, by the vendor's table. */
function tagPrefixArchitecture(
  stage: StageInfo,
  repository: string,
  table: { tagArchs: Readonly<Record<string, Arch>>; source: string },
): ReturnType<typeof fixedArchitecture> {
  const tag = stage.base.kind === 'image' ? (stage.base.ref.tag ?? '') : '';
  const prefix = tag.split('-')[0];
  const arch = Object.hasOwn(table.tagArchs, prefix) ? table.tagArchs[prefix] : undefined;
  if (!arch || !stage.imageRange) return undefined;
  return { arch, what: `\`${repository}:${tag}\` (the ${arch} build)`, range: stage.imageRange, source: table.source };
}

/** A balena base image: its repository name begins with its architecture or device type (balenaArchImages). */
function balenaArchitecture(stage: StageInfo, namespace: string, name: string): ReturnType<typeof fixedArchitecture> {
  const device = balenaArchImages.devices.find((d) => d.pattern.test(name));
  const prefix = name.split('-')[0];
  const arch = device?.arch ?? (Object.hasOwn(balenaArchImages.prefixes, prefix) ? balenaArchImages.prefixes[prefix] : undefined);
  if (!arch || !stage.imageRange) return undefined;
  return { arch, what: `\`${namespace}/${name}\` (balena's ${arch} image)`, range: stage.imageRange, source: balenaArchImages.source };
}

function usesBuildPlatformVariable(text: string): boolean {
  return buildPlatformVariables.some((v) => new RegExp(`\\$\\{?${v}\\b`).test(text));
}

function platformFinding(ctx: RuleContext, stage: StageInfo, targetArch: Arch): Finding | undefined {
  const p = stage.platform;
  if (!p || usesBuildPlatformVariable(p.text) || p.resolved === undefined) return undefined;
  const parsed = parsePlatform(p.resolved);
  if (parsed?.os !== 'linux' || parsed.arch === targetArch) return undefined;
  const ia32 = ia32Support(ctx.target, parsed.arch, targetArch);
  if (ia32 === 'native' || ia32 === 'unknown') return undefined;
  return {
    ruleId: rule.id,
    severity: 'warning',
    range: p.range,
    message: message(
      `\`--platform=${p.resolved}\` pulls the ${parsed.arch} build of the image`,
      parsed.arch,
      targetArch,
      'Remove the flag to get the image built for the host, or set it to the target architecture',
      ia32,
    ),
    related: [targetRelated(ctx.target)],
    fixes: platformFixes(ctx, stage, targetArch),
  };
}

function namespaceFinding(ctx: RuleContext, stage: StageInfo, targetArch: Arch): Finding | undefined {
  if (stage.base.kind !== 'image' || !stage.imageRange) return undefined;
  const ref = stage.base.ref;
  if (ref.registry !== 'docker.io') return undefined;
  const [namespace, ...rest] = ref.path.split('/');
  if ((balenaArchImages.namespaces as readonly string[]).includes(namespace)) return balenaFinding(ctx, stage, targetArch);
  const entry = archNamespaces.find((n) => n.namespace === namespace);
  if (entry?.os !== 'linux' || rest.length !== 1 || entry.arch === targetArch) return undefined;
  const ia32 = ia32Support(ctx.target, entry.arch, targetArch);
  if (ia32 === 'native' || ia32 === 'unknown') return undefined;
  const official = rest[0];
  return {
    ruleId: rule.id,
    severity: 'warning',
    range: stage.imageRange,
    message: message(
      `\`${namespace}/${official}\` is an ${entry.arch}-only build`,
      entry.arch,
      targetArch,
      `It is the ${entry.arch} build of the official \`${official}\` image: use the multi-architecture \`${official}\` image, which pulls the build for the host`,
      ia32,
    ),
    related: [targetRelated(ctx.target)],
    // A digest names the per-architecture manifest: dropping the namespace would keep a digest that may not exist in the official repository.
    fixes: ref.digest ? [] : namespaceFix(stage, namespace),
  };
}

/** A balena base image built for another architecture than the target's (balenaArchitecture). */
function balenaFinding(ctx: RuleContext, stage: StageInfo, targetArch: Arch): Finding | undefined {
  const fixed = fixedArchitecture(stage);
  if (!fixed || fixed.arch === targetArch) return undefined;
  const ia32 = ia32Support(ctx.target, fixed.arch, targetArch);
  if (ia32 === 'native' || ia32 === 'unknown') return undefined;
  return {
    ruleId: rule.id,
    severity: 'warning',
    range: fixed.range,
    message: message(
      `${fixed.what} is built for ${fixed.arch} only`,
      fixed.arch,
      targetArch,
      "Use balena's image for the host's architecture or device type",
      ia32,
    ),
    related: [targetRelated(ctx.target)],
    fixes: [],
  };
}

function message(what: string, imageArch: Arch, targetArch: Arch, instead: string, ia32?: Ia32Support): string {
  const compat =
    ia32 === 'absent'
      ? "An x86-64 kernel runs i386 programs natively only with IA-32 emulation, which the target kernel's config leaves out. "
      : ia32 === 'off-by-default'
        ? 'The target kernel has IA-32 emulation off by default (CONFIG_IA32_EMULATION_DEFAULT_DISABLED=y): i386 programs run natively only when it is booted with ia32_emulation=true. '
        : '';
  return (
    `${what}, but the target host is ${targetArch}. ${compat}A container runs on the host's kernel and CPU: ` +
    `${imageArch} programs run there only through binfmt_misc/QEMU user emulation (much slower), and without it they fail with "exec format error". ` +
    `${instead}.`
  );
}

/** Set --platform to the target's architecture, or remove the flag: two choices, neither preferred. */
function platformFixes(ctx: RuleContext, stage: StageInfo, targetArch: Arch): Fix[] {
  const p = stage.platform!;
  const fixes: Fix[] = [
    { title: `Set --platform=linux/${targetArch}`, kind: 'quickfix', edits: [{ range: p.range, newText: `linux/${targetArch}` }] },
  ];
  const whole = flagRangeWithSpace(ctx, stage);
  if (whole)
    fixes.push({ title: 'Remove --platform (use the host architecture)', kind: 'quickfix', edits: [{ range: whole, newText: '' }] });
  return fixes;
}

/** The whole `--platform=…` flag plus the whitespace after it, on one line. */
function flagRangeWithSpace(ctx: RuleContext, stage: StageInfo): Range | undefined {
  const p = stage.platform!;
  const line = ctx.model.lines[p.range.start.line];
  if (line === undefined || p.range.start.line !== p.range.end.line) return undefined;
  const start = line.lastIndexOf('--', p.range.start.character);
  if (start < 0 || !/^--platform\s*=\s*$/i.test(line.slice(start, p.range.start.character))) return undefined;
  let end = p.range.end.character;
  while (end < line.length && (line[end] === ' ' || line[end] === '\t')) end++;
  if (end === line.length) return undefined; // the image is on a continuation line: leave the layout alone
  return { start: { line: p.range.start.line, character: start }, end: { line: p.range.start.line, character: end } };
}

/** `arm64v8/ubuntu:22.04` → `ubuntu:22.04` (the same image for every architecture). */
function namespaceFix(stage: StageInfo, namespace: string): Fix[] {
  const written = stage.imageText;
  if (written.includes('$') || !stage.imageRange) return [];
  const prefix = written.toLowerCase().startsWith('docker.io/') ? written.slice(0, 'docker.io/'.length) : '';
  const rest = written.slice(prefix.length);
  if (!rest.startsWith(`${namespace}/`)) return [];
  const newText = prefix + rest.slice(namespace.length + 1);
  if (!parseImageRef(newText).ok) return [];
  return [
    { title: `Use ${newText} (multi-architecture)`, kind: 'quickfix', edits: [{ range: stage.imageRange, newText }], isPreferred: true },
  ];
}
