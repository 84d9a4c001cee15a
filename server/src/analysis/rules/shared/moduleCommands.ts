/**
 * Module loads and unloads in a Dockerfile's commands (modprobe/insmod/rmmod/depmod in RUN, CMD or
 * ENTRYPOINT): a fact about the document that kernel-module-load flags, kernel-feature-missing
 * maps to features and the requirements list as modules to load on the host.
 */
import type { ShellCommand } from '../../shell/types';
import { perCommand, perDocument, type DocumentContext } from './memo';

const MODULE_COMMANDS = new Set(['modprobe', 'insmod', 'rmmod', 'depmod']);
/** modprobe options that only print (dry run, show config/dependencies): harmless reads. */
const READ_ONLY_OPTIONS = new Set([
  '-n',
  '--dry-run',
  '--show',
  '-c',
  '--showconfig',
  '--show-config',
  '-D',
  '--show-depends',
  '--show-modversions',
  '--dump-modversions',
  '-V',
  '--version',
  '-h',
  '--help',
  '-R',
  '--resolve-alias',
]);
const VALUE_OPTIONS = new Set(['-C', '--config', '-d', '--dirname', '-S', '--set-version', '-o', '--name']);

export interface ModuleCommand {
  command: ShellCommand;
  /** Module names named on the command line (basename without .ko for insmod). */
  modules: string[];
  unload: boolean;
  /** Found in a start script written by the Dockerfile (heredoc) and run by CMD/ENTRYPOINT. */
  inScript?: boolean;
}

/**
 * The module load/unload one command performs, if any (read-only options such as --dry-run: none). One
 * object per command, reused at every analysis while the command is (shell/index.ts keeps a command's
 * object while its instruction neither changes nor moves): it reads only the command's name and words,
 * so reuse is sound, and featureNeeds keys its module needs on this object. Shared: readers copy it to
 * add to it (kernel-module-load's `inScript`), never change it.
 */
export function moduleCommandOf(c: ShellCommand): ModuleCommand | undefined {
  // Most commands are no module command: decided before the memo, which then holds only these.
  return MODULE_COMMANDS.has(c.name) ? moduleCommandMemo(c, 0) : undefined;
}

const moduleCommandMemo = perCommand((c: ShellCommand, _key: 0): ModuleCommand | undefined => {
  const values = c.args.map((a) => a.value ?? a.raw);
  if (values.some((v) => READ_ONLY_OPTIONS.has(v))) return undefined;
  const modules: string[] = [];
  let unload = c.name === 'rmmod';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === '-r' || v === '--remove') unload = true;
    if (VALUE_OPTIONS.has(v)) {
      i++;
      continue;
    }
    if (v.startsWith('-')) continue;
    if (c.name === 'depmod') continue; // depmod's operand is a kernel version, not a module
    if (/^[A-Za-z_][\w-]*=/.test(v)) continue; // module parameter
    const base = v.slice(v.lastIndexOf('/') + 1).replace(/\.ko(\.(xz|gz|zst))?$/, '');
    if (base) modules.push(base);
    if (c.name === 'modprobe' && !values.includes('-a') && !values.includes('--all') && !unload) break; // modprobe MODULE [params…]
  }
  return { command: c, modules, unload };
});

/** Module loads/unloads of RUN/CMD/ENTRYPOINT (computed once per analysis: several rules read it). */
export const moduleCommands = perDocument((ctx: DocumentContext): readonly ModuleCommand[] => {
  const out: ModuleCommand[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    const m = moduleCommandOf(c);
    if (m) out.push(m);
  }
  return out;
});
