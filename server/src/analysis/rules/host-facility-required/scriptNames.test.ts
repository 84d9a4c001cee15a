import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, findingsOf } from '../testKit';
import { hostFacilities } from '../../../knowledge/hostFacilities';
import { scriptNameTopic, scriptNameTopics } from '../../../knowledge/scriptNames';

/** The notes whose range holds the first occurrence of `word` on `line`. */
const notesAt = (t: string, line: number, word: string) => {
  const character = t.split('\n')[line].indexOf(word);
  assert.ok(character >= 0, `line ${line} has ${word}`);
  return analyze(t)
    .notes.filter(
      (n) =>
        n.range.start.line === line &&
        n.range.end.line === line &&
        n.range.start.character <= character &&
        character < n.range.end.character,
    )
    .map((n) => n.markdown)
    .join('\n');
};

test('every script-name topic points to a known facility or carries its own note and source', () => {
  const ids = new Set(hostFacilities.map((f) => f.id));
  for (const t of scriptNameTopics) {
    if (t.facility) assert.ok(ids.has(t.facility), `${t.topic}: ${t.facility}`);
    else assert.ok((t.note ?? '').length > 40 && (t.source ?? '').length > 20, t.topic);
  }
});

test('a script name is read by whole tokens, with the tokens some topics also need or exclude', () => {
  assert.equal(scriptNameTopic('/usr/local/bin/setup-iptables.sh')?.facility, 'netfilter');
  assert.equal(scriptNameTopic('load-kernel-modules.sh')?.topic, 'kernel modules');
  assert.equal(scriptNameTopic('modprobe.sh')?.topic, 'kernel modules');
  // HPC images: Lmod's environment modules (`module load gcc`), not kernel modules.
  assert.equal(scriptNameTopic('load_modules.sh'), undefined);
  assert.equal(scriptNameTopic('configure-hugepages.sh')?.facility, 'huge-pages');
  assert.equal(scriptNameTopic('/prepare-cgroup-v2.sh')?.topic, 'cgroups');
  assert.equal(scriptNameTopic('run_nfs_server.sh')?.facility, 'nfs-server');
  assert.equal(scriptNameTopic('tune.sh'), undefined);
  assert.equal(scriptNameTopic('install_node_modules.sh'), undefined);
  assert.equal(scriptNameTopic('mount-secrets.sh'), undefined);
  assert.equal(scriptNameTopic('install-deps.sh'), undefined);
  assert.equal(scriptNameTopic('entrypoint.sh'), undefined);
});

test('a start or build script named for a kernel facility is explained on its word, saying the evidence is its name', () => {
  const t =
    'FROM debian:12\nCOPY setup-iptables.sh load-kernel-modules.sh /usr/local/bin/\nRUN bash /usr/local/bin/load-kernel-modules.sh\nENTRYPOINT ["/usr/local/bin/setup-iptables.sh"]\n';
  const entry = notesAt(t, 3, 'setup-iptables');
  assert.match(entry, /Script named for iptables\/nftables.*its text is not in this file, so the evidence is its name only/);
  assert.match(entry, /Netfilter/);
  assert.match(notesAt(t, 2, 'load-kernel-modules'), /CAP_SYS_MODULE/);
  // Hover only: a name is no evidence for a warning.
  assert.deepEqual(
    findingsOf(t, 'host-facility-required').filter((f) => f.range.start.line >= 2),
    [],
  );
});

test('a script the Dockerfile writes itself, or with an ordinary name, draws no name note', () => {
  const written = 'FROM debian:12\nRUN echo \'sysctl -w vm.max_map_count=262144\' > /bin/set_sysctl.sh\nCMD ["/bin/set_sysctl.sh"]\n';
  assert.doesNotMatch(notesAt(written, 2, 'set_sysctl'), /Script named for/);
  const plain = 'FROM debian:12\nRUN ./install-deps.sh && ./mount-secrets.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
  assert.doesNotMatch(
    notesAt(plain, 1, 'install-deps') + notesAt(plain, 1, 'mount-secrets') + notesAt(plain, 2, 'entrypoint'),
    /Script named for/,
  );
});
