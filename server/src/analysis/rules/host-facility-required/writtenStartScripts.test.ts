import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, notesOnWord } from '../testKit';

const ID = 'host-facility-required';

/** The notes whose range holds the first occurrence of `word` on `line`, joined. */
const notesAt = (t: string, line: number, word: string) => notesOnWord(t, line, word);

test('a start script written line by line with echo explains its commands on the ENTRYPOINT that runs it (sample 67)', () => {
  const t = [
    'FROM alpine:3.20',
    "RUN echo '#!/bin/sh' > /entrypoint.sh && \\",
    "    echo 'dockerd &' >> /entrypoint.sh && \\",
    "    echo 'until docker info > /dev/null 2>&1; do sleep 2; done' >> /entrypoint.sh && \\",
    '    chmod +x /entrypoint.sh',
    'ENTRYPOINT ["/entrypoint.sh"]',
  ].join('\n');
  const on = notesAt(t, 5, '/entrypoint.sh');
  assert.match(on, /Runs a start script this Dockerfile writes/);
  assert.match(on, /Docker-in-Docker/);
  // Hover only: the evidence is text the build writes, as for an edited script.
  assert.ok(!findingsOf(t, ID).some((f) => f.range.start.line === 5));
});

test('a start script written by a heredoc is explained on the CMD that runs it', () => {
  const t = ['FROM alpine:3.20', "RUN cat > /start.sh <<'EOF'", '#!/bin/sh', 'dockerd &', 'EOF', 'CMD ["/start.sh"]'].join('\n');
  assert.match(notesAt(t, 5, '/start.sh'), /Runs a start script this Dockerfile writes[\s\S]*Docker-in-Docker/);
});

test('a written start script that uses nothing, or one no start command runs, draws no such note', () => {
  const quiet = [
    'FROM alpine:3.20',
    "RUN echo '#!/bin/sh' > /entrypoint.sh && echo 'echo dockerd is not started here' >> /entrypoint.sh",
    'ENTRYPOINT ["/entrypoint.sh"]',
  ].join('\n');
  assert.doesNotMatch(notesAt(quiet, 2, '/entrypoint.sh'), /Runs a start script this Dockerfile writes/);
  const unrun = ['FROM alpine:3.20', "RUN echo '#!/bin/sh' > /other.sh && echo 'dockerd &' >> /other.sh", 'CMD ["python3", "app.py"]'].join(
    '\n',
  );
  assert.doesNotMatch(notesAt(unrun, 2, 'python3'), /Runs a start script this Dockerfile writes/);
});

test('qemu-*-static copied under a build variable or a glob is a binfmt_misc interpreter (sample 67)', () => {
  const t = [
    'FROM $target/golang:1.12-alpine',
    'COPY qemu-$ARCH-static* /usr/bin/',
    'COPY --from=qemu /register /usr/bin/qemu-${QEMU_ARCH}-static* /usr/bin/',
    'COPY qemu-static-notes.txt /doc/',
  ].join('\n');
  assert.match(notesAt(t, 1, 'qemu-$ARCH'), /binfmt_misc/);
  assert.match(notesAt(t, 2, '/usr/bin/qemu-'), /binfmt_misc/);
  assert.doesNotMatch(notesAt(t, 3, 'qemu-static-notes'), /binfmt_misc/);
});

test("Debian's BCC library packages (source bpfcc) are BCC", () => {
  const t = ['FROM ubuntu:22.04', 'RUN apt-get install -y libcurl4-openssl-dev libbpfcc-dev'].join('\n');
  assert.match(notesAt(t, 1, 'libbpfcc-dev'), /BPF Compiler Collection/);
  assert.doesNotMatch(notesAt(t, 1, 'libcurl4-openssl-dev'), /BPF Compiler Collection/);
});
