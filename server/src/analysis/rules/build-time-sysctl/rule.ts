/**
 * build-time-sysctl: kernel parameters written during the build (`sysctl -w`, `/proc/sys/…`,
 * `/etc/sysctl.conf`). A RUN step writes the build machine's kernel (or fails on a read-only
 * /proc/sys), and nothing applies /etc/sysctl.* when a container starts. Namespaced keys are set
 * per container at run time; the rest only on the host.
 */
import type { HoverNote, Rule, RuleContext } from '../types';
import type { Finding, Fix } from '../../types';
import { classifySysctl } from '../../../knowledge/sysctls';
import { removeCommandEdits } from '../../shell/fixes';
import { code, fromRelated } from '../shared/related';
import { copyLastArgument } from '../shared/copyArguments';
import { astRangeToAbsolute } from '../../document';
import { isSysctlDir, isSysctlFile, sysctlWrites, writesSysctl, type SysctlWrite } from '../shared/sysctlWrites';
import { startScriptRelated, startScriptWhere } from '../shared/startScripts';
import { isBootableAt, variableNames } from '../shared/stage';
import { effectiveStartBlocks } from '../shared/contextScripts';

const ID = 'build-time-sysctl';
/** Advice depends only on the settings, which are stable per command (see writesOf). */
const adviceMemo = new WeakMap<SysctlWrite['settings'], { text: string; comment: string }>();
function advice(settings: SysctlWrite['settings']): { text: string; comment: string } {
  let a = adviceMemo.get(settings);
  if (!a) adviceMemo.set(settings, (a = adviceUncached(settings)));
  return a;
}

function adviceUncached(settings: SysctlWrite['settings']): { text: string; comment: string } {
  if (settings.length === 0) {
    return {
      text: 'Set namespaced keys at run time with `docker run --sysctl k=v` (Compose `sysctls:`, Kubernetes `securityContext.sysctls`); set the others on the host.',
      comment: 'set these at run time (docker run --sysctl k=v) or on the host',
    };
  }
  const ns = settings.filter((s) => classifySysctl(s.key).class === 'namespaced');
  const host = settings.filter((s) => classifySysctl(s.key).class !== 'namespaced');
  const parts: string[] = [];
  const comments: string[] = [];
  const kv = (s: { key: string; value?: string }) => (s.value !== undefined && s.value !== '' ? `${s.key}=${s.value}` : s.key);
  if (ns.length) {
    const flags = ns.map((s) => `--sysctl ${kv(s)}`).join(' ');
    const notes = ns.map((s) => classifySysctl(s.key).note).filter((n): n is string => !!n);
    parts.push(
      `${ns.map((s) => code(s.key)).join(', ')} ${ns.length === 1 ? 'is' : 'are'} namespaced: set ${ns.length === 1 ? 'it' : 'them'} at run time: ${code(`docker run ${flags}`)} (Compose \`sysctls:\`, Kubernetes \`securityContext.sysctls\`).${notes.length ? ' ' + notes.join(' ') : ''}`,
    );
    comments.push(`run with: docker run ${flags}`);
  }
  if (host.length) {
    parts.push(
      `${host.map((s) => code(s.key)).join(', ')} ${host.length === 1 ? 'is' : 'are'} not namespaced: only the host can set ${host.length === 1 ? 'it' : 'them'} (e.g. a file in the host's /etc/sysctl.d/), for every container at once.`,
    );
    comments.push(`set ${host.map(kv).join(' ')} on the host (/etc/sysctl.d/)`);
  }
  return { text: parts.join(' '), comment: comments.join('; ') };
}

/** The command as written, cut to fit the first sentence of a message. */
function shortCommand(command: { name: string; args: readonly { raw: string }[] }): string {
  const full = [command.name, ...command.args.map((x) => x.raw)].join(' ');
  return full.length <= 32 ? full : `${full.slice(0, 31)}…`;
}

function check(ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const w of sysctlWrites(ctx)) {
    // A bootable image (bootc, ostree) boots with systemd-sysctl, which applies the file at each boot.
    if (w.via === 'file' && isBootableAt(ctx, w.command.block.startLine)) continue;
    const a = advice(w.settings);
    // First sentence: what goes wrong and where, within one line of the Problems panel.
    const what =
      w.via === 'file'
        ? `A sysctl file in the image has no effect: nothing applies it when a container starts. Containers do not run systemd-sysctl.`
        : w.via === 'load'
          ? `${code(shortCommand(w.command))} runs at build time on the build machine's kernel; the image keeps nothing. In a build container it may fail instead: /proc/sys is read-only there.`
          : `This sets a kernel parameter at build time on the build machine's kernel; the image keeps nothing. In a build container it may fail instead: /proc/sys is read-only there.`;
    // A write in a script RUN runs: the same words, led by the command and its line in the script.
    const where = startScriptWhere(w.command);
    const lead = where ? `${code(shortCommand(w.command))}${where}: ` : '';
    const fixes: Fix[] = [];
    const edits = removeCommandEdits(ctx.model, w.command, a.comment);
    if (edits) {
      fixes.push({
        title: w.settings.length
          ? `Remove the build-time write and note the run-time form`
          : 'Remove the build-time sysctl step and leave a note',
        kind: 'quickfix',
        edits,
        isPreferred: true,
        safe: w.via === 'sysctl' || w.via === 'proc',
      });
    }
    findings.push({
      ruleId: ID,
      severity: 'warning',
      range: w.range,
      message: `${lead}${what} ${a.text}`,
      related: [
        ...fromRelated(
          ctx,
          w.command.block.startLine,
          '{image} is a userland: kernel parameters belong to the kernel of the host the container runs on.',
        ),
        ...startScriptRelated(w.command),
      ],
      fixes,
    });
  }
  return findings;
}

/**
 * An ENV name spelling a kernel parameter with `__` for its dots, optionally under /proc/sys's `sys__`
 * (`net__ipv4__tcp_fin_timeout`, `sys__vm__drop_caches`): the convention of tuner images whose start
 * script writes each such variable's value under /proc/sys. Only the sysctl trees' top levels count.
 */
const SYSCTL_ENV_NAME = /^(?:sys__)?((?:net|vm|kernel|fs)__[a-z0-9]+(?:_{1,2}[a-z0-9]+)*)$/i;

/** The start command of a stage whose ENV names kernel parameters that way: explained, never reported (the script is not read). */
function envSysctlStartNotes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = [];
  for (const line of effectiveStartBlocks(ctx)) {
    const stage = ctx.stageAt(line);
    const keys: string[] = [];
    for (const block of ctx.model.instructions) {
      if (block.parsed.keyword !== 'ENV' || block.startLine > line || ctx.stageAt(block.startLine) !== stage) continue;
      for (const name of variableNames(block)) {
        const m = SYSCTL_ENV_NAME.exec(name);
        if (m) keys.push(m[1].toLowerCase().replace(/__/g, '.'));
      }
    }
    if (keys.length === 0) continue;
    const hostOnly = keys.filter((k) => classifySysctl(k).class !== 'namespaced');
    out.push({
      range: { start: { line, character: 0 }, end: { line, character: ctx.model.lines[line]?.length ?? 0 } },
      markdown:
        `**Start command with kernel parameters in ENV** (${keys.map((k) => `\`${k}\``).join(', ')}): ENV names spelling sysctl keys (\`__\` for \`.\`) are what a tuner script writes under /proc/sys at start. ` +
        `/proc/sys is read-only in a container unless it runs --privileged; ${hostOnly.length > 0 ? `${hostOnly.map((k) => `\`${k}\``).join(', ')} ${hostOnly.length === 1 ? 'is' : 'are'} not namespaced: writing ${hostOnly.length === 1 ? 'it' : 'them'} changes the host kernel.` : 'namespaced keys can be set with `docker run --sysctl` instead.'}`,
    });
  }
  return out;
}

function notes(ctx: RuleContext): HoverNote[] {
  const out: HoverNote[] = envSysctlStartNotes(ctx);
  for (const w of sysctlWrites(ctx)) {
    for (const s of w.settings) {
      const c = classifySysctl(s.key);
      out.push({
        range: w.range,
        markdown: `**${s.key}**: ${c.class === 'namespaced' ? `namespaced (${c.namespace ?? 'per container'}) — settable per container with \`--sysctl\`` : 'not namespaced — host-wide, set on the host'}${c.note ? `. ${c.note}` : ''}`,
      });
    }
  }
  // A sysctl file copied in (COPY sysctl.conf /etc/sysctl.conf): its content is not read here, so
  // explained, never reported — the same reason the file writes above are reported.
  for (const block of ctx.model.instructions) {
    const kw = block.parsed.keyword;
    if (kw !== 'COPY' && kw !== 'ADD') continue;
    const dest = copyLastArgument(block);
    if (!dest) continue;
    const path = dest.value.replace(/^\[?\s*"?|"?\s*,?\]?$/g, '');
    if (!isSysctlFile(path) && !isSysctlDir(path)) continue;
    out.push({
      range: astRangeToAbsolute(block, dest.astRange),
      markdown: isBootableAt(ctx, block.startLine)
        ? `**${path}**: kernel parameters systemd-sysctl applies at boot. This image is bootable (bootc/ostree): the machine that boots it applies them to its own kernel; run as a container, nothing applies them.`
        : `**${path}**: kernel parameters a host applies at boot (systemd-sysctl, procps). A container does not boot, so nothing applies this file when it starts. Set namespaced keys per container with \`docker run --sysctl k=v\` (Compose \`sysctls:\`, Kubernetes \`securityContext.sysctls\`); set the others in the host's /etc/sysctl.d/.`,
    });
  }
  // Reads are fine: explain them too, so a hover on `sysctl -n` says why nothing is flagged.
  for (const c of ctx.commands()) {
    if (c.name !== 'sysctl' || writesSysctl(c)) continue;
    out.push({
      range: c.nameWord.range,
      markdown:
        "**sysctl** (read): shows the parameters of the kernel it runs on — the build machine's during `docker build`, the host's in a container.",
    });
  }
  return out;
}

export const rule: Rule = {
  id: ID,
  defaultSeverity: 'warning',
  summary: 'Kernel parameters (sysctl) written at build time: set them at run time (namespaced) or on the host.',
  check,
  notes,
};
