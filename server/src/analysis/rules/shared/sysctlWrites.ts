/**
 * Kernel parameter writes at build time: `sysctl -w k=v` / `sysctl k=v`, `sysctl -p|--system`,
 * writes into /proc/sys, and sysctl config files (/etc/sysctl.conf, the sysctl.d(5) directories) written by a
 * redirect, tee or `sed -i`. build-time-sysctl flags them; the requirements list the settings.
 */
import type { Range } from '../../types';
import type { ShellCommand } from '../../shell/types';
import { normalizeSysctlKey, sysctlConfigFiles } from '../../../knowledge/sysctls';
import { perCommand, perContext, type DocumentContext } from './memo';
import { runScriptCommands } from './startScripts';

const PROC_SYS = '/proc/sys/';

export interface SysctlWrite {
  command: ShellCommand;
  range: Range;
  /** key=value pairs when known (value may be undefined). */
  settings: { key: string; value?: string }[];
  /** How it writes: 'sysctl' (-w / k=v), 'load' (-p/--system), 'proc' (/proc/sys file), 'file' (/etc/sysctl.conf, /etc/sysctl.d/). */
  via: 'sysctl' | 'load' | 'proc' | 'file';
}

export function isSysctlFile(p: string): boolean {
  return p === sysctlConfigFiles.file || sysctlConfigFiles.dirs.some((d) => p.startsWith(`${d}/`));
}

/** A sysctl.d(5) directory itself (`COPY 99-x.conf /usr/lib/sysctl.d/`). */
export function isSysctlDir(p: string): boolean {
  return (sysctlConfigFiles.dirs as readonly string[]).includes(p.replace(/\/+$/, ''));
}

function keyFromProcPath(p: string): string {
  return p.slice(PROC_SYS.length).replace(/\//g, '.');
}

/** key = value lines of a sysctl.conf body or echo argument. */
function parseConf(text: string): { key: string; value?: string }[] {
  const out: { key: string; value?: string }[] = [];
  for (const line of text.split(/\r?\n|\\n/)) {
    const m = /^\s*-?\s*([A-Za-z0-9_][\w./*-]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m?.[1].includes('.')) out.push({ key: normalizeSysctlKey(m[1]), value: m[2] });
  }
  return out;
}

function echoed(c: ShellCommand): string | undefined {
  if (c.name !== 'echo' && c.name !== 'printf') return undefined;
  return c.args
    .filter((a) => !/^-[neE]+$/.test(a.value ?? ''))
    .map((a) => a.value ?? a.raw)
    .join(' ');
}

const WRITE_REDIRECTS = /^\d*(>|>>|>\||&>|&>>)$/;

/**
 * Kernel parameter writes at build time, in RUN and in the build-context scripts RUN runs (on the
 * word that runs the script). Computed once per analysis: build-time-sysctl and the requirements read it.
 */
export const sysctlWrites = perContext((ctx: DocumentContext): readonly SysctlWrite[] => {
  const out: SysctlWrite[] = [];
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build') continue;
    for (const w of writesOf(c, undefined)) out.push(w);
  }
  for (const c of runScriptCommands(ctx)) for (const w of writesOf(c, undefined)) out.push(w);
  return out;
});

/** The command writes kernel parameters, whatever the phase (`CMD sysctl -w …` writes too, when the container starts). */
export function writesSysctl(c: ShellCommand): boolean {
  return writesOf(c, undefined).length > 0;
}

/** The writes of one build command (memoised on the command object: unchanged instructions cost nothing). */
const writesOf = perCommand((c: ShellCommand, _unused: undefined): readonly SysctlWrite[] => {
  const out: SysctlWrite[] = [];
  if (c.name === 'sysctl') {
    const values = c.args.map((a) => a.value ?? a.raw);
    const load = c.args.find((a) => /^(-p|--load(=.*)?|--system|-[a-zA-Z]*p)$/.test(a.value ?? ''));
    if (load) {
      out.push({ command: c, range: load.range, settings: [], via: 'load' });
      return out;
    }
    const write = values.includes('-w') || values.includes('--write');
    c.args.forEach((a, i) => {
      const v = values[i];
      if (v.startsWith('-')) return;
      const eq = v.indexOf('=');
      if (eq > 0)
        out.push({
          command: c,
          range: a.range,
          settings: [{ key: normalizeSysctlKey(v.slice(0, eq)), value: v.slice(eq + 1) }],
          via: 'sysctl',
        });
      else if (write) out.push({ command: c, range: a.range, settings: [{ key: normalizeSysctlKey(v) }], via: 'sysctl' });
    });
    return out;
  }
  // Redirections into /proc/sys or sysctl config files.
  for (const r of c.redirects) {
    const p = r.target.value;
    if (!p || !WRITE_REDIRECTS.test(r.op)) continue;
    if (p.startsWith(PROC_SYS)) {
      const val = echoed(c)?.trim();
      out.push({ command: c, range: r.target.range, settings: [{ key: keyFromProcPath(p), value: val || undefined }], via: 'proc' });
    } else if (isSysctlFile(p)) {
      const body = c.stdinHeredoc ?? echoed(c) ?? '';
      out.push({ command: c, range: r.target.range, settings: parseConf(body), via: 'file' });
    }
  }
  if (c.name === 'tee') {
    for (const a of c.args) {
      const p = a.value;
      if (!p || p.startsWith('-')) continue;
      if (p.startsWith(PROC_SYS)) out.push({ command: c, range: a.range, settings: [{ key: keyFromProcPath(p) }], via: 'proc' });
      else if (isSysctlFile(p)) out.push({ command: c, range: a.range, settings: parseConf(c.stdinHeredoc ?? ''), via: 'file' });
    }
  }
  if (c.name === 'sed' && c.args.some((a) => /^(-[a-zA-Z]*i.*|--in-place(=.*)?)$/.test(a.value ?? ''))) {
    for (const a of c.args) if (a.value && isSysctlFile(a.value)) out.push({ command: c, range: a.range, settings: [], via: 'file' });
  }
  return out;
});
