/**
 * Programs that run another program: `sudo modprobe x` runs modprobe. Peeling them finds the
 * program a rule cares about. Each entry says which options take a value and how many
 * positional operands come before the wrapped command.
 */
interface Wrapper {
  /** Options whose value is the next word. */
  valueOptions?: readonly string[];
  /** Positional operands before the command (chroot NEWROOT, timeout DURATION, gosu USER). */
  operands?: number;
  /** VAR=value words may precede the command. */
  assignments?: boolean;
  /** `command -v x` looks x up instead of running it. */
  notWhenFirst?: readonly string[];
  /** A wrapper only in the form with one of these options (`runuser -u USER -- cmd`, not `runuser USER -c '…'`). */
  onlyWith?: readonly string[];
}

const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  sudo: { valueOptions: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'], assignments: true },
  doas: { valueOptions: ['-u', '-C'] },
  env: { valueOptions: ['-u', '-C', '--unset', '--chdir'], assignments: true },
  exec: { valueOptions: ['-a'] },
  nohup: {},
  time: {},
  command: { notWhenFirst: ['-v', '-V'] },
  builtin: {},
  nice: { valueOptions: ['-n'] },
  ionice: { valueOptions: ['-c', '-n', '-p', '-P', '-u'] },
  chroot: { operands: 1 },
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
  timeout: { valueOptions: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
  setsid: {},
  xargs: { valueOptions: ['-I', '-n', '-P', '-d', '-L', '-a', '-E', '-s', '--delimiter', '--max-args', '--max-procs', '--arg-file'] },
  gosu: { operands: 1 },
  'su-exec': { operands: 1 },
  // util-linux runuser(1): "runuser [options] -u user [[--] command [argument...]]"; its su-like form (`runuser user -c …`)
  // takes a shell command line instead and is read as DASH_C_PROGRAMS.
  runuser: {
    valueOptions: ['-u', '--user', '-g', '--group', '-G', '--supp-group', '-w', '--whitelist-environment'],
    onlyWith: ['-u', '--user'],
  },
  tini: {},
  'dumb-init': {},
  catatonit: {},
  unbuffer: {},
  fakeroot: {},
  // dex4er/fakechroot @ b42d1fb9 man/fakechroot.pod: `fakechroot [-s] [-l library] [-d ldso] [-e type] [-c directory]
  // [-b directory] [--] [command]`, an LD_PRELOAD library that fakes chroot(2) for the command it runs.
  fakechroot: { valueOptions: ['-l', '--lib', '-d', '--elfloader', '-e', '--environment', '-c', '--config-dir', '-b', '--bindir'] },
  eatmydata: {},
  // Privilege droppers of the supervision suites, each running its last operand as the program: skarnet.org s6
  // `s6-setuidgid account prog...`, `s6-envuidgid [-u|-g|-B] [-n] [-i|-D uid:gid] account prog...`,
  // `s6-applyuidgid [-z] [-u uid] [-g gid] [-G gidlist] [-U] prog...`; daemontools `setuidgid account child`,
  // `envuidgid account child`; runit chpst(8) `chpst [-vP012] [-u user] [-U user] [-b argv0] [-e dir] [-/ root]
  // [-n inc] [-l|-L lock] [-m|-d|-o|-p|-f|-c n] child`; s6-overlay's `with-contenv prog...` (the container's
  // environment, then the program).
  's6-setuidgid': { operands: 1 },
  's6-envuidgid': { valueOptions: ['-D'], operands: 1 },
  's6-applyuidgid': { valueOptions: ['-u', '-g', '-G'] },
  setuidgid: { operands: 1 },
  envuidgid: { operands: 1 },
  chpst: { valueOptions: ['-u', '-U', '-b', '-e', '-/', '-n', '-l', '-L', '-m', '-d', '-o', '-p', '-f', '-c'] },
  'with-contenv': {},
  // util-linux setpriv(1): `setpriv [options] program [arguments]`; these options take a value (also as `--opt=value`,
  // one word).
  setpriv: {
    valueOptions: [
      '--reuid',
      '--regid',
      '--ruid',
      '--euid',
      '--rgid',
      '--egid',
      '--groups',
      '--inh-caps',
      '--ambient-caps',
      '--bounding-set',
      '--securebits',
      '--pdeathsig',
      '--selinux-label',
      '--apparmor-profile',
      '--landlock-access',
      '--landlock-rule',
    ],
  },
  // Delve (go-delve/delve Documentation/usage/dlv_exec.md): `dlv [flags] exec <path/to/binary>` runs the binary under the
  // debugger; the subcommand is the one operand before it.
  dlv: { valueOptions: ['--listen', '-l', '--api-version', '--log-output', '--init', '--wd', '--backend', '--log-dest'], operands: 1 },
  // xvfb-run(1) (Debian xvfb): runs the command with a virtual X server; -e, -f, -n, -p, -s, -w take a value.
  'xvfb-run': {
    valueOptions: [
      '-e',
      '--error-file',
      '-f',
      '--auth-file',
      '-n',
      '--server-num',
      '-p',
      '--xauth-protocol',
      '-s',
      '--server-args',
      '-w',
      '--wait',
    ],
  },
};

/**
 * Wrappers that are programs of interest themselves: Delve runs its operand under ptrace (go-delve/delve
 * Documentation/faq.md, "How do I use Delve with Docker?"), so `dlv` is a command as well as a wrapper; setpriv
 * changes the capability sets of the program it runs when given --inh-caps, --ambient-caps or --bounding-set
 * (util-linux setpriv(1)), which the command table tells from its uid/gid-only use; chroot's new root may hold programs of
 * another architecture (platform-mismatch's foreign roots).
 */
export const SELF_REPORTING_WRAPPERS: ReadonlySet<string> = new Set(['dlv', 'setpriv', 'chroot']);

export function basename(s: string): string {
  const slash = s.lastIndexOf('/');
  return slash >= 0 ? s.slice(slash + 1) : s;
}

/** Index of the word naming the wrapped program (words.length when a wrapper wraps nothing). */
export function peelWrappers(values: readonly (string | undefined)[]): number {
  let k = 0;
  for (let depth = 0; depth < 8 && k < values.length; depth++) {
    const v = values[k];
    if (v === undefined) return k;
    const w = Object.hasOwn(WRAPPERS, basename(v)) ? WRAPPERS[basename(v)] : undefined;
    if (!w) return k;
    if (w.notWhenFirst?.includes(values[k + 1] ?? '')) return k;
    if (w.onlyWith && !values.slice(k + 1).some((a) => a !== undefined && w.onlyWith?.includes(a))) return k;
    k++;
    while (k < values.length) {
      const a = values[k];
      if (a === undefined) return k;
      if (a === '--') {
        k++;
        break;
      }
      if (a.startsWith('-') && a.length > 1) {
        k += w.valueOptions?.includes(a) ? 2 : 1;
        continue;
      }
      if (w.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) {
        k++;
        continue;
      }
      break;
    }
    k += w.operands ?? 0;
  }
  return k;
}

/** Shells whose `-c` argument (or stdin heredoc) is a script worth parsing. */
export const SH_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Programs that take a shell command line after `-c`. */
export const DASH_C_PROGRAMS = new Set([...SH_SHELLS, 'su', 'runuser']);
