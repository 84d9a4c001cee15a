/**
 * The single entry point of the analysis: document text (+ where the target comes from) →
 * stages, target, findings with ready fixes, hover notes. Pure apart from the config reader the
 * caller passes in. The LSP layer, the CLI and the tests all call this.
 */
import { BlockCache, blockAtLine, buildModel, type DockerfileModel } from './document';
import { resolveStages, stageForLine, type StageInfo } from './stages';
import { allRules, ruleById } from './rules';
import type { ContextFiles, HoverNote, Rule, RuleContext } from './rules/types';
import { contextScriptRefs } from './rules/shared/contextScripts';
import { contextScriptsRead } from './rules/shared/startScripts';
import { serviceSources } from './rules/shared/serviceScripts';
import type { ShellCommand } from './shell/types';
import { commandsOfModel } from './shell';
import { parseDirectives, type DirectiveParse } from './host/directives';
import { resolveTarget, type ConfigReader, type ResolvedTarget, type TargetLayers } from './host/resolve';
import type { TargetHost, TargetProblem } from './host/types';
import type { ConfiguredSeverity, Finding, Fix, Range } from './types';

export interface AnalyzeOptions {
  /** Where the target comes from, apart from the file's own directives. */
  layers?: Omit<TargetLayers, 'directive'>;
  /** Reads a kernel config file (the caller decides which files may be read). */
  readConfig?: ConfigReader;
  /** A target already resolved by the caller: skips resolution (directives still give ignores). */
  target?: TargetHost;
  today?: Date;
  /** Per-rule severity overrides ('off' disables the rule). */
  ruleSeverities?: Readonly<Record<string, ConfiguredSeverity>>;
  /** Pass the same cache across versions of one document for incremental re-parsing. */
  cache?: BlockCache;
  /**
   * Attach the fixes every finding offers (ignore on this line / in this file, select target, docs).
   * Default true. The LSP layer passes false and adds them when code actions are asked for, so
   * every keystroke does not ship four extra fixes per diagnostic.
   */
  commonFixes?: boolean;
  /**
   * Build-context files the caller read: the start scripts `contextPathsOf` lists, by that path.
   * The analysis reads no file itself; a path absent here is unknown and nothing is said about it.
   */
  contextFiles?: ContextFiles;
  /**
   * The caller passes the same `layers` object again only while everything its resolution reads is
   * unchanged (the settings in it, the files `readConfig` and its profile reader return). The target
   * resolved from it is then reused while the file's directive settings stay the same, instead of a
   * new target object at every analysis, with every memo keyed by the target starting empty (feature
   * verdicts and the like). The language server passes it (WorkspaceTarget keeps one layers object
   * per folder and settings load); a fleet's per-target layers are new objects, resolved every time.
   */
  layersFixed?: boolean;
}

export interface AnalysisResult {
  model: DockerfileModel;
  stages: StageInfo[];
  target: TargetHost;
  /** Problems with the target's sources (settings, .kernel-lens.json, directives): shown once. */
  targetProblems: TargetProblem[];
  findings: Finding[];
  /**
   * Hover explanations of every rule that ran. Computed on first read (hovers, the CLI's explain):
   * a keystroke's analysis publishes findings only and never pays for notes nobody reads.
   */
  readonly notes: HoverNote[];
  /** The build-context files the analysis was given (requirements read the same scripts). */
  contextFiles?: ContextFiles;
  /** Set when the document was checked against several targets (`targets`): each, in order. */
  fleet?: { name: string; target: TargetHost }[];
}

/** Rule id used for problems in `# kernel-lens:` directives. */
export const DIRECTIVE_RULE_ID = 'invalid-directive';
export const SELECT_TARGET_COMMAND = 'kernelLens.selectTarget';

export function analyzeDocument(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const model = buildModel(text, options.cache ?? new BlockCache());
  return analyzeModel(model, options);
}

export function analyzeModel(model: DockerfileModel, options: AnalyzeOptions = {}): AnalysisResult {
  return runToEnd(analyzeSteps(model, options));
}

/** A stepped computation run in one go, without yielding to anyone (CLI, bench, tests; the server runs the steps itself). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Per fixed layers object (AnalyzeOptions.layersFixed): the target last resolved from it, with the directive settings and reader used. */
const resolvedByLayers = new WeakMap<object, { directives: string; readConfig: ConfigReader | undefined; value: ResolvedTarget }>();

function resolveTargetOf(options: AnalyzeOptions, directives: DirectiveParse): ResolvedTarget {
  const resolve = () =>
    resolveTarget(
      { ...(options.layers ?? {}), directive: directives.settings, directiveLine: directives.settingsLine },
      options.readConfig,
    );
  if (!options.layersFixed || !options.layers) return resolve();
  const key = `${directives.settingsLine}\0${JSON.stringify(directives.settings)}`;
  const last = resolvedByLayers.get(options.layers);
  if (last && last.directives === key && last.readConfig === options.readConfig) return last.value;
  const value = resolve();
  resolvedByLayers.set(options.layers, { directives: key, readConfig: options.readConfig, value });
  return value;
}

/**
 * The analysis as steps: it yields after the preparation and after each rule, so a caller that must
 * stay responsive (the language server on a huge file) can give the event loop a turn between steps
 * and abandon the analysis when the document changed. `analyzeModel` runs it to the end at once.
 */
export function* analyzeSteps(model: DockerfileModel, options: AnalyzeOptions = {}): Generator<void, AnalysisResult, void> {
  const today = options.today ?? new Date();
  const doc = documentFacts(model);
  const directives = doc.directives;
  let target: TargetHost;
  const targetProblems: TargetProblem[] = [...directives.problems];
  let layerRules: Record<string, ConfiguredSeverity> = { ...(directives.settings.rules ?? {}) };
  if (options.target) {
    target = options.target;
  } else {
    const resolved = resolveTargetOf(options, directives);
    target = resolved.target;
    layerRules = resolved.rules;
    targetProblems.push(...resolved.problems);
  }
  const stages = doc.stages;
  const ctx: RuleContext = {
    model,
    stages,
    target,
    today,
    commands: () => (doc.commands ??= commandsOfModel(model)),
    stageAt: (line: number) => stageForLine(stages, line),
    contextFiles: options.contextFiles,
    directiveProblems: directives.problems,
  };

  // Layers (directive > cli > .kernel-lens.json > settings) merged by resolveTarget; explicit options win.
  const severities: Record<string, ConfiguredSeverity> = { ...layerRules, ...(options.ruleSeverities ?? {}) };
  const fileIgnores = new Set(directives.fileIgnores);
  const lineIgnores = (doc.lineIgnores ??= lineIgnoreMap(model, directives.lineIgnores));
  const fileIgnoreLine = (doc.fileIgnoreLine ??= findFileIgnoreLine(model));
  const findings: Finding[] = [];
  const ran: Rule[] = [];
  yield;

  for (const rule of allRules()) {
    const configured = severities[rule.id];
    if (configured === 'off' || fileIgnores.has(rule.id)) continue;
    ran.push(rule);
    for (const pass of rule.passes ?? []) {
      runPass(pass, ctx);
      yield;
    }
    const produced = runCheck(rule, ctx);
    for (const f of produced) {
      const block = blockAtLine(model, f.range.start.line);
      // A directive problem is not silenced line by line: only the file-wide ignore applies to it.
      if (block && rule.id !== DIRECTIVE_RULE_ID && lineIgnores.get(block.startLine)?.has(rule.id)) continue;
      if (configured) f.severity = configured;
      // A finding about a line of another file (a start script from the build context) offers no
      // rule fix: a fix edits only the document it is offered in.
      if (f.related?.some((r) => r.file !== undefined)) f.fixes = [];
      if (options.commonFixes !== false) f.fixes = [...f.fixes, ...commonFixes(model, f, fileIgnoreLine)];
      findings.push(f);
    }
    yield;
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let notes: HoverNote[] | undefined;
  return {
    model,
    stages,
    target,
    targetProblems,
    findings,
    contextFiles: options.contextFiles,
    get notes(): HoverNote[] {
      return (notes ??= notesOf(ran, ctx));
    },
  };
}

/**
 * What every analysis of one model shares, whatever its target: the file's directives, stages and
 * shell commands, and the ignore comments. Several targets (a fleet) or a target change without an
 * edit then pay for them once. All of it is a function of the model's text alone.
 */
interface DocumentFacts {
  directives: ReturnType<typeof parseDirectives>;
  stages: StageInfo[];
  commands?: ShellCommand[];
  lineIgnores?: ReturnType<typeof lineIgnoreMap>;
  fileIgnoreLine?: ReturnType<typeof findFileIgnoreLine>;
}
const factsByModel = new WeakMap<DockerfileModel, DocumentFacts>();
/** A rule's findings; a rule bug must never take the whole analysis down: it is reported as a finding the user can report. */
function runCheck(rule: Rule, ctx: RuleContext): Finding[] {
  try {
    return rule.check(ctx);
  } catch (e) {
    return [internalErrorFinding(rule, e)];
  }
}

/** One of a rule's passes run ahead of its check (Rule.passes); a failure is left to the check, which reads the pass again and reports it. */
function runPass(pass: (ctx: RuleContext) => unknown, ctx: RuleContext): void {
  try {
    pass(ctx);
  } catch {
    // reported by runCheck
  }
}

function documentFacts(model: DockerfileModel): DocumentFacts {
  let facts = factsByModel.get(model);
  if (facts === undefined) {
    facts = { directives: parseDirectives(model.lines as string[], { knownRules: knownRuleIds() }), stages: resolveStages(model) };
    factsByModel.set(model, facts);
  }
  return facts;
}

/**
 * The build-context files (paths relative to the context, the Dockerfile's directory) whose text the
 * analysis of this model would read: start scripts COPY'd in and run by CMD/ENTRYPOINT, scripts RUN
 * runs, and (given `files`, the texts read so far) the scripts those run in turn. The caller reads
 * those it may (regular files inside the context, size-capped, not excluded by .dockerignore), asks
 * again with what it read until no new path comes (gatherContextFiles), and passes them as `contextFiles`.
 */
export function contextPathsOf(model: DockerfileModel, files?: ContextFiles): string[] {
  if (files === undefined || files.size === 0) return runToEnd(contextPathSteps(model));
  return contextScriptsRead({ ...pathsContext(model), contextFiles: files }).wanted;
}

/**
 * `contextPathsOf(model)` (no files read yet) as steps, as analyzeSteps: it yields after the
 * document's facts and after the scripts its commands name, each a pass over the whole document, so a
 * caller that must stay responsive (the language server on a huge file) gives the event loop a turn
 * between them.
 */
export function* contextPathSteps(model: DockerfileModel): Generator<void, string[], void> {
  const ctx = pathsContext(model);
  yield;
  const refs = contextScriptRefs(ctx);
  yield;
  return [...new Set([...refs.flatMap((r) => r.paths), ...serviceSources(ctx).map((s) => s.path)])];
}

/** What the context paths are read from: the document's facts (stages, commands), no target. */
function pathsContext(model: DockerfileModel) {
  const doc = documentFacts(model);
  return {
    model,
    stages: doc.stages,
    commands: () => (doc.commands ??= commandsOfModel(model)),
    stageAt: (line: number) => stageForLine(doc.stages, line),
  };
}

/**
 * Every rule's hover notes, their Markdown interned: a file repeats the same commands, so its notes
 * repeat the same few texts (at 50,000 generated lines, 7,297 notes hold 60 distinct texts), each
 * built by concatenation into its own string. Kept with the result for every hover until the next
 * edit, those copies were a sixth of a big file's live heap. Interning gives equal notes one flat
 * string; the notes and their order are unchanged.
 */
function notesOf(rules: readonly Rule[], ctx: RuleContext): HoverNote[] {
  const notes: HoverNote[] = [];
  const texts = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.notes) continue;
    try {
      // A loop, not push(...spread): a huge file yields more notes than a call can take arguments.
      for (const n of rule.notes(ctx)) notes.push(internMarkdown(n, texts));
    } catch {
      // A rule bug must not take hovers down; its check() reports the failure as a finding.
    }
  }
  return notes;
}

/** `note` with its Markdown the first equal string `texts` has seen (set on the note itself, also where a rule memoises it). */
function internMarkdown(note: HoverNote, texts: Map<string, string>): HoverNote {
  const seen = texts.get(note.markdown);
  if (seen === undefined) {
    texts.set(note.markdown, note.markdown);
    return note;
  }
  // Equal strings compare equal whatever their storage: the copy is dropped by assigning, never by comparing.
  if (Object.isFrozen(note)) return { ...note, markdown: seen };
  note.markdown = seen;
  return note;
}

let ruleIds: string[] | undefined;
/** Every id a severity setting or ignore comment may name. */
export function knownRuleIds(): string[] {
  return (ruleIds ??= allRules().map((r) => r.id));
}

function internalErrorFinding(rule: Rule, e: unknown): Finding {
  return {
    ruleId: rule.id,
    severity: 'hint',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `Kernel Lens rule ${rule.id} failed on this file (${(e as Error)?.message ?? e}); its findings are missing. Please report this.`,
    fixes: [],
  };
}

/** `# kernel-lens-ignore` comments apply to the next instruction: map that instruction's start line → ignored rule ids. */
function lineIgnoreMap(model: DockerfileModel, lineIgnores: { line: number; rules: string[] }[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>();
  for (const li of lineIgnores) {
    const next = firstBlockAfter(model, li.line);
    if (!next) continue;
    const set = map.get(next.startLine) ?? new Set<string>();
    for (const r of li.rules) set.add(r);
    map.set(next.startLine, set);
  }
  return map;
}

function firstBlockAfter(model: DockerfileModel, line: number) {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].startLine > line) hi = mid;
    else lo = mid + 1;
  }
  return list[lo];
}

const IGNORE_LINE = /^(\s*)#\s*kernel-lens-ignore\s+(.*)$/;
const IGNORE_FILE = /^\s*#\s*kernel-lens:\s*(.*)$/;

/** Line of an existing `# kernel-lens: … ignore=…` directive (-1 when none). Comments only: cheap. */
export function findFileIgnoreLine(model: DockerfileModel): number {
  for (const c of model.comments) {
    const m = IGNORE_FILE.exec(model.lines[c.line]);
    if (m !== null && /\bignore=/.test(m[1])) return c.line;
  }
  return -1;
}

/**
 * Whether a finding's verdict rests on the target host: rules say so with a related entry that
 * points at the target setting (one without a range). Only those offer the target picker.
 */
export function targetMatters(f: Pick<Finding, 'related'>): boolean {
  return !!f.related?.some((r) => r.range === undefined);
}

/** What the common fixes need to know about a finding (the LSP layer rebuilds it from a diagnostic). */
export interface CommonFixSubject {
  ruleId: string;
  range: Range;
  targetMatters: boolean;
}

/**
 * Fixes beside a rule's own: ignore on this line, ignore in this file, and — only where the target
 * decides the verdict — the target picker. The rule page is not a fix: the diagnostic's code links
 * to it (codeDescription), so it no longer crowds every quick-fix menu.
 */
export function commonFixes(
  model: DockerfileModel,
  subject: CommonFixSubject | Finding,
  fileIgnoreLine = findFileIgnoreLine(model),
): Fix[] {
  const f = 'targetMatters' in subject ? subject : { ruleId: subject.ruleId, range: subject.range, targetMatters: targetMatters(subject) };
  const fixes: Fix[] = [];
  const block = blockAtLine(model, f.range.start.line);
  const eol = model.eol;
  // Directive problems honour only the file-wide ignore (a line ignore above a comment would not apply).
  if (block && f.ruleId !== DIRECTIVE_RULE_ID) {
    const line = block.startLine;
    const indent = /^\s*/.exec(model.lines[line] ?? '')?.[0] ?? '';
    const prev = line > 0 ? model.lines[line - 1] : undefined;
    const m = prev !== undefined ? IGNORE_LINE.exec(prev) : null;
    if (m) {
      const end = prev!.replace(/\s+$/, '').length;
      fixes.push({
        title: `Ignore ${f.ruleId} on this line`,
        kind: 'quickfix',
        edits: [{ range: at(line - 1, end), newText: `, ${f.ruleId}` }],
      });
    } else {
      fixes.push({
        title: `Ignore ${f.ruleId} on this line`,
        kind: 'quickfix',
        edits: [{ range: at(line, 0), newText: `${indent}# kernel-lens-ignore ${f.ruleId}${eol}` }],
      });
    }
  }
  // File-wide: extend an existing `# kernel-lens: ignore=` directive, else add one after the parser directives.
  const existing = fileIgnoreLine;
  if (existing >= 0) {
    const l = model.lines[existing];
    const m = /\bignore=(\S*)/.exec(l)!;
    const endOfValue = (m.index ?? 0) + m[0].length;
    fixes.push({
      title: `Ignore ${f.ruleId} in this file`,
      kind: 'quickfix',
      edits: [{ range: at(existing, endOfValue), newText: `,${f.ruleId}` }],
    });
  } else {
    const afterDirectives = model.directives.length ? model.directives[model.directives.length - 1].line + 1 : 0;
    fixes.push({
      title: `Ignore ${f.ruleId} in this file`,
      kind: 'quickfix',
      edits: [{ range: at(afterDirectives, 0), newText: `# kernel-lens: ignore=${f.ruleId}${eol}` }],
    });
  }
  if (f.targetMatters) {
    fixes.push({
      title: 'Select target host…',
      kind: 'quickfix',
      edits: [],
      command: { command: SELECT_TARGET_COMMAND, title: 'Select target host…' },
    });
  }
  return fixes;
}

function at(line: number, character: number): Range {
  return { start: { line, character }, end: { line, character } };
}

export { ruleById };
