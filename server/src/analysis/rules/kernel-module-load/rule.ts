/**
 * kernel-module-load: modprobe/insmod/rmmod/depmod in RUN, CMD or ENTRYPOINT. An image has no
 * kernel; modules are loaded into the one kernel of the host, so this belongs on the host.
 */
import type { Rule, RuleContext, HoverNote } from '../types';
import type { Finding, Fix, RelatedInformation } from '../../types';
import { removeCommandEdits } from '../../shell/fixes';
import { code, fromRelated, targetWords } from '../shared/related';
import { perDocument, type DocumentContext } from '../shared/memo';
import { runScriptCommands, startScriptCommands, startScriptFile, startScriptRelated, startScriptWhere } from '../shared/startScripts';
import { modulesSupport, modulesSupportLine } from '../shared/modulesSupport';
import { moduleCommandOf, moduleCommands, type ModuleCommand } from '../shared/moduleCommands';
import { moduleConfigUses, moduleConfigNotes } from './files';
import { isBootableAt, isCopiedOnlyAt } from '../shared/stage';
import { isDriverContainerAt } from '../shared/driverContainer';

const ID = 'kernel-module-load';

/** Module loads in scripts the Dockerfile writes or COPYs and CMD/ENTRYPOINT or RUN runs (this rule only). */
const scriptModuleCommands = perDocument((ctx: DocumentContext): readonly ModuleCommand[] => {
  const out: ModuleCommand[] = [];
  for (const c of [...startScriptCommands(ctx), ...runScriptCommands(ctx)]) {
    const m = moduleCommandOf(c);
    if (m) out.push({ ...m, inScript: true });
  }
  return out;
});

function allModuleCommands(ctx: DocumentContext): ModuleCommand[] {
  return [...moduleCommands(ctx), ...scriptModuleCommands(ctx)];
}

function describe(m: ModuleCommand): string {
  const what =
    m.command.name === 'depmod'
      ? 'rebuilds the module dependency index'
      : m.unload
        ? `unloads ${m.modules.map(code).join(', ') || 'a module'}`
        : `loads ${m.modules.map(code).join(', ') || 'a module'}`;
  return `${code(m.command.name)} ${what}`;
}

function comment(m: ModuleCommand): string {
  const name = m.modules[0];
  if (m.command.name === 'depmod' || !name) return 'kernel modules are managed on the host, not in the image';
  if (m.unload) return `module ${name} is managed on the host, not in the image`;
  return `load module ${name} on the host (e.g. /etc/modules-load.d/${name}.conf)`;
}

function headline(m: ModuleCommand): string {
  const text = [m.command.name, ...m.command.args.map((a) => a.raw)].join(' ');
  const what = code(text.length > 28 ? text.slice(0, 27) + '…' : text);
  // depmod never touches the running kernel: it writes modules.dep files under /lib/modules/<release>.
  if (m.command.name === 'depmod')
    return `${what} indexes modules in the image's /lib/modules; the host kernel never loads modules from there.`;
  const where = m.inScript ? startScriptWhere(m.command) : '';
  if (m.command.phase === 'build') return `${what}${where} runs at build time on the build machine's kernel; the image keeps nothing.`;
  return `${what}${where} acts on the host's kernel: it needs CAP_SYS_MODULE.`;
}

/** The FROM line's note: the image brings no kernel and no modules. */
function imageRelated(ctx: RuleContext, m: ModuleCommand): RelatedInformation[] {
  return fromRelated(ctx, m.command.block.startLine, '{image} is a userland: it brings no kernel and no modules that would be loaded.');
}

function relatedFor(ctx: RuleContext, m: ModuleCommand): RelatedInformation[] {
  const base = imageRelated(ctx, m);
  return m.inScript ? [...base, ...startScriptRelated(m.command)] : base;
}

/**
 * Module commands of a script read from the build context all sit on the one word that runs it
 * (the CMD/ENTRYPOINT): they become one finding listing every script line (`stacks`), not a stack of
 * six near-identical ones on the same word. `single`: the commands left to report one by one, those
 * check skips left out. A function of the document alone (the target decides only the words), so a
 * pass of its own (rule.passes).
 */
const reportedModuleCommands = perDocument((ctx: DocumentContext): { stacks: ModuleCommand[][]; single: ModuleCommand[] } => {
  const all = allModuleCommands(ctx);
  const byWord = new Map<string, ModuleCommand[]>();
  for (const m of all) {
    if (!m.inScript || m.command.name === 'depmod' || !startScriptFile(m.command)) continue;
    const r = m.command.nameWord.range;
    const key = `${r.start.line}:${r.start.character}`;
    const stack = byWord.get(key);
    if (stack) stack.push(m);
    else byWord.set(key, [m]);
  }
  const stacks = [...byWord.values()].filter((ms) => ms.length >= 2);
  const merged = new Set(stacks.flat());
  return { stacks, single: all.filter((m) => !merged.has(m) && !skipped(ctx, m)) };
});

/** A module command check leaves to the notes: what it does is right where it is. */
function skipped(ctx: DocumentContext, m: ModuleCommand): boolean {
  const c = m.command;
  if (c.phase === 'build' && isBootableAt(ctx, c.block.startLine) && c.name === 'depmod') return true; // bootc: depmod for the shipped kernel
  // A stage no container runs, only copied from: the index ships as files with the modules, for the machine that
  // boots their kernel (linuxkit's kernel/common/Dockerfile.zfs copies /lib/modules into a scratch package).
  if (c.phase === 'build' && c.name === 'depmod' && !m.inScript && isCopiedOnlyAt(ctx, c.block.startLine)) return true;
  // A driver container indexes the modules it ships for the host's release: its entry point's modprobe reads that index.
  if (c.phase === 'build' && c.name === 'depmod' && !m.inScript && isDriverContainerAt(ctx, c.block.startLine)) return true;
  // `depmod -b DIR` indexes a module tree staged under DIR for another system (an OS image being built): it reads and
  // writes files only, in any container (kmod depmod(8), -b basedir: modules "in a staging area"; "Use this option if
  // you are a distribution vendor who needs to pre-generate the meta-data files").
  return c.name === 'depmod' && c.args.some((a) => /^(-b|--basedir)(=|$)|^-b./.test(a.value ?? a.raw));
}

/** The findings of the stacked script commands (reportedModuleCommands), in its order. */
function stackedScriptFindings(ctx: RuleContext, stacks: readonly ModuleCommand[][], findings: Finding[], off: string): void {
  for (const ms of stacks) {
    const where = ms.map((m) => startScriptFile(m.command)!);
    const names = [...new Set(ms.map((m) => m.command.name))].map(code).join('/');
    const modules = [...new Set(ms.flatMap((m) => m.modules))];
    const verb = ms.some((m) => m.unload) ? 'load or unload' : 'load';
    const host = targetWords(ctx);
    const files = [...new Set(where.map((w) => w.file))];
    // One script line reached by several calls (a shell function's `modprobe -v "$module"` called once per module) is
    // listed once: "modprobe in entrypoint.sh (line 318), run by each call", not "4 commands (lines 318, 318, 318, 318)".
    const lineList = [...new Set(where.map((w) => w.line))];
    const lines =
      files.length === 1
        ? `${files[0]} (${lineList.length === 1 ? 'line' : 'lines'} ${lineList.join(', ')})`
        : [...new Set(where.map((w) => `${w.file} line ${w.line}`))].join(', ');
    const places = new Set(
      ms.map((m) => {
        const at = startScriptRelated(m.command)[0];
        return `${at?.file}:${at?.range?.start.line}:${at?.range?.start.character}`;
      }),
    ).size;
    const subject = places === 1 ? `${names} in ${lines}, run by each call,` : `${places} ${names} commands in ${lines}`;
    const what = modules.map(code).join(', ') || 'modules';
    const message =
      ms[0].command.phase === 'build'
        ? `${subject} ${places === 1 ? 'runs' : 'run'} at build time on the build machine's kernel; the image keeps nothing.${off}` +
          ` They ${verb} ${what} while the image is built, so they act on the build machine's kernel: an image has no kernel, and the container will run on ${host}'s. They usually fail in a build container.`
        : `${subject} ${places === 1 ? 'acts' : 'act'} on the host's kernel: ${places === 1 ? 'it needs' : 'they need'} CAP_SYS_MODULE.${off}` +
          ` They ${verb} ${what} inside ${host}'s kernel: that only works with --privileged (CAP_SYS_MODULE) and the host's /lib/modules mounted, and then changes the host for every container.`;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: ms[0].command.nameWord.range,
      message: `${message} Load ${modules.length === 1 ? 'it' : 'them'} on the host instead (/etc/modules-load.d/ there).`,
      related: [...imageRelated(ctx, ms[0]), ...ms.flatMap((m) => startScriptRelated(m.command))],
      fixes: [],
    });
  }
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const modulesOff = modulesSupport(ctx) === 'off';
  const offNote = modulesOff
    ? ` The target kernel has CONFIG_MODULES off (${ctx.target.config?.origin}): no module can be loaded there at all.`
    : '';
  const { stacks, single } = reportedModuleCommands(ctx);
  stackedScriptFindings(ctx, stacks, findings, offNote);
  for (const m of single) {
    const c = m.command;
    const host = targetWords(ctx);
    const name = m.modules[0];
    const instead =
      m.command.name === 'depmod' || !name
        ? 'Manage kernel modules on the host.'
        : m.unload
          ? `Manage ${code(name)} on the host.`
          : `Load it on the host instead, e.g. put ${code(name)} in /etc/modules-load.d/${name}.conf there.`;
    const detail =
      c.name === 'depmod'
        ? `It only writes the module index (modules.dep) for one kernel release; a container cannot load modules into its own kernel — it runs on ${host}'s, and modules are loaded there from the host's /lib/modules (or a privileged driver container with the host's tree mounted).`
        : c.phase === 'build'
          ? `${describe(m)} while the image is built, so it acts on the build machine's kernel: an image has no kernel, and the container will run on ${host}'s. It usually fails in a build container.`
          : `${describe(m)} inside ${host}'s kernel: it only works with --privileged (CAP_SYS_MODULE) and the host's /lib/modules mounted, and then changes the host for every container.`;
    const off = offNote;
    const fixes: Fix[] = [];
    const edits = c.phase === 'build' ? removeCommandEdits(ctx.model, c, comment(m)) : undefined;
    if (edits) {
      fixes.push({
        title: `Remove ${code(c.name)} and note to ${m.unload || c.name === 'depmod' || !name ? 'manage modules' : `load ${name}`} on the host`,
        kind: 'quickfix',
        edits,
        isPreferred: true,
        safe: true,
      });
    }
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: c.nameWord.range,
      message: `${headline(m)}${off} ${detail} ${instead}`,
      related: relatedFor(ctx, m),
      fixes,
    });
  }
  for (const u of moduleConfigUses(ctx)) {
    if (u.bootable) continue;
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: u.word.range,
      message: `${code(u.path)} is read at boot to load modules; a container never boots, so nothing reads it. Configure module loading on the host: put the module names in /etc/modules-load.d/ there.`,
      related: fromRelated(ctx, u.line, "{image} is a userland: the host kernel loads modules at the host's boot."),
      fixes: [],
    });
  }
  return findings;
}

function notes(ctx: RuleContext): HoverNote[] {
  const support = modulesSupportLine(ctx);
  const out: HoverNote[] = allModuleCommands(ctx).map((m) => ({
    range: m.command.nameWord.range,
    markdown: `**${m.command.name}**${m.inScript ? startScriptWhere(m.command) : ''} works on the running kernel — during \`docker build\` the builder's, in a container ${targetWords(ctx)}'s. Container images carry no kernel; modules are loaded on the host.\n\n${support}\n\nWhat to do: load ${m.modules.length ? m.modules.map(code).join(', ') : 'the module'} on the host (/etc/modules-load.d/ there) before starting the container.`,
  }));
  for (const n of moduleConfigNotes(ctx, support)) out.push(n);
  return out;
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary: 'modprobe/insmod/rmmod/depmod in a Dockerfile: modules belong to the host kernel.',
  check,
  // The module loads and configuration writes check reads, each a pass over every command (the first
  // rule to ask builds the shell commands of the document): in a big document each a step of its own.
  passes: [(ctx) => ctx.commands(), moduleCommands, startScriptCommands, scriptModuleCommands, reportedModuleCommands, moduleConfigUses],
  notes,
};
