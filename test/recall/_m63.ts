/**
 * Recall measured the way issue #16 is judged: on real Dockerfile lines from public repositories
 * (corpus.tsv), an entry is covered when hovering some word of its instruction line(s) explains a
 * kernel dependency, or a diagnostic sits on those lines, under any of three targets. Ordinary
 * application lines (negatives.tsv) must draw no kernel warning or error on any of them.
 *
 * Both files: one entry a line, tab-separated `repo  path  family  provenance  snippet`, where the
 * snippet is a JSON string (a FROM line, then the instruction line(s) being measured; a snippet
 * of one line measures the FROM line itself, as for Windows images). Where the real file gives the
 * measured line its meaning through an earlier line (`EXPOSE 2049` after `apk add nfs-utils`), the
 * snippet keeps that context line and a `# recall: measured below` comment before the measured
 * line(s); only those are measured. `provenance`: `verbatim` (a long continued list may be cut to
 * the lines measured), `from-adapted` (the FROM line made concrete, e.g. an ARG-built base), or
 * `constructed` (written here, not found in a repository).
 *
 * The floors below are what was measured when the corpus was collected, minus a small margin:
 * the test fails when recall regresses, and the printed report names every uncovered entry.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, type AnalysisResult } from '../../server/src/analysis/analyze';
import { hoverAt } from '../../server/src/analysis/hover';
import { resolveTarget } from '../../server/src/analysis/host/resolve';
import type { TargetHost } from '../../server/src/analysis/host/types';
import { NOT_KERNEL_RULES } from '../support/kernelRules';

const here = dirname(fileURLToPath(import.meta.url));
const TODAY = new Date('2026-11-26T00:00:00Z');
const TARGETS = ['rhel8', 'ubuntu-22.04', 'debian-12'] as const;

/** A hover explains a kernel dependency when it speaks of what the host kernel must provide. */
const KERNEL_WORDS = /kernel|host|module|CONFIG_|cgroup|namespace|capabilit|netfilter|device|binfmt|systemd|Windows/i;
const CARD_SEPARATOR = '\n\n---\n\n';

interface Entry {
  repo: string;
  path: string;
  family: string;
  provenance: string;
  text: string;
  lines: string[];
}

function readEntries(file: string): Entry[] {
  const out: Entry[] = [];
  for (const [i, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cols = raw.split('\t');
    assert.equal(cols.length, 5, `${file}:${i + 1} has ${cols.length} columns, not 5`);
    const [repo, path, family, provenance, snippet] = cols;
    const text = JSON.parse(snippet) as string;
    assert.match(text, /^FROM /, `${file}:${i + 1} snippet starts with a FROM line`);
    out.push({ repo, path, family, provenance, text: text + '\n', lines: text.split('\n') });
  }
  return out;
}

const targets = new Map<string, TargetHost>(TARGETS.map((t) => [t, resolveTarget({ cli: { target: t } }).target]));
const analyse = (text: string, target: string): AnalysisResult => analyzeDocument(text, { today: TODAY, target: targets.get(target)! });

const MEASURED_BELOW = '# recall: measured below';
/** The lines an entry measures: those after the marker, else after the FROM line, else the FROM line. */
function measuredLines(e: Entry): number[] {
  if (e.lines.length === 1) return [0];
  const marker = e.lines.indexOf(MEASURED_BELOW);
  return e.lines.map((_, i) => i).slice(marker >= 0 ? marker + 1 : 1);
}

/** Every position a reader could hover: the start of each word and of each part of a word. */
function wordStarts(line: string): number[] {
  const starts = new Set<number>();
  for (const m of line.matchAll(/[^\s"'`[\],;=:|&<>(){}]+/g)) {
    starts.add(m.index!);
    for (const sub of m[0].matchAll(/[/.@+-]+/g)) starts.add(m.index! + sub.index! + sub[0].length);
  }
  return [...starts].filter((c) => c < line.length).sort((a, b) => a - b);
}

interface Coverage {
  hover: boolean;
  diagnostic: boolean;
  /** The targets under which a diagnostic sits on the measured lines. */
  diagnosticTargets: string[];
}

function coverageOf(e: Entry): Coverage {
  const lines = measuredLines(e);
  const cov: Coverage = { hover: false, diagnostic: false, diagnosticTargets: [] };
  for (const t of TARGETS) {
    const result = analyse(e.text, t);
    if (
      result.findings.some((f) => !NOT_KERNEL_RULES.has(f.ruleId) && lines.some((l) => f.range.start.line <= l && l <= f.range.end.line))
    ) {
      cov.diagnostic = true;
      cov.diagnosticTargets.push(t);
    }
    if (cov.hover) continue;
    for (const l of lines) {
      const isFromLine = /^FROM\s/i.test(e.lines[l]);
      for (const character of wordStarts(e.lines[l])) {
        const hover = hoverAt(result, { line: l, character }, TODAY);
        if (!hover) continue;
        // On a FROM line the image card always answers; only rule notes after it, or a card
        // naming a Windows image (whose kernel a Linux host cannot give), explain a dependency.
        const parts = hover.markdown.split(CARD_SEPARATOR);
        const explains = isFromLine
          ? parts.slice(1).some((p) => KERNEL_WORDS.test(p)) || /Windows/.test(parts[0])
          : KERNEL_WORDS.test(hover.markdown);
        if (explains) {
          cov.hover = true;
          break;
        }
      }
      if (cov.hover) break;
    }
  }
  return cov;
}
const file = process.argv[2];
let cov = 0, hov = 0, dia = 0; const es = readEntries(file);
for (const e of es) { const c = coverageOf(e); if (c.hover) hov++; if (c.diagnostic) dia++; if (c.hover || c.diagnostic) cov++; console.log(`${c.hover || c.diagnostic ? 'COV ' : 'MISS'} h=${+c.hover} d=${c.diagnosticTargets.join(',')} [${e.family}] ${e.repo}: ${e.lines.slice(1).join(' ').slice(0, 110)}`); }
console.log(`covered ${cov}/${es.length} hover ${hov} diag ${dia}`);
if (process.argv[3] === 'neg') for (const e of es) for (const t of TARGETS) for (const f of analyse(e.text, t).findings) if (!NOT_KERNEL_RULES.has(f.ruleId) && (f.severity === 'error' || f.severity === 'warning')) console.log(`ALARM ${e.repo} ${t} ${f.ruleId} ${f.message}`);
