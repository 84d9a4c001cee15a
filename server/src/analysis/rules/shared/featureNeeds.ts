import type { Range, RelatedInformation } from '../../types';
import type { KernelFeature, PackageFamily } from '../../../knowledge/types';
import { getFeature, kernelFeatures } from '../../../knowledge/features';
import { featuresForPackage } from '../../../knowledge/packages';
import { astRangeToAbsolute, type InstructionBlock } from '../../document';
import { familyFor, installOf } from '../../packages';
import type { ShellCommand } from '../../shell/types';
import { code } from './related';
import { perBlock, perCommand, perDocument, type DocumentContext } from './memo';
import { moduleCommandOf, moduleCommands, type ModuleCommand } from './moduleCommands';
import { runScriptCommands, startScriptCommands, startScriptFile, startScriptRelated, startScriptWhere } from './startScripts';

export interface FeatureNeed {
  feature: KernelFeature;
  range: Range;
  /** What in the Dockerfile relies on it, e.g. "`wg-quick`", "package `wireguard-tools`". */
  via: string;
  /** 'use': running it needs the feature; 'install': a package that needs it at run time is installed (never fails itself). */
  kind: 'use' | 'install';
  /** For a command of a build-context script: its line there (the need sits on the word that runs the script). */
  related?: RelatedInformation[];
}

const INFO_ONLY = new Set(['-v', '-V', '--version', '-h', '--help', 'version', 'help']);

/** Commands whose use implies a feature only with certain arguments. */
function commandImplies(name: string, featureId: string, args: readonly string[]): boolean {
  if (name === 'ip') return args.some((a) => /^xdp/.test(a));
  if (name === 'fio') return args.some((a) => a.includes('io_uring'));
  if (name === 'unshare') {
    if (featureId === 'user_namespaces') return args.some((a) => /^(-[a-zA-Z]*[Ur][a-zA-Z]*|--user(=.*)?|--map-root-user)$/.test(a));
    if (featureId === 'time_namespaces') return args.some((a) => /^(-[a-zA-Z]*T[a-zA-Z]*|--time(=.*)?)$/.test(a));
  }
  return true;
}

let commandIndex: Map<string, KernelFeature[]> | undefined;
let moduleIndex: Map<string, KernelFeature[]> | undefined;
function indexes(): { commands: Map<string, KernelFeature[]>; modules: Map<string, KernelFeature[]> } {
  if (!commandIndex || !moduleIndex) {
    commandIndex = new Map();
    moduleIndex = new Map();
    for (const f of kernelFeatures) {
      for (const c of f.commands ?? []) commandIndex.set(c, [...(commandIndex.get(c) ?? []), f]);
      for (const m of f.modules ?? []) moduleIndex.set(m, [...(moduleIndex.get(m) ?? []), f]);
    }
  }
  return { commands: commandIndex, modules: moduleIndex };
}

/** What one shell command needs (its name, its installed packages), for the package family of its stage. */
const commandNeeds = perCommand((c: ShellCommand, family: PackageFamily | undefined): FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  const { commands } = indexes();
  const byName = commands.get(c.name);
  const install = c.phase === 'build' ? installOf(c) : undefined;
  if (!byName && !install) return needs;
  const args = c.args.map((a) => a.value ?? a.raw);
  if (args.length > 0 && args.every((a) => INFO_ONLY.has(a))) return needs;
  for (const f of byName ?? []) {
    if (commandImplies(c.name, f.id, args)) needs.push({ feature: f, range: c.nameWord.range, via: code(c.name), kind: 'use' });
  }
  if (install) {
    for (const p of install.packages) {
      const match = featuresForPackage(family, p.name);
      for (const id of match?.features ?? []) {
        const f = getFeature(id);
        if (f) needs.push({ feature: f, range: p.word.range, via: `package ${code(p.name)}`, kind: 'install' });
      }
    }
  }
  return needs;
});

const ROOTLESS_CAPABLE = new Set(['podman', 'buildah']);

/** Whether the last USER instruction before `line` in the same stage names a user other than root/0. */
function nonRootUserAt(ctx: DocumentContext, line: number): boolean {
  const stage = ctx.stageAt(line);
  let user: string | undefined;
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const b = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (b.startLine >= line) break;
    if (b.parsed.keyword !== 'USER' || ctx.stageAt(b.startLine) !== stage) continue;
    const arg = b.parsed.ast?.getArguments()[0]?.getValue();
    if (arg !== undefined) user = arg.split(':')[0];
  }
  return user !== undefined && user !== 'root' && user !== '0' && !user.includes('$');
}

/**
 * The features of the modules a module command loads. Kept per command with its ModuleCommand (one object
 * per command while the command is, moduleCommandOf): the result reads only that object and the
 * feature table, so a keystroke reuses every other command's needs, and their objects (needKey below).
 */
const moduleNeeds = (m: ModuleCommand): readonly FeatureNeed[] => moduleNeedsMemo(m.command, m);

const moduleNeedsMemo = perCommand((_c: ShellCommand, m: ModuleCommand): FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  if (m.unload) return needs;
  const { modules } = indexes();
  for (const name of m.modules) {
    const word = m.command.args.find((a) => (a.value ?? '').replace(/^.*\//, '').replace(/\.ko(\.\w+)?$/, '') === name);
    for (const f of modules.get(name) ?? modules.get(name.replace(/-/g, '_')) ?? []) {
      needs.push({ feature: f, range: (word ?? m.command.nameWord).range, via: `module ${code(name)}`, kind: 'use' });
    }
  }
  return needs;
});

/**
 * A need's feature and place, `featureId@line:character`, and its feature and line, `featureId@line`: the keys
 * featureNeeds removes repeats by and host-facility-required looks needs up by. Kept per need object: the needs of
 * a command are the same objects at every keystroke while the command is (commandNeeds, moduleNeeds), and two
 * strings per need and keystroke were a good part of what these passes allocated. Sound because a need's
 * `feature` and `range` are never changed after it is made.
 */
const needKeys = new WeakMap<FeatureNeed, { place: string; line: string }>();
export function needKeyOf(n: FeatureNeed): { place: string; line: string } {
  let keys = needKeys.get(n);
  if (keys === undefined) {
    const line = `${n.feature.id}@${n.range.start.line}`;
    keys = { place: `${line}:${n.range.start.character}`, line };
    needKeys.set(n, keys);
  }
  return keys;
}

/**
 * Needs of the commands of scripts read from the build context (an entrypoint's `wg-quick up`, a
 * RUN script's `modprobe`): on the word that runs the script, the script's line named in `via` and
 * in related information, as the same command written in the Dockerfile would be.
 */
function contextScriptNeeds(ctx: DocumentContext): FeatureNeed[] {
  const needs: FeatureNeed[] = [];
  for (const c of [...startScriptCommands(ctx), ...runScriptCommands(ctx)]) {
    if (!startScriptFile(c)) continue;
    const install = c.phase === 'build' ? installOf(c) : undefined;
    const family = install ? familyFor(ctx, c.block.startLine, install.manager) : undefined;
    const m = moduleCommandOf(c);
    const found = [...commandNeeds(c, family), ...(m ? moduleNeeds(m) : [])];
    if (found.length === 0) continue;
    const where = startScriptWhere(c);
    const related = startScriptRelated(c);
    for (const n of found) needs.push({ ...n, via: `${n.via}${where}`, related });
  }
  return needs;
}

/** `EXPOSE …/sctp` ports of one EXPOSE block, once per block (dockerfile-ast builds its argument objects at every call). */
const exposeSctpNeeds = perBlock((block: InstructionBlock): FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  const sctp = getFeature('sctp');
  if (!sctp || !block.parsed.ast) return needs;
  for (const a of block.parsed.ast.getArguments()) {
    if (/\/sctp$/i.test(a.getValue()))
      needs.push({
        feature: sctp,
        range: astRangeToAbsolute(block, a.getRange()),
        via: `${code('EXPOSE ' + a.getValue())}`,
        kind: 'use',
      });
  }
  return needs;
});

/** Every kernel feature the Dockerfile relies on, with where (computed once per analysis: several rules, their notes and the requirements read it). */
export const featureNeeds = perDocument((ctx: DocumentContext): readonly FeatureNeed[] => {
  const needs: FeatureNeed[] = [];
  const userns = getFeature('user_namespaces');
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    const install = c.phase === 'build' ? installOf(c) : undefined;
    const family = install ? familyFor(ctx, c.block.startLine, install.manager) : undefined;
    const own = commandNeeds(c, family);
    for (let j = 0; j < own.length; j++) needs.push(own[j]); // indexed: no iterator per command (see memo.ts)
    // podman/buildah under a non-root USER run rootless: they need user namespaces on the host.
    if (
      userns &&
      ROOTLESS_CAPABLE.has(c.name) &&
      !c.args.every((a) => INFO_ONLY.has(a.value ?? a.raw)) &&
      nonRootUserAt(ctx, c.block.startLine)
    ) {
      needs.push({ feature: userns, range: c.nameWord.range, via: `rootless ${code(c.name)}`, kind: 'use' });
    }
  }
  for (let mi = 0, ms = moduleCommands(ctx); mi < ms.length; mi++) {
    const found = moduleNeeds(ms[mi]);
    for (let j = 0; j < found.length; j++) needs.push(found[j]);
  }
  for (const n of contextScriptNeeds(ctx)) needs.push(n);
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (block.parsed.keyword !== 'EXPOSE') continue;
    const found = exposeSctpNeeds(block);
    for (let j = 0; j < found.length; j++) needs.push(found[j]);
  }
  // One need per feature and place.
  const seen = new Set<string>();
  return needs.filter((n) => {
    const key = needKeyOf(n).place;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
});
