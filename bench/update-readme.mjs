// Regenerates the README's performance section from bench/results.json: replaces the text between
// `<!-- bench:start -->` and `<!-- bench:end -->` and nothing else. Without the markers it warns
// and leaves the README alone.
//
//   node bench/update-readme.mjs [results.json] [README.md]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGoals, renderMachine, renderTable } from './report.mjs';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export function renderSection(results) {
  return [
    `Measured by \`npm run bench\` (${renderMachine(results)})`,
    '',
    'Cells read “Kernel Lens vs docker-langserver (ratio)”. Each edit is a single character typed into a RUN continuation chain in the middle of the file; every latency is measured from sending the change to receiving the diagnostics of that version.',
    '“Cold open” is spawn → `initialize` → `didOpen` → first diagnostics, each message sent as soon as the previous answer arrives. Kernel Lens keeps a V8 code cache of its bundles in the per-user cache directory: the rows measure starts with that cache (every start after the first); “very first start” runs with an empty cache directory. The “Started plainly” rows run `node dist/server.js --stdio` with no Node flags and no environment, as editors other than VS Code start it.',
    coldStartsNote(results),
    '',
    renderTable(results),
    '',
    renderGoals(results.goals ?? []),
  ].join('\n');
}

/** How many starts the startup, cold-open and didOpen rows are the median of (bench/run.mjs measureColdOpens); older results say nothing. */
function coldStartsNote(results) {
  const n = results.config?.coldStarts;
  if (!n || n < 2) return 'Startup, cold-open and didOpen rows: one start per server (its full session).';
  return `Startup, cold-open (wall-clock and main-thread CPU) and didOpen → first diagnostics rows: the median of ${n} starts per server (open only, the servers alternating; each way of starting Kernel Lens with its own cache directory); “very first start”: the median of ${Math.max(n, results.config?.rounds ?? 1)} starts, each with a new empty cache directory.`;
}

/** Returns the new README text, or undefined when the markers are missing or out of order. */
export function replaceSection(readme, section) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0 || end < start) return undefined;
  return `${readme.slice(0, start + START.length)}\n${section}\n${readme.slice(end)}`;
}

export function updateReadme(results, readmePath) {
  if (!fs.existsSync(readmePath)) {
    process.stderr.write(`[bench] warning: ${readmePath} does not exist; README not updated\n`);
    return false;
  }
  const readme = fs.readFileSync(readmePath, 'utf8');
  const next = replaceSection(readme, renderSection(results));
  if (next === undefined) {
    process.stderr.write(`[bench] warning: ${path.basename(readmePath)} has no ${START} … ${END} markers; README not updated\n`);
    return false;
  }
  if (next !== readme) fs.writeFileSync(readmePath, next);
  process.stderr.write(`[bench] updated the performance section of ${path.basename(readmePath)}\n`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const benchDir = path.dirname(fileURLToPath(import.meta.url));
  const resultsPath = process.argv[2] ?? path.join(benchDir, 'results.json');
  const readmePath = process.argv[3] ?? path.join(benchDir, '..', 'README.md');
  updateReadme(JSON.parse(fs.readFileSync(resultsPath, 'utf8')), readmePath);
}
