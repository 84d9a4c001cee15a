import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { shippedConfigPath } from '../../knowledge/hosts';
import { configState, parseKernelConfig, readKernelConfigFile, withOrigin, type ConfigFileSystem } from './kernelConfig';

const FIXTURE = path.join(__dirname, 'fixtures', 'debian-6.1-amd64.excerpt.config');

describe('parseKernelConfig', () => {
  it('reads y, m, strings, numbers, "is not set" and absent symbols', () => {
    const c = parseKernelConfig(
      [
        'CONFIG_A=y',
        'CONFIG_B=m',
        'CONFIG_S="hello world"',
        'CONFIG_N=8192',
        'CONFIG_H=0x1000000',
        '# CONFIG_OFF is not set',
        'CONFIG_EXPLICIT_N=n',
      ].join('\n'),
      'test',
    );
    assert.equal(c.state('A'), 'builtin');
    assert.equal(c.state('B'), 'module');
    assert.equal(c.state('S'), 'builtin');
    assert.equal(c.value('S'), '"hello world"');
    assert.equal(c.value('N'), '8192');
    assert.equal(c.value('H'), '0x1000000');
    assert.equal(c.state('OFF'), 'off');
    assert.equal(c.value('OFF'), undefined);
    assert.equal(c.state('EXPLICIT_N'), 'off');
    assert.equal(c.state('ABSENT'), 'off');
    assert.equal(c.size, 7);
    assert.equal(c.origin, 'test');
  });
  it('accepts symbols with or without the CONFIG_ prefix', () => {
    const c = parseKernelConfig('CONFIG_IO_URING=y\n', 't');
    assert.equal(c.state('CONFIG_IO_URING'), 'builtin');
    assert.equal(c.state('IO_URING'), 'builtin');
  });
  it('tolerates CRLF, a BOM, indentation and ignores lines of other shapes', () => {
    const c = parseKernelConfig(
      '\ufeffCONFIG_A=y\r\n# random comment\r\nnot a config line\r\n  CONFIG_B=m  \r\n#CONFIG_C is not set\r\nCONFIG_=y\r\nCONFIG_lower=y\r\n',
      't',
    );
    assert.equal(c.state('A'), 'builtin');
    assert.equal(c.value('A'), 'y');
    assert.equal(c.state('B'), 'module');
    assert.equal(c.state('C'), 'off');
    assert.equal(c.state('lower'), 'builtin');
    assert.equal(c.size, 4);
  });
  it('gives an empty config for empty text', () => {
    assert.equal(parseKernelConfig('', 't').size, 0);
  });
});

describe('parseKernelConfig on a real Debian 6.1 config (excerpt)', () => {
  const c = parseKernelConfig(fs.readFileSync(FIXTURE, 'utf8'), FIXTURE);
  it('reads every symbol line', () => {
    const text = fs.readFileSync(FIXTURE, 'utf8');
    const setLines = text.split('\n').filter((l) => /^CONFIG_\w+=/.test(l)).length;
    const notSetLines = text.split('\n').filter((l) => /^# CONFIG_\w+ is not set$/.test(l)).length;
    assert.ok(notSetLines > 20, 'fixture must keep "is not set" lines');
    assert.equal(c.size, setLines + notSetLines);
  });
  it('knows built-in, modular, off and valued symbols', () => {
    assert.equal(c.state('IO_URING'), 'builtin');
    assert.equal(c.state('WIREGUARD'), 'module');
    assert.equal(c.state('NF_TABLES'), 'module');
    assert.equal(c.state('LEGACY_VSYSCALL_NONE'), 'builtin');
    assert.equal(c.state('LEGACY_VSYSCALL_XONLY'), 'off');
    assert.equal(c.value('NR_CPUS'), '8192');
    assert.match(c.value('CC_VERSION_TEXT') ?? '', /^"gcc-12 /);
    assert.equal(c.state('ZFS'), 'off');
  });
});

describe('configState', () => {
  it("is 'unknown' without a config and the config's answer with one", () => {
    assert.equal(configState({}, 'IO_URING'), 'unknown');
    assert.equal(configState({ config: parseKernelConfig('CONFIG_IO_URING=m', 't') }, 'IO_URING'), 'module');
    assert.equal(configState({ config: parseKernelConfig('CONFIG_X=y', 't') }, 'IO_URING'), 'off');
  });
  it('withOrigin keeps the answers', () => {
    const c = withOrigin(parseKernelConfig('CONFIG_A=m', 'a'), 'b');
    assert.equal(c.origin, 'b');
    assert.equal(c.state('A'), 'module');
    assert.equal(c.size, 1);
  });
});

describe('readKernelConfigFile', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-config-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a plain config', () => {
    const r = readKernelConfigFile(FIXTURE);
    assert.equal(r.problem, undefined);
    assert.equal(r.config?.state('IO_URING'), 'builtin');
    assert.equal(r.config?.origin, FIXTURE);
  });
  it('reads a gzip config detected by magic bytes, whatever its name', () => {
    const p = file('config-without-gz-suffix', zlib.gzipSync(fs.readFileSync(FIXTURE)));
    const r = readKernelConfigFile(p);
    assert.equal(r.problem, undefined);
    assert.equal(r.config?.state('WIREGUARD'), 'module');
    // and a plain file named .gz is read as plain
    const q = file('plain.gz', 'CONFIG_A=y\n');
    assert.equal(readKernelConfigFile(q).config?.state('A'), 'builtin');
  });
  it('reads the full shipped Debian 12 gzip config', (t) => {
    const p = shippedConfigPath('debian-12-amd64.config.gz');
    if (!p) return t.skip('server/src/knowledge/configs/debian-12-amd64.config.gz is not present');
    const r = readKernelConfigFile(p);
    assert.equal(r.problem, undefined);
    assert.ok((r.config?.size ?? 0) > 5000, `expected thousands of symbols, got ${r.config?.size}`);
    assert.equal(r.config?.state('IO_URING'), 'builtin');
    assert.equal(r.config?.state('LEGACY_VSYSCALL_NONE'), 'builtin');
  });
  it('missing file', () => {
    const p = path.join(dir, 'nope.config');
    assert.deepEqual(readKernelConfigFile(p), { problem: `Kernel config file '${p}' does not exist.` });
  });
  it('a folder', () => {
    assert.deepEqual(readKernelConfigFile(dir), { problem: `Kernel config file '${dir}' is a folder, not a file.` });
  });
  it('unreadable (EACCES, simulated: root reads everything)', () => {
    const denied: ConfigFileSystem = {
      statSync: () => ({ isFile: () => true, isDirectory: () => false, size: 10 }),
      readFileSync: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      },
    };
    assert.deepEqual(readKernelConfigFile('/boot/config-x', { fs: denied }), {
      problem: "Kernel config file '/boot/config-x' cannot be read: permission denied.",
    });
  });
  it('unreadable (EACCES, real file permissions)', (t) => {
    if (process.getuid?.() === 0) return t.skip('running as root, which can read any file: covered by the simulated case above');
    const p = file('secret.config', 'CONFIG_A=y\n');
    fs.chmodSync(p, 0o000);
    assert.match(readKernelConfigFile(p).problem ?? '', /cannot be read: permission denied/);
  });
  it('binary data', () => {
    const p = file('vmlinuz', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0x43]));
    assert.match(readKernelConfigFile(p).problem ?? '', new RegExp(`'${p}' is not a kernel config: it holds binary data`));
    const q = file('nul-in-text', 'CONFIG_A=y\n\0CONFIG_B=y\n');
    assert.match(readKernelConfigFile(q).problem ?? '', /binary data/);
  });
  it('gzip garbage and truncated gzip', () => {
    const garbage = file('garbage.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    assert.match(readKernelConfigFile(garbage).problem ?? '', new RegExp(`'${garbage}' looks gzip-compressed but cannot be decompressed`));
    const whole = zlib.gzipSync(fs.readFileSync(FIXTURE));
    const truncated = file('truncated.gz', whole.subarray(0, Math.floor(whole.length / 2)));
    assert.match(readKernelConfigFile(truncated).problem ?? '', /cannot be decompressed/);
  });
  it('other compressions get a hint instead of "binary"', () => {
    const xz = file('config.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0]));
    assert.match(readKernelConfigFile(xz).problem ?? '', /is xz-compressed; only plain and gzip configs are read/);
  });
  it('too large: plain file over the limit (checked before reading)', () => {
    const p = path.join(dir, 'huge.config');
    fs.writeFileSync(p, '');
    fs.truncateSync(p, 16 * 1024 * 1024 + 1); // sparse: no 16 MiB written
    assert.match(readKernelConfigFile(p).problem ?? '', new RegExp(`'${p}' is larger than 16 MiB uncompressed`));
    const small = file('small-limit.config', 'CONFIG_A=y\n'.repeat(100));
    assert.match(readKernelConfigFile(small, { maxBytes: 100 }).problem ?? '', /larger than 100 bytes/);
  });
  it('too large: gzip bomb stops at the limit', () => {
    // 64 MiB of config lines compress to well under 1 MiB; decompression must stop at 16 MiB.
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024, 'CONFIG_A=y\n'));
    assert.ok(bomb.length < 1024 * 1024);
    const p = file('bomb.gz', bomb);
    const before = process.memoryUsage().arrayBuffers;
    const r = readKernelConfigFile(p);
    assert.match(r.problem ?? '', /larger than 16 MiB uncompressed/);
    assert.ok(process.memoryUsage().arrayBuffers - before < 48 * 1024 * 1024);
  });
  it('not a config: no CONFIG_ lines, or empty', () => {
    const p = file('readme.txt', 'hello\nworld\n# CONFIG is great\n');
    assert.deepEqual(readKernelConfigFile(p), { problem: `Kernel config file '${p}' is not a kernel config: it has no CONFIG_ lines.` });
    const e = file('empty.config', '');
    assert.deepEqual(readKernelConfigFile(e), { problem: `Kernel config file '${e}' is not a kernel config: it is empty.` });
  });
  it('never throws, even on paths fs rejects', () => {
    assert.match(readKernelConfigFile('a\0b').problem ?? '', /^Kernel config file 'a\0b' cannot be read/);
    assert.match(readKernelConfigFile('').problem ?? '', /does not exist|cannot be read/);
  });
});
