/**
 * Facts about the machine the server or CLI runs on. `detectMachine` is the only function in
 * host/ that looks at the real machine; `resolveTarget` takes its result as input, so tests pass
 * made-up facts.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Arch } from '../../knowledge/types';
import { parseKernelConfig, readKernelConfigText } from './kernelConfig';
import { readBounded } from './boundedRead';

export interface MachineFacts {
  /** `uname -r`, e.g. '6.1.0-18-amd64'. */
  release: string;
  platform: NodeJS.Platform;
  arch?: Arch;
  /** The running kernel's config text, when readable. */
  configText?: string;
  /** Where configText came from, e.g. '/proc/config.gz'. */
  configOrigin?: string;
  /** cgroup version mounted at /sys/fs/cgroup. */
  cgroup?: 1 | 2;
  /** `vsyscall=` from the kernel command line, when given there. */
  vsyscall?: 'emulate' | 'xonly' | 'none';
  /** Run-time switches that can turn a built feature off (value as /proc/sys prints it). */
  sysctls?: Record<string, string>;
  /** Container runtime (settings syntax, e.g. `docker@27.1.1`), when known. */
  runtime?: string;
  /** Label instead of "this machine (…)": the facts came from a host profile. */
  label?: string;
}

/** Run-time switches read from /proc/sys: each can leave a built feature off by default. */
const SWITCH_SYSCTLS = [
  'user.max_user_namespaces',
  'kernel.unprivileged_userns_clone',
  'kernel.io_uring_disabled',
  'kernel.apparmor_restrict_unprivileged_userns',
  'kernel.unprivileged_bpf_disabled',
  'kernel.perf_event_paranoid',
] as const;

/** /proc/sys path of a sysctl key (dots become slashes). */
function procSysPath(key: string): string {
  return `/proc/sys/${key.replace(/\./g, '/')}`;
}

/** Node's process.arch → OCI platform architecture. */
export function archFromNode(nodeArch: string, endianness: 'BE' | 'LE' = 'LE', armVersion?: string): Arch | undefined {
  switch (nodeArch) {
    case 'x64':
      return 'amd64';
    case 'arm64':
      return 'arm64';
    case 'arm':
      return armVersion === '6' ? 'arm/v6' : 'arm/v7';
    case 'ia32':
      return '386';
    case 'ppc64':
      return endianness === 'LE' ? 'ppc64le' : undefined;
    case 's390x':
      return 's390x';
    case 'riscv64':
      return 'riscv64';
    default:
      return undefined;
  }
}

/** Where a running Linux kernel's config is usually found, most authoritative first. */
export function machineConfigCandidates(release: string): string[] {
  return ['/proc/config.gz', `/boot/config-${release}`];
}

/** `vsyscall=` on a kernel command line. */
export function vsyscallFromCmdline(cmdline: string): MachineFacts['vsyscall'] {
  const m = /(?:^|\s)vsyscall=(emulate|xonly|none)(?:\s|$)/.exec(cmdline);
  return m ? (m[1] as MachineFacts['vsyscall']) : undefined;
}

/** /proc and /sys facts are a few bytes; the cap keeps a surprise there from costing memory. */
function readSmallFile(path: string): string | undefined {
  const read = readBounded(path, 64 * 1024);
  return read.ok ? read.bytes.toString('utf8') : undefined;
}

/**
 * `configText` and `configOrigin` are read when first asked for: only a target that is this machine
 * needs its config (reading and checking /proc/config.gz took ~5-10 ms of a first open whose target was
 * a preset). Read once; they then stay as found.
 */
function defineLazyConfig(facts: MachineFacts, release: string): void {
  let found: { text?: string; origin?: string } | undefined;
  const find = () => {
    if (found) return found;
    found = {};
    try {
      for (const path of machineConfigCandidates(release)) {
        const { text } = readKernelConfigText(path);
        if (text !== undefined && parseKernelConfig(text, path).size > 0) {
          found = { text, origin: path };
          break;
        }
      }
    } catch {
      // unreadable: left unset
    }
    return found;
  };
  Object.defineProperties(facts, {
    configText: { get: () => find().text, enumerable: true, configurable: true },
    configOrigin: { get: () => find().origin, enumerable: true, configurable: true },
  });
}

/** Reads the facts. Never throws: anything unreadable is left unset (the kernel config is read when first asked for). */
export function detectMachine(): MachineFacts {
  const release = os.release();
  const platform = process.platform;
  const facts: MachineFacts = { release, platform };
  const arch = archFromNode(process.arch, os.endianness(), String((process.config.variables as Record<string, unknown>).arm_version ?? ''));
  if (arch) facts.arch = arch;
  if (platform !== 'linux') return facts;
  defineLazyConfig(facts, release);
  try {
    if (fs.existsSync('/sys/fs/cgroup/cgroup.controllers')) facts.cgroup = 2;
    else if (fs.existsSync('/sys/fs/cgroup')) facts.cgroup = 1;
  } catch {
    // unknown
  }
  const sysctls: Record<string, string> = {};
  for (const key of SWITCH_SYSCTLS) {
    const value = readSmallFile(procSysPath(key))?.trim();
    if (value !== undefined && value.length < 64) sysctls[key] = value;
  }
  if (Object.keys(sysctls).length > 0) facts.sysctls = sysctls;
  const cmdline = readSmallFile('/proc/cmdline');
  const vsyscall = cmdline === undefined ? undefined : vsyscallFromCmdline(cmdline);
  if (vsyscall) facts.vsyscall = vsyscall;
  return facts;
}
