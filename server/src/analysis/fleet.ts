/**
 * Several targets at once: the same document analysed against each target, findings merged by rule
 * and range. A merged finding says which targets fail and which are fine ("fails on rhel8 (4.18),
 * wsl2-5.15; fine on ubuntu-24.04") and keeps each target's own verdict, so JSON and SARIF can
 * carry them and a hover can show a table. The per-target analyses are the ordinary ones: a merged
 * verdict for one target always equals that target's single-target run.
 */
import { analyzeSteps, runToEnd, type AnalysisResult, type AnalyzeOptions } from './analyze';
import { BlockCache, buildModel, type DockerfileModel } from './document';
import type { TargetLayers } from './host/resolve';
import type { TargetInput } from './host/settings';
import type { TargetHost } from './host/types';
import { comparePositions, type Finding, type Severity } from './types';

export interface TargetRun {
  /** What the user named: a preset id, a kernel version or a profile path. */
  name: string;
  result: AnalysisResult;
}

export interface TargetVerdict {
  target: string;
  /** Short words for lists: "rhel8 (4.18)". */
  label: string;
  severity?: Severity;
  message?: string;
}

export interface FleetFinding extends Finding {
  /** Every target's verdict, in the order the targets were given; `severity` absent = fine there. */
  verdicts: TargetVerdict[];
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** "rhel8 (4.18)", "ubuntu-24.04 (6.8)", "./hosts/a.json (6.1.0-18-amd64)". */
function shortTargetLabel(name: string, target: TargetHost): string {
  if (target.os === 'windows') return target.windowsBuild !== undefined ? `${name} (build ${target.windowsBuild})` : name;
  if (!target.kernel) return name;
  const k = target.kernel;
  const line = `${k.major}.${k.minor}`;
  return name.startsWith(line) ? name : `${name} (${line})`;
}

function keyOf(f: Finding): string {
  const r = f.range;
  return `${f.ruleId}\u0000${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** "fails on a, b; fine on c" — the list that leads a merged finding. */
function verdictSummary(verdicts: readonly TargetVerdict[]): string {
  const failing = verdicts.filter((v) => v.severity !== undefined).map((v) => v.label);
  const fine = verdicts.filter((v) => v.severity === undefined).map((v) => v.label);
  if (fine.length === 0) return `on every target: ${failing.join(', ')}`;
  return `fails on ${failing.join(', ')}; fine on ${fine.join(', ')}`;
}

/** The summary goes at the end of the first sentence, so it is read at a glance. */
function withSummary(message: string, summary: string): string {
  const end = message.search(/[.!?](?=\s+[A-Z`(]|$)/);
  if (end < 0) return `${message} (${summary})`;
  return `${message.slice(0, end)} (${summary})${message.slice(end)}`;
}

/**
 * Code-unit order. Rule ids are lowercase ASCII words with hyphens, where it equals localeCompare's
 * order; localeCompare's first call maps ICU's collation data into the process (about 3 MiB RSS,
 * kept for the process's lifetime) for an order that only needs to be stable.
 */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Merges per-target findings of one document. Order: by position, as single-target findings are. */
function mergeTargetRuns(runs: readonly TargetRun[]): FleetFinding[] {
  const labels = runs.map((r) => shortTargetLabel(r.name, r.result.target));
  const merged = new Map<string, { finding: Finding; byTarget: (Finding | undefined)[] }>();
  runs.forEach((run, i) => {
    for (const f of run.result.findings) {
      const key = keyOf(f);
      let m = merged.get(key);
      if (!m) merged.set(key, (m = { finding: f, byTarget: new Array(runs.length).fill(undefined) }));
      m.byTarget[i] = f;
      if (RANK[f.severity] > RANK[m.finding.severity]) m.finding = f;
    }
  });
  const out: FleetFinding[] = [];
  for (const { finding, byTarget } of merged.values()) {
    const verdicts: TargetVerdict[] = runs.map((run, i) => {
      const f = byTarget[i];
      const v: TargetVerdict = { target: run.name, label: labels[i] };
      if (f) {
        v.severity = f.severity;
        v.message = f.message;
      }
      return v;
    });
    const summary = verdictSummary(verdicts);
    out.push({
      ...finding,
      message: withSummary(finding.message, summary),
      related: [
        { message: `Per target: ${verdicts.map((v) => `${v.label} ${v.severity ?? 'fine'}`).join('; ')}` },
        ...(finding.related ?? []),
      ],
      verdicts,
    });
  }
  out.sort(
    (a, b) =>
      comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end) || compareCodeUnits(a.ruleId, b.ruleId),
  );
  return out;
}

/** One target of a fleet: the name the user wrote and the layers that make it the target. */
export interface FleetMember {
  name: string;
  layers: Omit<TargetLayers, 'directive'>;
}

const LAYER_KEYS = ['cli', 'workspaceFile', 'settings'] as const;

function inputOf(l: Omit<TargetLayers, 'directive'>, k: (typeof LAYER_KEYS)[number]): TargetInput | undefined {
  return k === 'workspaceFile' ? l.workspaceFile?.input : l[k];
}

/**
 * The fleet named by `targets` in the highest layer that names a host (by `target`, `kernel`,
 * `os`, `windowsBuild` or `targets`), as one layer set per target; undefined for a single target.
 * `targets` takes the place of `target` in its layer.
 */
export function fleetOf(layers: Omit<TargetLayers, 'directive'>): FleetMember[] | undefined {
  for (const k of LAYER_KEYS) {
    const input = inputOf(layers, k);
    if (!input) continue;
    if (input.targets && input.targets.length > 0) {
      return input.targets.map((name) => {
        const { targets: _all, ...rest } = input;
        const one: TargetInput = { ...rest, target: name };
        const copy: Omit<TargetLayers, 'directive'> = { ...layers };
        if (k === 'workspaceFile') copy.workspaceFile = { ...layers.workspaceFile!, input: one };
        else copy[k] = one;
        return { name, layers: copy };
      });
    }
    if (input.target !== undefined || input.kernel !== undefined || input.os !== undefined || input.windowsBuild !== undefined)
      return undefined;
  }
  return undefined;
}

/**
 * The analysis against every target of the fleet the options name (or the plain analysis when they
 * name one target), as steps: the caller keeps its slicing and abandons it like a single analysis.
 * Models, shell commands and stage resolution are shared: only the rules run per target.
 */
export function* analyzeFleetSteps(model: DockerfileModel, options: AnalyzeOptions = {}): Generator<void, AnalysisResult, void> {
  const fleet = options.layers && !options.target ? fleetOf(options.layers) : undefined;
  if (!fleet) return yield* analyzeSteps(model, options);
  const runs: TargetRun[] = [];
  for (const m of fleet) runs.push({ name: m.name, result: yield* analyzeSteps(model, { ...options, layers: m.layers }) });
  return fleetResult(runs);
}

/** A result standing for every run: the first target's model and notes, merged findings, every problem once. */
export function fleetResult(runs: readonly TargetRun[]): AnalysisResult {
  const first = runs[0].result;
  const seen = new Set<string>();
  const targetProblems = runs
    .flatMap((r) => r.result.targetProblems)
    .filter((p) => {
      const key = `${p.where}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const findings = mergeTargetRuns(runs);
  return {
    model: first.model,
    stages: first.stages,
    target: first.target,
    targetProblems,
    findings,
    get notes() {
      return first.notes;
    },
    fleet: runs.map((r) => ({ name: r.name, target: r.result.target })),
  };
}

/** analyzeDocument against the fleet the options name (or the one target). */
export function analyzeFleetDocument(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const model = buildModel(text, options.cache ?? new BlockCache());
  return runToEnd(analyzeFleetSteps(model, options));
}
