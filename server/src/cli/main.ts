/**
 * kernel-lens: the command-line checker. Same analysis as the language server.
 * Dispatches to the commands; every failure ends as ONE line on stderr and exit code 2 —
 * never a stack trace.
 */
import { UsageError } from './args';
import { closest } from '../analysis/index';
import { runCheck } from './commands/check';
import { runExplain } from './commands/explain';
import { runRequirements } from './commands/requirements';
import { runRules } from './commands/rules';
import { runTarget } from './commands/target';
import { runTargets } from './commands/targets';
import { mainHelp } from './help';
import { processIO, type CommandIO } from './io';
import { version } from './pkg';
import { escapeControls } from './terminalText';

const COMMANDS: Record<string, (argv: readonly string[], io: CommandIO) => number | Promise<number>> = {
  check: runCheck,
  explain: runExplain,
  requirements: runRequirements,
  targets: runTargets,
  target: runTarget,
  rules: runRules,
};

async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(`kernel-lens: missing command: check, explain, requirements, targets, target or rules (see 'kernel-lens --help')\n`);
    return 2;
  }
  if (first === '--help' || first === '-h' || first === 'help') return (io.out(mainHelp()), 0);
  if (first === '--version' || first === '-V') return (io.out(`${version}\n`), 0);
  const command = COMMANDS[first];
  if (!command) {
    const near = first.startsWith('-') ? undefined : closest(first, Object.keys(COMMANDS));
    const what = first.startsWith('-') ? `option '${first}' before a command` : `unknown command '${first}'`;
    io.err(
      `kernel-lens: ${escapeControls(what)}${near ? ` — did you mean ${near}?` : ''} (commands: check, explain, requirements, targets, target, rules; see 'kernel-lens --help')\n`,
    );
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kernel-lens: ${escapeControls(e.message)}\n`);
      return 2;
    }
    throw e;
  }
}

function internalError(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`kernel-lens: internal error: ${escapeControls(message.split('\n')[0])}\n`);
  process.exitCode = 2;
}

// Writing into a closed pipe (`kernel-lens check | head`) is not an error worth a message.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  internalError(e);
});
process.on('uncaughtException', (e) => {
  internalError(e);
  process.exit(2);
});

main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => internalError(e),
);
