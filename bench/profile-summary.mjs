// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self and inclusive time per function
// (name file:line), so a missed goal can be traced to its hot spots.
//
//   node bench/profile-summary.mjs <file.cpuprofile> [filter] [rows]
import * as fs from 'node:fs';

const [file, filter = '', rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 30);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const sampleTime = new Map();
for (let i = 0; i < prof.samples.length; i++)
  sampleTime.set(prof.samples[i], (sampleTime.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const key = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(dist|node_modules|server)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const selfBy = new Map();
const inclBy = new Map();
let total = 0;
for (const [id, t] of sampleTime) {
  total += t;
  const k = key(nodes.get(id));
  selfBy.set(k, (selfBy.get(k) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const ck = key(nodes.get(cur));
    if (seen.has(ck)) continue; // recursion counts once
    seen.add(ck);
    inclBy.set(ck, (inclBy.get(ck) ?? 0) + t);
  }
}
const top = (m) =>
  [...m]
    .filter(([k]) => k.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms\n--- self time\n${top(selfBy)}\n--- inclusive time\n${top(inclBy)}`);
