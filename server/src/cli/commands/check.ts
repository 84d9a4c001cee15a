/** `kernel-lens check [paths…]`: analyse Dockerfiles, print findings, exit by --fail-on. */
import * as path from 'node:path';
import { analyzeFleetDocument, fleetOf } from '../../analysis/index';
import type { Severity } from '../../analysis/index';
import { choice, parseArgs, UsageError, type OptionSpec } from '../args';
import { stageCards } from '../card';
import { ansi, plain, useColor } from '../color';
import { discoverFiles, type InputFile } from '../discover';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { formatText } from '../format/text';
import { answerHelpOrVersion, COMMON_OPTIONS, commandHelp } from '../help';
import { stageSummaries } from '../identity';
import { contextOf, readInputFile, readStdin } from '../inputs';
import type { CommandIO } from '../io';
import { countFindings, type CheckReport, type FileReport } from '../report';
import { analyzeForTargets } from '../fleet';
import { describeRunTarget, parseRuleFlags, setupTarget, TARGET_OPTIONS, targetValues } from '../targetSetup';
import { escapeControls } from '../terminalText';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON = ['error', 'warning', 'info', 'hint', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

const OPTIONS: readonly OptionSpec[] = [
  ...TARGET_OPTIONS,
  { name: 'format', short: 'f', kind: 'value', valueName: '<text|json|sarif>', help: 'output format (default: text)' },
  {
    name: 'fail-on',
    kind: 'value',
    valueName: '<level>',
    help: 'exit 1 when a finding is at or above: error (default), warning, info, hint, never',
  },
  { name: 'rule', kind: 'list', valueName: '<id>=<severity>', help: "set a rule's severity: off, hint, info, warning, error (repeatable)" },
  { name: 'stdin-filename', kind: 'value', valueName: '<path>', help: "name used for '-' (standard input) in messages" },
  { name: 'quiet', short: 'q', kind: 'flag', help: 'findings only: no target line, FROM explanations or summary' },
  { name: 'explain', kind: 'flag', help: 'print the full identity card of every FROM line (default: one line each)' },
  { name: 'no-color', kind: 'flag', help: 'no colours (also: NO_COLOR=1); colours are used on terminals only' },
  ...COMMON_OPTIONS,
];

const HELP = commandHelp(
  'kernel-lens check [paths…] [options]',
  `Checks Dockerfiles against the target host's kernel. Paths are files (always checked), folders
(searched for Dockerfile, Containerfile, Dockerfile.<variant>, <name>.Dockerfile, *.dockerfile,
*.containerfile; not templates, docs or backups such as Dockerfile.j2, Dockerfile.md,
Dockerfile.orig; hidden folders and node_modules are skipped), quoted globs
('docker/**/Dockerfile*'), or - for standard input.
Without paths, the current folder is checked.`,
  OPTIONS,
  'Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or configuration error.',
);

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const THRESHOLD: Record<FailOn, number> = { hint: 0, info: 1, warning: 2, error: 3, never: Infinity };

export async function runCheck(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, OPTIONS, 'check');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  const format = choice('format', args.values.get('format'), FORMATS, 'text');
  const failOn = choice('fail-on', args.values.get('fail-on'), FAIL_ON, 'error');
  const rules = parseRuleFlags(args.lists.get('rule') ?? []);
  const stdinName = args.values.get('stdin-filename');
  const paths = args.positionals.length > 0 ? args.positionals : ['.'];
  if (stdinName !== undefined && !paths.includes('-')) throw new UsageError("option '--stdin-filename' needs '-' among the paths");
  if (args.flags.has('quiet') && args.flags.has('explain')) throw new UsageError("options '--quiet' and '--explain' exclude each other");

  const targets = targetValues(args);
  const setups = targets.map((target) => setupTarget(args, { cwd: io.cwd, rules, target }));
  const setup = setups[0];
  const files = discoverFiles(paths, io.cwd);
  // Read everything before printing anything: one bad input stops the run with exit 2.
  const inputs: { file: InputFile; text: string; onDisk?: string }[] = [];
  for (const file of files) {
    if (file.display === '-') {
      const shown = stdinName ?? '<stdin>';
      const named: InputFile = stdinName ? { display: stdinName, absolute: path.resolve(io.cwd, stdinName) } : { display: shown };
      inputs.push({ file: named, text: await readStdin(shown) });
    } else inputs.push({ file, text: readInputFile(file), onDisk: file.absolute });
  }
  for (const w of new Set(setups.flatMap((s) => s.warnings))) io.err(`kernel-lens: warning: ${escapeControls(w)}\n`);

  const today = io.today;
  const configFleet = setups.length === 1 ? fleetOf(setup.layers) : undefined;
  const runDescription = configFleet
    ? `targets: ${configFleet.map((m) => m.name).join(', ')} (from ${setup.configFile ? path.basename(setup.configFile) : 'settings'})`
    : setups.length === 1
      ? describeRunTarget(setup.target, setup.targetFlag)
      : `targets: ${setups.map((s) => describeRunTarget(s.target, s.targetFlag).replace(/^target: /, '')).join('; ')}`;
  const reported = new Set(setup.warnings);
  const reports: FileReport[] = inputs.map(({ file, text, onDisk }) => {
    const context = contextOf(text, onDisk);
    const result =
      setups.length === 1
        ? analyzeFleetDocument(text, { layers: setup.layers, readConfig: setup.readConfig, today, ...context })
        : analyzeForTargets(text, targets as string[], setups, today, context);
    // Directive problems are findings (invalid-directive); other new problems are said once per file.
    const problems = result.targetProblems.filter((p) => p.line === undefined && !reported.has(p.message)).map((p) => p.message);
    const report: FileReport = {
      display: file.display,
      result,
      stages: stageSummaries(result, today),
      targetDescription: setups.length === 1 && !configFleet ? describeRunTarget(result.target, setup.targetFlag) : runDescription,
      problems,
    };
    if (file.absolute) report.absolute = file.absolute;
    return report;
  });
  const report: CheckReport = { target: setup.target, targetDescription: runDescription, files: reports, counts: countFindings(reports) };

  for (const f of reports) for (const p of f.problems) io.err(`kernel-lens: warning: ${escapeControls(`${f.display}: ${p}`)}\n`);
  if (format === 'json') io.out(formatJson(report));
  else if (format === 'sarif') io.out(formatSarif(report, io.cwd));
  else {
    const explain = args.flags.has('explain');
    const cards = explain ? new Map(reports.map((f) => [f.display, stageCards(f.result, today)])) : undefined;
    const palette = useColor(args.flags.has('no-color'), io.env, io.isTTY) ? ansi : plain;
    io.out(formatText(report, { palette, quiet: args.flags.has('quiet'), explain, cards }));
  }
  const threshold = THRESHOLD[failOn];
  const failing = reports.some((f) => f.result.findings.some((x) => RANK[x.severity] >= threshold));
  return failing ? 1 : 0;
}
