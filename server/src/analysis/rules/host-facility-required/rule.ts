/**
 * host-facility-required: devices, capabilities and kernel facilities an instruction uses — TUN,
 * KVM, FUSE, loop and device-mapper devices, netfilter, `ip link add … type X`, tc qdiscs, NFS/CIFS/
 * overlay mounts, iSCSI, ZFS, DRBD, SCTP, CAN, binfmt_misc, BPF/tracing, io_uring, podman/buildah
 * and Docker-in-Docker. The data is knowledge/hostFacilities.ts.
 *
 * Every use gets a hover note: what the host kernel must provide (each feature judged against the
 * target by kernel-feature-missing's `evaluate`, config first, in its words: shared/featureVerdict.ts)
 * and what `docker run` must add.
 * Findings only where something is certain to go wrong:
 *  - a RUN step needs a capability or device that no `docker build` step has (CAP_NET_ADMIN,
 *    CAP_SYS_ADMIN, /dev/zfs, a privileged dockerd): the command fails (warning);
 *  - `mknod` under /dev in RUN: the node is gone at run time, /dev is a tmpfs (info);
 *  - the target kernel lacks a feature the use needs (warning) — only for uses kernel-feature-missing
 *    does not already judge at the same place. A module (=m) is present: the kernel loads it on first
 *    use, so it is no finding; a feature the host ships switched off ("off by default") is explained
 *    in the hover with the setting to change (see `fails`).
 */
import type { HoverNote, Rule, RuleContext, RuntimeNeed } from '../types';
import type { Finding, Range, RelatedInformation } from '../../types';
import type { KernelFeature } from '../../../knowledge/types';
import { getFeature } from '../../../knowledge/features';
import {
  anyProgramTriggers,
  buildTimeLimits,
  commandTriggers,
  configTriggers,
  dockerDefaultCapabilities,
  envTextTriggers,
  envTriggers,
  envTriggersWhenEmpty,
  imageEnvSwitches,
  groupTriggers,
  groupListEnvName,
  hostFacilities,
  browserDownloads,
  browserAutomation,
  imageTriggers,
  insecureBuildStep,
  linkTypeFeatures,
  mountTypes,
  packageTriggers,
  processSupervisors,
  packagePatternTriggers,
  packageArchTriggers,
  labelTriggers,
  pathTriggers,
  portTriggers,
  pythonPackageTriggers,
  androidSdkPackageTriggers,
  condaPackageTriggers,
  apkPackageTriggers,
  qdiscFeatures,
  sourceTriggers,
  type BuildTimeLimit,
  type CommandTrigger,
  type HostFacility,
} from '../../../knowledge/hostFacilities';
import { astRangeToAbsolute, blockAtLine, type InstructionBlock } from '../../document';
import type { StageInfo } from '../../stages';
import { installOf, packageName, type InstallManager, type PackageArg } from '../../packages';
import { condaInstallPackages } from '../../packages/conda';
import { envSwitchesIn, isBootableAt, resolveWord, substitutePatterns, variableNames } from '../shared/stage';
import { imageRepository } from '../shared/baseImage';
import { code, targetRelated } from '../shared/related';
import { bootServiceNotes, supervisedServiceNotes } from './bootServices';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { evaluate, requirement, type Verdict } from '../shared/featureVerdict';
import { featureNeeds, needKeyOf } from '../shared/featureNeeds';
import { configWrites, wholeVariable } from '../shared/configWrites';
import { shortHostName, verdictClause, verdictDetail } from '../shared/featureVerdict';
import { perBlock, perCommand, perDocument, perString, type DocumentContext } from '../shared/memo';
import { copyFromFlags, copyOperands, lastSegment } from '../shared/copyArguments';
import {
  commandsOfWrittenText,
  contextScriptsRead,
  runScriptCommands,
  startScriptCommands,
  startScriptFile,
  startScriptRelated,
  startScriptWhere,
} from '../shared/startScripts';
import { scriptEditsOf } from '../shared/scriptEdits';
import { contextScriptRefs, effectiveStartBlocks, fromStageIndex, mayNameScript, PATH_DIRS, scriptWords } from '../shared/contextScripts';
import { firstOperand, subMatches, triggerMatches } from '../shared/commandTriggerMatch';
import { copiedNameTopic, scriptNameTopic, type ScriptNameTopic } from '../../../knowledge/scriptNames';
import { bootServiceWords } from '../shared/serviceScripts';
import { mayMatch, needleGate, regexNeedles, type RegexNeedles } from '../shared/regexNeedles';

const ID = 'host-facility-required';

/** One place in the Dockerfile that uses a host facility. */
export interface FacilityUse {
  facility: HostFacility;
  /** Where the hover applies (the whole command for shell uses). */
  noteRange: Range;
  /** The word a finding points at (command word, package, path, type word). */
  range: Range;
  /** What uses it, e.g. "`ip link add … type vcan`", "package `can-utils`". */
  via: string;
  /** Kernel features this use needs (the facility's plus argument-specific ones). */
  features: KernelFeature[];
  /** Set when the use is a RUN command that no build step can perform. */
  buildLimit?: { needs: string; masked: boolean };
  /** Capabilities this use needs beyond the facility's (file capabilities outside Docker's default set). */
  capAdd?: string[];
  /** Hover sentence for a use in a RUN step (from the trigger). */
  atBuild?: string;
  /** Hover sentence on what the word changes about the need (`--no-sandbox` removes it), from the source trigger. */
  note?: string;
  /** `mknod` of a node under /dev in a RUN step. */
  mknodUnderDev?: boolean;
  /**
   * How the facility is used, which decides when a missing kernel part is reported: a command or a
   * write under /proc, /sys or /dev uses it, a package, image, VOLUME, COPY or a written config file
   * only prepares it (missing → warning for both); a path argument of another command (`[ -e /dev/kvm ]`,
   * `ls`) may be a check, so it is explained and never reported.
   */
  kind: 'command' | 'prepared' | 'mentioned';
  line: number;
  /** A use in a start script from the build context: where in that script. */
  related?: RelatedInformation[];
  /** Not a use where an ENV instruction sets this variable (APPIMAGE_EXTRACT_AND_RUN). */
  unlessEnv?: string;
}

const facilityById = new Map(hostFacilities.map((f) => [f.id, f]));
const INFO_ONLY = new Set(['-v', '-V', '--version', '-h', '--help', 'version', 'help', '-help']);
/** Their arguments are text, not paths or commands (redirect targets still count). */
const TEXT_ONLY = new Set(['echo', 'printf', 'true', ':', 'comment']);

function featuresOf(ids: readonly string[] | undefined): KernelFeature[] {
  const out: KernelFeature[] = [];
  for (const id of ids ?? []) {
    const f = getFeature(id);
    if (f && !out.includes(f)) out.push(f);
  }
  return out;
}

function wordValue(w: ShellWord): string {
  return w.value ?? w.raw;
}

/** A word's literal value, or its source text without the outer quotes when it has expansions. */
function wordText(w: ShellWord): string {
  return w.value ?? w.raw.replace(/^["']|["']$/g, '');
}

/** A long word (a URL) as a label: its first 57 characters. */
function shortCode(text: string): string {
  return code(text.length > 60 ? text.slice(0, 57) + '…' : text);
}

/**
 * Positions in commandTriggers of the triggers of each exact program name, and of those with a `*` (a
 * handful, matched one by one): a name's triggers without a scan of the whole table (about 570 rows,
 * once per distinct name, which made it a good part of the server's warm-up analysis).
 */
let triggerIndexMemo: { exact: Map<string, number[]>; wild: number[] } | undefined;
function triggerIndex(): { exact: Map<string, number[]>; wild: number[] } {
  if (!triggerIndexMemo) {
    const exact = new Map<string, number[]>();
    const wild: number[] = [];
    (commandTriggers as readonly CommandTrigger[]).forEach((t, i) => {
      if (t.command.includes('*')) wild.push(i);
      else {
        const list = exact.get(t.command);
        if (list) list.push(i);
        else exact.set(t.command, [i]);
      }
    });
    triggerIndexMemo = { exact, wild };
  }
  return triggerIndexMemo;
}

/**
 * The command triggers a program name matches, in table order (the first that also matches the
 * arguments wins). Kept per name: every command of every parsed instruction asks, and a trigger
 * table scan per command was most of this rule's first analysis of a big file. perString bounds the names kept (a
 * hostile file may name millions).
 */
const triggersFor = perString((name: string): readonly CommandTrigger[] => {
  const all = commandTriggers as readonly CommandTrigger[];
  const { exact, wild } = triggerIndex();
  const at = [...(exact.get(name) ?? [])];
  for (const i of wild) if (triggerMatches(all[i], name)) at.push(i);
  return at.sort((a, b) => a - b).map((i) => all[i]);
});

/** `RUN --security=insecure` runs with all capabilities (BuildKit entitlement). */
function insecureRun(block: InstructionBlock): boolean {
  return /^\s*RUN\b[^\n]*?--security[= ]insecure\b/i.test(block.parsed.text);
}

/** The command is followed by `||` (its failure is handled by the script). Reads the block's own text, so the result may be cached with the command. */
function maskedFailure(c: ShellCommand): boolean {
  const lines = c.block.parsed.text.split('\n');
  let i = c.range.end.line - c.block.startLine;
  let rest = (lines[i] ?? '').slice(c.range.end.character);
  // `cmd \` + newline + `|| true`: the operator may follow a continuation.
  while (/^\s*(?:\d?>>?&?\s*\S+\s*)*\\\s*$/.test(rest) && i + 1 < lines.length) rest = rest.replace(/\\\s*$/, ' ') + lines[++i];
  return /^\s*(?:\d?>>?&?\s*\S+\s*)*\|\|/.test(rest);
}

// ── `ip`, `mount`, `tc`, `losetup`: the arguments decide ───────────────────────────────────────

const IP_VALUE_OPTIONS = new Set(['-n', '-netns', '-b', '-batch', '-rc', '-rcvbuf', '-f', '-family', '-l', '-loops']);
const IP_OBJECTS: Record<string, string> = {
  l: 'link',
  li: 'link',
  lin: 'link',
  link: 'link',
  a: 'addr',
  ad: 'addr',
  add: 'addr',
  addr: 'addr',
  addre: 'addr',
  addres: 'addr',
  address: 'addr',
  r: 'route',
  ro: 'route',
  rou: 'route',
  rout: 'route',
  route: 'route',
  ru: 'rule',
  rul: 'rule',
  rule: 'rule',
  n: 'neigh',
  ne: 'neigh',
  nei: 'neigh',
  neigh: 'neigh',
  neighbor: 'neigh',
  neighbour: 'neigh',
  tuntap: 'tuntap',
  tunnel: 'tunnel',
  tun: 'tunnel',
  netns: 'netns',
};
const IP_CHANGES = new Set(['add', 'a', 'del', 'delete', 'd', 'set', 'change', 'replace', 'flush', 'append', 'prepend']);

interface IpUse {
  facility: string;
  features: string[];
  /** Word that decides the kernel feature (the link kind), if any. */
  kindWord?: ShellWord;
  kind?: string;
  /** Capability a build step lacks for it (NET_ADMIN unless said). */
  needs?: string;
  /** Only reads (ip link show): no capability, never a build-time limit. */
  readOnly?: boolean;
}

/**
 * `ip link show tun0`, `ip addr show dev wg0` (a HEALTHCHECK that the VPN is up): the interface exists only
 * when the host's TUN device or WireGuard driver created it. Reading needs no capability.
 */
function shownTunnel(rest: readonly string[]): IpUse | undefined {
  if (!['show', 'list', 'ls', 'lst'].includes(rest[0] ?? '')) return undefined;
  const name = rest.slice(1).find((a) => a !== 'dev' && !a.startsWith('-'));
  if (name && /^(tun|tap)[0-9]+$/.test(name)) return { facility: 'tun', features: ['tun'], readOnly: true };
  if (name && /^wg[0-9]+$/.test(name)) return { facility: 'netlink-link', features: ['wireguard'], readOnly: true };
  return undefined;
}

function ipUse(c: ShellCommand): IpUse | undefined {
  const words = c.args;
  let i = 0;
  while (i < words.length && wordValue(words[i]).startsWith('-')) i += IP_VALUE_OPTIONS.has(wordValue(words[i])) ? 2 : 1;
  const object = IP_OBJECTS[wordValue(words[i] ?? { raw: '', range: c.range }).toLowerCase()];
  const verb = words[i + 1] ? wordValue(words[i + 1]) : undefined;
  if (object === 'link' || object === 'address') {
    const tunnel = shownTunnel(words.slice(i + 1).map(wordValue));
    if (tunnel) return tunnel;
  }
  if (!object || !verb || !IP_CHANGES.has(verb)) return undefined;
  if (object === 'tuntap') return { facility: 'tun', features: ['tun'] };
  if (object === 'netns') return { facility: 'net-config', features: [], needs: 'SYS_ADMIN' };
  if (object === 'link' && ['add', 'a'].includes(verb)) {
    const t = words.findIndex((w, k) => k > i + 1 && wordValue(w) === 'type');
    const kindWord = t >= 0 ? words[t + 1] : undefined;
    const kind = kindWord ? wordValue(kindWord) : undefined;
    const feats = kind ? linkTypeFeatures[kind] : undefined;
    return {
      facility: kind === 'vcan' || kind === 'vxcan' ? 'can' : 'netlink-link',
      features: [...(feats ?? [])],
      kindWord: feats ? kindWord : undefined,
      kind,
    };
  }
  return { facility: 'net-config', features: [] };
}

interface MountUse {
  facility: string;
  features: string[];
  type?: string;
  loop: boolean;
}

const MOUNT_LISTING = new Set(['-l', '--show-labels', '-h', '--help', '-V', '--version']);
function mountUse(args: readonly string[]): MountUse | undefined {
  if (args.length === 0 || args.every((a) => MOUNT_LISTING.has(a))) return undefined;
  let type: string | undefined;
  let loop = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-t' || a === '--types') type = args[i + 1];
    else if (a.startsWith('--types=')) type = a.slice(8);
    else if (/^-t\S/.test(a)) type = a.slice(2);
    if (a === '-o' || a === '--options') loop ||= /(^|,)loop(=|,|$)/.test(args[i + 1] ?? '');
    else if (/^-o\S/.test(a) || a.startsWith('--options=')) loop ||= /(^|,)loop(=|,|$)/.test(a.replace(/^(-o|--options=)/, ''));
  }
  if (type?.startsWith('fuse')) return { facility: 'fuse', features: ['fuse'], type, loop };
  const known = type ? mountTypes[type] : undefined;
  if (loop) return { facility: 'loop', features: ['loop', ...(known?.features ?? [])], type, loop };
  return { facility: known?.facility ?? 'mount', features: [...(known?.features ?? [])], type, loop };
}

function tcUse(args: readonly string[]): string[] | undefined {
  const object = firstOperand(args);
  if (!object || !['qdisc', 'class', 'filter', 'q', 'qd', 'c', 'f'].includes(object)) return undefined;
  const verb = args[args.indexOf(object) + 1];
  if (!verb || !/^(add|del|delete|change|replace|link)$/.test(verb)) return undefined;
  const feats: string[] = [];
  for (const a of args) for (const id of qdiscFeatures[a] ?? []) if (!feats.includes(id)) feats.push(id);
  return feats;
}

/** losetup that attaches or detaches (listing is harmless). */
function losetupChanges(args: readonly string[]): boolean {
  if (args.length === 0) return false;
  if (args.some((a) => /^(-[a-zA-Z]*[fdDPc][a-zA-Z]*|--find|--detach|--detach-all|--partscan|--set-capacity)$/.test(a))) return true;
  return args.filter((a) => !a.startsWith('-')).length >= 2;
}

/** buildTimeLimits by command name, each list in table order (built on first use). */
let buildLimitsByName: Map<string, BuildTimeLimit[]> | undefined;

function buildLimitsOf(name: string): readonly BuildTimeLimit[] | undefined {
  if (!buildLimitsByName) {
    buildLimitsByName = new Map();
    for (const l of buildTimeLimits) {
      const list = buildLimitsByName.get(l.command);
      if (list) list.push(l);
      else buildLimitsByName.set(l.command, [l]);
    }
  }
  return buildLimitsByName.get(name);
}

/**
 * The first build-time limit (table order) the command hits. Only the limits of its own name are
 * read, and the block's `--security=insecure` only for a command that has some: a build step's
 * every command comes here, and the loop over the whole table was among the rule's biggest self
 * times in the first analysis of a mid-size file (code V8 does not optimise at that size).
 */
function buildLimitFor(c: ShellCommand, args: readonly string[]): BuildTimeLimit | undefined {
  if (c.phase !== 'build') return undefined;
  const limits = buildLimitsOf(c.name);
  if (!limits || insecureRun(c.block)) return undefined;
  for (let i = 0; i < limits.length; i++) {
    const l = limits[i];
    if (l.sub && !l.sub.includes(firstOperand(args) ?? '')) continue;
    if (l.args && !args.some((a) => l.args!.test(a))) continue;
    if (c.name === 'losetup' && !losetupChanges(args)) continue;
    if (c.name === 'mount' && !mountUse(args)) continue;
    if (c.name === 'umount' && args.length === 0) continue;
    return l;
  }
  return undefined;
}

const SLASH = 47;
const LOOP_DEVICE = /^\/dev\/loop(\d+|-control)$/;

/**
 * The first trigger (table order) whose path is `value`, `value` without a trailing slash, or (not
 * exact) a folder `value` is under; a family also matches by name prefix. It runs for every trigger
 * on every path word: the tests read characters of `value` and build no string (`p.path + '/'`
 * would be a new string per trigger and call), and the loop is indexed (a for-of allocates an
 * iterator result per trigger in code V8 has not optimised yet, as on the first document opened).
 */
function pathFacility(value: string): { facility: string; features?: string[] } | undefined {
  for (let i = 0; i < pathTriggers.length; i++) {
    const p = pathTriggers[i];
    if (!value.startsWith(p.path)) continue;
    const n = p.path.length;
    const whole = value.length === n || (value.length === n + 1 && value.charCodeAt(n) === SLASH);
    if (p.exact ? whole : whole || value.charCodeAt(n) === SLASH || p.family || (p.path === '/dev/loop' && LOOP_DEVICE.test(value)))
      return p;
  }
  return undefined;
}

/** Records one use of a facility by a command (see `useCollector`). */
type AddUse = (
  facilityId: string,
  range: Range,
  via: string,
  extra?: readonly string[],
  more?: Partial<FacilityUse>,
  onlyExtra?: boolean,
) => void;

/** The uses of one command and the function that adds to them: the facility's features plus `extra`, or only `extra`. */
function useCollector(c: ShellCommand): { uses: FacilityUse[]; add: AddUse } {
  const uses: FacilityUse[] = [];
  const add: AddUse = (facilityId, range, via, extra = [], more = {}, onlyExtra = false) => {
    const facility = facilityById.get(facilityId);
    if (!facility) return;
    const features = featuresOf(onlyExtra ? extra : [...facility.features, ...extra]);
    // The command's range is read only here, for a command that uses something: reading it makes and
    // keeps a Range on the command (shell/index.ts), and most commands of a big file use nothing.
    const noteRange = c.range;
    uses.push({ facility, noteRange, range, via, features, kind: 'command', line: noteRange.start.line, ...more });
  };
  return { uses, add };
}

/**
 * Redirect targets are real writes, even for echo (`echo ':qemu-arm:…' > /proc/sys/fs/binfmt_misc/register`).
 * A write under /proc, /sys or /dev talks to the kernel; a file elsewhere (/etc/subuid) only prepares a later use.
 */
function redirectUses(c: ShellCommand, add: AddUse): void {
  for (const r of c.redirects) {
    const hit = r.target.value !== undefined ? pathFacility(r.target.value) : undefined;
    if (!hit) continue;
    // A /proc/sys write in RUN is build-time-sysctl's (its finding, hover and requirement).
    if (hit.facility === 'kernel-tunables' && c.phase === 'build' && r.target.value!.startsWith('/proc/sys/')) continue;
    // /sys is read-only in every build step (a /proc/sys write is build-time-sysctl's).
    const sysfsWrite = c.phase === 'build' && r.target.value!.startsWith('/sys/') && /^\d*>/.test(r.op) && !insecureRun(c.block);
    add(hit.facility, r.target.range, code(r.target.value!), hit.features, {
      noteRange: r.target.range,
      kind: /^\/(proc|sys|dev)\//.test(r.target.value!) ? 'command' : 'prepared',
      ...(sysfsWrite ? { buildLimit: { needs: 'sysfs', masked: maskedFailure(c) } } : {}),
    });
  }
}

/** A file whose name says it lists packages to install: packages.txt, apt-packages.list. */
const PACKAGE_LIST_FILE = /^[\w.-]*packages[\w.-]*\.(txt|list)$/i;

/** Configuration text a RUN step writes (`echo 'http_port 3129 intercept' >> /etc/squid/squid.conf`): it prepares the facility. */
function configUses(c: ShellCommand, add: AddUse): void {
  if (c.phase !== 'build') return;
  for (const w of configWrites(c)) {
    const file = w.path.slice(w.path.lastIndexOf('/') + 1);
    // A package list written for a later `dnf install $(cat packages.txt)` (ceph's container/Containerfile):
    // its words are package names. Explained only: the install is another command.
    if (PACKAGE_LIST_FILE.test(file)) {
      for (const name of new Set(w.text.split(/\s+/))) {
        const id = packageTriggers[name];
        if (id) add(id, w.range, `package ${code(name)} listed in ${code(w.path)}`, [], { kind: 'mentioned', noteRange: w.range });
      }
    }
    if (SHELL_PROFILE.test(w.path)) profileEnvUses(w, add);
    for (const t of configTriggers) {
      const subject = t.path ? w.path : file;
      if ((typeof t.file === 'string' ? t.file !== subject : !t.file.test(subject)) || !t.line.test(w.text)) continue;
      add(t.facility, w.range, `${code(t.setting)} in ${code(w.path)}`, t.features, { kind: 'prepared', noteRange: w.range });
    }
  }
}

/** Shell start-up files whose `export NAME=value` lines every login or interactive shell of the image runs. */
const SHELL_PROFILE = /(^|\/)(\.bashrc|\.bash_profile|\.profile|bash\.bashrc|profile|environment)$|\/profile\.d\/[^/]+\.sh$/;

/**
 * Variables a RUN step exports through a shell start-up file (`echo 'export LD_LIBRARY_PATH=…' >> ~/.bashrc`): read
 * like an ENV instruction's, by name or by text. Explained only: the shell that reads the file sets them.
 */
function profileEnvUses(w: { text: string; range: Range }, add: AddUse): void {
  for (const m of w.text.matchAll(/(?:^|[\n;]|\bexport)\s*([A-Za-z_]\w*)=(\S*)/g)) {
    const assignment = `${m[1]}=${m[2].replace(/^["']|["']$/g, '')}`;
    const id = envTriggers[m[1]] ?? envTextTriggers.find((t) => t.pattern.test(assignment))?.facility;
    if (id) add(id, w.range, `${code(m[1])} exported in a shell start-up file`, [], { kind: 'mentioned', noteRange: w.range });
  }
}

/**
 * The facility a package means, by its exact name or a name pattern (the same lookup wherever a package is named);
 * with `manager`, also by the names only that package manager's repositories give the facility (Alpine's `docker`).
 */
function packageFacility(name: string, manager?: InstallManager): string | undefined {
  return (
    (manager === 'apk' && Object.hasOwn(apkPackageTriggers, name) ? apkPackageTriggers[name] : undefined) ??
    (Object.hasOwn(packageTriggers, name) ? packageTriggers[name] : undefined) ??
    packagePatternTriggers.find((t) => t.pattern.test(name))?.facility
  );
}

/** A Debian package file named by its file name (`…/intel-opencl-icd_24.26.30049.6_amd64.deb`): group 1 is the package. */
const DEB_FILE = /(?:^|\/)([a-z0-9][a-z0-9+.-]+)_[^/]*\.deb$/;

/**
 * Packages installed in a RUN step: pip distributions that drive a host device (RPi.GPIO maps
 * /dev/gpiomem) and distribution packages. True when the command is an install (nothing else to look at).
 */
function installUses(c: ShellCommand, add: AddUse): boolean {
  if (c.phase !== 'build') return false;
  const pip = pipInstallWords(c);
  if (pip) {
    for (const w of pip) {
      // `jax[tpu]`: an extra may decide the facility (the TPU runtime), so the name with its extras is looked up first.
      // A variable after the pin (`tensorflow-gpu==${TENSORFLOW_VERSION}`) only picks the version: the name before it
      // is read as written; a variable in the name leaves no name that matches.
      const spec = wordText(w).replace(/[<>=!~;@\s].*$/, '');
      const name = spec.replace(/\[.*$/, '');
      const norm = (x: string) => x.toLowerCase().replace(/[-_.]+/g, '-');
      const byExtras = pythonPackageTriggers[norm(spec)];
      const id = byExtras ?? pythonPackageTriggers[norm(name)];
      const shown = byExtras ? spec : name;
      if (id) add(id, w.range, `Python package ${code(shown)}`, [], { kind: 'prepared', noteRange: w.range });
      // A requirement given as a URL or wheel file (…/axengine-0.1.3-py3-none-any.whl) names what it installs;
      // explained only, like the other mentioned sources.
      const text = wordText(w);
      sourceUses(text, w, add, true);
    }
    // The index a requirement comes from may name the build (download.pytorch.org/whl/cu128): explained the same way.
    for (const w of pipIndexWords(c)) {
      const text = wordText(w);
      sourceUses(text, w, add, true);
    }
    return true;
  }
  if (c.name === 'sdkmanager') {
    // `sdkmanager "platform-tools" "emulator"`: operands are SDK package paths (`--uninstall` removes them).
    if (c.args.some((w) => w.value === '--uninstall')) return true;
    for (const w of c.args) {
      const v = w.value ?? '';
      const id = Object.hasOwn(androidSdkPackageTriggers, v) ? androidSdkPackageTriggers[v] : undefined;
      if (id) add(id, w.range, `Android SDK package ${code(v)}`, [], { kind: 'prepared', noteRange: w.range });
    }
    return true;
  }
  if (avdCreateUse(c, add)) return true;
  const conda = condaInstallPackages(c);
  if (conda) {
    for (const p of conda) {
      const id = Object.hasOwn(condaPackageTriggers, p.name) ? condaPackageTriggers[p.name] : undefined;
      if (id) add(id, p.word.range, `conda package ${code(p.name)}`, [], { kind: 'prepared', noteRange: p.word.range });
    }
    return true;
  }
  const install = installOf(c);
  if (!install) return false;
  for (const p of install.packages) {
    const name = p.name.toLowerCase();
    // `./arkime*.deb`, `./emane*.rpm`: a glob of package files with a prefix installs the package of that name.
    const globbed = LOCAL_PACKAGE_GLOB.exec(wordText(p.word))?.[1]?.toLowerCase();
    const id = packageFacility(name, install.manager) ?? (globbed ? packageFacility(globbed) : undefined);
    if (id)
      add(id, p.word.range, `package ${code(globbed && !packageFacility(name, install.manager) ? globbed : p.name)}`, [], {
        kind: 'prepared',
        noteRange: p.word.range,
      });
    // A package for another architecture by its qualifier (libc6:i386, glibc.i686): the name alone does not say it.
    const written = wordText(p.word);
    const arch = packageArchTriggers.find((t) => t.pattern.test(written))?.facility;
    if (arch && arch !== id) add(arch, p.word.range, `package ${code(written)}`, [], { kind: 'prepared', noteRange: p.word.range });
  }
  return true;
}

/**
 * `avdmanager create avd`: a virtual device made for the Android Emulator, which runs it with KVM
 * (SRC.androidEmulator). Creating it uses nothing; like an SDK package, it is what a start script may boot, so it is
 * prepared, explained on the `avd` word and never reported. True when the command is avdmanager.
 */
function avdCreateUse(c: ShellCommand, add: AddUse): boolean {
  if (c.name !== 'avdmanager') return false;
  const operands = c.args.filter((w) => !(w.value ?? w.raw).startsWith('-'));
  if (operands[0]?.value === 'create' && operands[1]?.value === 'avd')
    add('kvm', operands[1].range, code('avdmanager create avd'), [], { kind: 'prepared', noteRange: operands[1].range });
  return true;
}

/** A local glob of package files named by their package (`./arkime*.deb`, `rpms/emane-*.rpm`): group 1 is that name. */
const LOCAL_PACKAGE_GLOB = /^(?:\.?\/)?(?:[\w.-]+\/)*([a-z0-9][a-z0-9+.-]*?)[_-]?\*\.(?:deb|rpm)$/i;

/**
 * Packages named through a variable whose ARG/ENV default is the list (`ARG INSTALL_RPMS="podman fuse-overlayfs"` …
 * `dnf -y install $INSTALL_RPMS`), or that the same RUN assigned (`PKGS='kmod iptables' && dnf install -y $PKGS`,
 * ShellCommand.shellVariables): the per-command pass cannot see the stage's defaults, so they are read here.
 * A build argument may override the default, so the use is explained, never reported.
 */
function variablePackageUses(ctx: DocumentContext): FacilityUse[] {
  const out: FacilityUse[] = [];
  const commands = ctx.commands();
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    if (c.phase !== 'build') continue;
    const install = installOf(c);
    if (!install) continue;
    for (const p of install.packages) {
      const variable = p.dynamic ? wholeVariable(p.word.raw) : undefined;
      if (p.dynamic && !variable) out.push(...spelledPackageUses(ctx, c, install.manager, p));
      if (!variable) continue;
      // A shell variable the same RUN assigned (`needed="kmod iptables"; apt-get install $needed`) shadows the ARG/ENV.
      const list = c.shellVariables?.get(variable) ?? resolveWord(ctx, c.block.startLine, p.word.raw);
      if (!list) continue;
      const { uses, add } = useCollector(c);
      for (const item of new Set(list.split(/\s+/))) {
        const name = packageName(install.manager, item)?.toLowerCase();
        const id = name ? packageFacility(name, install.manager) : undefined;
        if (id)
          add(id, p.word.range, `package ${code(name!)} (from ${code(p.word.raw)})`, [], { kind: 'mentioned', noteRange: p.word.range });
      }
      out.push(...uses);
    }
    out.push(...echoedPackageUses(ctx, c, install.manager));
  }
  return out;
}

/**
 * A package whose name a variable spells (`cuda-compat-${CUDA_VERSION/./-}=${CUDA_COMPAT_VERSION}`): the pin dropped, the
 * name read as the RUN's shell expands it from the stage's ARG/ENV defaults. A build argument may change it, so the use
 * is explained, never reported. Names whose variable is only a pin (`docker-ce${VERSION}`) are the main pass's.
 */
function spelledPackageUses(ctx: DocumentContext, c: ShellCommand, manager: InstallManager, p: PackageArg): FacilityUse[] {
  const written = p.word.raw.replace(/^["']|["']$/g, '');
  const patterned = substitutePatterns(ctx, c.block.startLine, written);
  const stem = patterned === undefined ? undefined : packageName(manager, patterned);
  // What the main pass already reads (a name with no variable left, or one a name pattern matches as written) is its.
  if (stem === undefined || (patterned === written && (!stem.includes('$') || packageFacility(stem, manager)))) return [];
  const expanded = resolveWord(ctx, c.block.startLine, stem);
  const name = expanded === undefined ? undefined : packageName(manager, expanded)?.toLowerCase();
  const id = name ? packageFacility(name, manager) : undefined;
  if (!id) return [];
  const { uses, add } = useCollector(c);
  add(id, p.word.range, `package ${code(name!)} (from ${code(p.word.raw)})`, [], { kind: 'mentioned', noteRange: p.word.range });
  return uses;
}

function commandsByBlock(all: readonly ShellCommand[]): Map<ShellCommand['block'], ShellCommand[]> {
  const out = new Map<ShellCommand['block'], ShellCommand[]>();
  for (const c of all) {
    const list = out.get(c.block);
    if (list) list.push(c);
    else out.set(c.block, [c]);
  }
  return out;
}

/**
 * The `echo`/`printf` commands inside a command substitution with an enclosing word, by block, in document order:
 * echoedPackageUses reads only its install's block, and scanning every command of the document for each install
 * made a keystroke in a big file cost installs × commands.
 */
const printersByBlock = perDocument((ctx: DocumentContext): Map<InstructionBlock, ShellCommand[]> => {
  const out = new Map<InstructionBlock, ShellCommand[]>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const e = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (!e.inSubstitution || (e.name !== 'echo' && e.name !== 'printf') || !e.enclosingWord) continue;
    const list = out.get(e.block);
    if (list === undefined) out.set(e.block, [e]);
    else list.push(e);
  }
  return out;
});

/**
 * Packages an install's own argument prints (`apt-get install $([ "$(arch)" = x86_64 ] && echo libc6-dev-i386)`): the
 * words `echo` writes inside a command substitution that is one argument of the install are package names on the
 * architectures or conditions that print them, so they are explained on that argument, never reported.
 */
function echoedPackageUses(ctx: DocumentContext, c: ShellCommand, manager: InstallManager): FacilityUse[] {
  const printers = printersByBlock(ctx).get(c.block);
  if (printers === undefined) return [];
  const at = (r: Range) => `${r.start.line}:${r.start.character}`;
  const args = new Map(c.args.map((w) => [at(w.range), w]));
  const { uses, add } = useCollector(c);
  for (const e of printers) {
    const word = e.enclosingWord && args.get(at(e.enclosingWord.range));
    if (!word) continue;
    for (const w of e.args) {
      const name = w.value && !w.value.startsWith('-') ? packageName(manager, w.value)?.toLowerCase() : undefined;
      const id = name ? packageFacility(name, manager) : undefined;
      if (id)
        add(id, word.range, `package ${code(name!)} (printed by ${code(e.name)} in this argument)`, [], {
          kind: 'mentioned',
          noteRange: word.range,
        });
    }
  }
  return uses;
}

/**
 * `curl -L -O …/intel-opencl-icd_24.48.31907.7_amd64.deb && dpkg -i ./*.deb` (also `apt-get install ./*.deb`): a glob
 * of package files installs the ones fetched by name earlier in the same RUN step, so the install explains what
 * those names mean, as the fetch words do. Only files fetched in that step: a glob elsewhere may match anything.
 */
function localDebGlobUses(ctx: DocumentContext): FacilityUse[] {
  const out: FacilityUse[] = [];
  const all = ctx.commands();
  let byBlock: Map<ShellCommand['block'], ShellCommand[]> | undefined;
  for (let i = 0; i < all.length; i++) {
    const c = all[i];
    if (c.phase !== 'build') continue;
    const install = installOf(c);
    if (!install || (install.manager !== 'apt' && install.manager !== 'dpkg')) continue;
    for (let pi = 0; pi < install.packages.length; pi++) {
      const p = install.packages[pi]; // indexed: no iterator object per install (see memo.ts)
      const text = wordText(p.word);
      // endsWith first: the pattern runs for every package of every apt/dpkg install at every keystroke.
      if (!text.endsWith('*.deb') || !/^(\.?\/)?([\w.-]+\/)*\*\.deb$/.test(text)) continue;
      const { uses, add } = useCollector(c);
      const seen = new Set<string>();
      // A directory named after the package (`COPY --from=iptables-dist /iptables /iptables` … `dpkg -i /iptables/*.deb`).
      const dir = /^(?:\.?\/)?(?:[\w.-]+\/)*([a-z0-9][a-z0-9+.-]*)\/\*\.deb$/.exec(wordText(p.word))?.[1];
      if (dir && packageTriggers[dir]) {
        seen.add(dir);
        add(packageTriggers[dir], p.word.range, `package ${code(dir)} (the .deb files of its directory)`, [], {
          kind: 'mentioned',
          noteRange: p.word.range,
        });
      }
      // The commands of each instruction, grouped once: a scan of the whole document per glob install is quadratic.
      byBlock ??= commandsByBlock(all);
      for (const earlier of byBlock.get(c.block) ?? []) {
        if (earlier === c) break;
        for (const w of earlier.args) {
          const deb = DEB_FILE.exec(wordText(w))?.[1];
          const id = deb ? packageFacility(deb) : undefined;
          if (!deb || !id || seen.has(deb)) continue;
          seen.add(deb);
          add(id, p.word.range, `package ${code(deb)} (fetched above in this step)`, [], { kind: 'mentioned', noteRange: p.word.range });
        }
      }
      out.push(...uses);
    }
  }
  return out;
}

/** `ip link add … type X`, `ip tuntap`, … : the link kind decides the kernel features. */
function ipCommandUse(c: ShellCommand, masked: boolean, add: AddUse): void {
  const ip = ipUse(c);
  if (!ip) return;
  const bl = c.phase === 'build' && !insecureRun(c.block) && !ip.readOnly ? { needs: ip.needs ?? 'NET_ADMIN', masked } : undefined;
  const verb = c.args
    .map(wordValue)
    .filter((a) => !a.startsWith('-'))
    .slice(0, 2)
    .join(' ');
  const via = code(`ip ${verb}${ip.kind ? ` … type ${ip.kind}` : ''}`);
  add(ip.facility, ip.kindWord?.range ?? c.nameWord.range, via, ip.features, {
    buildLimit: bl,
    ...(ip.needs ? { capAdd: [ip.needs] } : {}),
  });
}

/**
 * `setcap cap_net_admin,cap_net_raw+ep /path`: the capabilities outside Docker's default set must be added at run time.
 * Only a clause that raises a flag (`+ep`, `=ep`) grants one; `cap_x=-ep` and `cap_x-ep` clear it (cap_from_text(3)).
 */
function setcapUse(c: ShellCommand, args: readonly string[], add: AddUse): void {
  const caps = [
    ...new Set(
      args
        .filter((a) => /^cap_[a-z_]+(,cap_[a-z_]+)*[=+-]/i.test(a) && /[=+][eip]/i.test(a.replace(/^[^=+-]*/, '')))
        .flatMap((a) => a.replace(/[=+-].*$/, '').split(','))
        .map((cp) => cp.replace(/^cap_/i, '').toUpperCase()),
    ),
  ];
  // cap_from_text(3): "In the case that the leading operator is =, and no list of capabilities is provided, the
  // action-list is assumed to refer to `all' capabilities" — `setcap =p file`, `=ep`, `all=ep`, `all+ep`.
  if (!caps.length && args.some((a) => /^(all)?[=+][eip]+$/i.test(a) && (a.startsWith('=') || /^all/i.test(a)))) {
    add('file-capabilities', c.nameWord.range, code(`setcap ${args.find((a) => /[=+][eip]+$/i.test(a))}`) + ' (all capabilities)', [], {
      capAdd: ['ALL'],
      kind: 'prepared',
    });
    return;
  }
  if (!caps.length) return;
  const extra = caps.filter((cp) => !dockerDefaultCapabilities.includes(cp));
  add(
    'file-capabilities',
    c.nameWord.range,
    code(`setcap ${caps.map((cp) => 'cap_' + cp.toLowerCase()).join(',')}`),
    [],
    // Setting a file capability prepares the file: the capability is used when the container runs it.
    extra.length ? { capAdd: extra, kind: 'prepared' } : { kind: 'prepared' },
  );
}

/** `mknod`: making a node does not use the device yet, so only a missing kernel part is worth a finding. */
function mknodUse(c: ShellCommand, args: readonly string[], add: AddUse): void {
  // mknod NAME TYPE [MAJOR MINOR]: TYPE `p` makes a FIFO, which names no device (coreutils mknod(1): "p  create a FIFO").
  const operands = args.filter((a, i) => !a.startsWith('-') && !/^(-m|--mode|-Z|--context)$/.test(args[i - 1] ?? ''));
  if (operands[1] === 'p') return;
  const path = args.find((a) => a.startsWith('/'));
  const hit = path ? pathFacility(path) : undefined;
  const underDev = !!path && path.startsWith('/dev/') && c.phase === 'build';
  add(hit?.facility ?? 'device-node', c.nameWord.range, code(`mknod${path ? ' ' + path : ''}`), hit?.features, {
    mknodUnderDev: underDev,
    kind: 'prepared',
  });
}

/** A program of the trigger table (the first trigger whose arguments match), else a build-time limit alone. */
function triggerUse(
  c: ShellCommand,
  args: readonly string[],
  limit: BuildTimeLimit | undefined,
  buildLimit: FacilityUse['buildLimit'],
  add: AddUse,
): void {
  const name = c.name;
  for (const t of triggersFor(name)) {
    if (!subMatches(t, args)) continue;
    if (name === 'losetup' && !losetupChanges(args) && args.length > 0) continue;
    if (t.startOnly && c.phase !== 'start') return;
    if (t.unlessEnv && new RegExp(`\\b${t.unlessEnv}\\b`).test(c.block.parsed.text)) return;
    const own =
      t.buildNeeds && c.phase === 'build' && !insecureRun(c.block) ? { needs: t.buildNeeds, masked: maskedFailure(c) } : undefined;
    add(t.facility, c.nameWord.range, code(name), t.features, {
      buildLimit: buildLimit ?? own,
      ...(t.atBuild && c.phase === 'build' ? { atBuild: t.atBuild } : {}),
      ...(t.capAdd ? { capAdd: t.capAdd } : {}),
      ...(t.unlessEnv ? { unlessEnv: t.unlessEnv } : {}),
    });
    return;
  }
  // No row names the program: options only one kind of program takes still tell (the hover names the option).
  if (!triggersFor(name).length) {
    const t = anyProgramTriggers.find((x) => subMatches(x, args));
    if (t) {
      add(t.facility, c.nameWord.range, code(`${name} ${args.find((a) => t.args.test(a))}`), [], { buildLimit });
      return;
    }
  }
  if (limit) add(limitFacility(limit), c.nameWord.range, code(name), [], { buildLimit });
}

/** What the command itself does, by its name: ip, mount, umount, tc, setcap, mknod, or a trigger. */
function namedCommandUse(c: ShellCommand, args: readonly string[], add: AddUse): void {
  const limit = buildLimitFor(c, args);
  const masked = limit || (c.name === 'ip' && c.phase === 'build') ? maskedFailure(c) : false;
  const buildLimit = limit ? { needs: limit.needs, masked } : undefined;
  switch (c.name) {
    case 'ip':
      ipCommandUse(c, masked, add);
      return;
    case 'mount': {
      const m = mountUse(args);
      // The filesystem type decides the kernel part, not the facility the type belongs to.
      if (m)
        add(
          m.facility,
          c.nameWord.range,
          code(`mount${m.type ? ' -t ' + m.type : ''}${m.loop ? ' -o loop' : ''}`),
          m.features,
          { buildLimit },
          true,
        );
      return;
    }
    case 'umount':
      if (args.length) add('mount', c.nameWord.range, code('umount'), [], { buildLimit });
      return;
    case 'tc': {
      const feats = tcUse(args);
      const verb = args
        .filter((a) => !a.startsWith('-'))
        .slice(0, 2)
        .join(' ');
      if (feats) add('traffic-control', c.nameWord.range, code('tc ' + verb), feats, { buildLimit });
      return;
    }
    case 'setcap':
      setcapUse(c, args, add);
      return;
    case 'mknod':
      mknodUse(c, args, add);
      return;
    default:
      if (pythonModuleUse(c, args, add)) return;
      triggerUse(c, args, limit, buildLimit, add);
      return;
  }
}

/**
 * `python3 -m gns3server …`: the module run is the program (its console script has the same name), so its trigger
 * applies to the module word. True when one did.
 */
function pythonModuleUse(c: ShellCommand, args: readonly string[], add: AddUse): boolean {
  if (!/^python[\d.]*$/.test(c.name) || args[0] !== '-m' || !args[1]) return false;
  const module = args[1];
  const t = triggersFor(module).find((x) => subMatches(x, args.slice(2)) && !(x.startOnly && c.phase !== 'start'));
  if (!t) return false;
  add(t.facility, c.args[1].range, code(`${c.name} -m ${module}`), t.features, { ...(t.capAdd ? { capAdd: t.capAdd } : {}) });
  return true;
}

/**
 * What the command names besides itself: the directory it is run from, paths and fetched sources
 * among its arguments, a program put in place under its own name, groups that own host devices.
 */
/** An option naming the network interface a program attaches to. */
const INTERFACE_OPTION = /^(-i|--?interface|--?iface)$/;
const INTERFACE_OPTION_JOINED = /^(--?interface|--?iface)=(.+)$/s;
/**
 * The interface read from the default route when the command runs: `$(ip route | grep default | awk '{ print $5 }')`,
 * `$(ip -4 route show default | cut -d' ' -f5)`. The fifth field (or the word after `dev`) is the interface; `$3`
 * (the gateway address) is not.
 */
const DEFAULT_ROUTE_INTERFACE = /^\$\(\s*ip\s[^)]*\br(?:o(?:u(?:te?)?)?)?\b[^)]*\bdefault\b[^)]*(?:\$5\b|-f\s*5\b|\bdev\b)/;

/** A start command handed the default route's interface (`fatt.py -i $(ip route | grep default | awk '{ print $5 }')`). */
function defaultRouteInterfaceUse(c: ShellCommand, add: AddUse): void {
  if (c.phase !== 'start') return;
  c.args.forEach((w, i) => {
    const joined = INTERFACE_OPTION_JOINED.exec(wordText(w))?.[2];
    const value = i > 0 && INTERFACE_OPTION.test(wordValue(c.args[i - 1])) ? wordText(w) : joined;
    if (value && DEFAULT_ROUTE_INTERFACE.test(value))
      add('default-route-interface', w.range, `${code(c.name)} given the default route's interface`, [], { noteRange: w.range });
  });
}

/** Programs whose string arguments are scripts or text to print, not options: their words are read elsewhere or never. */
const NOT_OPTION_STRINGS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox', 'echo', 'printf']);

/**
 * Several words in one exec-form element (`CMD ["gpsd", "-b -G -n /dev/ttyS4"]`): the program still gets the device
 * path, so the container needs that device, as when the path is an argument of its own. Start commands only.
 */
function deviceAmongWords(c: ShellCommand, w: ShellCommand['args'][number], v: string, add: AddUse): void {
  if (c.phase !== 'start' || NOT_OPTION_STRINGS.has(c.name) || !/\s/.test(v)) return;
  const inner = pathInside(v, /(?:^|\s)(\/dev\/[\w./-]+)/g);
  if (inner) add(inner.facility, w.range, code(inner.path), inner.features, { kind: 'mentioned', noteRange: w.range }, true);
}

/** The first path of a trigger among the paths `pattern` captures (group 1) inside a longer value. */
function pathInside(v: string, pattern: RegExp): { path: string; facility: string; features?: string[] } | undefined {
  for (const m of v.matchAll(pattern)) {
    const hit = pathFacility(m[1]);
    if (hit) return { facility: hit.facility, features: hit.features, path: m[1] };
  }
  return undefined;
}

function argumentUses(c: ShellCommand, add: AddUse): void {
  const name = c.name;
  // A program run by its path in a facility's directory (/usr/lib/frr/docker-start starts FRR's daemons).
  const runPath = c.nameWord.value;
  const ranFrom = runPath?.startsWith('/') ? pathFacility(runPath) : undefined;
  if (ranFrom && runPath) add(ranFrom.facility, c.nameWord.range, code(runPath), ranFrom.features, {}, true);
  // A script run by its path whose name says what it installs (/deps/install_hailort.sh): explained, never
  // reported, so only the `mentioned` source triggers apply to it.
  if (runPath?.includes('/')) sourceUses(runPath, c.nameWord, add, true, code);
  for (const w of c.args) {
    // A URL with a variable in it ("…/${DIND_COMMIT}/hack/dind") still names what it fetches.
    const text = wordText(w);
    const v = w.value;
    const hit = v?.startsWith('/') ? pathFacility(v) : undefined;
    if (hit && v && name !== 'mknod') add(hit.facility, w.range, code(v), hit.features, { kind: 'mentioned', noteRange: w.range }, true);
    else if (!hit && v) deviceAmongWords(c, w, v, add);
    sourceUses(text, w, add, false);
    // A Debian package file fetched or installed by its file name (…/intel-opencl-icd_24.26.30049.6_amd64.deb).
    const deb = DEB_FILE.exec(text)?.[1];
    const debFacility = deb ? packageFacility(deb) : undefined;
    if (deb && debFacility) add(debFacility, w.range, `package ${code(deb)}`, [], { kind: 'prepared', noteRange: w.range });
  }
  socatExecUses(c, add);
  defaultRouteInterfaceUse(c, add);
  // A program put in place under its own name (cp criu-3.15/criu/criu /usr/local/sbin,
  // mv release-v1.1.2-x86_64/firecracker-v1.1.2-x86_64 /usr/local/bin/firecracker).
  if (name === 'cp' || name === 'mv' || name === 'install' || name === 'ln') {
    for (const w of c.args) {
      const text = wordText(w);
      const t = text.startsWith('-') ? undefined : copiedProgram(text);
      if (t) add(t.facility, w.range, code(text), [], { kind: 'mentioned', noteRange: w.range });
      // Every binary of Docker's static archive (its docker/ directory holds dockerd, containerd and runc besides the CLI:
      // SRC.dockerStatic in hostFacilities): `install docker/* /usr/bin/` puts the daemon in; `docker/docker` alone is the CLI.
      if (name !== 'ln' && /(^|\/)docker\/\*$/.test(text)) add('dind', w.range, code(text), [], { kind: 'mentioned', noteRange: w.range });
    }
  }
  if (CONTAINER_CLIS.has(name)) containerRunImageUse(c, add);
  // Joining a group that owns host devices (usermod -aG kvm, adduser user dialout).
  if (['usermod', 'useradd', 'adduser', 'addgroup', 'groupadd', 'gpasswd'].includes(name)) {
    for (const w of c.args) {
      for (const g of (w.value ?? '').split(',')) {
        const id = groupTriggers[g];
        if (id) add(id, w.range, `group ${code(g)}`, [], { kind: 'mentioned', noteRange: w.range }, true);
      }
    }
  }
  // Subordinate id ranges (usermod(8), shadow-utils: "-v, --add-subuids FIRST-LAST  Add a range of subordinate uids to
  // the user's account"; -w/--add-subgids likewise): written to /etc/subuid and /etc/subgid for user namespaces.
  if (name === 'usermod' || name === 'useradd') {
    for (const w of c.args) {
      if (/^--add-sub[ug]ids(=.*)?$/.test(w.value ?? '')) {
        add('rootless-containers', w.range, code(w.value ?? ''), [], { kind: 'mentioned', noteRange: w.range }, true);
      }
    }
  }
}

/**
 * socat(1) runs the command line of an `EXEC:`/`SYSTEM:` address for each connection (`socat TCP-LISTEN:1337,fork
 * EXEC:"nsjail --config jail.cfg -- ./chal"`, the inetd-style server of CTF challenges), also behind a wrapper
 * (`kctf_drop_privs socat …`): a program there that uses a facility is explained on the address word. Explained
 * only: the options after the program are not read.
 */
function socatExecUses(c: ShellCommand, add: AddUse): void {
  // endsWith, not a regex per argument: this runs for every argument of every command.
  const socatAt =
    c.name === 'socat' ? -1 : c.args.findIndex((w) => w.value !== undefined && (w.value === 'socat' || w.value.endsWith('/socat')));
  if (c.name !== 'socat' && socatAt < 0) return;
  for (const w of c.args.slice(socatAt + 1)) {
    const m = /^(?:EXEC|SYSTEM):([^,]*)/i.exec(wordText(w));
    if (!m) continue;
    for (const word of m[1].split(/\s+/)) {
      const t = word.startsWith('-') ? undefined : triggersFor(lastSegment(word)).find((x) => !x.sub && !x.args && !x.unless);
      if (t) {
        add(t.facility, w.range, `${code(lastSegment(word))} in socat's ${code(m[0].slice(0, 5).toUpperCase())} address`, [], {
          kind: 'mentioned',
          noteRange: w.range,
        });
        break;
      }
    }
  }
}

/** Each source trigger's needles, read from its pattern on first use (shared/regexNeedles.ts), and their gate. */
let sourceFilter: { needles: readonly (RegexNeedles | undefined)[]; gate: RegExp | undefined } | undefined;

function sourceNeedles(): NonNullable<typeof sourceFilter> {
  if (sourceFilter) return sourceFilter;
  const needles = sourceTriggers.map((t) => regexNeedles(t.pattern));
  return (sourceFilter = { needles, gate: needleGate(needles) });
}

/**
 * Whether some source trigger may match `text`: one regex over every trigger's needles. There are about a hundred
 * triggers, tried on every argument word, and almost no word holds a needle of any.
 */
function anySourceTrigger(text: string): boolean {
  const gate = sourceNeedles().gate;
  return gate === undefined || gate.test(text);
}

/** Whether source trigger `i` matches `text` (once anySourceTrigger said one may): tried where its needles occur. */
function sourceTriggerMatches(i: number, text: string): boolean {
  return mayMatch(sourceNeedles().needles[i], text) && sourceTriggers[i].pattern.test(text);
}

/**
 * The sources a word names (a URL, a downloaded or installed file, a script path): one use per matching source
 * trigger, on the word. `explainedOnly` keeps the triggers that are explained and never reported (`mentioned`),
 * for words that only suggest what is installed (a pip wheel, a script's name).
 */
function sourceUses(text: string, word: ShellWord, add: AddUse, explainedOnly: boolean, label: (text: string) => string = shortCode): void {
  if (!anySourceTrigger(text)) return;
  for (let i = 0; i < sourceTriggers.length; i++) {
    const s = sourceTriggers[i]; // indexed, as in pathFacility: every trigger on every word
    if ((explainedOnly && !s.mentioned) || !sourceTriggerMatches(i, text)) continue;
    // The word's range and the label only for a match: reading `range` makes and keeps a Range on the
    // word (shell/word.ts), and this runs for every argument of every command.
    const range = word.range;
    add(s.facility, range, label(text), [], {
      kind: s.mentioned ? 'mentioned' : 'prepared',
      noteRange: range,
      ...(s.note ? { note: s.note } : {}),
    });
  }
}

const CONTAINER_CLIS = new Set(['docker', 'podman', 'nerdctl']);
/** Options of `docker run` whose value is the next word (docs.docker.com/reference/cli/docker/container/run). */
const RUN_VALUE_OPTIONS =
  /^(-[vepwuhlmc]|--(volume|env|env-file|publish|workdir|user|hostname|label|name|network|net|entrypoint|mount|device|cap-add|cap-drop|security-opt|platform|runtime|pid|ipc|uts|userns|cgroupns|tmpfs|add-host|dns|restart|memory|cpus|cpu-shares|log-driver|log-opt|ulimit|gpus|shm-size|stop-signal|group-add|volumes-from|link|expose|sysctl|pull))$/;

/**
 * `docker run … tonistiigi/binfmt --install all`: the image named by a run needs what the image
 * needs, from the kernel of the host the daemon runs on. Explained, never reported: whether that
 * daemon exists at build time is not this rule's call.
 */
function containerRunImageUse(c: ShellCommand, add: AddUse): void {
  const words = c.args.map((w) => ({ w, v: w.value ?? '' }));
  const run = words.findIndex(({ v }) => v === 'run');
  if (run < 0 || words.slice(0, run).some(({ v }) => !v.startsWith('-') && v !== 'container')) return;
  for (let i = run + 1; i < words.length; i++) {
    const { w, v } = words[i];
    if (v.startsWith('-')) {
      if (RUN_VALUE_OPTIONS.test(v)) i++;
      continue;
    }
    // The first operand is the image; what follows is the command run in it.
    const facility = imageFacility(v);
    if (facility) add(facility.id, w.range, code(v), [], { kind: 'mentioned', noteRange: w.range });
    return;
  }
}

/** The uses one shell command makes. */
const commandUses = perCommand((c: ShellCommand, _key: number): readonly FacilityUse[] => {
  const uses = computeCommandUses(c);
  // Most commands use nothing: their memo entries share one empty list.
  return uses.length > 0 ? uses : NO_USES;
});
const NO_USES: readonly FacilityUse[] = Object.freeze([]);

function computeCommandUses(c: ShellCommand): FacilityUse[] {
  const { uses, add } = useCollector(c);
  redirectUses(c, add);
  configUses(c, add);
  if (TEXT_ONLY.has(c.name)) return uses;
  const args = c.args.map(wordValue);
  // `-v` alone asks most programs for their version, but some for verbose output (`pulseaudio -v`, `dmoj-autoconf -V`).
  const verboseOnly = args.every((a) => a === '-v' || a === '-V') && triggersFor(c.name).some((t) => t.dashVVerbose);
  if (args.length > 0 && args.every((a) => INFO_ONLY.has(a)) && !verboseOnly) return uses;
  environmentUses(c, add);
  if (installUses(c, add)) return uses;
  namedCommandUse(c, args, add);
  argumentUses(c, add);
  return uses;
}

/**
 * A command's own environment (`FEATURES="-pid-sandbox" emerge …`, `NVIDIA_VISIBLE_DEVICES=all cmd`): read like an ENV
 * instruction, for that one command (the same name and text triggers). Explained, never reported.
 */
function environmentUses(c: ShellCommand, add: AddUse): void {
  if (!c.environment) return;
  for (const w of c.environment) {
    const text = w.value ?? w.raw;
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text)?.[0] ?? '';
    // An empty or `void` value asks for nothing (NVIDIA_VISIBLE_DEVICES=void), as for ENV.
    const byName =
      /^[A-Za-z_][A-Za-z0-9_]*=["']?(void)?["']?$/.test(text) && !envTriggersWhenEmpty.has(name)
        ? undefined
        : Object.hasOwn(envTriggers, name)
          ? envTriggers[name]
          : undefined;
    const id = byName ?? envTextTriggers.find((t) => t.pattern.test(text))?.facility;
    if (id) add(id, w.range, shortCode(text), [], { kind: 'mentioned', noteRange: w.range });
  }
}

function limitFacility(l: BuildTimeLimit): string {
  if (l.needs === 'NET_ADMIN')
    return l.command === 'ipvsadm'
      ? 'ipvs'
      : l.command === 'brctl' || l.command.startsWith('wg')
        ? 'netlink-link'
        : l.command === 'tc'
          ? 'traffic-control'
          : 'netfilter';
  if (l.needs === '/dev/zfs') return 'zfs';
  if (l.needs === 'privileged') return 'dind';
  return 'mount';
}

/** Names short or plain enough that only these count when a COPY names them (others need a '-', '.' or '_'). */
const COPIED_PROGRAMS =
  /^(dockerd|containerd|runc|crun|netbird|tailscaled|bpftrace|bpftool|tracee|tetragon|beyla|openvpn|falco|podman|buildah|firecracker|jailer|kubelet|k3s|zerotier-one|gcsfuse|geesefs|nsjail|bwrap|firejail|criu|glusterd|pigpiod|ser2net|bird|zebra|watchfrr|nsenter|runsc|auditd|ptp4l|nebula|tincd|nvme|nr-ue|sctpd|isolate|chaosd|pumba)$/;

/** The trigger of a program copied or moved in under its own distinctive name (dockerd-entrypoint.sh, bpftrace, criu). */
function copiedProgram(path: string): CommandTrigger | undefined {
  const base = lastSegment(path);
  // A glob with a distinctive prefix (`/usr/local/bin/spdk_*`) copies the programs it names.
  const glob = /^([A-Za-z][\w.-]{3,})\*$/.exec(base);
  if (glob) return (commandTriggers as readonly CommandTrigger[]).find((t) => t.command.startsWith(glob[1]) && !t.sub && !t.args);
  if (!COPIED_PROGRAMS.test(base) && !(/[-._]/.test(base.replace(/\.(sh|py)$/, '')) && base.length > 5)) return undefined;
  return triggersFor(base).find((x) => !x.sub && !x.args);
}

/** Options of `pip install` whose value is the next word. */
const PIP_VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '--trusted-host',
  '--platform',
  '--python-version',
  '--cache-dir',
]);

/** Options of `pip install` that name a package index or a page of links (`--index-url URL`, `--extra-index-url=URL`). */
const PIP_INDEX_OPTION = /^(-i|--index-url|--extra-index-url|-f|--find-links)(=.*)?$/;

/** The words of a pip command that give an index or links page: the option's next word, or the option itself in `--opt=URL` form. */
function pipIndexWords(c: ShellCommand): ShellWord[] {
  const out: ShellWord[] = [];
  for (const [i, w] of c.args.entries()) {
    const m = PIP_INDEX_OPTION.exec(w.value ?? '');
    if (!m) continue;
    const value = m[2] ? w : c.args[i + 1];
    if (value) out.push(value);
  }
  return out;
}

/** The requirement words of `pip install …` / `python -m pip install …`; undefined for any other command. */
function pipInstallWords(c: ShellCommand): ShellWord[] | undefined {
  let words = c.args;
  if (/^python[0-9.]*$/.test(c.name)) {
    if (wordValue(words[0] ?? ({ raw: '' } as ShellWord)) !== '-m' || !/^pip[0-9.]*$/.test(words[1]?.value ?? '')) return undefined;
    words = words.slice(2);
  } else if (!/^pip[0-9.]*$/.test(c.name)) return undefined;
  const sub = words.findIndex((w) => !(w.value ?? '').startsWith('-'));
  if (sub < 0 || words[sub].value !== 'install') return undefined;
  const out: ShellWord[] = [];
  for (let i = sub + 1; i < words.length; i++) {
    const v = words[i].value ?? '';
    if (PIP_VALUE_OPTIONS.has(v)) i++;
    else if (!v.startsWith('-')) out.push(words[i]);
  }
  return out;
}

/** Image reference → repository path without registry, and tag. */
function repoAndTag(ref: string): { repository: string; tag: string } {
  const noDigest = ref.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tag = colon > slash ? noDigest.slice(colon + 1) : '';
  let path = colon > slash ? noDigest.slice(0, colon) : noDigest;
  const first = path.split('/')[0];
  if (path.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) path = path.slice(first.length + 1);
  return { repository: path.toLowerCase(), tag: tag.toLowerCase() };
}

/**
 * Before manifest lists, per-architecture builds were pushed as their own repositories named with an architecture
 * suffix (gcr.io/google_containers/pause-amd64, kindest/node-arm64): the same image for one architecture.
 */
const ARCH_SUFFIX = /-(amd64|arm64|aarch64|arm|armhf|armv7|arm32v7|arm64v8|ppc64le|s390x|riscv64|x86_64|i386)$/;

/** Per reference string (perString): every stage's image is looked up at every keystroke, twice. */
const imageFacility = perString((ref: string): HostFacility | undefined => {
  if (!ref || ref.includes('$')) return undefined;
  const { repository, tag } = repoAndTag(ref);
  // The path with its registry (pwn.red/jail), for triggers whose repository alone is too plain a word.
  const withRegistry = ref
    .split('@')[0]
    .replace(/:[^/]*$/, '')
    .toLowerCase();
  const hit = imageTriggerFacility(repository, withRegistry, tag);
  if (hit || !ARCH_SUFFIX.test(repository)) return hit;
  return imageTriggerFacility(repository.replace(ARCH_SUFFIX, ''), withRegistry.replace(ARCH_SUFFIX, ''), tag);
});

function imageTriggerFacility(repository: string, withRegistry: string, tag: string): HostFacility | undefined {
  for (let i = 0; i < imageTriggers.length; i++) {
    const t = imageTriggers[i]; // indexed, as in pathFacility
    // 'nvidia/l4t-*': every repository with that prefix; '*/nsjail': that last segment under any namespace.
    const prefix = t.repository.endsWith('*') ? t.repository.slice(0, -1) : undefined;
    const suffix = t.repository.startsWith('*/') ? t.repository.slice(1) : undefined;
    const hit = prefix
      ? repository.startsWith(prefix)
      : suffix
        ? repository.endsWith(suffix)
        : t.repository === repository || t.repository === withRegistry;
    if (!hit) continue;
    if (t.tag && !t.tag.test(tag)) continue;
    return facilityById.get(t.facility);
  }
  return undefined;
}

/** Every facility use of the document (computed once per analysis). */
interface BlockExpose {
  block: InstructionBlock;
  port: number;
  range: Range;
  text: string;
}

interface BlockUse {
  facility: HostFacility | undefined;
  range: Range;
  via: string;
  extra: readonly string[];
  kind: FacilityUse['kind'];
}

type StaticUse = (
  facility: HostFacility | undefined,
  range: Range,
  via: string,
  extra?: readonly string[],
  kind?: FacilityUse['kind'],
) => void;

/** What one ENV argument names: a variable the toolkit reads by name, options inside the value, a device path. */
/** The first group of an ENV group list (`audio,video`, `audio video`) that owns host devices, explained; true when found. */
function groupListUse(value: string, range: Range, staticUse: StaticUse): boolean {
  for (const g of value.replace(/["']/g, '').split(/[,\s]+/)) {
    const id = Object.hasOwn(groupTriggers, g) ? groupTriggers[g] : undefined;
    if (id) {
      staticUse(facilityById.get(id), range, `group ${code(g)}`, [], 'mentioned');
      return true;
    }
  }
  return false;
}

function envArgumentUse(raw: string, v: string, range: Range, staticUse: StaticUse, legacyValue?: string): void {
  // ENV NVIDIA_VISIBLE_DEVICES=all, ENV NVIDIA_DRIVER_CAPABILITIES compute,utility: the name decides.
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw)?.[0];
  // NVIDIA_VISIBLE_DEVICES=void (or empty) asks the toolkit for no GPU at all; so does the legacy `ENV NAME ""`.
  // A program that tests only whether the variable is set (getenv ≠ NULL) counts an empty value too.
  const empty =
    legacyValue === undefined ? /^[A-Z_]+=(void)?$/.test(raw.replace(/["']/g, '')) : /^(void)?$/.test(legacyValue.replace(/["'\s]/g, ''));
  const unset = empty && !(name && envTriggersWhenEmpty.has(name));
  const byName = name && !unset ? envTriggers[name] : undefined;
  if (byName) {
    staticUse(facilityById.get(byName), range, code(name!), [], 'mentioned');
    return;
  }
  // JVM options, browser launch options and settings inside the value (JAVA_TOOL_OPTIONS="… -XX:+UseTransparentHugePages").
  // The legacy form `ENV NAME value…` is read as `NAME value…`, the way the triggers' `[= ]` separators expect.
  const text = legacyValue === undefined ? raw : `${raw} ${legacyValue}`;
  const byText = envTextTriggers.find((t) => t.pattern.test(text));
  if (byText) {
    const label = /^[A-Za-z_][\w.]*(?=[= ])/.exec(raw)?.[0] ?? raw;
    staticUse(facilityById.get(byText.facility), range, shortCode(label), [], 'mentioned');
    return;
  }
  if (name && groupListEnvName.test(name) && groupListUse(legacyValue ?? v, range, staticUse)) return;
  const hit = pathFacility(v);
  if (hit) staticUse(facilityById.get(hit.facility), range, code(v), hit.features, 'mentioned');
  // A device named inside a longer value (ser2net's "3000:raw:0:/dev/ttyUSB0:38400 …"), or a directory in a
  // search path (PATH=$PATH:/usr/local/nvidia/bin: the host driver's volume).
  else {
    const inner = pathInside(v, /(?:^|[\s:=,;])(\/(?:dev|usr\/local\/nvidia)\/[\w./-]+)/g);
    if (inner) staticUse(facilityById.get(inner.facility), range, code(inner.path), inner.features, 'mentioned');
  }
}

/**
 * What one VOLUME/COPY/ADD/EXPOSE/ENV instruction names (paths, copied programs, fetched sources,
 * ports), computed once per block (perBlock): a keystroke does not re-match every instruction of a
 * big file against the trigger tables.
 */
const blockUsesMemo = perBlock(computeBlockUses);
const NO_BLOCK_USES: { uses: BlockUse[]; exposes: BlockExpose[] } = { uses: [], exposes: [] };
const USE_KEYWORDS = new Set(['VOLUME', 'COPY', 'ADD', 'EXPOSE', 'ENV', 'LABEL', 'USER']);
function blockUses(block: InstructionBlock): { uses: BlockUse[]; exposes: BlockExpose[] } {
  // Most instructions name nothing: no memo entry for them.
  return USE_KEYWORDS.has(block.parsed.keyword) ? blockUsesMemo(block) : NO_BLOCK_USES;
}

/**
 * `FROM tonistiigi/binfmt AS binfmt` … `COPY --from=binfmt /buildkit-qemu-* …`: files copied from a stage built
 * on a facility image bring what that image holds (the per-block pass sees only the stage's name).
 */
function stageAliasFacilities(ctx: DocumentContext): Map<string, HostFacility> {
  const out = new Map<string, HostFacility>();
  for (const s of ctx.stages) {
    const f = s.name && s.imageRange ? imageFacility(s.imageText) : undefined;
    if (f && s.name) out.set(s.name.toLowerCase(), f);
  }
  return out;
}

/** The COPY/ADD `--from=<stage>` flags naming such a stage: explained, not reported (running what was copied is the use). */
function stageCopyUses(
  block: InstructionBlock,
  aliases: ReadonlyMap<string, HostFacility>,
): { facility: HostFacility; range: Range; via: string }[] {
  if (block.parsed.keyword !== 'COPY' && block.parsed.keyword !== 'ADD') return [];
  const out: { facility: HostFacility; range: Range; via: string }[] = [];
  for (const flag of copyFromFlags(block)) {
    const value = flag.value;
    const f = aliases.get(value.toLowerCase());
    if (f && !imageFacility(value))
      out.push({ facility: f, range: astRangeToAbsolute(block, flag.astRange), via: code(`--from=${value}`) });
  }
  return out;
}

/**
 * What COPY/RUN flags name: files a COPY --from or a RUN --mount from= takes from a stage built on a facility image,
 * and the SELinux relabel option of a RUN mount.
 */
function flagUses(
  ctx: DocumentContext,
  block: InstructionBlock,
  aliases: ReadonlyMap<string, HostFacility>,
): readonly { facility: HostFacility | undefined; range: Range; via: string }[] {
  // Only COPY/ADD (--from) and RUN (--mount=) carry such flags: no arrays for every other block at every keystroke.
  const kw = block.parsed.keyword;
  if (kw === 'RUN' ? !block.parsed.text.includes('--mount=') : kw !== 'COPY' && kw !== 'ADD') return NO_FLAG_USES;
  const relabel = relabelMountUses(ctx, block).map((u) => ({ ...u, facility: facilityById.get('selinux-relabel') }));
  if (aliases.size === 0) return relabel;
  return [...stageCopyUses(block, aliases), ...stageMountUses(ctx, block, aliases), ...relabel];
}

const NO_FLAG_USES: readonly { facility: HostFacility | undefined; range: Range; via: string }[] = Object.freeze([]);

/**
 * `RUN --mount=type=cache,target=/x,z`: Podman/Buildah's SELinux relabel option on a RUN mount (SRC.buildahRelabel).
 * Read from the block's text: the shell layer does not see RUN flags.
 */
function relabelMountUses(ctx: DocumentContext, block: InstructionBlock): { range: Range; via: string }[] {
  // The block's text is its lines joined: without `--mount=` there, no line matches (no matchAll per line per keystroke).
  if (block.parsed.keyword !== 'RUN' || !block.parsed.text.includes('--mount=')) return [];
  const out: { range: Range; via: string }[] = [];
  for (let l = block.startLine; l < block.startLine + block.lineCount; l++) {
    const text = ctx.model.lines[l] ?? '';
    for (const m of text.matchAll(/--mount=\S*?,([zZ])(?=[,\s\\]|$)/g)) {
      const start = m.index! + m[0].length - 1;
      out.push({ range: { start: { line: l, character: start }, end: { line: l, character: start + 1 } }, via: code(`--mount=…,${m[1]}`) });
    }
  }
  return out;
}

/**
 * `RUN --mount=type=bind,from=<stage>,…`: a RUN step reading files of such a stage (ublue's kernel and akmods RPMs mounted
 * from their images) brings what that image holds, as COPY --from does. Read from the block's text: only `from=` matters.
 */
function stageMountUses(
  ctx: DocumentContext,
  block: InstructionBlock,
  aliases: ReadonlyMap<string, HostFacility>,
): { facility: HostFacility; range: Range; via: string }[] {
  if (block.parsed.keyword !== 'RUN' || !block.parsed.text.includes('--mount=')) return [];
  const out: { facility: HostFacility; range: Range; via: string }[] = [];
  for (let l = block.startLine; l < block.startLine + block.lineCount; l++) {
    const text = ctx.model.lines[l] ?? '';
    for (const m of text.matchAll(/--mount=\S*?\bfrom=([\w.-]+)/g)) {
      const f = aliases.get(m[1].toLowerCase());
      if (!f) continue;
      const start = m.index! + m[0].length - m[1].length - 'from='.length;
      out.push({
        facility: f,
        range: { start: { line: l, character: start }, end: { line: l, character: m.index! + m[0].length } },
        via: code(`from=${m[1]}`),
      });
    }
  }
  return out;
}

/**
 * The host device a word of a LABEL's `docker run` command passes in (`LABEL RUN="docker run -d --device=/dev/onload …"`,
 * the Atomic convention of documenting the run command in the image): the image expects it from the host.
 */
function runLabelDevice(block: InstructionBlock, word: string, next: string | undefined): string | undefined {
  const m = /^["']?--device(?:=(.*))?$/.exec(word);
  if (!m || !/\b(docker|podman)\s+run\b/.test(block.parsed.text)) return undefined;
  return /^["']?(\/dev\/[^\s"':,]+)/.exec(m[1] ?? next ?? '')?.[1];
}

function computeBlockUses(block: InstructionBlock): { uses: BlockUse[]; exposes: BlockExpose[] } {
  const out: { uses: BlockUse[]; exposes: BlockExpose[] } = { uses: [], exposes: [] };
  const exposes = out.exposes;
  const staticUse = (
    facility: HostFacility | undefined,
    range: Range,
    via: string,
    extra: readonly string[] = [],
    kind: FacilityUse['kind'] = 'prepared',
  ) => {
    if (facility) out.uses.push({ facility, range, via, extra, kind });
  };
  const kw = block.parsed.keyword;
  // The keyword first: reading `ast` parses the block with dockerfile-ast (a RUN chain's parse is most
  // of a small file's keystroke).
  if (!USE_KEYWORDS.has(kw)) return out;
  const ast = block.parsed.ast;
  if (!ast) return out;
  if (kw === 'COPY' || kw === 'ADD') {
    for (const flag of copyFromFlags(block)) {
      staticUse(imageFacility(flag.value), astRangeToAbsolute(block, flag.astRange), `${code('--from=' + flag.value)}`);
    }
  }
  const args = ast.getArguments();
  // COPY/ADD: the operands (shared copyOperands: flags, JSON, quotes, here-documents read once for every rule).
  const words =
    kw === 'COPY' || kw === 'ADD'
      ? copyOperands(block).all.filter((o) => !o.heredoc)
      : args.map((a) => ({ value: a.getValue().replace(/^\[?"?|"?,?\]?$/g, ''), range: astRangeToAbsolute(block, a.getRange()) }));
  // Indexed: entries() allocates an iterator result and a pair per argument in code not yet optimised.
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    const raw = a.value;
    // ENV NAME=/dev/ttyUSB0: the value is a path the program will open.
    const v = kw === 'ENV' ? raw.replace(/^[A-Za-z_][A-Za-z0-9_]*=/, '').replace(/^["']|["']$/g, '') : raw;
    const range = a.range;
    if (kw === 'ENV') {
      // The legacy form `ENV NAME value…`: the name's value is the rest of the line.
      const legacyValue =
        i === 0 && !raw.includes('=')
          ? args
              .slice(1)
              .map((x) => x.getValue())
              .join(' ')
          : undefined;
      envArgumentUse(raw, v, range, staticUse, legacyValue);
      continue;
    }
    if (kw === 'USER') {
      // USER nobody:audio: the process's primary group, when it owns host devices (the groups usermod -aG names).
      const colon = v.indexOf(':');
      if (colon > 0) groupListUse(v.slice(colon + 1), range, staticUse);
      continue;
    }
    if (kw === 'LABEL') {
      // LABEL com.nvidia.volumes.needed="nvidia_driver": the key decides (nvidia-docker 1.0 reads it).
      const key = /^[\w.-]+/.exec(raw)?.[0] ?? '';
      const id = labelTriggers[key];
      if (id) staticUse(facilityById.get(id), range, code(key), [], 'mentioned');
      const device = runLabelDevice(block, raw, words[i + 1]?.value);
      if (device) {
        const f = facilityById.get(pathFacility(device)?.facility ?? 'host-device');
        staticUse(f, range, `${code('--device ' + device)} in the label's \`docker run\` command`, [], 'mentioned');
      }
      continue;
    }
    if (kw === 'EXPOSE') {
      const m = /^(\d+)(?:\/(tcp|udp))?$/i.exec(v);
      if (m) exposes.push({ block, port: Number(m[1]), range, text: v });
      continue;
    }
    // A VOLUME or COPY destination prepares a facility some command uses; that command is reported.
    const hit = pathFacility(v);
    if (hit) staticUse(facilityById.get(hit.facility), range, code(v), hit.features, 'mentioned');
    if (kw !== 'VOLUME') copiedPathUses(v, range, staticUse);
  }
  return out;
}

/** A COPY/ADD (or other) operand that names what it brings in: a program, a qemu-*-static, a source, udev rules. */
function copiedPathUses(v: string, range: Range, staticUse: StaticUse): void {
  // A program copied in under its own distinctive name (dockerd-entrypoint.sh, bpftrace, tailscaled).
  const t = copiedProgram(v);
  if (t) staticUse(facilityById.get(t.facility), range, code(v), [], 'mentioned');
  // The architecture may be a build variable and the name a glob (`qemu-$ARCH-static*`, `qemu-${QEMU_ARCH}-static*`).
  if (/(^|[/_])qemu-([a-z0-9_*]+|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)-static\*?(\.tar\.gz)?$/.test(v))
    staticUse(facilityById.get('binfmt'), range, code(v));
  const may = anySourceTrigger(v);
  for (let i = 0; may && i < sourceTriggers.length; i++) {
    const s = sourceTriggers[i]; // indexed, as in pathFacility
    if (sourceTriggerMatches(i, v)) staticUse(facilityById.get(s.facility), range, shortCode(v));
  }
  // udev rules copied in, also into a staging root (/rootfs/usr/lib/udev/rules.d/): a udevd applies them to device events.
  if (/(^|\/)udev\/rules\.d(\/|$)/.test(v)) staticUse(facilityById.get('udev'), range, code(v), [], 'mentioned');
}

/** Uses in scripts read from the build context: placed on the CMD/ENTRYPOINT or RUN word that runs them. */
function contextScriptUses(ctx: DocumentContext, envText: () => string): FacilityUse[] {
  const out: FacilityUse[] = [];
  for (const c of [...startScriptCommands(ctx), ...runScriptCommands(ctx)]) {
    const related = startScriptRelated(c);
    if (!related.some((r) => r.file !== undefined)) continue;
    for (const u of commandUses(c, 0))
      if (!u.unlessEnv || !new RegExp(`\\b${u.unlessEnv}\\b`).test(envText()))
        out.push({ ...u, via: `${u.via}${startScriptWhere(c)}`, related });
  }
  return out;
}

/**
 * Packages listed in an ARG or ENV value that an install command of the document expands as a whole word
 * (`ARG REQUIRED_PACKAGES="… flatpak fuse-zip …"` then `apt-get install -y $REQUIRED_PACKAGES`): each name is
 * explained where it is written, as if it stood in the install (variablePackageUses explains them on the install's
 * word). Explained only: the install is the use.
 */
function listedPackageUses(ctx: DocumentContext, staticUse: StaticUse): void {
  const managers = new Map<string, InstallManager>();
  const commands = ctx.commands();
  for (let i = 0; i < commands.length; i++) {
    const install = installOf(commands[i]);
    if (!install) continue;
    for (const p of install.packages) {
      const name = p.dynamic ? wholeVariable(p.word.raw) : undefined;
      if (name && !managers.has(name)) managers.set(name, install.manager);
    }
  }
  if (managers.size === 0) return;
  const instructions = ctx.model.instructions;
  for (let b = 0; b < instructions.length; b++) {
    const block = instructions[b];
    const kw = block.parsed.keyword;
    if (kw !== 'ARG' && kw !== 'ENV') continue;
    // `ARG NAME="…"` / `ENV NAME=…` / `ENV NAME …`: one variable per block, the value is the rest.
    const defined = /^\s*\w+\s+([A-Za-z_]\w*)[= ]/.exec(block.parsed.text)?.[1];
    const manager = defined ? managers.get(defined) : undefined;
    if (!defined || !manager) continue;
    for (let i = 0; i < block.lineCount; i++) {
      const line = block.startLine + i;
      const text = ctx.model.lines[line] ?? '';
      // Past the name on the first line: the value's words, each a package the install will be given.
      const from = i === 0 ? text.indexOf(defined) + defined.length : 0;
      for (const m of text.slice(from).matchAll(/[A-Za-z0-9][\w.+:-]*/g)) {
        const name = packageName(manager, m[0])?.toLowerCase();
        const id = name ? packageFacility(name, manager) : undefined;
        if (!id) continue;
        const start = from + m.index!;
        const range = { start: { line, character: start }, end: { line, character: start + m[0].length } };
        staticUse(facilityById.get(id), range, `package ${code(name!)} listed in ${code('$' + defined)}`, [], 'mentioned');
      }
    }
  }
}

/** What ARG and ENV values name for the commands that expand them: listed packages, installers. */
function variableUses(ctx: DocumentContext, staticUse: StaticUse): void {
  listedPackageUses(ctx, staticUse);
  variableSourceUses(ctx, staticUse);
}

/** The facilities of the source triggers a value matches, per value string (every ARG/ENV value is asked at every keystroke). */
const sourceFacilities = perString((value: string): string[] =>
  anySourceTrigger(value) ? sourceTriggers.filter((_, i) => sourceTriggerMatches(i, value)).map((t) => t.facility) : [],
);

/**
 * Installers and archives named by an ARG or ENV value that a command then runs or passes on
 * (`ARG NNRT_PKG=Ascend-cann-nnrt*.run` then `./$NNRT_PKG --install`): the source triggers of the value are explained
 * on the word that expands it. Explained only, like the value itself. One pass over the ARG/ENV blocks, and over
 * the commands only when a value matched, so a document without such a variable pays for the first pass alone.
 */
function variableSourceUses(ctx: DocumentContext, staticUse: StaticUse): void {
  const named = new Map<string, { value: string; facilities: string[] }>();
  const instructions = ctx.model.instructions;
  for (let b = 0; b < instructions.length; b++) {
    const kw = instructions[b].parsed.keyword;
    if (kw !== 'ARG' && kw !== 'ENV') continue;
    // `ARG NAME=value` / `ENV NAME=value`: one variable per block, its value a single word.
    const m = /^\s*\w+\s+([A-Za-z_]\w*)=["']?([^\s"']+)["']?\s*$/.exec(instructions[b].parsed.text);
    if (!m) continue;
    const facilities = sourceFacilities(m[2]);
    if (facilities.length) named.set(m[1], { value: m[2], facilities });
  }
  if (named.size === 0) return;
  const commands = ctx.commands();
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i];
    // The name word, then the arguments (j = -1 is the name); only words with a `$` are matched.
    for (let j = -1; j < c.args.length; j++) {
      const word = j < 0 ? c.nameWord : c.args[j];
      if (!word.raw.includes('$')) continue;
      for (const ref of word.raw.matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)) {
        const hit = named.get(ref[1]);
        if (!hit) continue;
        for (const f of hit.facilities)
          staticUse(facilityById.get(f), word.range, `${shortCode(hit.value)} (from ${code('$' + ref[1])})`, [], 'mentioned');
      }
    }
  }
}

/**
 * The uses of the Dockerfile's shell commands into `uses`, and the text of its ENV instructions (for the uses an ENV
 * variable turns off). The text is joined only when a use asks (few do), not on every keystroke of a big file.
 * Indexed loops: this runs once per keystroke over every command, mostly before V8 optimises it, and an array
 * iterator there allocates a result object per element.
 */
function shellCommandUses(ctx: DocumentContext, uses: FacilityUse[]): () => string {
  let env: string | undefined;
  const envText = (): string =>
    (env ??= ctx.model.instructions
      .filter((b) => b.parsed.keyword === 'ENV')
      .map((b) => b.parsed.text)
      .join('\n'));
  const commands = ctx.commands();
  for (let i = 0; i < commands.length; i++) {
    const found = commandUses(commands[i], 0);
    for (let j = 0; j < found.length; j++) {
      const u = found[j];
      if (!u.unlessEnv || !new RegExp(`\\b${u.unlessEnv}\\b`).test(envText())) uses.push(u);
    }
  }
  return envText;
}

/**
 * A port means a kernel service only where the same stage uses that facility otherwise (or installs a companion
 * package). One pass over the uses and one over the installs, not one per EXPOSE, each keeping only what the stages
 * of EXPOSEs with a port trigger need (a Set of package names per stage at every keystroke was a tenth of this
 * rule's garbage at 50,000 lines, for the few stages that expose such a port).
 */
function exposeUses(ctx: DocumentContext, uses: readonly FacilityUse[], exposes: readonly BlockExpose[], staticUse: StaticUse): void {
  const wanted: { e: BlockExpose; t: (typeof portTriggers)[number]; stage: StageInfo | undefined }[] = [];
  for (const e of exposes) {
    const t = portTriggers.find((p) => p.port === e.port);
    if (t) wanted.push({ e, t, stage: ctx.stageAt(e.block.startLine) });
  }
  if (wanted.length === 0) return;
  const installedByStage = new Map<StageInfo | undefined, Set<string>>();
  const usedByStage = new Map<StageInfo | undefined, Set<string>>();
  for (const w of wanted) {
    installedByStage.set(w.stage, new Set());
    usedByStage.set(w.stage, new Set());
  }
  for (let i = 0; i < uses.length; i++) usedByStage.get(ctx.stageAt(uses[i].line))?.add(uses[i].facility.id);
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci];
    const install = installOf(c);
    const set = install ? installedByStage.get(ctx.stageAt(c.block.startLine)) : undefined;
    if (!install || !set) continue;
    for (let pi = 0; pi < install.packages.length; pi++) set.add(install.packages[pi].name);
  }
  for (const { e, t, stage } of wanted) {
    const installed = installedByStage.get(stage);
    const companion = t.withPackages?.some((p) => installed?.has(p)) ?? false;
    if (!companion && !usedByStage.get(stage)?.has(t.facility)) continue;
    staticUse(facilityById.get(t.facility), e.range, `${code('EXPOSE ' + e.text)} (${t.service})`);
  }
}

/** The uses of the shell commands and of the start scripts they run (facilityUses, first part). */
const commandFacilityUses = perDocument((ctx: DocumentContext): readonly FacilityUse[] => {
  const uses: FacilityUse[] = [];
  const envText = shellCommandUses(ctx, uses);
  for (const u of contextScriptUses(ctx, envText)) uses.push(u);
  return uses;
});

/** Packages named through a variable or a local .deb glob (facilityUses, second part). */
const packageFacilityUses = perDocument((ctx: DocumentContext): readonly FacilityUse[] => [
  ...variablePackageUses(ctx),
  ...localDebGlobUses(ctx),
]);

/** Browsers an automation client drives (facilityUses, third part). */
const browserFacilityUses = perDocument(automatedBrowserUses);

/**
 * Every use of the document. Its parts are separate passes over all commands (each up to a few
 * milliseconds at 50,000 lines), so the analysis of a big document yields between them (rule.passes).
 */
const facilityUses = perDocument((ctx: DocumentContext): readonly FacilityUse[] => {
  const uses: FacilityUse[] = [...commandFacilityUses(ctx), ...packageFacilityUses(ctx), ...browserFacilityUses(ctx)];
  const staticUse = (
    facility: HostFacility | undefined,
    range: Range,
    via: string,
    extra: readonly string[] = [],
    kind: FacilityUse['kind'] = 'prepared',
  ) => {
    if (facility)
      uses.push({
        facility,
        noteRange: range,
        range,
        via,
        features: featuresOf([...facility.features, ...extra]),
        kind,
        line: range.start.line,
      });
  };
  // Only the last stage runs; an earlier stage's image is a build tool or a COPY source: explained, never reported.
  for (const s of ctx.stages) {
    if (s.imageRange)
      staticUse(
        imageFacility(s.imageText),
        s.imageRange,
        `image ${code(s.imageText)}`,
        [],
        s === ctx.stages[ctx.stages.length - 1] ? 'prepared' : 'mentioned',
      );
  }
  variableUses(ctx, staticUse);
  for (const u of imageSwitchUses(ctx)) uses.push(u);
  const aliasFacility = stageAliasFacilities(ctx);
  const exposes: BlockExpose[] = [];
  const instructions = ctx.model.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const block = instructions[i];
    const found = blockUses(block);
    for (let j = 0; j < found.uses.length; j++) {
      const u = found.uses[j];
      staticUse(u.facility, u.range, u.via, u.extra, u.kind);
    }
    for (let j = 0; j < found.exposes.length; j++) exposes.push(found.exposes[j]);
    const flagged = flagUses(ctx, block, aliasFacility);
    for (let j = 0; j < flagged.length; j++) staticUse(flagged[j].facility, flagged[j].range, flagged[j].via, [], 'mentioned');
  }
  if (exposes.length > 0) exposeUses(ctx, uses, exposes, staticUse);
  return uses;
});

/**
 * `ENV UDEV=on` in a stage built on a balena image (knowledge imageEnvSwitches): the image's own entry point then starts
 * udevd on the host's device events. Explained, never reported; a stage that sets its own ENTRYPOINT is told that it
 * replaces that entry point unless its script runs it.
 */
function imageSwitchUses(ctx: DocumentContext): FacilityUse[] {
  const out: FacilityUse[] = [];
  for (const stage of ctx.stages) {
    // The stage at the end of the chain names the image (`FROM balenalib/… AS base`, then `FROM base`).
    const root = stage.chain.length > 0 ? ctx.stages[stage.chain[stage.chain.length - 1]] : stage;
    const repository = imageRepository(root.substitution.text ?? '');
    const sw = imageEnvSwitches.find((x) => repository?.includes('/') && x.namespaces.includes(repository.split('/')[0]));
    const facility = sw && facilityById.get(sw.facility);
    if (!sw || !facility) continue;
    const ownEntrypoint = ctx.model.instructions.some((b) => b.parsed.keyword === 'ENTRYPOINT' && ctx.stageAt(b.startLine) === stage);
    const note = ownEntrypoint
      ? `${sw.effect} This stage sets its own ENTRYPOINT, which replaces that entry point unless its script runs /usr/bin/entry.sh.`
      : sw.effect;
    for (const { range, value } of envSwitchesIn(ctx, stage, sw.env, sw.on)) {
      const via = `${code(`ENV ${sw.env}=${value}`)} on ${code(repository!)}`;
      const features = featuresOf([...facility.features]);
      out.push({ facility, noteRange: range, range, via, features, kind: 'mentioned', line: range.start.line, note });
    }
  }
  return out;
}

/** Options of npm, yarn and pnpm whose value is the next word (`npm install --prefix /app puppeteer`). */
const NODE_VALUE_OPTIONS = new Set(['--prefix', '--registry', '--cache', '--cwd', '--modules-folder', '-C', '--dir', '--filter']);

/** The package names of `npm install|i|add …`, `yarn add …`, `pnpm add|install …` (version and tag dropped). */
function nodeInstallNames(c: ShellCommand): string[] {
  if (c.name !== 'npm' && c.name !== 'yarn' && c.name !== 'pnpm') return [];
  const words = c.args.map((w) => w.value ?? '');
  const sub = words.findIndex((v) => !v.startsWith('-'));
  if (sub < 0 || !['install', 'i', 'add'].includes(words[sub])) return [];
  const out: string[] = [];
  for (let i = sub + 1; i < words.length; i++) {
    if (NODE_VALUE_OPTIONS.has(words[i])) i++;
    else if (!words[i].startsWith('-')) out.push(words[i].replace(/(?<=.)@.*$/, ''));
  }
  return out;
}

/** Chromium-based browsers a stage installs or a client downloads, with the stages that run Node.js or install a driver. */
interface InstalledBrowsers {
  browsers: { stage: StageInfo | undefined; c: ShellCommand; name: string; range: Range; download?: boolean }[];
  driven: ReadonlySet<StageInfo | undefined>;
  nodeStages: ReadonlySet<StageInfo | undefined>;
}

/**
 * The first pass of automatedBrowserUses: the installed browsers (most files install none, and then
 * every command's pip/npm words are not read). A pass of its own over every command (rule.passes).
 */
const installedBrowsers = perDocument((ctx: DocumentContext): InstalledBrowsers => {
  const browsers: InstalledBrowsers['browsers'] = [];
  const driven = new Set<StageInfo | undefined>();
  const nodeStages = new Set<StageInfo | undefined>();
  // Indexed loops: this pass runs over every command at every keystroke (see memo.ts).
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci];
    if (browserAutomation.nodeRunners.has(c.name)) nodeStages.add(ctx.stageAt(c.block.startLine));
    const install = c.phase === 'build' ? installOf(c) : undefined;
    const packages = install?.packages ?? [];
    for (let pi = 0; pi < packages.length; pi++) {
      const p = packages[pi];
      if (browserAutomation.browsers.has(p.name))
        browsers.push({ stage: ctx.stageAt(c.block.startLine), c, name: p.name, range: p.word.range });
      if (browserAutomation.drivers.has(p.name)) driven.add(ctx.stageAt(c.block.startLine));
    }
    // A client's own download (`npx puppeteer browsers install chrome`): the browser is that client's to drive.
    const download = c.phase === 'build' && !install ? chromiumDownload(c) : undefined;
    if (download) {
      const stage = ctx.stageAt(c.block.startLine);
      browsers.push({ stage, c, name: download.label, range: download.word.range, download: true });
      driven.add(stage);
    }
  }
  return { browsers, driven, nodeStages };
});

/**
 * A Chromium-based browser package installed in a stage that also installs a client driving it (a WebDriver
 * server package, Selenium, Puppeteer, Playwright), or in a stage that runs a Node.js program (npm, node …), whose
 * package.json client drives it: explained on the browser's word, never reported. Two passes over
 * the document's commands: the browsers first (installedBrowsers), the clients only where one is;
 * the stage is looked up only for the words that matter.
 */
function automatedBrowserUses(ctx: DocumentContext): FacilityUse[] {
  const found = installedBrowsers(ctx);
  const { browsers, nodeStages } = found;
  if (browsers.length === 0) return [];
  // A copy: the memoised pass result is shared and never changed.
  const driven = new Set(found.driven);
  const norm = (x: string) => x.toLowerCase().replace(/[-_.]+/g, '-');
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || installOf(c)) continue;
    const pip = pipInstallWords(c);
    const names = pip ? pip.map((w) => norm((w.value ?? '').replace(/[[<>=!~;@\s].*$/, ''))) : nodeInstallNames(c);
    if (names.some((n) => (pip ? browserAutomation.python : browserAutomation.node).has(n))) driven.add(ctx.stageAt(c.block.startLine));
  }
  // ENV PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium (or Karma's CHROME_BIN): a client from the project's files drives the browser.
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword === 'ENV' && variableNames(block).some((n) => browserAutomation.env.test(n)))
      driven.add(ctx.stageAt(block.startLine));
  }
  const out: FacilityUse[] = [];
  for (const b of browsers) {
    if (!driven.has(b.stage) && !nodeStages.has(b.stage)) continue;
    const via = b.download
      ? `${code(b.name)} downloads a Chromium-based browser for its Puppeteer or Playwright client`
      : driven.has(b.stage)
        ? `package ${code(b.name)}, driven by a WebDriver, Selenium, Puppeteer or Playwright client (or Karma's Chrome launcher) of the same stage`
        : `package ${code(b.name)} in a stage that runs a Node.js program, for a Puppeteer or Playwright client from its package.json (not in the Dockerfile)`;
    const { uses, add } = useCollector(b.c);
    add(browserAutomation.facility, b.range, via, [], { kind: 'mentioned', noteRange: b.range });
    out.push(...uses);
  }
  return out;
}

// ── Wording ─────────────────────────────────────────────────────────────────────────────────

/** Capabilities a use needs added: the facility's and the use's own, each once. */
function capsToAdd(f: HostFacility, extraCaps: readonly string[] = []): string[] {
  return [...new Set([...(f.run.capAdd ?? []), ...extraCaps])];
}

function runFlags(f: HostFacility, extraCaps: readonly string[] = []): string {
  const flags: string[] = [];
  if (f.run.privileged) flags.push('--privileged');
  for (const cap of capsToAdd(f, extraCaps)) flags.push(`--cap-add ${cap}`);
  for (const d of f.run.devices ?? []) flags.push(`--device ${d}`);
  return flags.length ? code(`docker run ${flags.join(' ')}`) : '';
}

/** One hover line per feature: what the host must provide, then the verdict in kernel-feature-missing's words. */
function featureLine(f: KernelFeature, ctx: RuleContext): string {
  const v = evaluate(f, ctx);
  const clause =
    v.status === 'unknown' && f.outOfTree ? ' — not in any mainline kernel config: check that the host has it' : verdictClause(ctx, v);
  return `- ${requirement(f)}${clause}`;
}

function needsWords(needs: string): string {
  if (needs === 'privileged') return 'a privileged container';
  if (needs === 'sysfs') return 'writable /sys';
  if (needs.startsWith('/')) return needs;
  return `CAP_${needs}`;
}

// ── Findings ────────────────────────────────────────────────────────────────────────────────

/** Features kernel-feature-missing already judges at a place: `featureId@line:character`. */
const reportedElsewhere = perDocument((ctx: DocumentContext): Set<string> => {
  const s = new Set<string>();
  for (let i = 0, needs = featureNeeds(ctx); i < needs.length; i++) {
    const keys = needKeyOf(needs[i]); // the same strings at every keystroke for an unchanged command
    s.add(keys.place);
    s.add(keys.line);
  }
  return s;
});

/** Upper bound on a finding's first sentence (one line of the Problems panel). */
const MAX_HEADLINE = 100;

/** The first sentence as written, or with a short subject when the use's words would make it too long. */
function fitted(headline: (subject: string) => string, subject: string, shortSubject: string): { text: string; shortened: boolean } {
  const full = headline(subject);
  return full.length <= MAX_HEADLINE ? { text: full, shortened: false } : { text: headline(shortSubject), shortened: true };
}

function namesWords(features: readonly KernelFeature[]): string {
  return features.map((f) => f.name).join(' and ');
}

/**
 * A verdict that makes a use fail on the target: the feature is missing (by config, or by version
 * without one). A module (=m) is present: the kernel loads it on first use. "Off by default" stays
 * in the hover, with the host setting: the switches (user namespaces, io_uring) stop unprivileged or
 * rootless users, and which of those a use here is only kernel-feature-missing can tell (it reports
 * rootless podman/buildah under a non-root USER, `unshare -U`, `fio --ioengine=io_uring` itself).
 */
function fails(v: Verdict): boolean {
  return v.status === 'config-off' || v.status === 'too-old';
}

/** What to do instead, where "at container start" is not the answer. */
const BUILD_ADVICE: Readonly<Record<string, string>> = {
  sysfs: ' Set it on the host: /sys is read-only in a container that is not privileged, too.',
  '/dev/fuse': ` Run it with ${code('--appimage-extract-and-run')} (or ${code('APPIMAGE_EXTRACT_AND_RUN=1')}), which needs no FUSE.`,
  '/var/run/docker.sock': ` Run it outside the build, or when this container starts with the host's socket mounted (${code('-v /var/run/docker.sock:/var/run/docker.sock')}).`,
};

/** A RUN command that no build step can perform: it fails at build time (warning). */
function buildLimitFinding(u: FacilityUse, buildLimit: { needs: string }): Finding {
  const needs = needsWords(buildLimit.needs);
  const privileged = buildLimit.needs === 'privileged';
  const headline = (subject: string) =>
    privileged
      ? `${subject} cannot start in a docker build step: it needs ${needs}.`
      : `${subject} fails at build time: a docker build step has no ${needs}.`;
  const first = fitted(headline, u.via, buildLimit.needs === 'sysfs' ? 'This write' : 'This command');
  const flags = runFlags(u.facility, u.capAdd);
  const advice =
    BUILD_ADVICE[buildLimit.needs] ?? ` Do it when the container starts (an ENTRYPOINT script)${flags ? `, run with ${flags}` : ''}.`;
  return {
    ruleId: ID,
    severity: 'warning',
    range: u.range,
    message: first.text + (first.shortened ? ` It is ${u.via}.` : '') + advice,
    related: [
      {
        message:
          `${u.facility.name}: ${u.facility.summary} Build steps run with Docker's default capabilities only; RUN --security=insecure needs the security.insecure entitlement.` +
          (buildLimit.needs === 'NET_ADMIN' || buildLimit.needs === 'SYS_ADMIN'
            ? ' Even where it runs, firewall rules, interfaces and mounts are kernel state, not files: none of it is saved in the image.'
            : ''),
      },
      ...(u.related ?? []),
    ],
    fixes: [],
  };
}

/** `mknod` under /dev in RUN: the node is gone at run time (info). */
function mknodFinding(u: FacilityUse): Finding {
  const first = fitted((subject) => `${subject} in RUN is lost: a container's /dev is a fresh tmpfs at every start.`, u.via, code('mknod'));
  return {
    ruleId: ID,
    severity: 'info',
    range: u.range,
    message: `${first.text}${first.shortened ? ` It makes ${u.via}.` : ''} Pass the device with ${code('docker run --device')} instead.`,
    related: [{ message: `${u.facility.name}: ${u.facility.summary}` }, ...(u.related ?? [])],
    fixes: [],
  };
}

/** The target kernel lacks features one use needs (warning): one finding per place, naming them all. */
function missingFeaturesFinding(ctx: RuleContext, host: string, u: FacilityUse, items: { f: KernelFeature; v: Verdict }[]): Finding {
  const missing = items.map((i) => i.f);
  const headline = (subject: string) => `${subject} will fail on ${host}: its kernel lacks ${namesWords(missing)}.`;
  const prepared = u.kind === 'prepared';
  const first = fitted(headline, prepared ? `Using ${u.via}` : u.via, prepared ? 'Using what this line brings in' : 'This command');
  const sentences = [first.text];
  if (first.shortened) sentences.push(`It is ${u.via}.`);
  for (const { f, v } of items) sentences.push(verdictDetail(ctx, f.name, v));
  sentences.push(
    "A container always uses the host's kernel, whatever the image: run it on a host whose kernel has it, or choose the target that matches your hosts.",
  );
  return {
    ruleId: ID,
    severity: 'warning',
    range: u.range,
    message: sentences.join(' '),
    related: [targetRelated(ctx), ...(u.related ?? [])],
    fixes: [],
  };
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const seenBuild = new Set<string>();
  const elsewhere = reportedElsewhere(ctx);
  const byPlace = new Map<string, { use: FacilityUse; items: { f: KernelFeature; v: Verdict }[] }>();
  for (const u of facilityUses(ctx)) {
    const key = `${u.range.start.line}:${u.range.start.character}`;
    if (u.buildLimit && !u.buildLimit.masked && !seenBuild.has(key)) {
      seenBuild.add(key);
      findings.push(buildLimitFinding(u, u.buildLimit));
    }
    if (u.mknodUnderDev) findings.push(mknodFinding(u));
    // A bootable container (bootc / ostree) is booted with its own kernel: the target's kernel does not decide (notes say so).
    if (u.features.length > 0 && isBootableAt(ctx, u.range.start.line)) continue;
    for (const f of u.features) {
      if (u.kind === 'mentioned' || elsewhere.has(`${f.id}@${u.range.start.line}:${u.range.start.character}`)) continue;
      const v = evaluate(f, ctx);
      if (!fails(v)) continue;
      const entry = byPlace.get(key) ?? { use: u, items: [] };
      if (!entry.items.some((i) => i.f === f)) entry.items.push({ f, v });
      byPlace.set(key, entry);
    }
  }
  const host = shortHostName(ctx);
  for (const { use: u, items } of byPlace.values()) findings.push(missingFeaturesFinding(ctx, host, u, items));
  return findings;
}

// ── Hover ───────────────────────────────────────────────────────────────────────────────────

/** The paragraphs of a facility's hover note after its first line (what the use needs, run flags, build limits). */
function facilityNoteBody(ctx: RuleContext, u: FacilityUse, elsewhere: ReadonlySet<string>): string[] {
  const f = u.facility;
  const parts: string[] = [];
  if (u.note) parts.push(u.note);
  const required = u.features.filter((x) => !elsewhere.has(`${x.id}@${u.range.start.line}`));
  const related = featuresOf([...f.features, ...(f.relatedFeatures ?? [])]).filter((x) => !u.features.includes(x));
  const line = (x: KernelFeature) => featureLine(x, ctx);
  if (required.length) parts.push(`Host kernel needs:\n${required.map(line).join('\n')}`);
  if (required.length && isBootableAt(ctx, u.range.start.line)) parts.push(BOOTABLE_KERNEL);
  if (related.length) parts.push(`${required.length ? 'Also, where used' : 'Host kernel, where used'}:\n${related.map(line).join('\n')}`);
  const flags = runFlags(f, u.capAdd);
  const runNotes =
    f.id === 'file-capabilities' && !u.capAdd ? ["These capabilities are in Docker's default set: nothing to add."] : (f.run.notes ?? []);
  if (flags || runNotes.length)
    parts.push(`Container: ${flags ? `run with ${flags}.` : ''}${runNotes.length ? (flags ? ' ' : '') + runNotes.join(' ') : ''}`);
  if (u.buildLimit) parts.push(`In a RUN step this fails: a docker build step has no ${needsWords(u.buildLimit.needs)}.`);
  if (u.atBuild) parts.push(u.atBuild);
  return parts;
}

const BOOTABLE_KERNEL =
  "This stage builds a bootable container (bootc / ostree): the machine that boots the image runs the image's own kernel, so the target's kernel does not decide this.";

function notes(ctx: RuleContext): HoverNote[] {
  const elsewhere = reportedElsewhere(ctx);
  const out: HoverNote[] = [];
  // One note per facility, place and explanation: the places that name it there (`via`: each line of a start script
  // that names the Instana agent's path, placed on the word that runs the script) are listed in that one note, not
  // one copy of the same explanation per line.
  const merged = new Map<string, { range: Range; facility: HostFacility; vias: string[]; body: string[] }>();
  for (const u of facilityUses(ctx)) {
    const body = facilityNoteBody(ctx, u, elsewhere);
    const r = u.noteRange;
    const key = `${u.facility.id}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}|${body.join('\n')}`;
    const m = merged.get(key);
    if (!m) merged.set(key, { range: r, facility: u.facility, vias: [u.via], body });
    else if (!m.vias.includes(u.via)) m.vias.push(u.via);
  }
  for (const m of merged.values())
    out.push({
      range: m.range,
      markdown: [`**${m.facility.name}** (${m.vias.join('; ')}): ${m.facility.summary}`, ...m.body].join('\n\n'),
    });
  out.push(
    ...opaqueStartScriptNotes(ctx),
    ...appCommandNotes(ctx),
    ...stageStartScriptNotes(ctx),
    ...opaqueBuildScriptNotes(ctx),
    ...insecureRunNotes(ctx),
  );
  out.push(...builtProgramNotes(ctx), ...compiledProgramNotes(ctx));
  out.push(...namedScriptNotes(ctx), ...scriptEditNotes(ctx), ...writtenStartScriptNotes(ctx));
  out.push(...bootServiceNotes(ctx, bootServiceUse), ...supervisedServiceNotes(ctx, supervisedServiceUse));
  return out;
}

/** What a supervised service uses, by its folder's name: the program it is named for (`dockerd`), else the name's topic. */
function supervisedServiceUse(service: string): string | undefined {
  const name = service.replace(/^svc-/, '');
  // Only a trigger on the bare program: one that needs arguments or an unset variable cannot be told from a name.
  const trigger = triggersFor(name).find((t) => !t.sub && !t.args && !t.unlessEnv);
  const f = trigger && facilityById.get(trigger.facility);
  return f ? f.name : serviceUseByName(name);
}

/** What a service registered to start at boot uses: a command trigger on its registration (`rc-update add docker`), else its name. */
function bootServiceUse(registration: ShellCommand, service: string): string | undefined {
  const trigger = triggersFor(registration.name).find((t) => t.args?.test(service));
  const f = trigger && facilityById.get(trigger.facility);
  return f ? f.name : serviceUseByName(service.replace(/\.service$/, ''));
}

/** What a service uses by its name's topic (scriptNames), said to be read from the name. */
function serviceUseByName(name: string): string | undefined {
  const topic = scriptNameTopic(name);
  const named = topic?.facility ? facilityById.get(topic.facility) : undefined;
  return named ? `${named.name} (by its name)` : topic ? `${topic.topic} (by its name)` : undefined;
}

/** The `--security=insecure` flag of a RUN step: the step leaves BuildKit's sandbox (`insecureBuildStep`). */
function insecureRunNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'RUN') continue;
    // The flag is read on the block's first line, as insecureRun reads it; one match gives both the test and the range.
    const m = /--security[= ]insecure\b/i.exec(ctx.model.lines[block.startLine] ?? '');
    if (!m) continue;
    const line = block.startLine;
    out.push({
      range: { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } },
      markdown: insecureBuildStep.note,
    });
  }
  return out;
}

/**
 * The start lines of the final stage's own last CMD and ENTRYPOINT (effectiveStartBlocks, without the ones it inherits
 * from a stage it is built on): an earlier stage's are a builder's, an earlier one is replaced.
 */
function finalStageStartLines(ctx: RuleContext): Set<number> {
  const final = ctx.stages[ctx.stages.length - 1];
  return new Set([...effectiveStartBlocks(ctx)].filter((line) => ctx.stageAt(line) === final));
}

/** Language runtimes that run an application whose code is a file of the build context, not text of the Dockerfile. */
const APP_RUNTIMES = new Set(['python', 'python2', 'python3', 'node', 'nodejs', 'ruby', 'perl', 'php', 'bun', 'deno']);

/**
 * The container's command is a language runtime running the application copied in (`python3 -m flask run`,
 * `node server.js`), in a final stage that prepares a facility (installs hostapd or openvpn, copies in a file named
 * for one): applications start such daemons as subprocesses (a Wi-Fi hotspot app running hostapd), and their code is
 * not in this file. Said conditionally on the runtime's word, never reported, as for
 * start scripts.
 */
function appCommandNotes(ctx: RuleContext): HoverNote[] {
  const effective = finalStageStartLines(ctx);
  const out: HoverNote[] = [];
  for (const c of effective.size === 0 ? [] : ctx.commands()) {
    if (c.phase !== 'start' || !effective.has(c.block.startLine) || !APP_RUNTIMES.has(c.name.replace(/[\d.]+$/, '') || c.name)) continue;
    if (c.args.length === 0) continue;
    const list = preparedFacilities(ctx, ctx.stageAt(c.block.startLine), c.block.startLine);
    if (list.length === 0) continue;
    out.push({
      range: c.nameWord.range,
      markdown:
        `**Application not shown** (${code(c.name)}): the program it runs is a file of the build context, not text of this file. ` +
        `This image prepares host kernel facilities it may use when it runs:\n${list.join('\n')}\n\n` +
        'If the application starts them (as a subprocess), the container needs what their lines explain (devices, capabilities, host modules).',
    });
  }
  return out;
}

/**
 * A start script copied from the build context whose text the caller did not pass: nothing in it
 * can be read, but the packages and sources its stage installs name the kernel facilities it most
 * likely drives (a VPN image that installs tinc and iptables and starts /entrypoint.sh). Said
 * conditionally on the CMD/ENTRYPOINT word, never reported: the script may use none of them.
 */
function opaqueStartScriptNotes(ctx: RuleContext): HoverNote[] {
  const refs = contextScriptRefs(ctx).filter((r) => r.phase === 'start');
  const read = new Set(refs.length === 0 ? [] : contextScriptsRead(ctx).scripts.map((s) => s.ref));
  const out: HoverNote[] = [];
  for (const ref of refs) {
    if (read.has(ref)) continue;
    const list = preparedFacilities(ctx, ctx.stageAt(ref.block.startLine), ref.block.startLine);
    if (list.length === 0) continue;
    out.push({
      range: ref.by,
      markdown:
        `**Start script not shown** (${code(ref.paths[0])}): its text is not in this file. ` +
        `This image prepares host kernel facilities it may use when it runs:\n${list.join('\n')}\n\n` +
        'If the script starts them, the container needs what their lines explain (devices, capabilities, host modules).',
    });
  }
  // A start script this Dockerfile neither copies in nor writes (it comes with the base image, or from a COPY of a
  // whole folder: browserless' `CMD ["./scripts/start.sh"]` after `playwright install chrome`): the same reading.
  const at = (r: Range) => `${r.start.line}:${r.start.character}`;
  const byRef = new Set(refs.map((r) => at(r.by)));
  let written: Set<string> | undefined;
  const effective = finalStageStartLines(ctx);
  // The script is the program (`CMD ["./start.sh"]`) or the operand of a shell that runs it (`CMD ["bash", "-x",
  // "entrypoint.sh"]`, relative to a WORKDIR the base image sets, so not matched to `COPY entrypoint.sh /entrypoint.sh`).
  for (const c of effective.size === 0 ? [] : ctx.commands()) {
    if (c.phase !== 'start' || !effective.has(c.block.startLine)) continue;
    for (const w of scriptWords(c)) {
      const path = w.word.value ?? '';
      if (!/\.(sh|bash)$/.test(path) || byRef.has(at(w.word.range)) || (w.isProgram && triggersFor(c.name).length > 0)) continue;
      written ??= writtenScriptNames(ctx);
      if (written.has(path.slice(path.lastIndexOf('/') + 1))) continue;
      const list = preparedFacilities(ctx, ctx.stageAt(c.block.startLine), c.block.startLine);
      if (list.length === 0) continue;
      out.push({
        range: w.word.range,
        markdown:
          `**Start script not shown** (${code(path)}): ${path.startsWith('/') ? 'neither its text nor the COPY that brings it in is in this file' : 'neither its text nor a COPY matched to its relative path is in this file'}. ` +
          `This image prepares host kernel facilities it may use when it runs:\n${list.join('\n')}\n\n` +
          'If the script starts them, the container needs what their lines explain (devices, capabilities, host modules).',
      });
    }
  }
  // A process supervisor as the container's command (knowledge processSupervisors): it starts the programs its configuration
  // names, a file copied in, so the same reading applies to them.
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start' || !processSupervisors.names.has(c.name)) continue;
    const list = preparedFacilities(ctx, ctx.stageAt(c.block.startLine), c.block.startLine);
    if (list.length === 0) continue;
    out.push({
      range: c.nameWord.range,
      markdown:
        `**${c.name}** starts the programs its configuration names; that file is not in this Dockerfile. ` +
        `This image prepares host kernel facilities they may use when it runs:\n${list.join('\n')}\n\n` +
        'If the configuration starts them, the container needs what their lines explain (devices, capabilities, host modules).',
    });
  }
  return out;
}

/**
 * The files the final stage copies from an earlier stage of this file (`COPY --from=build /usr/local/sbin/chimera
 * /usr/local/sbin/chimera`): image path → the stage index they were built in. Only absolute destinations.
 */
function builtFiles(ctx: RuleContext, final: StageInfo): Map<string, number> {
  const out = new Map<string, number>();
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'COPY' || ctx.stageAt(block.startLine) !== final) continue;
    const flag = copyFromFlags(block)[0];
    const stage = flag ? fromStageIndex(ctx, flag.value, final.index) : -1;
    const ops = copyOperands(block);
    if (stage < 0 || !ops.dest || ops.heredoc || !ops.dest.value.startsWith('/')) continue;
    for (const src of ops.sources) {
      const path = ops.destIsDirectory ? `${ops.dest.value.replace(/\/+$/, '')}/${lastSegment(src.value)}` : ops.dest.value;
      out.set(path, stage);
    }
  }
  return out;
}

/** The stage's last WORKDIR before `line` when it is a literal absolute path, else '' (the root, as most bases leave it). */
function literalWorkdir(ctx: RuleContext, stage: StageInfo, line: number): string {
  let dir = '';
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.startLine >= line) break;
    if (block.parsed.keyword !== 'WORKDIR' || ctx.stageAt(block.startLine) !== stage) continue;
    const v = block.parsed.ast?.getArguments()[0]?.getValue() ?? '';
    dir = v.startsWith('/') && !v.includes('$') ? v.replace(/\/+$/, '') : v.startsWith('/') ? '\u0000' : dir;
  }
  return dir;
}

/**
 * The program CMD/ENTRYPOINT starts is a binary this Dockerfile builds in another stage and copies in, and that stage or
 * the final one installs libraries whose every use is a host kernel facility (liburing: io_uring): the program most
 * likely links them. Tools the final stage installs for it (an agent image with lvm2, zfs and drbd-utils beside a Go
 * binary that drives them, sample 80) are what such a program execs: listed the same way. Said conditionally on the
 * program word, never reported; a program of the command table is judged by its row.
 */
function builtProgramNotes(ctx: RuleContext): HoverNote[] {
  const final = ctx.stages[ctx.stages.length - 1];
  const built = final ? builtFiles(ctx, final) : new Map<string, number>();
  if (built.size === 0) return [];
  const out: HoverNote[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start' || ctx.stageAt(c.block.startLine) !== final || triggersFor(c.name).length > 0) continue;
    const word = c.nameWord.value ?? '';
    const path = word.startsWith('/')
      ? word
      : word.startsWith('./')
        ? `${literalWorkdir(ctx, final!, c.block.startLine)}/${word.slice(2)}`
        : PATH_DIRS.map((d) => `${d}/${word}`).find((p) => built.has(p));
    const from = path === undefined ? undefined : built.get(path);
    if (from === undefined) continue;
    const names = new Map<string, string[]>();
    let tools = false;
    let libs = false;
    for (const u of facilityUses(ctx)) {
      if (u.kind !== 'prepared' || !u.via.startsWith('package `')) continue;
      const at = ctx.stageAt(u.line)?.index;
      const lib = u.via.startsWith('package `lib');
      // Libraries may be linked from the build stage; programs run only where the binary runs, in the final stage.
      if (!(lib ? at === from || at === final!.index : at === final!.index)) continue;
      addVia(names, u.facility, u.via);
      tools ||= !lib;
      libs ||= lib;
    }
    if (names.size === 0) continue;
    const list = facilityList(names);
    out.push({
      range: c.nameWord.range,
      markdown:
        `**${lastSegment(word)}** is built in this file (stage ${ctx.stages[from].name ?? from}) next to ${tools ? 'packages' : 'libraries'} whose use reaches host kernel facilities:\n${list}\n\n` +
        `If the program ${tools ? (libs ? 'links the libraries or runs the tools' : 'runs them') : 'uses them'}, the container needs what their lines explain (host kernel features, seccomp, capabilities).`,
    });
  }
  return out;
}

/** Compilers whose `-o <file>` names the program they link (`g++ main.c -l wiringPi -o output`). */
const COMPILERS = /^(gcc|g\+\+|cc|c\+\+|clang|clang\+\+|(?:[\w-]+-)?gcc(?:-\d+)?|(?:[\w-]+-)?g\+\+(?:-\d+)?)$/;

/**
 * The file a compiler command writes (`-o output`, `-ooutput`), or undefined. `go build -o ble_server` names the program
 * it links the same way (`go help build`: "-o forces build to write the resulting executable … to the named output file").
 */
function compilerOutput(c: ShellCommand): string | undefined {
  if (!COMPILERS.test(c.name) && !(c.name === 'go' && c.args[0]?.value === 'build')) return undefined;
  for (let i = 0; i < c.args.length; i++) {
    const v = c.args[i].value ?? '';
    if (v === '-o') return c.args[i + 1]?.value;
    if (v.startsWith('-o') && v.length > 2) return v.slice(2);
  }
  return undefined;
}

/**
 * The container's command is a program this Dockerfile compiles in the same stage from sources of the build context or a
 * clone (`RUN g++ main.c -l wiringPi -o output` then `CMD ["./output"]`): its code is not in this file, but the stage
 * prepares host kernel facilities it most likely uses (the WiringPi library cloned and built). Said conditionally on the
 * program word, never reported; a program of the command table is judged by its row.
 */
function compiledProgramNotes(ctx: RuleContext): HoverNote[] {
  const effective = finalStageStartLines(ctx);
  if (effective.size === 0) return [];
  const out: HoverNote[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start' || !effective.has(c.block.startLine) || triggersFor(c.name).length > 0) continue;
    const program = lastSegment(c.nameWord.value ?? '');
    const stage = ctx.stageAt(c.block.startLine);
    const compile = ctx
      .commands()
      .find((b) => b.phase === 'build' && ctx.stageAt(b.block.startLine) === stage && lastSegment(compilerOutput(b) ?? '') === program);
    if (!program || !compile) continue;
    const list = preparedFacilities(ctx, stage, c.block.startLine);
    if (list.length === 0) continue;
    out.push({
      range: c.nameWord.range,
      markdown:
        `**${program}** is compiled in this file (${code(`${compile.name}${compile.name === 'go' ? ' build' : ''} … -o ${compilerOutput(compile)}`)}); its source is not. ` +
        `This image prepares host kernel facilities it may use when it runs:\n${list.join('\n')}\n\n` +
        'If the program uses them, the container needs what their lines explain (devices, capabilities, host modules).',
    });
  }
  return out;
}

/**
 * A start script (`*.sh`) whose text the caller did not pass (it often comes from a builder stage: `COPY --from=builder
 * /beyla_wrapper.sh …`), in a final stage that copies in a program under its own name whose every run uses a facility
 * (`/tracee`, `/beyla`): the script most likely starts that program. Said conditionally on the start word, never
 * reported; a script that was read is judged by its own lines.
 */
function stageStartScriptNotes(ctx: RuleContext): HoverNote[] {
  const final = ctx.stages[ctx.stages.length - 1];
  if (!final) return [];
  const at = (r: Range) => `${r.start.line}:${r.start.character}`;
  const starts = ctx
    .commands()
    .filter((c) => c.phase === 'start' && ctx.stageAt(c.block.startLine) === final && /\.(sh|bash)$/.test(c.nameWord.value ?? ''));
  if (starts.length === 0) return [];
  const read = new Set(contextScriptsRead(ctx).scripts.map((s) => at(s.ref.by)));
  const carried = new Map<string, string[]>();
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if ((kw !== 'COPY' && kw !== 'ADD') || ctx.stageAt(block.startLine) !== final) continue;
    for (const a of copyOperands(block).all) {
      const f = a.heredoc ? undefined : facilityById.get(copiedProgram(a.value)?.facility ?? '');
      if (f) addVia(carried, f, code(a.value));
    }
  }
  if (carried.size === 0) return [];
  const list = [...carried].map(([name, vias]) => `- **${name}**: ${vias.slice(0, 3).join(', ')} (copied in)`).join('\n');
  return starts
    .filter((c) => !read.has(at(c.nameWord.range)))
    .map((c) => ({
      range: c.nameWord.range,
      markdown:
        `**Start script** ${code(c.nameWord.value ?? '')} may run programs this image carries, which use host kernel facilities:\n${list}\n\n` +
        "The script's text is not in this file: if it starts them, the container needs what their lines explain (capabilities, host mounts, host kernel features).",
    }));
}

/**
 * A script run by CMD/ENTRYPOINT/RUN whose file name names a kernel facility (`setup-iptables.sh`, `prepare-cgroup-v2.sh`:
 * knowledge scriptNames.ts) and whose text this analysis does not have: the name is the only evidence, and the note
 * says so. A script the Dockerfile writes (heredoc, `echo … > f`) or whose context text was read is judged by its lines.
 */
function namedScriptNotes(ctx: RuleContext): HoverNote[] {
  const named: { range: Range; path: string; kind: 'Script' | 'Program' | 'File' | 'Service'; topic: ScriptNameTopic }[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    for (const w of scriptWords(c)) {
      const path = w.word.value;
      if (!path) continue;
      const script = mayNameScript(w) && /\.(sh|bash)$/i.test(path);
      const topic = script || namedProgram(w.isProgram, c.name, path) ? scriptNameTopic(path) : undefined;
      if (topic) named.push({ range: w.word.range, path, kind: script ? 'Script' : 'Program', topic });
    }
    // `chkconfig --add disable-transparent-hugepages`, `systemctl enable setup-iptables`: a service registered to start
    // at boot is named the same way (not where a command trigger already knows the name: `rc-update add docker`).
    for (const w of bootServiceWords(c)) {
      const path = w.value ?? '';
      const topic = triggersFor(c.name).some((t) => t.args?.test(path)) ? undefined : scriptNameTopic(path.replace(/\.service$/, ''));
      if (topic) named.push({ range: w.range, path, kind: 'Service', topic });
    }
    // `python3 examples/containernet_example.py`: the Python script run is named the same way (not `-m`/`-c`, whose
    // operand is a module or code).
    if (/^python[\d.]*$/.test(c.name) && !c.args.some((a) => a.value === '-m' || a.value === '-c')) {
      const operand = c.args.find((a) => !(a.value ?? '-').startsWith('-'));
      const path = operand?.value;
      const topic = path && /\.py$/.test(path) ? scriptNameTopic(path) : undefined;
      if (operand && path && topic) named.push({ range: operand.range, path, kind: 'Script', topic });
    }
  }
  for (const n of copiedNameNotes(ctx)) named.push({ ...n, kind: 'File' });
  if (named.length === 0) return [];
  const at = (r: Range) => `${r.start.line}:${r.start.character}`;
  const read = new Set(contextScriptsRead(ctx).scripts.map((s) => at(s.ref.by)));
  const written = writtenScriptNames(ctx);
  const out: HoverNote[] = [];
  for (const { range, path, kind, topic } of named) {
    const name = lastSegment(path);
    if (read.has(at(range)) || written.has(name)) continue;
    const f = topic.facility ? facilityById.get(topic.facility) : undefined;
    const what =
      kind === 'File'
        ? 'its content is not in this file'
        : kind === 'Service'
          ? 'registered to start when the image boots its init; its unit or script is not in this file'
          : 'its text is not in this file';
    const head = `**${kind} named for ${topic.topic}** (${code(name)}): ${what}, so the evidence is its name only.`;
    let body: string;
    if (f) {
      const flags = runFlags(f);
      body = `If it does what its name says, it uses **${f.name}**: ${f.summary}${flags ? `\n\nContainer: run with ${flags}.` : ''}`;
    } else body = `If it does what its name says: ${topic.note ?? ''}\n\nSource: ${topic.source ?? ''}`;
    out.push({ range, markdown: `${head}\n\n${body}` });
  }
  return out;
}

/**
 * Shell text a build step writes into a script that runs later (`sed -i '…/i systemd-udevd --daemon' /entrypoint.sh`,
 * `echo 'update-binfmts --enable wine' >> ~/.bashrc`: shared/scriptEdits.ts): its commands are read like the
 * script's own, and what they use is explained on the word holding the text. Hover only: whether and when the
 * edited script runs is not in this file.
 */
function scriptEditNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || !SCRIPT_EDITORS.has(c.name)) continue;
    for (const e of scriptEditsOf(c)) {
      const names = new Map<string, string[]>();
      for (const w of commandsOfWrittenText(c.block, e.lines, e.word.range)) {
        if (TEXT_ONLY.has(w.name)) continue;
        for (const u of commandUses(w, 0)) addVia(names, u.facility, u.via);
      }
      if (names.size === 0) continue;
      const list = facilityList(names);
      out.push({
        range: e.word.range,
        markdown:
          `**Written into ${code(e.file)}**: these lines become part of a script that runs later (most often when the container starts), and use host kernel facilities:\n${list}\n\n` +
          'If that script runs, the container needs what these facilities need (devices, capabilities, host kernel features).',
      });
    }
  }
  return out;
}

/**
 * A start script the Dockerfile writes itself (`echo 'dockerd &' >> /entrypoint.sh` line by line, or a heredoc:
 * shared/startScripts.ts) and CMD/ENTRYPOINT runs: what its commands use is explained on the word that runs it, as
 * for a script read from the build context. Hover only, as for scriptEditNotes: the evidence is text the build writes.
 */
function writtenStartScriptNotes(ctx: RuleContext): HoverNote[] {
  const byWord = new Map<string, { range: Range; names: Map<string, string[]> }>();
  for (const c of startScriptCommands(ctx)) {
    // Scripts read from the build context are explained by contextScriptUses, with their file and line.
    if (c.phase !== 'start' || startScriptFile(c) || TEXT_ONLY.has(c.name)) continue;
    const by = startScriptRelated(c)[0]?.range;
    if (!by) continue;
    const key = `${by.start.line}:${by.start.character}`;
    for (const u of commandUses(c, 0)) {
      let entry = byWord.get(key);
      if (!entry) byWord.set(key, (entry = { range: by, names: new Map() }));
      addVia(entry.names, u.facility, u.via);
    }
  }
  return [...byWord.values()].map(({ range, names }) => ({
    range,
    markdown:
      `**Runs a start script this Dockerfile writes**, whose commands use host kernel facilities when the container starts:\n` +
      facilityList(names) +
      '\n\nThe container needs what these facilities need (devices, capabilities, host kernel features).',
  }));
}

/** Commands that write text into a file in place or at its end (shared/scriptEdits.ts reads which do). */
const SCRIPT_EDITORS = new Set(['sed', 'echo', 'printf', 'tee']);

/**
 * A program run by its path or by a compound name (`/opt/bin/wrap_chrome_binary`, `host-timesync-daemon`) that no
 * command trigger knows: a program the image's authors wrote or built, whose name is the only evidence. A program
 * a trigger knows (`/usr/sbin/iptables`) is explained by that trigger, with its arguments.
 */
function namedProgram(isProgram: boolean, name: string, path: string): boolean {
  if (!isProgram || /\.(sh|bash)$/i.test(path)) return false;
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (path.includes('/') || /[-_]/.test(base)) && triggersFor(name).length === 0 && triggersFor(base).length === 0;
}

/**
 * COPY/ADD sources and destinations named for a kernel facility (`bin/antrea-sysctl-init`, `docker/iscsiadm`,
 * `kernel-modules/`, `vpnkit-iptables-wrapper`): what is copied in is a program, script, unit or module tree whose
 * content this analysis does not have. Words another trigger already explains (a path or a known program) are left
 * to it; a here-document COPY is judged by its text.
 */
const copiedNameNotes = perDocument((ctx: DocumentContext): readonly { range: Range; path: string; topic: ScriptNameTopic }[] => {
  const out: { range: Range; path: string; topic: ScriptNameTopic }[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const ops = copyOperands(block);
    if (!ops.dest || ops.heredoc) continue;
    const explained = blockUses(block).uses.map((u) => `${u.range.start.line}:${u.range.start.character}`);
    for (const a of ops.all) {
      const v = a.value;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) continue;
      const topic = copiedNameTopic(v);
      if (!topic) continue;
      const range = a.range;
      if (!explained.includes(`${range.start.line}:${range.start.character}`)) out.push({ range, path: v, topic });
    }
  }
  return out;
});

/**
 * Whether a program name is one of the download CLIs (its `@version` dropped). Remembered per name: a file
 * repeats a few names, and this ran three patterns per command at every keystroke (most of the browser pass).
 */
const isDownloadCli = perString((first: string): boolean => {
  const program = first.replace(/@[^/]*$/, '');
  return browserDownloads.clis.some((x) => x.program.test(program));
});

/** A Python interpreter's name (`python3.11`). One object: a regular expression literal in the function made one per command and keystroke. */
const PYTHON_NAME = /^python[\d.]*$/;

/**
 * A browser download fetching a Chromium-based browser (knowledge browserDownloads): `playwright install` by name, by
 * the path of its cli.js (run directly or by `node`), through `npx`/`pnpm exec`/`yarn`, or as `python -m playwright`;
 * `puppeteer browsers install` and `@puppeteer/browsers install` likewise. Returns the subcommand's last word.
 */
function chromiumDownload(c: ShellCommand): { word: ShellWord; label: string } | undefined {
  const first = c.nameWord.value ?? c.name;
  const second = c.args.length > 0 ? (c.args[0].value ?? '') : undefined;
  const viaRunner =
    c.name === 'node' ||
    browserDownloads.runners.has(c.name) ||
    (c.name === 'pnpm' && second === 'exec') ||
    c.name === 'yarn' ||
    (PYTHON_NAME.test(c.name) && second === '-m');
  // Run by its own name (i = 0 below): most commands are no such CLI, decided before their words are copied (every keystroke, every command).
  if (!viaRunner && !isDownloadCli(first)) return undefined;
  const words = [first, ...c.args.map((a) => a.value ?? '')];
  let i = 0;
  if (c.name === 'node' || browserDownloads.runners.has(c.name)) i = words.findIndex((w, j) => j > 0 && !w.startsWith('-'));
  else if ((c.name === 'pnpm' && words[1] === 'exec') || c.name === 'yarn') i = c.name === 'yarn' ? 1 : 2;
  else if (PYTHON_NAME.test(c.name) && words[1] === '-m') i = 2;
  const program = (words[i] ?? '').replace(/@[^/]*$/, '');
  const cli = i < 0 ? undefined : browserDownloads.clis.find((x) => x.program.test(program));
  if (!cli || cli.subcommand.some((sub, k) => words[i + 1 + k] !== sub)) return undefined;
  const last = i + cli.subcommand.length;
  const operands = words.slice(last + 1).filter((w) => !w.startsWith('-'));
  if (operands.length > 0 && !operands.some((w) => browserDownloads.chromiumBased.test(w.replace(/@.*$/, '')))) return undefined;
  return { word: c.args[last - 1], label: cli.label };
}

/** File names the Dockerfile writes itself: a RUN redirect or `tee` target, a `COPY <<EOF` destination. */
function writtenScriptNames(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  const add = (p: string | undefined) => {
    if (p) out.add(p.slice(p.lastIndexOf('/') + 1));
  };
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build') continue;
    for (const r of c.redirects) if (r.op === '>' || r.op === '>>' || r.op === '>|') add(r.target.value);
    if (c.name === 'tee') for (const a of c.args) if (!(a.value ?? '-').startsWith('-')) add(a.value);
  }
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const first = ctx.model.lines[block.startLine] ?? '';
    if (block.parsed.keyword === 'COPY' && first.includes('<<')) add(first.trim().split(/\s+/).pop());
  }
  return out;
}

/** Adds `via` (once) to what the notes list for a facility, by its name, in first-seen order. */
/** The facilities of `names` with up to three of their evidences each, one markdown list line per facility. */
function facilityList(names: ReadonlyMap<string, string[]>): string {
  return [...names].map(([name, vias]) => `- **${name}**: ${vias.slice(0, 3).join(', ')}`).join('\n');
}

function addVia(names: Map<string, string[]>, facility: HostFacility, via: string): void {
  const vias = names.get(facility.name) ?? [];
  if (!vias.includes(via)) vias.push(via);
  names.set(facility.name, vias);
}

/** The facilities a stage prepares (packages, images, paths), one line each, for a note on what a hidden program may use. */
function preparedFacilities(ctx: RuleContext, stage: ReturnType<RuleContext['stageAt']>, skipLine: number): string[] {
  const names = new Map<string, string[]>();
  // The stage and the stages it is built on (`FROM containerd-base AS cind`): their files are in its image.
  const within = (line: number) => {
    const at = ctx.stageAt(line);
    return at === stage || (at !== undefined && (stage?.chain.includes(at.index) ?? false));
  };
  for (const u of facilityUses(ctx)) {
    if (!within(u.line) || u.line === skipLine) continue;
    // A VOLUME names what is kept outside the image for a program to use (`VOLUME /var/lib/docker` for a dockerd the
    // script starts): explained where it stands, never reported there, but a hidden program is what would use it.
    if (u.kind === 'prepared' || (u.kind === 'mentioned' && blockAtLine(ctx.model, u.line)?.parsed.keyword === 'VOLUME'))
      addVia(names, u.facility, u.via);
  }
  // A package that installs a program of the same name whose every run uses a facility
  // (google-chrome-stable, openvpn): installing it is no use, but the script may run it.
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || !within(c.block.startLine)) continue;
    for (const p of installOf(c)?.packages ?? []) {
      const t = triggersFor(p.name).find((x) => !x.sub && !x.args && !x.startOnly && !x.command.includes('*'));
      const f = t && facilityById.get(t.facility);
      // A package that already names the facility by itself is listed once.
      if (f && !names.get(f.name)?.includes(`package ${code(p.name)}`)) addVia(names, f, `package ${code(p.name)} (its program)`);
    }
    const download = chromiumDownload(c);
    const browser = download ? facilityById.get(browserDownloads.facility) : undefined;
    if (browser && download) addVia(names, browser, `${code(download.label)} (a Chromium-based browser)`);
  }
  // Files copied in under a name that says what they do (`sriovdp`, `create_cgroups.sh`): the script may run them.
  for (const n of copiedNameNotes(ctx)) {
    if (n.range.start.line === skipLine || !within(n.range.start.line)) continue;
    const f = n.topic.facility ? facilityById.get(n.topic.facility) : undefined;
    const via = `${code(lastSegment(n.path))} (named for it, copied in)`;
    if (f) addVia(names, f, via);
    else if (!names.get(n.topic.topic)?.includes(via)) names.set(n.topic.topic, [...(names.get(n.topic.topic) ?? []), via]);
  }
  return [...names].map(([name, vias]) => `- **${name}**: ${vias.slice(0, 3).join(', ')}${vias.length > 3 ? ', …' : ''}`);
}

/**
 * A script copied from the build context and run by a RUN step, whose text the caller did not pass,
 * in a stage that prepares a facility only a privileged container has (Docker-in-Docker, a
 * Kubernetes node): nestybox's k8s-node images start dockerd in such a script to pre-pull images,
 * which works only where the builder itself runs privileged. Said conditionally, never reported.
 */
function opaqueBuildScriptNotes(ctx: RuleContext): HoverNote[] {
  const refs = contextScriptRefs(ctx).filter((r) => r.phase === 'build');
  if (refs.length === 0) return [];
  const read = new Set(contextScriptsRead(ctx).scripts.map((s) => s.ref));
  const out: HoverNote[] = [];
  for (const ref of refs) {
    if (read.has(ref)) continue;
    const stage = ctx.stageAt(ref.block.startLine);
    const names = new Map<string, string>();
    for (const u of facilityUses(ctx)) {
      if (u.kind !== 'prepared' || !u.facility.run.privileged || ctx.stageAt(u.line) !== stage || u.line === ref.block.startLine) continue;
      if (!names.has(u.facility.name)) names.set(u.facility.name, u.via);
    }
    if (names.size === 0) continue;
    const list = [...names].map(([name, via]) => `- **${name}**: ${via}`);
    out.push({
      range: ref.by,
      markdown:
        `**Build script not shown** (${code(ref.paths[0])}): its text is not in this file. This stage prepares host kernel facilities that need a privileged container:\n${list.join('\n')}\n\n` +
        "A `docker build` step is not privileged: if the script starts them (dockerd to pre-pull images, for instance), the step fails unless the builder grants it (`RUN --security=insecure` with the security.insecure entitlement, or a runtime such as Sysbox as the daemon's default).",
    });
  }
  return out;
}

// ── Requirements ────────────────────────────────────────────────────────────────────────────

/** What each use needs from the runtime: the facility's run flags and notes, whatever the target. */
function runtimeNeeds(ctx: RuleContext): RuntimeNeed[] {
  const out: RuntimeNeed[] = [];
  for (const u of facilityUses(ctx)) {
    if (u.kind === 'mentioned') continue;
    const run = u.facility.run;
    // A command of a RUN step uses the facility while the image is built; anything else prepares the container.
    const atBuild = !!u.buildLimit || (u.kind === 'command' && blockAtLine(ctx.model, u.line)?.parsed.keyword === 'RUN');
    const need: RuntimeNeed = { facility: u.facility.name, via: u.via, line: u.line, phase: atBuild ? 'build' : 'run' };
    const capAdd = capsToAdd(u.facility, u.capAdd);
    if (run.privileged) need.privileged = true;
    if (capAdd.length > 0) need.capAdd = capAdd;
    if (run.devices?.length) need.devices = run.devices;
    if (run.notes?.length) need.notes = run.notes;
    if (need.privileged || need.capAdd || need.devices || need.notes) out.push(need);
  }
  return out;
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary:
    'Devices, capabilities and kernel facilities an instruction needs (TUN, KVM, FUSE, netfilter, mounts, BPF, DinD …): fails at build time, or the target lacks them.',
  check,
  passes: [commandFacilityUses, packageFacilityUses, installedBrowsers, browserFacilityUses, facilityUses],
  notes,
  runtimeNeeds,
};
