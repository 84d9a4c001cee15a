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
