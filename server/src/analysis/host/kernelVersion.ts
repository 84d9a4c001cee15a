/**
 * Kernel version strings as people paste them: `uname -r` output of any distribution
 * (`5.15.0-91-generic`, `4.18.0-513.11.1.el8_9.x86_64`, `6.6.87.2-microsoft-standard-WSL2`,
 * `6.10.14-linuxkit`) or a bare line (`5.15`). Only major.minor.patch take part in comparisons;
 * `raw` keeps what was written so messages can quote it back.
 */
import type { KernelVersion } from './types';

/**
 * major.minor, optional .patch, optional further numeric components (WSL2 uses four), then an
 * optional suffix that must start with a separator (`-`, `+`, `~`, `_`) or with `.` followed by a
 * non-digit (`3.10.0.el7`). A leading `v` (`v6.1`) is tolerated. The digit counts enforce the
 * limits below, so the same pattern serves as the JSON schema's `pattern`.
 */
export const KERNEL_VERSION = /^[vV]?([1-9]\d?)\.(\d{1,2})(?:\.(\d{1,4})(?:\.\d{1,6})*)?(?:[-+~_][!-~]*|\.[A-Za-z][!-~]*)?$/;

/** Major and minor above this are typos or garbage (kernels are at 6.x; 3.19/4.20 are the largest minors). */
const MAX_MAJOR_MINOR = 99;
/** Stable series go past 300 patch releases (4.9.337), so the patch limit is wider. */
const MAX_PATCH = 9999;
const MAX_LENGTH = 200;

/** Parses a kernel version; undefined for anything that is not one (`banana`, `5`, `5.x`, `99999.1`). */
export function parseKernelVersion(s: string): KernelVersion | undefined {
  if (typeof s !== 'string') return undefined;
  const raw = s.trim();
  if (raw === '' || raw.length > MAX_LENGTH) return undefined;
  const m = KERNEL_VERSION.exec(raw);
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const patch = m[3] === undefined ? 0 : Number(m[3]);
  if (major < 1 || major > MAX_MAJOR_MINOR || minor > MAX_MAJOR_MINOR || patch > MAX_PATCH) return undefined;
  return { major, minor, patch, raw };
}

/** Negative when a < b, 0 when equal in major.minor.patch (suffixes are ignored), positive when a > b. */
export function compareKernelVersions(a: KernelVersion, b: KernelVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * True when `v` is at least `min`. `min` is a version string from the knowledge tables ('5.1',
 * '4.18.0'). A malformed `min` is a bug in a table, not user input, so it throws to be caught by
 * the knowledge tests rather than silently answering.
 */
export function kernelAtLeast(v: KernelVersion, min: string | KernelVersion): boolean {
  const m = typeof min === 'string' ? parseKernelVersion(min) : min;
  if (!m) throw new TypeError(`kernelAtLeast: '${String(min)}' is not a kernel version (knowledge table bug)`);
  return compareKernelVersions(v, m) >= 0;
}

/** The version as the user or the host wrote it, for display. */
export function formatKernel(v: KernelVersion): string {
  return v.raw;
}

/** The kernel line, e.g. '4.18' for '4.18.0-513.11.1.el8_9.x86_64', for short labels. */
export function formatKernelLine(v: KernelVersion): string {
  return `${v.major}.${v.minor}`;
}
