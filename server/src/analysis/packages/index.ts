/**
 * Package installs in shell commands: which package manager, which package words (with their
 * exact ranges), names stripped of version pins and release/arch qualifiers. Options and their
 * values are skipped (`apk add --virtual .build-deps gcc`: `.build-deps` is a name, not a package).
 */
import type { PackageFamily } from '../../knowledge/types';
import type { ShellCommand, ShellWord } from '../shell/types';
import type { StageInfo } from '../stages';

export type InstallManager = 'apt' | 'dpkg' | 'dnf' | 'yum' | 'microdnf' | 'tdnf' | 'apk' | 'zypper' | 'pacman' | 'opkg' | 'emerge';

export interface PackageArg {
  /** Package name after stripping pins; may contain an unexpanded `$(uname -r)` etc. */
  name: string;
  word: ShellWord;
  /** Index of the word in command.args. */
  argIndex: number;
  /** The word contains expansions ($VAR, $(…), backticks) whose value is not known statically. */
  dynamic: boolean;
}

export interface InstallCommand {
  command: ShellCommand;
  manager: InstallManager;
  packages: PackageArg[];
}

interface ManagerSpec {
  manager: InstallManager;
  /** Sub-commands that install (matched against the first non-option word). Empty: decided by `isInstallFlag`. */
  subcommands: readonly string[];
  /** Options whose value is the next word. */
  valueOptions: readonly string[];
  /** For pacman/dpkg: the option that means install. */
  isInstallFlag?: (v: string) => boolean;
  /** Wrappers whose every operand is a package (no sub-command). */
  always?: boolean;
  /** With `always`: an option that makes the command something else than an install (`emerge --pretend`). */
  notInstallFlag?: (v: string) => boolean;
  /**
   * apk: the applet is the first word not starting with `-` that names one (`apk --update -t add foo`: `add`, even
   * where getopt then takes it as `-t`'s value); after the options the applet word, if it comes first, is dropped.
   */
  deducesApplet?: readonly string[];
}

const APT_VALUE_OPTIONS = [
  '-t',
  '--target-release',
  '--default-release',
  '-o',
  '--option',
  '-c',
  '--config-file',
  '-a',
  '--host-architecture',
];
const RPM_VALUE_OPTIONS = [
  '-c',
  '--config',
  '--releasever',
  '--installroot',
  '--repo',
  '--repoid',
  '--enablerepo',
  '--disablerepo',
  '-x',
  '--exclude',
  '--setopt',
  '--forcearch',
  '-d',
  '--debuglevel',
  '-e',
  '--errorlevel',
  '--downloaddir',
  '--destdir',
];

/** emerge(1) actions and options under which the given atoms are not merged into the system. */
const EMERGE_NOT_INSTALL = new Set([
  '--pretend',
  '--fetchonly',
  '--fetch-all-uri',
  '--unmerge',
  '--depclean',
  '--prune',
  '--search',
  '--searchdesc',
  '--sync',
  '--info',
  '--config',
  '--list-sets',
  '--metadata',
  '--regen',
  '--version',
  '--help',
  '--check-news',
  '--deselect',
  '--clean',
  '--rage-clean',
  '--onlydeps',
  '--buildpkgonly',
]);

const SPECS: Readonly<Record<string, ManagerSpec>> = {
  'apt-get': { manager: 'apt', subcommands: ['install', 'reinstall'], valueOptions: APT_VALUE_OPTIONS },
  apt: { manager: 'apt', subcommands: ['install', 'reinstall'], valueOptions: APT_VALUE_OPTIONS },
  aptitude: { manager: 'apt', subcommands: ['install', 'reinstall'], valueOptions: APT_VALUE_OPTIONS },
  dpkg: {
    manager: 'dpkg',
    subcommands: [],
    valueOptions: ['--root', '--admindir', '--instdir'],
    isInstallFlag: (v) => v === '-i' || v === '--install' || /^-[A-Za-z]*i[A-Za-z]*$/.test(v),
  },
  dnf: { manager: 'dnf', subcommands: ['install', 'in', 'reinstall'], valueOptions: RPM_VALUE_OPTIONS },
  // rpm(8) installing or upgrading package files (-i, -U, -F with h/v: -ivh, -Uvh, -vi); a query (-qi) or erase never
  // matches. Counted as dnf, as the .rpm files of kernel-package-install are: the same package names and family.
  rpm: {
    manager: 'dnf',
    subcommands: [],
    valueOptions: ['--root', '--dbpath', '--prefix', '--relocate', '--excludepath'],
    isInstallFlag: (v) => v === '--install' || v === '--upgrade' || v === '--freshen' || /^-[hv]*[iUF][hv]*$/.test(v),
  },
  dnf5: { manager: 'dnf', subcommands: ['install', 'in', 'reinstall'], valueOptions: RPM_VALUE_OPTIONS },
  yum: { manager: 'yum', subcommands: ['install', 'reinstall'], valueOptions: RPM_VALUE_OPTIONS },
  microdnf: { manager: 'microdnf', subcommands: ['install', 'reinstall'], valueOptions: RPM_VALUE_OPTIONS },
  tdnf: { manager: 'tdnf', subcommands: ['install', 'reinstall'], valueOptions: RPM_VALUE_OPTIONS },
  apk: {
    manager: 'apk',
    subcommands: ['add'],
    valueOptions: ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir'],
    // alpinelinux/apk-tools src/apk.c deduce_applet (2.x and 3.x): argv scanned for the first non-option word that
    // names an applet, before getopt runs; main() then drops argv[0] when it equals the applet name. The applets of
    // apk(8) (apk-tools doc/apk.8.scd).
    deducesApplet: [
      'add',
      'del',
      'fix',
      'update',
      'upgrade',
      'cache',
      'info',
      'list',
      'dot',
      'policy',
      'search',
      'stats',
      'audit',
      'verify',
      'version',
      'manifest',
      'fetch',
      'index',
      'mkndx',
      'mkpkg',
      'extract',
      'convdb',
      'convndx',
      'adbdump',
      'adbsign',
      'adbgen',
      'query',
    ],
  },
  zypper: {
    manager: 'zypper',
    subcommands: ['in', 'install'],
    // zypper(8): the global `--installroot <dir>` takes a value like `--root` (bci images install into a chroot).
    valueOptions: [
      '-t',
      '--type',
      '-r',
      '--repo',
      '--from',
      '-R',
      '--root',
      '--installroot',
      '-D',
      '--reposd-dir',
      '-C',
      '--cache-dir',
      '--download',
    ],
  },
  // OpenWrt's opkg (openwrt/opkg-lede src/opkg-cl.c usage(): `opkg [options...] sub-command [arguments...]`,
  // `install <pkgs>`; -f <conf_file>, -d/--dest <dest_name>, -o/--offline-root <dir>, --cache <dir>, --add-dest
  // <name>:<path>, --add-arch <arch>:<prio> take a value).
  opkg: {
    manager: 'opkg',
    subcommands: ['install'],
    valueOptions: ['-f', '--conf', '-d', '--dest', '-o', '--offline-root', '--cache', '--add-dest', '--add-arch'],
  },
  // Gentoo's emerge(1) merges the atoms it is given unless an action option says otherwise: --pretend/-p,
  // --fetchonly/-f, --unmerge/-C, --depclean/-c, --prune/-P, --search/-s, --onlydeps/-o, --buildpkgonly/-B, --sync, …
  // (emerge(1) ACTIONS and OPTIONS). --jobs and --load-average take an optional number, never read as an atom.
  emerge: {
    manager: 'emerge',
    subcommands: [],
    valueOptions: ['--root', '--config-root', '--exclude', '--usepkg-exclude', '--with-bdeps', '--backtrack'],
    always: true,
    notInstallFlag: (v) => EMERGE_NOT_INSTALL.has(v.replace(/=.*$/, '')) || /^-[A-Za-z0-9]*[BcCfFhopPsSV][A-Za-z0-9]*$/.test(v),
  },
  pacman: {
    manager: 'pacman',
    subcommands: [],
    valueOptions: [
      '--root',
      '-r',
      '--dbpath',
      '-b',
      '--config',
      '--cachedir',
      '--overwrite',
      '--assume-installed',
      '--ignore',
      '--ignoregroup',
      '--arch',
      '--hookdir',
      '--gpgdir',
      '--logfile',
    ],
    isInstallFlag: (v) => v === '--sync' || (/^-S[a-zA-Z]*$/.test(v) && !/[sicgpl]/.test(v.slice(2))),
  },
  // Wrappers around apt-get install that real images use: bitnami/minideb's install_packages, kind's clean-install.
  install_packages: { manager: 'apt', subcommands: [], valueOptions: APT_VALUE_OPTIONS, always: true },
  'clean-install': { manager: 'apt', subcommands: [], valueOptions: APT_VALUE_OPTIONS, always: true },
  // gitpod-io/workspace-images @ 244a381d base/install-packages: `apt-get "$_mode" -yq --no-install-recommends "$@"`.
  'install-packages': { manager: 'apt', subcommands: [], valueOptions: APT_VALUE_OPTIONS, always: true },
  // seaweedfs/seaweedfs docker/apt-install @ cc8364a0: `apt-get … install -y … "$@"` over a list of Ubuntu mirrors.
  'apt-install': { manager: 'apt', subcommands: [], valueOptions: APT_VALUE_OPTIONS, always: true },
  // jlesage/docker-baseimage's add-pkg (helpers/add-pkg @ 9cfc02c5): `apk --no-cache add "$@"` where apk exists, else
  // `apt-get install -y --no-install-recommends "$@"`; `--virtual NAME` first. Counted as apk, the images' usual base;
  // a known base image still decides the family (familyFor).
  'add-pkg': { manager: 'apk', subcommands: [], valueOptions: ['--virtual'], always: true },
  // gliderlabs/alpine's apk-install: `apk add --update-cache "$@"` (gliderlabs/docker-alpine
  // builder/scripts/apk-install @ ac442d6d).
  'apk-install': {
    manager: 'apk',
    subcommands: [],
    valueOptions: ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir'],
    always: true,
  },
};

const MANAGER_FAMILY: Readonly<Record<InstallManager, PackageFamily>> = {
  apt: 'debian',
  dpkg: 'debian',
  dnf: 'rhel',
  yum: 'rhel',
  microdnf: 'rhel',
  tdnf: 'photon',
  apk: 'alpine',
  zypper: 'suse',
  pacman: 'arch',
  opkg: 'openwrt',
  emerge: 'gentoo',
};

/** The install a command performs, or undefined when it is not a package install. */
/** Commands are stable objects while their block stays in place (see shell/index.ts): memoise per command. */
const installMemo = new WeakMap<ShellCommand, InstallCommand | null>();

export function installOf(command: ShellCommand): InstallCommand | undefined {
  const hit = installMemo.get(command);
  if (hit !== undefined) return hit ?? undefined;
  const result = installOfUncached(command);
  installMemo.set(command, result ?? null);
  return result;
}

function installOfUncached(command: ShellCommand): InstallCommand | undefined {
  const spec = Object.hasOwn(SPECS, command.name) ? SPECS[command.name] : undefined;
  if (!spec) return undefined;
  const args = command.args;
  let installing = spec.always === true;
  let sawSubcommand = false;
  if (spec.deducesApplet) {
    const applet = args.map((w) => w.value ?? w.raw).find((v) => !v.startsWith('-') && spec.deducesApplet!.includes(v));
    if (applet === undefined || !spec.subcommands.includes(applet)) return undefined;
    installing = true;
  }
  const packages: PackageArg[] = [];
  let afterDoubleDash = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const v = w.value ?? w.raw;
    if (!afterDoubleDash && v === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && v.startsWith('-') && v.length > 1) {
      if (spec.isInstallFlag?.(v)) installing = true;
      if (spec.notInstallFlag?.(v)) return undefined;
      if (spec.valueOptions.includes(v)) i++;
      continue;
    }
    if (spec.always) {
      // every operand is a package
    } else if (spec.isInstallFlag) {
      if (!installing) return undefined;
    } else if (!sawSubcommand) {
      sawSubcommand = true;
      if (spec.subcommands.includes(v)) {
        installing = true;
        continue;
      }
      // apk: the applet word taken as an option's value leaves the first operand a package.
      if (!spec.deducesApplet) return undefined;
    }
    const name = packageName(spec.manager, v);
    if (name) packages.push({ name, word: w, argIndex: i, dynamic: w.value === undefined });
  }
  if (!installing) return undefined;
  return { command, manager: spec.manager, packages };
}

const VERSION_PIN_VARIABLE =
  /^([a-z0-9][a-z0-9+._-]*[a-z0-9+])\$(?:\{[A-Za-z_]\w*(?:VERSION|VER|SUFFIX|PIN|TAG)\w*\}|[A-Za-z_]\w*(?:VERSION|VER|SUFFIX|PIN|TAG)\w*|\{[A-Za-z_]\w*:?\+[=-][^}]*\})$/i;

/**
 * An RPM architecture after the name (`glibc.i686`, `kernel-devel.x86_64`, `foo-1.2-3.el9.noarch`): the Linux
 * names of rpm's arch_canon table (rpm-software-management/rpm rpmrc.in @ 01cb30d8), noarch and src (source
 * packages). dnf and zypper read `NAME.ARCH` as that package for that architecture (dnf5-specs(7), NEVRA matching).
 */
const RPM_ARCH =
  /\.(x86_64|amd64|ia32e|em64t|i[3-6]86|athlon|geode|pentium[34]|aarch64|ppc|ppc64|ppc64le|ppc64p7|s390|s390x|armv[3-8][a-z]*|mips|mipsel|mips64|mips64el|riscv64|noarch|src)$/;

/** The package a word names, without pins; undefined for local files and URLs that are not packages. */
export function packageName(manager: InstallManager, word: string): string | undefined {
  let n = word.trim();
  if (!n) return undefined;
  if (manager === 'dpkg' || /\.(deb|rpm|apk)$/.test(n)) {
    // A package file: foo_1.2-3_amd64.deb / foo-1.2-3.el9.x86_64.rpm
    const base = n.slice(n.lastIndexOf('/') + 1);
    // yum -y install /tmp/strongswan*.rpm: a glob right after the name names that package
    // (linux-image-*.deb, with the separator before the glob, stays a family of packages).
    if (/^[a-z0-9][a-z0-9+.-]*[a-z0-9+]\*[^/]*\.(deb|rpm)$/.test(base)) return globStem(base);
    if (base.endsWith('.deb')) return base.slice(0, -4).split('_')[0] || undefined;
    if (base.endsWith('.rpm')) return stripRpmVersion(base.slice(0, -4));
    // dpkg -i /tmp/openvswitch-switch*: the glob's fixed prefix names the package.
    if (manager === 'dpkg' && base.includes('*')) return globStem(base);
    return undefined;
  }
  // A local file named through a variable (`./"$KERNEL_HDR"`) may be a package file: kept as written,
  // so a rule can read it through the stage's ARG/ENV defaults; it matches no package table as is.
  if ((n.startsWith('./') || n.startsWith('/')) && n.includes('$')) return n;
  // `docker-ce${engine_version_suffix}`, `kubelet${KUBE_VERSION:+=$KUBE_VERSION}`: a pin spelled through
  // a variable glued to the name (its name says version/suffix, or it expands to `=…`/`-…` only when set)
  // leaves the name itself; any other variable may change the name, so the word stays as written.
  const pinned = VERSION_PIN_VARIABLE.exec(n);
  if (pinned) n = pinned[1];
  if (/^(https?|ftp):\/\//.test(n) || n.startsWith('./') || n.startsWith('/')) return undefined;
  if (manager === 'emerge') return gentooAtomName(n);
  if (manager === 'pacman') n = n.replace(/^[^/]+\//, ''); // repo/pkg
  if (manager === 'apt') n = n.replace(/\/[^/]*$/, ''); // pkg/bookworm-backports
  if (manager === 'apk') n = n.replace(/@[^@]*$/, ''); // pkg@edge
  n = n.replace(/(?:[<>=~!]=?|==).*$/, ''); // pkg=1.2, pkg>=1.2, pkg~1.2
  // pkg:amd64, or pkg:${DEB_ARCH} in a cross build (a Debian package name never holds a colon: what follows is the arch).
  if (manager === 'apt') n = n.replace(/:(?:[a-z0-9]+|\$\{?[A-Za-z_]\w*\}?)$/, '');
  if (manager === 'dnf' || manager === 'yum' || manager === 'microdnf' || manager === 'tdnf' || manager === 'zypper')
    n = stripRpmVersion(n);
  return n || undefined;
}

/**
 * A Gentoo package atom without its operator, version, slot, USE flags and repository (PMS 8, "Dependency
 * specification format"): `>=sys-kernel/gentoo-sources-6.6.21:6.6[symlink]::gentoo` → `sys-kernel/gentoo-sources`.
 * The category stays when written. Sets (`@world`) and words that cannot be a package (a number after --jobs, the
 * y/n of an option) are none.
 */
function gentooAtomName(word: string): string | undefined {
  const op = /^(?:[<>]=?|=|~|!{1,2})/.exec(word);
  let n = word.slice(op ? op[0].length : 0);
  n = n.replace(/::.*$/, '').replace(/\[.*$/, '').replace(/:.*$/, '').replace(/\*$/, '');
  if (op) n = n.replace(/-\d[\w.]*(?:-r\d+)?$/, '');
  return /^([A-Za-z0-9][\w+.-]*\/)?[A-Za-z][\w+-]+$/.test(n) ? n : undefined;
}

/** `openvswitch-switch*` → `openvswitch-switch`: the fixed part of a package file glob, if it can be a name. */
function globStem(base: string): string | undefined {
  const stem = base.slice(0, base.indexOf('*')).replace(/[_-]+$/, '');
  return /^[a-z0-9][a-z0-9+.-]+$/.test(stem) ? stem : undefined;
}

/**
 * `kernel-devel-5.14.0-427.el9.x86_64` → `kernel-devel`. Only a clear version-release suffix (two
 * hyphen-separated parts that start with a digit) is stripped: `python3-3.11` or `lua-5.4` stay as
 * written, since they may be names.
 */
function stripRpmVersion(n: string): string {
  const noArch = n.replace(RPM_ARCH, '');
  const m = /^(.+?)-(\d[A-Za-z0-9._+~^]*)-(\d[A-Za-z0-9._+~^]*)$/.exec(noArch);
  if (m && /[a-zA-Z]/.test(m[1])) return m[1];
  // `NAME.ARCH` (no version): the name. A bare arch word (`.x86_64` alone) stays as written.
  return noArch && /^[A-Za-z0-9]/.test(noArch) ? noArch : n;
}

/** The package family for a command: from the stage's base image when known, else from the package manager. */
export function familyFor(
  ctx: { stageAt(line: number): StageInfo | undefined },
  line: number,
  manager?: InstallManager,
): PackageFamily | undefined {
  const root = ctx.stageAt(line)?.root;
  if (root?.kind === 'image' && root.lookup.kind === 'known') return root.lookup.identity.release.family;
  return manager ? MANAGER_FAMILY[manager] : undefined;
}

export function managerFamily(manager: InstallManager): PackageFamily {
  return MANAGER_FAMILY[manager];
}
