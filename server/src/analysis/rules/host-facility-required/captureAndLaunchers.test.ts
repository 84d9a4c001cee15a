/**
 * Mechanisms found missing by recall sample 73 (keyword-drawn, run-time shaped strings): capture programs started as
 * the command (tcpdump, tshark, dumpcap, softflowd listen on an interface through packet sockets) and a browser the
 * image installs for Karma's Chrome launcher (ENV CHROME_BIN).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf } from '../testKit';

const ID = 'host-facility-required';

/** The notes whose range holds the first occurrence of `word` on `line`, joined. */
const notesAt = (t: string, line: number, word: string) => {
  const character = t.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return analyze(t)
    .notes.filter((n) => n.range.start.line === line && n.range.start.character <= character && character < n.range.end.character)
    .map((n) => n.markdown)
    .join('\n');
};

test('a capture program started as the command is explained as packet capture, with no warning', () => {
  for (const cmd of [
    'CMD ["tcpdump", "-i", "eth0"]',
    'CMD ["tcpdump", "-G", "900", "-w", "%Y-%m-%d_%H:%M:%S.pcap", "-W", "96"]',
    'ENTRYPOINT ["/usr/bin/tshark", "-i", "any"]',
    'CMD dumpcap -i eth0 -w /data/x.pcapng',
    'CMD ["sh", "-c", "/usr/sbin/softflowd -d -i $IFACE -n $TIP:$TPORT"]',
  ]) {
    const t = `FROM debian:bookworm-slim\nRUN apt-get install -y tcpdump tshark softflowd\n${cmd}\n`;
    const word = cmd.match(/tcpdump|tshark|dumpcap|softflowd/)![0];
    assert.match(notesAt(t, 2, word), /Packet capture \(AF_PACKET sockets\)/, cmd);
    assert.deepEqual(findingsOf(t, ID, 'rhel8'), [], cmd);
  }
});

test('reading a saved capture, listing interfaces, help and version open no packet socket', () => {
  for (const cmd of [
    'CMD ["tcpdump", "-r", "/data/in.pcap"]',
    'CMD ["tcpdump", "-nnr", "/data/in.pcap"]',
    'CMD ["tshark", "-D"]',
    'CMD ["tcpdump", "--version"]',
    'CMD ["softflowd", "-r", "/data/in.pcap", "-n", "127.0.0.1:2055"]',
  ]) {
    const t = `FROM debian:bookworm-slim\n${cmd}\n`;
    const word = cmd.match(/tcpdump|tshark|softflowd/)![0];
    assert.doesNotMatch(notesAt(t, 1, word), /Packet capture/, cmd);
  }
  // Installing the tool is no capture (as before).
  assert.doesNotMatch(notesAt('FROM debian:bookworm-slim\nRUN apt-get install -y tcpdump\n', 1, 'tcpdump'), /Packet capture/);
});

test("a Chrome package with ENV CHROME_BIN in the stage is driven by a launcher (Karma's)", () => {
  const t =
    'FROM python:3.12\nRUN apt-get update && wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \\\n' +
    '    && apt-get install -y ./google-chrome-stable_current_amd64.deb\nENV CHROME_BIN=/usr/bin/google-chrome-stable\n';
  assert.match(notesAt(t, 2, './google-chrome'), /sandbox/i);
  assert.deepEqual(findingsOf(t, ID, 'rhel8'), []);
  // Without the ENV (and no client in the stage) installing the browser is no kernel use.
  const alone = 'FROM python:3.12\nRUN apt-get install -y chromium\nENV BROWSER=/usr/bin/chromium\n';
  assert.equal(notesAt(alone, 1, 'chromium'), '');
});
