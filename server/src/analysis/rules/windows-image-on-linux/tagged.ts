/**
 * Base images the knowledge base does not know whose tag names the Windows base they are built on:
 * `jenkins/inbound-agent:4.7-1-jdk8-nanoserver-1809`, `…-windowsservercore-ltsc2019`,
 * `plugins/base:windows-1809`, `embarkstudios/scoop:ltsc2019`. Publishers tag their Windows builds
 * after the Microsoft base image they start from (Server Core / Nano Server, and the Windows release:
 * LTSC 2016/2019/2022/2025 or the semi-annual 1709 … 20H2); only the tag is read, never the
 * repository name (`dockcross/windows-static-x64` is a Linux image that cross-compiles for Windows).
 *
 * A tag set by an ARG without a default (`FROM mcr.microsoft.com/windows/servercore:${CORE_BASE_TAG}`) is
 * unknown until the build, but such a reference is still Windows when its repository alone says so
 * (every mcr.microsoft.com/windows/* image) or when the literal parts of its tag name a Windows base
 * (`jenkins/agent:${VERSION}-nanoserver-${WINDOWS}`).
 */
import type { Finding } from '../../types';
import type { HoverNote, RuleContext } from '../types';
import { removeDoubleQuotes, type StageInfo } from '../../stages';
import { targetRelated } from '../shared/baseImage';
import { perDocument, type DocumentContext } from '../shared/memo';
import { parseImageRef } from '../../imageRef';
import { lookupImage } from '../../../knowledge/images';

/** Where the tag convention is documented. */
const WINDOWS_TAG_SOURCE =
  'https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-containers/container-base-images (Server Core and Nano Server base images, tagged by Windows release: ltsc2019, ltsc2022, 1809, …); jenkinsci/docker-agent @ 17ef7c55 windows/nanoserver-1809/Dockerfile (its nanoserver-1809 image is built FROM mcr.microsoft.com/powershell:nanoserver-* and eclipse-temurin:…-windowsservercore-1809); docker-library images tag their Windows builds -nanoserver-<release> / -windowsservercore-<release>';

/** A tag token that names a Windows base image or a Windows Server release (tokens split at '-', '_', '.'). */
const WINDOWS_TAG =
  /(?:^|[-_.])(nanoserver|windowsservercore|servercore|windows-(?:ltsc20(?:16|19|22|25)|1709|1803|1809|1903|1909|2004|20h2)|ltsc20(?:16|19|22|25))(?=$|[-_.])/i;

interface WindowsTaggedStage {
  stage: StageInfo;
  tag: string;
  token: string;
  /** The repository that is Windows whatever the tag (an unresolved tag). */
  repository?: string;
  /** Windows by the name of a Microsoft repository the knowledge base does not list. */
  named?: boolean;
}

/** Stages whose base image is not known and whose tag names a Windows base. */
const windowsTaggedStages = perDocument((ctx: DocumentContext): readonly WindowsTaggedStage[] => {
  const out: WindowsTaggedStage[] = [];
  for (const stage of ctx.stages) {
    const base = stage.base;
    if (base.kind === 'unresolved' && stage.imageRange) {
      const unresolved = unresolvedWindowsStage(stage);
      if (unresolved) out.push(unresolved);
      continue;
    }
    if (base.kind !== 'image' || base.lookup.kind === 'known' || !stage.imageRange) continue;
    const tag = base.ref.tag;
    const m = tag ? WINDOWS_TAG.exec(tag) : null;
    if (tag && m) out.push({ stage, tag, token: m[1] });
    else {
      const repository = microsoftWindowsRepository(removeDoubleQuotes(stage.imageText));
      if (repository) out.push({ stage, tag: tag ?? 'latest', token: repository, repository, named: true });
    }
  }
  return out;
});

/**
 * Microsoft's own Windows repositories that the knowledge base does not list: the retired and insider
 * names (`mcr.microsoft.com/windows-insider`, `…/nanoserver-insider`, `…/windowsservercore-insider`),
 * .NET Framework (`mcr.microsoft.com/dotnet/framework/*`) and Docker Hub's `microsoft/iis`,
 * `microsoft/mssql-server-windows-*`, `microsoft/dotnet-framework` and its `microsoft/dotnet-framework-samples`. Only Microsoft's namespaces are read,
 * and only their first name (never `mcr.microsoft.com/oss/…`, which holds Linux images for Windows
 * nodes). Sources: microsoft/iis-docker (every Dockerfile FROM windows/servercore), microsoft/mssql-docker
 * windows/ (FROM windowsservercore), microsoft/dotnet-framework-docker src/ (FROM windows/servercore) and its README
 * ("microsoft/dotnet-framework-samples for .NET Framework sample images", built from its samples/ on those images),
 * learn.microsoft.com/virtualization/windowscontainers/manage-containers/container-base-images (insider images).
 */
const MICROSOFT_WINDOWS_REPOSITORY =
  /^(?:mcr\.microsoft\.com\/(?:(?:windows|nanoserver|servercore|windowsservercore)(?:-insider)?|dotnet\/framework\/[^/:@]+)|(?:docker\.io\/)?microsoft\/(?:iis|dotnet-framework(?:-samples)?|nanoserver|windowsservercore|mssql-server-windows(?:-[a-z]+)?))(?=[:@]|$)/i;

export function microsoftWindowsRepository(imageText: string): string | undefined {
  return MICROSOFT_WINDOWS_REPOSITORY.exec(imageText)?.[0];
}

/** `${VAR}` and `$VAR`: what an ARG without a default leaves unknown. */
const VARIABLE = /\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

/** The tag's colon: the last `:` after the last `/`, outside `${…}` (whose `:-` is not one); -1 without a tag. */
function tagColon(text: string): number {
  let depth = 0;
  let colon = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) depth--;
    else if (depth === 0 && c === ':') colon = i;
    else if (depth === 0 && c === '/') colon = -1;
  }
  return colon;
}

/** A FROM whose tag is an unresolved variable, Windows by its repository or by the literal parts of its tag. */
function unresolvedWindowsStage(stage: StageInfo): WindowsTaggedStage | undefined {
  const text = removeDoubleQuotes(stage.imageText);
  const colon = tagColon(text);
  if (colon < 0) return undefined;
  const repository = text.slice(0, colon);
  const tag = text.slice(colon + 1);
  if (!repository.includes('$') && !repository.includes('@')) {
    // A reference by digest alone resolves only where the repository decides the release (resolve.ts):
    // exactly the question asked here, whatever the tag will be.
    const parsed = parseImageRef(`${repository}@sha256:${'0'.repeat(64)}`);
    const found = parsed.ok ? lookupImage(parsed.ref) : undefined;
    if (found?.kind === 'known' && found.identity.release.os === 'windows') return { stage, tag, token: repository, repository };
  }
  const m = WINDOWS_TAG.exec(tag.replace(VARIABLE, '-'));
  return m ? { stage, tag, token: m[1] } : undefined;
}

function describe(s: WindowsTaggedStage): string {
  if (s.repository && s.named)
    return `\`${s.repository}\` holds only Microsoft's Windows images: this is a Windows image, which needs the Windows kernel`;
  if (s.repository)
    return `\`${s.repository}\` holds only Windows images, whatever \`${s.tag}\` will be: this is a Windows image, which needs the Windows kernel`;
  return `The tag \`${s.tag}\` names a Windows base (\`${s.token}\`): this is a Windows image, which needs the Windows kernel`;
}

/** The indexes of the stages this module reports (so other checks do not report them twice). */
export function windowsTaggedStageIndexes(ctx: RuleContext): number[] {
  return windowsTaggedStages(ctx).map((s) => s.stage.index);
}

/** On a Linux target: one warning per such stage (inferred from the tag, so not an error). */
export function windowsTaggedFindings(ctx: RuleContext, hostOs: 'linux' | 'windows' | undefined, ruleId: string): Finding[] {
  if (hostOs !== 'linux') return [];
  return windowsTaggedStages(ctx).map((s) => ({
    ruleId,
    severity: 'warning',
    range: s.stage.imageRange!,
    message:
      s.repository && s.named
        ? // Microsoft's Windows-only repositories have no Linux tag to switch to.
          `\`${s.repository}\` holds only Microsoft's Windows images: the Linux target cannot run them. They need the Windows kernel, and a container always runs on the host's kernel: build and run it on a Windows host (with a matching Windows build for process isolation).`
        : `${describe(s)}; a container always runs on the host's kernel, so the Linux target cannot run it. Build and run it on a Windows host (with a matching Windows build for process isolation), or use a Linux tag of the image.`,
    related: [targetRelated(ctx.target)],
    fixes: [],
  }));
}

export function windowsTaggedNotes(ctx: RuleContext, hostOs: 'linux' | 'windows' | undefined): HoverNote[] {
  const verdict =
    hostOs === 'linux' ? '✗ the target is Linux' : hostOs === 'windows' ? '✓ the target is a Windows host' : "the target's OS is unknown";
  const tagged = windowsTaggedStages(ctx).map((s) => ({
    range: s.stage.imageRange!,
    markdown: `${describe(s)} on the host (process isolation needs the host's Windows build to match the image's; otherwise Hyper-V isolation). Target: ${verdict}.\n\nSource: ${WINDOWS_TAG_SOURCE}`,
  }));
  const seen = new Set(tagged.map((n) => n.range.start.line));
  const named = windowsNamedStages(ctx)
    .filter((s) => !seen.has(s.stage.imageRange!.start.line))
    .map((s) => ({
      range: s.stage.imageRange!,
      markdown:
        `**Named for Windows** (\`${s.name}\`): the knowledge base does not know this image, and its name says Windows. ` +
        "If it is a Windows image, it needs the Windows kernel: a container runs on the host's kernel, so only a Windows host runs it " +
        `(process isolation needs the host's Windows build to match the image's). Target: ${verdict}.\n\n` +
        "Only the name says so: Linux images carry the word too (cross-compilers for Windows, tools for Windows nodes), so this is never reported; the image's own Dockerfile decides.\n\n" +
        `Source: ${WINDOWS_TAG_SOURCE}`,
    }));
  return [...tagged, ...named];
}

/**
 * A repository or tag token that names Windows or its base images (`stefanscherer/node-windows`,
 * `eks-distro-windows-base`, `nanoserverapiscan`, `stefanscherer/xterm:windows`). Hover only: a name is no
 * evidence for a warning, and Linux images carry the word too.
 */
const WINDOWS_NAME_TOKEN = /^(windows|nanoserver\w*|windowsservercore\w*|servercore)$/i;
/** Names of Linux images built for Windows work: dockcross' MinGW cross-compilers (`dockcross/windows-static-x64`, `…-x64-posix`). */
const CROSS_BUILD_TOKEN = /^(dockcross|cross|mingw|mingw32|mingw64|static|shared|posix|wine)$/i;

interface WindowsNamedStage {
  stage: StageInfo;
  name: string;
}

const windowsNamedStages = perDocument((ctx: DocumentContext): readonly WindowsNamedStage[] => {
  const out: WindowsNamedStage[] = [];
  for (const stage of ctx.stages) {
    const base = stage.base;
    if (base.kind !== 'image' || base.lookup.kind === 'known' || !stage.imageRange) continue;
    const text = removeDoubleQuotes(stage.imageText);
    // mcr.microsoft.com/oss/… holds Linux images for Windows nodes (see MICROSOFT_WINDOWS_REPOSITORY).
    if (/^mcr\.microsoft\.com\/oss\//i.test(text)) continue;
    const repository: string = base.ref.path;
    const tokens = [...repository.split('/').flatMap((part) => part.split(/[-_.]+/)), ...(base.ref.tag ?? '').split(/[-_.]+/)];
    if (tokens.some((t) => CROSS_BUILD_TOKEN.test(t)) || !tokens.some((t) => WINDOWS_NAME_TOKEN.test(t))) continue;
    out.push({ stage, name: text });
  }
  return out;
});
