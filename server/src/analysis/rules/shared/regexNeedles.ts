/**
 * Literal prefilters for regex tables: the literal text a pattern needs in any string it matches, read from the
 * pattern's own source, so a table row added later gets its prefilter without anyone writing one. A row is tried
 * where a string holds one of its needles and skipped elsewhere: that skips only strings the pattern cannot match,
 * so the matches stay the same. Cheaper than the regex itself where rows are many and most strings match none
 * (a `String#includes` per row in place of a regex execution), and cheaper than one combined regex, which would
 * lose V8's literal-prefix scan of each row.
 *
 * Invariant (tested over every table that uses it): every string a pattern matches contains one of its needles
 * (lower-cased text for a case-insensitive pattern). Anything the reader is not sure of (an unknown escape, the
 * `u`/`v` flags, a non-ASCII literal) ends a literal run or gives no needle at all: no needle means "always try".
 */

/** What a pattern needs: one of `needles` in the text (lower-cased when `lower`). */
export interface RegexNeedles {
  needles: readonly string[];
  /** The pattern is case-insensitive: the needles are lower case and must be looked for in lower-cased text. */
  lower: boolean;
}

/** Escapes that stand for one literal character (the same outside the `u`/`v` flags' syntax). */
const LITERAL_ESCAPE = /[\^$.*+?()[\]{}|/\\-]/;
/** Escapes that stand for a class or an assertion: no literal, but understood. */
const CLASS_ESCAPE = /[dDwWsSbB]/;
const BRACE_QUANTIFIER = /^\{(\d+)(?:,\d*)?\}/;

/** The index of the `)` closing the group opened at `open`, skipping escapes and classes; -1 if none. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index of the `]` closing the class opened at `open` (or the end of the source). */
function classEnd(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return src.length;
}

/** The top-level alternatives of a pattern source (split at `|` outside groups and classes). */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') i = groupEnd(src, i) < 0 ? src.length : groupEnd(src, i);
    else if (c === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The quantifier at `i` allows zero repetitions (`?`, `*`, `{0…}`). */
function optionalAt(src: string, i: number): boolean {
  return src[i] === '?' || src[i] === '*' || BRACE_QUANTIFIER.exec(src.slice(i))?.[1] === '0';
}

/** The length of the quantifier at `i` (with a lazy `?`), 0 if there is none. */
function quantifierLength(src: string, i: number): number {
  const brace = src[i] === '{' ? BRACE_QUANTIFIER.exec(src.slice(i)) : null;
  const n = brace ? brace[0].length : src[i] === '?' || src[i] === '*' || src[i] === '+' ? 1 : 0;
  return n > 0 && src[i + n] === '?' ? n + 1 : n;
}

/** Any-of sets one alternative needs: each literal run (a set of one) and each required group's needles. */
function requiredSets(src: string): string[][] | undefined {
  const sets: string[][] = [];
  let run = '';
  const end = () => {
    if (run) sets.push([run]);
    run = '';
  };
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    let literal: string | undefined;
    let next = i + 1;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (LITERAL_ESCAPE.test(e)) literal = e;
      else if (!CLASS_ESCAPE.test(e)) return undefined; // \x41, \u…, \1, \k<…>: not read here
      next = i + 2;
    } else if (c === '[') next = classEnd(src, i) + 1;
    else if (c === '(') {
      const close = groupEnd(src, i);
      if (close < 0) return undefined;
      next = close + 1;
      const negative = src.startsWith('(?!', i) || src.startsWith('(?<!', i);
      const opener = /^\(\?(?:[:=]|<=|<(?=[A-Za-z_$]))/.exec(src.slice(i))?.[0].length ?? 1;
      if (opener === 1 && src[i + 1] === '?' && !negative) return undefined; // (?i:…) and other forms: not read here
      const body = src.slice(i + opener, close);
      const inner = src.startsWith('(?<', i) && !src.startsWith('(?<=', i) && !negative ? body.replace(/^[^>]*>/, '') : body;
      end();
      const group = negative || optionalAt(src, next) ? undefined : needlesOf(inner);
      if (group) sets.push(group);
    } else if (!'.^$|*+?'.includes(c) && c.charCodeAt(0) < 128) literal = c;
    const q = quantifierLength(src, next);
    if (literal !== undefined && (q === 0 || !optionalAt(src, next))) run += literal;
    if (literal === undefined || q > 0) end();
    i = next + q;
  }
  end();
  return sets;
}

/** The needles of a pattern source: per alternative its most selective required set, all of them any-of. */
function needlesOf(src: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    const sets = requiredSets(alt);
    if (!sets || sets.length === 0) return undefined;
    // The set fewest strings hold, roughly: long needles, and few of them (`choco` over `install|upgrade`); a needle
    // of one or two characters (`--`, `:`) is in many strings, so only where nothing else is required.
    let best = sets[0];
    const score = (s: string[]) => {
      const min = Math.min(...s.map((n) => n.length));
      return (min < 3 ? -10000 : 0) + min * 100 - s.length * 300;
    };
    for (const s of sets) if (score(s) > score(best)) best = s;
    out.push(...best);
  }
  return out;
}

/**
 * The needles of `re`, or undefined where none is known (always try the pattern). Case-insensitive patterns give
 * lower-case needles; case folding outside the `u` flag never maps a non-ASCII character to an ASCII one, so an
 * ASCII needle is found in the lower-cased text of every match.
 */
export function regexNeedles(re: RegExp): RegexNeedles | undefined {
  if (re.unicode || re.flags.includes('v')) return undefined;
  const needles = needlesOf(re.source);
  if (!needles || needles.some((n) => n.length === 0)) return undefined;
  const lower = re.ignoreCase;
  return { needles: [...new Set(lower ? needles.map((n) => n.toLowerCase()) : needles)], lower };
}

/** Whether `text` can match: one of the needles occurs in it (or in `lowered`, its lower case, if given). */
export function mayMatch(n: RegexNeedles | undefined, text: string, lowered?: string): boolean {
  if (!n) return true;
  const t = n.lower ? (lowered ?? text.toLowerCase()) : text;
  for (let i = 0; i < n.needles.length; i++) if (t.includes(n.needles[i])) return true;
  return false;
}

/**
 * One regex finding any needle of any row (case-insensitive, so it also stands for the lower-case rows): a string
 * it finds nothing in matches no row, and the rows need not be tried one by one. Undefined when a row has no
 * needles (it must always be tried). A prefilter only: each row is still tried by its own pattern, which keeps
 * V8's literal-prefix scan of each.
 */
export function needleGate(rows: readonly (RegexNeedles | undefined)[]): RegExp | undefined {
  const all = new Set<string>();
  for (const r of rows) {
    if (!r) return undefined;
    for (const n of r.needles) all.add(n.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
  }
  return new RegExp([...all].join('|'), 'i');
}
