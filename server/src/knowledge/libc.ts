/**
 * What a C library says about the oldest kernel it runs on, where that is not one version number.
 * glibc builds carry one (configure --enable-kernel; rows give it as `libc.minKernel`); musl does
 * not check the kernel version at all, so a card must say that instead of "unknown".
 */
import type { LibcInfo, Source } from './types';

export interface LibcKernelNote {
  /** Completes "oldest kernel it accepts: …" for a libc without a `minKernel`. */
  oldestKernel: string;
  source: Source;
}

export const LIBC_KERNEL_NOTES: Partial<Record<LibcInfo['kind'], LibcKernelNote>> = {
  musl: {
    oldestKernel: 'no fixed minimum (musl does not check the kernel version); 2.6.39 or later for POSIX-conformant behaviour',
    source:
      'https://wiki.musl-libc.org/supported-platforms ("Linux kernel >=2.6.39 is necessary for POSIX conformant behaviour, older kernels will work with varying degrees of non-conformance")',
  },
};
