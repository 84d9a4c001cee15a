/** Help texts: one per command, built from the same option specs the parser uses. */
import { optionHelp, type OptionSpec, type ParsedArgs } from './args';
import type { CommandIO } from './io';
import { version } from './pkg';

export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', kind: 'flag', help: 'show this help' },
  { name: 'version', short: 'V', kind: 'flag', help: 'print the version' },
];

/** `--format text|json` and `--no-color`: the output options of the commands that list and explain. */
export const TEXT_JSON_OUTPUT_OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', kind: 'value', valueName: '<text|json>', help: 'output format (default: text)' },
  { name: 'no-color', kind: 'flag', help: 'no colours (also: NO_COLOR=1)' },
];

/** Answers --help (the command's help) and --version: the exit code, or undefined when neither was asked. */
export function answerHelpOrVersion(args: ParsedArgs, help: string, io: CommandIO): number | undefined {
  if (args.flags.has('help')) return (io.out(help), 0);
  if (args.flags.has('version')) return (io.out(`${version}\n`), 0);
  return undefined;
}

export function mainHelp(): string {
  return `kernel-lens — checks Dockerfiles against the kernel of the host that will run them.
An image carries a userland (libc, shell, package manager), never a kernel.

Usage:
  kernel-lens check [paths…] [options]   check Dockerfiles (files, folders, globs, - for stdin)
  kernel-lens explain <image> [options]  what an image reference really is, against the target
  kernel-lens requirements <Dockerfile>  what the image needs from its host, and the run flags for it
  kernel-lens targets                    the host presets usable with --target
  kernel-lens target capture             this host as a profile file, usable as --target host.json
  kernel-lens target from-kubernetes <nodes.json>  one profile per kind of node in a cluster
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
