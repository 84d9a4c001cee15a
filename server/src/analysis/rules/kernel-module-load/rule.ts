/**
 * kernel-module-load: modprobe/insmod/rmmod/depmod in RUN, CMD or ENTRYPOINT. An image has no
 * kernel; modules are loaded into the one kernel of the host, so this belongs on the host.
 */
import type { Rule, RuleContext, HoverNote } from '../types';
import type { Finding, Fix } from '../../types';
import type { ShellCommand } from '../../shell/types';
import { removeCommandEdits } from '../../shell/fixes';
import { code, fromRelated, targetWords } from '../../shell/related';
import { perContext } from '../shared/memo';

const ID = 'kernel-module-load';
const MODULE_COMMANDS = new Set(['modprobe', 'insmod', 'rmmod', 'depmod']);
/** modprobe options that only print (dry run, show config/dependencies): harmless reads. */
const READ_ONLY_OPTIONS = new Set(['-n', '--dry-run', '--show', '-c', '--showconfig', '--show-config', '-D', '--show-depends', '--show-modversions', '--dump-modversions', '-V', '--version', '-h', '--help', '-R', '--resolve-alias']);
const VALUE_OPTIONS = new Set(['-C', '--config', '-d', '--dirname', '-S', '--set-version', '-o', '--name']);

export interface ModuleCommand {
  command: ShellCommand;
  /** Module names named on the command line (basename without .ko for insmod). */
  modules: string[];
  unload: boolean;
}

/** The module operations of the document (also used by kernel-feature-missing). */
/** Module loads/unloads of the file (computed once per analysis: several rules read it). */
export const moduleCommands = perContext((ctx: Pick<RuleContext, 'commands'>): readonly ModuleCommand[] => {
  const out: ModuleCommand[] = [];
  for (const c of ctx.commands()) {
    if (!MODULE_COMMANDS.has(c.name)) continue;
    const values = c.args.map((a) => a.value ?? a.raw);
    if (values.some((v) => READ_ONLY_OPTIONS.has(v))) continue;
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
    out.push({ command: c, modules, unload });
  }
  return out;
});

function describe(m: ModuleCommand): string {
  const what = m.command.name === 'depmod' ? 'rebuilds the module dependency index' : m.unload ? `unloads ${m.modules.map(code).join(', ') || 'a module'}` : `loads ${m.modules.map(code).join(', ') || 'a module'}`;
  return `${code(m.command.name)} ${what}`;
}

function comment(m: ModuleCommand): string {
  const name = m.modules[0];
  if (m.command.name === 'depmod' || !name) return 'kernel modules are managed on the host, not in the image';
  if (m.unload) return `module ${name} is managed on the host, not in the image`;
  return `load module ${name} on the host (e.g. /etc/modules-load.d/${name}.conf)`;
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const m of moduleCommands(ctx)) {
    const c = m.command;
    const host = targetWords(ctx);
    const name = m.modules[0];
    const instead = m.command.name === 'depmod' || !name ? 'Manage kernel modules on the host.' : m.unload ? `Manage ${code(name)} on the host.` : `Load it on the host instead, e.g. put ${code(name)} in /etc/modules-load.d/${name}.conf there.`;
    const message =
      c.phase === 'build'
        ? `${describe(m)} while the image is built, so it acts on the build machine's kernel, not on anything the image keeps: an image has no kernel, and the container will run on ${host}'s. It usually fails in a build container. ${instead}`
        : `${describe(m)} when the container starts, inside ${host}'s kernel: it only works with --privileged (CAP_SYS_MODULE) and the host's /lib/modules mounted, and then changes the host for every container. ${instead}`;
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
      message,
      related: fromRelated(ctx, c.block.startLine, '{image} is a userland: it brings no kernel and no modules that would be loaded.'),
      fixes,
    });
  }
  return findings;
}

function notes(ctx: RuleContext): HoverNote[] {
  return moduleCommands(ctx).map((m) => ({
    range: m.command.nameWord.range,
    markdown: `**${m.command.name}** works on the running kernel — during \`docker build\` the builder's, in a container ${targetWords(ctx)}'s. Container images carry no kernel; modules are loaded on the host.`,
  }));
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary: 'modprobe/insmod/rmmod/depmod in a Dockerfile: modules belong to the host kernel.',
  check,
  notes,
};
