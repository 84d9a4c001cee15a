/**
 * `FROM --platform=windows/amd64 <image>`: the flag asks for the Windows build of the image, whatever the image is
 * (`golang:1.21` has Windows builds in its manifest list, `node:16` has none). Either way the stage is a Windows
 * container, which only a Windows host runs; on a Linux host the pull finds no such build or the container cannot
 * start. Stages already reported as Windows by their image (knowledge base, tag, repository) are left to those checks.
 */
import type { Finding } from '../../types';
import type { HoverNote, RuleContext } from '../types';
import type { StageInfo } from '../../stages';
import { targetRelated } from '../shared/baseImage';
import { windowsContainerCompatibility as compat } from '../../../knowledge/runtimeFacts';

/**
 * The OCI platform's OS comes first (`os/arch[/variant]`); containerd matches an image index entry only when its
 * os equals the requested one. Source: containerd/platforms platforms.go (Parse: "<os>/<arch>[/<variant>]",
 * a lone OS keeps the default architecture); opencontainers/image-spec image-index.md (platform.os "windows").
 */
const PLATFORM_SOURCE =
  'containerd/platforms platforms.go Parse ("<os>|<arch>|<os>/<arch>[/<variant>]"); opencontainers/image-spec image-index.md (platform `os` values as Go\'s GOOS: "linux", "windows")';

/** Stages whose literal --platform names the Windows OS and whose image is not otherwise known to be Windows. */
export function windowsPlatformStages(ctx: RuleContext, windowsByImage: ReadonlySet<number>): StageInfo[] {
  return ctx.stages.filter((stage) => {
    const p = stage.platform;
    if (!p || p.resolved === undefined || p.resolved.includes('$') || windowsByImage.has(stage.index)) return false;
    return p.resolved.trim().toLowerCase().split('/')[0] === 'windows';
  });
}

export function windowsPlatformFindings(ctx: RuleContext, stages: readonly StageInfo[], ruleId: string): Finding[] {
  return stages.map((stage) => ({
    ruleId,
    severity: 'warning',
    range: stage.platform!.range,
    message:
      `\`--platform=${stage.platform!.resolved}\` asks for a Windows build of the image: the Linux target cannot run it. ` +
      `Windows containers need the Windows kernel and a container always runs on the host's kernel: build and run this stage on a Windows host, or ask for linux/<arch>.`,
    related: [targetRelated(ctx.target)],
    fixes: [],
  }));
}

export function windowsPlatformNotes(stages: readonly StageInfo[], hostOs: 'linux' | 'windows' | undefined): HoverNote[] {
  const verdict =
    hostOs === 'linux' ? '✗ the target is Linux' : hostOs === 'windows' ? '✓ the target is a Windows host' : "the target's OS is unknown";
  return stages.map((stage) => ({
    range: stage.platform!.range,
    markdown:
      `\`--platform=${stage.platform!.resolved}\` pulls the image's Windows build: a Windows container, which needs the Windows kernel, so only a ` +
      `Windows host runs it (process isolation needs the host's Windows build to match the image's; otherwise ${compat.hyperVFlag}). ` +
      `Target: ${verdict}.\n\nSource: ${PLATFORM_SOURCE}; ${compat.source}`,
  }));
}
