/** The machine formats: the documented JSON shape, and SARIF 2.1.0 checked against the official schema. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { allRules } from '../../server/src/analysis/rules';
import { checkJson, ensureBuilt, fixtures, packageVersion, root, run } from './helpers';

before(() => ensureBuilt());

describe('json format', () => {
  test('has the documented shape', () => {
    const { r, report } = checkJson(['module-load', 'clean', '--target', '5.15', '--no-config']);
    assert.equal(r.stderr, '');
    assert.deepEqual(Object.keys(report), ['version', 'knowledgeDate', 'target', 'files', 'summary']);
    assert.equal(report.version, packageVersion());
    assert.match(report.knowledgeDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(report.target.kernel, '5.15');
    assert.equal(report.target.os, 'linux');
    assert.deepEqual(report.target.origin, { kind: 'cli', detail: 'from the command line' });
    assert.equal(report.target.description, 'target: Linux 5.15 host, kernel 5.15 (from --target)');
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['module-load/Dockerfile', 'clean/Dockerfile'],
    );
    for (const f of report.files) assert.deepEqual(Object.keys(f), ['path', 'target', 'problems', 'stages', 'findings']);
    const all = report.files.flatMap((f) => f.findings);
    assert.deepEqual(report.summary, {
      files: 2,
      errors: all.filter((x) => x.severity === 'error').length,
      warnings: all.filter((x) => x.severity === 'warning').length,
      infos: all.filter((x) => x.severity === 'info').length,
      hints: all.filter((x) => x.severity === 'hint').length,
    });
  });

  test('findings carry both LSP ranges (0-based) and 1-based line/column, and fix titles', () => {
    const { report } = checkJson(['module-load', '--target', '5.15', '--no-config']);
    const f = report.files[0].findings.find((x) => x.rule === 'kernel-module-load');
    assert.ok(f, 'kernel-module-load finding');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } });
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, 5, 3, 13]);
    assert.match(f.message, /modprobe/);
    assert.ok(f.fixes.includes('Ignore kernel-module-load on this line'), JSON.stringify(f.fixes));
    assert.ok(f.fixes.every((t) => typeof t === 'string'));
    assert.ok(!f.fixes.includes('Select target host…'), 'editor-only actions are left out');
    assert.ok(Array.isArray(f.related));
  });

  test('stages summarise each FROM line with the image identity', () => {
    const { report } = checkJson(['-', '--target', '5.15', '--no-config'], {
      input: 'ARG V=7\nFROM centos:${V} AS base\nFROM base\nFROM scratch\n',
    });
    const [first, second, third] = report.files[0].stages as Record<string, any>[];
    assert.equal(report.files[0].path, '<stdin>');
    assert.equal(first.line, 2);
    assert.equal(first.image, 'centos:${V}');
    assert.equal(first.resolved, 'centos:7');
    assert.equal(first.name, 'base');
    assert.equal(first.kind, 'image');
    assert.equal(first.identity.label, 'CentOS Linux 7');
    assert.deepEqual(first.identity.libc, { kind: 'glibc', version: '2.17', minKernel: '2.6.32' });
    assert.equal(first.identity.support.state, 'end-of-life');
    assert.match(first.text, /→ CentOS Linux 7 · glibc 2\.17/);
    assert.equal(second.kind, 'stage');
    assert.deepEqual(second.baseStage, { index: 0, name: 'base', line: 2 });
    assert.equal(second.root, 'image');
    assert.equal(third.kind, 'scratch');
  });

  test('a directive target appears in the file entry', () => {
    const { report } = checkJson(['directive', '--target', '5.15', '--no-config']);
    assert.equal(report.target.kernel, '5.15');
    assert.equal(report.files[0].target.presetId, 'rhel8');
    assert.equal((report.files[0].target.origin as { kind: string }).kind, 'directive');
  });
});

/** package.json `repository` as a web address, read here independently of the CLI's reader. */
function packageRepositoryWebUrl(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const url: string = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url;
  assert.match(url, /^(git\+)?https:\/\/github\.com\//);
  return url.replace(/^git\+/, '').replace(/\.git$/, '');
}

describe('sarif format', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(fixtures, 'sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  function sarif(args: string[], opts: Parameters<typeof run>[1] = {}) {
    const r = run(['check', '--format', 'sarif', ...args], opts);
    const log: any = JSON.parse(r.stdout); // checked by the schema below, then read freely
    const ok = validate(JSON.parse(r.stdout));
    assert.ok(ok, `schema errors: ${JSON.stringify(validate.errors, null, 1)}`);
    return { r, log };
  }

  test('the validator rejects what the schema forbids (the fixture is the real schema)', () => {
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
    assert.equal(validate({ version: '2.0.0', runs: [] }), false);
    assert.equal(validate({ version: '2.1.0', runs: [] }), true);
  });

  test('results, levels, locations and regions', () => {
    const { r, log } = sarif(['module-load', 'windows', '--target', '5.15', '--no-config']);
    assert.equal(r.status, 1, 'windows-image-on-linux is an error');
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri, new URL(`file://${fixtures}/`).href);
    const mod = run0.results.find((x: any) => x.ruleId === 'kernel-module-load');
    assert.ok(mod);
    assert.equal(mod.level, 'warning');
    assert.deepEqual(mod.locations[0].physicalLocation.artifactLocation, { uri: 'module-load/Dockerfile', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(mod.locations[0].physicalLocation.region, { startLine: 3, startColumn: 5, endLine: 3, endColumn: 13 });
    assert.match(mod.message.text, /modprobe/);
    assert.equal(run0.tool.driver.rules[mod.ruleIndex].id, 'kernel-module-load');
    const win = run0.results.find((x: any) => x.ruleId === 'windows-image-on-linux');
    assert.equal(win.level, 'error');
    const eol = run0.results.find((x: any) => x.ruleId === 'image-end-of-life' && x.properties.severity === 'info');
    if (eol) assert.equal(eol.level, 'note');
  });

  test('tool.driver.rules describe every rule with a help link to its page in the repository and the page as help', () => {
    const { log } = sarif(['clean', '--target', '5.15', '--no-config']);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'Kernel Lens');
    assert.equal(driver.version, packageVersion());
    const ids = driver.rules.map((x: any) => x.id);
    for (const rule of allRules()) {
      const d = driver.rules.find((x: any) => x.id === rule.id);
      assert.ok(d, `rule ${rule.id} declared`);
      assert.equal(d.shortDescription.text, rule.summary);
      assert.equal(d.properties.defaultSeverity, rule.defaultSeverity);
      const repo = packageRepositoryWebUrl();
      assert.equal(d.helpUri, `${repo}/blob/main/docs/rules/${rule.id}.md`);
      assert.doesNotMatch(d.helpUri, /^file:/, 'a path on the machine that ran the check is useless in code scanning');
      const page = fs.readFileSync(path.join(root, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.ok(d.help.markdown.startsWith(`# ${rule.id}`), `help.markdown of ${rule.id} is its page`);
      assert.equal(d.help.markdown.split('\n').length, page.split('\n').length, `help.markdown of ${rule.id} is the whole page`);
      assert.equal(d.help.text, d.help.markdown);
      assert.doesNotMatch(d.help.markdown, /\]\((?!https?:|#)/, `relative links in ${rule.id} made absolute`);
    }
    const directive = driver.rules.find((x: any) => x.id === 'invalid-directive');
    assert.match(directive.help.markdown, new RegExp(`\\]\\(${packageRepositoryWebUrl()}/blob/main/docs/target\\.md\\)`));
    assert.ok(ids.includes('invalid-directive'));
    assert.deepEqual(log.runs[0].results, []);
  });

  test('the target host is in runs[0].properties', () => {
    const { log } = sarif(['clean', '--target', 'rhel8', '--no-config']);
    const t = log.runs[0].properties.target;
    assert.equal(t.presetId, 'rhel8');
    assert.match(t.kernel, /^4\.18/);
    assert.match(t.description, /^target: rhel8 — /);
  });

  test('standard input with --stdin-filename gets a relative URI', () => {
    const input = fs.readFileSync(path.join(fixtures, 'module-load', 'Dockerfile'));
    const { log } = sarif(['-', '--stdin-filename', 'docker/app/Dockerfile', '--target', '5.15', '--no-config'], { input });
    const res = log.runs[0].results.find((x: any) => x.ruleId === 'kernel-module-load');
    assert.deepEqual(res.locations[0].physicalLocation.artifactLocation, { uri: 'docker/app/Dockerfile', uriBaseId: '%SRCROOT%' });
  });

  test('a file outside the current folder gets an absolute file URI', () => {
    const { log } = sarif([path.join(fixtures, 'module-load', 'Dockerfile'), '--target', '5.15', '--no-config'], {
      cwd: path.join(fixtures, 'clean'),
    });
    const res = log.runs[0].results.find((x: any) => x.ruleId === 'kernel-module-load');
    const loc = res.locations[0].physicalLocation.artifactLocation;
    assert.equal(loc.uriBaseId, undefined);
    assert.equal(fileURLToPath(loc.uri), path.join(fixtures, 'module-load', 'Dockerfile'));
  });
});
