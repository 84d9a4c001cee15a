/** `kernel-lens targets`: the host presets, grouped, with their kernels. */
import { getKernelBuild, hostPresets, presetAliases } from '../../analysis/index';
import { knowledgeDate } from '../../analysis/index';
import type { HostPreset } from '../../analysis/index';
import { choice, parseArgs, UsageError, type OptionSpec } from '../args';
import { ansi, plain, useColor } from '../color';
import { answerHelpOrVersion, COMMON_OPTIONS, commandHelp, TEXT_JSON_OUTPUT_OPTIONS } from '../help';
import type { CommandIO } from '../io';
import { version } from '../pkg';

const OPTIONS: readonly OptionSpec[] = [...TEXT_JSON_OUTPUT_OPTIONS, ...COMMON_OPTIONS];

const HELP = commandHelp(
  'kernel-lens targets [options]',
  `Lists the host presets accepted by --target (and kernelLens.target, .kernel-lens.json, the
'# kernel-lens: target=' directive). A kernel version such as 5.15 or 5.15.0-91-generic works too.`,
  OPTIONS,
);

function aliasesOf(id: string): string[] {
  return Object.entries(presetAliases)
    .filter(([, target]) => target === id)
    .map(([alias]) => alias)
    .sort();
}

function kernelWords(p: HostPreset): string {
  if (p.os === 'windows') return p.windowsBuild !== undefined ? `Windows build ${p.windowsBuild}` : 'Windows, build not set';
  return p.kernel ? `kernel ${p.kernel}` : 'kernel not set';
}

export function runTargets(argv: readonly string[], io: CommandIO): number {
  const args = parseArgs(argv, OPTIONS, 'targets');
  const early = answerHelpOrVersion(args, HELP, io);
  if (early !== undefined) return early;
  const format = choice('format', args.values.get('format'), ['text', 'json'] as const, 'text');
  if (args.positionals.length > 0) throw new UsageError(`'targets' takes no arguments (got ${args.positionals.join(' ')})`);
  if (format === 'json') {
    const presets = hostPresets.map((p) => {
      const o: Record<string, unknown> = { id: p.id, name: p.name, group: p.group, os: p.os };
      if (p.kernel) o.kernel = p.kernel;
      if (p.windowsBuild !== undefined) o.windowsBuild = p.windowsBuild;
      o.arches = [...p.arches];
      if (p.cgroup) o.cgroup = p.cgroup;
      if (p.vsyscall) o.vsyscall = p.vsyscall;
      if (p.runtime) o.runtime = { ...p.runtime };
      o.aliases = aliasesOf(p.id);
      if (p.kernelUnknownReason) o.kernelUnknownReason = p.kernelUnknownReason;
      const build = p.kernelBuild ? getKernelBuild(p.kernelBuild) : undefined;
      if (build) o.kernelConfig = { build: build.id, release: build.release, source: build.source };
      if (p.notes) o.notes = p.notes;
      o.source = p.source;
      return o;
    });
    io.out(JSON.stringify({ version, knowledgeDate, presets }, null, 2) + '\n');
    return 0;
  }
  const pal = useColor(args.flags.has('no-color'), io.env, io.isTTY) ? ansi : plain;
  const groups = new Map<string, HostPreset[]>();
  for (const p of hostPresets) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  const idWidth = Math.max(...hostPresets.map((p) => p.id.length)) + 2;
  const kernelWidth = Math.max(...hostPresets.map((p) => kernelWords(p).length)) + 2;
  const out: string[] = [];
  for (const [group, presets] of groups) {
    out.push(pal.bold(group));
    for (const p of presets) {
      const aliases = aliasesOf(p.id);
      const extra = [p.arches.join(', ')];
      if (aliases.length) extra.push(`aliases: ${aliases.join(', ')}`);
      const build = p.kernelBuild ? getKernelBuild(p.kernelBuild) : undefined;
      if (build) extra.push(`config of ${build.release}`);
      else if (p.kernelConfig) extra.push('shipped config');
      out.push(`  ${p.id.padEnd(idWidth)}${kernelWords(p).padEnd(kernelWidth)}${p.name}${pal.dim(` (${extra.join('; ')})`)}`);
      // A preset without a kernel says why, with the date the reason was checked.
      if (!p.kernel && p.os === 'linux' && p.kernelUnknownReason)
        out.push(pal.dim(`  ${' '.repeat(idWidth)}kernel ${p.kernelUnknownReason}`));
    }
    out.push('');
  }
  out.push(`Use --target <id>, or a kernel version such as 5.15. Facts as of ${knowledgeDate}.`);
  io.out(out.join('\n') + '\n');
  return 0;
}
