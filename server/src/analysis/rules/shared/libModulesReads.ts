/**
 * Commands that ask the image which kernel it has (`ls /lib/modules`, `find /lib/modules …`,
 * `ls /usr/src/kernels`): at build time they list the image's installed kernel packages, never the
 * kernel the container runs on. kernel-module-load explains them; build-host-uname flags their use.
 */
import type { ShellCommand } from '../../shell/types';
import { perDocument, type DocumentContext } from './memo';

/** Where installed kernels leave a directory per release: /lib/modules/<release>, RHEL's /usr/src/kernels/<release>. */
export const KERNEL_RELEASE_DIRS = /^(\/(usr\/)?lib\/modules|\/usr\/src\/kernels)(\/|$)/;

/** `ls /lib/modules`, `find /lib/modules …`, `ls /usr/src/kernels`: asking the image which kernel it has. */
export const libModulesReads = perDocument((ctx: DocumentContext): readonly ShellCommand[] =>
  ctx
    .commands()
    .filter(
      (c) => (c.name === 'ls' || c.name === 'find') && c.args.some((a) => a.value !== undefined && KERNEL_RELEASE_DIRS.test(a.value)),
    ),
);
