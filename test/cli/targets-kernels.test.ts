/** `kernel-lens targets`: every Linux preset says its kernel, or why not (with a date), and which real config judges it. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, run } from './helpers';

before(() => ensureBuilt());

test('no preset says "kernel not set" without a dated reason', () => {
  const r = run(['targets', '--no-color']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  lines.forEach((line, i) => {
    if (!/^ {2}\S+\s+kernel not set\s/.test(line)) return;
    assert.match(lines[i + 1] ?? '', /^\s+kernel not set \(checked \d{4}-\d{2}-\d{2}\): /, `${line.trim()} gives no dated reason`);
  });
  assert.ok(
    lines.some((l) => /^ {2}coreos\s+kernel 4\.19\.123\s/.test(l)),
    'coreos (final Container Linux) has its real kernel',
  );
});

test('presets name the kernel build whose config judges them; JSON carries its provenance', () => {
  const text = run(['targets', '--no-color']).stdout;
  assert.match(text, /^ {2}rhel-9\.4\s+kernel 5\.14\.0\s+RHEL 9\.4 \(.*config of 5\.14\.0-427\.42\.1\.el9_4\)/m);
  assert.match(text, /^ {2}rhel7\s+kernel 3\.10\.0\s+.*config of 3\.10\.0-1160/m);
  const json = JSON.parse(run(['targets', '--format', 'json']).stdout) as {
    presets: { id: string; kernelConfig?: { release: string; source: string }; kernelUnknownReason?: string }[];
  };
  const rhel84 = json.presets.find((p) => p.id === 'rhel-8.4');
  assert.equal(rhel84?.kernelConfig?.release, '4.18.0-305.25.1.el8_4');
  assert.match(rhel84?.kernelConfig?.source ?? '', /lustre\/lustre-release @ c881f8eb/);
  assert.match(json.presets.find((p) => p.id === 'fedora-coreos')?.kernelUnknownReason ?? '', /checked \d{4}-\d{2}-\d{2}/);
});
