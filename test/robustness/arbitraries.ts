/**
 * fast-check generators for Dockerfile-like text and incremental edits, shared by the fuzz tests.
 * The vocabulary leans on what the rules and the document model look at (FROM references, ARG
 * substitution, continuations, heredocs, directives, kernel-touching commands), mixed with noise
 * (unicode, control characters, stray quotes) so both the happy paths and the edges get hit.
 */
import * as fc from 'fast-check';

/** Number of generated cases per property: small on CI, raise it locally with KERNEL_LENS_FUZZ_RUNS. */
export function fuzzRuns(ciDefault = 100): number {
  const n = Number(process.env.KERNEL_LENS_FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : ciDefault;
}

/** fast-check parameters: the seed is printed on every run so a failure can be replayed with KERNEL_LENS_FUZZ_SEED. */
export function fcParams(name: string, numRuns: number): fc.Parameters<unknown> {
  const fromEnv = Number(process.env.KERNEL_LENS_FUZZ_SEED);
  const seed = Number.isFinite(fromEnv) && process.env.KERNEL_LENS_FUZZ_SEED ? fromEnv : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  console.log(`# fuzz ${name}: ${numRuns} runs, seed ${seed} (replay: KERNEL_LENS_FUZZ_SEED=${seed})`);
  return { numRuns, seed, verbose: 1 };
}

const images = fc.constantFrom(
  'ubuntu:22.04',
  'ubuntu',
  'centos:7',
  'centos:6',
  'debian:bookworm-slim',
  'alpine:3.19',
  'alpine',
  'scratch',
  'busybox:latest',
  'node:20-alpine',
  'python:3.12-slim@sha256:' + 'a'.repeat(64),
  'mcr.microsoft.com/windows/servercore:ltsc2022',
  'registry.example.com:5000/team/app:1.0',
  '${BASE}',
  '${BASE:-ubuntu:20.04}',
  '$BASE',
  'build',
  'base',
  '',
  ':::',
  '@sha256:zz',
  'UPPER/Case:Tag',
  'ubuntu:22.04@sha256:',
  'ｕｂｕｎｔｕ:22.04',
);

const words = fc.constantFrom(
  'modprobe br_netfilter',
  'insmod ./x.ko',
  'sysctl -w net.ipv4.ip_forward=1',
  'sysctl -p',
  'echo 1 > /proc/sys/net/ipv4/ip_forward',
  'apt-get update && apt-get install -y linux-headers-$(uname -r)',
  'apt-get install -y linux-image-generic',
  'yum install -y kernel-devel-`uname -r`',
  'apk add --no-cache linux-lts',
  'dnf install -y kernel',
  'uname -r',
  'make -C /lib/modules/$(uname -r)/build',
  'systemctl enable nginx',
  'wg-quick up wg0',
  'nft add table inet filter',
  'iptables -A INPUT -j DROP',
  'bpftool prog list',
  'liburing-dev',
  'io_uring',
  'echo "hello world"',
  "echo 'single'",
  'echo "unterminated',
  "echo 'unterminated",
  'sh -c "sh -c \\"modprobe x\\""',
  'bash -c \'sh -c "sysctl -w kernel.pid_max=1"\'',
  'cd / && ls -la | grep x; true || false',
  'for i in 1 2; do echo $i; done',
  'if [ -f x ]; then modprobe y; fi',
  '$(echo modprobe) z',
  'exec /sbin/init',
  '/usr/sbin/init',
  '&&',
  '|',
  '"',
  "'",
  '`',
  '\\',
  '$((1+',
  '${A:-${B:-${C}}}',
);

const unicodeNoise = fc.string({ unit: 'binary', maxLength: 12 });
const controlNoise = fc.string({
  unit: fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u0007',
    '\u001b',
    '\u007f',
    '\t',
    '\v',
    '\f',
    '\u2028',
    '\u2029',
    '\uFEFF',
    '\uD800',
    '\uDC00',
  ),
  maxLength: 6,
});
const noise = fc.oneof(unicodeNoise, controlNoise, fc.string({ maxLength: 10 }));

const instructionLine: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      images,
      fc.option(fc.constantFrom(' AS build', ' AS base', ' as Final', ' AS', ' AS a b'), { nil: '' }),
      fc.option(fc.constantFrom('--platform=linux/arm64 ', '--platform=$BUILDPLATFORM ', '--platform= ', '--platform=windows/amd64 '), {
        nil: '',
      }),
    )
    .map(([img, as, plat]) => `FROM ${plat}${img}${as}`),
  fc
    .tuple(
      fc.constantFrom('BASE', 'A', 'B', 'TAG', ''),
      fc.option(fc.oneof(images, fc.constantFrom('$A', '${B}', '$BASE', '"x y"')), { nil: undefined }),
    )
    .map(([name, def]) => (def === undefined ? `ARG ${name}` : `ARG ${name}=${def}`)),
  fc.array(words, { minLength: 1, maxLength: 4 }).map((ws) => `RUN ${ws.join(' && ')}`),
  fc.array(words, { minLength: 1, maxLength: 3 }).map((ws) => `RUN ["sh", "-c", ${JSON.stringify(ws.join('; '))}]`),
  fc.constantFrom(
    'CMD ["/sbin/init"]',
    'CMD /lib/systemd/systemd',
    'ENTRYPOINT ["/usr/sbin/init"]',
    'ENTRYPOINT [',
    'CMD ["unterminated',
    'HEALTHCHECK CMD modprobe x',
    'HEALTHCHECK NONE',
  ),
  fc.constantFrom(
    'COPY . /app',
    'ADD x.tar.gz /',
    'ENV A=1 B="2 3"',
    'WORKDIR /x',
    'USER root',
    'EXPOSE 80',
    'LABEL a=b',
    'SHELL ["powershell", "-Command"]',
    'ONBUILD RUN modprobe x',
    'STOPSIGNAL SIGKILL',
    'VOLUME ["/data"]',
  ),
  fc.constantFrom('RUN <<EOF', 'RUN <<-EOF', "RUN <<'EOF'", 'RUN <<"EOF" bash', 'COPY <<EOF /etc/x', 'RUN <<A <<B', 'RUN cat <<EOF > /x'),
  fc.constantFrom('EOF', '\tEOF', 'A', 'B', 'EOF '),
  fc.constantFrom('RUN echo a \\', 'RUN echo a `', '    && modprobe x \\', '    \\', '\\', '`', 'RUN \\'),
  fc.constantFrom(
    '# escape=`',
    '# escape=\\',
    '# syntax=docker/dockerfile:1',
    '# kernel-lens: target=rhel8',
    '# kernel-lens: kernel=3.10 cgroup=1 vsyscall=none',
    '# kernel-lens: target=banana kernel=',
    '# kernel-lens: ignore=kernel-module-load',
    '# kernel-lens: os=windows windows-build=17763',
    '# kernel-lens-ignore',
    '# kernel-lens-ignore kernel-module-load, systemd-init',
    '# kernellens: target=x',
    '# a comment',
    '#',
  ),
  fc.tuple(fc.constantFrom('RUN ', 'FROM ', '', '# ', 'ARG X=', '  '), noise).map(([a, b]) => a + b),
  fc.constant(''),
  fc.constantFrom(' ', '\t', '   \t'),
);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** Random Dockerfile-like text: lines of instructions and noise, mixed line endings, sometimes a BOM. */
export const dockerfileText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(instructionLine, eol), { maxLength: 30 }), fc.boolean(), fc.integer({ min: 0, max: 9 }))
  .map(([bom, lines, endWithEol, bomChance]) => {
    let text = lines.map(([l, e]) => l + e).join('');
    if (!endWithEol && lines.length) text = text.replace(/(\r\n|\r|\n)$/, '');
    return (bom && bomChance === 0 ? '\uFEFF' : '') + text;
  });

export interface Pos {
  line: number;
  character: number;
}
export interface IncrementalChange {
  range: { start: Pos; end: Pos };
  text: string;
}

/** Lines as LSP counts them (\n, \r\n and \r all end a line). */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * An edit expressed relative to the current text (fractions, so it is valid whatever the text is):
 * turned into a concrete LSP range against the text it applies to.
 */
export interface RelativeEdit {
  a: number;
  b: number;
  text: string;
}
export const relativeEdit: fc.Arbitrary<RelativeEdit> = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  text: fc.oneof(
    instructionLine.map((l) => l + '\n'),
    fc.constantFrom('', '\n', '\r\n', '\r', ' \\\n', '\\', '"', "'", 'EOF\n', '<<EOF\n', 'x', '\t', '\u0000', '😀', '\uD83D'),
    noise,
  ),
});

/** Concrete LSP change for a relative edit against `text` (positions may point into a \r\n pair's middle: clamped). */
export function concreteChange(text: string, e: RelativeEdit): IncrementalChange {
  const lines = lspLines(text);
  const toPos = (f: number): Pos => {
    const line = Math.min(lines.length - 1, Math.floor(f * lines.length));
    const character = Math.round(((f * lines.length) % 1) * (lines[line].length + 1));
    return { line, character };
  };
  let s = toPos(Math.min(e.a, e.b));
  let en = toPos(Math.max(e.a, e.b));
  if (s.line > en.line || (s.line === en.line && s.character > en.character)) [s, en] = [en, s];
  return { range: { start: s, end: en }, text: e.text };
}
