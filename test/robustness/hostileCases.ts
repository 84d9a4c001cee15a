/**
 * Hostile and odd Dockerfiles, each with what must hold for it beyond "finishes, never throws,
 * ranges inside". Shared by the analysis-level test (run in a worker so a hang is caught) and the
 * server-level test (sent over stdio).
 */
import assert from 'node:assert/strict';
import type { AnalysisResult } from '../../server/src/analysis/analyze';

export interface HostileCase {
  name: string;
  text: () => string;
  /** Extra expectations on the analysis of this text. */
  check?: (r: AnalysisResult, text: string) => void;
  /** Also sent through the real server. */
  server?: boolean;
}

const MB = 1024 * 1024;

/** Deterministic pseudo-random bytes (xorshift), so a failure reproduces. */
function bytes(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

/** The text a range covers, on one line. */
export function textAt(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split(/\r\n|\r|\n/);
  assert.equal(r.start.line, r.end.line, 'single-line range expected');
  return lines[r.start.line].slice(r.start.character, r.end.character);
}

function findingsOf(r: AnalysisResult, ruleId: string) {
  return r.findings.filter((f) => f.ruleId === ruleId);
}

/** `modprobe` flagged exactly on the word, wherever line endings and escapes put it. */
function modprobeFlagged(r: AnalysisResult, _text: string, count = 1): void {
  const f = findingsOf(r, 'kernel-module-load');
  assert.equal(f.length, count, JSON.stringify(r.findings.slice(0, 50).map((x) => [x.ruleId, x.range])));
  const lines = r.model.lines;
  for (const x of f) {
    assert.equal(x.range.start.line, x.range.end.line);
    assert.equal(lines[x.range.start.line].slice(x.range.start.character, x.range.end.character), 'modprobe');
  }
}

function chainedStages(n: number): string {
  return Array.from({ length: n }, (_, i) => `FROM ${i ? `s${i - 1}` : 'ubuntu:22.04'} AS s${i}\nRUN echo ${i}\n`).join('');
}

let nestedShC = 'modprobe br_netfilter';
for (let i = 0; i < 14; i++) nestedShC = `sh -c ${JSON.stringify(nestedShC)}`;

let billionLaughs = 'ARG A0=ubuntu\n';
for (let i = 1; i <= 40; i++) billionLaughs += `ARG A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
billionLaughs += 'FROM ${A40}\nRUN modprobe x\n';

const ordinaryLines = [
  'RUN apt-get update && apt-get install -y curl ca-certificates',
  'COPY . /app',
  'ENV A=1 B="two words"',
  '# a comment',
  '',
  'WORKDIR /app',
  'RUN echo "hello \\',
  '    world"',
];

export const hostileCases: HostileCase[] = [
  {
    name: 'empty file',
    text: () => '',
    server: true,
    check: (r) => (assert.equal(r.stages.length, 0), assert.equal(r.findings.length, 0)),
  },
  {
    name: 'only comments',
    text: () => '# one\n#\n   # three\n',
    check: (r) => (assert.equal(r.model.instructions.length, 0), assert.equal(r.model.comments.length, 3)),
  },
  {
    name: 'only parser directives',
    text: () => '# syntax=docker/dockerfile:1\n# escape=`\n',
    check: (r) => (
      assert.equal(r.model.directives.length, 2), assert.equal(r.model.escapeChar, '`'), assert.equal(r.model.instructions.length, 0)
    ),
  },
  {
    name: '10 MB of ordinary instructions',
    server: true,
    text: () => {
      const out = ['FROM ubuntu:22.04'];
      let size = 0;
      for (let i = 0; size < 10 * MB; i++) {
        const l = ordinaryLines[i % ordinaryLines.length];
        out.push(l);
        size += l.length + 1;
      }
      return out.join('\n') + '\n';
    },
    check: (r) => (assert.equal(r.stages.length, 1), assert.ok(r.model.instructions.length > 100_000)),
  },
  {
    name: '10 MB with a flagged command every 100 lines',
    text: () => {
      const out = ['FROM ubuntu:22.04'];
      let size = 0;
      for (let i = 1; size < 10 * MB; i++) {
        const l = i % 100 === 0 ? 'RUN modprobe br_netfilter' : ordinaryLines[i % ordinaryLines.length];
        out.push(l);
        size += l.length + 1;
      }
      return out.join('\n') + '\n';
    },
    check: (r, text) => modprobeFlagged(r, text, (text.match(/modprobe/g) ?? []).length),
  },
  {
    // 3 MB here: the 10 MB (and 30 MB) all-flagged files go through the real server in
    // test/protocol/hugeFiles.test.ts; twice that work in one unit run only makes CI slower.
    name: '3 MB where every instruction is flagged',
    text: () => 'FROM ubuntu:22.04\n' + 'RUN modprobe br_netfilter && sysctl -w net.ipv4.ip_forward=1\n'.repeat(Math.ceil((3 * MB) / 63)),
    check: (r, text) => modprobeFlagged(r, text, (text.match(/modprobe/g) ?? []).length),
  },
  {
    name: 'a 200,000-character line',
    server: true,
    text: () => `FROM ubuntu:22.04\nRUN echo ${'a'.repeat(200_000)} && modprobe br_netfilter\n`,
    check: (r, text) => {
      modprobeFlagged(r, text);
      assert.ok(findingsOf(r, 'kernel-module-load')[0].range.start.character > 200_000);
    },
  },
  {
    name: 'NUL bytes and binary content',
    server: true,
    text: () => 'FROM ubuntu:22.04\u0000\nRUN modprobe x\u0000y\n' + bytes(200_000).toString('latin1'),
    check: (r) => assert.ok(r.stages.length >= 1),
  },
  {
    name: 'binary decoded as UTF-8 (replacement characters, lone surrogates)',
    text: () => bytes(300_000, 7).toString('utf8') + '\uD800\nFROM ubuntu\uDC00:22.04\n',
  },
  {
    name: "a BOM: columns on line 0 stay the editor's",
    server: true,
    text: () => '\uFEFFRUN modprobe br_netfilter\nFROM ubuntu:22.04\n',
    check: (r, text) => {
      modprobeFlagged(r, text);
      assert.equal(textAt(text, r.stages[0].imageRange!), 'ubuntu:22.04');
    },
  },
  {
    name: 'a BOM before FROM',
    text: () => '\uFEFFFROM ubuntu:22.04\n',
    check: (r, text) => assert.equal(textAt(text, r.stages[0].imageRange!), 'ubuntu:22.04'),
  },
  {
    name: 'CRLF line endings',
    server: true,
    text: () => 'FROM ubuntu:22.04\r\nRUN echo a && \\\r\n  modprobe br_netfilter\r\n',
    check: (r, text) => modprobeFlagged(r, text),
  },
  {
    name: 'CR-only line endings',
    server: true,
    text: () => 'FROM ubuntu:22.04\rRUN echo a && \\\r  modprobe br_netfilter\rRUN <<EOF\rmodprobe x\rEOF\r',
    check: (r, text) => {
      assert.equal(r.model.lines.length, 7);
      modprobeFlagged(r, text, 2);
    },
  },
  {
    name: 'mixed line endings',
    text: () => 'FROM ubuntu:22.04\r\nRUN echo a \\\r  && modprobe x\nRUN true\r\n\rRUN modprobe y',
    check: (r, text) => modprobeFlagged(r, text, 2),
  },
  {
    name: 'tabs everywhere',
    text: () => '\tFROM\tubuntu:22.04\tAS\tb\n\tRUN\tmodprobe\tx\t&&\t\\\n\t\tsysctl\t-w\tkernel.x=1\n',
    check: (r, text) => modprobeFlagged(r, text),
  },
  {
    name: '# escape=` with backtick continuations',
    server: true,
    text: () => '# escape=`\nFROM ubuntu:22.04\nRUN echo C:\\ `\n    && modprobe br_netfilter\nRUN echo a\\\nRUN modprobe y\n',
    check: (r, text) => {
      assert.equal(r.model.escapeChar, '`');
      modprobeFlagged(r, text, 2);
    },
  },
  { name: 'unterminated heredoc', server: true, text: () => 'FROM ubuntu:22.04\nRUN <<EOF\nmodprobe x\necho never ends\n' },
  {
    name: 'unterminated heredoc, 100,000 body lines',
    text: () => 'FROM ubuntu:22.04\nRUN <<-EOF cat\n' + '\tmodprobe x\n'.repeat(100_000),
  },
  {
    name: 'unterminated quotes',
    server: true,
    text: () => 'FROM ubuntu:22.04\nRUN echo "abc\nRUN modprobe x \'\nCMD ["sh", "-c\nENTRYPOINT [\n',
  },
  {
    name: 'FROM with no image',
    server: true,
    text: () => 'FROM\nFROM \nFROM ""\nFROM --platform=linux/amd64\n',
    check: (r) => assert.ok(r.stages.every((s) => s.root.kind !== 'image')),
  },
  {
    name: 'FROM with a 10,000-character reference',
    server: true,
    text: () => `FROM ${'a'.repeat(10_000)}:${'t'.repeat(200)}\nFROM ${'a/'.repeat(5_000)}x\n`,
  },
  {
    name: 'FROM with only colons',
    text: () => 'FROM :\nFROM ::::::\nFROM :::@:::\n',
    check: (r) => assert.ok(r.stages.every((s) => s.root.kind !== 'image')),
  },
  {
    name: 'FROM with @sha256: and junk',
    server: true,
    text: () =>
      `FROM ubuntu@sha256:\nFROM ubuntu:22.04@sha256:${'g'.repeat(64)}\nFROM @sha256:${'a'.repeat(64)}\nFROM ubuntu@sha256:${'a'.repeat(10_000)}\n`,
  },
  {
    name: 'thousands of chained stages',
    server: true,
    text: () => chainedStages(5_000),
    check: (r) => {
      assert.equal(r.stages.length, 5_000);
      assert.equal(r.stages[4_999].chain.length, 4_999);
      assert.equal(r.stages[4_999].root.kind, 'image');
    },
  },
  { name: 'deeply nested sh -c quoting', server: true, text: () => `FROM ubuntu:22.04\nRUN ${nestedShC}\n` },
  {
    name: 'deeply nested $( … ) and ( … )',
    text: () =>
      `FROM ubuntu:22.04\nRUN ${'echo $('.repeat(3_000)}${')'.repeat(3_000)}\nRUN ${'('.repeat(10_000)}modprobe x${')'.repeat(10_000)}\n`,
  },
  { name: 'deeply nested ${A:-…} in FROM', text: () => `ARG A=1\nFROM ${'${A:-'.repeat(5_000)}x${'}'.repeat(5_000)}\n` },
  {
    name: 'ARG cycles (A=$B, B=$A) and self reference',
    server: true,
    text: () => 'ARG A=$B\nARG B=$A\nARG C=${C}x\nFROM ${A}\nFROM $B\nFROM $C\n',
    check: (r) =>
      assert.deepEqual(
        r.stages.map((s) => s.root.kind),
        ['unresolved', 'unresolved', 'unresolved'],
      ),
  },
  {
    name: 'ARGs that double each other (billion laughs)',
    server: true,
    text: () => billionLaughs,
    check: (r) => {
      assert.equal(r.stages[0].root.kind, 'unresolved');
      assert.match((r.stages[0].root as { reason: string }).reason, /A40/);
    },
  },
  {
    name: 'thousands of heredocs on one RUN',
    text: () =>
      `FROM ubuntu\nRUN ${Array.from({ length: 3_000 }, (_, i) => `<<E${i}`).join(' ')}\n${Array.from({ length: 3_000 }, (_, i) => `modprobe x\nE${i}`).join('\n')}\n`,
  },
  {
    name: 'one RUN continued over 2,000 lines',
    text: () => `FROM ubuntu:22.04\nRUN ${'echo a && \\\n'.repeat(2_000)}modprobe x\n`,
    check: (r, text) => modprobeFlagged(r, text),
  },
  // Past ~10,000 chained commands the shell parser gives up (fewer findings, by design): only "finishes" is asserted.
  { name: 'one RUN continued over 200,000 lines', text: () => `FROM ubuntu:22.04\nRUN ${'echo a && \\\n'.repeat(200_000)}modprobe x\n` },
  {
    name: 'a huge JSON-form CMD and unbalanced brackets',
    text: () => `FROM ubuntu\nCMD [${'"a",'.repeat(100_000)}"b"]\nCMD ${'['.repeat(100_000)}\n`,
  },
  {
    name: '20,000 ignore comments with unknown rule ids',
    text: () => 'FROM ubuntu\n' + '# kernel-lens-ignore a, b, c\nRUN modprobe x\n'.repeat(20_000),
  },
  {
    name: 'directive noise: repeated and contradictory kernel-lens directives',
    server: true,
    text: () =>
      '# kernel-lens: target=rhel8\n# kernel-lens: target=banana kernel= cgroup=9 arch=z80\n'.repeat(500) +
      'FROM centos:7\nRUN modprobe x\n',
  },
];
