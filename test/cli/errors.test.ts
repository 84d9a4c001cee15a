/**
 * Every way a run can go wrong ends with ONE line on stderr naming the problem and exit code 2 —
 * never a stack trace, never a half-written report on stdout.
 */
import { after, before, describe, test } from 'node:test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertUsageError, ensureBuilt, fixtures, run } from './helpers';

before(() => ensureBuilt());

describe('inputs that cannot be checked', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-err-'));
    fs.writeFileSync(path.join(tmp, 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x46, 0x52, 0x4f, 0x4d]));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('a missing file', () => {
    assertUsageError(run(['check', 'no/such/Dockerfile', '--target', '5.15']), /no such file or folder: no\/such\/Dockerfile$/m);
  });

  test('a missing file among good ones stops the run before any output', () => {
    assertUsageError(run(['check', 'module-load', 'nope', '--target', '5.15', '--no-config']), /no such file or folder: nope/);
  });

  test('a folder without Dockerfiles', () => {
    assertUsageError(run(['check', 'empty-dir', '--target', '5.15']), /no Dockerfiles found in empty-dir/);
  });

  test('a glob that matches nothing', () => {
    assertUsageError(run(['check', 'nowhere/**/Dockerfile*', '--target', '5.15']), /no files match nowhere\/\*\*\/Dockerfile\*/);
  });

  test('a binary file', () => {
    assertUsageError(run(['check', path.join(tmp, 'Dockerfile'), '--target', '5.15']), /holds binary data, not a Dockerfile/);
  });

  test('binary data on standard input', () => {
    assertUsageError(run(['check', '-', '--target', '5.15'], { input: Buffer.from([0x46, 0x00, 0x01]) }), /<stdin> holds binary data/);
  });

  test("--stdin-filename without '-'", () => {
    assertUsageError(run(['check', 'clean', '--stdin-filename', 'x', '--target', '5.15']), /--stdin-filename.*'-'/);
  });
});

describe('configuration errors', () => {
  test('a bad target names the value and what is valid', () => {
    assertUsageError(run(['check', 'clean', '--target', 'banana']), /--target.*'banana' is neither a known preset nor a kernel version/);
  });

  test('a near-miss preset gets a suggestion', () => {
    assertUsageError(run(['check', 'clean', '--target', 'rhel88']), /did you mean rhel8\?/);
  });

  test('a folder given as --kernel-config', () => {
    assertUsageError(run(['check', 'clean', '--target', '5.15', '--kernel-config', 'module-load']), /module-load' is a folder, not a file/);
  });

  test('a missing --kernel-config', () => {
    assertUsageError(run(['check', 'clean', '--target', '5.15', '--kernel-config', 'nope.config']), /nope\.config' does not exist/);
  });

  test('a kernel config that is not one', () => {
    assertUsageError(run(['check', 'clean', '--target', '5.15', '--kernel-config', 'clean/Dockerfile']), /not a kernel config/);
  });

  test('a malformed .kernel-lens.json found by lookup', () => {
    assertUsageError(
      run(['check', '--target', '5.15'], { cwd: path.join(fixtures, 'bad-config') }),
      /\.kernel-lens\.json: not valid JSON at line 4, column 1/,
    );
  });

  test('a malformed .kernel-lens.json given with --config, and a missing one', () => {
    assertUsageError(run(['check', 'clean', '--config', 'bad-config/.kernel-lens.json']), /not valid JSON/);
    assertUsageError(run(['check', 'clean', '--config', 'nope.json']), /settings file .*nope\.json does not exist/);
    assertUsageError(run(['check', 'clean', '--config', 'clean']), /is a folder, not a file/);
  });

  test('a bad value inside .kernel-lens.json', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-cfg-'));
    try {
      fs.writeFileSync(path.join(tmp, '.kernel-lens.json'), '{ "target": "rhel8", "arch": "sparc" }\n');
      fs.writeFileSync(path.join(tmp, 'Dockerfile'), 'FROM scratch\n');
      assertUsageError(run(['check'], { cwd: tmp }), /"arch".*'sparc' is not a known architecture/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('bad --arch and --runtime values', () => {
    assertUsageError(run(['check', 'clean', '--arch', 'sparc']), /--arch.*'sparc' is not a known architecture/);
    assertUsageError(run(['check', 'clean', '--runtime', 'dokcer']), /--runtime.*did you mean docker\?/);
  });
});

describe('usage errors', () => {
  test('an unknown option, with a suggestion', () => {
    assertUsageError(run(['check', 'clean', '--fromat', 'json']), /unknown option '--fromat' for 'check' — did you mean --format\?/);
    assertUsageError(run(['targets', '--bogus']), /unknown option '--bogus' for 'targets'/);
    assertUsageError(run(['check', '-x']), /unknown option '-x'/);
  });

  test('bad values for --format, --fail-on and --rule', () => {
    assertUsageError(run(['check', 'clean', '--format', 'xml']), /--format.*'xml' is not one of text, json, sarif/);
    assertUsageError(run(['check', 'clean', '--fail-on', 'fatal']), /--fail-on.*'fatal' is not one of error, warning, info, hint, never/);
    assertUsageError(run(['check', 'clean', '--rule', 'x=off']), /--rule.*unknown rule 'x'/);
    assertUsageError(run(['check', 'clean', '--rule', 'kernel-modul-load=off']), /did you mean kernel-module-load\?/);
    assertUsageError(run(['check', 'clean', '--rule', 'kernel-module-load=loud']), /'loud' is not a severity/);
    assertUsageError(run(['check', 'clean', '--rule', 'kernel-module-load']), /<rule-id>=<severity>/);
  });

  test('an option without its value', () => {
    assertUsageError(run(['check', 'clean', '--target']), /option '--target' needs a value/);
  });

  test('an option that takes no value given one', () => {
    assertUsageError(run(['check', 'clean', '--quiet=yes']), /option '--quiet' takes no value/);
  });

  test('contradicting options', () => {
    assertUsageError(run(['check', 'clean', '--quiet', '--explain']), /exclude each other/);
    assertUsageError(run(['check', 'clean', '--config', 'x', '--no-config']), /exclude each other/);
  });

  test('no command, an unknown command', () => {
    assertUsageError(run([]), /missing command/);
    assertUsageError(run(['chek']), /unknown command 'chek' — did you mean check\?/);
    assertUsageError(run(['--target', '5.15']), /option '--target' before a command/);
  });

  test('explain without an image, with two, with an invalid reference', () => {
    assertUsageError(run(['explain']), /missing image reference/);
    assertUsageError(run(['explain', 'a', 'b']), /one image reference at a time/);
    assertUsageError(run(['explain', 'UPPER/Case:tag']), /not a valid image reference/);
    assertUsageError(run(['explain', 'centos:7', '--target', 'banana']), /'banana'/);
  });

  test('targets and rules take no arguments', () => {
    assertUsageError(run(['targets', 'rhel8']), /takes no arguments/);
    assertUsageError(run(['rules', 'x']), /takes no arguments/);
  });
});
