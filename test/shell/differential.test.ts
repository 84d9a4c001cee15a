/**
 * Differential test of the shell parser (server/src/analysis/shell/sh) against mvdan-sh, the parser
 * it replaced (a devDependency kept for this test only): over every Dockerfile of the fixtures and
 * examples, the recall corpus and negatives, the fuzz arbitrary's Dockerfiles and generated and
 * mutated shell scripts, the walker's output (every ShellCommand) must be the same with either
 * parser, except the listed, explained cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildModel } from '../../server/src/analysis/document';
import { commandsOfModel } from '../../server/src/analysis/shell/index';
import { parseShell, withShellParser } from '../../server/src/analysis/shell/parse';
import { ScriptBuilder } from '../../server/src/analysis/shell/script';
import { type RelCommand, walkScript } from '../../server/src/analysis/shell/walk';
import { dockerfileText } from '../robustness/arbitraries';
import { parseWithMvdan } from './mvdanReference';
import { generatedScripts } from './scripts';

const root = path.resolve(__dirname, '..', '..');

function dockerfilesUnder(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) dockerfilesUnder(full, out);
    else if (/Dockerfile/.test(e.name)) out.push(fs.readFileSync(full, 'utf8'));
  }
  return out;
}

function tsvSnippets(file: string): string[] {
  return fs
    .readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => JSON.parse(l.split('\t')[4]) as string);
}

/** Every command of a Dockerfile, as comparable text (the block is named by its first line). */
function dockerfileOutput(text: string): string {
  const cmds = commandsOfModel(buildModel(text)).map(({ block, ...c }) => ({ ...c, block: block.startLine }));
  return JSON.stringify(cmds);
}

function scriptOutput(text: string): string {
  const b = new ScriptBuilder();
  let line = 0;
  let col = 0;
  for (const ch of text) {
    b.push(ch, line, col);
    if (ch === '\n') {
      line++;
      col = 0;
    } else col += ch.length;
  }
  const out: RelCommand[] = [];
  walkScript(b.build(line, col), { instruction: 'RUN', phase: 'build', inSubst: false, depth: 0 }, out, { removable: true });
  return JSON.stringify(out);
}

/** Inputs where the two parsers differ, each with why the new answer is at least as right. */
const EXPECTED: Record<string, string> = {
  'echo a # a comment with modprobe x && \\\n  function g { echo g; };\nfor ((i=0; i<3; i++)); do echo $i; done && \\\n  cat <<EOF > /etc/sysctl.d/99.conf\nnet.ipv4.ip_forward=1\n$(echo sub)\nEOF':
    'a comment ending in a backslash: bash ends the comment at the newline (the backslash is part of it); mvdan-sh joins the next line to the command before the comment and then fails on it, so it keeps fewer commands',
  'for ((i=0; i<3; i++)); do echo $i; done &\necho a # a comment with modprobe x && \\\n  case $(uname -m) in x86_64) A=amd64 ;; aarch64|arm64) A=arm64 ;& *) A=other ;;& esac':
    'same comment-and-backslash case as above (mvdan-sh: error on the joined line)',
  'rm -rf !(keep) @(a|b).txt && \\\n  echo $((1 + $(nproc) * 2)) $(( }(3) )) && cmd 2>&1 >/dev/null &>/tmp/all &>>/tmp/app >|force <>rw 3<&0 4>&- <<<"here $(string)" {fd}>/tmp/fd':
    "invalid arithmetic `$(( }(3) ))`: mvdan-sh rejects it and keeps only the text before; the new parser does not check arithmetic grammar (it only needs the operands' substitutions) and keeps the whole script",
  'for ((i=0; i<; i++)); do echo $i; done':
    "invalid arithmetic `i<;` in a C-style for: mvdan-sh rejects the script (no commands); the new parser keeps the loop body's commands",
  'for ((i=0; i<3; i++)); do echo $i; done &\necho a # a comment with modprobe x && \\\n  case $(uname -m) in x86_64) A=amd64 ;; aarch64|arm64) A=arm64 ;& *) A=othe':
    'same comment-and-backslash case, cut short: both parsers recover, from different points (mvdan-sh at the joined line, the new parser at the unclosed case)',
  'for ((i=0; <3; i++)); do echo $i; done':
    "invalid arithmetic `<3`: mvdan-sh rejects the script; the new parser keeps the loop body's commands",
  '[[ -n "$x" && $(uname) ==) Linux || $y =~ ^(a|b)+$ ]] && echo ok':
    "`==)` inside [[ ]]: mvdan-sh rejects the test; the new parser does not check [[ ]] grammar (it only needs the words' substitutions) and keeps `echo ok`",
};

/**
 * Families of inputs where the two parsers differ, named by a text every member contains (the recall
 * corpus quotes whole real Dockerfiles, too long to list one by one), each with why.
 */
const EXPECTED_CONTAINING: Record<string, string> = {
  '${pkg.':
    "Maven resource-filtering placeholders such as `${pkg.name}` (ThingsBoard's tb-node Dockerfile, filled in before `docker build`): not valid parameter names, so mvdan-sh rejects the script and keeps only the commands before the first one; bash parses it (the error comes only at expansion) and so does the new parser, which keeps every command with the placeholder word's value unknown",
};

test('the walker sees the same commands with the new parser as with mvdan-sh', () => {
  const dockerfiles = [
    ...dockerfilesUnder(path.join(root, 'test', 'fixtures')),
    ...dockerfilesUnder(path.join(root, 'examples')),
    ...tsvSnippets('test/recall/corpus.tsv'),
    ...tsvSnippets('test/recall/negatives.tsv'),
    ...fc.sample(dockerfileText, { numRuns: 300, seed: 20261206 }),
  ];
  const scripts = generatedScripts();
  const differ: string[] = [];
  const unexpected: string[] = [];
  const familiesSeen = new Set<string>();
  const check = (input: string, run: (t: string) => string) => {
    const own = run(input);
    const ref = withShellParser(parseWithMvdan, () => run(input));
    if (own === ref) return;
    differ.push(input);
    if (process.env.DIFF_DUMP && run === scriptOutput) fs.appendFileSync(process.env.DIFF_DUMP, `${JSON.stringify(input)}\n`);
    const family = Object.keys(EXPECTED_CONTAINING).find((k) => input.includes(k));
    if (family) familiesSeen.add(family);
    if (!(input in EXPECTED) && !family) unexpected.push(`${JSON.stringify(input)}\n  mvdan: ${ref}\n  own:   ${own}`);
  };
  // The shell texts the Dockerfiles hand to the parser are compared on their own too.
  const seen = new Set<string>();
  const record = (text: string) => {
    seen.add(text);
    return parseShell(text);
  };
  for (const d of dockerfiles) withShellParser(record, () => dockerfileOutput(d));
  scripts.push(...seen);
  for (const d of dockerfiles) check(d, dockerfileOutput);
  for (const s of scripts) check(s, scriptOutput);
  console.log(
    `compared ${dockerfiles.length} Dockerfiles and ${scripts.length} shell scripts; ${differ.length} differ (${Object.keys(EXPECTED).length} listed as expected, the rest in ${familiesSeen.size} listed families)`,
  );
  assert.deepEqual(unexpected, [], `unexpected differences:\n${unexpected.slice(0, 15).join('\n')}`);
  assert.deepEqual(
    Object.keys(EXPECTED).filter((k) => !differ.includes(k)),
    [],
    'listed differences that no longer differ',
  );
  assert.deepEqual(
    Object.keys(EXPECTED_CONTAINING).filter((k) => !familiesSeen.has(k)),
    [],
    'listed families of differences that no longer differ',
  );
});
