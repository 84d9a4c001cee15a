/**
 * Programs a process supervisor starts from files the Dockerfile COPYs from its build context, where
 * no CMD/ENTRYPOINT names them: s6-overlay run scripts (`COPY root/ /` with
 * `root/etc/s6-overlay/s6-rc.d/<svc>/run`, v2 `etc/services.d/<svc>/run` and `etc/cont-init.d/*`), runit /
 * phusion baseimage (`/etc/service/<svc>/run`, `/etc/my_init.d/*`), supervisord's `[program:x] command=`, and
 * with systemd as PID 1 the `ExecStart=` lines of the units a RUN enables.
 * Like contextScripts.ts this only names context paths: the caller reads them (a path ending in `/` is a
 * folder whose entry names it lists, analysis/host/contextRead.ts) and passes the texts back.
 *
 * Only when the image's start is that supervisor: the CMD/ENTRYPOINT the image runs names it
 * (`supervisord`, `/init`, `s6-svscan`, `/sbin/my_init`, `runsvdir`, `/sbin/init`), or the Dockerfile sets no ENTRYPOINT
 * (s6) / no start at all (phusion) on a base whose entrypoint is that supervisor (linuxserver.io and
 * hotio bases run s6-overlay's `/init`; phusion/baseimage runs `/sbin/my_init`, both by their own Dockerfiles).
 * A folder COPY is followed only to these known service folders, never listed wider. (supervisord started by
 * the start script CMD runs is found by startScripts.ts once that script is read: `only`.)
 */
import type { InstructionBlock } from '../../document';
import { basename } from '../../shell/wrappers';
import type { Range } from '../../types';
import type { RuleContext } from '../types';
import type { ShellCommand, ShellWord } from '../../shell/types';
import { effectiveStartBlocks, globRegExp } from './contextScripts';
import { copyOperands } from './copyArguments';
import { initPrograms } from '../../../knowledge/runtimeFacts';

/** Service files read per Dockerfile at most (run scripts, init scripts, supervisord files). */
export const MAX_SERVICE_FILES = 16;

export type Supervisor = 's6' | 'runit' | 'supervisord' | 'systemd';
/** How a known folder holds its services: a folder per service with a `run` script, or files directly. */
type Shape = 'svc-dirs' | 'files';

interface Location {
  dir: string;
  shape: Shape;
  by: Supervisor;
}

/** Where each supervisor reads what it starts (s6-overlay README, runit runsvdir(8), phusion baseimage README, supervisord docs). */
const LOCATIONS: readonly Location[] = [
  { dir: '/etc/s6-overlay/s6-rc.d', shape: 'svc-dirs', by: 's6' },
  { dir: '/etc/services.d', shape: 'svc-dirs', by: 's6' },
  { dir: '/etc/cont-init.d', shape: 'files', by: 's6' },
  { dir: '/etc/service', shape: 'svc-dirs', by: 'runit' },
  { dir: '/etc/my_init.d', shape: 'files', by: 'runit' },
  { dir: '/etc/supervisor/conf.d', shape: 'files', by: 'supervisord' },
  { dir: '/etc/supervisord.d', shape: 'files', by: 'supervisord' },
  { dir: '/etc/supervisor.d', shape: 'files', by: 'supervisord' },
  // systemd(1) as PID 1 starts the enabled units of its unit search path (systemd.unit(5)).
  { dir: '/etc/systemd/system', shape: 'files', by: 'systemd' },
  { dir: '/lib/systemd/system', shape: 'files', by: 'systemd' },
  { dir: '/usr/lib/systemd/system', shape: 'files', by: 'systemd' },
];
/**
 * Programs that are systemd when they are PID 1: the knowledge table's systemd paths and its init paths (`/sbin/init` is
 * a link to systemd on systemd distributions); a bare `init` is not read as systemd here.
 */
const SYSTEMD_INITS = new Set(initPrograms.filter((p) => p.init === 'systemd' || p.path.startsWith('/')).map((p) => p.path));
/** supervisord's own configuration files (its default search list, supervisord(1) `-c`). */
const SUPERVISORD_FILES = ['/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'];
/** s6-rc bundles, not services: they have no run script. */
const S6_BUNDLES = new Set(['user', 'user2', 'base']);

/**
 * Bases whose own ENTRYPOINT/CMD is the supervisor (their Dockerfiles: linuxserver/docker-baseimage-* and hotio/base
 * `ENTRYPOINT ["/init"]`; phusion/baseimage-docker `CMD ["/sbin/my_init"]`). The old `linuxserver/baseimage` (no
 * distro suffix, linuxserver-archive/docker-baseimage) was `FROM phusion/baseimage` with that CMD: my_init, not s6.
 */
const OLD_LSIO_BASE = /(^|\/)linuxserver\/baseimage([:@]|$)/i;
const S6_BASE = /(^|\/)(linuxserver\/|hotio\/)/i;
const PHUSION_BASE = /(^|\/)phusion\/(baseimage|passenger)/i;

/** A service file or folder in the build context and the COPY source word that brings it. */
export interface ServiceSource {
  /** Context path; a folder ends with `/`. */
  path: string;
  shape: Shape | 'file';
  /** A folder's entries this COPY takes (`COPY conf.d/* /etc/supervisor/conf.d/`): a basename glob. */
  glob?: string;
  /** A configuration file (supervisord `command=`, systemd `ExecStart=`), else a script. */
  config: boolean;
  /** systemd: the unit names `systemctl enable` enables (a unit copied but not enabled does not start). */
  enabled?: ReadonlySet<string>;
  supervisor: Supervisor;
  by: Range;
  block: InstructionBlock;
}

type Ctx = Pick<RuleContext, 'model' | 'stageAt' | 'commands' | 'stages'>;

/** The supervisor a start word names: s6-overlay's `/init`, s6-svscan, phusion's my_init, runit's runsvdir (systemd: the caller). */
export function supervisorOfWord(value: string): 's6' | 'runit' | 'supervisord' | undefined {
  const b = basename(value);
  if (b === 'supervisord') return 'supervisord';
  if (value === '/init' || b === 's6-svscan') return 's6';
  if (b === 'my_init' || b === 'runsvdir') return 'runit';
  return undefined;
}

/**
 * The service a path names in an s6-overlay or runit service folder (`/etc/s6-overlay/s6-rc.d/dockerd/run` -> dockerd,
 * `/etc/service/app/` -> app), or in s6-rc's `user` bundle, whose `contents.d/<svc>` entries are the services it starts
 * (s6-overlay README, "Using s6-rc"). Only for the supervisors `sups` the image starts.
 */
export function supervisedServiceName(path: string, sups: ReadonlySet<Supervisor>): string | undefined {
  for (const loc of LOCATIONS) {
    if (loc.shape !== 'svc-dirs' || !sups.has(loc.by) || !path.startsWith(`${loc.dir}/`)) continue;
    const parts = path.slice(loc.dir.length + 1).split('/');
    const name = S6_BUNDLES.has(parts[0]) && parts[1] === 'contents.d' ? parts[2] : parts[0];
    if (name && !name.startsWith('.') && !S6_BUNDLES.has(name) && /^[\w.@-]+$/.test(name)) return name;
  }
  return undefined;
}

/** The supervisors the image starts: by its CMD/ENTRYPOINT words, or inherited from a known base. */
export function supervisorsOf(ctx: Ctx): Set<Supervisor> {
  const out = new Set<Supervisor>();
  const final = ctx.stages[ctx.stages.length - 1];
  if (!final) return out;
  const effective = effectiveStartBlocks(ctx);
  const keywords = new Set<string>();
  for (const line of effective) keywords.add(ctx.model.instructions.find((b) => b.startLine === line)?.parsed.keyword ?? '');
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'start' || !effective.has(c.block.startLine)) continue;
    for (const w of [c.nameWord, ...c.args]) {
      const v = w.value ?? '';
      const by = supervisorOfWord(v);
      if (by) out.add(by);
      if (SYSTEMD_INITS.has(v) && w === c.nameWord) out.add('systemd');
    }
  }
  const root = ctx.stages[final.chain[final.chain.length - 1] ?? final.index] ?? final;
  const old = OLD_LSIO_BASE.test(root.imageText);
  if (!keywords.has('ENTRYPOINT') && !old && S6_BASE.test(root.imageText)) out.add('s6');
  if (keywords.size === 0 && (old || PHUSION_BASE.test(root.imageText))) out.add('runit');
  return out;
}

const join = (a: string, b: string): string => (a === '' ? b : `${a}/${b}`);
const clean = (p: string): string | undefined => {
  if (/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(p) || p.includes('$')) return undefined;
  const parts = p.split('/').filter((x) => x !== '' && x !== '.');
  return parts.includes('..') ? undefined : parts.join('/');
};

/** What one COPY source (context path `src`, landing at image path `at`, a folder when `dir`) brings to a known location. */
function sourceAt(src: string, at: string, dir: boolean, loc: Location): { path: string; shape: ServiceSource['shape'] } | undefined {
  const locDir = `${loc.dir}/`;
  if (dir) {
    const under = at.endsWith('/') ? at : `${at}/`;
    // A folder copied above the location (`COPY root/ /`): its sub-folder at the location.
    if (locDir.startsWith(under)) {
      const folder = [src, locDir.slice(under.length, -1)].filter((x) => x !== '').join('/');
      return folder === '' ? undefined : { path: `${folder}/`, shape: loc.shape };
    }
    // A service's own folder (`COPY nginx/ /etc/services.d/nginx/`).
    const rest = under.slice(locDir.length, -1);
    if (under.startsWith(locDir) && loc.shape === 'svc-dirs' && rest !== '' && !rest.includes('/'))
      return { path: join(src, 'run'), shape: 'file' };
    return undefined;
  }
  if (
    loc.shape === 'files'
      ? at.slice(0, at.lastIndexOf('/')) === loc.dir
      : at.startsWith(locDir) && /^[^/]+\/run$/.test(at.slice(locDir.length))
  )
    return { path: src, shape: 'file' };
  return undefined;
}

/** What one COPY source brings to the supervisors' known places (its range and block added by the caller). */
function hitsAt(
  src: string,
  at: string,
  dir: boolean,
  sups: ReadonlySet<Supervisor>,
  enabled: ReadonlySet<string>,
): Omit<ServiceSource, 'by' | 'block'>[] {
  const out: Omit<ServiceSource, 'by' | 'block'>[] = [];
  for (const loc of LOCATIONS) {
    if (!sups.has(loc.by)) continue;
    const hit = sourceAt(src, at.replace(/\/+$/, '') || '/', dir, loc);
    if (!hit || (loc.by === 'systemd' && hit.shape === 'file' && !enabled.has(basename(at)))) continue;
    out.push({
      ...hit,
      config: loc.by === 'supervisord' || loc.by === 'systemd',
      supervisor: loc.by,
      enabled: loc.by === 'systemd' ? enabled : undefined,
    });
  }
  if (sups.has('supervisord') && !dir && SUPERVISORD_FILES.includes(at))
    out.push({ path: src, shape: 'file', config: true, supervisor: 'supervisord' });
  return out;
}

/** The service files and folders the final image's COPYs bring from the build context, for its supervisors (or `only` that one). */
export function serviceSources(ctx: Ctx, only?: Supervisor): ServiceSource[] {
  // `only`: a supervisor known to start by other means (a start script that execs supervisord).
  const sups = only ? new Set([only]) : supervisorsOf(ctx);
  const final = ctx.stages[ctx.stages.length - 1];
  if (sups.size === 0 || !final) return [];
  const stages = new Set([final.index, ...final.chain]);
  const enabled = sups.has('systemd') ? enabledUnits(ctx, stages) : new Set<string>();
  const out: ServiceSource[] = [];
  for (let bi = 0, bs = ctx.model.instructions; bi < bs.length; bi++) {
    const block = bs[bi]; // indexed: no iterator object per element (see memo.ts)
    const kw = block.parsed.keyword;
    if ((kw !== 'COPY' && kw !== 'ADD') || !stages.has(ctx.stageAt(block.startLine)?.index ?? -1)) continue;
    if (/--from[= ]/i.test(ctx.model.lines[block.startLine] ?? '')) continue;
    const ops = copyOperands(block);
    const dest = ops.dest?.value;
    if (ops.heredoc || !dest?.startsWith('/') || dest.includes('$')) continue;
    for (const s of ops.sources) {
      let src = clean(s.value);
      if (src === undefined || /[*?[]/.test(src.slice(0, src.lastIndexOf('/') + 1))) continue;
      // `dir/*` into a service folder: that folder's entries the glob matches.
      const glob = /[*?[]/.test(basename(src)) ? basename(src) : undefined;
      if (glob !== undefined) {
        src = src.slice(0, Math.max(0, src.lastIndexOf('/')));
        const at = dest.replace(/\/+$/, '');
        const loc = LOCATIONS.find((l) => l.dir === at && l.shape === 'files' && sups.has(l.by));
        if (loc && src !== '')
          out.push({
            path: `${src}/`,
            shape: 'files',
            glob,
            config: loc.by !== 'runit' && loc.by !== 's6',
            supervisor: loc.by,
            enabled: loc.by === 'systemd' ? enabled : undefined,
            by: s.range,
            block,
          });
        continue;
      }
      // A source ending in `/` or `.` is a folder; one without an extension may be either (as in contextScripts.ts).
      const certain = src === '' || s.value.endsWith('/');
      const file = `${dest.replace(/\/+$/, '')}/${basename(src)}`;
      const places: [string, boolean][] = certain ? [[dest, true]] : [[ops.destIsDirectory ? file : dest, false]];
      if (!certain && !basename(src).includes('.')) places.push([dest, true]);
      for (const [at, dir] of places) for (const hit of hitsAt(src, at, dir, sups, enabled)) out.push({ ...hit, by: s.range, block });
    }
  }
  return out;
}

/** Units a RUN of the image's stages enables (`systemctl enable nginx`, `systemctl enable --now a.service b`), as file names. */
function enabledUnits(ctx: Ctx, stages: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (let ci = 0, cs = ctx.commands(); ci < cs.length; ci++) {
    const c = cs[ci]; // indexed: no iterator object per element (see memo.ts)
    if (c.phase !== 'build' || c.name !== 'systemctl' || !stages.has(ctx.stageAt(c.block.startLine)?.index ?? -1)) continue;
    for (const w of bootServiceWords(c)) {
      const u = w.value ?? '';
      out.add(u.includes('.') ? basename(u) : `${basename(u)}.service`);
    }
  }
  return out;
}

/**
 * The service names a command registers to start when the image boots its init: `systemctl enable a b` (systemd),
 * `chkconfig --add a` and `chkconfig a on` (chkconfig(8)), `update-rc.d a defaults|enable` (update-rc.d(8)),
 * `rc-update add a` (OpenRC), `insserv a` (insserv(8)).
 */
export function bootServiceWords(c: Pick<ShellCommand, 'name' | 'args'>): ShellWord[] {
  const ops = c.args.filter((a) => a.value !== undefined && a.value !== '' && !a.value.startsWith('-'));
  const second = ops[1]?.value ?? '';
  switch (c.name) {
    case 'systemctl':
      return ops[0]?.value === 'enable' ? ops.slice(1) : [];
    case 'chkconfig':
      return c.args.some((a) => a.value === '--add') || second === 'on' ? ops.slice(0, 1) : [];
    case 'update-rc.d':
      return /^(defaults|enable|start)$/.test(second) ? ops.slice(0, 1) : [];
    case 'rc-update':
      return ops[0]?.value === 'add' ? ops.slice(1, 2) : [];
    case 'insserv':
      return ops.slice(0, 1);
    default:
      return [];
  }
}

/** The files a listed service folder holds (the listing text: one entry a line, folders ending in `/`). */
export function listedServiceFiles(folder: ServiceSource, listing: string): string[] {
  const out: string[] = [];
  for (const entry of listing.split('\n')) {
    if (entry === '' || entry.startsWith('.') || (folder.glob !== undefined && !globRegExp(folder.glob).test(entry.replace(/\/$/, ''))))
      continue;
    if (folder.shape === 'svc-dirs' && entry.endsWith('/') && !S6_BUNDLES.has(entry.slice(0, -1))) out.push(`${folder.path}${entry}run`);
    else if (folder.shape !== 'files' || entry.endsWith('/')) continue;
    else if (folder.enabled ? folder.enabled.has(entry) : !folder.config || /\.(conf|ini)$/.test(entry)) out.push(folder.path + entry);
  }
  return out;
}

/**
 * A supervisord configuration as shell text, line for line: each started program's `command=` value at its
 * own line and column, every other line empty. A program with `autostart=false` is not started; `;`/`#`
 * comment lines and inline ` ;` comments are not commands (supervisord's INI rules).
 */
export function supervisordCommands(text: string): string {
  return configCommands(text, /^(\s*command\s*=\s*)(.*)$/i, /^program:/i, /^\s*autostart\s*=\s*false\b/i);
}

/**
 * A systemd unit as shell text, line for line: `ExecStartPre=`, `ExecStart=`, `ExecStartPost=` of its `[Service]`
 * section, without the `-@:+!` prefixes (systemd.service(5)); other lines empty, `;`/`#` comments too.
 */
export function systemdCommands(text: string): string {
  return configCommands(text, /^(\s*ExecStart(?:Pre|Post)?\s*=\s*[-@:+!]*)(.*)$/, /^Service$/, undefined);
}

/** INI-style configuration as shell text: the values `key` matches in sections `section` matches, unless `off` matches a line of it. */
function configCommands(text: string, key: RegExp, section: RegExp, off: RegExp | undefined): string {
  const lines = text.split(/\r?\n/);
  const out = lines.map(() => '');
  let current: { on: boolean; commands: number[] } | undefined;
  const flush = (): void => {
    if (!current?.on) return;
    for (const i of current.commands) {
      const m = key.exec(lines[i]);
      if (m) out[i] = ' '.repeat(m[1].length) + m[2].replace(/\s;.*$/, '');
    }
  };
  lines.forEach((line, i) => {
    const head = /^\s*\[([^\]]+)\]/.exec(line);
    if (head) {
      flush();
      current = { on: section.test(head[1].trim()), commands: [] };
    } else if (current && key.test(line)) current.commands.push(i);
    else if (current && off?.test(line)) current.on = false;
  });
  flush();
  return out.join('\n');
}
