// Loaded into the language server by bench/peakPhases.ts --probe (NODE_OPTIONS=--require): samples
// the V8 heap every 5 ms and records the samples that raised the process's RSS, and every major
// collection (with the heap right after it); prints both on stderr when sent SIGUSR2. Diagnostic only.
const v8 = require('node:v8');
const { PerformanceObserver, constants } = require('node:perf_hooks');

const MiB = 1024 * 1024;
const t0 = Date.now();
const rows = [];
let maxRss = 0;

function heapLine() {
  const h = v8.getHeapStatistics();
  const space = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size / MiB]));
  const rss = process.memoryUsage.rss() / MiB;
  const f = (x) => (x ?? 0).toFixed(1);
  return {
    rss,
    text: `rss ${f(rss)} heap committed ${f(h.total_physical_size / MiB)} used ${f(h.used_heap_size / MiB)} old ${f(space.old_space)} new ${f(space.new_space)} large ${f(space.large_object_space)} code ${f(space.code_space)} malloced ${f(h.malloced_memory / MiB)} external ${f(process.memoryUsage().external / MiB)}`,
  };
}

setInterval(() => {
  const { rss, text } = heapLine();
  if (rss <= maxRss) return;
  maxRss = rss;
  rows.push(`${Date.now() - t0} ms  new peak: ${text}`);
}, 5).unref();

new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
    rows.push(`${Math.round(e.startTime)} ms  major GC (${e.duration.toFixed(1)} ms), after: ${heapLine().text}`);
  }
}).observe({ entryTypes: ['gc'] });

process.on('SIGUSR2', () => process.stderr.write(`${rows.join('\n')}\n`));
