/** `kernel-lens requirements <Dockerfile>`: what the image needs from its host, and the run settings that provide it. */
import { resolve } from 'node:path';
import { analyzeDocument } from '../../analysis/index';
import { imageRequirements, requirementsMarkdown, requirementsText } from '../../analysis/index';
import { knowledgeDate } from '../../analysis/index';
import { choice, parseArgs, UsageError, type OptionSpec } from '../args';
import { answerHelpOrVersion, COMMON_OPTIONS, commandHelp } from '../help';
import { contextOf, readInputFile, readStdin } from '../inputs';
import type { CommandIO } from '../io';
import { version } from '../pkg';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', kind: 'value', valueName: '<text|json|markdown>', help: 'output format (default: text)' },
  ...COMMON_OPTIONS,
];

const HELP = commandHelp(
  'kernel-lens requirements <Dockerfile> [options]',
  `Says what the image needs from the host kernel, per stage (final stage first): the kernel
version floor, kernel features with their Kconfig symbols, modules to load on the host, sysctls,
the architecture — and the run settings that provide them (docker run flags, a Compose service,
a Kubernetes securityContext), each saying why. Requirements do not depend on --target.
The JSON output follows schemas/requirements.schema.json.`,
  OPTIONS,
);

export async function runRequirements(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, OPTIONS, 'requirements');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  const format = choice('format', args.values.get('format'), ['text', 'json', 'markdown'] as const, 'text');
  if (args.positionals.length !== 1) throw new UsageError("'requirements' takes one Dockerfile ('-' for standard input)");
  const file = args.positionals[0];
  const onDisk = file === '-' ? undefined : resolve(io.cwd, file);
  const text = onDisk === undefined ? await readStdin('<stdin>') : readInputFile({ display: file, absolute: onDisk });
  // The target does not change requirements; an unknown one keeps every rule's host lookups out.
  const result = analyzeDocument(text, {
    target: { label: 'any host', origin: { kind: 'default', detail: 'requirements' } },
    today: io.today,
    ...contextOf(text, onDisk),
  });
  const req = imageRequirements(result);
  if (format === 'json') io.out(JSON.stringify({ version, knowledgeDate, file, ...req }, null, 2) + '\n');
  else if (format === 'markdown') io.out(requirementsMarkdown(req, file));
  else io.out(requirementsText(req, file));
  return 0;
}
