/**
 * Windows-only instructions in RUN: Windows Server feature cmdlets, DISM, MSI installs, the
 * registry. They only run in a Windows container, i.e. on a Windows host's kernel, so they say the
 * stage is a Windows image even when its base image is not known (a private base, an unknown tag).
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

/** Windows-only commands; each pattern matches the token to put the hover/finding on. */
const WINDOWS_ONLY: readonly { re: RegExp; what: string }[] = [
  { re: /\b(Install|Add|Uninstall|Remove|Get)-WindowsFeature\b/gi, what: 'a Windows Server feature cmdlet (ServerManager module)' },
  { re: /\b(Enable|Disable)-WindowsOptionalFeature\b/gi, what: 'a Windows optional-feature cmdlet (DISM module)' },
  { re: /\b(Add|Remove)-WindowsCapability\b/gi, what: 'a Windows capability cmdlet (DISM module)' },
  { re: /\bdism(\.exe)?(?=\s+\/(online|image|enable-feature|add-package))/gi, what: 'DISM, the Windows image servicing tool' },
  { re: /\bmsiexec(\.exe)?\b/gi, what: 'the Windows Installer (MSI)' },
  { re: /\bsetx(\.exe)?(?=\s)/gi, what: 'setx, which writes Windows environment variables to the registry' },
  { re: /\breg(\.exe)?(?=\s+(add|delete|import)\s+["']?HK)/gi, what: 'reg.exe, the Windows registry tool' },
  { re: /\bHK(LM|CU):(?=[\\/])/g, what: 'a Windows registry path (PowerShell registry drive)' },
  { re: /\bchoco(latey)?(?=\s+(install|upgrade)\b)/gi, what: 'Chocolatey, a Windows package manager' },
  { re: /\bInstall-WindowsUpdate\b|\bwinget(\.exe)?(?=\s+install\b)/gi, what: 'a Windows package/update tool' },
];

export interface WindowsInstruction {
  range: Range;
  token: string;
  what: string;
  stage: StageInfo | undefined;
}

const WINDOWS_SHELLS = /^(powershell|pwsh|cmd)(\.exe)?$/i;

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
  for (const c of ctx.commands()) {
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
function shellPositions(commands: readonly ShellCommand[]): Range[] {
  const list: Range[] = [];
  for (const c of commands) {
    list.push(c.nameWord.range);
    if (WINDOWS_SHELLS.test(c.name)) for (const a of c.args) list.push(a.range);
  }
  return list;
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
  const shPositions = commands ? shellPositions(commands) : undefined;
  const matches: BlockMatch[] = [];
  for (let l = block.startLine; l < block.startLine + block.lineCount; l++) {
    const text = lines[l] ?? '';
    if (/^\s*#/.test(text) || text.length > 4096) continue;
    for (const p of WINDOWS_ONLY) {
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(text))) {
        const range: Range = { start: { line: l, character: m.index }, end: { line: l, character: m.index + m[0].length } };
        if (shPositions && !shPositions.some((r) => inside(range, r))) continue;
        matches.push({
          range: { start: { line: l, character: m.index }, end: { line: l, character: m.index + m[0].length } },
          token: m[0],
          what: p.what,
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
  for (const block of ctx.model.instructions) {
    if (block.parsed.keyword !== 'RUN') continue;
    for (const m of blockMatches(ctx.model.lines, block, commands.get(block.startLine))) {
      out.push({ range: m.range, token: m.token, what: m.what, stage: ctx.stageAt(block.startLine) });
      if (out.length > 1000) return out;
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
});

const WINDOWS_NAME =
  /(^|\/)(windows\/|nanoserver|servercore|windowsservercore)|mcr\.microsoft\.com\/(windows|powershell:.*(nanoserver|windowsservercore))|windowsservercore|nanoserver|:(.*[-_.])?(ltsc20(16|19|22|25)|windows-1809)([-_.]|$)/i;

/** The stage's base is already known (or named) as Windows: the FROM finding says it all. */
function baseIsWindows(stage: StageInfo | undefined): boolean {
  if (!stage) return false;
  const root = stage.root;
  if (root.kind === 'image' && root.lookup.kind === 'known' && root.lookup.identity.release.os === 'windows') return true;
  return WINDOWS_NAME.test(stage.substitution.text ?? stage.imageText);
}

/** One finding per stage on a Linux target: its first Windows-only instruction, when the base is not known as Windows. */
export function windowsInstructionFindings(ctx: RuleContext, hostOs: 'linux' | 'windows' | undefined, ruleId: string): Finding[] {
  if (hostOs !== 'linux') return [];
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const w of windowsInstructions(ctx)) {
    const index = w.stage?.index ?? -1;
    if (seen.has(index) || baseIsWindows(w.stage)) continue;
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
    markdown: `**${w.token}**: ${w.what}. It only runs in a Windows container, on a Windows host's kernel (process isolation needs the host's Windows build to match the image's; otherwise Hyper-V isolation). Target: ${verdict}.`,
  }));
}
