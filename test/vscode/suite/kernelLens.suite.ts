/**
 * The real-editor scenarios (test/e2e/vscode) through the VS Code extension API, inside the extension
 * host of a downloaded VS Code (@vscode/test-electron). Expectations come from test/e2e/expectations.json
 * so every editor test checks the same facts. The workspace is a scratch copy of
 * test/e2e/fixtures/workspace (its .kernel-lens.json sets target rhel8).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from './mochaApi';

const EXTENSION_ID = 'kernel-lens.kernel-lens';

interface Expectations {
  hover: { line: number; character: number; contains: string[] };
  vscode: {
    hoverFile: string;
    problemsFile: string;
    problems: string[][];
    quickFix: { line: number; column: number; title: string; textAfter: string; goneCode: string };
    targetPreset: string;
  };
}

/** Polls until `fn` returns something truthy; fails naming `what` (no fixed sleeps). */
async function poll<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c ?? '');
}

const kernelLensDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kernel-lens');

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/[*_`]/g, '');
}

suite('Kernel Lens in VS Code', () => {
  let expect: Expectations;
  let ws: vscode.Uri;
  const file = (rel: string) => vscode.Uri.joinPath(ws, ...rel.split('/'));

  suiteSetup(async function () {
    this.timeout(120_000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath must be the repository)`);
    expect = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'test', 'e2e', 'expectations.json'), 'utf8')) as Expectations;
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder open: runTest.ts opens a copy of test/e2e/fixtures/workspace');
    ws = folder.uri;
  });

  test('activates on a Dockerfile', async () => {
    const doc = await vscode.workspace.openTextDocument(file(expect.vscode.hoverFile));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'dockerfile');
    await poll('extension active', () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  test('hover on FROM centos:7 shows identity, glibc, minimum kernel and the host-kernel note', async () => {
    const uri = file(expect.vscode.hoverFile);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const pos = new vscode.Position(expect.hover.line, expect.hover.character);
    const text = await poll('Kernel Lens hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
      const t = hoverText(hovers ?? []);
      return t.includes(expect.hover.contains[0]) ? t : undefined;
    });
    for (const s of expect.hover.contains) assert.ok(text.toLowerCase().includes(s.toLowerCase()), `hover lacks "${s}": ${text}`);
  });

  test('kernel/Dockerfile gets the Kernel Lens diagnostics (source, rule id)', async () => {
    const uri = file(expect.vscode.problemsFile);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await poll(`diagnostics ${expect.vscode.problems.map((a) => a.join('|')).join(', ')}`, () => {
      const codes = kernelLensDiagnostics(uri).map(codeOf);
      return expect.vscode.problems.every((alts) => alts.some((c) => codes.includes(c)));
    });
  });

  test('a quick fix edits the document and its diagnostic goes away', async () => {
    const qf = expect.vscode.quickFix;
    const uri = file(expect.vscode.problemsFile);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diag = await poll(`diagnostic ${qf.goneCode}`, () => kernelLensDiagnostics(uri).find((d) => codeOf(d) === qf.goneCode));
    assert.equal(diag.range.start.line, qf.line - 1, 'diagnostic on the expected line');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const action = (actions ?? []).find((a) => a.title === qf.title);
    assert.ok(action?.edit, `no "${qf.title}" with an edit; offered: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit), 'workspace.applyEdit refused the edit');
    assert.ok(doc.getText().includes(qf.textAfter), `document lacks "${qf.textAfter}" after the fix`);
    await poll(`${qf.goneCode} gone after the fix`, () => {
      const d = kernelLensDiagnostics(uri);
      return d.length > 0 && !d.some((x) => codeOf(x) === qf.goneCode);
    });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the target picker command is registered', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('kernelLens.selectTarget'), 'kernelLens.selectTarget missing');
  });

  test('changing kernelLens.target (what the picker writes) changes the diagnostics', async () => {
    const uri = file(expect.vscode.problemsFile);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const config = vscode.workspace.getConfiguration('kernelLens', uri);
    const before = await poll('diagnostics before', () => {
      const d = kernelLensDiagnostics(uri);
      return d.length ? JSON.stringify(d.map((x) => `${codeOf(x)} ${x.message}`)) : undefined;
    });
    // .kernel-lens.json outranks settings; the picker's choice must still win (see the e2e report)
    await config.update('target', expect.vscode.targetPreset, vscode.ConfigurationTarget.Workspace);
    try {
      await poll('diagnostics change with the target', () => {
        const now = JSON.stringify(kernelLensDiagnostics(uri).map((x) => `${codeOf(x)} ${x.message}`));
        return now !== before && now !== '[]';
      });
    } finally {
      await config.update('target', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
