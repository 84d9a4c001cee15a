/**
 * Services a Dockerfile registers to start at boot (`rc-update add wg-quick default`, `systemctl enable docker`) start
 * when the container's start command is a program that starts them: OpenRC entering a runlevel, or an init as PID 1
 * (knowledge bootServiceStarters). What they use is needed from that moment, so it is explained on the start word too,
 * one line per service; the registration line explains each in full. Hover only: whether a registered service really
 * uses what its registration or name says is not in the file.
 */
import { basename } from '../../shell/wrappers';
import type { ShellCommand } from '../../shell/types';
import type { HoverNote, RuleContext } from '../types';
import { bootServiceStarters } from '../../../knowledge/runtimeFacts';
import { bootServiceWords, supervisedServiceName, supervisorOfWord, supervisorsOf } from '../shared/serviceScripts';
import { copyOperands } from '../shared/copyArguments';
import { effectiveStartBlocks } from '../shared/contextScripts';
import { code } from '../shared/related';

const STARTERS = new Set(bootServiceStarters.programs);

/**
 * Notes on the final stage's start program when it starts boot services, listing the registered services of the stage
 * (and the stages it is built on) that `use` describes: what a service uses, from its registration command and name.
 */
export function bootServiceNotes(ctx: RuleContext, use: (registration: ShellCommand, service: string) => string | undefined): HoverNote[] {
  const final = ctx.stages[ctx.stages.length - 1];
  if (!final) return [];
  const lines = effectiveStartBlocks(ctx);
  const starts = ctx
    .commands()
    .filter((c) => c.phase === 'start' && lines.has(c.block.startLine) && STARTERS.has(basename(c.nameWord.value ?? '')));
  if (starts.length === 0) return [];
  const chain = new Set([final.index, ...final.chain]);
  const services = new Map<string, string>();
  for (const c of ctx.commands()) {
    if (c.phase !== 'build' || !chain.has(ctx.stageAt(c.block.startLine)?.index ?? -1)) continue;
    for (const w of bootServiceWords(c)) {
      const name = w.value ?? '';
      const what = use(c, name);
      if (what && !services.has(name)) services.set(name, what);
    }
  }
  if (services.size === 0) return [];
  const list = [...services].map(([name, what]) => `- ${code(name)}: ${what}`).join('\n');
  return starts.map((c) => ({
    range: c.nameWord.range,
    markdown:
      `**${basename(c.nameWord.value ?? '')}** starts the services this image registered to start at boot, and with them what they use from the host kernel:\n${list}\n\n` +
      'Each registration line explains its service: the container needs what it says (devices, capabilities, kernel modules) once this command runs.',
  }));
}

/**
 * The same for a process supervisor as the start (s6-overlay's `/init`, s6-svscan, runit's runsvdir, phusion's my_init):
 * it starts every service folder the image holds, named by the paths the stage's steps write or COPY to
 * (`chmod +x /etc/s6-overlay/s6-rc.d/dockerd/run`). `use` tells what a service uses from its name (`dockerd`); the run
 * script itself is read elsewhere when the editor has the build context (serviceScripts.ts).
 */
export function supervisedServiceNotes(ctx: RuleContext, use: (service: string) => string | undefined): HoverNote[] {
  const final = ctx.stages[ctx.stages.length - 1];
  const sups = supervisorsOf(ctx);
  if (!final || !(sups.has('s6') || sups.has('runit'))) return [];
  const chain = new Set([final.index, ...final.chain]);
  const inChain = (line: number) => chain.has(ctx.stageAt(line)?.index ?? -1);
  const paths: string[] = [];
  for (const c of ctx.commands()) if (c.phase === 'build' && inChain(c.block.startLine)) paths.push(...c.args.map((w) => w.value ?? ''));
  for (const b of ctx.model.instructions) {
    if ((b.parsed.keyword === 'COPY' || b.parsed.keyword === 'ADD') && inChain(b.startLine)) paths.push(copyOperands(b).dest?.value ?? '');
  }
  const services = new Map<string, string>();
  for (const p of paths) {
    const name = supervisedServiceName(p, sups);
    const what = name !== undefined && !services.has(name) ? use(name) : undefined;
    if (name !== undefined && what) services.set(name, what);
  }
  if (services.size === 0) return [];
  const list = [...services].map(([name, what]) => `- ${code(name)}: ${what}`).join('\n');
  const lines = effectiveStartBlocks(ctx);
  const words = ctx
    .commands()
    .filter((c) => c.phase === 'start' && lines.has(c.block.startLine))
    .flatMap((c) => [c.nameWord, ...c.args].filter((w) => /^(s6|runit)$/.test(supervisorOfWord(w.value ?? '') ?? '')));
  return words.map((w) => ({
    range: w.range,
    markdown:
      `**${w.value}** (a process supervisor) starts the services this image holds in its service folders, and with them what they use from the host kernel:\n${list}\n\n` +
      'The supervisor itself needs nothing from the kernel; the container needs what its services use once this command runs.',
  }));
}
