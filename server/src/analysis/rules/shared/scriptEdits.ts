/**
 * Shell text a build step writes INTO a script that runs later, without writing the whole script:
 * - `sed -i '/^exec "$@"/i /lib/systemd/systemd-udevd --daemon && udevadm trigger' /ros_entrypoint.sh`: sed's
 *   `i`/`a`/`c` commands insert, append or change lines (GNU sed one-line form, `\n` separating lines);
 * - `sed -i 's/#!\/bin\/bash/#!\/bin\/bash\nrm \/var\/run\/docker.pid\ndockerd \&/' entrypoint`: the replacement
 *   of an `s` command, with sed's escapes undone (`\/` `\&` `\n`);
 * - `echo "update-binfmts --enable wine" >> ~/.bashrc`, `printf`/`tee -a f <<< '…'`: a line appended to a shell
 *   script or a shell start-up file.
 * The target must be a script (`*.sh`, `*.bash`, a name with `entrypoint`/`start`/`init`/`run`/`launch`/`boot`,
 * rc.local, OpenWrt's /etc/firewall.user) or a shell start-up file (.bashrc, .profile, .zshrc …): text written into a configuration file is
 * configuration (configWrites.ts), not commands. Only literal text is read: an expansion whose value is unknown
 * drops the edit. What these commands use is explained on the word holding the text (hover only: whether the
 * edited script runs, and when, is not in the Dockerfile).
 */
import type { ShellCommand, ShellWord } from '../../shell/types';

export interface ScriptEdit {
  /** The command that edits (sed, echo, printf, tee). */
  command: ShellCommand;
  /** The word holding the text, where notes go. */
  word: ShellWord;
  /** The script or start-up file edited. */
  file: string;
  /** The shell text written, one line per entry. */
  lines: string[];
}

/**
 * Files whose lines a shell runs: scripts by extension or by a start-script name, and shell start-up files.
 * firewall.user: OpenWrt's firewall runs it (openwrt/openwrt package/network/config/firewall/files/firewall.user:
 * "This file is interpreted as shell script. Put your custom iptables rules here, they will be executed with each
 * firewall (re-)start."; firewall.config includes it by `option path /etc/firewall.user`).
 */
const SCRIPT_FILE =
  /(^|\/)(\.(bashrc|bash_profile|bash_login|profile|zshrc|zprofile|kshrc|mkshrc)|bash\.bashrc|rc\.local|firewall\.user|[^/]*\.(sh|bash)|[^/.]*(entrypoint|entry|start|startup|init|run|launch|boot)[^/.]*)$/i;

export function isScriptFile(path: string): boolean {
  return SCRIPT_FILE.test(path);
}

/** Bounds: a longer text, or more lines, is not read (a sed script is a line or two). */
const MAX_TEXT_CHARS = 4096;
const MAX_LINES = 64;

/** The edits one build command makes to a script (usually none). */
export function scriptEditsOf(c: ShellCommand): ScriptEdit[] {
  if (c.phase !== 'build') return [];
  if (c.name === 'sed') return sedEdits(c);
  if (c.name === 'echo' || c.name === 'printf') return appendedText(c);
  if (c.name === 'tee') return teeHereString(c);
  return [];
}

function sedEdits(c: ShellCommand): ScriptEdit[] {
  // In place only (`-i`, `-ri`, `-i.bak`, `--in-place[=.bak]`): without it sed prints to stdout and edits nothing.
  if (!c.args.some((a) => a.value !== undefined && /^(-[a-zA-Z]*i|--in-place)/.test(a.value))) return [];
  const scripts: ShellWord[] = [];
  const files: ShellWord[] = [];
  for (let i = 0; i < c.args.length; i++) {
    const v = c.args[i].value;
    if (v === undefined) continue;
    if (v === '-e' || v === '--expression') {
      const next = c.args[++i];
      if (next) scripts.push(next);
    } else if (v === '-f' || v === '--file') i++;
    else if (v.startsWith('-')) continue;
    else if (scripts.length === 0 && !c.args.some((a) => a.value === '-e' || a.value === '--expression')) scripts.push(c.args[i]);
    else files.push(c.args[i]);
  }
  const file = files.map((f) => f.value ?? '').find((f) => isScriptFile(f));
  if (!file) return [];
  const out: ScriptEdit[] = [];
  for (const w of scripts) {
    const text = w.value;
    if (text === undefined || text.length > MAX_TEXT_CHARS) continue;
    const lines = sedWrittenLines(text);
    if (lines.length > 0) out.push({ command: c, word: w, file, lines });
  }
  return out;
}

/**
 * The lines a sed script writes: the text of `i`, `a`, `c` commands (one-line GNU form, after an optional address)
 * and the replacement of `s` commands, sed escapes undone. Each sed command is taken from its own line or `;`-free
 * one-liner; anything else (y, d, p …) writes nothing.
 */
export function sedWrittenLines(script: string): string[] {
  const out: string[] = [];
  const address = String.raw`(?:\d+|\$|/(?:[^/\\]|\\.)*/)?(?:,(?:\d+|\$|/(?:[^/\\]|\\.)*/))?`;
  const insert = new RegExp(String.raw`^\s*${address}\s*[iac]\\?\s?(.+)$`, 's');
  const m = insert.exec(script);
  if (m && !/^\s*s(.)/.test(script)) return unescapeSed(m[1], false);
  const s = new RegExp(String.raw`^\s*${address}\s*s(.)`).exec(script);
  if (!s) return out;
  const delim = s[1];
  if (/[\w\s\\]/.test(delim)) return out;
  // Split on unescaped delimiters: s<d>pattern<d>replacement<d>flags.
  const parts: string[] = [];
  let cur = '';
  for (let i = s[0].length; i < script.length; i++) {
    const ch = script[i];
    if (ch === '\\' && i + 1 < script.length) {
      cur += ch + script[++i];
      continue;
    }
    if (ch === delim) {
      parts.push(cur);
      cur = '';
      if (parts.length === 2) break;
      continue;
    }
    cur += ch;
  }
  return parts.length === 2 ? unescapeSed(parts[1], true) : out;
}

/** sed's escapes in inserted or replacement text: `\n` a new line, `\<delim>`, `\&`, `\\` the character itself. */
function unescapeSed(text: string, replacement: boolean): string[] {
  let s = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\' || i + 1 >= text.length) {
      // `&` in a replacement is the matched text: no command of its own.
      s += ch === '&' && replacement ? '' : ch;
      continue;
    }
    const next = text[++i];
    s += next === 'n' ? '\n' : next === 't' ? '\t' : next;
  }
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, MAX_LINES);
}

/** `echo "…" >> ~/.bashrc`, `printf '…\n' >> /entrypoint.sh`: the literal text appended (or written) to a script. */
function appendedText(c: ShellCommand): ScriptEdit[] {
  const r = c.redirects.find((x) => x.op === '>>' || x.op === '>');
  const file = r?.target.value ?? (r ? homeRelative(r.target.raw) : undefined);
  if (!r || !file || !isScriptFile(file)) return [];
  // `echo … > /entrypoint.sh` writing the whole script is a written start script (startScripts.ts), judged there.
  if (r.op === '>') return [];
  const words = c.args.filter((a) => !(a.value ?? '').startsWith('-'));
  if (words.length === 0 || words.some((a) => a.value === undefined)) return [];
  const text = words.map((a) => a.value).join(' ');
  if (text.length > MAX_TEXT_CHARS) return [];
  const lines = text
    .split(/\\n|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 ? [{ command: c, word: words[0], file, lines: lines.slice(0, MAX_LINES) }] : [];
}

/** `$HOME/.bashrc`, `~/.profile`: the file name is what decides, the home directory is not needed. */
function homeRelative(raw: string | undefined): string | undefined {
  const m = raw === undefined ? null : /^(?:\$HOME|\$\{HOME\}|~)(\/[^$`]*)$/.exec(raw);
  return m ? m[1] : undefined;
}

/** `tee -a Launch.sh <<< 'text'`: a here-string appended to a script. */
function teeHereString(c: ShellCommand): ScriptEdit[] {
  if (!c.args.some((a) => a.value === '-a' || a.value === '--append')) return [];
  const file = c.args.map((a) => a.value ?? '').find((v) => !v.startsWith('-') && isScriptFile(v));
  const here = c.redirects.find((x) => x.op === '<<<');
  const text = here?.target.value;
  if (!file || !here || text === undefined || text.length > MAX_TEXT_CHARS) return [];
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length > 0 ? [{ command: c, word: here.target, file, lines: lines.slice(0, MAX_LINES) }] : [];
}
