/** Quick fixes and fix-all through the real protocol: actions come from Diagnostic.data, edits apply cleanly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { applyEdits } from '../../server/src/analysis/edits';
import { LspTestClient } from '../support/lspClient';

const URI = 'file:///tmp/kl-codeactions/Dockerfile';
const TEXT = [
  'FROM ubuntu:24.04',
  'RUN apt-get update \\',
  '    && modprobe wireguard \\',
  '    && apt-get install -y curl',
  'RUN sysctl -w net.core.somaxconn=1024',
  '',
].join('\n');

test('quick fix from Diagnostic.data removes modprobe from its chain and the finding disappears', async () => {
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  try {
    await client.open(URI, TEXT);
    const diags = await client.waitForDiagnostics(URI, { predicate: (d) => d.some((x) => x.code === 'kernel-module-load') });
    const modprobe = diags.find((d) => d.code === 'kernel-module-load')!;
    assert.equal(modprobe.source, 'kernel-lens');
    assert.deepEqual(modprobe.range.start, { line: 2, character: 7 });
    assert.match(String(modprobe.codeDescription?.href), /docs\/rules\/kernel-module-load\.md$/);
    const actions = await client.codeActions(URI, modprobe.range, [modprobe]);
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.some((t) => /ignore kernel-module-load on this line/i.test(t)),
      titles.join(' | '),
    );
    assert.ok(
      titles.some((t) => /ignore kernel-module-load in this file/i.test(t)),
      titles.join(' | '),
    );
    // command-only fixes are for the Kernel Lens VS Code client (which sends extensionPath), not other editors
    assert.ok(!actions.some((a) => a.command && !a.edit), 'no VS Code-only commands for a plain LSP client');
    const remove = actions.find((a) => a.isPreferred && a.edit);
    assert.ok(remove, `a preferred removal fix among ${titles.join(' | ')}`);
    const edited = applyEdits(TEXT, remove.edit.changes[URI]);
    assert.doesNotMatch(edited, /^\s*&& modprobe/m);
    assert.match(edited, /apt-get update \\\n\s+&& apt-get install -y curl/);
    assert.equal(DockerfileParser.parse(edited).getInstructions().length, 3);

    const v = await client.change(URI, [{ text: edited }]);
    const after = await client.waitForDiagnostics(URI, { version: v });
    assert.ok(!after.some((d) => d.code === 'kernel-module-load'), JSON.stringify(after));
    assert.ok(after.some((d) => d.code === 'build-time-sysctl'));
  } finally {
    await client.shutdown();
  }
});

test('the VS Code client gets the target picker once, only where the target decides, and no docs action', async () => {
  // Linux 3.1 is older than Ubuntu 24.04's glibc accepts: libc-kernel-too-old rests on the target.
  const client = await LspTestClient.start({
    settings: { target: '3.1' },
    initializationOptions: { extensionPath: '/opt/kernel-lens', trusted: true },
  });
  try {
    await client.open(URI, TEXT);
    const diags = await client.waitForDiagnostics(URI, {
      predicate: (d) => d.some((x) => x.code === 'kernel-module-load') && d.some((x) => x.code === 'libc-kernel-too-old'),
    });
    const libc = diags.find((x) => x.code === 'libc-kernel-too-old')!;
    // The rule page is the diagnostic's code link, not an action in every quick-fix menu.
    assert.equal(libc.codeDescription?.href, 'file:///opt/kernel-lens/docs/rules/libc-kernel-too-old.md');
    const actions = await client.codeActions(URI, libc.range, [libc]);
    assert.equal(
      actions.filter((a) => a.command?.command === 'kernelLens.selectTarget').length,
      1,
      'target picker where the target decides',
    );
    assert.ok(!actions.some((a) => a.command?.command === 'kernelLens.openRuleDocs'), 'no docs action');
    // Two target-dependent diagnostics in one menu: still one picker.
    const both = await client.codeActions(URI, libc.range, [libc, libc]);
    assert.equal(both.filter((a) => a.command?.command === 'kernelLens.selectTarget').length, 1, 'one picker per menu');
    // Loading a module from a container is wrong on every host: no picker among its fixes.
    const mod = diags.find((x) => x.code === 'kernel-module-load')!;
    const modActions = await client.codeActions(URI, mod.range, [mod]);
    assert.ok(modActions.some((a) => /Ignore kernel-module-load/.test(a.title)));
    assert.ok(!modActions.some((a) => a.command?.command === 'kernelLens.selectTarget'), JSON.stringify(modActions.map((a) => a.title)));
  } finally {
    await client.shutdown();
  }
});

test('source.fixAll applies every safe fix in one edit', async () => {
  const client = await LspTestClient.start({ settings: { target: 'ubuntu-24.04' } });
  try {
    await client.open(URI, TEXT);
    const diags = await client.waitForDiagnostics(URI, { predicate: (d) => d.some((x) => x.code === 'kernel-module-load') });
    const actions = await client.codeActions(
      URI,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ['source.fixAll'],
    );
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0].kind, 'source.fixAll.kernel-lens');
    const fixed = applyEdits(TEXT, actions[0].edit.changes[URI]);
    assert.equal(DockerfileParser.parse(fixed).getInstructions().length >= 2, true);
    const v = await client.change(URI, [{ text: fixed }]);
    const after = await client.waitForDiagnostics(URI, { version: v });
    assert.ok(after.length < diags.length, `fewer findings after fix-all: ${after.length} < ${diags.length}`);
    assert.ok(!after.some((d) => d.code === 'kernel-module-load'));
    assert.ok(!after.some((d) => d.code === 'invalid-directive'), 'comments inserted by fixes are not mistaken for directives');
    assert.match(fixed, /# host kernel: /);
    // quick-fix-only requests do not return the fix-all action
    const quick = await client.codeActions(
      URI,
      after[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      after.slice(0, 1),
      ['quickfix'],
    );
    assert.ok(quick.every((a) => a.kind === 'quickfix'));
  } finally {
    await client.shutdown();
  }
});
