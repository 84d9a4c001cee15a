import type { DockerfileModel } from '../document';
import type { StageInfo } from '../stages';
import type { TargetHost, TargetProblem } from '../host/types';
import type { Finding, Range, Severity } from '../types';
import type { ShellCommand } from '../shell/types';

/** Build-context files by context-relative path (`entrypoint.sh`, `scripts/start.sh`). */
export type ContextFiles = ReadonlyMap<string, string>;

/** Everything a rule may read. Built once per analysis; lazily computed parts are cached. */
export interface RuleContext {
  readonly model: DockerfileModel;
  readonly stages: readonly StageInfo[];
  readonly target: TargetHost;
  /** "Today" for support-status computations (tests pin it). */
  readonly today: Date;
  /** Shell commands of every RUN/CMD/ENTRYPOINT/HEALTHCHECK, in document order (cached per block). */
  commands(): readonly ShellCommand[];
  /** The stage an absolute line belongs to. */
  stageAt(line: number): StageInfo | undefined;
  /**
   * Build-context files the caller read (context-relative path → text), only those
   * `contextPathsOf` asked for; absent or missing entries are unknown. Never read by the analysis itself.
   */
  readonly contextFiles?: ContextFiles;
  /** Problems in the file's own `# kernel-lens:` / `# kernel-lens-ignore` comments (invalid-directive). */
  readonly directiveProblems: readonly TargetProblem[];
}

/** Explanation shown when hovering a command, whether or not it produced a finding. */
export interface HoverNote {
  range: Range;
  /** Markdown. */
  markdown: string;
}

export interface RuleMeta {
  /** Stable id, kebab-case, also the docs page name: docs/rules/<id>.md */
  id: string;
  /** Severity when the rule fires with nothing that raises or lowers it. */
  defaultSeverity: Severity;
  /** One line for `kernel-lens rules` and SARIF metadata. */
  summary: string;
}

/**
 * What an image needs from its container runtime or host beyond kernel features, as a rule found
 * it: capabilities, devices, a privileged container, host-side setup in words. The requirements
 * report (analysis/requirements.ts) reads these through the registry, so it lists a need exactly
 * where the rule saw a use.
 */
export interface RuntimeNeed {
  /** What is needed, e.g. 'TUN/TAP device (/dev/net/tun)'. */
  facility: string;
  /** What in the Dockerfile asks for it, e.g. "`openvpn`", "package `fuse3`". */
  via: string;
  /** 0-based line of the use. */
  line: number;
  /** 'build' when a RUN step needs it (no run flag helps there), 'run' when the container does. */
  phase: 'build' | 'run';
  capAdd?: readonly string[];
  devices?: readonly string[];
  privileged?: boolean;
  /** Conditions on the host in words (a driver, a toolkit, virtualisation extensions). */
  notes?: readonly string[];
}

export interface Rule extends RuleMeta {
  /** Findings with their ready fixes (rule-specific fixes only; the common ones are added centrally). */
  check(ctx: RuleContext): Finding[];
  /**
   * Memoised passes over the whole document that `check` reads (perDocument values), in the order the
   * analysis runs them ahead of `check`, each a step of its own: a big document then gets a turn of
   * the event loop between them instead of one long step. Running them ahead changes no result.
   */
  passes?: readonly ((ctx: RuleContext) => unknown)[];
  /** Hover explanations for commands this rule understands (optional). */
  notes?(ctx: RuleContext): HoverNote[];
  /** Runtime needs of the uses this rule understands, whatever the target (optional). */
  runtimeNeeds?(ctx: RuleContext): RuntimeNeed[];
}
