/**
 * A model built again from the text with the document's block cache (the server's path for a
 * CRLF file at every keystroke, or an edit in the parser-directive lines) has new block objects,
 * while the shell commands of unchanged instructions are reused from the cache and still name the
 * block objects of the previous model. Rules that group commands per instruction must find them by
 * the instruction's line, not by block identity: the findings and notes must be those of a fresh
 * analysis. (windows-image-on-linux read such RUNs as cmd text and flagged an echoed
 * `Install-WindowsFeature`; systemd-init lost the commands of CMD/ENTRYPOINT.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeModel } from '../../analyze';
import { BlockCache, buildModel } from '../../document';

const options = { layers: { settings: { target: 'rhel8' } }, commonFixes: false };

function outputs(text: string, cache: BlockCache) {
  const r = analyzeModel(buildModel(text, cache), options);
  return { findings: r.findings.map((f) => [f.ruleId, f.range, f.message]), notes: r.notes };
}

test('rebuilding a CRLF document with its block cache gives the findings and notes of a fresh analysis', () => {
  const lines = [
    'FROM ubuntu:22.04',
    'RUN echo "Install-WindowsFeature and msiexec are Windows-only" && apt-get update',
    'RUN printf "%s\\n" "reg add HKLM\\\\Software" > /tmp/notes.txt',
    'CMD ["/bin/sh", "-c", "systemctl start nginx && exec nginx"]',
  ];
  const v1 = lines.join('\r\n') + '\r\n';
  const v2 = [...lines, '# edited'].join('\r\n') + '\r\n';
  const cache = new BlockCache();
  outputs(v1, cache); // the cache now holds every instruction's commands
  const incremental = outputs(v2, cache);
  const fresh = outputs(v2, new BlockCache());
  assert.deepEqual(incremental, fresh);
  assert.ok(!fresh.findings.some(([id]) => id === 'windows-image-on-linux'), 'echoed Windows words are not Windows instructions');
});
