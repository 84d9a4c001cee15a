/** The rule registry: one folder per rule, listed here in the order findings are computed. */
import type { Rule } from './types';
import { rule as invalidDirective } from './invalid-directive/rule';
import { rule as kernelModuleLoad } from './kernel-module-load/rule';
import { rule as buildTimeSysctl } from './build-time-sysctl/rule';
import { rule as kernelPackageInstall } from './kernel-package-install/rule';
import { rule as buildHostUname } from './build-host-uname/rule';
import { rule as kernelFeatureMissing } from './kernel-feature-missing/rule';
import { rule as systemdInit } from './systemd-init/rule';
import { rule as libcKernelTooOld } from './libc-kernel-too-old/rule';
import { rule as vsyscallRequired } from './vsyscall-required/rule';
import { rule as runtimeSeccomp } from './runtime-seccomp/rule';
import { rule as platformMismatch } from './platform-mismatch/rule';
import { rule as windowsImageOnLinux } from './windows-image-on-linux/rule';
import { rule as imageEndOfLife } from './image-end-of-life/rule';
import { rule as hostFacilityRequired } from './host-facility-required/rule';
import { rule as movingBaseTag } from './moving-base-tag/rule';

const rules: readonly Rule[] = [
  invalidDirective,
  kernelModuleLoad,
  buildTimeSysctl,
  kernelPackageInstall,
  buildHostUname,
  kernelFeatureMissing,
  hostFacilityRequired,
  systemdInit,
  libcKernelTooOld,
  vsyscallRequired,
  runtimeSeccomp,
  platformMismatch,
  windowsImageOnLinux,
  imageEndOfLife,
  movingBaseTag,
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function allRules(): readonly Rule[] {
  return rules;
}

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
