import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSh } from './parser';
import type { ShNode } from './nodes';

function file(text: string): ShNode {
  const r = parseSh(text);
  assert.ok('file' in r, `syntax error at ${'errorAt' in r ? r.errorAt : '?'} in ${JSON.stringify(text)}`);
  return r.file;
}
const stmts = (n: ShNode) => n.Stmts as ShNode[];
const text = (src: string, n: ShNode) => src.slice(n.pos, n.end);
const args = (src: string, stmt: ShNode) => ((stmt.Cmd as ShNode).Args as ShNode[]).map((w) => text(src, w));

test('lists and pipelines: && and || left-associative over pipelines, ; and & end statements', () => {
  const src = 'a && b | c || d; e &';
  const [s1, s2] = stmts(file(src));
  const or = s1.Cmd as ShNode;
  assert.equal(or.Op, 11);
  assert.equal((((or.X as ShNode).Cmd as ShNode).Y as ShNode).Cmd && ((((or.X as ShNode).Cmd as ShNode).Y as ShNode).Cmd as ShNode).Op, 12);
  assert.equal(s1.Semicolon, 15);
  assert.equal(s2.Background, true);
  assert.equal(text(src, s2), 'e &');
});

test('words keep quotes, escapes, expansions and substitutions in one word with exact offsets', () => {
  const src = `echo 'a b' "c $(d "e)") f" $'g\\'h' i\\ j \${k:-"$(l)"} $((1+$(m))) <(n) \`o\``;
  const s = stmts(file(src))[0];
  assert.deepEqual(args(src, s), ['echo', "'a b'", '"c $(d "e)") f"', "$'g\\'h'", 'i\\ j', '${k:-"$(l)"}', '$((1+$(m)))', '<(n)', '`o`']);
});

test('comments start only at a word start; reserved words count only in command position', () => {
  const src = 'echo a#b # c d\necho if then fi';
  const [s1, s2] = stmts(file(src));
  assert.deepEqual(args(src, s1), ['echo', 'a#b']);
  assert.deepEqual(args(src, s2), ['echo', 'if', 'then', 'fi']);
});

test('redirections: fd numbers, {var}, duplication, here-strings; assignments before the command', () => {
  const src = 'A=1 B=$(x) cmd 2>&1 >/dev/null &>>log >|f <>rw {fd}>o <<<"s"';
  const s = stmts(file(src))[0];
  const call = s.Cmd as ShNode;
  assert.deepEqual(
    (call.Assigns as ShNode[]).map((a) => text(src, a)),
    ['A=1', 'B=$(x)'],
  );
  assert.deepEqual(args(src, s), ['cmd']);
  const redirs = s.Redirs as ShNode[];
  assert.deepEqual(
    redirs.map((r) => [(r.N as ShNode | undefined)?.Value ?? '', r.Op, text(src, r.Word as ShNode)]),
    [
      ['2', 59, '1'],
      ['', 54, '/dev/null'],
      ['', 65, 'log'],
      ['', 60, 'f'],
      ['', 57, 'rw'],
      ['{fd}', 54, 'o'],
      ['', 63, '"s"'],
    ],
  );
});

test('heredocs: several on one line, <<- with tabs, quoted delimiters, bodies up to the delimiter line', () => {
  const src = "cat <<A <<-'B' | sh\nbody $(a)\nA\n\tb body\n\tB\necho after";
  const [s1, s2] = stmts(file(src));
  const redirs = (((s1.Cmd as ShNode).X as ShNode).Redirs as ShNode[]) ?? [];
  assert.deepEqual(
    redirs.map((r) => text(src, r.Hdoc as ShNode)),
    ['body $(a)\nA', '\tb body\n\tB'],
  );
  assert.equal(((redirs[0].Hdoc as ShNode).Parts as ShNode[])[1].type, 'CmdSubst');
  assert.equal(((redirs[1].Hdoc as ShNode).Parts as ShNode[]).length, 1);
  assert.deepEqual(args(src, s2), ['echo', 'after']);
});

test('compound commands keep their statements: if, loops, case (in $(…) too), functions, [[ ]], (( ))', () => {
  const src =
    'if a; then b; elif c; then d; else e; fi; for i in 1 2; do f; done; while g; do h; done; x=$(case $y in k) l;; (m|n) o;& *) p;;& esac); q() { r; }; function s { t; }; [[ $(u) == v ]]; (( w = $(z) ))';
  const kinds = stmts(file(src)).map((s) => (s.Cmd as ShNode).type);
  assert.deepEqual(kinds, ['IfClause', 'ForClause', 'WhileClause', 'CallExpr', 'FuncDecl', 'FuncDecl', 'TestClause', 'ArithmCmd']);
});

test('a syntax error gives its offset, at the construct left open', () => {
  const at = (src: string) => {
    const r = parseSh(src);
    return 'errorAt' in r ? r.errorAt : -1;
  };
  assert.equal(at('echo "abc'), 5);
  assert.equal(at("a && echo 'x"), 10);
  assert.equal(at('a; if b; then c'), 3);
  assert.equal(at('echo $(a'), 5);
  assert.equal(at('a &&'), 2);
  assert.equal(at('a )'), 2);
  assert.equal(at('cat <<EOF\nbody'), 4);
});

test('hostile input never throws and is bounded: deep nesting is an error, long runs parse in one pass', () => {
  for (const src of [
    '$('.repeat(50_000),
    '{ '.repeat(50_000),
    '"${'.repeat(20_000),
    '`'.repeat(10_001),
    '(('.repeat(20_000),
    '\\'.repeat(100_001),
  ]) {
    const r = parseSh(src);
    assert.ok('file' in r || r.errorAt >= 0);
  }
  const long = `${'a && '.repeat(20_000)}b`;
  assert.ok('file' in parseSh(long));
});
