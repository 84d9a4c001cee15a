/**
 * `.dockerignore`: which build-context paths `docker build` leaves out of the context, so that a start
 * script it excludes is not read (it is not in the image). The documented semantics
 * (docs.docker.com/build/concepts/context/#dockerignore-files), as implemented by moby/patternmatcher
 * (@5a6d8429a19bb6948a372ff19e86fe83599a04b7: ignorefile.ReadAll and MatchesOrParentMatches):
 * - a line starting with `#` is a comment; blank lines are skipped; each pattern is trimmed, cleaned
 *   like Go's filepath.Clean and loses a leading `/` (`/a/b` = `a/b`);
 * - Go filepath.Match syntax: `*` any run of non-`/` characters, `?` one non-`/` character, `[…]`
 *   character classes, `\` escapes; `**` any number of directories (zero included);
 * - a pattern that matches a parent directory excludes everything under it;
 * - `!` makes an exception; the last pattern that matches a path decides.
 * Pure: the caller reads the file (analysis/host/contextRead.ts).
 */

interface Pattern {
  exclusion: boolean;
  re: RegExp;
}

/** Go's filepath.Clean for a `/`-separated relative pattern (leading `/` kept, then dropped by the caller). */
function clean(p: string): string {
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && rooted) continue;
    else out.push(part);
  }
  const body = out.join('/');
  return rooted ? `/${body}` : body || '.';
}

const REGEXP_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** The pattern as an anchored regular expression (patternmatcher's compile, on `/`). */
function compile(pattern: string): RegExp | undefined {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') i++;
      // `**` at the end matches everything; elsewhere any number of directories, zero included.
      re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < pattern.length) re += `\\${pattern[++i]}`;
    else if (ch === '\\') re += '\\\\';
    else if (REGEXP_SPECIAL.has(ch)) re += `\\${ch}`;
    else re += ch;
  }
  try {
    return new RegExp(`${re}$`);
  } catch {
    return undefined; // a malformed class: Docker refuses the file; here the pattern just matches nothing
  }
}

/** The patterns of a .dockerignore text, in order. */
function patternsOf(text: string): Pattern[] {
  const out: Pattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let p = raw.trim();
    if (p === '') continue;
    const exclusion = p.startsWith('!');
    if (exclusion) p = p.slice(1).trim();
    if (p === '') continue;
    p = clean(p);
    if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    const re = compile(p);
    if (re) out.push({ exclusion, re });
  }
  return out;
}

/** Whether `rel` (context-relative, `/`-separated, clean) is left out of the build context by `text`. */
export type ContextFilter = (rel: string) => boolean;

const filters = new Map<string, ContextFilter>();

/** A filter for one .dockerignore text (kept per text: the server asks on every keystroke). */
export function dockerignoreFilter(text: string): ContextFilter {
  const hit = filters.get(text);
  if (hit) return hit;
  const patterns = patternsOf(text);
  const filter: ContextFilter = (rel) => {
    const parts = rel.split('/');
    const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let excluded = false;
    for (const p of patterns) {
      // Like MatchesOrParentMatches: an inclusion is tried while not excluded, an exception while excluded.
      if (p.exclusion !== excluded) continue;
      if (prefixes.some((x) => p.re.test(x))) excluded = !p.exclusion;
    }
    return excluded;
  };
  if (filters.size >= 16) filters.clear();
  filters.set(text, filter);
  return filter;
}
