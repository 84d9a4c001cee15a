/**
 * Walks a parsed shell script and collects simple commands with exact ranges: inside lists,
 * pipelines, subshells, if/for/while/case bodies, functions, `$(…)`/backticks, `sh -c "…"` and
 * shell heredocs. Words in comments, strings, and heredocs written to files are data, not commands.
 */
import { parseShell, type ShNode, type ShParse } from './parse';
import { endOf, kind, list, posValid, startOf, visit } from './ast';
import { derive, literalValue, posAt, rangeOf, sliceScript, unquote, wordAt, type Script } from './script';
import { DASH_C_PROGRAMS, SELF_REPORTING_WRAPPERS, SH_SHELLS, basename, peelWrappers } from './wrappers';
import type { ShellCommand, ShellRedirect, ShellWord } from './types';

const NO_REDIRECTS: ShellRedirect[] = Object.freeze([]) as unknown as ShellRedirect[];
import type { Position, Range } from '../types';

export type RelCommand = Omit<ShellCommand, 'block'>;

interface Ctx {
  script: Script;
  parse: ShParse;
  instruction: ShellCommand['instruction'];
  phase: ShellCommand['phase'];
  inSubst: boolean;
  enclosingWord?: ShellWord;
  out: RelCommand[];
  depth: number;
  /** Cheap text pre-checks: skip AST searches when the text cannot contain what they look for. */
  mayHaveSubst?: boolean;
  mayHaveHeredoc?: boolean;
  /** Names of the shell functions the script declares: a call to one runs its body, not a program. */
  functions?: ReadonlySet<string>;
  /** Those of them whose body runs its arguments as a command (`"$@"`): a call runs the program it is given. */
  argumentRunners?: ReadonlySet<string>;
  /** Those whose body runs a command with their positional parameters (`inst() { apt-get install -y "$1"; }`). */
  forwarders?: ReadonlyMap<string, readonly Forwarded[]>;
  /** Literal values the script assigned so far, shared by the nested contexts of one script (see ShellCommand.shellVariables). */
  variables?: Variables;
}

/** A holder, so that contexts spread from one another see the same assignments; `current` is replaced, never mutated. */
interface Variables {
  current: ReadonlyMap<string, string> | undefined;
}

const MAX_DEPTH = 6;
const OP_AND = 10;
const OP_OR = 11;
const REDIR_OPS: Record<number, string> = {
  54: '>',
  55: '>>',
  56: '<',
  57: '<>',
  58: '<&',
  59: '>&',
  60: '>|',
  61: '<<',
  62: '<<-',
  63: '<<<',
  64: '&>',
  65: '&>>',
};
const HEREDOC_OPS = new Set([61, 62]);

/** How a script sits in its instruction: may its commands be removed, and what does "empty" delete? */
export interface ListPlacement {
  /** Removal ranges are offered (false for partial parses or nested places). */
  removable: boolean;
  /** When the only command is removed: the range to delete instead (the whole instruction), or undefined = no removal. */
  emptyRange?: Range;
}

export function walkScript(script: Script, base: Omit<Ctx, 'script' | 'parse' | 'out'>, out: RelCommand[], placement: ListPlacement): void {
  const parse = parseShell(script.text);
  if (!parse) return;
  const ctx: Ctx = {
    ...base,
    script,
    parse,
    out,
    mayHaveSubst: /\$\(|`|[<>]\(/.test(script.text),
    mayHaveHeredoc: script.text.includes('<<'),
    functions: /\(\s*\)|\bfunction\s/.test(script.text) ? declaredFunctions(parse.file) : undefined,
    // A nested script (`sh -c '…'`) starts with what its parent assigned; what it assigns stays in it (a child shell).
    variables: script.text.includes('=') || base.variables?.current ? { current: base.variables?.current } : undefined,
  };
  if (ctx.functions && script.text.includes('$@')) ctx.argumentRunners = argumentRunners(parse.file);
  if (ctx.functions && /\$\{?[1-9]/.test(script.text)) ctx.forwarders = positionalForwarders(parse.file, ctx.functions);
  walkList(list(parse.file.Stmts), ctx, parse.partial ? { removable: false } : placement);
}

/** A word of the script, in the shape emitWords takes (`inner` set only for exec-form strings). */
function wordOf(ctx: Ctx, w: ShNode): WordIn {
  const start = startOf(w);
  const end = endOf(w);
  const raw = ctx.script.text.slice(start, end);
  return { word: wordAt(ctx.script, raw, literalValue(raw), start, end), start, end, inner: undefined };
}

interface Unit {
  leaves: ShNode[];
  start: number;
  /** After the last character of the unit's content (semicolon excluded). */
  end: number;
}

function flatten(stmt: ShNode, out: ShNode[]): void {
  const cmd = stmt.Cmd as ShNode | null;
  const plain = !stmt.Negated && !stmt.Background && list(stmt.Redirs).length === 0;
  if (plain && kind(cmd) === 'BinaryCmd' && cmd && (cmd.Op === OP_AND || cmd.Op === OP_OR)) {
    flatten(cmd.X as ShNode, out);
    out.push(cmd); // operator marker
    flatten(cmd.Y as ShNode, out);
  } else out.push(stmt);
}

function contentEnd(ctx: Ctx, stmt: ShNode): number {
  const semi = stmt.Semicolon;
  let end = posValid(semi) ? semi : endOf(stmt);
  while (end > 0 && /\s/.test(ctx.script.text[end - 1])) end--;
  return end;
}

function walkList(stmts: ShNode[], ctx: Ctx, placement: ListPlacement): void {
  const units: Unit[] = [];
  for (const stmt of stmts) {
    const seq: ShNode[] = [];
    flatten(stmt, seq);
    let current: Unit | undefined;
    for (const item of seq) {
      if (kind(item) === 'BinaryCmd') {
        if (item.Op === OP_AND) current = undefined;
        continue;
      }
      if (!current) {
        current = { leaves: [], start: startOf(item), end: 0 };
        units.push(current);
      }
      current.leaves.push(item);
      current.end = contentEnd(ctx, item);
    }
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    let removal: ShellCommand['removal'];
    // A heredoc body sits on the lines after its command: deleting the command alone would leave it dangling.
    const heredocInside = !!ctx.mayHaveHeredoc && u.leaves.some(hasHeredoc);
    if (placement.removable && (!heredocInside || units.length === 1)) {
      if (units.length === 1) {
        if (placement.emptyRange) removal = { range: placement.emptyRange, leavesEmpty: true };
      } else if (i < units.length - 1) {
        removal = { range: { start: posAt(ctx.script, u.start), end: posAt(ctx.script, units[i + 1].start) }, leavesEmpty: false };
      } else {
        removal = { range: { start: afterChar(ctx.script, units[i - 1].end), end: afterChar(ctx.script, u.end) }, leavesEmpty: false };
      }
    }
    u.leaves.forEach((leaf, k) => walkStmt(leaf, ctx, k === 0 ? removal : undefined));
  }
}

function hasHeredoc(stmt: ShNode): boolean {
  let found = false;
  visit(stmt, (n) => {
    if (found) return false;
    if (kind(n) === 'Redirect' && HEREDOC_OPS.has(n.Op as number)) found = true;
    return !found;
  });
  return found;
}

function afterChar(s: Script, end: number): Position {
  if (end <= 0) return posAt(s, 0);
  const p = posAt(s, end - 1);
  return { line: p.line, character: p.character + 1 };
}

function walkStmt(stmt: ShNode, ctx: Ctx, removal: ShellCommand['removal']): void {
  const redirs = list(stmt.Redirs);
  for (const r of redirs) {
    if (kind(r.Word)) walkWordSubsts(r.Word as ShNode, ctx);
    if (kind(r.Hdoc) && !isQuotedHeredoc(r)) walkWordSubsts(r.Hdoc as ShNode, ctx);
  }
  const cmd = kind(stmt.Cmd) ? (stmt.Cmd as ShNode) : null;
  if (!cmd) {
    // A bare heredoc (`RUN <<EOF`): its body is the script, unless a shebang names another language.
    const body = heredocBody(redirs, ctx);
    if (body && isShellBody(body.text))
      walkNested(body, ctx, { removable: ctx.depth === 0, emptyRange: removal?.leavesEmpty ? removal.range : undefined });
    return;
  }
  const type = kind(cmd);
  switch (type) {
    case 'CallExpr':
      callExpr(stmt, cmd, ctx, removal);
      return;
    case 'BinaryCmd':
      walkStmt(cmd.X as ShNode, ctx, undefined);
      walkStmt(cmd.Y as ShNode, ctx, undefined);
      return;
    case 'DeclClause':
      // `export PKGS="…"`, `local x=…`: assignments as well.
      assign(list(cmd.Args), ctx);
      generic(cmd, ctx);
      return;
    default:
      generic(cmd, ctx);
  }
}

/**
 * Records `name=value` assignments whose value is literal (`needed="kmod iptables"`); one with expansions, an array or
 * `+=` forgets the name. In text order, whatever the branch or subshell: what a later command may see, not what it must.
 */
function assign(assigns: ShNode[], ctx: Ctx): void {
  const vars = ctx.variables;
  if (!vars) return;
  for (const a of assigns) {
    const name = (a.Name as ShNode | undefined)?.Value;
    if (typeof name !== 'string' || a.Naked) continue;
    const value = kind(a.Value) && !a.Append && !a.Index ? wordOf(ctx, a.Value as ShNode).word.value : undefined;
    const next = new Map(vars.current);
    if (value === undefined) next.delete(name);
    else next.set(name, value);
    vars.current = next;
  }
}

/** Every function name declared anywhere in the script (`name() {…}`, `function name {…}`). */
function declaredFunctions(file: ShNode): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  visit(file, (n) => {
    if (kind(n) === 'FuncDecl' && typeof (n.Name as ShNode | undefined)?.Value === 'string') names.add((n.Name as ShNode).Value as string);
    return true;
  });
  return names.size ? names : undefined;
}

/** The declared functions whose body runs `"$@"` (or `$@`) as a command: they run the command they are given. */
function argumentRunners(file: ShNode): ReadonlySet<string> | undefined {
  const names = new Set<string>();
  visit(file, (n) => {
    if (kind(n) !== 'FuncDecl' || typeof (n.Name as ShNode | undefined)?.Value !== 'string') return true;
    let runs = false;
    visit(n.Body as ShNode, (c) => {
      if (runs) return false;
      if (kind(c) === 'CallExpr') {
        // `"$@"` itself, or behind wrappers (`exec "$@"`, `sudo "$@"`, `gosu "$USER" "$@"`).
        const args = list(c.Args);
        const k = peelWrappers(args.map(literalOf));
        if (isAllArgs(args[k])) runs = true;
      }
      return !runs;
    });
    if (runs) names.add((n.Name as ShNode).Value as string);
    return true;
  });
  return names.size ? names : undefined;
}

/** A command of a function's body and, per word, the positional parameter it starts with (1-based), if any. */
interface Forwarded {
  call: ShNode;
  positions: readonly (number | undefined)[];
}

/**
 * The declared functions whose body runs a command with a positional parameter, directly (`"$1"`) or through a
 * variable assigned from one (`pkg_name=$1; … apt-get install -y ${pkg_name}=${version}`): AWS Neuron's
 * `install_apt_package "aws-neuronx-tools" "$V"` installs aws-neuronx-tools. Calls of other declared functions are left out.
 */
function positionalForwarders(file: ShNode, functions: ReadonlySet<string>): ReadonlyMap<string, readonly Forwarded[]> | undefined {
  const out = new Map<string, Forwarded[]>();
  visit(file, (n) => {
    if (kind(n) !== 'FuncDecl' || typeof (n.Name as ShNode | undefined)?.Value !== 'string') return true;
    const aliases = new Map<string, number>();
    visit(n.Body as ShNode, (c) => {
      const p = kind(c) === 'Assign' && kind(c.Value) ? positionalOf(c.Value as ShNode, aliases, true) : undefined;
      if (p !== undefined) aliases.set(String((c.Name as ShNode).Value), p);
      return true;
    });
    const calls: Forwarded[] = [];
    visit(n.Body as ShNode, (c) => {
      const args = kind(c) === 'CallExpr' ? list(c.Args) : [];
      const name = args.length > 1 ? literalOf(args[0]) : undefined;
      if (name === undefined || functions.has(name)) return true;
      const positions = args.map((a, i) => (i === 0 ? undefined : positionalOf(a, aliases, false)));
      if (positions.some((p) => p !== undefined)) calls.push({ call: c, positions });
      return true;
    });
    if (calls.length) out.set((n.Name as ShNode).Value as string, calls);
    return true;
  });
  return out.size ? out : undefined;
}

/** The positional parameter a word starts with (`$1`, `"${2}"`, `${pkg}` where pkg=$1); `whole`: nothing may follow it. */
function positionalOf(word: ShNode, aliases: ReadonlyMap<string, number>, whole: boolean): number | undefined {
  let parts = list(word.Parts);
  if (kind(parts[0]) === 'DblQuoted') parts = parts.length === 1 ? list(parts[0].Parts) : [];
  if (kind(parts[0]) !== 'ParamExp' || (whole && parts.length !== 1)) return undefined;
  const pe = parts[0];
  if (pe.Exp || pe.Repl || pe.Slice || pe.Length || pe.Index) return undefined;
  const param = String((pe.Param as ShNode | undefined)?.Value ?? '');
  return /^[1-9]$/.test(param) ? Number(param) : aliases.get(param);
}

/** A call of such a function runs the body's commands with the call's arguments in the positional places. */
function forwardCall(forwarded: readonly Forwarded[], words: readonly WordIn[], ctx: Ctx): void {
  for (const f of forwarded) {
    const body = list(f.call.Args).map((a, i) => {
      const p = f.positions[i];
      return p !== undefined && p < words.length ? words[p] : wordOf(ctx, a);
    });
    emitWords(body, ctx, { redirects: NO_REDIRECTS, removal: undefined, start: words[0].start, end: words[words.length - 1].end });
  }
}

/** The text of a word made only of literal parts (`gosu`), else undefined. */
function literalOf(word: ShNode): string | undefined {
  const parts = list(word.Parts);
  return parts.length === 1 && kind(parts[0]) === 'Lit' ? String(parts[0].Value) : undefined;
}

/** A word that is only `$@` or `"$@"`. */
function isAllArgs(word: ShNode | undefined): boolean {
  let parts = list(word?.Parts);
  if (parts.length === 1 && kind(parts[0]) === 'DblQuoted') parts = list(parts[0].Parts);
  return parts.length === 1 && kind(parts[0]) === 'ParamExp' && (parts[0].Param as ShNode | undefined)?.Value === '@';
}

/** Any other construct (if/for/while/case/subshell/block/function/test/declare): find statements and substitutions inside. */
function generic(node: ShNode, ctx: Ctx): void {
  visit(node, (n) => {
    const t = kind(n);
    if (t === 'Stmt') {
      walkStmt(n, ctx, undefined);
      return false;
    }
    if (t === 'CmdSubst' || t === 'ProcSubst') {
      substitution(n, ctx, undefined);
      return false;
    }
    if (t === 'Word') {
      walkWordSubsts(n, ctx);
      return false;
    }
    return true;
  });
}

function walkWordSubsts(word: ShNode, ctx: Ctx): void {
  if (!ctx.mayHaveSubst) return;
  if (!/\$\(|`|[<>]\(/.test(ctx.script.text.slice(startOf(word), endOf(word)))) return;
  let enclosing: ShellWord | undefined;
  visit(word, (n) => {
    const t = kind(n);
    if (t === 'CmdSubst' || t === 'ProcSubst') {
      enclosing ??= wordOf(ctx, word).word;
      substitution(n, ctx, enclosing);
      return false;
    }
    return true;
  });
}

function substitution(n: ShNode, ctx: Ctx, enclosing: ShellWord | undefined): void {
  if (ctx.depth >= MAX_DEPTH) return;
  const inner: Ctx = { ...ctx, inSubst: true, enclosingWord: enclosing ?? ctx.enclosingWord, depth: ctx.depth + 1 };
  for (const s of list(n.Stmts)) walkStmt(s, inner, undefined);
}

function isQuotedHeredoc(r: ShNode): boolean {
  return kind(r.Word) !== '' && list((r.Word as ShNode).Parts).some((p) => kind(p) !== 'Lit');
}

function heredocBody(redirs: ShNode[], ctx: Ctx): Script | undefined {
  const r = redirs.find((x) => HEREDOC_OPS.has(x.Op as number) && kind(x.Hdoc) !== '');
  if (!r) return undefined;
  const [start, end] = hdocSpan(r, ctx);
  return sliceScript(ctx.script, start, end);
}

/** The heredoc body without its closing delimiter line (the Hdoc node ends after the delimiter). */
function hdocSpan(r: ShNode, ctx: Ctx): [number, number] {
  const start = startOf(r.Hdoc as ShNode);
  let end = endOf(r.Hdoc as ShNode);
  const text = ctx.script.text.slice(start, end);
  const nl = text.lastIndexOf('\n');
  const delimiter = unquote(ctx.script.text.slice(startOf(r.Word as ShNode), endOf(r.Word as ShNode))).text;
  const lastLine = text.slice(nl + 1).replace(/^\t+/, '');
  if (lastLine === delimiter) end = start + nl + 1;
  return [start, Math.max(start, end)];
}

function isShellBody(text: string): boolean {
  const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  if (!m) return true;
  const prog = basename(m[1]) === 'env' ? basename(m[2] ?? '') : basename(m[1]);
  return SH_SHELLS.has(prog);
}

function walkNested(script: Script, ctx: Ctx, placement: ListPlacement): void {
  if (ctx.depth >= MAX_DEPTH) return;
  walkScript(
    script,
    { instruction: ctx.instruction, phase: ctx.phase, inSubst: ctx.inSubst, enclosingWord: ctx.enclosingWord, depth: ctx.depth + 1 },
    ctx.out,
    placement,
  );
}

function callExpr(stmt: ShNode, call: ShNode, ctx: Ctx, removal: ShellCommand['removal']): void {
  // Indexed loops: a for-of allocates an iterator result per element until V8 optimises the code,
  // and the first document opened runs this cold (every command of every RUN).
  const assigns = list(call.Assigns);
  for (let i = 0; i < assigns.length; i++) {
    const a = assigns[i];
    if (kind(a.Value)) walkWordSubsts(a.Value as ShNode, ctx);
    else generic(a, ctx);
  }
  const args = list(call.Args);
  for (let i = 0; i < args.length; i++) walkWordSubsts(args[i], ctx);
  if (args.length === 0) {
    // `PKGS="kmod iptables"` alone sets a shell variable (before a command it is that command's environment only).
    assign(list(call.Assigns), ctx);
    return;
  }
  let words = args.map((a) => wordOf(ctx, a));
  // A call of a function the script declares (an entrypoint's own `init() {…}` then `init`) runs that
  // body, which is walked where it is declared: the name is not the program it shadows. A function that
  // runs its arguments (`try_set() { "$@" || echo failed; }`, `retry() {…}`) is a wrapper: `try_set sysctl -w …`
  // runs sysctl, as `sudo sysctl -w …` would.
  if (ctx.functions && words[0].word.value !== undefined && ctx.functions.has(words[0].word.value)) {
    const forwarded = ctx.forwarders?.get(words[0].word.value);
    if (forwarded) forwardCall(forwarded, words, ctx);
    if (!ctx.argumentRunners?.has(words[0].word.value) || words.length < 2) return;
    words = words.slice(1);
  }
  const redirects: ShellRedirect[] = [];
  let stdinHeredoc: string | undefined;
  let end = words[words.length - 1].end;
  for (const r of list(stmt.Redirs)) {
    const opName = (kind(r.N) ? String((r.N as ShNode).Value) : '') + (REDIR_OPS[r.Op as number] ?? '?');
    const target = wordOf(ctx, r.Word as ShNode);
    redirects.push({ op: opName, target: target.word });
    end = Math.max(end, target.end);
    if (HEREDOC_OPS.has(r.Op as number) && kind(r.Hdoc)) {
      const [hs, he] = hdocSpan(r, ctx);
      stdinHeredoc = ctx.script.text.slice(hs, he);
    }
  }
  // The words as wordOf made them (already in emitWords' shape): an object spread per word was the
  // walk's costliest line.
  emitWords(
    words,
    ctx,
    // Most commands have no redirect: they share one empty list (never modified) instead of one each.
    {
      redirects: redirects.length ? redirects : NO_REDIRECTS,
      ...(assigns.length ? { environment: assigns.map((a) => wordOf(ctx, a).word) } : {}),
      stdinHeredoc,
      removal,
      start: words[0].start,
      end,
      heredoc: () => heredocBody(list(stmt.Redirs), ctx),
    },
  );
}

export interface WordIn {
  word: ShellWord;
  start: number;
  end: number;
  /** The literal content with positions, when known (exec form). */
  inner?: Script;
}

interface EmitExtra {
  redirects: ShellRedirect[];
  /** Prefix assignments of the command (`NAME=value cmd`), as words of the whole assignment. */
  environment?: readonly ShellWord[];
  stdinHeredoc?: string;
  removal: ShellCommand['removal'];
  start: number;
  end: number;
  heredoc?: () => Script | undefined;
}

/**
 * The program a path names when only its directory is a variable (`${ANDROID_HOME}/tools/emulator`,
 * `$JAVA_HOME/bin/java`): the last segment is literal, so the program is known. '' otherwise.
 */
function literalBasename(quoted: string): string {
  // A word wholly in double quotes ("./${DIR}/steamcmd.sh") names the same program as without them.
  const raw = /^"[^"]*"$/.test(quoted) ? quoted.slice(1, -1) : quoted;
  const slash = raw.lastIndexOf('/');
  const last = slash >= 0 ? raw.slice(slash + 1) : '';
  return slash > 0 && /^[A-Za-z0-9_][A-Za-z0-9._+-]*$/.test(last) ? last : '';
}

/** A start script by its name: `entrypoint.sh`, `docker-entrypoint.sh`, `run.sh`, `/init.sh`. */
const START_SCRIPT = /\.sh$|entrypoint/;

/**
 * A start program handed the command to run: a start script by its name, or an image's own `init` that starts its
 * arguments as the main process (s6-overlay's `/init` runs the CMD; hardened images ship a static `init` in front of
 * the daemon). Not the system's /sbin/init or /usr/sbin/init (systemd, SysV init), whose arguments are its own.
 */
export function handsOnCommand(path: string): boolean {
  const name = basename(path);
  return START_SCRIPT.test(name) || (name === 'init' && !/^\/(usr\/)?sbin\/init$/.test(path));
}
/** An argument that names a program (not an option, a variable or a path with spaces). */
const HANDED_PROGRAM = /^(?:\/[\w.+-]+)*\/?[A-Za-z][\w.+-]*$/;

/** One simple command as the walk reports it; `false`: no removal key (a wrapper that reports itself is never removed alone). */
function pushCommand(
  ctx: Pick<Ctx, 'script' | 'instruction' | 'phase' | 'inSubst' | 'enclosingWord' | 'out' | 'variables'>,
  extra: EmitExtra,
  name: string,
  nameWord: WordIn,
  args: WordIn[],
  removal: ShellCommand['removal'] | false,
): void {
  ctx.out.push({
    name,
    nameWord: nameWord.word,
    args: args.map((a) => a.word),
    redirects: extra.redirects,
    range: rangeOf(ctx.script, extra.start, extra.end),
    instruction: ctx.instruction,
    phase: ctx.phase,
    inSubstitution: ctx.inSubst,
    enclosingWord: ctx.enclosingWord,
    stdinHeredoc: extra.stdinHeredoc,
    ...(removal === false ? {} : { removal }),
    ...(ctx.variables?.current ? { shellVariables: ctx.variables.current } : {}),
    ...(extra.environment ? { environment: extra.environment } : {}),
  });
}

/**
 * Turn the words of one simple command into a ShellCommand (peeling wrappers) and recurse into `sh -c`, and into the
 * command a start script is handed.
 */
export function emitWords(
  words: WordIn[],
  ctx: Pick<Ctx, 'script' | 'instruction' | 'phase' | 'inSubst' | 'enclosingWord' | 'out' | 'depth' | 'variables'>,
  extra: EmitExtra,
): void {
  let k = peelWrappers(words.map((w) => w.word.value));
  const first = words[0]?.word.value;
  if (k > 0 && first !== undefined && SELF_REPORTING_WRAPPERS.has(basename(first)))
    pushCommand(ctx, extra, basename(first), words[0], words.slice(1), false);
  if (k >= words.length) return;
  let nameWord = words[k];
  let name = nameWord.word.value !== undefined ? basename(nameWord.word.value) : literalBasename(nameWord.word.raw);
  if (name === 'busybox' && k + 1 < words.length && words[k + 1].word.value !== undefined) {
    k++;
    nameWord = words[k];
    name = basename(nameWord.word.value as string);
  }
  const args = words.slice(k + 1);
  pushCommand(ctx, extra, name, nameWord, args, extra.removal);
  if (ctx.depth >= MAX_DEPTH) return;
  const nested = {
    instruction: ctx.instruction,
    phase: ctx.phase,
    inSubst: ctx.inSubst,
    enclosingWord: ctx.enclosingWord,
    depth: ctx.depth + 1,
    variables: ctx.variables,
  };
  // An image's start script is handed the command to run (`ENTRYPOINT ["/entrypoint.sh", "dockerd"]`): the
  // docker-library convention is that it sets up and then `exec "$@"`, so the arguments are a command as well.
  const handed = ctx.phase === 'start' ? args[0]?.word.value : undefined;
  if (handed && handsOnCommand(nameWord.word.value ?? name) && HANDED_PROGRAM.test(handed)) {
    emitWords(args, { ...nested, script: ctx.script, out: ctx.out }, { ...extra, start: args[0].start });
    return;
  }
  if (DASH_C_PROGRAMS.has(name)) {
    const script = dashCScript(args, ctx.script, SU_LIKE.has(name));
    if (script) {
      walkScript(script, nested, ctx.out, { removable: true });
      return;
    }
    if (SH_SHELLS.has(name) && args.every((a) => a.word.value?.startsWith('-'))) {
      const body = extra.heredoc?.();
      if (body) walkScript(body, nested, ctx.out, { removable: true });
    }
  }
  if (OPERAND_SCRIPT_PROGRAMS.has(name))
    for (const script of operandScripts(args, ctx.script)) walkScript(script, nested, ctx.out, { removable: true });
}

/**
 * Programs whose every operand is a shell command line they run: concurrently (open-cli-tools/concurrently README,
 * `concurrently "command1 arg" "command2 arg"`; `conc` is its short name). Its options with a value are skipped.
 */
const OPERAND_SCRIPT_PROGRAMS = new Set(['concurrently', 'conc']);
const CONCURRENTLY_VALUE_OPTIONS = new Set([
  '-n',
  '--names',
  '-c',
  '--prefix-colors',
  '-p',
  '--prefix',
  '-l',
  '--prefix-length',
  '-t',
  '--timestamp-format',
  '-s',
  '--success',
  '--restart-tries',
  '--restart-after',
  '--name-separator',
  '-m',
  '--max-processes',
]);

/** Each operand of a program that runs its operands as command lines, as a script of its own. */
function operandScripts(args: WordIn[], outer: Script): Script[] {
  const out: Script[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i].word.value;
    if (v !== undefined && v.startsWith('-')) {
      if (CONCURRENTLY_VALUE_OPTIONS.has(v)) i++;
      continue;
    }
    out.push(operandScript(args[i], outer));
  }
  return out;
}

/** One word as a script of its own: its parsed inner script, or its unquoted text mapped back to the outer one. */
function operandScript(a: WordIn, outer: Script): Script {
  if (a.inner) return a.inner;
  const u = unquote(a.word.raw);
  return derive(
    outer,
    u.text,
    u.map.map((m) => a.start + m),
    a.end,
  );
}

/**
 * su(1) and runuser(1) (util-linux): `su [options] [-] [user [argument...]]`, so the user may come before `-c`
 * (`su postgres -c '…'`, `su - app -c '…'`), and -s/-g/-G/-w take a value (`su -s /bin/sh -c '…' app`).
 */
const SU_LIKE = new Set(['su', 'runuser']);
const SU_VALUE_OPTIONS = new Set(['-s', '--shell', '-g', '--group', '-G', '--supp-group', '-w', '--whitelist-environment']);

/** The script after `-c` (`sh -c '…'`, `bash -euxc "…"`, `su -c '…' user`, `su user -c '…'`). */
function dashCScript(args: WordIn[], outer: Script, suLike = false): Script | undefined {
  let operands = 0;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].word.value;
    if (v === undefined) {
      // su's user operand may be a variable (`su "${USER}" -c '…'`): it is still the one operand.
      if (suLike && ++operands <= 1) continue;
      return undefined;
    }
    if (v === '--command' || /^-[A-Za-z]*c[A-Za-z]*$/.test(v)) {
      let j = i + 1;
      while (j < args.length && args[j].word.value === '--') j++;
      const a = args[j];
      return a ? operandScript(a, outer) : undefined;
    }
    if (suLike) {
      if (SU_VALUE_OPTIONS.has(v)) i++;
      // The one user operand; anything after it is an argument of the user's shell, read only when it is `-c`.
      else if (!v.startsWith('-') && ++operands > 1) return undefined;
    } else if (/^[-+][A-Za-z]*o$/.test(v))
      i++; // `-o pipefail`, `-euo pipefail`: the option's value
    else if (!v.startsWith('-') && !v.startsWith('+')) return undefined;
  }
  return undefined;
}
