/**
 * Text a build command writes into a file: `echo`/`printf` redirected with `>` or `>>`, a heredoc
 * fed to `cat > file` or `tee file`. The words come from the shell layer; the text is their values
 * joined, so a word that is only printed (no redirect) is never a write.
 */
import type { ShellCommand } from '../../shell/types';
import type { Range } from '../../types';

interface ConfigWrite {
  /** The written file as the command names it. */
  path: string;
  /** Where a note about the text belongs: the printed words, else the file word. */
  range: Range;
  text: string;
}

const WRITE_REDIRECTS = /^\d*(>|>>|>\||&>|&>>)$/;

/** The words echo/printf print (options dropped), with the range from the first to the last. */
function printed(c: ShellCommand): { text: string; range: Range } | undefined {
  if (c.name !== 'echo' && c.name !== 'printf') return undefined;
  const words = c.args.filter((a) => !/^-[neE]+$/.test(a.value ?? ''));
  if (words.length === 0) return undefined;
  const text = words.map((a) => a.value ?? a.raw.replace(/^["']|["']$/g, '')).join(' ');
  return { text: text.replace(/\\n/g, '\n'), range: { start: words[0].range.start, end: words[words.length - 1].range.end } };
}

/** The variable a word is, when it is one variable and nothing else (`$INSTALL_RPMS`, `${REQUIRED_PACKAGES}`). */
export function wholeVariable(raw: string): string | undefined {
  const m = /^\$(?:([A-Za-z_]\w*)|\{([A-Za-z_]\w*)\})$/.exec(raw);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * The file a redirect names: its literal value, or the value the same script gave the one variable it is
 * (`PREFS=/usr/lib/firefox/…/firefox.js && echo 'pref(…)' >> ${PREFS}`; ShellCommand.shellVariables).
 */
function targetPath(c: ShellCommand, target: ShellCommand['redirects'][number]['target']): string | undefined {
  if (target.value !== undefined) return target.value;
  const variable = wholeVariable(target.raw.replace(/^"(.*)"$/, '$1'));
  return variable ? c.shellVariables?.get(variable) : undefined;
}

/** What one command writes into files (at most one text, possibly to several files with tee). */
export function configWrites(c: ShellCommand): ConfigWrite[] {
  const out: ConfigWrite[] = [];
  const shown = printed(c);
  const body = shown?.text ?? c.stdinHeredoc;
  if (body === undefined) return out;
  for (const r of c.redirects) {
    const path = targetPath(c, r.target);
    if (path && WRITE_REDIRECTS.test(r.op)) out.push({ path, range: shown?.range ?? r.target.range, text: body });
  }
  if (c.name === 'tee' && c.stdinHeredoc !== undefined) {
    for (const a of c.args) {
      const path = a.value;
      if (path && !path.startsWith('-')) out.push({ path, range: a.range, text: c.stdinHeredoc });
    }
  }
  return out;
}
