/**
 * `kernel-lens target capture` — run on a host: writes a host profile of THIS machine (kernel
 * release, /etc/os-release, kernel config, cgroup and vsyscall mode, run-time switches, arch, and
 * the container runtime's version only when asked with --runtime). Nothing leaves the machine; the
 * hostname is not recorded unless given as --name.
 *
 * `kernel-lens target from-kubernetes <nodes.json>` — `kubectl get nodes -o json` output → one
 * profile per distinct (kernel, OS image, architecture, runtime).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { profileFileName, profilesFromNodeList } from '../../analysis/index';
import { detectMachine, type MachineFacts } from '../../analysis/index';
import { PROFILE_FORMAT, type HostProfile } from '../../analysis/index';
import { parseArgs, UsageError, type OptionSpec } from '../args';
import { answerHelpOrVersion, COMMON_OPTIONS, commandHelp } from '../help';
import type { CommandIO } from '../io';

const SCHEMA_REF = 'https://github.com/kernel-lens/kernel-lens/blob/main/schemas/host-profile.schema.json';

const CAPTURE_OPTIONS: readonly OptionSpec[] = [
  { name: 'out', short: 'o', kind: 'value', valueName: '<file>', help: 'write the profile to <file> (default: standard output)' },
  { name: 'name', kind: 'value', valueName: '<name>', help: 'a name for this host (the hostname is never recorded otherwise)' },
  {
    name: 'runtime',
    kind: 'value',
    valueName: '<docker|podman>',
    help: "also record the container runtime's version (runs '<runtime> version')",
  },
  ...COMMON_OPTIONS,
];

const K8S_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'out-dir',
    kind: 'value',
    valueName: '<folder>',
    help: 'write one <name>.json per profile into <folder> (default: a JSON array on standard output)',
  },
  ...COMMON_OPTIONS,
];

const HELP = commandHelp(
  'kernel-lens target <capture|from-kubernetes> [options]',
  `Host profiles: real hosts as targets. A profile file works wherever a preset id does
(--target ./hosts/prod.json, "target": "./hosts/prod.json" in .kernel-lens.json).

  target capture [--out host.json] [--name N] [--runtime docker]
      run ON the host (no root needed): reads /proc/sys/kernel/osrelease, /etc/os-release,
      /proc/config.gz or /boot/config-$(uname -r), the cgroup and vsyscall mode and the
      run-time switches in /proc/sys. Nothing leaves the machine.
  target from-kubernetes <nodes.json> [--out-dir hosts/]
      turns 'kubectl get nodes -o json' into one profile per distinct kernel, OS image,
      architecture and runtime, named by node pool.`,
  [...CAPTURE_OPTIONS.filter((o) => o.name !== 'help' && o.name !== 'version'), ...K8S_OPTIONS],
);

function readSmall(file: string, max = 64 * 1024): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(max);
    const n = readSync(fd, buf, 0, max, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** /etc/os-release (or /usr/lib/os-release) → the three fields people read. */
function parseOsRelease(text: string): HostProfile['osRelease'] {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) fields.set(m[1], m[2].replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1'));
  }
  const out: NonNullable<HostProfile['osRelease']> = {};
  if (fields.has('ID')) out.id = fields.get('ID');
  if (fields.has('VERSION_ID')) out.versionId = fields.get('VERSION_ID');
  if (fields.has('PRETTY_NAME')) out.prettyName = fields.get('PRETTY_NAME');
  return out;
}

/** Every set symbol of a .config text (`CONFIG_X=v`), without the prefix. */
function configSymbols(text: string): Record<string, string> {
  const symbols: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^CONFIG_([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) symbols[m[1]] = m[2];
  }
  return symbols;
}

/** The profile of a machine from its facts (pure: tests pass made-up facts). */
function profileFromMachine(m: MachineFacts, extra: { osReleaseText?: string; name?: string; runtime?: string; now: Date }): HostProfile {
  const profile: HostProfile = { format: PROFILE_FORMAT, via: 'capture', os: 'linux' };
  if (extra.name) profile.name = extra.name;
  profile.capturedAt = extra.now.toISOString();
  profile.kernelRelease = m.release;
  if (extra.osReleaseText) profile.osRelease = parseOsRelease(extra.osReleaseText);
  if (m.arch) profile.arch = m.arch;
  if (m.cgroup) profile.cgroup = m.cgroup;
  if (m.vsyscall) profile.vsyscall = m.vsyscall;
  if (m.sysctls) profile.sysctls = { ...m.sysctls };
  if (extra.runtime) profile.runtime = extra.runtime;
  if (m.configText !== undefined) profile.kernelConfig = { origin: m.configOrigin ?? 'this machine', symbols: configSymbols(m.configText) };
  return profile;
}

/** `docker version` / `podman version` → `docker@27.1.1`; only on request, never a shell. */
function runtimeVersion(kind: string): string {
  if (kind !== 'docker' && kind !== 'podman') throw new UsageError(`option '--runtime': '${kind}' is not docker or podman`);
  const r = spawnSync(kind, ['version', '--format', kind === 'docker' ? '{{.Server.Version}}' : '{{.Version}}'], {
    encoding: 'utf8',
    timeout: 15_000,
  });
  const v = r.status === 0 ? r.stdout.trim() : '';
  if (!/^\d+\.\d+[\w.+-]*$/.test(v))
    throw new UsageError(
      `could not read the ${kind} version ('${kind} version' ${r.error ? `failed: ${r.error.message}` : `exited with ${r.status}`})`,
    );
  return `${kind}@${v}`;
}

function write(io: CommandIO, out: string | undefined, text: string): void {
  if (out === undefined) io.out(text);
  else writeFileSync(resolve(io.cwd, out), text);
}

function runCapture(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, CAPTURE_OPTIONS, 'target capture');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  if (args.positionals.length > 0) throw new UsageError(`'target capture' takes no arguments (got ${args.positionals.join(' ')})`);
  if (process.platform !== 'linux')
    throw new UsageError(
      'target capture reads the running Linux kernel: run it on the Linux host itself (on macOS and Windows use the docker-desktop or wsl2 presets)',
    );
  const machine = detectMachine();
  const runtimeFlag = args.values.get('runtime');
  const osReleaseText = readSmall('/etc/os-release') ?? readSmall('/usr/lib/os-release');
  const profile = profileFromMachine(machine, {
    osReleaseText,
    name: args.values.get('name'),
    runtime: runtimeFlag ? runtimeVersion(runtimeFlag) : undefined,
    now: io.today,
  });
  write(io, args.values.get('out'), JSON.stringify({ $schema: SCHEMA_REF, ...profile }, null, 2) + '\n');
  if (!profile.kernelConfig)
    io.err(
      'kernel-lens: no readable kernel config (/proc/config.gz, /boot/config-<release>): features will be judged by the kernel version only\n',
    );
  return 0;
}

function runFromKubernetes(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, K8S_OPTIONS, 'target from-kubernetes');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  if (args.positionals.length !== 1)
    throw new UsageError("'target from-kubernetes' takes one file: the output of 'kubectl get nodes -o json' ('-' for standard input)");
  const file = args.positionals[0];
  const text = file === '-' ? readFileSync(0, 'utf8') : readSmall(resolve(io.cwd, file), 64 * 1024 * 1024);
  if (text === undefined) throw new UsageError(`cannot read ${file}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const { profiles, problems } = profilesFromNodeList(data);
  for (const p of problems) io.err(`kernel-lens: ${p}\n`);
  if (profiles.length === 0) return 2;
  const outDir = args.values.get('out-dir');
  if (outDir === undefined) {
    io.out(JSON.stringify(profiles, null, 2) + '\n');
    return 0;
  }
  const dir = resolve(io.cwd, outDir);
  mkdirSync(dir, { recursive: true });
  for (const p of profiles) {
    const f = join(dir, profileFileName(p));
    writeFileSync(f, JSON.stringify({ $schema: SCHEMA_REF, ...p }, null, 2) + '\n');
    io.out(
      `${relative(io.cwd, f) || f}: ${p.nodes?.count ?? 0} node(s), kernel ${p.kernelRelease ?? 'unknown'}, ${p.arch ?? 'arch unknown'}${p.preset ? `, config of preset ${p.preset}` : ''}\n`,
    );
  }
  return 0;
}

export function runTarget(argv: readonly string[], io: CommandIO): number {
  const [sub, ...rest] = argv;
  if (sub === 'capture') return runCapture(rest, io);
  if (sub === 'from-kubernetes') return runFromKubernetes(rest, io);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.out(HELP);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(
    `unknown 'target' subcommand '${sub}' (capture or from-kubernetes; for the list of presets see 'kernel-lens targets')`,
  );
}
