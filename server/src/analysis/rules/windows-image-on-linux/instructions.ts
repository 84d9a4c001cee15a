/**
 * Windows-only instructions in RUN: Windows Server feature cmdlets, DISM, MSI installs, the
 * registry, IIS and service tools (and, outside RUN, the forms in WINDOWS_ONLY_FORMS). They only run
 * in a Windows container, i.e. on a Windows host's kernel, so they say the stage is a Windows image even when its base image is not known (a private base, an unknown tag).
 * RUN text of a Windows stage is PowerShell or cmd, not sh, so tokens are found in the instruction
 * text (comment lines skipped), as whole words. PowerShell cmdlets that also run in pwsh on Linux
 * (Install-Module, Expand-Archive, Invoke-WebRequest) are deliberately not in the list.
 */
import type { Finding, Range } from '../../types';
import type { HoverNote, RuleContext } from '../types';
import type { StageInfo } from '../../stages';
import type { InstructionBlock } from '../../document';
import type { ShellCommand } from '../../shell/types';
import { perDocument, type DocumentContext } from '../shared/memo';
import { resolveWord } from '../shared/stage';
import { microsoftWindowsRepository } from './tagged';
import { mayMatch, needleGate, regexNeedles, type RegexNeedles } from '../shared/regexNeedles';

/** Windows-only commands; each pattern matches the token to put the hover/finding on. */
export const WINDOWS_ONLY: readonly WindowsPattern[] = [
  { re: /\b(Install|Add|Uninstall|Remove|Get)-WindowsFeature\b/gi, what: 'a Windows Server feature cmdlet (ServerManager module)' },
  { re: /\b(Enable|Disable)-WindowsOptionalFeature\b/gi, what: 'a Windows optional-feature cmdlet (DISM module)' },
  { re: /\b(Add|Remove)-WindowsCapability\b/gi, what: 'a Windows capability cmdlet (DISM module)' },
  { re: /\bdism(\.exe)?(?=\s+\/(online|image|enable-feature|add-package))/gi, what: 'DISM, the Windows image servicing tool' },
  { re: /\bmsiexec(\.exe)?\b/gi, what: 'the Windows Installer (MSI)' },
  { re: /\bsetx(\.exe)?(?=\s)/gi, what: 'setx, which writes Windows environment variables to the registry' },
  { re: /\breg(\.exe)?(?=\s+(add|delete|import)\s+["']?HK)/gi, what: 'reg.exe, the Windows registry tool', needle: 'hk' },
  { re: /\bHK(LM|CU):(?=[\\/])/gi, what: 'a Windows registry path (PowerShell registry drive)' },
  { re: /\bchoco(latey)?(?=\s+(install|upgrade)\b)/gi, what: 'Chocolatey, a Windows package manager' },
  { re: /\bInstall-WindowsUpdate\b|\bwinget(\.exe)?(?=\s+install\b)/gi, what: 'a Windows package/update tool' },
  // learn.microsoft.com/dotnet/framework/tools/ngen-exe-native-image-generator: a .NET Framework tool, Windows only.
  // Ngen and AppCmd are run by path (`%windir%\\system32\\inetsrv\\appcmd`): the token spans the path, where a hover lands.
  {
    re: /(?<![^\s"'&;|(])(?:[^\s"'&;|(]*[\\/])?ngen(\.exe)?(?=\s+(install|update|uninstall|queue|executeQueuedItems)\b)/gi,
    what: 'Ngen.exe, the .NET Framework native image generator',
    needle: 'ngen',
  },
  // learn.microsoft.com/iis/get-started/getting-started-with-iis/getting-started-with-appcmdexe; IIS is a Windows Server role.
  {
    re: /(?<![^\s"'&;|(])(?:[^\s"'&;|(]*[\\/])?appcmd(\.exe)?(?=\s+(set|add|delete|list|start|stop|install|unlock|lock)\b)/gi,
    what: 'AppCmd.exe, the IIS configuration tool',
    needle: 'appcmd',
  },
  {
    re: /\bNew-WebSite\b|(?<=\bImport-Module\s+["']?)(WebAdministration|IISAdministration)\b/gi,
    what: 'an IIS administration cmdlet (IIS runs only on Windows)',
  },
  // learn.microsoft.com/powershell/module/microsoft.powershell.management/set-service: "only available on the Windows platform".
  { re: /\b(Get|Set|New|Start|Stop|Restart)-Service\b/gi, what: 'a Windows service cmdlet (the Service Control Manager)' },
  // learn.microsoft.com/dotnet/api/system.environment.setenvironmentvariable: the Machine target is the registry, Windows only
  // (on Unix the call does nothing); docker-library's Windows images set PATH this way.
  { re: /\[(System\.)?EnvironmentVariableTarget\]::Machine\b/gi, what: "a machine-wide environment variable (the Windows registry's)" },
  // net.exe and sc.exe in their Windows syntax (`/add`, `start= auto`): Samba's `net` and other `sc` programs take neither.
  {
    re: /\bnet(\.exe)?(?=\s+(user|localgroup)\b[^\n]*\s\/(add|delete|expire|passwordreq)\b)/gi,
    what: 'net.exe, which manages Windows local accounts',
  },
  {
    re: /\bsc(\.exe)?(?=\s+(config|create)\s+\S+\s+(start|binpath|obj|depend)=)/gi,
    what: 'sc.exe, the Windows Service Control Manager tool',
  },
  // learn.microsoft.com/powershell/module/microsoft.powershell.localaccounts: local accounts of the Windows SAM, a Windows PowerShell 5.1 module.
  {
    re: /\b(New|Get|Set|Remove|Enable|Disable|Rename)-Local(User|Group)\b|\b(Add|Get|Remove)-LocalGroupMember\b/gi,
    what: 'a Windows local-account cmdlet (Microsoft.PowerShell.LocalAccounts)',
  },
  // A program run from a drive-letter path (`C:/ProgramData/Jenkins/jenkins-plugin-cli.ps1`, `& 'C:/Program Files/…/gpg.exe'`),
  // or such a path given to a PowerShell cmdlet: drive letters exist only on Windows (learn.microsoft.com/dotnet/standard/io/file-path-formats,
  // "Traditional DOS paths"; PowerShell on Linux has no C: drive, learn.microsoft.com/powershell/scripting/whats-new/unix-support).
  // In an sh-parsed RUN only a program or a cmdlet's argument counts, so Wine's `wine C:/…` stays silent.
  // `drive`: also read, as a hint only, where sh would make a directory or write a file there (DRIVE_HINT).
  { re: /(?<![^\s"'&;|(])[A-Za-z]:[\\/][^\s"';|&)]*/g, what: 'a Windows drive-letter path', drive: true },
];

/**
 * A pattern of a Windows-only token. `hint`: explained on hover, never reported — the token is Windows-like but a
 * Linux image may carry it too (see DRIVE_HINT).
 */
interface WindowsPattern {
  re: RegExp;
  what: string;
  drive?: boolean;
  hint?: boolean;
  /**
   * Lower-case text every match contains (the pattern is case-insensitive): a line without it is not scanned. Where
   * the needle read from the pattern itself (patternNeedles) would be a common word (`reg`): skipping a line
   * never changes the matches, since every match contains it.
   */
  needle?: string;
}

/** Each pattern's prefilter: its `needle`, else the needles read from its source (shared/regexNeedles.ts). */
const needleMemo = new WeakMap<WindowsPattern, RegexNeedles | undefined>();
export function patternNeedles(p: WindowsPattern): RegexNeedles | undefined {
  if (needleMemo.has(p)) return needleMemo.get(p);
  const n = p.needle !== undefined ? { needles: [p.needle], lower: true } : regexNeedles(p.re);
  needleMemo.set(p, n);
  return n;
}

/** One regex over the needles of a list of patterns (shared/regexNeedles.ts): a line it finds nothing in matches none. */
const gateMemo = new WeakMap<readonly WindowsPattern[], RegExp | undefined>();
function patternsGate(patterns: readonly WindowsPattern[]): RegExp | undefined {
  if (gateMemo.has(patterns)) return gateMemo.get(patterns);
  const gate = needleGate(patterns.map(patternNeedles));
  gateMemo.set(patterns, gate);
  return gate;
}

/**
 * A drive-letter path as an environment value, a directory made or a file written (`ENV JENKINS_WAR=C:/…`,
 * `mkdir C:/ProgramData/…`, `echo $null >> C:/…`): on Linux such a path is only a relative name with a colon, so it
 * says the stage is meant for Windows; but Wine images set Windows paths for the programs they run (WINEPATH,
 * `C:\\Python27`), so these are hints: a hover, never a finding, and none in a document that names Wine at all.
 */
const DRIVE_HINT = "a Windows drive-letter path (drive letters exist only on Windows; a Wine image's paths look the same)";

/** An exec-form ENTRYPOINT/CMD whose program is a drive-letter path, `cmd /c|/k|/s`, or Windows PowerShell. */
function execFormCommand(keyword: 'ENTRYPOINT' | 'CMD'): readonly WindowsPattern[] {
  const exec = `(?<=^\\s*${keyword}\\s+\\[\\s*")`;
  return [
    {
      re: new RegExp(`${exec}([A-Za-z]:(\\\\\\\\|\\/)[^"]*|cmd(\\.exe)?(?="\\s*,\\s*"\\/[cks]"))`, 'gi'),
      what: 'a Windows program (a drive-letter path or cmd) as the command',
    },
    { re: new RegExp(`${exec}powershell(\\.exe)?(?=")`, 'gi'), what: 'Windows PowerShell as the command' },
  ];
}

/**
 * Windows-only forms outside RUN: Windows PowerShell or cmd as the SHELL, the built-in accounts of
 * Microsoft's base images, a PATH of drive-letter directories, and an exec-form command whose program
 * is a drive-letter path or cmd. Only the instruction's own syntax is read (exec-form JSON, USER's
 * name), never free text. `pwsh` is deliberately absent: PowerShell 7 runs on Linux too.
 * Sources: learn.microsoft.com/virtualization/windowscontainers/manage-containers/container-base-images
 * (Server Core and Nano Server run as ContainerAdministrator / ContainerUser); Dockerfile reference,
 * SHELL ("particularly useful on Windows where there are two commonly used and quite different native
 * shells: cmd and powershell").
 */
export const WINDOWS_ONLY_FORMS: Readonly<Record<string, readonly WindowsPattern[]>> = {
  SHELL: [{ re: /(?<=^\s*SHELL\s+\[\s*")(powershell|cmd)(\.exe)?(?=")/gi, what: 'Windows PowerShell or cmd as the shell' }],
  // Microsoft spells ContainerUser so; a Linux image may create its own `containeruser`, so only that account is case-sensitive.
  USER: [
    { re: /(?<=^\s*USER\s+)ContainerUser\b/g, what: 'a built-in account of the Windows base images' },
    { re: /(?<=^\s*USER\s+)ContainerAdministrator\b/gi, what: 'a built-in account of the Windows base images' },
  ],
  ENV: [
    { re: /(?<=^\s*ENV\s+PATH[=\s].*)\b[A-Za-z]:\\/g, what: 'a Windows drive-letter directory on PATH' },
    // Any other variable (not Wine's own) whose value starts with a drive letter: a hint (DRIVE_HINT).
    { re: /(?<=^\s*ENV\s+(?!PATH[=\s]|WINE)[A-Za-z_]\w*(?:=|\s+)["']?)[A-Za-z]:[\\/][^\s"']*/g, what: DRIVE_HINT, hint: true },
  ],
  // A build argument whose default is a drive-letter path (jenkinsci/docker's `ARG JAVA_HOME="C:/openjdk-21"`): a hint.
  ARG: [{ re: /(?<=^\s*ARG\s+(?!WINE)[A-Za-z_]\w*=["']?)[A-Za-z]:[\\/][^\s"']*/g, what: DRIVE_HINT, hint: true }],
  ENTRYPOINT: execFormCommand('ENTRYPOINT'),
  CMD: execFormCommand('CMD'),
  // A drive-letter working directory or copy destination: the path exists only in a Windows image's filesystem
  // (a Linux WORKDIR or COPY destination is an absolute path or one relative to the WORKDIR, never `C:`).
  WORKDIR: [{ re: /(?<=^\s*WORKDIR\s+["']?)[A-Za-z]:[\\/][^\s"']*/g, what: 'a Windows drive-letter directory as the working directory' }],
  COPY: [{ re: /(?<=^\s*COPY\s.*\s["']?)[A-Za-z]:[\\/][^\s"']*(?=["']?\s*$)/g, what: 'a Windows drive-letter path as the destination' }],
  ADD: [{ re: /(?<=^\s*ADD\s.*\s["']?)[A-Za-z]:[\\/][^\s"']*(?=["']?\s*$)/g, what: 'a Windows drive-letter path as the destination' }],
};

export interface WindowsInstruction {
  range: Range;
  token: string;
  what: string;
  stage: StageInfo | undefined;
  /** Explained on hover, never reported (WindowsPattern.hint). */
  hint?: boolean;
}

const WINDOWS_SHELLS = /^(powershell|pwsh|cmd)(\.exe)?$/i;
/** PowerShell's approved-verb cmdlet names as sh reads them: `Start-Process`, `Set-ItemProperty`. */
const POWERSHELL_CMDLET = /^(Get|Set|New|Start|Stop|Add|Remove|Copy|Move|Invoke|Import|Install|Enable|Disable)-[A-Z][A-Za-z]+$/i;

function inside(r: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, r.start) && before(r.end, outer.end);
}

/**
 * The RUN commands of each block that was parsed as sh (a Linux stage), by the block's first line: a
 * model built again from the text keeps an unchanged instruction's commands from the block cache,
 * and those still name the previous model's block object.
 */
function runCommandsByLine(ctx: DocumentContext): Map<number, ShellCommand[]> {
  const byLine = new Map<number, ShellCommand[]>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.instruction !== 'RUN') continue;
    let list = byLine.get(c.block.startLine);
    if (!list) byLine.set(c.block.startLine, (list = []));
    list.push(c);
  }
  return byLine;
}

/**
 * Where a RUN was parsed as sh (a Linux stage), a token counts only as the program of a command
 * (`msiexec …`) or inside the arguments of powershell/pwsh/cmd — never in echo text or other
 * arguments. RUN of a Windows stage (cmd or PowerShell, not parsed as sh) is read as text.
 */
function shellPositions(commands: readonly ShellCommand[]): { strong: Range[]; hint: Range[] } {
  const strong: Range[] = [];
  const hint: Range[] = [];
  for (const c of commands) {
    strong.push(c.nameWord.range);
    // A PowerShell cmdlet (Verb-Noun) as the program means the text is PowerShell, whatever the parse.
    if (WINDOWS_SHELLS.test(c.name) || POWERSHELL_CMDLET.test(c.name)) for (const a of c.args) strong.push(a.range);
    // Where sh makes a directory or writes a file: a drive-letter path there is a hint (DRIVE_HINT).
    if (c.name === 'mkdir') for (const a of c.args) hint.push(a.range);
    for (const r of c.redirects) if (r.op.includes('>')) hint.push(r.target.range);
  }
  return { strong, hint };
}

type BlockMatch = Omit<WindowsInstruction, 'stage'>;

/**
 * One RUN block's tokens, in the order the scan finds them (line, then pattern). They depend on the
 * block's lines and on its sh commands only, so they are kept per block object (unchanged and
 * unmoved across edits) with the commands they were found with: a keystroke rescans the edited RUN,
 * not every line of the file.
 */
const matchMemo = new WeakMap<InstructionBlock, { commands: readonly ShellCommand[] | undefined; matches: readonly BlockMatch[] }>();

function sameCommands(a: readonly ShellCommand[] | undefined, b: readonly ShellCommand[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function blockMatches(
  lines: readonly string[],
  block: InstructionBlock,
  commands: readonly ShellCommand[] | undefined,
): readonly BlockMatch[] {
  const hit = matchMemo.get(block);
  if (hit && sameCommands(hit.commands, commands)) return hit.matches;
  // The command positions are needed only once a pattern matches: almost no line matches any.
  let shPositions: ReturnType<typeof shellPositions> | undefined;
  const matches: BlockMatch[] = [];
  for (let l = block.startLine; l < block.startLine + block.lineCount; l++) {
    const text = lines[l] ?? '';
    if (/^\s*#/.test(text) || text.length > 4096) continue;
    const patterns = block.parsed.keyword === 'RUN' ? WINDOWS_ONLY : (WINDOWS_ONLY_FORMS[block.parsed.keyword] ?? []);
    if (l > block.startLine && block.parsed.keyword !== 'RUN') break;
    // Indexed: every pattern on every RUN line, where a for-of allocates an iterator result per
    // pattern in code V8 has not optimised yet (the first document opened). A pattern is tried only on a line
    // holding one of its needles: most RUN lines hold none (one regex over them all says so).
    const gate = patternsGate(patterns);
    if (gate && !gate.test(text)) continue;
    let lower: string | undefined; // the line lower-cased, for the case-insensitive patterns' needles
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i];
      if (!mayMatch(patternNeedles(p), text, p.re.ignoreCase ? (lower ??= text.toLowerCase()) : undefined)) continue;
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(text))) {
        const range: Range = { start: { line: l, character: m.index }, end: { line: l, character: m.index + m[0].length } };
        let hint = p.hint === true;
        if (commands) shPositions ??= shellPositions(commands);
        if (shPositions && !shPositions.strong.some((r) => inside(range, r))) {
          if (!p.drive || !shPositions.hint.some((r) => inside(range, r))) continue;
          hint = true;
        }
        matches.push({
          range: { start: { line: l, character: m.index }, end: { line: l, character: m.index + m[0].length } },
          token: m[0],
          what: hint ? DRIVE_HINT : p.what,
          ...(hint ? { hint } : {}),
        });
      }
    }
  }
  matchMemo.set(block, { commands, matches });
  return matches;
}

const windowsInstructions = perDocument((ctx: DocumentContext): readonly WindowsInstruction[] => {
  const out: WindowsInstruction[] = [];
  const commands = runCommandsByLine(ctx);
  let wine: boolean | undefined; // read once, only when a hint is found
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const keyword = block.parsed.keyword;
    if (keyword !== 'RUN' && !WINDOWS_ONLY_FORMS[keyword]) continue;
    for (const m of blockMatches(ctx.model.lines, block, keyword === 'RUN' ? commands.get(block.startLine) : undefined)) {
      if (m.hint && (wine ??= ctx.model.lines.some((l) => /wine/i.test(l)))) continue;
      out.push({ range: m.range, token: m.token, what: m.what, stage: ctx.stageAt(block.startLine), ...(m.hint ? { hint: true } : {}) });
      if (out.length > 1000) return out;
    }
    if (keyword === 'ENV') {
      const h = driveThroughVariable(ctx, block);
      if (h && !(wine ??= ctx.model.lines.some((l) => /wine/i.test(l)))) out.push(h);
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
});

/** `ENV JAVA_HOME=${JAVA_HOME}`: one variable set from another, written whole. */
const ENV_FROM_VARIABLE = /^(\s*ENV\s+(?!PATH[=\s]|WINE)[A-Za-z_]\w*(?:=|\s+))(["']?)(\$\{?[A-Za-z_]\w*\}?)\2\s*$/;

/**
 * An ENV value taken whole from a variable whose ARG/ENV default is a drive-letter path (jenkinsci/docker's
 * `ARG JAVA_HOME="C:/openjdk-21"` then `ENV JAVA_HOME=${JAVA_HOME}`): the same hint as the path written out.
 */
function driveThroughVariable(ctx: DocumentContext, block: InstructionBlock): WindowsInstruction | undefined {
  if (block.lineCount !== 1) return undefined;
  const text = ctx.model.lines[block.startLine] ?? '';
  const m = ENV_FROM_VARIABLE.exec(text);
  if (!m) return undefined;
  const value = resolveWord(ctx, block.startLine, m[3]);
  if (value === undefined || !/^[A-Za-z]:[\\/]/.test(value)) return undefined;
  const start = m[1].length + m[2].length;
  return {
    range: { start: { line: block.startLine, character: start }, end: { line: block.startLine, character: start + m[3].length } },
    token: m[3],
    what: `${DRIVE_HINT}: ${value}`,
    stage: ctx.stageAt(block.startLine),
    hint: true,
  };
}

const WINDOWS_NAME =
  /(^|\/)(windows\/|nanoserver|servercore|windowsservercore)|mcr\.microsoft\.com\/(windows|powershell:.*(nanoserver|windowsservercore))|windowsservercore|nanoserver|:(.*[-_.])?(ltsc20(16|19|22|25)|windows-1809)([-_.]|$)/i;

/** The stage's base is already known (or named) as Windows: the FROM finding says it all. */
function baseIsWindows(stage: StageInfo | undefined): boolean {
  if (!stage) return false;
  const root = stage.root;
  if (root.kind === 'image' && root.lookup.kind === 'known' && root.lookup.identity.release.os === 'windows') return true;
  const text = stage.substitution.text ?? stage.imageText;
  return WINDOWS_NAME.test(text) || microsoftWindowsRepository(text) !== undefined;
}

/**
 * The stage's base is a known Linux image: on a Linux target the host pulls that Linux userland, so a Windows-only
 * token there (an ERB template's Windows branch after a Linux FROM) fails as a missing program, not for want of a
 * Windows kernel; the stage is no Windows image, and saying so would be a wrong fact. The hover note stays.
 */
function baseIsKnownLinux(stage: StageInfo | undefined): boolean {
  const root = stage?.root;
  return root?.kind === 'image' && root.lookup.kind === 'known' && root.lookup.identity.release.os === 'linux';
}

/** One finding per stage on a Linux target: its first Windows-only instruction, when the base is not known as Windows or as Linux. */
export function windowsInstructionFindings(ctx: RuleContext, hostOs: 'linux' | 'windows' | undefined, ruleId: string): Finding[] {
  if (hostOs !== 'linux') return [];
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const w of windowsInstructions(ctx)) {
    const index = w.stage?.index ?? -1;
    if (w.hint || seen.has(index) || baseIsWindows(w.stage) || baseIsKnownLinux(w.stage)) continue;
    seen.add(index);
    out.push({
      ruleId,
      severity: 'error',
      range: w.range,
      message: `\`${w.token}\` runs only in a Windows container, and the target is Linux. This stage is a Windows image: it is ${w.what}; a container always runs on the host's kernel, and a Windows image needs a Windows host (with a matching Windows build for process isolation). Build and run it on a Windows host, or use Linux equivalents.`,
      related: w.stage?.imageRange
        ? [{ range: w.stage.imageRange, message: 'The base image of this stage: Windows-only instructions make it a Windows image.' }]
        : [],
      fixes: [],
    });
  }
  return out;
}

export function windowsInstructionNotes(ctx: RuleContext, hostOs: 'linux' | 'windows' | undefined): HoverNote[] {
  const verdict =
    hostOs === 'linux'
      ? '✗ the target is Linux: a Windows image cannot run there'
      : hostOs === 'windows'
        ? '✓ the target is a Windows host'
        : "the target's OS is unknown";
  return windowsInstructions(ctx).map((w) => ({
    range: w.range,
    markdown: w.hint
      ? `**${w.token}**: ${w.what}. The stage looks meant for a Windows container, which runs only on a Windows host's kernel; not reported, since a Linux image may name such a path for Wine. Target: ${verdict}.`
      : `**${w.token}**: ${w.what}. It only runs in a Windows container, on a Windows host's kernel (process isolation needs the host's Windows build to match the image's; otherwise Hyper-V isolation). Target: ${verdict}.`,
  }));
}
