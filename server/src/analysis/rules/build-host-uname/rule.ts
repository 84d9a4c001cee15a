/**
 * build-host-uname: `$(uname -r)` (kernel release/version) evaluated in a RUN step. The build
 * machine's kernel is baked into the image, yet the container runs on another host's kernel.
 * `uname -m`/`-s` are fine (architecture and OS name match the target platform), and `uname` in
 * CMD/ENTRYPOINT reads the host's kernel at run time, which is what one wants.
 * The same holds for the kernel's own files read at build time into the image (proc(5): /proc/version,
 * /proc/sys/kernel/osrelease and /version, /proc/cmdline "arguments passed to the Linux kernel at boot time",
 * /proc/config.gz "the configuration options that were used to build the currently running kernel"), also when
 * reached through a process's root (/proc/1/root/proc/config.gz) and uncompressed with zcat into a file.
 */
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Fix, Range } from '../../types';
import type { ShellCommand } from '../../shell/types';
import { kernelPackageUses } from '../shared/kernelPackageUses';
import { code, fromRelated, targetWords } from '../shared/related';
import { libModulesReads } from '../shared/libModulesReads';
import { isBootableAt } from '../shared/stage';

const ID = 'build-host-uname';
const KERNEL_OPTIONS = /^(-[a-zA-Z]*[rva][a-zA-Z]*|--kernel-release|--kernel-version|--all)$/;
const HARMLESS_TARGETS = new Set(['/dev/null', '/dev/stderr', '/dev/stdout']);

/** proc(5) files that describe the running kernel: its release and version, and its boot command line. */
const KERNEL_FILES = new Set([
  '/proc/version',
  '/proc/sys/kernel/osrelease',
  '/proc/sys/kernel/version',
  '/proc/cmdline',
  '/proc/config.gz',
]);
const FILE_READERS = new Set(['cat', 'head', 'tail', 'zcat']);

/** `/proc/1/root/proc/config.gz` is the same procfs seen through a process's root directory. */
function procPath(v: string): string {
  return v.replace(/^\/proc\/(?:\d+|self)\/root(?=\/proc\/)/, '');
}

function readsKernelFile(c: ShellCommand): string | undefined {
  if (!FILE_READERS.has(c.name)) return undefined;
  return c.args.map((a) => procPath(a.value ?? '')).find((v) => KERNEL_FILES.has(v));
}

/** What the kernel file read tells. */
function fileWhat(file: string | undefined): string {
  if (file === '/proc/cmdline') return "the build machine's kernel command line";
  if (file === '/proc/config.gz') return "the build machine's kernel configuration";
  return "the build machine's kernel";
}

function readsKernel(c: ShellCommand): boolean {
  return (c.name === 'uname' && c.args.some((a) => KERNEL_OPTIONS.test(a.value ?? ''))) || readsKernelFile(c) !== undefined;
}

/** Where the value goes: a substitution (a value), or a file in the image. */
function bakesValue(c: ShellCommand): boolean {
  if (c.inSubstitution) return true;
  return c.redirects.some((r) => /^\d*(>|>>|>\||&>)$/.test(r.op) && !!r.target.value && !HARMLESS_TARGETS.has(r.target.value));
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function buildUses(ctx: RuleContext): ShellCommand[] {
  // Package words like linux-headers-$(uname -r) are reported (and fixed) by kernel-package-install.
  // (`make -C /lib/modules/$(uname -r)/build` stays reported here too: the release fix is this rule's.)
  const packageWords = kernelPackageUses(ctx)
    .filter((u) => u.buildHostRelease)
    .map((u) => u.pkg.word.range);
  return ctx
    .commands()
    .filter((c) => c.phase === 'build' && readsKernel(c) && bakesValue(c))
    .filter((c) => !(c.enclosingWord && packageWords.some((r) => sameRange(r, c.enclosingWord!.range))));
}

/** The `$(uname -r)` / `` `uname -r` `` text around the command, when it is exactly that. */
function substitutionRange(ctx: RuleContext, c: ShellCommand): Range | undefined {
  const start = c.nameWord.range.start;
  const end = (c.args[c.args.length - 1] ?? c.nameWord).range.end;
  if (start.line !== end.line) return undefined;
  const line = ctx.model.lines[start.line] ?? '';
  const before = line.slice(0, start.character);
  const after = line.slice(end.character);
  const open = /(\$\(\s*|`\s*)$/.exec(before);
  if (!open) return undefined;
  const close = open[1].startsWith('$') ? /^\s*\)/.exec(after) : /^\s*`/.exec(after);
  if (!close) return undefined;
  return {
    start: { line: start.line, character: start.character - open[0].length },
    end: { line: end.line, character: end.character + close[0].length },
  };
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const c of buildUses(ctx)) {
    const text = [c.name, ...c.args.map((a) => a.raw)].join(' ');
    const what = fileWhat(readsKernelFile(c));
    const target = ctx.target.kernel
      ? `${targetWords(ctx)} runs ${ctx.target.kernel.raw}`
      : `the container will run on ${targetWords(ctx)}'s kernel, which is another one`;
    const fixes: Fix[] = [];
    const sub = substitutionRange(ctx, c);
    if (
      sub &&
      c.name === 'uname' &&
      ctx.target.kernel &&
      /-/.test(ctx.target.kernel.raw) &&
      c.args.every((a) => a.value === '-r' || a.value === '--kernel-release')
    ) {
      fixes.push({
        title: `Use the target kernel release ${ctx.target.kernel.raw}`,
        kind: 'quickfix',
        edits: [{ range: sub, newText: ctx.target.kernel.raw }],
      });
    }
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: { start: c.nameWord.range.start, end: (c.args[c.args.length - 1] ?? c.nameWord).range.end },
      message: `${code(text)} runs at build time and returns ${what}, not the one the container runs on. What it reports (a CI runner's, a desktop VM's) is baked into the image — but ${target}. Read it at run time (in the entrypoint)${c.name === 'uname' || readsKernelFile(c) !== '/proc/cmdline' ? ' or name the target kernel explicitly (e.g. a build argument)' : ''}.`,
      related: fromRelated(
        ctx,
        c.block.startLine,
        c.name === 'uname'
          ? '{image} is a userland: `uname` in it reports whatever kernel runs it.'
          : "{image} is a userland: /proc is the kernel's, whatever kernel runs it.",
      ),
      fixes,
    });
  }
  // `KVER=$(ls /lib/modules)`: the image's installed kernel packages stand in for "the" kernel.
  for (const c of libModulesReads(ctx)) {
    if (c.phase !== 'build' || !c.inSubstitution || isBootableAt(ctx, c.block.startLine)) continue;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: { start: c.nameWord.range.start, end: (c.args[c.args.length - 1] ?? c.nameWord).range.end },
      message: `${code([c.name, ...c.args.map((a) => a.raw)].join(' '))} at build time lists the image's kernel packages, not the kernel the container runs on. ${ctx.target.kernel ? `${targetWords(ctx)} runs ${ctx.target.kernel.raw}.` : `The container runs on ${targetWords(ctx)}'s kernel.`} Read ${code('uname -r')} at container start, or pass the target release in as a build argument.`,
      related: fromRelated(ctx, c.block.startLine, '{image} is a userland: its /lib/modules holds only what packages put there.'),
      fixes: [],
    });
  }
  return findings;
}

function notes(ctx: RuleContext): HoverNote[] {
  const fileNotes = ctx
    .commands()
    .filter((c) => readsKernelFile(c) !== undefined)
    .map((c) => ({
      range: c.nameWord.range,
      markdown:
        c.phase === 'build'
          ? `**${c.name} ${readsKernelFile(c)}** during \`docker build\` reads the build machine's kernel, not the one the container will run on.`
          : `**${c.name} ${readsKernelFile(c)}** at container start reads the host's kernel — the one the container really runs on.`,
    }));
  return ctx
    .commands()
    .filter((c) => c.name === 'uname')
    .map((c) => ({
      range: c.nameWord.range,
      markdown: readsKernel(c)
        ? c.phase === 'build'
          ? "**uname** during `docker build` reports the build machine's kernel, not the one the container will run on."
          : "**uname** at container start reports the host's kernel — the one the container really runs on."
        : '**uname** (machine/OS name): the same for the image and the target platform.',
    }))
    .concat(fileNotes);
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary:
    "`uname -r` (or /proc/version, /proc/cmdline, /proc/config.gz) read at build time bakes the build machine's kernel into the image.",
  check,
  notes,
};
