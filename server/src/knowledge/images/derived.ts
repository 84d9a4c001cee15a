/**
 * Derived images (python, node, nginx, dotnet, …): which distribution image each tag is built FROM.
 *
 * Each image is described by a `LibraryImage` spec (its current version lines, its default base,
 * its flavour words); `libraryRules` turns a spec into ordinary tag rules, most specific first:
 * explicit base suffixes (-bookworm, -slim-trixie, -noble, -alpine3.20, -windowsservercore-ltsc2022),
 * then the moving -alpine / -slim / bare-version defaults, then an "unknown" rule for version
 * lines the knowledge base does not record (never guessed).
 */
import type { ImageTagRule } from './ruleTypes';
import { withLazyTag } from './lazyTag';

const OI = (p: string) => `docker-library/official-images library/${p} @ 37079fb3 (2026-08-21)`;
const VARIANT_DOCS = 'docker-library/docs @ c4a9ba41 .template-helpers/variant-*.md (suite, -slim, -alpine, Windows variants)';

/**
 * Stored snapshots read for lines the 2026-08-21 snapshot does not list (end-of-life lines) or does
 * not describe. Each names the commit read and the release that dates it (commit dates are not
 * stored, so the newest version in the file is given instead).
 */
const SNAP = {
  pythonDocs2023: 'docker-library/docs python/README.md @ 006e77b0 (python 3.11.4/3.12.0b4, June 2023)',
  golang2025: 'docker-library/official-images library/golang @ 005af6d9 (golang 1.25.3/1.24.9, October 2025)',
  ruby2024: 'docker-library/official-images library/ruby @ 006a257b (ruby 3.3.1/3.4.0-preview1, May 2024)',
  rust2024: 'docker-library/official-images library/rust @ 0458d057 (rust 1.82.0, October 2024)',
  /** s390x per-architecture README (same tags as the main image for these Linux-only images); generated about 2026-09-20, after the knowledge date. */
  docs202609: (image: string) =>
    `docker-library/docs ${image}/README.md @ 00454990 (s390x per-arch page, generated ~2026-09-20: after the knowledge date)`,
  memcachedDocs2025: 'docker-library/docs memcached/README.md @ 00ad73b6 (i386 per-arch page, memcached 1.6.38, Alpine 3.22: mid 2025)',
  dotnetManifest2021: 'dotnet/dotnet-docker manifest.json @ 11fc80c2 (2021-03-01: 2.1 = stretch-slim, 3.1 and 5.0 = buster-slim)',
  dotnetManifest2022: 'dotnet/dotnet-docker manifest.json @ 3c172433 (2022-05-31: 3.1 and 5.0 = buster-slim, 6.0 = bullseye-slim)',
  dotnetManifest2023: 'dotnet/dotnet-docker manifest.json @ f6ec7718 (2023-12-12: 6.0 and 7.0 = bullseye-slim)',
  dotnetSdkReadme2025:
    'dotnet/dotnet-docker README.sdk.md @ 00173ed6 (SDK 8.0.412 / 9.0.302: "8.0" and "9.0" = *-bookworm-slim, Debian 12)',
};

/**
 * A version line that is no longer published: its bare (and -slim) tags resolve to the last base a
 * stored snapshot shows for it, and say so. The rule id and the source both say "last known base".
 */
function lastKnownBase(line: string, suite: string, snapshot: string, slim = true): LibraryImage['extra'] & object {
  const source = `last known base: Debian ${suite} (as of ${snapshot}); the line is no longer published, so the tag no longer moves`;
  const rules: NonNullable<LibraryImage['extra']> = [
    { id: `last-known-base-${suite}`, tag: new RegExp(`^(?<p>${line})$`), base: `debian:${suite}`, source },
  ];
  if (slim)
    rules.push({
      id: `last-known-base-${suite}-slim`,
      tag: new RegExp(`^(?<p>${line})-slim$`),
      base: `debian:${suite}-slim`,
      variant: 'slim',
      source,
    });
  return rules;
}

const DEBIAN = 'jessie|stretch|buster|bullseye|bookworm|trixie|forky';
const UBUNTU = 'trusty|xenial|bionic|focal|jammy|noble|resolute';
const ANY_VERSION = String.raw`v?\d+(?:\.\d+)*(?:_\d+)?(?:-?(?:rc|beta|alpha|ea|preview)(?:[.-]?\d+)*)?`;
const NEVER = '(?!)';

interface DefaultBase {
  /** Version lines (regex source) this default applies to; absent = all current lines and bare flavour words. */
  when?: string;
  base: string;
  /** Reference (template) that pins this default, e.g. '{image}:{p}-trixie'; absent when no tag pins it. */
  pin?: string;
  slimBase?: string;
  slimPin?: string;
}

export interface LibraryImage {
  image: string;
  repositories?: string[];
  /** Version lines whose bare / -slim / -alpine tags resolve (regex source), as of the knowledge date. */
  versions?: string;
  /** Flavour words that do not change the base (regex source), e.g. 'cli|fpm|apache|zts'. */
  words?: string;
  /** Whether bare tags may carry flavour words (php:8.5-fpm) and still use the default base. */
  wordsInDefault?: boolean;
  defaults?: DefaultBase[];
  /** What 'latest' means: the version line, and the reference that pins it. */
  latest?: { version: string; pin?: string };
  debianSuites?: boolean;
  ubuntuSuites?: boolean;
  /** The Alpine release a plain -alpine tag means for the current lines; absent = not recorded. */
  alpine?: string;
  windows?: boolean;
  /** Image-specific rules, evaluated before the generated ones. */
  extra?: Array<Omit<ImageTagRule, 'repositories' | 'source'> & { source?: string }>;
  /** Reason given for tags of version lines that are not recorded. */
  unknownReason?: string;
  source: string;
}

/** What the rule builders of one LibraryImage share: its tag fragments and a rule constructor. */
interface LibraryContext {
  spec: LibraryImage;
  /** Flavour words after the base part of a tag. */
  trailing: string;
  /** Any version prefix, with or without flavour words. */
  anyPrefix: string;
  /** An optional `<prefix>-` captured as `p`. */
  P: string;
  /** The current version lines (or the `when` of one default), flavour words allowed unless the spec says not. */
  current: (when?: string) => string;
  rule: (id: string, tag: string, r: Partial<ImageTagRule>) => ImageTagRule;
}

function libraryContext(spec: LibraryImage): LibraryContext {
  const repositories = spec.repositories ?? [`docker.io/library/${spec.image}`];
  const W = spec.words ?? NEVER;
  const anyPrefix = `(?:${ANY_VERSION})(?:-(?:${W}))*|(?:${W})(?:-(?:${W}))*`;
  return {
    spec,
    trailing: `(?:-(?:${W}))*`,
    anyPrefix,
    P: `(?:(?<p>${anyPrefix})-)?`,
    current: (when?: string) => {
      const v = when ?? spec.versions ?? NEVER;
      return spec.wordsInDefault === false ? `(?:${v})` : `(?:${v})(?:-(?:${W}))*|(?:${W})(?:-(?:${W}))*`;
    },
    // The pattern is built on first read (lazyTag.ts); `r` never carries a tag of its own.
    rule: (id, tag, r) => withLazyTag({ id: `${spec.image}/${id}`, repositories, source: spec.source, ...r }, () => new RegExp(`^${tag}$`)),
  };
}

/** The image-specific rules, first. */
function extraRules({ spec }: LibraryContext): ImageTagRule[] {
  const repositories = spec.repositories ?? [`docker.io/library/${spec.image}`];
  return (spec.extra ?? []).map((x, i) => ({
    ...x,
    id: `${spec.image}/${x.id || `extra-${i}`}`,
    repositories,
    source: x.source ?? spec.source,
  }));
}

/** Tags that name their Debian suite (-bookworm, -slim-trixie, -trixie-slim) or Ubuntu suite (-noble, -noble-chiseled). */
function suiteRules({ spec, rule, P, trailing }: LibraryContext): ImageTagRule[] {
  const rules: ImageTagRule[] = [];
  if (spec.debianSuites) {
    rules.push(
      rule('debian-slim-suite', `${P}slim-(?<suite>${DEBIAN})${trailing}`, { base: 'debian:{suite}-slim', variant: 'slim' }),
      rule('debian-suite-slim', `${P}(?<suite>${DEBIAN})-slim${trailing}`, { base: 'debian:{suite}-slim', variant: 'slim' }),
      rule('debian-suite', `${P}(?<suite>${DEBIAN})${trailing}`, { base: 'debian:{suite}' }),
    );
  }
  if (spec.ubuntuSuites) {
    rules.push(
      rule('ubuntu-suite', `${P}(?<suite>${UBUNTU})(?:-(?<x>chiseled(?:-extra)?))?${trailing}`, { base: 'ubuntu:{suite}', variant: '{x}' }),
    );
  }
  return rules;
}

/** -alpine3.NN / -alpine-3.NN, then a plain -alpine (the recorded release, or unknown). */
function alpineRules({ spec, rule, P, trailing, current }: LibraryContext): ImageTagRule[] {
  return [
    rule('alpine-pinned', `${P}alpine-?(?<a>3\\.\\d+)${trailing}`, { base: 'alpine:{a}' }),
    spec.alpine
      ? rule('alpine', `(?:(?<p>${current()})-)?alpine${trailing}`, {
          base: `alpine:${spec.alpine}`,
          moving: { pin: `{image}:{p-}alpine${spec.alpine}` },
        })
      : rule('alpine', `${P}alpine${trailing}`, {
          unknown: `{image}:{tag} follows the newest Alpine release for its line, which the knowledge base does not record; pin it with an -alpine3.NN tag`,
        }),
  ];
}

/** -windowsservercore-ltsc2022 / -nanoserver-1809 and the like. */
function windowsRules({ spec, rule, P, trailing }: LibraryContext): ImageTagRule[] {
  if (!spec.windows) return [];
  return [
    rule('windowsservercore', `${P}windowsservercore-(?<w>ltsc20\\d\\d|1809)${trailing}`, {
      base: 'mcr.microsoft.com/windows/servercore:{w}',
    }),
    rule('nanoserver', `${P}nanoserver-(?<w>ltsc20\\d\\d|1809)${trailing}`, { base: 'mcr.microsoft.com/windows/nanoserver:{w}' }),
  ];
}

/** The moving defaults of the current lines (bare and -slim tags), then latest. */
function defaultRules({ spec, rule, trailing, current }: LibraryContext): ImageTagRule[] {
  const rules: ImageTagRule[] = [];
  for (const [i, d] of (spec.defaults ?? []).entries()) {
    if (d.slimBase) {
      rules.push(
        rule(`default-slim-${i}`, `(?:(?<p>${current(d.when)})-)?slim${trailing}`, {
          base: d.slimBase,
          variant: 'slim',
          moving: { pin: d.slimPin },
        }),
      );
    }
    rules.push(rule(`default-${i}`, `(?<p>${current(d.when)})`, { base: d.base, moving: { pin: d.pin } }));
  }
  if (spec.latest) {
    const d = (spec.defaults ?? []).find((x) => !x.when || new RegExp(`^(?:${x.when})$`).test(spec.latest!.version));
    if (d) rules.push(rule('latest', 'latest', { base: d.base, moving: { pin: spec.latest.pin } }));
  } else {
    rules.push(
      rule('latest', 'latest', {
        unknown: `the version line that {image}:latest names is not recorded in the knowledge base; pin a version and base (e.g. {image}:<version>-<suite>)`,
      }),
    );
  }
  return rules;
}

/** Any other version line: unknown, with the reason (never a guess of an old line's base). */
function unrecordedLineRule({ spec, rule, anyPrefix }: LibraryContext): ImageTagRule {
  return rule('unrecorded-line', `(?<p>${anyPrefix})(?:-slim)?`, {
    unknown:
      spec.unknownReason ??
      `{image}:{tag} names a version line whose default base is not recorded in the knowledge base (only current lines are, as of the knowledge date); name the base in the tag (e.g. -trixie, -bookworm, -alpine3.NN)`,
  });
}

/** Expands a LibraryImage spec into its rules, in evaluation order. */
function libraryRules(spec: LibraryImage): ImageTagRule[] {
  const ctx = libraryContext(spec);
  const rules = [
    ...extraRules(ctx),
    ...suiteRules(ctx),
    ...alpineRules(ctx),
    ...windowsRules(ctx),
    ...defaultRules(ctx),
    unrecordedLineRule(ctx),
  ];
  for (const r of rules) if (r.moving === undefined) delete r.moving;
  return rules;
}

const TRIXIE = { base: 'debian:trixie', pin: '{image}:{p}-trixie', slimBase: 'debian:trixie-slim', slimPin: '{image}:{p-}slim-trixie' };

const libraryImages: LibraryImage[] = [
  {
    image: 'python',
    versions: String.raw`3(?:\.1[0-5](?:\.\d+)?(?:(?:a|b|rc)\d+)?(?:-rc)?)?`,
    defaults: [TRIXIE],
    latest: { version: '3.14', pin: 'python:3.14-trixie' },
    debianSuites: true,
    alpine: '3.24',
    windows: true,
    extra: [
      ...lastKnownBase(
        String.raw`3\.[78](?:\.\d+)?`,
        'bookworm',
        `${SNAP.pythonDocs2023}: shared tags 3.8 and 3.7 = -bookworm, 3.8-slim = -slim-bookworm; neither line is in official-images library/python @ 01732a42 (python 3.15.0a2, late 2025)`,
      ),
      {
        id: 'eol-3.9',
        tag: /^3\.9(?:\.\d+)?(?:-slim)?$/,
        unknown:
          'python:{tag}: the 3.9 line is no longer published and no stored snapshot shows its last base (Debian bookworm in June 2023; absent from the late-2025 snapshot, after Debian 13 moved the defaults); name the base in the tag (e.g. python:3.9-bookworm)',
        source: SNAP.pythonDocs2023,
      },
    ],
    source: `${OI('python')} (3.14/latest and 3.12 on trixie, -alpine = 3.24); ${VARIANT_DOCS}`,
  },
  {
    image: 'node',
    versions: String.raw`(?:26|24|22|20)(?:\.\d+){0,2}|lts|current|krypton|jod|iron`,
    words: 'lts|current|krypton|jod|iron',
    wordsInDefault: false,
    defaults: [
      {
        when: String.raw`(?:24|22|20)(?:\.\d+){0,2}|lts|krypton|jod|iron`,
        base: 'debian:bookworm',
        pin: '{image}:{p}-bookworm',
        slimBase: 'debian:bookworm-slim',
        slimPin: '{image}:{p-}bookworm-slim',
      },
      {
        when: String.raw`26(?:\.\d+){0,2}|current`,
        base: 'debian:trixie',
        pin: '{image}:{p}-trixie',
        slimBase: 'debian:trixie-slim',
        slimPin: '{image}:{p-}trixie-slim',
      },
    ],
    latest: { version: '26', pin: 'node:26-trixie' },
    debianSuites: true,
    alpine: '3.24',
    extra: [
      {
        id: 'alpine-20',
        tag: /^(?<p>20(?:\.\d+){0,2}|iron)-alpine$/,
        base: 'alpine:3.23',
        moving: { pin: '{image}:{p}-alpine3.23' },
        source: `${OI('node')} history (node 20 "iron": -alpine = 3.23; removed 2026-04-30)`,
      },
    ],
    source: `${OI('node')} (26/current/latest on trixie; 24 "krypton" = lts and 22 "jod" on bookworm; 20 "iron" was bookworm until removed 2026-04-30; -alpine = 3.24)`,
  },
  {
    image: 'golang',
    versions: String.raw`1(?:\.2[67](?:\.\d+)?(?:rc\d+)?)?`,
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    latest: { version: '1.27', pin: 'golang:1.27-trixie' },
    debianSuites: true,
    alpine: '3.24',
    windows: true,
    extra: [
      ...lastKnownBase(
        String.raw`1\.2[45](?:\.\d+)?`,
        'trixie',
        `${SNAP.golang2025}: shared tags 1.25, 1.25.3, 1.24, 1.24.9 = -trixie; no later Debian stable before the lines ended`,
        false,
      ),
      {
        id: 'eol-1.22-1.23',
        tag: /^1\.2[23](?:\.\d+)?$/,
        unknown:
          'golang:{tag}: this line is no longer published and no stored snapshot shows its last default base (docker-library/golang also had 1.23/trixie Dockerfiles, so it may have moved off bookworm); name the base in the tag (e.g. golang:1.23-bookworm)',
        source: SNAP.golang2025,
      },
    ],
    source: `${OI('golang')} (1.27/latest on trixie; -alpine = 3.24)`,
  },
  {
    image: 'eclipse-temurin',
    versions: String.raw`(?:26|25|21|17|11)(?:\.\d+)*(?:_\d+)?`,
    words: 'jdk|jre',
    defaults: [{ base: 'ubuntu:resolute', pin: '{image}:{p}-resolute' }],
    latest: { version: '25', pin: 'eclipse-temurin:25-resolute' },
    ubuntuSuites: true,
    windows: true,
    extra: [
      {
        id: 'ubi-minimal',
        tag: /^(?:[\w.]+-)?(?:jdk-|jre-)?ubi(?<n>9|10)-minimal$/,
        base: 'registry.access.redhat.com/ubi{n}/ubi-minimal',
      },
    ],
    source: `${OI('eclipse-temurin')} (25, 21, latest on Ubuntu 26.04 resolute; -noble, -jammy, -resolute, -alpine-3.NN, -ubi9-minimal, -ubi10-minimal); ${SNAP.docs202609('eclipse-temurin')} (shared tags 11, 17, 21, 25, 26, -jdk, -jre = -resolute)`,
  },
  {
    image: 'amazoncorretto',
    versions: String.raw`21(?:\.\d+)*`,
    words: 'jdk|jre|headless|headful|native-jdk|full',
    defaults: [{ base: 'amazonlinux:2023', pin: '{image}:{p}-al2023' }],
    extra: [
      { id: 'al2023', tag: /^(?:[\w.]+-)?al2023(?:-(?:jdk|jre|headless|headful|native-jdk))?$/, base: 'amazonlinux:2023' },
      { id: 'al2', tag: /^(?:[\w.]+-)?al2(?:-(?:jdk|jre|headless|headful|native-jdk|generic))?$/, base: 'amazonlinux:2' },
    ],
    source: `${OI('amazoncorretto')} (21 = 21-al2023; -al2023, -al2, -alpine3.NN)`,
  },
  {
    image: 'openjdk',
    words: 'jdk|jre|ea|oracle',
    debianSuites: true,
    windows: true,
    extra: [{ id: 'oraclelinux', tag: /^(?:[\w.-]+-)?oraclelinux(?<n>7|8|9|10)$/, base: 'oraclelinux:{n}' }],
    unknownReason:
      'the openjdk image is deprecated and its bare tags have moved between Debian and Oracle Linux; name the base in the tag (e.g. -oraclelinux9, -bookworm) or move to eclipse-temurin',
    source: `${OI('openjdk')}; docker-library/docs openjdk/README.md (deprecation notice)`,
  },
  {
    image: 'ruby',
    versions: String.raw`4(?:\.0(?:\.\d+)?)?`,
    defaults: [TRIXIE],
    latest: { version: '4.0', pin: 'ruby:4.0-trixie' },
    debianSuites: true,
    extra: lastKnownBase(
      String.raw`3\.1(?:\.\d+)?`,
      'bookworm',
      `${SNAP.ruby2024}: 3.1, 3.1.6 = 3.1/bookworm, 3.1-slim = slim-bookworm; 3.1 is not in the 2026-08-21 snapshot`,
    ),
    source: `${OI('ruby')} (4.0/latest on trixie)`,
  },
  {
    image: 'php',
    versions: String.raw`8(?:\.5(?:\.\d+)?(?:RC\d+)?)?`,
    words: 'cli|apache|fpm|zts',
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    latest: { version: '8.5', pin: 'php:8.5-cli-trixie' },
    debianSuites: true,
    source: `${OI('php')} (8.5/latest = 8.5-cli-trixie; -alpine is 3.24 or 3.23 by line)`,
  },
  {
    image: 'rust',
    versions: String.raw`1(?:\.98(?:\.\d+)?)?`,
    defaults: [TRIXIE],
    latest: { version: '1.98', pin: 'rust:1.98-trixie' },
    debianSuites: true,
    extra: lastKnownBase(
      String.raw`1\.82(?:\.0)?`,
      'bookworm',
      `${SNAP.rust2024}: 1.82, 1.82.0 = stable/bookworm, 1.82-slim = stable/bookworm/slim; a minor version is not rebuilt after the next release`,
    ),
    source: `${OI('rust')} (1, 1.98, latest on trixie; -alpine3.21 … 3.24)`,
  },
  {
    image: 'perl',
    words: 'threaded',
    debianSuites: true,
    source: 'Perl/docker-perl (directories such as 5.042.000-main-trixie: the suite is part of every variant)',
  },
  {
    image: 'nginx',
    versions: String.raw`1\.3[01](?:\.\d+)?|mainline|stable`,
    words: 'perl|otel',
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    latest: { version: '1.31', pin: 'nginx:1.31-trixie' },
    debianSuites: true,
    alpine: '3.24',
    extra: [
      {
        id: 'alpine-slim',
        tag: /^(?:(?<p>1\.3[01](?:\.\d+)?|mainline|stable)-)?alpine-slim$/,
        base: 'alpine:3.24',
        variant: 'slim',
        moving: { pin: '{image}:{p-}alpine3.24-slim' },
      },
      { id: 'alpine-pinned-slim', tag: /^(?:[\w.]+-)?alpine(?<a>3\.\d+)-slim$/, base: 'alpine:{a}', variant: 'slim' },
    ],
    source: `${OI('nginx')} (mainline 1.31 and stable 1.30 on trixie; -alpine = 3.24)`,
  },
  {
    image: 'httpd',
    versions: String.raw`2(?:\.4(?:\.\d+)?)?`,
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    latest: { version: '2.4', pin: 'httpd:2.4-trixie' },
    debianSuites: true,
    alpine: '3.24',
    source: `${OI('httpd')} (2.4/latest on trixie; -alpine = 3.24)`,
  },
  {
    image: 'redis',
    versions: String.raw`8(?:\.10(?:\.\d+)?)?`,
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    latest: { version: '8.10', pin: 'redis:8.10-trixie' },
    debianSuites: true,
    extra: [
      {
        id: 'alpine-8.10',
        tag: /^(?:(?<p>8(?:\.10(?:\.\d+)?)?)-)?alpine$/,
        base: 'alpine:3.23',
        moving: { pin: '{image}:{p-}alpine3.23' },
      },
    ],
    source: `${OI('redis')} (8.10/latest on trixie; 8.10-alpine = 3.23, older lines 3.22/3.21)`,
  },
  {
    image: 'postgres',
    versions: String.raw`1[4-8](?:\.\d+)?`,
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    latest: { version: '18', pin: 'postgres:18-trixie' },
    debianSuites: true,
    alpine: '3.24',
    source: `${OI('postgres')} (18/latest on trixie; -alpine = 3.24); ${SNAP.docs202609('postgres')} (14, 15, 16, 17, 18 = -trixie; -alpine = -alpine3.24)`,
  },
  {
    image: 'mysql',
    versions: String.raw`26\.7(?:\.\d+)?|9\.7(?:\.\d+)?|8\.4(?:\.\d+)?|innovation|lts`,
    defaults: [{ base: 'oraclelinux:9', pin: '{image}:{p}-oraclelinux9' }],
    latest: { version: '26.7', pin: 'mysql:26.7-oraclelinux9' },
    debianSuites: true,
    extra: [
      { id: 'oraclelinux', tag: /^(?:[\w.]+-)?oraclelinux(?<n>8|9|10)$/, base: 'oraclelinux:{n}' },
      { id: 'oracle', tag: /^(?:(?:26\.7|9\.7|8\.4)(?:\.\d+)?|innovation|lts)-oracle$|^oracle$/, base: 'oraclelinux:9' },
    ],
    source: `${OI('mysql')} (latest/innovation 26.7, lts 9.7 and 8.4 on Oracle Linux 9: -oraclelinux9, -oracle)`,
  },
  {
    image: 'mariadb',
    versions: String.raw`11\.8(?:\.\d+)?`,
    defaults: [{ base: 'ubuntu:noble', pin: '{image}:{p}-noble' }],
    ubuntuSuites: true,
    source: 'MariaDB/mariadb-docker 11.8/Dockerfile @ 15e640e9 (FROM ubuntu:noble, MariaDB 11.8.6)',
  },
  {
    image: 'mongo',
    versions: String.raw`8\.0(?:\.\d+)?`,
    defaults: [{ base: 'ubuntu:noble', pin: '{image}:{p}-noble' }],
    ubuntuSuites: true,
    windows: true,
    source: 'docker-library/mongo 8.0/Dockerfile @ 0223203c (FROM ubuntu:noble)',
  },
  {
    image: 'rabbitmq',
    versions: String.raw`4\.2(?:\.\d+)?`,
    words: 'management',
    defaults: [{ base: 'ubuntu:24.04' }],
    ubuntuSuites: true,
    source: 'docker-library/rabbitmq 4.2/ubuntu/Dockerfile @ 00309be9 (FROM ubuntu:24.04; RabbitMQ 4.2.1)',
  },
  {
    image: 'traefik',
    versions: String.raw`v?3\.[67](?:\.\d+)?`,
    windows: true,
    defaults: [
      { when: String.raw`v?3\.6(?:\.\d+)?`, base: 'alpine:3.24' },
      { when: String.raw`v?3\.7(?:\.\d+)?`, base: 'alpine:3.23' },
    ],
    source:
      'traefik/traefik-library-image v3.6/alpine/Dockerfile @ 00f17bdb (FROM alpine:3.24; v3.6.24) and v3.7/alpine/Dockerfile @ 005971c9 (FROM alpine:3.23; v3.7.1)',
  },
  {
    image: 'maven',
    words: String.raw`(?:eclipse-temurin|ibm-semeru|sapmachine|amazoncorretto)-\d+|ibmjava(?:-\d+)?`,
    versions: String.raw`3(?:\.9(?:\.16)?)?`,
    wordsInDefault: false,
    defaults: [{ base: 'ubuntu:noble', pin: 'maven:3.9.16-eclipse-temurin-26-noble' }],
    latest: { version: '3', pin: 'maven:3.9.16-eclipse-temurin-26-noble' },
    ubuntuSuites: true,
    extra: [
      { id: 'al2023', tag: /^(?:[\w.-]+-)?al2023$/, base: 'amazonlinux:2023' },
      { id: 'al2', tag: /^(?:[\w.-]+-)?al2$/, base: 'amazonlinux:2' },
    ],
    unknownReason:
      'maven tags inherit the base of the JDK image they name, and this tag does not name one the knowledge base records; add the base suffix (e.g. -noble, -al2023)',
    source: `${OI('maven')} (3/latest = 3.9.16-eclipse-temurin-26-noble)`,
  },
  {
    image: 'gradle',
    words: String.raw`jdk(?:\d+|-lts-and-current)?|corretto|graal`,
    versions: String.raw`jdk|9(?:\.7(?:\.1)?)?(?:-jdk(?:25)?)?`,
    wordsInDefault: false,
    defaults: [{ base: 'ubuntu:resolute', pin: 'gradle:9.7.1-jdk25-resolute' }],
    latest: { version: 'jdk', pin: 'gradle:9.7.1-jdk25-resolute' },
    ubuntuSuites: true,
    extra: [
      { id: 'ubi', tag: /^(?:[\w.-]+-)?ubi(?<n>9|10)$/, base: 'registry.access.redhat.com/ubi{n}' },
      { id: 'al2023', tag: /^(?:[\w.-]+-)?al2023$/, base: 'amazonlinux:2023' },
    ],
    source: `${OI('gradle')} (latest/jdk = 9.7.1-jdk25-resolute; -jdkN-{jammy,noble,resolute,alpine,ubi9,ubi10,al2023})`,
  },
  {
    image: 'buildpack-deps',
    debianSuites: false,
    extra: [
      { id: 'debian', tag: new RegExp(`^(?<suite>${DEBIAN})(?:-(?:curl|scm))?$`), base: 'debian:{suite}' },
      { id: 'ubuntu', tag: new RegExp(`^(?<suite>${UBUNTU})(?:-(?:curl|scm))?$`), base: 'ubuntu:{suite}' },
    ],
    unknownReason:
      'buildpack-deps tags without a suite name follow the Debian default, which the knowledge base does not record; use a suite tag such as buildpack-deps:trixie',
    source: `${OI('buildpack-deps')} (one tag per suite: trixie, bookworm-curl, noble-scm, …)`,
  },
  {
    image: 'haproxy',
    versions: String.raw`3\.[0234](?:\.\d+)?|2\.[68](?:\.\d+)?`,
    words: 'lts',
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    // Every published line is on trixie, so 'latest' is trixie whichever line it names; no pin, because
    // the line 'latest' names at the knowledge date is not verified (3.4 a month later).
    latest: { version: '3.4' },
    debianSuites: true,
    alpine: '3.24',
    source: `${SNAP.docs202609('haproxy')} (3.4 = latest = lts, 3.3, 3.2, 3.0, 2.8, 2.6 = -trixie; -alpine = -alpine3.24)`,
  },
  {
    image: 'memcached',
    debianSuites: true,
    unknownReason:
      'memcached:{tag} follows the default Debian suite, which the knowledge base records only as of mid 2025 (bookworm, before Debian 13); name the suite in the tag (e.g. memcached:1.6-bookworm) or pin -alpine3.NN',
    source: `${SNAP.memcachedDocs2025} (1.6, 1, latest = -bookworm then; -alpine = -alpine3.22 then)`,
  },
  {
    image: 'gcc',
    versions: String.raw`16(?:\.\d+){0,2}`,
    defaults: [{ base: 'debian:trixie', pin: '{image}:{p}-trixie' }],
    debianSuites: true,
    source: 'docker-library/gcc 16/Dockerfile @ 2c76a252 (FROM buildpack-deps:trixie; GCC 16.1.0)',
  },
  {
    image: 'dotnet',
    repositories: ['sdk', 'runtime', 'aspnet', 'runtime-deps'].map((n) => `mcr.microsoft.com/dotnet/${n}`),
    versions: String.raw`(?:8|9|10|11)\.0(?:\.\d+)?(?:-preview(?:\.\d+)?)?`,
    words: 'extra|composite|aot|amd64|arm64v8|arm32v7',
    defaults: [
      {
        // .NET 8/9 floating tags stay on the Debian release they shipped with (dotnet-docker#3134: moving
        // a floating tag to a new Debian is a breaking change), so '8.0' is still bookworm-slim.
        when: String.raw`(?:8|9)\.0(?:\.\d+)?`,
        base: 'debian:bookworm-slim',
        pin: '{image}:{p}-bookworm-slim',
      },
      { when: String.raw`10\.0(?:\.\d+)?`, base: 'ubuntu:noble', pin: '{image}:{p}-noble' },
      { when: String.raw`11\.0(?:\.\d+)?(?:-preview(?:\.\d+)?)?`, base: 'ubuntu:resolute', pin: '{image}:{p}-resolute' },
    ],
    debianSuites: true,
    ubuntuSuites: true,
    windows: true,
    alpine: '3.24',
    extra: [
      // Lines no longer published: the default (untagged-distro) base each line had, from the manifest history.
      ...(
        [
          ['2\\.1', 'stretch', SNAP.dotnetManifest2021],
          ['3\\.1', 'buster', SNAP.dotnetManifest2022],
          ['5\\.0', 'buster', SNAP.dotnetManifest2022],
          ['6\\.0', 'bullseye', SNAP.dotnetManifest2023],
          ['7\\.0', 'bullseye', SNAP.dotnetManifest2023],
        ] as const
      ).map(([line, suite, snap]) => ({
        id: `last-known-base-${line.replace('\\', '')}`,
        tag: new RegExp(`^(?<p>${line}(?:\\.\\d+)*)(?:-(?:extra|composite|amd64|arm64v8|arm32v7))*$`),
        base: `debian:${suite}-slim`,
        source: `last known base: Debian ${suite} slim (as of ${snap}); the line is no longer published, so the tag no longer moves`,
      })),
      {
        id: 'azurelinux',
        tag: /^(?:[\w.-]+-)?azurelinux3\.0(?:-(?<x>distroless))?(?:-(?:extra|composite|aot|amd64|arm64v8|arm32v7))*$/,
        base: 'mcr.microsoft.com/azurelinux/base/core:3.0',
        variant: '{x}',
      },
      {
        // .NET 11 previews on the Azure Linux 4.0 preview, published under azurelinux-beta until it is GA.
        id: 'azurelinux-4',
        tag: /^(?:[\w.-]+-)?azurelinux4\.0(?:-(?<x>distroless))?(?:-(?:extra|composite|aot|amd64|arm64v8|arm32v7))*$/,
        base: 'mcr.microsoft.com/azurelinux-beta/base/core:4.0',
        variant: '{x}',
      },
      {
        id: 'cbl-mariner',
        tag: /^(?:[\w.-]+-)?cbl-mariner(?<v>[12]\.0)(?:-(?<x>distroless))?(?:-(?:extra|composite|aot|amd64|arm64v8|arm32v7))*$/,
        base: 'mcr.microsoft.com/cbl-mariner/base/core:{v}',
        variant: '{x}',
      },
    ],
    unknownReason:
      '.NET {tag}: the default base of this .NET line is not recorded; name the base in the tag (e.g. -noble, -bookworm-slim, -alpine3.NN, -azurelinux3.0)',
    source: `dotnet/dotnet-docker manifest.json @ 3ed00b61 (2026-08-21: 8.0, 9.0, 10.0, 11.0 -alpine = -alpine3.24); https://github.com/dotnet/dotnet-docker/issues/6860 (.NET 10: Ubuntu 24.04 default, no Debian images); https://github.com/dotnet/dotnet-docker/pull/6872 (.NET 11: Ubuntu 26.04); ${SNAP.dotnetSdkReadme2025}; https://github.com/dotnet/dotnet-docker/issues/3134 (floating tags are not moved to a new Debian release); https://github.com/dotnet/dotnet-docker/issues/5388 ("8.0 tag is for Debian")`,
  },
];

export const derivedRules: ImageTagRule[] = libraryImages.flatMap(libraryRules);
