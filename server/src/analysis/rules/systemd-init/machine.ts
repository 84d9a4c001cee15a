/**
 * The rest of "the image expects to be a machine": systemctl during the build, systemd's stop
 * signal, the cgroup v1 mount pattern, fakesystemd swaps on CentOS 7, and cgroup v1 paths.
 * - `systemctl enable|disable|mask|unmask|preset|set-default` work offline (they create or remove
 *   symlinks under /etc/systemd): explained only.
 * - `systemctl start|stop|restart|reload…`, `enable --now`, `daemon-reload` talk to a running
 *   systemd (PID 1), which never runs during `docker build`: flagged, unless the Dockerfile puts
 *   its own `systemctl` in place (the docker-systemctl-replacement script does exactly that).
 *   The same verbs at container start are flagged only in stages whose PID 1 is not an init.
 * - cgroup v1 controller paths (/sys/fs/cgroup/memory/…) and `VOLUME /sys/fs/cgroup`: flagged only
 *   against a target known to use cgroup v2, where that layout does not exist.
 */
import type { Finding, Range } from '../../types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import type { HoverNote, RuleContext } from '../types';
import { code, fromRelated, targetRelated, targetWords } from '../shared/related';
import { perDocument, type DocumentContext } from '../shared/memo';
import { installOf } from '../../packages';
import { volumeRanges } from '../shared/instructionPaths';
import { startScriptCommands } from '../shared/startScripts';
import { scriptWordValue } from '../shared/stage';

const ID = 'systemd-init';
const OFFLINE_VERBS = new Set([
  'enable',
  'disable',
  'mask',
  'unmask',
  'preset',
  'preset-all',
  'set-default',
  'add-wants',
  'add-requires',
  'link',
  'revert',
]);
const RUNNING_VERBS = new Set([
  'start',
  'stop',
  'restart',
  'reload',
  'try-restart',
  'reload-or-restart',
  'try-reload-or-restart',
  'daemon-reload',
  'daemon-reexec',
  'isolate',
  'kill',
]);
/** Options that make systemctl act on something other than the system manager (offline root, user manager, another host). */
const ELSEWHERE = /^(--root(=|$)|--image(=|$)|--user$|--global$|-H$|--host(=|$)|-M$|--machine(=|$)|--offline$)/;
/** cgroup v1 controller hierarchies (one directory per controller under /sys/fs/cgroup). */
const CGROUP_V1_PATH =
  /^\/sys\/fs\/cgroup\/(memory|cpu|cpuacct|cpu,cpuacct|cpuacct,cpu|cpuset|blkio|devices|freezer|net_cls|net_prio|net_cls,net_prio|pids|hugetlb|perf_event|rdma|systemd)(\/|$)/;
const CGROUP_V1_FILE = /\b(memory\.limit_in_bytes|memory\.usage_in_bytes|cpu\.cfs_quota_us|cpu\.cfs_period_us|cpu\.shares)$/;

export interface SystemctlUse {
  command: ShellCommand;
  verb: string;
  verbWord: ShellWord;
  running: boolean;
}

/** The Dockerfile installs its own `systemctl` (e.g. docker-systemctl-replacement): build-time calls then work. */
function replacesSystemctl(ctx: DocumentContext): boolean {
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if ((kw === 'COPY' || kw === 'ADD') && /systemctl(\.py|3\.py)?\b/.test(block.parsed.text)) return true;
  }
  return false;
}

const systemctlUses = perDocument((ctx: DocumentContext): readonly SystemctlUse[] => {
  const out: SystemctlUse[] = [];
  const replaced = replacesSystemctl(ctx);
  // Build time, and container start (CMD/ENTRYPOINT and the start scripts the Dockerfile writes).
  for (let ci = 0, cs = ctx.commands(), scripts = startScriptCommands(ctx); ci < cs.length + scripts.length; ci++) {
    // Both lists without a copy of them (every command at every keystroke).
    const c = ci < cs.length ? cs[ci] : scripts[ci - cs.length];
    if (c.name !== 'systemctl' || c.instruction === 'HEALTHCHECK') continue;
    const values = c.args.map((a) => a.value ?? a.raw);
    if (values.some((v) => ELSEWHERE.test(v))) continue;
    const i = values.findIndex((v) => !v.startsWith('-'));
    if (i < 0) continue;
    const verb = values[i];
    const now = values.includes('--now');
    const running = !replaced && (RUNNING_VERBS.has(verb) || (now && OFFLINE_VERBS.has(verb)));
    if (!running && !OFFLINE_VERBS.has(verb)) continue;
    out.push({ command: c, verb, verbWord: c.args[i], running });
  }
  return out;
});

interface CgroupPath {
  word: ShellWord;
  command: ShellCommand;
  /** The same instruction also reads cgroup v2 files: it handles both layouts (not flagged). */
  handlesV2: boolean;
}

const V2_MARKERS = /\b(memory\.max|memory\.current|cpu\.max|cgroup\.controllers|cgroup2)\b/;

/** Words naming cgroup v1 paths in any command (build or start, start scripts included). */
const cgroupV1Paths = perDocument((ctx: DocumentContext): readonly CgroupPath[] => {
  const out: CgroupPath[] = [];
  const add = (w: ShellWord, c: ShellCommand) => {
    if (isV1(w)) out.push({ word: w, command: c, handlesV2: V2_MARKERS.test(c.block.parsed.text) });
  };
  // Both lists, each command's arguments then its redirect targets, without copying any of them: this ran over
  // every command at every keystroke and made two or three arrays per command.
  for (let ci = 0, cs = ctx.commands(), scripts = startScriptCommands(ctx); ci < cs.length + scripts.length; ci++) {
    const c = ci < cs.length ? cs[ci] : scripts[ci - cs.length];
    // (An echo's arguments are text; only where it writes is a path use.)
    if (c.name !== 'echo' && c.name !== 'printf') for (let j = 0; j < c.args.length; j++) add(c.args[j], c);
    for (let j = 0; j < c.redirects.length; j++) add(c.redirects[j].target, c);
  }
  return out;
});

function isV1(w: ShellWord): boolean {
  const v = w.value ?? w.raw.replace(/^(["'])(.*)\1$/, '$2');
  return CGROUP_V1_PATH.test(v) || (v.startsWith('/sys/fs/cgroup/') && CGROUP_V1_FILE.test(v));
}

const cgroupVolumes = (ctx: DocumentContext): Range[] => volumeRanges(ctx, /\/sys\/fs\/cgroup\b/);

/** STOPSIGNAL SIGRTMIN+3 (systemd's "halt" signal), by range of the signal word. */
function stopSignals(ctx: DocumentContext): Range[] {
  const out: Range[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'STOPSIGNAL') continue;
    const line = ctx.model.lines[block.startLine] ?? '';
    const m = /\b(SIGRTMIN\+3|RTMIN\+3|37)\b/.exec(line.replace(/^(\s*STOPSIGNAL\s)/i, (s) => ' '.repeat(s.length)));
    if (m)
      out.push({ start: { line: block.startLine, character: m.index }, end: { line: block.startLine, character: m.index + m[0].length } });
  }
  return out;
}

/** Packages that are an init system (Debian `init`/`systemd-sysv` make systemd /sbin/init). */
const INIT_PACKAGES = new Set(['systemd', 'systemd-sysv', 'init', 'openrc', 'sysvinit-core', 'runit-init']);
const LIBCGROUP_TOOLS = new Set(['cgcreate', 'cgset', 'cgexec', 'cgclassify', 'cgdelete', 'cgget']);
const UNIT_DIR = /^\/(usr\/)?(lib|etc)\/systemd\/system\/?$/;
const UNIT_WANTS = /^\/(usr\/)?(lib|etc)\/systemd\/system\/[^\s]*\.wants(\/|$)/;
/** A unit file of the machine-only kind (udev, getty) that images for systemd as PID 1 delete: `rm -f /lib/systemd/system/systemd*udev*`. */
const UNIT_TRIM = /^\/(usr\/)?(lib|etc)\/systemd\/system\/[^\s/]*(udev|getty)[^\s/]*$/;

/** `ENV container=docker` / `ENV container docker` (what systemd-in-Docker images set): the name's range. */
function containerEnv(ctx: DocumentContext): Range[] {
  const out: Range[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'ENV') continue;
    const line = ctx.model.lines[block.startLine] ?? '';
    const m = /^(\s*ENV\s+)(container)(=|\s+)(\S+)/i.exec(line);
    if (m)
      out.push({
        start: { line: block.startLine, character: m[1].length },
        end: { line: block.startLine, character: m[1].length + m[2].length },
      });
  }
  return out;
}

/** `yum swap fakesystemd systemd`, `yum swap -- remove fakesystemd -- install systemd …`. */
function fakesystemdSwaps(ctx: DocumentContext): ShellWord[] {
  const out: ShellWord[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.name !== 'yum' && c.name !== 'dnf') continue;
    if (!c.args.some((a) => a.value === 'swap')) continue;
    const w = c.args.find((a) => a.value === 'fakesystemd');
    if (w) out.push(w);
  }
  return out;
}

/**
 * The command is followed by `|| true` or `|| :` on its own line: whatever it returns, the step goes on. Read from the
 * text after the command (the shell layer keeps no list structure); a continuation backslash or `)` may follow.
 */
function failureIgnored(ctx: DocumentContext, c: ShellCommand): boolean {
  const end = c.range.end;
  const rest = ctx.model.lines[end.line]?.slice(end.character) ?? '';
  return /^\s*\|\|\s*(true|:|\/bin\/true)\s*(\)|;|&&|\\|$)/.test(rest);
}

/**
 * The per-document passes machineFindings reads, for Rule.passes: the cgroup v1 paths only where the
 * target is cgroup v2, the one case check reads them (no work added elsewhere).
 */
export const machinePasses: readonly ((ctx: RuleContext) => unknown)[] = [
  systemctlUses,
  (ctx) => (ctx.target.cgroup === 2 ? cgroupV1Paths(ctx) : undefined),
];

/** `stagesWithInit`: stages whose PID 1 is an init system (there `systemctl` at start talks to it). */
export function machineFindings(ctx: RuleContext, stagesWithInit: ReadonlySet<number>): Finding[] {
  const findings: Finding[] = [];
  for (const u of systemctlUses(ctx)) {
    if (!u.running) continue;
    const what = code(['systemctl', ...u.command.args.map((a) => a.raw)].join(' ').slice(0, 60));
    if (u.command.phase === 'start') {
      const stage = ctx.stageAt(u.command.block.startLine);
      if (!stage || stagesWithInit.has(stage.index)) continue;
      findings.push({
        ruleId: ID,
        severity: 'warning',
        range: { start: u.command.nameWord.range.start, end: u.verbWord.range.end },
        message: `${what} at container start fails: systemd is not PID 1 in this container. systemctl talks to a running systemd, and here the CMD/ENTRYPOINT is PID 1. Start the service's own program in the foreground instead (e.g. \`nginx -g 'daemon off;'\`), or a process supervisor.`,
        related: fromRelated(ctx, u.command.block.startLine, '{image} is a userland: its systemd runs only if it is PID 1.'),
        fixes: [],
      });
      continue;
    }
    // `(systemctl disable --now x.service > /dev/null 2>&1 || :)`: the offline part (the unit symlinks) is done, the
    // --now part's failure is swallowed and the build goes on (hover explains). A guarded `start`/`daemon-reload` stays
    // reported: what it was run for never happens.
    if (OFFLINE_VERBS.has(u.verb) && failureIgnored(ctx, u.command)) continue;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: { start: u.command.nameWord.range.start, end: u.verbWord.range.end },
      message: `${what} at build time fails: no systemd runs as PID 1 during \`docker build\`. Only offline verbs (enable, disable, mask, preset) work in a build; services start when the container's init starts them, or run the service itself as PID 1.`,
      related: fromRelated(ctx, u.command.block.startLine, '{image} is a userland: during the build nothing boots it.'),
      fixes: [],
    });
  }
  if (ctx.target.cgroup === 2) {
    for (const p of cgroupV1Paths(ctx)) {
      if (p.handlesV2) continue;
      findings.push({
        ruleId: ID,
        severity: 'warning',
        range: p.word.range,
        message: `${cgroupPathHeadline(p.word.value ?? p.word.raw)} is a cgroup v1 path; the target uses cgroup v2, where it does not exist.${(p.word.value ?? p.word.raw).length > MAX_HEADLINE_PATH ? ` (${code(p.word.value ?? p.word.raw)})` : ''} On cgroup v2 (unified hierarchy) every controller's files sit in one directory per group: /sys/fs/cgroup/memory.max instead of memory/memory.limit_in_bytes, cpu.max instead of cpu.cfs_quota_us. Read the v2 files (or both, by checking /sys/fs/cgroup/cgroup.controllers).`,
        related: [targetRelated(ctx)],
        fixes: [],
      });
    }
    for (const r of cgroupVolumes(ctx)) {
      findings.push({
        ruleId: ID,
        severity: 'warning',
        range: r,
        message: `\`VOLUME /sys/fs/cgroup\` is the cgroup v1 systemd-in-Docker pattern; the target uses cgroup v2. On a cgroup v2 host the image's systemd needs the unified hierarchy (Docker's default private cgroup namespace, or --cgroupns=host with /sys/fs/cgroup mounted read-write) and systemd 230 or newer; an anonymous volume over /sys/fs/cgroup hides the cgroup filesystem.`,
        related: [targetRelated(ctx)],
        fixes: [],
      });
    }
  }
  return findings;
}

export function cgroupLine(ctx: RuleContext): string {
  const who = targetWords(ctx);
  return ctx.target.cgroup === 2
    ? `${who}: cgroup v2 (unified).`
    : ctx.target.cgroup === 1
      ? `${who}: cgroup v1.`
      : `${who}: cgroup version unknown.`;
}

/** Hover notes on what a machine's init needs: systemctl, cgroup paths and mounts, the preparations for systemd as PID 1. */
export function machineNotes(ctx: RuleContext): HoverNote[] {
  return [...systemctlNotes(ctx), ...maskLinkNotes(ctx), ...cgroupNotes(ctx), ...initNotes(ctx)];
}

function systemctlNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (const u of systemctlUses(ctx)) {
    out.push({
      range: u.command.nameWord.range,
      markdown: u.running
        ? `**systemctl ${u.verb}** talks to a running systemd (PID 1). ${u.command.phase === 'build' ? 'During `docker build` there is none' : "At container start there is one only if systemd is the container's PID 1"}: otherwise it fails ("System has not been booted with systemd as init system").`
        : `**systemctl ${u.verb}** works offline during the build: it only creates or removes unit symlinks under /etc/systemd. It matters only if systemd later runs as the container's PID 1 (or the image boots a machine).`,
    });
  }
  return out;
}

/** A unit directory of systemd's (the administrator's, the packages'), where a link to /dev/null masks the unit. */
const UNIT_IN_DIR = /^["']?(\/etc|\/usr\/lib|\/lib)\/systemd\/system\/[^/\s]/;

/**
 * `ln -s /dev/null /etc/systemd/system/<unit>` (also in a loop over units): the manual spelling of `systemctl mask`
 * (systemctl(1): mask links the unit files to /dev/null). Offline, like mask: explained only.
 */
function maskLinkNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.name !== 'ln' || c.phase !== 'build') continue;
    const i = c.args.findIndex((a) => a.value === '/dev/null');
    if (i < 0 || !c.args.slice(i + 1).some((a) => UNIT_IN_DIR.test(a.raw))) continue;
    out.push({
      range: c.nameWord.range,
      markdown:
        "**ln -s /dev/null** into systemd's unit directory masks the unit by hand, as `systemctl mask` does: an offline change to unit symlinks under /etc/systemd, done so that systemd as the container's PID 1 skips units a container cannot run. It matters only if systemd later runs as PID 1 (or the image boots a machine).",
    });
  }
  return out;
}

/** cgroup v1 paths, the other cgroup filesystem paths and libcgroup tools, and cgroup mounts (VOLUME, run labels). */
function cgroupNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (const p of cgroupV1Paths(ctx)) {
    out.push({
      range: p.word.range,
      markdown: `**${p.word.value ?? p.word.raw}**: a cgroup v1 controller path. The host kernel provides cgroups; this layout exists only on cgroup v1 (legacy/hybrid) hosts. ${cgroupLine(ctx)}\n\nWhat to do: read the cgroup v2 files (/sys/fs/cgroup/memory.max, cpu.max) when /sys/fs/cgroup/cgroup.controllers exists.`,
    });
  }
  // Other cgroup filesystem paths (v2 files, the root) and the libcgroup tools: the host kernel's cgroups.
  const v1 = new Set(cgroupV1Paths(ctx).map((p) => p.word));
  for (const c of [...ctx.commands(), ...startScriptCommands(ctx)]) {
    if (LIBCGROUP_TOOLS.has(c.name)) {
      out.push({
        range: c.nameWord.range,
        markdown: `**${c.name}** (libcgroup) works on the host kernel's cgroup filesystem. A container sees it read-only unless it runs privileged or with a delegated cgroup; controller groups written as \`-g memory:/x\` follow the cgroup v1 layout. ${cgroupLine(ctx)}`,
      });
      continue;
    }
    const text = c.name === 'echo' || c.name === 'printf'; // an echo's arguments are text; where it writes is a path
    for (const w of [...(text ? [] : c.args), ...c.redirects.map((r) => r.target)]) {
      // A path the script built from its own variables (`"$CGROUP_ROOT/cgroup.subtree_control"`) is explained too.
      const path = v1.has(w) ? undefined : scriptWordValue(ctx, c, w);
      if (!path || !/^\/sys\/fs\/cgroup(\/|$)/.test(path)) continue;
      const shown = w.value === undefined ? `${w.raw.replace(/^"(.*)"$/, '$1')}** (${path})` : `${path}**`;
      out.push({
        range: w.range,
        markdown: `**${shown}: the cgroup filesystem, which the host kernel provides; what a container sees there depends on the host's cgroup version and the runtime's cgroup namespace. ${cgroupLine(ctx)}`,
      });
    }
  }
  for (const r of cgroupVolumes(ctx)) {
    out.push({
      range: r,
      markdown: `**VOLUME /sys/fs/cgroup**: the mount point of the systemd-in-Docker pattern for cgroup v1 hosts (\`-v /sys/fs/cgroup:/sys/fs/cgroup:ro\`). The cgroup hierarchy is the host kernel's. ${cgroupLine(ctx)}`,
    });
  }
  for (const r of volumeRanges(ctx, /-v\s+\/sys\/fs\/cgroup\b/, 'LABEL')) {
    out.push({
      range: r,
      markdown: `**-v /sys/fs/cgroup**: the run command in this label mounts the host's cgroup tree for systemd in the container — the cgroup v1 pattern; on cgroup v2 hosts systemd needs the unified hierarchy instead. ${cgroupLine(ctx)}`,
    });
  }
  return out;
}

/** Signs the image runs an init as PID 1: its stop signal, trimmed unit links, init packages, `container`, fakesystemd swaps. */
function initNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (const r of stopSignals(ctx)) {
    out.push({
      range: r,
      markdown: `**SIGRTMIN+3** is the signal systemd as PID 1 takes as "halt": the image expects to run systemd as its init (\`docker stop\` then shuts the services down cleanly). systemd in a container needs the host's cgroups and usually extra privileges. ${cgroupLine(ctx)}`,
    });
  }
  // The usual preparation for systemd as PID 1: units that expect a real machine are removed
  // (`rm -f /lib/systemd/system/*.wants/*`, `find /etc/systemd/system … -path '*.wants/*' -delete`,
  // `rm -f /lib/systemd/system/systemd*udev*`).
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || c.name === 'echo' || c.name === 'printf') continue;
    const w =
      c.args.find((a) => UNIT_WANTS.test(a.value ?? a.raw)) ??
      (c.args.some((a) => /\.wants\b/.test(a.raw)) ? c.args.find((a) => UNIT_DIR.test(a.value ?? a.raw)) : undefined) ??
      (c.name === 'rm' ? c.args.find((a) => UNIT_TRIM.test(a.value ?? a.raw)) : undefined);
    if (!w) continue;
    out.push({
      range: w.range,
      markdown: `**${w.value ?? w.raw}**: systemd unit links. Trimming them (udev, getty, local-fs …) is the usual preparation for running systemd as the container's PID 1, which needs the host's cgroups and usually extra privileges. ${cgroupLine(ctx)}`,
    });
  }
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build') continue;
    const install = installOf(c);
    if (!install) continue;
    for (const p of install.packages) {
      if (!INIT_PACKAGES.has(p.name)) continue;
      out.push({
        range: p.word.range,
        markdown: `**${p.name}**: an init system. Installing it is harmless; it matters when it runs as the container's PID 1, where it needs the host's cgroups (systemd: v2 needs systemd 230+) and usually extra privileges. ${cgroupLine(ctx)}`,
      });
    }
  }
  for (const r of containerEnv(ctx)) {
    out.push({
      range: r,
      markdown: `**container**: systemd (and other init systems) read this variable to know they run in a container and skip what only a machine does. ${cgroupLine(ctx)}`,
    });
  }
  for (const w of fakesystemdSwaps(ctx)) {
    out.push({
      range: w.range,
      markdown: `**fakesystemd** (early CentOS 7 images) is swapped for real systemd here: the first step to run systemd 219 as PID 1. That systemd needs a cgroup v1 host. ${cgroupLine(ctx)}`,
    });
  }
  return out;
}

/** Longest path the first sentence spells out; a longer one is named after it (the sentence must fit one Problems line). */
const MAX_HEADLINE_PATH = 30;

function cgroupPathHeadline(path: string): string {
  return path.length <= MAX_HEADLINE_PATH ? code(path) : 'This';
}
