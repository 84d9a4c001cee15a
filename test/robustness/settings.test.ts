/**
 * Bad settings and bad kernel config files, through the real server: each problem is shown once,
 * in words that name it, the target falls back, and the server keeps serving (hover answers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { LspTestClient, serverPath } from '../support/lspClient';

const TEXT = 'FROM ubuntu:22.04\nRUN modprobe wireguard\n';

async function withServer(
  settings: unknown,
  body: (c: LspTestClient, uri: string) => Promise<void>,
  pull = true,
  start: { command?: string; args?: string[] } = {},
): Promise<void> {
  const client = await LspTestClient.start({ settings, pullConfiguration: pull, ...start });
  const uri = `file:///settings-${Math.random().toString(36).slice(2)}/Dockerfile`;
  try {
    await client.open(uri, TEXT);
    await client.waitForDiagnostics(uri, { timeoutMs: 20_000 });
    await body(client, uri);
    const hover = await client.hover(uri, 0, 7);
    assert.match(hover!.contents.value, /Ubuntu 22\.04/, 'the server keeps serving');
    assert.equal(client.proc.exitCode, null, client.stderr.slice(-2000));
  } finally {
    await client.shutdown();
  }
}

const wrongTypes: [string, unknown][] = [
  ['target', 42],
  ['target', { id: 'rhel8' }],
  ['target', ['rhel8']],
  ['target', ''],
  ['target', 'x'.repeat(100_000)],
  ['kernelConfigPath', 42],
  ['kernelConfigPath', ['a']],
  ['kernelConfigPath', ''],
  ['architecture', 7],
  ['architecture', 'z80'],
  ['os', true],
  ['os', 'beos'],
  ['cgroup', 'two'],
  ['cgroup', 3],
  ['cgroup', -1],
  ['vsyscall', 1],
  ['vsyscall', 'sometimes'],
  ['runtime', 5],
  ['runtime', 'docker@not-a-version+maybe'],
  ['rules', 'x'],
  ['rules', ['kernel-module-load']],
  ['rules', { 'kernel-module-load': 'loud' }],
  ['rules', { 'kernel-module-load': 3 }],
  ['rules', { 'no-such-rule': 'off' }],
  ['rules', null],
];

test('wrong types and values in every setting: reported once each, the server keeps serving', { timeout: 120_000 }, async (t) => {
  for (const [key, value] of wrongTypes) {
    await withServer({ [key]: value }, async (client, uri) => {
      // send it again: still only one message for it
      await client.changeConfiguration({ [key]: value });
      await client.hover(uri, 0, 7);
      const text = JSON.stringify(client.shownMessages);
      const counts = new Map<string, number>();
      for (const m of client.shownMessages) counts.set(m.message, (counts.get(m.message) ?? 0) + 1);
      for (const [m, n] of counts) assert.equal(n, 1, `"${m}" shown ${n} times`);
      t.diagnostic(`${key}=${JSON.stringify(value).slice(0, 40)}: ${text.slice(0, 300)}`);
      for (const m of client.shownMessages) assert.ok(m.message.length <= 1000, `a ${m.message.length}-character notification`);
      // '' and null mean "not set"; an unknown rule id in rules is ignored (not a type error)
      const invalid = value !== '' && value !== null && !(key === 'rules' && JSON.stringify(value).includes('no-such-rule'));
      if (invalid)
        assert.ok(
          client.shownMessages.some((m) => m.message.includes(key === 'architecture' ? 'architecture' : key)),
          `no message names ${key}: ${text}`,
        );
    });
  }
});

test('the whole settings object of the wrong type (pushed and pulled), and unknown keys', { timeout: 60_000 }, async () => {
  for (const settings of [42, 'x', [1, 2], null, { unknownKey: 1, target: 'rhel8' }]) {
    await withServer(settings, async (client, uri) => {
      await client.changeConfiguration(settings);
      await client.hover(uri, 0, 7);
    });
    await withServer(
      settings,
      async (client, uri) => {
        await client.changeConfiguration(settings);
        await client.hover(uri, 0, 7);
      },
      false,
    );
  }
});

test('unknown presets: one message with a suggestion, fallback, still serving', async () => {
  await withServer({ target: 'rhel-99' }, async (client) => {
    const msgs = client.shownMessages.filter((m) => /rhel-99/.test(m.message));
    assert.equal(msgs.length, 1, JSON.stringify(client.shownMessages));
    assert.match(msgs[0].message, /kernelLens\.target/);
  });
  await withServer({ target: 'banana' }, async (client) => {
    assert.equal(client.shownMessages.filter((m) => /banana/.test(m.message)).length, 1);
  });
});

/** Kernel config files that cannot be used. Each: one message naming the file and the problem; target unknown-config; hover still answers. */
test('kernel config paths that are missing, a directory, unreadable, binary, gzipped garbage, empty, or 100 MB', {
  timeout: 120_000,
}, async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cfg-'));
  const openDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cfg-open-'));
  fs.chmodSync(openDir, 0o755);
  try {
    const cases: { name: string; file: string; expect: RegExp; skip?: string; asNobody?: boolean }[] = [];
    cases.push({ name: 'missing', file: path.join(dir, 'nope.config'), expect: /does not exist/ });
    fs.mkdirSync(path.join(dir, 'folder'));
    cases.push({ name: 'a directory', file: path.join(dir, 'folder'), expect: /folder|directory/ });
    const binary = path.join(dir, 'binary.config');
    fs.writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 255, 254]));
    cases.push({ name: 'binary', file: binary, expect: /binary/ });
    const gzGarbage = path.join(dir, 'garbage.config.gz');
    fs.writeFileSync(gzGarbage, Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from('definitely not deflate data')]));
    cases.push({ name: 'gzipped garbage', file: gzGarbage, expect: /gzip/ });
    const gzNotConfig = path.join(dir, 'text.config.gz');
    fs.writeFileSync(gzNotConfig, zlib.gzipSync('hello world\n'));
    cases.push({ name: 'gzip of something that is not a config', file: gzNotConfig, expect: /no CONFIG_ lines/ });
    const empty = path.join(dir, 'empty.config');
    fs.writeFileSync(empty, '');
    cases.push({ name: 'empty', file: empty, expect: /empty/ });
    const huge = path.join(dir, 'huge.config');
    // 100 MB, sparse: refused by its size (stat) without being read.
    const fd = fs.openSync(huge, 'w');
    fs.ftruncateSync(fd, 100 * 1024 * 1024);
    fs.closeSync(fd);
    cases.push({ name: '100 MB', file: huge, expect: /larger than/ });
    const bomb = path.join(dir, 'bomb.config.gz');
    fs.writeFileSync(bomb, zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a'), { level: 9 }));
    cases.push({ name: 'gzip bomb (64 MiB inflated)', file: bomb, expect: /larger than/ });
    // Unreadable: root reads files whatever their mode, so as root the server runs as 'nobody' (setpriv).
    const unreadable = path.join(openDir, 'unreadable.config');
    fs.writeFileSync(unreadable, 'CONFIG_A=y\n');
    fs.chmodSync(unreadable, 0o000);
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const setpriv = root && spawnSync('setpriv', ['--version']).status === 0;
    cases.push({
      name: root ? 'unreadable (chmod 000), server run as nobody' : 'unreadable (chmod 000)',
      file: unreadable,
      expect: /permission denied/,
      asNobody: setpriv,
      skip:
        root && !setpriv
          ? 'running as root without setpriv: root reads files whatever their mode; kernelConfig.test.ts covers EACCES with a simulated file system'
          : undefined,
    });

    for (const c of cases) {
      if (c.skip) {
        t.diagnostic(`${c.name}: skipped — ${c.skip}`);
        continue;
      }
      const t0 = Date.now();
      let rss = 0;
      const start = c.asNobody
        ? { command: 'setpriv', args: ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, serverPath, '--stdio'] }
        : {};
      await withServer(
        { target: '6.1', kernelConfigPath: c.file },
        async (client, uri) => {
          const msgs = client.shownMessages.filter((m) => m.message.includes(c.file));
          assert.equal(msgs.length, 1, `${c.name}: ${JSON.stringify(client.shownMessages)}`);
          assert.match(msgs[0].message, c.expect, c.name);
          const info = (await client.conn.sendRequest('kernelLens/targetInfo', { uri })) as { label: string; description: string };
          assert.match(info.label, /6\.1/, 'fallback: the target is still the configured kernel, without a config');
          if (client.proc.pid && !c.asNobody)
            rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${client.proc.pid}/status`, 'utf8'))?.[1] ?? 0);
        },
        true,
        start,
      );
      t.diagnostic(`${c.name}: ${Date.now() - t0} ms, server peak RSS ${Math.round(rss / 1024)} MiB`);
      if (c.name === '100 MB') assert.ok(rss < 100 * 1024, `the 100 MB file was read into memory (peak RSS ${rss} KiB)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(openDir, { recursive: true, force: true });
  }
});
