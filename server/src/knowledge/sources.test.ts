/**
 * Citations of the knowledge tables are primary: every row names a source, and no source (nor any
 * other text of the tables) points at an aggregator, blog, Q&A site, encyclopedia, gist or mirror.
 * A fact that only such a page supports is dropped rather than cited (docs/knowledge.md, "Sources").
 * knowledge/images/ is checked by its own tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kernelFeatures } from './features';
import { hostFacilities, buildTimeLimits, dockerDefaultCapabilitiesSource } from './hostFacilities';
import { hostPresets } from './hosts';
import { kernelBuilds } from './kernelMatrix.generated';
import { bootableImageRows, headersPackageRules, kernelPackageRows, notKernelPackages } from './kernelPackages';
import { LIBC_KERNEL_NOTES } from './libc';
import { packageFeatureRows } from './packages';
import {
  archNamespacesSource,
  buildPlatformVariablesSource,
  glibcKernelCheck,
  initProgramsSource,
  systemdManagerOptions,
  platformArchAliasesSource,
  runtimeSwitches,
  seccompBlockFacts,
  seccompSyscallFacts,
  systemdCgroupV2,
  vsyscallNeed,
  windowsContainerCompatibility,
} from './runtimeFacts';
import { sysctlRules, sysctlSources } from './sysctls';

/** Hosts (and path prefixes) that are not primary sources for kernel, distribution or tool facts. */
const NON_PRIMARY_HOSTS: readonly string[] = [
  // Blogs, news and aggregators
  'raspithek.de',
  'medium.com',
  'dev.to',
  'hashnode.dev',
  'substack.com',
  'blogspot.com',
  'wordpress.com',
  'phoronix.com',
  'lwn.net',
  'omgubuntu.co.uk',
  'itsfoss.com',
  'itsfoss.gitlab.io',
  'linuxiac.com',
  'linuxencaja.net',
  '9to5linux.com',
  'tecmint.com',
  'cyberciti.biz',
  'linuxize.com',
  'baeldung.com',
  'geeksforgeeks.org',
  'digitalocean.com/community',
  'heise.de',
  'tweakers.net',
  'moreware.org',
  'redhat.com/sysadmin',
  'redhat.com/en/blog',
  'ubuntu.com/blog',
  'docker.com/blog',
  // Q&A and forums
  'stackoverflow.com',
  'stackexchange.com',
  'serverfault.com',
  'superuser.com',
  'askubuntu.com',
  'reddit.com',
  'quora.com',
  // Encyclopedias and generated pages
  'wikipedia.org',
  'grokipedia.com',
  'docslib.org',
  // Gists, third-party package descriptions, mirrors
  'gist.github.com',
  'pkg.go.dev',
  'sourceforge.net/projects/bottlerocket-os.mirror',
  'github.com/BluezTestBot',
  'BluezTestBot/',
  'retrosearch.org',
];

/** Non-URL spellings of the same kinds of pages. */
const NON_PRIMARY_NAMES: readonly RegExp[] = [/Enable Sysadmin/i, /Stack ?Overflow/i, /Wikipedia/i, /\bblog post\b/i];

function problems(text: string): string[] {
  const lower = text.toLowerCase();
  return [
    ...NON_PRIMARY_HOSTS.filter((h) => lower.includes(h.toLowerCase())).map((h) => `cites ${h}`),
    ...NON_PRIMARY_NAMES.filter((re) => re.test(text)).map((re) => `cites ${re.source}`),
  ];
}

/** Every row of the tables with the source strings it carries (source first). */
function citedRows(): { what: string; sources: (string | undefined)[] }[] {
  const rows: { what: string; sources: (string | undefined)[] }[] = [];
  const add = (what: string, ...sources: (string | undefined)[]) => rows.push({ what, sources });
  for (const f of kernelFeatures) add(`feature ${f.id}`, f.source, ...(f.sources ?? []), f.usableSince?.source);
  for (const f of hostFacilities) add(`facility ${f.id}`, f.source, ...(f.sources ?? []));
  for (const l of buildTimeLimits) add(`build-time limit ${l.command}`, l.source);
  add('dockerDefaultCapabilities', dockerDefaultCapabilitiesSource);
  for (const p of hostPresets) add(`preset ${p.id}`, p.source);
  for (const b of kernelBuilds) add(`kernel build ${b.id}`, b.source);
  for (const r of kernelPackageRows) add(`kernel package ${r.family}/${r.package}`, r.source);
  for (const r of notKernelPackages) add(`not a kernel package ${r.package}`, r.source);
  for (const r of headersPackageRules) add(`headers rule ${r.family}`, r.source);
  for (const r of bootableImageRows) add(`bootable image ${r.path}`, r.source);
  for (const [kind, n] of Object.entries(LIBC_KERNEL_NOTES)) add(`libc note ${kind}`, n?.source);
  for (const r of packageFeatureRows) add(`package ${r.family}/${r.package}`, r.source);
  for (const r of seccompSyscallFacts) add(`seccomp syscall ${r.syscall}`, r.source, ...(r.sources ?? []));
  for (const r of seccompBlockFacts) add(`seccomp block ${r.feature}`, r.source, ...(r.sources ?? []));
  for (const r of runtimeSwitches) add(`run-time switch ${r.feature}@${r.where}`, r.source, ...(r.sources ?? []));
  add('systemdCgroupV2', systemdCgroupV2.source, ...(systemdCgroupV2.sources ?? []));
  add('glibcKernelCheck', glibcKernelCheck.source, ...(glibcKernelCheck.sources ?? []));
  add('vsyscallNeed', vsyscallNeed.source, ...(vsyscallNeed.sources ?? []));
  add('windowsContainerCompatibility', windowsContainerCompatibility.source);
  add('archNamespaces', archNamespacesSource);
  add('platformArchAliases', platformArchAliasesSource);
  add('buildPlatformVariables', buildPlatformVariablesSource);
  add('initPrograms', initProgramsSource);
  add('systemdManagerOptions', systemdManagerOptions.source);
  for (const r of sysctlRules) add(`sysctl ${r.pattern || '(default)'}`, r.source);
  for (const s of sysctlSources) add('sysctl sources', s);
  return rows;
}

test('every knowledge row names a source', () => {
  const rows = citedRows();
  assert.ok(rows.length > 300, `expected the whole tables, got ${rows.length} rows`);
  for (const { what, sources } of rows) {
    const [first, ...rest] = sources;
    assert.ok(typeof first === 'string' && first.trim().length >= 10, `${what}: no source`);
    for (const s of rest) if (s !== undefined) assert.ok(s.trim().length >= 10, `${what}: empty extra source`);
  }
});

test('no knowledge row cites an aggregator, blog, Q&A site, encyclopedia, gist or mirror', () => {
  const bad = citedRows().flatMap(({ what, sources }) =>
    sources.flatMap((s) => (s === undefined ? [] : problems(s).map((p) => `${what}: ${p}`))),
  );
  assert.deepEqual(bad, []);
});

test('nor does any other text of the tables (notes, reasons, comments)', () => {
  const dir = __dirname;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  assert.ok(files.includes('features.ts') && files.includes('hosts.ts'), 'reads the knowledge folder');
  const bad = files.flatMap((f) => problems(fs.readFileSync(path.join(dir, f), 'utf8')).map((p) => `${f}: ${p}`));
  assert.deepEqual(bad, []);
});

test('the denylist catches what it is meant to catch', () => {
  assert.deepEqual(problems('https://raspithek.de/software/betriebsystem/raspberry-pi-os-trixie'), ['cites raspithek.de']);
  assert.deepEqual(problems('Red Hat Enable Sysadmin, "How to use Podman inside of a container"'), ['cites Enable Sysadmin']);
  assert.ok(problems('https://en.wikipedia.org/wiki/Linux_kernel_version_history').includes('cites wikipedia.org'));
  assert.deepEqual(problems('https://kernelnewbies.org/Linux_5.6; torvalds/linux v6.12 net/can/Kconfig'), []);
});
