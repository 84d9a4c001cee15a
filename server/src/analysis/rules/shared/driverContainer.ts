/**
 * Driver containers: an image whose CMD/ENTRYPOINT installs or loads kernel modules into the host's
 * running kernel from a privileged container (the NVIDIA driver container's `nvidia-driver init`).
 * There, modules installed for the host's kernel release at build time (the precompiled variant's
 * kmod-nvidia package) and the module index written for that release are what modprobe reads at
 * start: the pattern works, it is not dead weight. The knowledge table names the entry points
 * (facility 'gpu-driver-container' in knowledge/hostFacilities.ts, with its source).
 */
import { commandTriggers } from '../../../knowledge/hostFacilities';
import { subMatches, triggerMatches } from './commandTriggerMatch';
import type { ShellCommand } from '../../shell/types';
import { perCommand, perDocument, type DocumentContext } from './memo';

const DRIVER_CONTAINER_STARTS = commandTriggers.filter((t) => t.facility === 'gpu-driver-container');

/**
 * Whether a command starts a driver container's module loader (matched as host-facility-required matches the same
 * rows). Per command object: it keeps its object and words while its instruction neither changes nor moves.
 */
const startsDriverContainer = perCommand((c: ShellCommand, _key: 0): boolean => {
  if (c.phase !== 'start') return false;
  const args = c.args.map((a) => a.value ?? a.raw);
  return DRIVER_CONTAINER_STARTS.some((t) => triggerMatches(t, c.name) && subMatches(t, args));
});

/** Indexes of stages whose own CMD/ENTRYPOINT starts a driver container's module loader. */
const driverContainerStages = perDocument((ctx: DocumentContext): ReadonlySet<number> => {
  const out = new Set<number>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start' || !startsDriverContainer(c, 0)) continue;
    const stage = ctx.stageAt(c.block.startLine);
    if (stage) out.add(stage.index);
  }
  return out;
});

/** The stage holding `line` starts as a driver container (its modules are loaded into the host's kernel by design). */
export function isDriverContainerAt(ctx: DocumentContext, line: number): boolean {
  const stage = ctx.stageAt(line);
  return stage !== undefined && driverContainerStages(ctx).has(stage.index);
}

/** The host's module tree at a host mount point: `$HOST_ROOT/lib/modules`, `${HOST}/usr/lib/modules`, `/host/lib/modules`. */
const HOST_MODULE_TREE = /^(\$\{?[A-Za-z_]*HOST[A-Za-z_]*\}?|\/host)\/(usr\/)?lib\/modules\/?$/;
const LIB_MODULES = /^\/(usr\/)?lib\/modules\/?$/;

/**
 * Stages (their chain included) whose RUN steps replace the image's /lib/modules with a link to the host's tree mounted
 * into the container (`ln -s $HOST_ROOT/lib/modules /lib/modules`, with `-v /lib/modules:/host/lib/modules`): a module
 * builder there (DKMS) runs at start against the host kernel's tree, so it builds for the kernel the container runs on
 * (falcosecurity/falco docker/driver-loader/Dockerfile, whose usage label mounts /lib/modules and /usr from the host).
 */
const hostModuleTreeStages = perDocument((ctx: DocumentContext): ReadonlySet<number> => {
  const own = new Set<number>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || c.name !== 'ln') continue;
    const operands = c.args.filter((a) => !a.raw.startsWith('-')).map((a) => (a.value ?? a.raw).replace(/^(["'])(.*)\1$/, '$2'));
    if (operands.length !== 2 || !HOST_MODULE_TREE.test(operands[0]) || !LIB_MODULES.test(operands[1])) continue;
    const stage = ctx.stageAt(c.block.startLine);
    if (stage) own.add(stage.index);
  }
  const out = new Set<number>();
  if (own.size === 0) return out;
  for (const s of ctx.stages) if (own.has(s.index) || s.chain.some((i) => own.has(i))) out.add(s.index);
  return out;
});

/** The stage holding `line` links /lib/modules to the host's module tree mounted into the container. */
export function linksHostModuleTreeAt(ctx: DocumentContext, line: number): boolean {
  const stage = ctx.stageAt(line);
  return stage !== undefined && hostModuleTreeStages(ctx).has(stage.index);
}
