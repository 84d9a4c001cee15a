/**
 * Conda-family installs: `conda|mamba|micromamba install|create …` and `pixi add …` / `pixi global install …`.
 * Kept apart from installOf (distribution package managers): a conda package name is not a distribution's
 * (`kernel-headers_linux-64` is a sysroot for compilers, not a kernel), so only tables keyed by conda names read these.
 */
import type { ShellCommand, ShellWord } from '../shell/types';

/** The programs and the sub-command words after which package specs follow. */
const CONDA_INSTALLS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  conda: [['install'], ['create']],
  mamba: [['install'], ['create']],
  micromamba: [['install'], ['create']],
  pixi: [['add'], ['global', 'install'], ['global', 'add']],
};

/** Options whose value is the next word (conda, mamba, micromamba and pixi spell the common ones alike). */
const VALUE_OPTIONS = new Set([
  '-c',
  '--channel',
  '-n',
  '--name',
  '-p',
  '--prefix',
  '-f',
  '--file',
  '--platform',
  '--subdir',
  '-e',
  '--environment',
  '--feature',
  '--manifest-path',
  '-r',
  '--root-prefix',
  '--expose',
]);

export interface CondaPackage {
  /** Lower-case package name, channel prefix and version constraint removed (`conda-forge::apptainer>=1.3` → apptainer). */
  name: string;
  word: ShellWord;
}

/** The packages a conda-family install names; undefined when the command is no such install. */
export function condaInstallPackages(c: ShellCommand): CondaPackage[] | undefined {
  const forms = Object.hasOwn(CONDA_INSTALLS, c.name) ? CONDA_INSTALLS[c.name] : undefined;
  if (!forms) return undefined;
  const operands: ShellWord[] = [];
  for (let i = 0; i < c.args.length; i++) {
    const v = c.args[i].value ?? '';
    if (VALUE_OPTIONS.has(v)) i++;
    else if (!v.startsWith('-')) operands.push(c.args[i]);
  }
  const sub = operands.map((w) => w.value ?? '');
  const form = forms.find((f) => f.every((word, j) => sub[j] === word));
  if (!form) return undefined;
  const out: CondaPackage[] = [];
  for (const word of operands.slice(form.length)) {
    // A match spec: [channel::]name[ version][=…|>=…|<…|!=…|[build]]; a word with an expansion stays unread.
    const m = /^(?:[\w.-]+::)?([A-Za-z0-9][\w.+-]*?)(?:[=<>!~\s[].*)?$/.exec(word.value ?? '');
    if (m && !/^[./]/.test(word.value ?? '')) out.push({ name: m[1].toLowerCase(), word });
  }
  return out;
}
