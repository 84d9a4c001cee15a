/**
 * kernel-lens: the command-line checker. Same analysis as the language server.
 * (Minimal foundation version: `check <files or folders…>`; the full CLI grows here.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../analysis/analyze';
import { imageCard } from '../analysis/hover';
import { detectMachine } from '../analysis/target/machine';
import { readKernelConfigFile } from '../analysis/target/kernelConfig';

const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|dockerfile|containerfile)$/;

function discover(p: string, out: string[]): void {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const e of fs.readdirSync(p).sort()) {
      if (e === 'node_modules' || e === '.git') continue;
      const full = path.join(p, e);
      const s = fs.statSync(full);
      if (s.isDirectory()) discover(full, out);
      else if (DOCKERFILE_NAME.test(e)) out.push(full);
    }
  } else out.push(p);
}

function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd !== 'check' || rest.length === 0) {
    process.stderr.write('usage: kernel-lens check <files or folders…>\n');
    return 2;
  }
  const files: string[] = [];
  for (const p of rest) {
    try {
      discover(p, files);
    } catch (e) {
      process.stderr.write(`kernel-lens: cannot read ${p}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const machine = detectMachine();
  let errors = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const result = analyzeDocument(text, { layers: { machine, defaultPlatform: process.platform }, readConfig: (p) => readKernelConfigFile(p) });
    process.stdout.write(`\n${file}\n`);
    for (const s of result.stages) {
      const line = s.keywordRange.start.line + 1;
      if (s.root.kind === 'image') {
        const card = imageCard(s.root.ref.raw, s.root.lookup, result.target, new Date());
        process.stdout.write(`  line ${line}: FROM ${s.imageText}\n${card.filter((l) => l).map((l) => '    ' + l.replace(/\*\*|_|`|###\s?/g, '')).join('\n')}\n`);
      } else {
        process.stdout.write(`  line ${line}: FROM ${s.imageText} (${s.root.kind})\n`);
      }
    }
    for (const f of result.findings) {
      if (f.severity === 'error') errors++;
      process.stdout.write(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} [${f.ruleId}] ${f.message}\n`);
    }
  }
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
