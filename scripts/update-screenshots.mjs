// Copies the screenshots of the latest real-editor run (.cache/screenshots/, written by
// test/e2e/vscode/code-server.mjs) into the tracked docs/images/. Tests never write docs/images/ themselves,
// so `npm test` leaves the working tree as it found it; run this on purpose and review the diff.
// Usage: npm run screenshots:update
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const from = path.join(root, '.cache', 'screenshots');
const to = path.join(root, 'docs', 'images');
const shots = fs.existsSync(from)
  ? fs
      .readdirSync(from)
      .filter((f) => f.endsWith('.png'))
      .sort()
  : [];
if (shots.length === 0) {
  console.error(
    `no screenshots in ${path.relative(root, from)}/: run the real-editor tests first (npm test, or node test/e2e/run.mjs vscode)`,
  );
  process.exit(1);
}
fs.mkdirSync(to, { recursive: true });
for (const f of shots) fs.copyFileSync(path.join(from, f), path.join(to, f));
console.log(`copied ${shots.length} screenshots into docs/images/: ${shots.join(', ')}`);
