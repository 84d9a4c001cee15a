/**
 * In-file directives: Dockerfile comments that set the target or silence rules.
 *
 *   # kernel-lens: target=rhel8
 *   # kernel-lens: kernel=5.10 arch=arm64 cgroup=2 vsyscall=none runtime=docker@24.0.7 os=linux
 *   # kernel-lens: ignore=rule-a,rule-b        (file-wide suppression)
 *   # kernel-lens-ignore rule-a, rule-b        (suppresses those rules on the next instruction)
 *   # kernel-lens-ignore                       (suppresses every rule on the next instruction)
 *
 * Where: a directive is recognised on any line whose first non-blank character is `#`, anywhere in
 * the file (the convention is the top, after any `# syntax=` / `# escape=` parser directives, which
 * BuildKit only honours before the first comment). Settings may be spread over several lines; if a
 * key is given twice with different values, the first one wins and the later one is reported.
 *
 * There is deliberately no `kernelConfigPath` directive: a Dockerfile does not get to make the
 * checker read files; the kernel config is a property of the machine (settings, CLI, workspace file).
 */
import type { Range } from '../types';
import { isCommentOrBlank } from '../document';
import { sentence, validateField, type TargetInput, type TargetInputKey } from './settings';
import { closest } from './suggest';
import type { TargetProblem } from './types';

const SETTINGS_LINE = /^(\s*#\s*kernel-lens\s*:)(.*)$/i;
const IGNORE_LINE = /^(\s*#\s*kernel-lens-ignore\b:?)(.*)$/i;
/** Near misses (`# kernel-lens target=…`, `# kernellens: …`) are reported instead of silently ignored. */
const NEAR_MISS = /^\s*#\s*kernel[-_ ]?lens\b/i;

/** Directive keys and the TargetInput field each sets. */
const DIRECTIVE_KEYS: Record<string, Exclude<TargetInputKey, 'rules' | 'kernelConfigPath'> | 'ignore'> = {
  target: 'target',
  kernel: 'kernel',
  arch: 'arch',
  os: 'os',
  'windows-build': 'windowsBuild',
  cgroup: 'cgroup',
  vsyscall: 'vsyscall',
  runtime: 'runtime',
  seccomp: 'seccomp',
  ignore: 'ignore',
};
/** Accepted spellings of multi-word keys (lower-case). */
const KEY_ALIASES: Record<string, string> = { windowsbuild: 'windows-build', windows_build: 'windows-build' };
export const DIRECTIVE_KEY_NAMES: readonly string[] = Object.keys(DIRECTIVE_KEYS);

/** All rules on the instruction. */
export const ALL_RULES = '*';

export interface LineIgnore {
  /** 0-based line of the `# kernel-lens-ignore` comment; it applies to the next instruction after it. */
  line: number;
  /** Rule ids, or [ALL_RULES] when none were listed. */
  rules: string[];
}

export interface DirectiveParse {
  settings: TargetInput;
  /** 0-based line of the first directive that set a target field (for "from the directive on line N"). */
  settingsLine?: number;
  fileIgnores: string[];
  lineIgnores: LineIgnore[];
  problems: TargetProblem[];
}

export interface DirectiveOptions {
  /** Rule ids, to catch typos in ignore lists. */
  knownRules?: readonly string[];
}

interface Token {
  text: string;
  start: number;
}

/** Splits on the characters of `separatorClass` (a regex character-class body), keeping offsets. */
function tokens(text: string, offset: number, separatorClass: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(`[^${separatorClass}]+`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], start: offset + m.index });
  return out;
}

/** A sentence's first letter in capitals, unless it starts with a key name ("arch: …"), which keeps its spelling. */
function capitalized(message: string): string {
  if (/^[a-z][a-z-]*:/.test(message)) return message;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function rangeOn(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function parseDirectives(lines: readonly string[], opts: DirectiveOptions = {}): DirectiveParse {
  const parser = new DirectiveParser(opts);
  lines.forEach((lineText, line) => parser.line(lineText, line));
  return parser.result();
}

/** The state of one parse: what is set (and where), the ignores, and the problems found so far. */
class DirectiveParser {
  private readonly settings: TargetInput = {};
  private readonly setAt = new Map<string, { line: number; text: string }>();
  private readonly fileIgnores: string[] = [];
  private readonly lineIgnores: LineIgnore[] = [];
  private readonly problems: TargetProblem[] = [];
  private settingsLine: number | undefined;

  constructor(private readonly opts: DirectiveOptions) {}

  result(): DirectiveParse {
    const out: DirectiveParse = {
      settings: this.settings,
      fileIgnores: this.fileIgnores,
      lineIgnores: this.lineIgnores,
      problems: this.problems,
    };
    if (this.settingsLine !== undefined) out.settingsLine = this.settingsLine;
    return out;
  }

  line(lineText: string, line: number): void {
    // Every directive form is a comment: skip instruction lines before running three regexes (hot on big files).
    if (!isCommentOrBlank(lineText)) return;
    const ignore = IGNORE_LINE.exec(lineText);
    if (ignore) {
      const ruleTokens = tokens(ignore[2], ignore[1].length, '\\s,');
      const rules = ruleTokens.length === 0 ? [ALL_RULES] : this.checkRules(line, ruleTokens);
      if (rules.length > 0) this.lineIgnores.push({ line, rules });
      return;
    }
    const directive = SETTINGS_LINE.exec(lineText);
    if (!directive) {
      if (NEAR_MISS.test(lineText)) {
        const start = lineText.indexOf('#');
        this.report(
          line,
          start,
          lineText.trimEnd().length,
          "misspelt kernel-lens directive: write '# kernel-lens: key=value' or '# kernel-lens-ignore rule-id'",
        );
      }
      return;
    }
    const parts = tokens(directive[2], directive[1].length, '\\s');
    if (parts.length === 0) {
      this.report(line, 0, lineText.length, `empty kernel-lens directive. Valid keys: ${DIRECTIVE_KEY_NAMES.join(', ')}`);
      return;
    }
    for (const part of parts) this.part(part, line);
  }

  /** One `key=value` of a settings directive. */
  private part(part: Token, line: number): void {
    const end = part.start + part.text.length;
    const eq = part.text.indexOf('=');
    if (eq <= 0) {
      this.report(line, part.start, end, `expected key=value but found '${part.text}'. Valid keys: ${DIRECTIVE_KEY_NAMES.join(', ')}`);
      return;
    }
    const rawKey = part.text.slice(0, eq);
    const value = part.text.slice(eq + 1);
    const valueStart = part.start + eq + 1;
    const lowerKey = rawKey.toLowerCase();
    const key = KEY_ALIASES[lowerKey] ?? lowerKey;
    const field = DIRECTIVE_KEYS[key];
    if (!field) {
      const near = closest(lowerKey, DIRECTIVE_KEY_NAMES);
      this.report(
        line,
        part.start,
        part.start + eq,
        `unknown key '${rawKey}'${near ? ` — did you mean ${near}?` : '.'} Valid keys: ${DIRECTIVE_KEY_NAMES.join(', ')}`,
      );
      return;
    }
    if (value === '') {
      this.report(line, part.start, end, `'${key}=' has no value`);
      return;
    }
    if (field === 'ignore') {
      const rules = this.checkRules(line, tokens(value, valueStart, ','));
      for (const r of rules) if (!this.fileIgnores.includes(r)) this.fileIgnores.push(r);
      return;
    }
    const result = validateField(field, value);
    if ('message' in result) {
      this.report(line, valueStart, end, `${key}: ${result.message}`);
      return;
    }
    const earlier = this.setAt.get(field);
    if (earlier) {
      if (earlier.text !== value)
        this.report(line, valueStart, end, `${key} is already set to '${earlier.text}' on line ${earlier.line + 1}; this value is ignored`);
      return;
    }
    this.setAt.set(field, { line, text: value });
    (this.settings as Record<string, unknown>)[field] = result.value;
    this.settingsLine ??= line;
  }

  private report(line: number, start: number, end: number, message: string): void {
    this.problems.push({
      where: `line ${line + 1}`,
      message: sentence(`Line ${line + 1}: ${message}`),
      unplaced: sentence(capitalized(message)),
      line,
      range: rangeOn(line, start, end),
    });
  }

  private checkRules(line: number, ruleTokens: Token[]): string[] {
    const kept: string[] = [];
    for (const t of ruleTokens) {
      if (this.opts.knownRules && t.text !== ALL_RULES && !this.opts.knownRules.includes(t.text)) {
        const near = closest(t.text, this.opts.knownRules);
        this.report(line, t.start, t.start + t.text.length, `unknown rule '${t.text}'${near ? ` — did you mean ${near}?` : ''}`);
        continue;
      }
      if (!kept.includes(t.text)) kept.push(t.text);
    }
    return kept;
  }
}
