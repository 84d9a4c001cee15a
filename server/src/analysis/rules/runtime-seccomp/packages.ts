/**
 * Package names from install commands (`apt-get install`, `apk add`, `dnf install`, `zypper in`,
 * `pacman -S`), with the word each came from. Only literal words count: `$PKGS` is unknown.
 */
import type { ShellCommand, ShellWord } from '../../shell/types';

export interface InstalledPackage {
  name: string;
  word: ShellWord;
}

/** Install sub-command per package manager program. */
const INSTALL_SUBCOMMANDS: Readonly<Record<string, readonly string[]>> = {
  'apt-get': ['install'],
  apt: ['install'],
  aptitude: ['install'],
  apk: ['add'],
  dnf: ['install'],
  yum: ['install'],
  microdnf: ['install'],
  tdnf: ['install'],
  zypper: ['install', 'in'],
};

/** Options that take the next word as their value (so that word is not a package). */
const OPTIONS_WITH_VALUE = new Set(['-o', '-t', '-c', '-X', '--repository', '--virtual', '-p', '--root', '--target-release', '--installroot', '--releasever']);

export function installedPackages(cmd: ShellCommand): InstalledPackage[] {
  const words = cmd.args;
  let start: number;
  if (cmd.name === 'pacman') {
    // pacman -S / -Sy / -Syu … : every non-option word is a package
    if (!words.some((w) => /^-S[a-z]*$/.test(w.value ?? ''))) return [];
    start = 0;
  } else {
    const subs = INSTALL_SUBCOMMANDS[cmd.name];
    if (!subs) return [];
    const at = words.findIndex((w) => w.value !== undefined && subs.includes(w.value));
    if (at < 0) return [];
    start = at + 1;
  }
  const out: InstalledPackage[] = [];
  for (let i = start; i < words.length; i++) {
    const v = words[i].value;
    if (v === undefined) continue;
    if (v.startsWith('-')) {
      if (OPTIONS_WITH_VALUE.has(v)) i++;
      continue;
    }
    const name = stripPin(v);
    if (name) out.push({ name, word: words[i] });
  }
  return out;
}

/** `pkg=1.2`, `pkg>=1`, `pkg~1`, `pkg:amd64`, `pkg/bookworm-backports` → `pkg`. */
function stripPin(word: string): string {
  return word.split(/[=<>~:/]/)[0].trim().toLowerCase();
}
