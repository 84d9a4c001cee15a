import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../document';
import { copyOperands } from './copyArguments';

/** The operands of the instruction at `line` (0-based) of a small Dockerfile, as [value, text at its range]. */
function operands(lines: string[], line = 1): { values: string[]; texts: string[]; dest?: string; dir: boolean; heredoc: boolean } {
  const model = buildModel(lines.join('\n') + '\n');
  const block = model.instructions.find((b) => b.startLine === line)!;
  const ops = copyOperands(block);
  const texts = ops.all.map((o) =>
    o.range.start.line === o.range.end.line ? lines[o.range.start.line].slice(o.range.start.character, o.range.end.character) : '<lines>',
  );
  return { values: ops.all.map((o) => o.value), texts, dest: ops.dest?.value, dir: ops.destIsDirectory, heredoc: ops.heredoc };
}

test('flags are never operands: --from, --chown, --chmod, --link, --parents, --exclude, --checksum', () => {
  assert.deepEqual(operands(['FROM a', 'COPY --from=x --chown=a:b --chmod=755 --link a b /d/']).values, ['a', 'b', '/d/']);
  assert.deepEqual(operands(['FROM a', 'COPY --parents --exclude=*.md src/ /x']).values, ['src/', '/x']);
  assert.deepEqual(operands(['FROM a', 'ADD --checksum=sha256:abc https://x/y.tar.gz /z']).values, ['https://x/y.tar.gz', '/z']);
});

test('JSON form: strings decoded with their inner spaces (dockerfile-ast drops them), ranges on the strings', () => {
  const j = operands(['FROM a', 'COPY ["a b", "c", "/dest/"]']);
  assert.deepEqual(j.values, ['a b', 'c', '/dest/']);
  assert.deepEqual(j.texts, ['"a b"', '"c"', '"/dest/"']);
  assert.equal(j.dest, '/dest/');
  // The copies this helper replaced kept a bracket or a comma in some forms; none is a value here.
  assert.deepEqual(operands(['FROM a', 'COPY [ "x" , "/y" ]']).values, ['x', '/y']);
  assert.deepEqual(operands(['FROM a', 'COPY --chmod=755 ["x y", "/z"]']).values, ['x y', '/z']);
});

test('shell form: quotes removed, a quoted path with a space is one operand', () => {
  const q = operands(['FROM a', `ADD "quoted file" '/dest dir/'`]);
  assert.deepEqual(q.values, ['quoted file', '/dest dir/']);
  assert.deepEqual(q.texts, ['"quoted file"', `'/dest dir/'`]);
  assert.equal(q.dir, true);
});

test('here-documents: the marker is a source marked heredoc, the body is not an operand, the destination is right', () => {
  const h = operands(['FROM a', 'COPY <<EOF /etc/modules', 'loop', 'EOF']);
  assert.deepEqual(h.values, ['EOF', '/etc/modules']);
  assert.equal(h.dest, '/etc/modules');
  assert.equal(h.heredoc, true);
  assert.equal(h.dir, false);
  assert.deepEqual(operands(['FROM a', 'COPY --chown=1:1 <<-"EOT" /out/', 'x', 'EOT']).values, ['EOT', '/out/']);
});

test('destination: a directory when it ends with / or is ., or with several sources; incomplete instructions have none', () => {
  assert.equal(operands(['FROM a', 'COPY a /x']).dir, false);
  assert.equal(operands(['FROM a', 'COPY a /x/']).dir, true);
  assert.equal(operands(['FROM a', 'COPY a .']).dir, true);
  assert.equal(operands(['FROM a', 'COPY a b /x']).dir, true);
  assert.equal(operands(['FROM a', 'COPY --from=b /a']).dest, undefined);
  // Continued over lines: every operand, with its own line.
  const c = operands(['FROM a', 'COPY --from=b \\', '  /a \\', '  /b/']);
  assert.deepEqual(c.values, ['/a', '/b/']);
  assert.deepEqual(c.texts, ['/a', '/b/']);
  // Not a COPY/ADD: nothing.
  assert.deepEqual(operands(['FROM a', 'RUN cp a b']).values, []);
});

test('memoised per instruction: the same object for the same block', () => {
  const model = buildModel('FROM a\nCOPY a b /c/\n');
  const block = model.instructions[1];
  assert.equal(copyOperands(block), copyOperands(block));
});
