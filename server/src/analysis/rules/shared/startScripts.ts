/**
 * Scripts the image runs when a container starts, where the Dockerfile shows their text: a heredoc
 * written to a file by RUN (`cat > /entrypoint.sh <<'EOF'`, `tee`) or by COPY (`COPY <<EOF /start.sh`),
 * when that file is named by the stage's CMD or ENTRYPOINT. Their commands are parsed with the
 * same shell walker as RUN, placed at their lines in the Dockerfile, with phase 'start'. A script
 * written line by line with `echo "…" > /start.sh` / `>> /start.sh` is read too; its words have no
 * line of their own, so they are placed on the CMD/ENTRYPOINT word that runs it.
 * A script COPY'd from the build context (contextScripts.ts) is read when the caller passed its text
 * (`contextFiles`): its commands are placed on the CMD/ENTRYPOINT word that runs it, and
 * `startScriptRelated` points at the script's own line. Without its text nothing is said about it.
 */
import type { InstructionBlock } from '../../document';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { ScriptBuilder } from '../../shell/script';
import { walkScript, type RelCommand } from '../../shell/walk';
import { SH_SHELLS, basename } from '../../shell/wrappers';
import type { Range, RelatedInformation } from '../../types';
import { perDocument, type DocumentContext } from './memo';
import {
  contextScriptRefs,
  mayNameScript,
  MAX_CONTEXT_SCRIPT_CHARS,
  MAX_CONTEXT_SCRIPTS,
  resolveScriptWords,
  scriptWords,
  type ContextScriptRef,
} from './contextScripts';
import {
  listedServiceFiles,
  MAX_SERVICE_FILES,
  serviceSources,
  supervisordCommands,
  systemdCommands,
  type Supervisor,
} from './serviceScripts';

/** Bounds: a script body longer than this, or more scripts than this per file, is not read. */
const MAX_BODY_CHARS = 64 * 1024;
const MAX_SCRIPTS = 64;

interface WrittenScript {
  path: string;
  block: InstructionBlock;
  /** Absolute line of the body's first line and its line count. */
  firstLine: number;
  lineCount: number;
}

/** `<<EOF`, `<<-'EOF'`, `<<"EOF"` on a line: the delimiter and whether tabs are stripped. */
const HEREDOC_OPENER = /<<(-?)\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/;

function bodyAfter(
  ctx: DocumentContext,
  block: InstructionBlock,
  openerLine: number,
  delimiter: string,
  dash: boolean,
): { firstLine: number; lineCount: number } | undefined {
  const end = block.startLine + block.lineCount;
  let chars = 0;
  for (let l = openerLine + 1; l < end; l++) {
    const text = ctx.model.lines[l] ?? '';
    if ((dash ? text.replace(/^\t+/, '') : text) === delimiter) return { firstLine: openerLine + 1, lineCount: l - openerLine - 1 };
    chars += text.length + 1;
    if (chars > MAX_BODY_CHARS) return undefined;
  }
  return undefined;
}

/** Files whose text the Dockerfile writes from a heredoc. */
function writtenScripts(ctx: DocumentContext): WrittenScript[] {
  const out: WrittenScript[] = [];
  // RUN: a command fed a heredoc that writes it to a file (cat > f, tee f).
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (out.length >= MAX_SCRIPTS) break;
    if (c.phase !== 'build' || c.stdinHeredoc === undefined) continue;
    let path: string | undefined;
    if (c.name === 'tee') path = c.args.find((a) => !(a.value ?? '-').startsWith('-'))?.value;
    else path = c.redirects.find((r) => r.op === '>' || r.op === '>>' || r.op === '>|')?.target.value;
    if (!path) continue;
    const openerLine = c.nameWord.range.start.line;
    for (let l = openerLine; l < c.block.startLine + c.block.lineCount; l++) {
      const text = ctx.model.lines[l] ?? '';
      const m = HEREDOC_OPENER.exec(text);
      if (!m) continue;
      // Several heredocs opened on one line: which body is whose is not worth guessing — silence.
      if (text.slice(m.index + m[0].length).search(HEREDOC_OPENER) >= 0) break;
      const body = bodyAfter(ctx, c.block, l, m[3], m[1] === '-');
      if (body) out.push({ path, block: c.block, ...body });
      break;
    }
  }
  // COPY <<EOF /path (BuildKit heredoc): one heredoc, destination last on the first line.
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    if (out.length >= MAX_SCRIPTS) break;
    if (block.parsed.keyword !== 'COPY') continue;
    const first = ctx.model.lines[block.startLine] ?? '';
    const m = HEREDOC_OPENER.exec(first);
    if (!m) continue;
    const dest = first
      .slice(m.index + m[0].length)
      .trim()
      .split(/\s+/)
      .pop();
    if (!dest || dest.startsWith('<<')) continue;
    const body = bodyAfter(ctx, block, block.startLine, m[3], m[1] === '-');
    if (body) out.push({ path: dest, block, ...body });
  }
  return out;
}

/**
 * Paths the stage's CMD/ENTRYPOINT name (program and arguments, e.g. `sh /start.sh`), with the naming word. The word,
 * not its range: reading `range` makes and keeps a Range on the word (shell/word.ts), and only a name that turns out
 * to run a script needs one.
 */
function startNames(ctx: DocumentContext): Map<number, Map<string, ShellWord>> {
  const byStage = new Map<number, Map<string, ShellWord>>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start' || c.instruction === 'HEALTHCHECK') continue;
    const stage = ctx.stageAt(c.block.startLine);
    if (!stage) continue;
    let names = byStage.get(stage.index);
    if (!names) byStage.set(stage.index, (names = new Map()));
    for (const w of [c.nameWord, ...c.args]) if (w.value && /[./]/.test(w.value) && !names.has(w.value)) names.set(w.value, w);
  }
  return byStage;
}

/** The CMD/ENTRYPOINT word that names the script, if any. */
function namedBy(path: string, names: ReadonlyMap<string, ShellWord> | undefined): Range | undefined {
  if (!names) return undefined;
  const base = basename(path);
  for (const [n, word] of names) if (n === path || basename(n) === base) return word.range;
  return undefined;
}

/** For a command of a start script: where CMD/ENTRYPOINT names that script (for related information). */
const runBy = new WeakMap<ShellCommand, Range>();
/** For a command of a build-context script: the script's path and the command's range in it. */
const inFile = new WeakMap<ShellCommand, { file: string; range: Range; keyword: string; phase: ShellCommand['phase']; via?: ScriptLine }>();

/** The build-context file and 1-based line a start-script command was read from; undefined for other commands. */
export function startScriptFile(c: ShellCommand): { file: string; line: number } | undefined {
  const f = inFile.get(c);
  return f ? { file: f.file, line: f.range.start.line + 1 } : undefined;
}

/** Where a start-script command is, in words for a message: ` (start script)`, ` (entrypoint.sh line 14)`; '' otherwise. */
export function startScriptWhere(c: ShellCommand): string {
  const f = inFile.get(c);
  if (f) return ` (${f.file} line ${f.range.start.line + 1})`;
  return runBy.has(c) ? ' (start script)' : '';
}

/** Related information of a start-script command: the CMD/ENTRYPOINT that runs it, or its line in the context file. */
export function startScriptRelated(c: ShellCommand): RelatedInformation[] {
  const f = inFile.get(c);
  if (f) {
    const via = f.via ? ` (run by ${f.via.file} line ${f.via.line})` : '';
    const when = f.phase === 'build' ? 'while the image is built' : 'when the container starts';
    return [
      {
        range: f.range,
        file: f.file,
        message: `${f.file} line ${f.range.start.line + 1}${via}, which ${f.keyword} runs ${when}.`,
      },
    ];
  }
  const by = runBy.get(c);
  return by ? [{ range: by, message: 'Runs the script with this command when the container starts.' }] : [];
}

/** Programs a shebang names that run the next word (the interpreter) as their child. */
const SHEBANG_WRAPPERS = new Set(['env', 'dumb-init', 'tini', 'with-contenv']);

function isShellScript(firstLine: string): boolean {
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(firstLine);
  if (!m) return true;
  // `#!/usr/bin/env sh`, and an init that runs the shell as its child (HashiCorp's Vault and Consul entrypoints start
  // `#!/usr/bin/dumb-init /bin/sh`; s6-overlay run scripts `#!/usr/bin/with-contenv bash`): still read by that shell.
  const prog = SHEBANG_WRAPPERS.has(basename(m[1])) ? basename(m[2] ?? '') : basename(m[1]);
  return SH_SHELLS.has(prog);
}

/** Commands of the script in `count` lines from `first`, placed at those lines. */
function parseScript(
  lines: readonly string[],
  first: number,
  count: number,
  phase: ShellCommand['phase'] = 'start',
): RelCommand[] | undefined {
  const b = new ScriptBuilder();
  for (let l = first; l < first + count; l++) {
    const text = lines[l] ?? '';
    for (let i = 0; i < text.length; i++) b.push(text[i], l, i);
    b.push('\n', l, text.length);
  }
  return walkBuilt(b, first + count, phase);
}

function walkBuilt(b: ScriptBuilder, endLine: number, phase: ShellCommand['phase'] = 'start'): RelCommand[] | undefined {
  const rel: RelCommand[] = [];
  try {
    walkScript(
      b.build(endLine, 0),
      { instruction: phase === 'build' ? 'RUN' : 'ENTRYPOINT', phase, inSubst: false, enclosingWord: undefined, depth: 1 },
      rel,
      {
        removable: false,
      },
    );
  } catch {
    return undefined; // a parser surprise in a script body must not take the analysis down
  }
  return rel;
}

interface EchoedScript {
  stage: number;
  path: string;
  lines: string[];
}

/**
 * Files a stage's RUN writes with plain `echo` lines (`echo "#!/bin/sh" > /e.sh`, `echo "exec /usr/sbin/init"
 * >> /e.sh`): `>` starts the text again, `>>` appends. Only literal text: an echo with options (`-e`,
 * `-n`) or an expansion whose value is not known drops the file.
 */
function echoedScripts(ctx: DocumentContext): EchoedScript[] {
  const byKey = new Map<string, EchoedScript | null>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || c.name !== 'echo') continue;
    const redirect = c.redirects.find((r) => r.op === '>' || r.op === '>>');
    const path = redirect?.target.value;
    const stage = ctx.stageAt(c.block.startLine);
    if (!redirect || !path || !stage) continue;
    const key = `${stage.index}\0${path}`;
    const literal = c.args.every((a) => a.value !== undefined) && !(c.args[0]?.value ?? '').startsWith('-');
    const known = byKey.get(key);
    if (!literal || known === null) {
      byKey.set(key, null);
      continue;
    }
    const line = c.args.map((a) => a.value).join(' ');
    if (redirect.op === '>' || !known) byKey.set(key, { stage: stage.index, path, lines: [line] });
    else if (known.lines.length < 1000) known.lines.push(line);
    if (byKey.size > MAX_SCRIPTS) break;
  }
  return [...byKey.values()].filter((e): e is EchoedScript => e !== null);
}

/** Commands of an echoed script run by the CMD/ENTRYPOINT word `by`, every word placed on that word. */
function echoedScriptCommands(ctx: DocumentContext, e: EchoedScript, by: Range): ShellCommand[] {
  const block = ctx.model.instructions.find((b) => b.startLine <= by.start.line && by.start.line < b.startLine + b.lineCount);
  return block ? linesCommandsAt(block, e.lines, by) : [];
}

/** Commands of the shell text `lines`, every word placed on `by` in `block`. */
function linesCommandsAt(block: InstructionBlock, lines: readonly string[], by: Range, frames = WHOLE_TEXT): ShellCommand[] {
  if (!isShellScript(lines[0] ?? '')) return [];
  const rel = framedRel(lines, by, frames);
  if (!rel) return [];
  const at = (w: ShellWord): ShellWord => ({ ...w, range: by });
  return rel.map((r) => {
    const c: ShellCommand = {
      ...r,
      nameWord: at(r.nameWord),
      args: r.args.map(at),
      redirects: r.redirects.map((d) => ({ ...d, target: at(d.target) })),
      range: by,
      enclosingWord: r.enclosingWord && at(r.enclosingWord),
      removal: undefined,
      block,
    };
    runBy.set(c, by);
    return c;
  });
}

/**
 * Commands of shell text written into a script by a build step (scriptEdits.ts), every word placed on `by`, phase
 * 'start': the edited script runs later, most often when the container starts.
 */
export function commandsOfWrittenText(block: InstructionBlock, lines: readonly string[], by: Range): ShellCommand[] {
  return linesCommandsAt(block, lines, by, FRAGMENT_FRAMES);
}

/** Text placed before and after the lines parsed: none for a whole script. */
type Frame = readonly [before: string, after: string];
const WHOLE_TEXT: readonly Frame[] = [['', '']];
/**
 * A fragment written into a script may open or close a compound command its other half keeps in the script: kicbase
 * images patch their entrypoint with `sed -i 's|if [ … ]; then|if iptables-legacy -L … && [ … ]; then|'`, whose
 * replacement `if iptables-legacy -L …; then` does not parse alone. When it does not, it is parsed again inside each
 * frame in turn that closes or opens what it leaves unbalanced; the frames add only the no-op `:`, which uses nothing.
 */
const FRAGMENT_FRAMES: readonly Frame[] = [
  ['', ''],
  ['', '\n:\nfi'],
  ['', '\n:\ndone'],
  ['if :; then :\n', ''],
  ['if :; then :\n', '\n:\nfi'],
  ['while :; do :\n', ''],
  ['{ :\n', ''],
  ['', '\n}'],
];

/** The commands of `lines` in the first frame where they parse, every character placed at `by`. */
function framedRel(lines: readonly string[], by: Range, frames: readonly Frame[]): RelCommand[] | undefined {
  let first: RelCommand[] | undefined;
  for (const [before, after] of frames) {
    const b = new ScriptBuilder();
    for (const ch of before + lines.join('\n') + after + '\n') b.push(ch, by.start.line, by.start.character);
    const rel = walkBuilt(b, by.start.line);
    // An unclosed `if …; then` parses to no command at all rather than failing: the next frame is tried then too.
    if (rel && rel.length > 0) return rel;
    first ??= rel;
  }
  return first;
}

/** Parsed build-context scripts by text and phase: a keystroke in the Dockerfile does not parse them again. */
const parsedByText = new Map<string, { build?: RelCommand[] | null; start?: RelCommand[] | null }>();
const MAX_PARSED_TEXTS = 16;

/** The commands of a build-context script's text; undefined when it is not a shell script (or too long). */
function parsedContextScript(text: string, phase: ShellCommand['phase']): RelCommand[] | undefined {
  if (text.length > MAX_CONTEXT_SCRIPT_CHARS) return undefined;
  // Keyed by the text itself: the reader hands back the same string while the file is unchanged, and
  // a string keeps its hash, so a lookup costs no pass over a long script.
  let byPhase = parsedByText.get(text);
  if (byPhase === undefined) {
    if (parsedByText.size >= MAX_PARSED_TEXTS) parsedByText.clear();
    parsedByText.set(text, (byPhase = {}));
  }
  const hit = byPhase[phase];
  if (hit !== undefined) return hit ?? undefined;
  const lines = text.split(/\r?\n/);
  const rel = isShellScript(lines[0] ?? '') ? parseScript(lines, 0, lines.length, phase) : undefined;
  byPhase[phase] = rel ?? null;
  return rel;
}

/** A file and 1-based line of a context script (the one that runs a nested script). */
interface ScriptLine {
  file: string;
  line: number;
}

/** A build-context script read: the word that runs it (`ref`), its commands, and the script line that runs it when nested. */
interface ReadScript {
  ref: ContextScriptRef;
  path: string;
  rel: RelCommand[];
  via?: ScriptLine;
}

/** Levels of scripts run by a context script that are followed (`exec /usr/local/bin/setup.sh`, `. /lib/init.sh`), and how many files in all. */
const MAX_NESTING = 2;
const MAX_NESTED_SCRIPTS = MAX_CONTEXT_SCRIPTS;

interface Pending {
  ref: ContextScriptRef;
  paths: readonly string[];
  depth: number;
  via?: ScriptLine;
}

/**
 * The build-context scripts read (those the Dockerfile runs, then up to two levels of scripts they
 * run, each file once per running word, at most MAX_NESTED_SCRIPTS nested ones), and every context
 * path asked for on the way: the caller reads those and passes them back (contextPathsOf).
 */
interface ScriptsRead {
  scripts: ReadScript[];
  wanted: string[];
}

const readMemo = new WeakMap<DocumentContext['model'], { files: DocumentContext['contextFiles']; value: ScriptsRead }>();

/**
 * Memoised per model. The value depends on the files only through the paths it asked for (`wanted`),
 * so another texts map with the same text object at each of those paths (the caller's next round
 * of asking, then the analysis) reuses it.
 */
export function contextScriptsRead(ctx: DocumentContext): ScriptsRead {
  const hit = readMemo.get(ctx.model);
  if (hit && (hit.files === ctx.contextFiles || hit.value.wanted.every((p) => hit.files?.get(p) === ctx.contextFiles?.get(p))))
    return hit.value;
  const value = contextScriptsReadUncached(ctx);
  readMemo.set(ctx.model, { files: ctx.contextFiles, value });
  return value;
}

function contextScriptsReadUncached(ctx: DocumentContext): ScriptsRead {
  const acc: ScriptsRead = { scripts: [], wanted: [] };
  const wanted = new Set<string>();
  const done = new Map<ContextScriptRef, Set<string>>();
  const services = servicePending(ctx);
  for (const p of services.wanted) wanted.add(p);
  readLevels(
    ctx,
    [...contextScriptRefs(ctx).map((ref) => ({ ref, paths: ref.paths, depth: 0 })), ...services.pending],
    acc.scripts,
    wanted,
    done,
  );
  // supervisord started by a start script (`CMD ["/run.sh"]`, run.sh ends `exec supervisord -n`): its files too.
  const bySupervisord = services.refs.some((r) => r.src.supervisor === 'supervisord');
  if (
    !bySupervisord &&
    acc.scripts.some((sc) => sc.ref.phase === 'start' && !sc.ref.service && sc.rel.some((r) => basename(r.name) === 'supervisord'))
  ) {
    const more = servicePending(ctx, 'supervisord');
    for (const p of more.wanted) wanted.add(p);
    readLevels(ctx, more.pending, acc.scripts, wanted, done);
  }
  acc.wanted = [...wanted];
  return acc;
}

/** Reads the pending scripts and, level by level, the scripts they run (two levels, MAX_NESTED_SCRIPTS in all). */
function readLevels(
  ctx: DocumentContext,
  first: Pending[],
  scripts: ReadScript[],
  wanted: Set<string>,
  done: Map<ContextScriptRef, Set<string>>,
): void {
  let level = first;
  let nested = 0;
  while (level.length > 0) {
    const next: Pending[] = [];
    for (const item of level) {
      for (const p of item.paths) wanted.add(p);
      const found = item.paths.map((p) => ({ path: p, text: ctx.contextFiles?.get(p) })).find((f) => f.text !== undefined);
      const seen = done.get(item.ref) ?? new Set<string>();
      done.set(item.ref, seen);
      if (found?.text === undefined || seen.has(found.path)) continue;
      seen.add(found.path);
      // A supervisord or systemd file is configuration; the scripts its commands run (depth > 0) are shell.
      const config = item.depth === 0 ? item.ref.service?.config : undefined;
      const text =
        config === 'systemd' ? systemdCommands(found.text) : config === 'supervisord' ? supervisordCommands(found.text) : found.text;
      const rel = parsedContextScript(text, item.ref.phase);
      if (!rel) continue;
      scripts.push({ ref: item.ref, path: found.path, rel, via: item.via });
      if (item.depth >= MAX_NESTING) continue;
      for (const n of nestedScripts(ctx, item, found.path, rel)) if (nested++ < MAX_NESTED_SCRIPTS) next.push(n);
    }
    level = next;
  }
}

/** Per model: a script ref for each service source (serviceScripts.ts), so each keeps its identity across rounds. */
type ServiceRef = { src: ReturnType<typeof serviceSources>[number]; ref: ContextScriptRef };
const serviceRefsMemo = new WeakMap<DocumentContext['model'], Map<string, ServiceRef[]>>();

const SUPERVISOR_NAMES = { s6: 's6-overlay', runit: 'runit', supervisord: 'supervisord', systemd: 'systemd' } as const;

/**
 * Service files a supervisor starts (serviceScripts.ts) as scripts to read: files named by a COPY, and the
 * entries of the service folders a COPY brings once the caller listed them (`wanted` holds those folders).
 */
function servicePending(ctx: DocumentContext, only?: Supervisor): { wanted: string[]; pending: Pending[]; refs: ServiceRef[] } {
  let byOnly = serviceRefsMemo.get(ctx.model);
  if (!byOnly) serviceRefsMemo.set(ctx.model, (byOnly = new Map()));
  let refs = byOnly.get(only ?? '');
  if (!refs) {
    const final = ctx.stages[ctx.stages.length - 1];
    refs = serviceSources(ctx, only).map((src) => ({
      src,
      ref: {
        paths: [],
        by: src.by,
        block: src.block,
        phase: 'start' as const,
        at: { stage: final?.index ?? 0, line: Number.POSITIVE_INFINITY },
        service: {
          by: SUPERVISOR_NAMES[src.supervisor],
          config: src.config ? (src.supervisor === 'systemd' ? 'systemd' : 'supervisord') : undefined,
        },
      },
    }));
    byOnly.set(only ?? '', refs);
  }
  const wanted: string[] = [];
  const pending: Pending[] = [];
  for (const { src, ref } of refs) {
    let files = [src.path];
    if (src.shape !== 'file') {
      wanted.push(src.path);
      const listing = ctx.contextFiles?.get(src.path);
      files = listing === undefined ? [] : listedServiceFiles(src, listing);
    }
    for (const f of files) if (pending.length < MAX_SERVICE_FILES) pending.push({ ref, paths: [f], depth: 0 });
  }
  return { wanted, pending, refs };
}

/** Per parsed script (kept with its text): the words of its commands that may name a script, with their 1-based line. */
const namedMemo = new WeakMap<readonly RelCommand[], { word: ShellWord; isProgram: boolean; line: number }[]>();

function namedScripts(rel: readonly RelCommand[]): { word: ShellWord; isProgram: boolean; line: number }[] {
  let hit = namedMemo.get(rel);
  if (!hit) {
    hit = rel.flatMap((r) =>
      scriptWords(r)
        .filter(mayNameScript)
        .map((w) => ({ ...w, line: r.nameWord.range.start.line + 1 })),
    );
    namedMemo.set(rel, hit);
  }
  return hit;
}

/** The scripts a context script runs in turn that are in the build context too, by the script line that runs them. */
function nestedScripts(ctx: DocumentContext, item: Pending, file: string, rel: readonly RelCommand[]): Pending[] {
  const named = namedScripts(rel);
  if (named.length === 0) return [];
  const words = named.map((w) => ({ ...w, at: item.ref.at }));
  const resolved = resolveScriptWords(ctx, words);
  const out: Pending[] = [];
  words.forEach((w, i) => {
    if (resolved[i].length > 0) out.push({ ref: item.ref, paths: resolved[i], depth: item.depth + 1, via: { file, line: w.line } });
  });
  return out;
}

/**
 * Commands of a build-context script, every word placed on the CMD/ENTRYPOINT/RUN word that runs it
 * (a finding belongs in the Dockerfile; the script's own line goes to related information). Never
 * removable: no fix edits another file from the Dockerfile.
 */
function contextScriptCommands(script: ReadScript): ShellCommand[] {
  const { ref } = script;
  const at = (w: ShellWord): ShellWord => ({ ...w, range: ref.by });
  const keyword = ref.service ? `the supervisor (${ref.service.by})` : ref.block.parsed.keyword;
  return script.rel.map((r) => {
    const c: ShellCommand = {
      ...r,
      nameWord: at(r.nameWord),
      args: r.args.map(at),
      redirects: r.redirects.map((d) => ({ ...d, target: at(d.target) })),
      range: ref.by,
      enclosingWord: r.enclosingWord && at(r.enclosingWord),
      removal: undefined,
      block: ref.block,
    };
    runBy.set(c, ref.by);
    inFile.set(c, { file: script.path, range: r.nameWord.range, keyword, phase: ref.phase, via: script.via });
    return c;
  });
}

/** Commands of build-context scripts, by the phase of the instruction that runs them. */
const contextCommands = perDocument((ctx: DocumentContext): { start: ShellCommand[]; build: ShellCommand[] } => {
  const out = { start: [] as ShellCommand[], build: [] as ShellCommand[] };
  if (!ctx.contextFiles || ctx.contextFiles.size === 0) return out;
  for (const s of contextScriptsRead(ctx).scripts) for (const c of contextScriptCommands(s)) out[s.ref.phase].push(c);
  return out;
});

/**
 * Commands of build-context scripts RUN runs (`COPY install.sh .` + `RUN ./install.sh`), phase
 * 'build': the rules report them as they report the same command written in the RUN, on the word that
 * runs the script, with the script's line in related information.
 */
export function runScriptCommands(ctx: DocumentContext): readonly ShellCommand[] {
  return contextCommands(ctx).build;
}

/** Commands of start scripts run by CMD/ENTRYPOINT (phase 'start'): written in the Dockerfile, or read from the build context. */
export const startScriptCommands = perDocument((ctx: DocumentContext): readonly ShellCommand[] => {
  const out: ShellCommand[] = [...contextCommands(ctx).start];
  const names = startNames(ctx);
  if (names.size === 0) return out;
  for (const s of writtenScripts(ctx)) {
    const stage = ctx.stageAt(s.block.startLine);
    const by = stage ? namedBy(s.path, names.get(stage.index)) : undefined;
    if (!by) continue;
    if (!isShellScript(ctx.model.lines[s.firstLine] ?? '')) continue;
    const rel = parseScript(ctx.model.lines, s.firstLine, s.lineCount);
    if (!rel) continue;
    for (const r of rel) {
      const c: ShellCommand = { ...r, removal: undefined, block: s.block };
      runBy.set(c, by);
      out.push(c);
    }
  }
  for (const e of echoedScripts(ctx)) {
    const by = namedBy(e.path, names.get(e.stage));
    if (by) for (const c of echoedScriptCommands(ctx, e, by)) out.push(c);
  }
  return out;
});
