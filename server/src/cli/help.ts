/** Help texts: one per command, built from the same option specs the parser uses. */
import { optionHelp, type OptionSpec } from './args';

export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', kind: 'flag', help: 'show this help' },
  { name: 'version', short: 'V', kind: 'flag', help: 'print the version' },
];

export function mainHelp(): string {
  return `kernel-lens — checks Dockerfiles against the kernel of the host that will run them.
An image carries a userland (libc, shell, package manager), never a kernel.

Usage:
  kernel-lens check [paths…] [options]   check Dockerfiles (files, folders, globs, - for stdin)
  kernel-lens explain <image> [options]  what an image reference really is, against the target
  kernel-lens targets                    the host presets usable with --target
  kernel-lens rules                      the rules, with ids and default severities

Options:
${optionHelp(COMMON_OPTIONS)}

Run 'kernel-lens <command> --help' for a command's options.
Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.
`;
}

export function commandHelp(usage: string, description: string, specs: readonly OptionSpec[], footer = ''): string {
  return `Usage: ${usage}\n\n${description}\n\nOptions:\n${optionHelp(specs)}\n${footer ? `\n${footer}\n` : ''}`;
}
