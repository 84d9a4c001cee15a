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
  const settings: TargetInput = {};
  const setAt = new Map<string, { line: number; text: string }>();
  const fileIgnores: string[] = [];
  const lineIgnores: LineIgnore[] = [];
  const problems: TargetProblem[] = [];
  let settingsLine: number | undefined;

  const report = (line: number, start: number, end: number, message: string): void => {
    problems.push({
      where: `line ${line + 1}`,
      message: sentence(`Line ${line + 1}: ${message}`),
      unplaced: sentence(capitalized(message)),
      line,
      range: rangeOn(line, start, end),
    });
  };

  const checkRules = (line: number, ruleTokens: Token[]): string[] => {
    const kept: string[] = [];
    for (const t of ruleTokens) {
      if (opts.knownRules && t.text !== ALL_RULES && !opts.knownRules.includes(t.text)) {
        const near = closest(t.text, opts.knownRules);
        report(line, t.start, t.start + t.text.length, `unknown rule '${t.text}'${near ? ` — did you mean ${near}?` : ''}`);
        continue;
      }
      if (!kept.includes(t.text)) kept.push(t.text);
    }
    return kept;
  };

  lines.forEach((lineText, line) => {
    // Every directive form is a comment: skip instruction lines before running three regexes (hot on big files).
    if (!isCommentOrBlank(lineText)) return;
    const ignore = IGNORE_LINE.exec(lineText);
    if (ignore) {
      const ruleTokens = tokens(ignore[2], ignore[1].length, '\\s,');
      const rules = ruleTokens.length === 0 ? [ALL_RULES] : checkRules(line, ruleTokens);
      if (rules.length > 0) lineIgnores.push({ line, rules });
      return;
    }
    const directive = SETTINGS_LINE.exec(lineText);
    if (!directive) {
      if (NEAR_MISS.test(lineText)) {
        const start = lineText.indexOf('#');
        report(
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
      report(line, 0, lineText.length, `empty kernel-lens directive. Valid keys: ${DIRECTIVE_KEY_NAMES.join(', ')}`);
      return;
    }
    for (const part of parts) {
      const end = part.start + part.text.length;
      const eq = part.text.indexOf('=');
      if (eq <= 0) {
        report(line, part.start, end, `expected key=value but found '${part.text}'. Valid keys: ${DIRECTIVE_KEY_NAMES.join(', ')}`);
        continue;
      }
      const rawKey = part.text.slice(0, eq);
      const value = part.text.slice(eq + 1);
      const valueStart = part.start + eq + 1;
      const lowerKey = rawKey.toLowerCase();
      const key = KEY_ALIASES[lowerKey] ?? lowerKey;
      const field = DIRECTIVE_KEYS[key];
      if (!field) {
        const near = closest(lowerKey, DIRECTIVE_KEY_NAMES);
        report(
          line,
          part.start,
          part.start + eq,
          `unknown key '${rawKey}'${near ? ` — did you mean ${near}?` : '.'} Valid keys: ${DIRECTIVE_KEY_NAMES.join(', ')}`,
        );
        continue;
      }
      if (value === '') {
        report(line, part.start, end, `'${key}=' has no value`);
        continue;
      }
      if (field === 'ignore') {
        const rules = checkRules(line, tokens(value, valueStart, ','));
        for (const r of rules) if (!fileIgnores.includes(r)) fileIgnores.push(r);
        continue;
      }
      const result = validateField(field, value);
      if ('message' in result) {
        report(line, valueStart, end, `${key}: ${result.message}`);
        continue;
      }
      const earlier = setAt.get(field);
      if (earlier) {
        if (earlier.text !== value)
          report(line, valueStart, end, `${key} is already set to '${earlier.text}' on line ${earlier.line + 1}; this value is ignored`);
        continue;
      }
      setAt.set(field, { line, text: value });
      (settings as Record<string, unknown>)[field] = result.value;
      settingsLine ??= line;
    }
  });

  const out: DirectiveParse = { settings, fileIgnores, lineIgnores, problems };
  if (settingsLine !== undefined) out.settingsLine = settingsLine;
  return out;
}
