/** `kernel-lens rules`: every rule with its id, default severity and one-line summary. */
import { choice, parseArgs, UsageError, type OptionSpec } from '../args';
import { ansi, plain, useColor } from '../color';
import { ruleMetadata } from '../format/sarif';
import { answerHelpOrVersion, COMMON_OPTIONS, commandHelp, TEXT_JSON_OUTPUT_OPTIONS } from '../help';
import type { CommandIO } from '../io';
import { ruleDocsUri, ruleWebUri, version } from '../pkg';

const OPTIONS: readonly OptionSpec[] = [...TEXT_JSON_OUTPUT_OPTIONS, ...COMMON_OPTIONS];

const HELP = commandHelp(
  'kernel-lens rules [options]',
  'Lists the rules: id, default severity and what each one finds. Change a severity with\n--rule <id>=<severity>, "rules" in .kernel-lens.json, or "# kernel-lens: ignore=<id>" in a Dockerfile.',
  OPTIONS,
);

export function runRules(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, OPTIONS, 'rules');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  const format = choice('format', args.values.get('format'), ['text', 'json'] as const, 'text');
  if (args.positionals.length > 0) throw new UsageError(`'rules' takes no arguments (got ${args.positionals.join(' ')})`);
  const rules = ruleMetadata();
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      defaultSeverity: r.defaultSeverity,
      summary: r.summary,
      docs: ruleDocsUri(r.id) ?? null,
      page: ruleWebUri(r.id) ?? null,
    }));
    io.out(JSON.stringify({ version, rules: list }, null, 2) + '\n');
    return 0;
  }
  const pal = useColor(args.flags.has('no-color'), io.env, io.isTTY) ? ansi : plain;
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.map((r) => `${r.id.padEnd(idWidth)}${pal.severity(r.defaultSeverity, r.defaultSeverity.padEnd(9))}${r.summary}`);
  io.out(lines.join('\n') + '\n');
  return 0;
}
