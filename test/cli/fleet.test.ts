/**
 * Platform-team commands through the built CLI: `target capture`, profiles as targets,
 * `target from-kubernetes`, several targets at once, and `requirements` (goldens per example).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { checkJson, ensureBuilt, fixtures, root, run, type JsonFinding } from './helpers';

ensureBuilt();
const examples = path.join(root, 'examples');
const goldenDir = path.join(__dirname, 'golden', 'requirements');
const update = process.env.KERNEL_LENS_UPDATE_GOLDEN === '1';

function schema(name: string): (data: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schemas', name), 'utf8')));
  return (data) => {
    const ok = validate(data) as boolean;
    if (!ok) assert.fail(`${name}: ${ajv.errorsText(validate.errors)}`);
    return ok;
  };
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kernel-lens-fleet-'));
}

const key = (f: JsonFinding): string => `${f.rule}@${f.line}:${f.column}:${f.severity}`;

test('target capture: a profile of this machine that validates and gives the same findings as the machine itself', {
  skip: process.platform !== 'linux' && 'reads the running Linux kernel',
}, () => {
  const dir = tmp();
  const out = path.join(dir, 'host.json');
  const r = run(['target', 'capture', '--out', out, '--name', 'ci-host'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  const profile = JSON.parse(fs.readFileSync(out, 'utf8'));
  schema('host-profile.schema.json')(profile);
  assert.equal(profile.kernelRelease, os.release());
  assert.equal(profile.name, 'ci-host');
  assert.ok(!JSON.stringify(profile).includes(os.hostname()) || os.hostname() === 'ci-host', 'the hostname is not recorded');
  const machine = checkJson([examples, '--fail-on', 'never', '--no-config'], { cwd: dir }).report;
  const viaProfile = checkJson([examples, '--fail-on', 'never', '--no-config', '--target', out], { cwd: dir }).report;
  assert.match(viaProfile.target.description as string, /host profile ci-host/);
  const keys = (rep: typeof machine) => rep.files.flatMap((f) => f.findings.map((x) => `${f.path} ${key(x)}`)).sort();
  assert.deepEqual(keys(viaProfile), keys(machine));
  assert.ok(keys(machine).length > 0, 'the examples give findings to compare');
});

test('a profile named in .kernel-lens.json (relative to that file) is the target', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'hosts'));
  const profile = {
    format: 'kernel-lens-host-profile/1',
    via: 'capture',
    os: 'linux',
    name: 'old-box',
    kernelRelease: '4.19.0-27-amd64',
    arch: 'amd64',
    cgroup: 1,
  };
  fs.writeFileSync(path.join(dir, 'hosts', 'old.json'), JSON.stringify(profile));
  fs.writeFileSync(path.join(dir, '.kernel-lens.json'), JSON.stringify({ target: './hosts/old.json' }));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:12\nRUN apt-get install -y wireguard-tools\nCMD ["wg-quick", "up", "wg0"]\n');
  const { report } = checkJson(['.', '--fail-on', 'never'], { cwd: dir });
  assert.match(report.target.description as string, /old-box/);
  assert.equal(report.target.kernel, '4.19.0-27-amd64');
  assert.ok(
    report.files[0].findings.some((f) => f.rule === 'kernel-feature-missing'),
    'WireGuard (5.6) is missing on a 4.19 host',
  );
});

test('a missing or broken profile stops the run with one clear line (exit 2)', () => {
  const dir = tmp();
  const missing = run(['check', '--target', './nope.json', '-'], { cwd: dir, input: 'FROM alpine\n' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /host profile '\.\/nope\.json' does not exist/);
  fs.writeFileSync(path.join(dir, 'bad.json'), '{"format": "something-else"}');
  const bad = run(['check', '--target', 'bad.json', '-'], { cwd: dir, input: 'FROM alpine\n' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not a Kernel Lens host profile/);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});

test('target from-kubernetes: one profile per distinct kernel/OS/arch/runtime, named by pool, presets matched and said', () => {
  const dir = tmp();
  const r = run(['target', 'from-kubernetes', path.join(fixtures, 'kubernetes', 'nodes.json'), '--out-dir', 'hosts'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  const files = fs.readdirSync(path.join(dir, 'hosts')).sort();
  assert.deepEqual(files, [
    'bottlerocket.json',
    'general-amd64.json',
    'graviton-arm64.json',
    'onprem-rhel8.json',
    'talos-v1.7.6-arm64.json',
  ]);
  const validate = schema('host-profile.schema.json');
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, 'hosts', f), 'utf8'));
  for (const f of files) validate(read(f));
  const rhel = read('onprem-rhel8.json');
  assert.equal(rhel.nodes.count, 3);
  assert.match(rhel.preset, /^rhel(-8\.10|8)$/);
  assert.match(rhel.presetReason, /no kernel config/i);
  assert.equal(rhel.runtime, undefined, 'CRI-O has no runtime setting');
  const arm = read('graviton-arm64.json');
  assert.equal(arm.arch, 'arm64');
  assert.equal(arm.kernelRelease, '6.8.0-1015-aws');
  assert.equal(arm.preset, 'ubuntu-22.04-hwe', 'a 6.8 kernel on 22.04 is the HWE line');
  assert.equal(read('general-amd64.json').preset, 'ubuntu-22.04');
  assert.equal(read('bottlerocket.json').runtime, 'containerd@1.6.34');
  const talos = read('talos-v1.7.6-arm64.json');
  assert.equal(talos.preset, undefined);
  assert.match(talos.presetReason, /No preset matches/);
  // Each profile is a working target: the arm64 pool sees its own kernel and architecture.
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM --platform=linux/amd64 ubuntu:24.04\nRUN modprobe wireguard\n');
  const { report } = checkJson(['Dockerfile', '--fail-on', 'never', '--target', 'hosts/graviton-arm64.json'], { cwd: dir });
  assert.equal(report.target.arch, 'arm64');
  assert.equal(report.target.kernel, '6.8.0-1015-aws');
  assert.ok(
    report.files[0].findings.some((f) => f.rule === 'platform-mismatch'),
    'amd64 image on the arm64 pool',
  );
});

test('several targets at once: per-target verdicts equal the single-target runs', () => {
  const targets = ['rhel8', 'ubuntu-24.04', 'wsl2-5.15'];
  const file = path.join(examples, 'alpine-vpn', 'Dockerfile');
  const single = new Map(targets.map((t) => [t, checkJson([file, '--fail-on', 'never', '--no-config', '--target', t]).report]));
  const { report } = checkJson([file, '--fail-on', 'never', '--no-config', '--target', targets.join(',')]);
  const merged = report.files[0].findings as (JsonFinding & { targets?: { target: string; verdict: string; severity?: string }[] })[];
  assert.ok(merged.length > 0);
  for (const f of merged) {
    assert.equal(f.targets?.length, 3, `${key(f)} carries a verdict per target`);
    for (const v of f.targets!) {
      const same = single.get(v.target)!.files[0].findings.find((x) => x.rule === f.rule && x.line === f.line && x.column === f.column);
      assert.equal(v.verdict, same ? 'fails' : 'fine', `${key(f)} on ${v.target}`);
      if (same) assert.equal(v.severity, same.severity);
    }
  }
  // Every single-target finding appears in the merged run.
  for (const [t, rep] of single)
    for (const x of rep.files[0].findings)
      assert.ok(
        merged.some((f) => f.rule === x.rule && f.line === x.line && f.column === x.column),
        `${t}: ${key(x)}`,
      );
  const wg = merged.find((f) => f.rule === 'kernel-feature-missing' && f.targets!.some((v) => v.verdict === 'fine'));
  assert.ok(wg, 'WireGuard fails on some targets only');
  assert.match(wg!.message, /fails on rhel8 \(4\.18\).*fine on ubuntu-24\.04 \(6\.8\)/);
  const sarif = JSON.parse(
    run(['check', file, '--format', 'sarif', '--fail-on', 'never', '--no-config', '--target', targets.join(',')]).stdout,
  );
  assert.ok(
    sarif.runs[0].results.every((x: { properties: { targets?: unknown[] } }) => x.properties.targets?.length === 3),
    'SARIF carries the verdicts',
  );
});

test('requirements: JSON follows the schema, goldens per example, run flags contain what the findings name', () => {
  const validate = schema('requirements.schema.json');
  fs.mkdirSync(goldenDir, { recursive: true });
  let sysctlsChecked = 0;
  let modulesChecked = 0;
  for (const name of fs.readdirSync(examples).sort()) {
    const file = path.join('examples', name, 'Dockerfile');
    const json = run(['requirements', file, '--format', 'json'], { cwd: root });
    assert.equal(json.status, 0, json.stderr);
    const doc = JSON.parse(json.stdout);
    validate(doc);
    const md = run(['requirements', file, '--format', 'markdown'], { cwd: root }).stdout;
    const stable = JSON.stringify({ ...doc, version: '<version>', knowledgeDate: '<date>' }, null, 2) + '\n';
    for (const [ext, text] of [
      ['json', stable],
      ['md', md],
    ] as const) {
      const golden = path.join(goldenDir, `${name}.${ext}`);
      if (update) fs.writeFileSync(golden, text);
      else if (!fs.existsSync(golden)) assert.fail(`${golden} is missing (KERNEL_LENS_UPDATE_GOLDEN=1 writes it)`);
      else assert.equal(text, fs.readFileSync(golden, 'utf8'), `${golden} (KERNEL_LENS_UPDATE_GOLDEN=1 to accept a change)`);
    }
    // What the findings name must be provided by the run settings.
    const { report } = checkJson([file, '--fail-on', 'never', '--no-config', '--target', 'ubuntu-24.04'], { cwd: root });
    const flags = doc.run.docker.map((d: { flag: string }) => d.flag).join(' ');
    const host = doc.run.host.map((h: { what: string }) => h.what).join('\n');
    for (const f of report.files[0].findings) {
      if (f.rule === 'build-time-sysctl') {
        const k = /`([a-z0-9_.]+)`/.exec(f.message.replace(/^[^`]*`sysctl[^`]*`/, ''))?.[1];
        assert.ok(k, `${name}: the finding names its key: ${f.message}`);
        assert.ok(flags.includes(`--sysctl ${k}=`) || host.includes(`sysctl ${k}`), `${name}: ${k} in run flags or host settings`);
        sysctlsChecked++;
      }
      if (f.rule === 'kernel-module-load') {
        const mod = /`(?:modprobe|insmod) ([\w-]+)`|loads `([\w-]+)`/.exec(f.message);
        const m = mod?.[1] ?? mod?.[2];
        assert.ok(m, `${name}: the finding names its module: ${f.message}`);
        assert.ok(host.includes(`kernel module ${m}`), `${name}: module ${m} on the host`);
        modulesChecked++;
      }
    }
  }
  assert.ok(
    sysctlsChecked >= 2 && modulesChecked >= 1,
    `the examples exercise sysctls (${sysctlsChecked}) and modules (${modulesChecked})`,
  );
});

test('"targets" in .kernel-lens.json: the same merged verdicts as --target a,b', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, '.kernel-lens.json'), JSON.stringify({ targets: ['rhel8', 'ubuntu-24.04'] }));
  fs.copyFileSync(path.join(examples, 'alpine-vpn', 'Dockerfile'), path.join(dir, 'Dockerfile'));
  const viaConfig = checkJson(['Dockerfile', '--fail-on', 'never'], { cwd: dir }).report;
  const viaFlag = checkJson(['Dockerfile', '--fail-on', 'never', '--no-config', '--target', 'rhel8,ubuntu-24.04'], { cwd: dir }).report;
  assert.match(viaConfig.target.description as string, /^targets: rhel8, ubuntu-24\.04 \(from \.kernel-lens\.json\)/);
  const strip = (rep: typeof viaConfig) =>
    rep.files[0].findings.map((f) => ({
      rule: f.rule,
      line: f.line,
      column: f.column,
      targets: (f as { targets?: { target: string; verdict: string }[] }).targets?.map((v) => `${v.target}:${v.verdict}`),
    }));
  assert.deepEqual(strip(viaConfig), strip(viaFlag));
  assert.ok(strip(viaConfig).some((f) => f.targets?.includes('rhel8:fails') && f.targets.includes('ubuntu-24.04:fine')));
});

test('"targets" with a bad entry is one clear problem', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, '.kernel-lens.json'), JSON.stringify({ targets: ['rhel8', 'rhel88'] }));
  const r = run(['check', '-'], { cwd: dir, input: 'FROM alpine\n' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /targets.*"rhel88".*did you mean rhel8/);
});
