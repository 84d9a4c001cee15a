/**
 * systemd-init: systemd (or /sbin/init) as the container's PID 1. An init system manages a whole
 * machine: it needs cgroup mounts from the host, usually extra privileges, and its version must
 * understand the host's cgroup hierarchy — systemd older than the version in the facts table
 * cannot start on a cgroup v2 host (CentOS 7's systemd 219).
 */
import type { Argument, JSONArgument } from 'dockerfile-ast';
import { astRangeToAbsolute, type InstructionBlock } from '../../document';
import type { StageInfo } from '../../stages';
import type { Finding, Range, RelatedInformation } from '../../types';
import type { Rule, RuleContext } from '../types';
import {
  initPrograms,
  systemdCgroupV2,
  systemdDefaultImages,
  systemdManagerOptions,
  systemdSwitchImages,
} from '../../../knowledge/runtimeFacts';
import type { DistroRelease, InitInfo } from '../../../knowledge/types';
import { compareDotted, fromRelated, imageRepository, isVersion, targetRelated } from '../shared/baseImage';
import type { HoverNote } from '../types';
import { cgroupLine, machineFindings, machineNotes, machinePasses } from './machine';
import { rcLocalNotes } from './rcLocal';
import { envSwitchesIn, isBootableAt } from '../shared/stage';
import { startScriptCommands, startScriptRelated } from '../shared/startScripts';
import { perDocument, type DocumentContext } from '../shared/memo';
import { copyLastArgument } from '../shared/copyArguments';
import type { ShellCommand } from '../../shell/types';

/** Words a shell-form command may start with before the program itself. */
const SHELL_PREFIXES = new Set(['exec']);
/** Shells, whose exec-form arguments are a `-c` script or a script path, read as commands elsewhere. */
const SHELL_NAMES = /(^|\/)(sh|bash|ash|dash|zsh|ksh)$/;

interface InitUse {
  range: Range;
  program: string;
  instruction: 'CMD' | 'ENTRYPOINT' | 'image default';
  stage: StageInfo;
  /** Where a start script read from the build context does it (related information). */
  inScript?: RelatedInformation[];
  /** Known from an option of systemd's own in CMD (this one), handed to the ENTRYPOINT: no init path is written. */
  option?: string;
  /** An ENV that switches on the systemd the image's entry point starts (resin's INITSYSTEM): the source saying so. */
  switchSource?: string;
  /** The init path `program` is a link to or copy of, made by a RUN of this file (`ln /usr/sbin/init /usr/sbin/dind_init`). */
  linkOf?: string;
}

export const rule: Rule = {
  id: 'systemd-init',
  defaultSeverity: 'warning',
  summary:
    "systemd or /sbin/init as PID 1: needs the host's cgroups, privileges, and a systemd that understands the host's cgroup version.",
  check(ctx) {
    const out = initUses(ctx)
      .filter((use) => !isBootableAt(ctx, use.stage.block.startLine)) // a bootable container boots systemd as a machine's init: the point
      .filter((use) => !(otherInitName(releaseOf(use.stage)) && runMountDisabled(ctx, use.stage))) // OpenRC with its only mount removed: hover says so
      .map((use) => finding(ctx, use));
    const withInit = new Set(initUses(ctx).map((u) => u.stage.index));
    for (const f of machineFindings(ctx, withInit)) out.push(f);
    return out;
  },
  // What check reads, each a pass over every command: in a big document each a step of its own.
  passes: [(ctx) => initLinks(ctx), (ctx) => startCommandIndex(ctx), (ctx) => initUses(ctx), ...machinePasses],
  notes(ctx) {
    const out: HoverNote[] = initUses(ctx).map((use) => ({ range: use.range, markdown: initNote(ctx, use) }));
    for (const n of machineNotes(ctx)) out.push(n);
    const withInit = new Set(initUses(ctx).map((u) => u.stage.index));
    for (const n of rcLocalNotes(ctx, withInit, programOf, cgroupLine(ctx))) out.push(n);
    return out;
  },
};

function initNote(ctx: RuleContext, use: InitUse): string {
  const release = releaseOf(use.stage);
  const cgroup = ctx.target.cgroup;
  const tooOld = systemdTooOldForV2(release);
  if (isBootableAt(ctx, use.stage.block.startLine)) {
    return `**${use.program}**: systemd as the init of a bootable container (bootc / ostree) — the machine that boots this image runs it as PID 1; nothing to fix.`;
  }
  const program = use.linkOf ?? use.program;
  const systemdProgram = initPrograms.some((p) => p.path === program && p.init === 'systemd');
  const other = systemdProgram ? undefined : otherInitName(release);
  if (other && runMountDisabled(ctx, use.stage)) {
    return `**${use.program}** as PID 1 runs ${other} as the container's init. Its boot script would mount a tmpfs on /run, but a RUN of this stage comments that mount out (sed on init.sh): nothing to report.`;
  }
  if (other) {
    return `**${use.program}** as PID 1 runs ${other} as the container's init. ${OTHER_INIT_TEXT}\n\nWhat to do: run the service itself as PID 1.`;
  }
  const verdict =
    cgroup === 2
      ? tooOld === true
        ? `✗ the target uses cgroup v2 and ${systemdName(release)} needs v1`
        : tooOld === false
          ? '✓ the target uses cgroup v2, which this systemd supports'
          : "the target uses cgroup v2; this systemd's version is unknown"
      : cgroup === 1
        ? '✓ the target uses cgroup v1'
        : "the target's cgroup version is unknown";
  const community = use.instruction === 'image default' ? communitySystemdImage(use.stage) : undefined;
  const source = community
    ? `\n\nThis image's default command is systemd: ${community.source}`
    : use.switchSource
      ? `\n\nThis image's entry point starts systemd when this variable is on: ${use.switchSource}`
      : '';
  const via = use.option
    ? ` (\`${use.option}\` is an option of systemd itself: the CMD hands it to the ENTRYPOINT, which starts systemd)`
    : use.linkOf
      ? ` (a link to or copy of \`${use.linkOf}\` made by a RUN of this file)`
      : '';
  return `**${use.program}** as PID 1${via} runs ${systemdName(release)} as the container's init. Host kernel must provide: cgroups mounted for the container (v2 needs systemd ${systemdCgroupV2.minSystemd}+), and the runtime usually must allow mounts (--privileged or CAP_SYS_ADMIN; Podman's --systemd=always handles it). Target: ${verdict}.\n\nWhat to do: run the service itself as PID 1, or use a runtime mode made for systemd (podman run --systemd=always).${source}`;
}

/** The effective CMD/ENTRYPOINT of each stage (the last of each kind) when it starts an init system (once per analysis: check and notes read it). */
const initUses = perDocument((ctx: DocumentContext): InitUse[] => initUsesOf(ctx));

function initUsesOf(ctx: DocumentContext): InitUse[] {
  const uses: InitUse[] = [];
  // One pass over the instructions: the last CMD and ENTRYPOINT of each stage.
  const lastCmds = new Map<number, InstructionBlock>();
  const lastEntrypoints = new Map<number, InstructionBlock>();
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if (kw !== 'CMD' && kw !== 'ENTRYPOINT') continue;
    const stage = ctx.stageAt(block.startLine);
    if (!stage || block.startLine <= stage.block.startLine) continue;
    (kw === 'CMD' ? lastCmds : lastEntrypoints).set(stage.index, block);
  }
  for (const stage of ctx.stages) {
    const lastCmd = lastCmds.get(stage.index);
    const lastEntrypoint = lastEntrypoints.get(stage.index);
    for (const [block, kw] of [
      [lastEntrypoint, 'ENTRYPOINT'],
      [lastCmd, 'CMD'],
    ] as const) {
      if (!block) continue;
      const prog = programOf(block);
      if (prog && isInit(prog.program)) {
        uses.push({ ...prog, instruction: kw, stage });
        continue;
      }
      // `RUN ln /usr/sbin/init /usr/sbin/dind_init` then `CMD ["/usr/sbin/dind_init"]`: the same program under another name.
      const linkOf = prog && initLinks(ctx).get(stage.index)?.get(prog.program);
      if (prog && linkOf) {
        uses.push({ ...prog, instruction: kw, stage, linkOf });
        continue;
      }
      // `ENTRYPOINT ["/usr/local/bin/entrypoint", "/sbin/init"]` (kind's node image): a wrapper that sets up
      // and then execs its arguments. Only an absolute init path counts: a bare `init` after a program is
      // its subcommand (`terraform init`).
      const wrapped = wrappedInitOf(block);
      if (wrapped) {
        uses.push({ ...wrapped, instruction: kw, stage });
        continue;
      }
      // `CMD ["--default-standard-output=journal+console"]`: options only systemd takes, handed to the ENTRYPOINT.
      const options = kw === 'CMD' ? systemdOptionsOf(block) : undefined;
      if (options) {
        uses.push({ ...options, instruction: kw, stage });
        continue;
      }
      // `sh -c "… exec /sbin/init"`, or a start script written by the Dockerfile that ends in `exec /usr/sbin/init`.
      const inner = commandsIn(ctx, block).find((c) => c.nameWord.value !== undefined && isInit(c.nameWord.value));
      if (inner)
        uses.push({
          range: inner.nameWord.range,
          program: inner.nameWord.value!,
          instruction: kw,
          stage,
          inScript: startScriptRelated(inner),
        });
    }
    // An image whose own default command is the init system (ubi-init, jrei/systemd-ubuntu), used as is.
    if (!lastCmd && !lastEntrypoint && stage.index === ctx.stages.length - 1 && stage.imageRange && defaultsToSystemd(stage)) {
      uses.push({ range: stage.imageRange, program: 'systemd', instruction: 'image default', stage });
    }
    if (!lastEntrypoint) uses.push(...switchedOnUses(ctx, stage));
  }
  // A Dockerfile that puts its own program at the init path (`ADD ./init-haproxy /sbin/init`) runs that
  // program, not an init system.
  const replaced = replacedInitPaths(ctx);
  // The stage's start scripts are searched for both its ENTRYPOINT and its CMD: one init found there is one use.
  const seen = new Set<string>();
  return uses.filter((u) => {
    const key = `${u.range.start.line}:${u.range.start.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !replaced.get(u.stage.index)?.has(u.program);
  });
}

/**
 * Links and copies of an init program a stage's RUN steps make (its chain included): `ln [-s] INIT DEST` or
 * `cp INIT DEST` (coreutils ln(1), cp(1): with two operands the second is the new name; a DEST ending in `/`
 * is a directory that gets INIT's base name). Only absolute paths count, as the start command names them.
 */
const initLinks = perDocument((ctx: DocumentContext): Map<number, Map<string, string>> => {
  const own = new Map<number, Map<string, string>>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || (c.name !== 'ln' && c.name !== 'cp')) continue;
    const operands = c.args.filter((a) => !a.raw.startsWith('-')).map((a) => a.value);
    const [src, dest] = operands;
    if (operands.length !== 2 || !src?.startsWith('/') || !dest?.startsWith('/') || !isInit(src)) continue;
    const index = ctx.stageAt(c.block.startLine)?.index;
    if (index === undefined) continue;
    const links = own.get(index) ?? new Map<string, string>();
    links.set(dest.endsWith('/') ? dest + src.slice(src.lastIndexOf('/') + 1) : dest, src);
    own.set(index, links);
  }
  const out = new Map<number, Map<string, string>>();
  if (own.size === 0) return out;
  for (const s of ctx.stages) {
    const links = new Map<string, string>();
    for (const i of [...s.chain, s.index]) for (const [dest, src] of own.get(i) ?? []) links.set(dest, src);
    if (links.size > 0) out.set(s.index, links);
  }
  return out;
});

/** COPY/ADD destinations per stage (its chain included): a program there replaces the image's file. */
function replacedInitPaths(ctx: DocumentContext): Map<number, Set<string>> {
  const own = new Map<number, Set<string>>();
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const last = copyLastArgument(block);
    const stage = ctx.stageAt(block.startLine);
    if (!last || !stage) continue;
    const dest = last.value.replace(/^\[?\s*"?|"?\s*,?\]?$/g, '');
    if (!isInit(dest)) continue;
    const set = own.get(stage.index) ?? new Set<string>();
    set.add(dest);
    own.set(stage.index, set);
  }
  const out = new Map<number, Set<string>>();
  if (own.size === 0) return out;
  for (const s of ctx.stages) {
    const set = new Set<string>();
    for (const i of [...s.chain, s.index]) for (const p of own.get(i) ?? []) set.add(p);
    if (set.size > 0) out.set(s.index, set);
  }
  return out;
}

/**
 * Start-phase commands by their block's first line (not the block object: a model built again from
 * the text keeps an unchanged instruction's commands from the block cache, naming the previous
 * model's block), and start-script commands by stage (one pass each per analysis).
 */
const startCommandIndex = perDocument((ctx: DocumentContext) => {
  const byBlock = new Map<number, ShellCommand[]>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start') continue;
    const list = byBlock.get(c.block.startLine);
    if (list) list.push(c);
    else byBlock.set(c.block.startLine, [c]);
  }
  const scriptsByStage = new Map<number, ShellCommand[]>();
  for (const c of startScriptCommands(ctx)) {
    const index = ctx.stageAt(c.block.startLine)?.index ?? -1;
    const list = scriptsByStage.get(index);
    if (list) list.push(c);
    else scriptsByStage.set(index, [c]);
  }
  return { byBlock, scriptsByStage };
});

/** Commands of a CMD/ENTRYPOINT block, then of start scripts of its stage (those are placed on their RUN/COPY block). */
function commandsIn(ctx: DocumentContext, block: InstructionBlock): ShellCommand[] {
  const index = startCommandIndex(ctx);
  const stage = ctx.stageAt(block.startLine);
  return [...(index.byBlock.get(block.startLine) ?? []), ...(index.scriptsByStage.get(stage?.index ?? -1) ?? [])];
}

type CommandAst = { getJSONStrings?: () => JSONArgument[]; getArguments: () => Argument[] };

/** The JSON strings of an exec-form CMD/ENTRYPOINT (none in shell form). */
function execStrings(block: InstructionBlock): JSONArgument[] {
  const ast = block.parsed.ast as unknown as CommandAst | undefined;
  return ast && typeof ast.getJSONStrings === 'function' ? ast.getJSONStrings() : [];
}

/** First word of the command: the first JSON string (exec form) or the first shell word after `exec`. */
function programOf(block: InstructionBlock): { program: string; range: Range } | undefined {
  const ast = block.parsed.ast as unknown as CommandAst | undefined;
  if (!ast) return undefined;
  const json = execStrings(block);
  if (json.length > 0) {
    return { program: json[0].getJSONValue(), range: astRangeToAbsolute(block, json[0].getJSONRange()) };
  }
  const args = ast.getArguments();
  let i = 0;
  while (i < args.length && SHELL_PREFIXES.has(args[i].getValue())) i++;
  const word = args[i];
  if (!word) return undefined;
  const value = word.getValue().replace(/^(["'])(.*)\1$/, '$2');
  return { program: value, range: astRangeToAbsolute(block, word.getRange()) };
}

/** An absolute init path given as an exec-form argument of another program (not of a shell's `-c`). */
function wrappedInitOf(block: InstructionBlock): { program: string; range: Range } | undefined {
  const json = execStrings(block);
  if (json.length < 2 || SHELL_NAMES.test(json[0].getJSONValue())) return undefined;
  const arg = json.slice(1).find((a) => a.getJSONValue().startsWith('/') && isInit(a.getJSONValue()));
  return arg && { program: arg.getJSONValue(), range: astRangeToAbsolute(block, arg.getJSONRange()) };
}

/**
 * An exec-form CMD whose first argument is an option only systemd takes (systemdManagerOptions): the CMD is the
 * argument list of the ENTRYPOINT (a wrapper script that ends in `exec /lib/systemd/systemd "$@"`), so systemd
 * is PID 1 even though no init path is written.
 */
function systemdOptionsOf(block: InstructionBlock): { program: string; range: Range; option: string } | undefined {
  const first = execStrings(block)[0];
  if (!first || !systemdManagerOptions.pattern.test(first.getJSONValue())) return undefined;
  return { program: 'systemd', range: astRangeToAbsolute(block, first.getJSONRange()), option: first.getJSONValue() };
}

/**
 * Whether the stage's base image starts systemd by default: init variants (ubi-init, almalinux …-init
 * start /sbin/init, which is systemd on these distributions) and community systemd images.
 */
function defaultsToSystemd(stage: StageInfo): boolean {
  const release = releaseOf(stage);
  const variant = stage.root.kind === 'image' && stage.root.lookup.kind === 'known' ? stage.root.lookup.identity.variant : undefined;
  if (variant !== undefined && /(^|-)init$/.test(variant) && (release?.init === undefined || release.init.kind === 'systemd')) return true;
  return communitySystemdImage(stage) !== undefined;
}

/** `ENV INITSYSTEM on` in a stage on a resin/ image that keeps its entry point: that entry point execs /sbin/init. */
function switchedOnUses(ctx: DocumentContext, stage: StageInfo): InitUse[] {
  const repository = imageRepository(stage.substitution.text ?? '');
  const image = repository === undefined ? undefined : systemdSwitchImages.find((i) => i.repository.test(repository));
  if (!image) return [];
  return envSwitchesIn(ctx, stage, image.env, image.on).map(({ range }) => ({
    range,
    program: 'systemd',
    instruction: 'image default',
    stage,
    switchSource: image.source,
  }));
}

/** The community systemd image (and its source) the stage starts from, if any. */
function communitySystemdImage(stage: StageInfo): (typeof systemdDefaultImages)[number] | undefined {
  const repository = imageRepository(stage.substitution.text ?? '');
  return repository === undefined ? undefined : systemdDefaultImages.find((i) => i.repository.test(repository));
}

function isInit(program: string): boolean {
  return initPrograms.some((p) => p.path === program);
}

function releaseOf(stage: StageInfo): DistroRelease | undefined {
  return stage.root.kind === 'image' && stage.root.lookup.kind === 'known' ? stage.root.lookup.identity.release : undefined;
}

/** Whether the image's systemd is known to be too old for cgroup v2: true / false / undefined (unknown). */
function systemdTooOldForV2(release: DistroRelease | undefined): boolean | undefined {
  const init = release?.init;
  if (init?.kind !== 'systemd' || !isVersion(init.version)) return undefined;
  return compareDotted(init.version, systemdCgroupV2.minSystemd) < 0;
}

function systemdName(release: DistroRelease | undefined): string {
  const init = release?.init;
  if (init?.kind === 'systemd') return `systemd${init.version ? ` ${init.version}` : ''} (${release!.label})`;
  return 'the init system';
}

/** Init kinds the release table may name whose boot needs are verified here (OpenRC's init.sh); others keep the generic text. */
const OTHER_INIT_NAMES: Partial<Record<InitInfo['kind'], string>> = { openrc: 'OpenRC' };

/**
 * The image's init when the release table knows it is OpenRC (Alpine's /sbin/init is busybox init running
 * `openrc sysinit`): its init.sh mounts a tmpfs on /run and stops ("Unable to mount tmpfs on /run. Can't continue.")
 * when it cannot, but it neither needs the host's cgroup hierarchy nor has a systemd version.
 */
function otherInitName(release: DistroRelease | undefined): string | undefined {
  const name = release?.init ? OTHER_INIT_NAMES[release.init.kind] : undefined;
  return name ? `${name} (${release!.label})` : undefined;
}

const OTHER_INIT_TEXT =
  "Its boot script mounts a tmpfs on /run, which a container may do only with extra privileges (--privileged or CAP_SYS_ADMIN) unless it is run with `--tmpfs /run`; it runs on the host's kernel, whatever the image's distribution ships.";

/** OpenRC's /run mount commented out by a RUN of the stage (`sed -i 's/mount -t tmpfs/# mount -t tmpfs/g' …/rc/sh/init.sh`). */
function runMountDisabled(ctx: RuleContext, stage: StageInfo): boolean {
  return ctx
    .commands()
    .some(
      (c) =>
        c.phase === 'build' &&
        c.name === 'sed' &&
        ctx.stageAt(c.block.startLine)?.index === stage.index &&
        c.args.some((a) => /\/rc\/sh\/init\.sh$/.test(a.value ?? a.raw)) &&
        c.args.some((a) => /#\s*mount -t tmpfs/.test(a.value ?? a.raw)),
    );
}

function finding(ctx: RuleContext, use: InitUse): Finding {
  const release = releaseOf(use.stage);
  const cgroup = ctx.target.cgroup;
  const tooOld = systemdTooOldForV2(release);
  const related: RelatedInformation[] = [];
  if (use.instruction !== 'image default') related.push(fromRelated(use.stage));
  for (const r of use.inScript ?? []) if (r.file !== undefined) related.push(r);
  const who = use.instruction === 'image default' ? "This image's default command" : `\`${use.program}\``;
  // Only say "systemd" when it is: /sbin/init is OpenRC or busybox init on Alpine.
  const program = use.linkOf ?? use.program;
  const isSystemd = release?.init?.kind === 'systemd' || initPrograms.some((p) => p.path === program && p.init === 'systemd');
  const initWord = isSystemd ? 'systemd' : 'an init system';
  const other = isSystemd ? undefined : otherInitName(release);
  const headline =
    cgroup === 2 && tooOld === true
      ? `${who} starts systemd as PID 1, and this systemd cannot run on the target's cgroup v2.`
      : other
        ? `${who} starts ${other} as PID 1: it mounts /run, which needs extra privileges.`
        : `${who} starts ${initWord} as PID 1: it needs the host's cgroups and extra privileges.`;
  const where =
    use.instruction === 'image default'
      ? `This image starts ${systemdName(release)} as PID 1 by default`
      : `\`${use.program}\`${use.linkOf ? ` (made from \`${use.linkOf}\` by a RUN of this file)` : ''} as PID 1 starts ${systemdName(release)}`;
  const base = other
    ? `${headline} ${where}: an init system expects a whole machine. ${OTHER_INIT_TEXT}`
    : `${headline} ${where}: an init system expects a whole machine. In a container it needs the host's cgroup hierarchy mounted (/sys/fs/cgroup), usually extra privileges (--privileged or CAP_SYS_ADMIN), and it runs on the host's kernel, whatever the image's distribution ships.`;
  const instead =
    'Run the service directly as PID 1 (its own foreground command), with a small init such as `docker run --init` if it spawns children.';
  // The cgroup-version facts below are systemd's: an image whose init is known to be another says nothing of them.
  if (other) return { ruleId: rule.id, severity: 'warning', range: use.range, message: `${base} ${instead}`, related, fixes: [] };
  let severity: Finding['severity'] = 'warning';
  let cgroupText: string;
  if (cgroup === 2 && tooOld === true) {
    severity = 'error';
    cgroupText = `The target uses cgroup v2, and systemd before ${systemdCgroupV2.minSystemd} does not support it: ${systemdCgroupV2.symptom}. Use a base image with systemd ${systemdCgroupV2.minSystemd} or newer, or a cgroup v1 host.`;
    related.push(targetRelated(ctx.target));
  } else if (cgroup === 2 && tooOld === undefined) {
    cgroupText = `The target uses cgroup v2: systemd needs version ${systemdCgroupV2.minSystemd} or newer for it, and this image's systemd version is not known.`;
    related.push(targetRelated(ctx.target));
  } else if (cgroup === undefined && tooOld === true) {
    cgroupText = `The target's cgroup version is unknown: on a cgroup v2 host this systemd (older than ${systemdCgroupV2.minSystemd}) cannot start at all.`;
  } else if (cgroup === undefined) {
    cgroupText = "The target's cgroup version is unknown.";
  } else {
    cgroupText = `The target uses cgroup v${cgroup}.`;
  }
  return { ruleId: rule.id, severity, range: use.range, message: `${base} ${cgroupText} ${instead}`, related, fixes: [] };
}
