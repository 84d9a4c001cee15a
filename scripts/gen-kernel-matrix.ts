/**
 * Writes server/src/knowledge/kernelMatrix.generated.ts: for each real distribution kernel config,
 * the state of every Kconfig symbol the knowledge uses (feature table + the extra symbols below).
 * Whole configs would add ~2.5 MB to the .vsix; the matrix keeps only what a verdict reads.
 *
 * Run: npx tsx scripts/gen-kernel-matrix.ts [/path/to/kernel-configs]
 *   (default: ../shared/reference/kernel-configs next to the repository, i.e. /work/shared/...)
 * The input folder is the reference set described in its README: oracle/kconfigs @ fa0a490c
 * (out/<distribution>/config) and lustre/lustre-release @ c881f8eb
 * (lustre/kernel_patches/kernel_configs/). A test fails when a feature symbol is missing from
 * the matrix, so re-run this after adding Kconfig symbols to the feature table.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { kernelFeatures } from '../server/src/knowledge/features';

/** Symbols read outside the feature table (vsyscall mode, run-time switches' prerequisites). */
const EXTRA_SYMBOLS = [
  'LEGACY_VSYSCALL_NONE',
  'LEGACY_VSYSCALL_EMULATE',
  'LEGACY_VSYSCALL_XONLY',
  'IO_URING',
  'USER_NS',
  'CGROUPS',
  'MODULES',
  // platform-mismatch: i386 programs on an x86-64 kernel, 32-bit arm programs on an arm64 kernel.
  'IA32_EMULATION',
  'IA32_EMULATION_DEFAULT_DISABLED',
  'COMPAT',
];

const KCONFIGS = 'oracle/kconfigs @ fa0a490ce5f1cbfae18994c9ca258ef8286683da (gh-pages), out/<distribution>/config';
const LUSTRE = 'lustre/lustre-release @ c881f8ebcbd130cf6c2b9e8862582fc5d2da5289';

interface Provenance {
  id: string;
  /** Who built the kernel, in words. */
  distribution: string;
  arch: 'amd64' | 'arm64';
  /** Kernel release (uname -r without the arch suffix) when the header lacks it. */
  release?: string;
  /** The package or document the config came from. */
  origin: string;
  source: string;
}

const kconfigs = (file: string, id: string, distribution: string, arch: 'amd64' | 'arm64', pkg: string): [string, Provenance] => [
  file,
  { id, distribution, arch, origin: pkg, source: `${KCONFIGS} (${distribution}); package ${pkg}` },
];

// Kernel releases from lustre/kernel_patches/targets/<series>.target.in (lnxmaj-lnxrel) @ the same commit.
const rhelMinor: [string, string, string][] = [
  ['7.5', '3.10.0-862.14.4.el7', '3.10-rhel7.5'],
  ['7.6', '3.10.0-957.27.2.el7', '3.10-rhel7.6'],
  ['7.7', '3.10.0-1062.18.1.el7', '3.10-rhel7.7'],
  ['7.8', '3.10.0-1127.19.1.el7', '3.10-rhel7.8'],
  ['7.9', '3.10.0-1160.88.1.el7', '3.10-rhel7.9'],
  ['8.0', '4.18.0-80.11.2.el8_0', '4.18-rhel8'],
  ['8.1', '4.18.0-147.8.1.el8_1', '4.18-rhel8.1'],
  ['8.2', '4.18.0-193.28.1.el8_2', '4.18-rhel8.2'],
  ['8.3', '4.18.0-240.22.1.el8_3', '4.18-rhel8.3'],
  ['8.4', '4.18.0-305.25.1.el8_4', '4.18-rhel8.4'],
  ['8.5', '4.18.0-348.23.1.el8_5', '4.18-rhel8.5'],
  ['8.6', '4.18.0-372.32.1.el8_6', '4.18-rhel8.6'],
  ['8.7', '4.18.0-425.10.1.el8_7', '4.18-rhel8.7'],
  ['8.8', '4.18.0-477.27.1.el8_8', '4.18-rhel8.8'],
  ['8.9', '4.18.0-513.24.1.el8_9', '4.18-rhel8.9'],
  ['8.10', '4.18.0-553.155.1.el8_10', '4.18-rhel8.10'],
  ['9.1', '5.14.0-162.23.1.el9_1', '5.14-rhel9.1'],
  ['9.2', '5.14.0-284.30.1.el9_2', '5.14-rhel9.2'],
  ['9.3', '5.14.0-362.24.1.el9_3', '5.14-rhel9.3'],
  ['9.4', '5.14.0-427.42.1.el9_4', '5.14-rhel9.4'],
  ['9.5', '5.14.0-503.40.1.el9_5', '5.14-rhel9.5'],
  ['9.6', '5.14.0-570.62.1.el9_6', '5.14-rhel9.6'],
  ['9.7', '5.14.0-611.55.1.el9_7', '5.14-rhel9.7'],
  ['9.8', '5.14.0-687.39.1.el9_8', '5.14-rhel9.8'],
  ['10.0', '6.12.0-55.43.1.el10_0', '6.12-rhel10.0'],
  ['10.1', '6.12.0-124.56.1.el10_1', '6.12-rhel10.1'],
  ['10.2', '6.12.0-211.47.1.el10_2', '6.12-rhel10.2'],
];

const provenance = new Map<string, Provenance>([
  kconfigs(
    'debian-11-x86_64.config.gz',
    'debian-11-amd64',
    'Debian 11 bullseye',
    'amd64',
    'linux-image-5.10.0-32-amd64_5.10.223-1_amd64.deb',
  ),
  kconfigs(
    'debian-11-aarch64.config.gz',
    'debian-11-arm64',
    'Debian 11 bullseye',
    'arm64',
    'linux-image-5.10.0-32-arm64_5.10.223-1_arm64.deb',
  ),
  kconfigs(
    'el7-rhck-x86_64.config.gz',
    'ol7-rhck-amd64',
    'Oracle Linux 7 Red Hat Compatible Kernel (rebuild of the RHEL 7.9 kernel)',
    'amd64',
    'kernel-3.10.0-1160.119.1.0.5.el7.x86_64.rpm',
  ),
  kconfigs(
    'el8-x86_64.config.gz',
    'alma-8-amd64',
    'AlmaLinux 8.10 (rebuild of the RHEL 8 kernel)',
    'amd64',
    'kernel-core-4.18.0-553.97.1.el8_10.x86_64.rpm',
  ),
  kconfigs(
    'el8-aarch64.config.gz',
    'alma-8-arm64',
    'AlmaLinux 8.10 (rebuild of the RHEL 8 kernel)',
    'arm64',
    'kernel-core-4.18.0-553.97.1.el8_10.aarch64.rpm',
  ),
  kconfigs(
    'el9-x86_64.config.gz',
    'alma-9-amd64',
    'AlmaLinux 9.7 (rebuild of the RHEL 9 kernel)',
    'amd64',
    'kernel-core-5.14.0-611.26.1.el9_7.x86_64.rpm',
  ),
  kconfigs(
    'el9-aarch64.config.gz',
    'alma-9-arm64',
    'AlmaLinux 9.7 (rebuild of the RHEL 9 kernel)',
    'arm64',
    'kernel-core-5.14.0-611.26.1.el9_7.aarch64.rpm',
  ),
  kconfigs(
    'el10-x86_64.config.gz',
    'alma-10-amd64',
    'AlmaLinux 10.1 (rebuild of the RHEL 10 kernel)',
    'amd64',
    'kernel-core-6.12.0-124.29.1.el10_1.x86_64.rpm',
  ),
  kconfigs(
    'el10-aarch64.config.gz',
    'alma-10-arm64',
    'AlmaLinux 10.1 (rebuild of the RHEL 10 kernel)',
    'arm64',
    'kernel-core-6.12.0-124.29.1.el10_1.aarch64.rpm',
  ),
  kconfigs('fedora-43-x86_64.config.gz', 'fedora-43-amd64', 'Fedora 43', 'amd64', 'kernel-core-6.17.1-300.fc43.x86_64.rpm'),
  kconfigs('fedora-43-aarch64.config.gz', 'fedora-43-arm64', 'Fedora 43', 'arm64', 'kernel-core-6.17.1-300.fc43.aarch64.rpm'),
  kconfigs(
    'ol8-uek7-x86_64.config.gz',
    'ol8-uek7-amd64',
    'Oracle Linux 8 Unbreakable Enterprise Kernel 7',
    'amd64',
    'kernel-uek-core-5.15.0-316.196.4.1.el8uek.x86_64.rpm',
  ),
  [
    'opensuse-leap-16.0-x86_64.config.gz',
    {
      id: 'opensuse-leap-16.0-amd64',
      distribution: 'openSUSE Leap 16.0',
      arch: 'amd64',
      release: '6.12.0-160000.8-default',
      origin: 'kernel-default-6.12.0-160000.8.1.x86_64.rpm',
      source: `${KCONFIGS} (openSUSE Leap 16.0); package kernel-default-6.12.0-160000.8.1.x86_64.rpm`,
    },
  ],
  ...(['20.04', '22.04', '24.04'] as const).flatMap((v): [string, Provenance][] => {
    const abi = { '20.04': ['5.4.0-26', '5.4.0-26.30'], '22.04': ['5.15.0-25', '5.15.0-25.25'], '24.04': ['6.8.0-31', '6.8.0-31.31'] }[v];
    return (['amd64', 'arm64'] as const).map((arch): [string, Provenance] => {
      const pkg = `linux-modules-${abi[0]}-generic_${abi[1]}_${arch}.deb`;
      return [
        `ubuntu-${v}-${arch === 'amd64' ? 'x86_64' : 'aarch64'}.config.gz`,
        {
          id: `ubuntu-${v}-${arch}`,
          distribution: `Ubuntu ${v} LTS GA kernel at release`,
          arch,
          release: `${abi[0]}-generic`,
          origin: pkg,
          source: `${KCONFIGS} (Ubuntu ${v}); package ${pkg}`,
        },
      ];
    });
  }),
  ...rhelMinor.flatMap(([minor, release, series]): [string, Provenance][] => {
    const major = minor.split('.')[0];
    const fileMinor = minor === '8.0' ? '8' : minor;
    const kernelLine = series.split('-')[0];
    const arches: ('amd64' | 'arm64')[] = minor === '8.4' || minor === '8.5' ? ['amd64', 'arm64'] : ['amd64'];
    return arches.map((arch): [string, Provenance] => {
      const a = arch === 'amd64' ? 'x86_64' : 'aarch64';
      const configPath = `lustre/kernel_patches/kernel_configs/kernel-${release.split('-')[0]}-${kernelLine}-rhel${fileMinor}-${a}.config`;
      return [
        `rhel-minor/rhel${fileMinor}-${a}.config.gz`,
        {
          id: `rhel-${minor}-${arch}`,
          distribution: `RHEL ${minor}`,
          arch,
          release,
          origin: `Red Hat's RHEL ${minor} kernel config as carried by lustre/lustre-release`,
          source: `${LUSTRE} ${configPath}; release from lustre/kernel_patches/targets/${series}.target.in (RHEL ${major} kernel ${release})`,
        },
      ];
    });
  }),
]);

export function symbolsOf(): string[] {
  const set = new Set<string>(EXTRA_SYMBOLS);
  for (const f of kernelFeatures) for (const s of f.kconfig) set.add(s);
  return [...set].sort();
}

/** Default location of the reference configs: ../shared/reference/kernel-configs next to the checkout's parent. */
export const DEFAULT_REFERENCE_DIR = path.join(__dirname, '..', '..', 'shared', 'reference', 'kernel-configs');

/** The text of kernelMatrix.generated.ts for the reference configs in `dir`. */
export function renderKernelMatrix(dir: string): { text: string; builds: number; symbols: number } {
  const symbols = symbolsOf();
  const rows: string[] = [];
  for (const [file, p] of provenance) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    const header = /^# Linux\/\S+ (\S+) Kernel Configuration$/m.exec(text);
    if (!header) throw new Error(`${file}: no "Linux/<arch> <release> Kernel Configuration" header`);
    const headerRelease = header[1].replace(/\.(x86_64|aarch64)$/, '');
    // The header names the full release where the distribution sets it (oracle/kconfigs); lustre's
    // copies and a few others say only "3.10.0", so the provenance table supplies it.
    const release = p.release ?? headerRelease;
    const values: Record<string, string> = {};
    for (const s of symbols) {
      const m = new RegExp(`^CONFIG_${s}=(.*)$`, 'm').exec(text);
      if (m && m[1] !== 'n') values[s] = m[1];
    }
    // One character per tracked symbol, in `symbols` order: its value, or '-' where the config does not set it.
    let states = '';
    for (const s of symbols) {
      const v = values[s] ?? '-';
      if (v !== 'y' && v !== 'm' && v !== '-') throw new Error(`${file}: CONFIG_${s}=${v}: only y and m fit the one-character encoding`);
      states += v;
    }
    rows.push(
      `  {\n    id: ${JSON.stringify(p.id)}, distribution: ${JSON.stringify(p.distribution)}, arch: '${p.arch}',\n` +
        `    release: ${JSON.stringify(release)}, configHeader: ${JSON.stringify(header[0].slice(2))},\n` +
        `    file: ${JSON.stringify(file)}, origin: ${JSON.stringify(p.origin)},\n    source: ${JSON.stringify(p.source)},\n` +
        `    states: '${states}',\n  },`,
    );
  }
  const text = [
    '// GENERATED by scripts/gen-kernel-matrix.ts from real distribution kernel configs: do not edit.',
    '// Each row: one kernel build and, in `states`, the value of every tracked symbol (=y or =m; - where',
    '// the config does not set it); its `symbols` object holds only the symbols the config sets.',
    "import type { KernelBuild } from './types';",
    '',
    '/** Kconfig symbols (without CONFIG_) whose state the matrix records; any other symbol is unknown. */',
    `export const trackedSymbols: readonly string[] = ${JSON.stringify(symbols)};`,
    '',
    "type Row = Omit<KernelBuild, 'symbols'> & { states: string };",
    '',
    '/**',
    " * A row's symbols: `states` has one character per trackedSymbols entry, y or m, or - where the config does not",
    ' * set it. Decoded on first read: a build is judged by at most a few builds per session, and building every',
    " * row's ~120-property object when the bundle loads was the largest part of running it.",
    ' */',
    'function withSymbols({ states, ...build }: Row): KernelBuild {',
    '  let symbols: Record<string, string> | undefined;',
    '  const decode = (): Record<string, string> => {',
    '    symbols = {};',
    "    for (let i = 0; i < states.length; i++) if (states[i] !== '-') symbols[trackedSymbols[i]] = states[i];",
    '    return symbols;',
    '  };',
    "  return Object.defineProperty(build, 'symbols', { enumerable: true, get: () => symbols ?? decode() }) as KernelBuild;",
    '}',
    '',
    'const rows: readonly Row[] = [',
    ...rows,
    '];',
    '',
    'export const kernelBuilds: readonly KernelBuild[] = rows.map(withSymbols);',
    '',
  ].join('\n');
  return { text, builds: provenance.size, symbols: symbols.length };
}

export const MATRIX_FILE = path.join(__dirname, '..', 'server', 'src', 'knowledge', 'kernelMatrix.generated.ts');

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? DEFAULT_REFERENCE_DIR);
  const { text, builds, symbols } = renderKernelMatrix(dir);
  fs.writeFileSync(MATRIX_FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), MATRIX_FILE)}: ${builds} builds × ${symbols} symbols`);
}
