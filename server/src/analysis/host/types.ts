import type { Arch, KernelBuild } from '../../knowledge/types';
import type { Range } from '../types';

/** A kernel version compared as major.minor.patch; `raw` keeps what the user wrote for display. */
export interface KernelVersion {
  major: number;
  minor: number;
  patch: number;
  raw: string;
}

/** State of one Kconfig symbol in the target's kernel. */
export type ConfigState = 'builtin' | 'module' | 'off' | 'unknown';

export interface KernelConfig {
  /** Where it came from (file path or preset), for messages. */
  origin: string;
  /** Absent from a known config means 'off'. */
  state(symbol: string): ConfigState;
  /** Raw value ('y', 'm', '"str"', '123') or undefined. */
  value(symbol: string): string | undefined;
  /** Number of symbols read. */
  readonly size: number;
  /** The shipped distribution kernel build this config describes (preset configs from the kernel matrix). */
  readonly build?: KernelBuild;
}

export type TargetOriginKind = 'directive' | 'workspace-file' | 'settings' | 'cli' | 'machine' | 'default';

export interface TargetOrigin {
  kind: TargetOriginKind;
  /** Human words, e.g. "from .kernel-lens.json", "this machine", "line 1 directive". */
  detail: string;
}

export interface RuntimeInfo {
  kind: 'docker' | 'podman' | 'containerd';
  /** e.g. '25.0.3'. */
  version?: string;
  /** Whether the runtime's default seccomp profile applies (false with --security-opt seccomp=unconfined / privileged). */
  seccompDefault?: boolean;
}

/**
 * The host that will run the image. Every field may be unknown (undefined): rules must then say
 * "unknown" rather than assume.
 */
export interface TargetHost {
  kernel?: KernelVersion;
  config?: KernelConfig;
  os?: 'linux' | 'windows';
  windowsBuild?: number;
  arch?: Arch;
  cgroup?: 1 | 2;
  vsyscall?: 'emulate' | 'xonly' | 'none';
  runtime?: RuntimeInfo;
  /** Run-time switches known on the host (e.g. read by `target capture`), value as /proc/sys prints it. */
  sysctls?: Record<string, string>;
  /** Preset id when the target came from a preset. */
  presetId?: string;
  /** Short label for status bar and hovers, e.g. "Ubuntu 22.04 host (5.15)" or "this machine (6.1.0-18-amd64)". */
  label: string;
  origin: TargetOrigin;
}

/** A problem found while building the target (bad setting, unreadable config…): shown once, in words a user understands. */
export interface TargetProblem {
  /** The setting, file or directive concerned, e.g. 'kernelLens.target', '.kernel-lens.json', 'line 3'. */
  where: string;
  message: string;
  /** For directive problems: the document line (0-based). */
  line?: number;
  /** For directive problems: the exact range of the bad token in the document, when known. */
  range?: Range;
  /** For directive problems: the message without its "Line N:" place (a finding on `range` already says where). */
  unplaced?: string;
  /** For problems inside another file (`.kernel-lens.json`): that file and the range of the bad value. Never set together with `line`. */
  location?: { path: string; range: Range };
}
