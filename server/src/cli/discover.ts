/**
 * Which files `kernel-lens check` reads: explicit files as given, folders searched recursively for
 * Dockerfile names, and glob patterns (`*`, `?`, `[…]`, `{a,b}`, `**`) expanded here so quoting
 * them works the same in every shell and on Windows.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './args';

/**
 * Names a folder search takes for Dockerfiles: `Dockerfile`, `Containerfile`, `Dockerfile.<variant>`
 * / `Containerfile.<variant>` (e.g. Dockerfile.dev), `<name>.Dockerfile`, `<name>.dockerfile`,
 * `<name>.containerfile`. A named file argument is always checked, whatever its name.
 */
const DOCKERFILE_NAME = /^(?:(?:Dockerfile|Containerfile)(?:\.[^.]+)*|.+\.(?:Dockerfile|dockerfile|Containerfile|containerfile))$/;
/**
 * Last suffixes that make a Dockerfile-like name something else: templates rendered into a
 * Dockerfile (their text is not Dockerfile syntax yet), docs, ignore files, editor and merge leftovers.
 */
const NOT_A_DOCKERFILE_SUFFIX = new Set([
  'md',
  'markdown',
  'rst',
  'txt',
  'adoc',
  'html',
  'j2',
  'jinja',
  'jinja2',
  'tmpl',
  'tpl',
  'template',
  'erb',
  'mustache',
  'hbs',
  'handlebars',
  'gotmpl',
  'in',
  'm4',
  'mako',
  'ejs',
  'dockerignore',
  'containerignore',
  'gitignore',
  'orig',
  'bak',
  'backup',
  'old',
  'rej',
  'swp',
  'swo',
  'tmp',
  'temp',
  'save',
  'sav',
  'dist-old',
  'patch',
  'diff',
  'sh',
  'json',
  'yml',
  'yaml',
  'toml',
  'lock',
]);
/**
 * Folders a search never enters: dependencies, and hidden folders (VCS data, caches, build tool
 * state) — except the two hidden folders where projects keep real Dockerfiles.
 */
const SKIPPED_DIRS = new Set(['node_modules']);
const HIDDEN_DIRS_SEARCHED = new Set(['.devcontainer', '.github']);
const GLOB_CHARS = /[*?[{]/;

export interface InputFile {
  /** Path as shown in messages (relative as given, joined with what was found below a folder). */
  display: string;
  /** Absolute path; undefined for standard input. */
  absolute?: string;
}

/** Whether a folder search takes a file of this name as a Dockerfile. */
export function isDockerfileName(name: string): boolean {
  if (!DOCKERFILE_NAME.test(name) || name.endsWith('~')) return false;
  const dot = name.lastIndexOf('.');
  return dot < 0 || !NOT_A_DOCKERFILE_SUFFIX.has(name.slice(dot + 1).toLowerCase());
}

/** Whether a folder search enters a folder of this name. */
export function isSearchedFolder(name: string): boolean {
  if (SKIPPED_DIRS.has(name)) return false;
  return !name.startsWith('.') || HIDDEN_DIRS_SEARCHED.has(name);
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // Follow links to files; never links to folders (cycles).
      const st = statOrUndefined(full);
      isDir = false;
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (isSearchedFolder(e.name)) walk(full, out);
    } else if (isFile && isDockerfileName(e.name)) out.push(full);
  }
}

/** Glob segment → RegExp: `*` and `?` never cross '/', `[…]` classes, `{a,b}` alternatives. */
function segmentRegExp(segment: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = segment.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  while (depth-- > 0) re += ')';
  try {
    return new RegExp(`^${re}$`);
  } catch {
    // e.g. a class out of order ('[z-a]'): the user's pattern is wrong, not the program.
    throw new UsageError(`invalid pattern '${segment}': a [...] class in it is not valid (ranges go low to high, e.g. [a-z])`);
  }
}

/** Expands a glob pattern to existing paths (files and folders), sorted. */
function expandGlob(pattern: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = normalized.startsWith('/');
  const segments = normalized.split('/').filter((s, i) => s !== '' || i === 0);
  // The static prefix: leading segments without glob characters.
  let start = 0;
  const prefix: string[] = [];
  while (start < segments.length - 1 && !GLOB_CHARS.test(segments[start])) prefix.push(segments[start++]);
  let base = prefix.join('/');
  if (absolute && base === '') base = '/';
  const results = new Set<string>();
  const match = (dir: string, i: number): void => {
    if (i === segments.length) {
      results.add(dir);
      return;
    }
    const seg = segments[i];
    if (seg === '**') {
      match(dir, i + 1); // zero folders
      for (const e of listDirs(dir)) match(join(dir, e), i);
      return;
    }
    if (!GLOB_CHARS.test(seg)) {
      const next = join(dir, seg);
      if (statOrUndefined(next || '.')) match(next, i + 1);
      return;
    }
    const re = segmentRegExp(seg);
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir || '.');
    } catch {
      return;
    }
    for (const name of names.sort()) {
      // Like shells: '*' does not match hidden names unless the pattern starts with '.'.
      if (name.startsWith('.') && !seg.startsWith('.')) continue;
      if (!re.test(name)) continue;
      const next = join(dir, name);
      if (i < segments.length - 1 && !statOrUndefined(next)?.isDirectory()) continue;
      match(next, i + 1);
    }
  };
  match(base, start);
  return [...results].sort();
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  if (dir.endsWith('/')) return dir + name;
  return `${dir}/${name}`;
}

function listDirs(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir || '.', { withFileTypes: true })
      .filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Every file to check, in argument order, without duplicates. Throws UsageError for a path that
 * does not exist, a folder without Dockerfiles and a pattern that matches none: in CI a typo in a
 * path must fail loudly, not pass with nothing checked.
 */
export function discoverFiles(args: readonly string[], cwd: string): InputFile[] {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (display: string): void => {
    const abs = path.resolve(cwd, display);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ display, absolute: abs });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (seen.has('-')) throw new UsageError("'-' (standard input) is given more than once");
      seen.add('-');
      out.push({ display: '-' });
      continue;
    }
    const st = statOrUndefined(path.resolve(cwd, arg));
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(path.resolve(cwd, arg), found);
      if (found.length === 0)
        throw new UsageError(
          `no Dockerfiles found in ${arg} (looked for Dockerfile, Containerfile, Dockerfile.<variant>, *.Dockerfile, *.dockerfile, *.containerfile)`,
        );
      for (const f of found) add(path.join(arg, path.relative(path.resolve(cwd, arg), f)));
      continue;
    }
    if (st) {
      add(arg);
      continue;
    }
    if (GLOB_CHARS.test(arg)) {
      const matches = withCwd(cwd, () => expandGlob(arg));
      const files: string[] = [];
      for (const m of matches) {
        const mst = statOrUndefined(path.resolve(cwd, m));
        if (mst?.isDirectory()) {
          const found: string[] = [];
          walk(path.resolve(cwd, m), found);
          files.push(...found.map((f) => path.join(m, path.relative(path.resolve(cwd, m), f))));
        } else if (mst?.isFile()) files.push(m);
      }
      if (files.length === 0) throw new UsageError(`no files match ${arg}`);
      for (const f of files) add(f);
      continue;
    }
    throw new UsageError(`no such file or folder: ${arg}`);
  }
  return out;
}

/** Globs are expanded relative to cwd; fs calls in expandGlob use relative paths. */
function withCwd<T>(cwd: string, fn: () => T): T {
  const before = process.cwd();
  if (path.resolve(before) === path.resolve(cwd)) return fn();
  process.chdir(cwd);
  try {
    return fn();
  } finally {
    process.chdir(before);
  }
}
