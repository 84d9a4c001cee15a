import { readFileSync } from 'fs';
import { LspTestClient, serverPath } from './test/support/lspClient';
(async () => {
  const text = readFileSync(`bench/generated/bench-10000.Dockerfile`, 'utf8');
  const c = await LspTestClient.start({ settings: { target: '5.15' }, args: ['--cpu-prof', '--cpu-prof-dir=/tmp/sprof', serverPath, '--stdio'] });
  const uri = 'file:///tmp/m/Dockerfile';
  await c.open(uri, text);
  await c.waitForDiagnostics(uri, { version: 1, timeoutMs: 60000 });
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (!lines[line].startsWith('    ')) line++;
  for (let i = 0; i < 60; i++) {
    const v = await c.change(uri, [{ range: { start: { line, character: 4 + i }, end: { line, character: 4 + i } }, text: 'x' }]);
    await c.waitForDiagnostics(uri, { version: v, timeoutMs: 60000 });
  }
  await c.shutdown();
})();
