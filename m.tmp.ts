import { readFileSync } from 'fs';
import { LspTestClient } from './test/support/lspClient';
(async () => {
  for (const n of ['1000', '10000']) {
    const text = readFileSync(`bench/generated/bench-${n}.Dockerfile`, 'utf8');
    const c = await LspTestClient.start({ settings: { target: '5.15' } });
    const uri = 'file:///tmp/m/Dockerfile';
    let t = performance.now();
    await c.open(uri, text);
    await c.waitForDiagnostics(uri, { version: 1, timeoutMs: 60000 });
    const open = performance.now() - t;
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (!lines[line].startsWith('    ')) line++;
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      t = performance.now();
      const v = await c.change(uri, [{ range: { start: { line, character: 4 + i }, end: { line, character: 4 + i } }, text: 'x' }]);
      await c.waitForDiagnostics(uri, { version: v, timeoutMs: 60000 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const h: number[] = [];
    for (let i = 0; i < 40; i++) { t = performance.now(); await c.hover(uri, 0, 1); h.push(performance.now() - t); }
    h.sort((a, b) => a - b);
    console.log(n, 'open', open.toFixed(0), 'edit p50', times[20].toFixed(1), 'p95', times[38].toFixed(1), 'hover p50', h[20].toFixed(2), 'p95', h[38].toFixed(2));
    await c.shutdown();
  }
})();
