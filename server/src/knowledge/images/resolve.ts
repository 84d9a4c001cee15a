/**
 * Evaluates the tag rules: ImageRef → ImageLookup. Knows no facts itself; every answer comes from
 * a release row or a tag rule.
 */
import type { DistroRelease, ImageIdentity, ImageLookup, ImageRef, TagPublication } from '../types';
import type { TagHistory } from './history';
import type { ImageTagRule } from './ruleTypes';
import { debianReleaseDevelopedIn, debianTestingAsOf } from './testingSuite';
import { distributionNamedWithoutRelease, distroNamedByName, distroNamedByTag, distributionsNamed, familyOfBase } from './nameGuesses';

/** Which rules apply to which repository, by position in the rule table (indexRules); JSON, so that a build can write it. */
export interface RuleIndex {
  /** Positions, ascending, per repository named exactly. */
  exact: Record<string, number[]>;
  /** Repositories named by a prefix (`registry/namespace/*`), in table order. */
  prefixed: Array<{ prefix: string; order: number }>;
}

/** The index of a rule table, and its rules by position (loaded on demand: knowledge/images/index.ts). */
export interface IndexedRules extends RuleIndex {
  at(order: number): ImageTagRule;
}

/**
 * The index of a table's rules: numbers, not the rules, so that building it neither keys a Map by each rule object
 * (V8 then gives every rule an identity hash) nor keeps a rule → position map.
 */
export function indexRules(rules: readonly ImageTagRule[]): RuleIndex {
  const exact = new Map<string, number[]>();
  const prefixed: RuleIndex['prefixed'] = [];
  for (let order = 0; order < rules.length; order++) {
    for (const repo of rules[order].repositories) {
      if (repo.endsWith('*')) prefixed.push({ prefix: repo.slice(0, -1), order });
      else {
        // Appended in place: a new array per rule made building the index quadratic in a repository's rules.
        const list = exact.get(repo);
        if (list) list.push(order);
        else exact.set(repo, [order]);
      }
    }
  }
  return { exact: Object.fromEntries(exact), prefixed };
}

export interface RuleTable {
  releases: readonly DistroRelease[];
  /** The tag rules, asked for on the first lookup. */
  rules: () => IndexedRules;
  /** Publication history of an official image tag ('python', '2.7-slim'). */
  history?: (image: string, tag: string) => TagHistory | undefined;
  /** Whether the history knows the official image at all (so a missing tag was never published). */
  historyHasImage?: (image: string) => boolean;
  /** Newest point release of a release line ('ubi-8' → '8.10'), to tell a superseded point-release tag. */
  latestPoint?: (releaseId: string) => string | undefined;
  /** What an official base tag named throughout a month ('php:8.1-apache', '2023-05' → 'debian:bullseye'), when recorded. */
  baseDuring?: (ref: string, month: string, child?: string) => string | undefined;
  /**
   * The day a retired tag ('maven:3.8.1-jdk-8-slim') was last removed from its library file, where its base changed
   * later that month: baseDuring and baseDuringByFile, given the tag as `child`, read the base only up to that day.
   */
  lastListed?: (child: string, month: string) => string | undefined;
  /** Where baseDuring's answers come from. */
  baseDuringSource?: string;
  /**
   * For official base tags whose library entry names no release (ibmjava:8-jre, openjdk:8-jre before 2018): the base the
   * Dockerfile at the commit the entry pinned names throughout a month, with its source; `via`: the official tags naming
   * no release it was built FROM on the way (tomcat:8-jre8 FROM openjdk:8-jre FROM buildpack-deps:stretch-curl). Asked
   * only where baseDuring has no answer.
   */
  baseDuringByFile?: (ref: string, month: string, child?: string) => { base: string; via?: readonly string[]; source: string } | undefined;
}

/**
 * Derived images may name a base that itself names a base (maven → eclipse-temurin → ubuntu;
 * node → buildpack-deps → debian); real chains are at most four or five deep.
 */
const MAX_DEPTH = 8;

/**
 * Docker Hub's per-architecture copies of the official images (same tags, one architecture each);
 * armhf is the namespace used before arm32v7 existed.
 */
/** The Docker Hub names of the Lambda base images whose guide page names both registries (see lookup). */
const LAMBDA_ON_DOCKER_HUB = /^amazon\/aws-lambda-(?:python|nodejs|java|dotnet|go)$/;
const ARCH_NAMESPACE =
  /^(?:amd64|arm32v5|arm32v6|arm32v7|arm64v8|i386|ppc64le|s390x|riscv64|mips64le|armhf|aarch64|arm64|windows-amd64)\/(?<name>[^/]+)$/;

export class ImageResolver {
  private readonly byId = new Map<string, DistroRelease>();
  private indexed: IndexedRules | undefined;
  private readonly rulesCache = new Map<string, ImageTagRule[]>();

  constructor(private readonly table: RuleTable) {
    for (const r of table.releases) this.byId.set(r.id, r);
  }

  getRelease(id: string): DistroRelease | undefined {
    return this.byId.get(id);
  }

  /** Rules for one repository, in table order (exact and prefix entries interleaved as written). */
  rulesFor(repository: string): ImageTagRule[] {
    const cached = this.rulesCache.get(repository);
    if (cached) return cached;
    // Repositories come from user text: bound the cache, starting over when it is full.
    if (this.rulesCache.size >= 2048) this.rulesCache.clear();
    const rules = this.collectRules(repository);
    this.rulesCache.set(repository, rules);
    return rules;
  }

  private collectRules(repository: string): ImageTagRule[] {
    const rules = (this.indexed ??= this.table.rules());
    const found = Object.hasOwn(rules.exact, repository) ? [...rules.exact[repository]] : [];
    for (const p of rules.prefixed) if (repository.startsWith(p.prefix) && !found.includes(p.order)) found.push(p.order);
    return found.sort((a, b) => a - b).map((order) => rules.at(order));
  }

  lookup(ref: ImageRef, depth = 0): ImageLookup {
    // Mirrors that serve Docker Hub's images unchanged: Google's Docker Hub cache (mirror.gcr.io/<path>,
    // https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images) and the Docker Official
    // Images on Amazon ECR Public (public.ecr.aws/docker/library/<name>, https://gallery.ecr.aws/docker).
    if (ref.registry === 'mirror.gcr.io') {
      ref = { ...ref, registry: 'docker.io', path: ref.path.includes('/') ? ref.path : `library/${ref.path}` };
    } else if (ref.registry === 'public.ecr.aws' && ref.path.startsWith('docker/library/')) {
      ref = { ...ref, registry: 'docker.io', path: ref.path.slice('docker/'.length) };
    } else if (ref.registry === 'public.ecr.aws' && ref.path === 'z9d2n7e1/nginx') {
      // NGINX's copy of the official nginx image: nginxinc/docker-nginx @ da92b328 (2024-12-12) sync-awsecr.sh pulls
      // amd64/nginx:<tag> and arm64v8/nginx:<tag> and pushes them unchanged under the same tag names to
      // public.ecr.aws/z9d2n7e1/nginx (.github/workflows/sync.yml, daily).
      ref = { ...ref, registry: 'docker.io', path: 'library/nginx' };
    } else if (ref.registry === 'mcr.microsoft.com' && ref.path.startsWith('mirror/docker/library/')) {
      // Microsoft's copy of the Official Images (microsoft/go-images @ addb852 patches/0005-Use-MCR-mirror-for-buildpack-deps.patch
      // moves FROM buildpack-deps:<suite>-scm to mcr.microsoft.com/mirror/docker/library/buildpack-deps:<suite>-scm).
      ref = { ...ref, registry: 'docker.io', path: ref.path.slice('mirror/docker/'.length) };
    } else if (ref.registry === 'docker.io' && LAMBDA_ON_DOCKER_HUB.test(ref.path)) {
      // AWS publishes each Lambda base image under the same tags on Docker Hub and Amazon ECR Public: the Lambda developer
      // guide names both repositories per runtime (awsdocs/aws-lambda-developer-guide @ a83f69bc doc_source/python-image.md
      // "Docker Hub repository: amazon/aws-lambda-python", "Amazon ECR repository: public.ecr.aws/lambda/python"; likewise
      // nodejs-image.md, java-image.md, csharp-image.md and go-image.md), so amazon/aws-lambda-<runtime> reads as
      // public.ecr.aws/lambda/<runtime> for those five runtimes.
      ref = { ...ref, registry: 'public.ecr.aws', path: `lambda/${ref.path.slice('amazon/aws-lambda-'.length)}` };
    }
    if (ref.registry === 'docker.io') ref = { ...ref, official: /^library\/[^/]+$/.test(ref.path) };
    const arch = ref.registry === 'docker.io' ? ARCH_NAMESPACE.exec(ref.path) : null;
    const archNamespace = arch ? ref.path.slice(0, ref.path.indexOf('/')) : undefined;
    if (arch) ref = { ...ref, path: `library/${arch.groups!.name}`, official: true };
    const repository = `${ref.registry}/${ref.path}`;
    if (repository === 'docker.io/library/scratch') return { kind: 'scratch' };
    const image = displayName(ref.registry, ref.path);
    if (ref.tag === undefined && ref.digest !== undefined) {
      // A digest hides the tag, not the repository: where the repository alone names the release, say it.
      const decided = this.rulesFor(repository).find((r) => r.repositoryDecides && typeof r.release === 'string');
      const identity = decided ? this.fromRelease(decided, { tag: '', image }, image) : undefined;
      if (identity) return { kind: 'known', identity };
      return {
        kind: 'unknown',
        reason: `${image} is referenced by digest only; the release cannot be read from a digest (write the tag too, e.g. ${image}:<tag>@${ref.digest.slice(0, 15)}…)`,
      };
    }
    const tag = ref.tag ?? 'latest';
    const official = repository.startsWith('docker.io/library/') && !ref.path.slice('library/'.length).includes('/');
    const history = official ? this.table.history?.(ref.path.slice('library/'.length), tag) : undefined;
    const decorate = (found: ImageLookup): ImageLookup =>
      found.kind === 'known'
        ? { kind: 'known', identity: this.published(found.identity, tag, history, ref.digest !== undefined, archNamespace) }
        : found;
    // A tag no longer published means what it meant when last published: the history wins over the
    // hand-written rules, which describe today's tags.
    if (history && !history.current && history.evidence !== 'distribution') {
      const found = this.fromHistory(history, image, depth);
      if (found.kind === 'known') return decorate(found);
    }
    const byRules = this.byRules(ref, image, tag, depth);
    // An unqualified name no official image ever had (FROM splunk-centos-7) is a local image: its name is read the same way.
    const local = official && this.table.historyHasImage?.(ref.path.slice('library/'.length)) === false;
    if (byRules.kind === 'unknown' && !history && (!official || local)) {
      const guessed = this.guessFromTag(ref, image, tag, depth);
      if (guessed) return decorate(guessed);
    }
    if (byRules.kind === 'unknown' && !history && official && this.table.historyHasImage?.(ref.path.slice('library/'.length))) {
      return {
        kind: 'unknown',
        reason: `${image}:${tag} was never published: no version of official-images library/${ref.path.slice('library/'.length)} since 2013 lists this tag`,
      };
    }
    if (byRules.kind !== 'unknown' || !history) return decorate(byRules);
    if (history.evidence === 'distribution') return this.fromSiblingAlias(history, image, tag, depth, byRules, decorate);
    return decorate(this.fromHistory(history, image, depth));
  }

  /**
   * An alias of a distribution image no longer published (centos:latest): what its most specific sibling tag of the
   * same entry (centos:8.4.2105) names. A moving sibling (debian:stable-slim beside debian:stable-20191014-slim) is
   * read as it is now, which is not what it named when the alias was last published: that stays unknown.
   */
  private fromSiblingAlias(
    history: TagHistory,
    image: string,
    tag: string,
    depth: number,
    byRules: ImageLookup,
    decorate: (found: ImageLookup) => ImageLookup,
  ): ImageLookup {
    if (depth >= MAX_DEPTH) return byRules;
    if (!history.base || history.base === tag) return this.fromPointRelease(history, image, tag, depth, byRules, decorate);
    if (history.current) return byRules;
    const sibling = this.lookup(baseReference(`${image}:${history.base}`), depth + 1);
    if (sibling.kind !== 'known') return byRules;
    if (sibling.identity.movingTag) {
      const dated = this.fromDatedSuite(history, image, tag, depth, decorate);
      if (dated) return dated;
      return {
        kind: 'unknown',
        reason: `${image}:${tag} (last published ${history.lastPublished}) was published together with ${image}:${history.base}, a moving tag whose meaning at that time is not recorded`,
      };
    }
    const identity: ImageIdentity = {
      ...sibling.identity,
      image,
      inferredFrom: {
        rule: `official-images history: ${image}:${tag} was last published together with ${image}:${history.base}`,
        source: history.source,
      },
    };
    delete identity.publication;
    return decorate({ kind: 'known', identity });
  }

  /**
   * debian:<suite>-YYYYMMDD[-slim] (docker-debian-artifacts' dated builds of the stable, oldstable and oldoldstable
   * suites): the suite named, on the day in the tag, the newest Debian release out before that day (stable), the one
   * before it (oldstable), or the one before that (oldoldstable), by the release dates of the Debian rows. A build on a
   * release day could be either side of it: unknown (undefined), like testing and unstable, which name no release.
   */
  private fromDatedSuite(
    history: TagHistory,
    image: string,
    tag: string,
    depth: number,
    decorate: (found: ImageLookup) => ImageLookup,
  ): ImageLookup | undefined {
    const m = /^(?<suite>oldoldstable|oldstable|stable)-(?<d>\d{8})(?<slim>-slim)?$/.exec(tag);
    if (image !== 'debian' || !m) return undefined;
    const d = m.groups!.d;
    const day = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
    const debian = this.table.releases
      .filter((r) => /^debian-\d+$/.test(r.id) && r.released !== undefined)
      .sort((a, b) => (a.released! < b.released! ? -1 : 1));
    if (debian.some((r) => r.released === day)) return undefined;
    const stable = debian.filter((r) => r.released! < day).length - 1;
    const release = debian[stable - { stable: 0, oldstable: 1, oldoldstable: 2 }[m.groups!.suite as 'stable']];
    if (!release) return undefined;
    const line = this.lookup(baseReference(`debian:${release.version}${m.groups!.slim ?? ''}`), depth + 1);
    if (line.kind !== 'known' || line.identity.release.id !== release.id) return undefined;
    const identity: ImageIdentity = {
      ...line.identity,
      image,
      inferredFrom: {
        rule: `official-images history: ${image}:${tag} is a build of Debian ${m.groups!.suite} dated ${day}, when ${m.groups!.suite} was ${describe(release)} (released ${release.released}); last published ${history.lastPublished}`,
        source: `${history.source}; ${release.source}`,
      },
    };
    delete identity.publication;
    delete identity.movingTag;
    delete identity.pinnedReference;
    return decorate({ kind: 'known', identity });
  }

  /**
   * A point-release tag of a distribution image no longer published (ubuntu:14.04.2, debian:6.0.8) that no sibling names:
   * the release line its leading numbers name (ubuntu:14.04), read only where that line's release has exactly that version
   * (a point release belongs to its line). The hover calls it frozen and gives the month it was last published (published).
   */
  private fromPointRelease(
    history: TagHistory,
    image: string,
    tag: string,
    depth: number,
    byRules: ImageLookup,
    decorate: (found: ImageLookup) => ImageLookup,
  ): ImageLookup {
    const point = /^(\d+(?:\.\d+)?)\.\d+$/.exec(tag);
    // A dated build or the with-sources copy of a versioned tag (almalinux:8.5-minimal-20220510, photon:2.0-20220624,
    // amazonlinux:2.0.20230207.0-with-sources): the release of that tag; Debian's <codename>-backports: that codename's.
    const suffixed = /^(\d[^-]*(?:-[a-z]+)?)-(?:\d{8}|with-sources)$/.exec(tag);
    const backports = image === 'debian' ? /^([a-z]+)-backports$/.exec(tag) : null;
    const parent = point?.[1] ?? suffixed?.[1] ?? backports?.[1];
    // A current point-release tag is the rules' (they know which point releases are superseded).
    if (parent === undefined || (history.current && point)) return byRules;
    const line = this.lookup(baseReference(`${image}:${parent}`), depth + 1);
    if (line.kind !== 'known') return byRules;
    const release = line.identity.release;
    const lead = /^\d+(?:\.\d+)*/.exec(parent)?.[0];
    // The parent must name the same release line by its own words, so a moving alias (stable-backports) never answers.
    if (backports ? release.codename !== parent : !lead || !`${lead}.`.startsWith(`${release.version}.`)) return byRules;
    const what = point
      ? `a ${release.distroName} ${parent} point release`
      : backports
        ? `${release.distroName} ${parent} with its backports suite enabled`
        : `a build of ${image}:${parent}`;
    const identity: ImageIdentity = {
      ...line.identity,
      image,
      inferredFrom: {
        rule: `official-images history: ${image}:${tag} is ${what}, ${history.current ? 'published now' : `last published ${history.lastPublished}`}`,
        source: history.source,
      },
    };
    delete identity.publication;
    delete identity.movingTag;
    delete identity.pinnedReference;
    return decorate({ kind: 'known', identity });
  }

  private byRules(ref: ImageRef, image: string, tag: string, depth: number): ImageLookup {
    const rules = this.rulesFor(`${ref.registry}/${ref.path}`);
    if (rules.length === 0)
      return { kind: 'unknown', reason: `'${image}' is not an image the knowledge base knows${this.whyNotKnown(ref)}` };
    for (const rule of rules) {
      const m = rule.tag.exec(tag);
      if (!m) continue;
      const vars: Record<string, string> = { ...(m.groups ?? {}), tag, image };
      if (rule.unknown !== undefined) return { kind: 'unknown', reason: fill(rule.unknown, vars) };
      const identity = rule.base !== undefined ? this.fromBase(rule, vars, depth) : this.fromRelease(rule, vars, image);
      if (identity === undefined) continue; // e.g. a codename the map does not know: try the next rule
      if (typeof identity === 'string') return { kind: 'unknown', reason: identity };
      return { kind: 'known', identity };
    }
    return { kind: 'unknown', reason: `${image} tag '${tag}' matches no known variant` };
  }

  /**
   * Why a repository without rules is unknown, where its spelling says more than "not known" (the classes of
   * unknown references in unknownReasons.test.ts). Every answer stays unknown: a name alone fixes no release.
   */
  private whyNotKnown(ref: ImageRef): string {
    const official = (name: string) => this.table.historyHasImage?.(name) === true;
    const m = /^library\/([^/]+)$/.exec(ref.path);
    // An unqualified name (FROM amazon-linux) is library/<name> on Docker Hub; official-images never listing it means
    // the reference names a local image, another file's build stage or a misspelling.
    if (ref.registry === 'docker.io' && m && this.table.historyHasImage && !official(m[1]))
      return `: no Docker Official Image is named '${m[1]}' (no version of official-images since 2013 has library/${m[1]}), so it names a local image, another Dockerfile's build stage or a misspelling`;
    // <host>/library/<official> elsewhere is a pull-through cache or a private image of that name: only the
    // mirrors whose owners document that they copy Docker Hub unchanged (lookup's first lines) are read as the image.
    if (ref.registry !== 'docker.io' && m && official(m[1]))
      return `: it has the path of the official ${m[1]} image on ${ref.registry}, which is not a registry documented to copy Docker Hub unchanged (mirror.gcr.io, public.ecr.aws/docker/library and mcr.microsoft.com/mirror/docker/library are); a pull-through cache or a private image of that name cannot be told apart from the name`;
    // An address or a port (192.168.5.239:5000/app, localhost:5000/base) names a private or self-hosted registry.
    if (/^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:]+\])(?::\d+)?$|:\d+$/.test(ref.registry))
      return `: ${ref.registry} is a private or self-hosted registry (an address or a port), whose images' build files cannot be read`;
    // Named for a distribution, but no release read (alpine-node:16, geoffh1977/alpine:latest): the model has no
    // "release not named" identity (a release fixes libc and support dates), so it stays unknown and says what the name says.
    const family = distributionNamedWithoutRelease(ref.path.replace(/^library\//, ''));
    if (family)
      return `; its name says ${family}, but neither the name nor the tag '${ref.tag ?? 'latest'}' names a release of it that can be read without its build files`;
    return '; its distribution cannot be read from the name';
  }

  /**
   * An image the tables do not know whose tag names a distribution release (…-alpine3.22, …-bookworm,
   * …-ubuntu-22.04, …-debian-11, …-ubi9), or, for a repository without rules, whose name does (nameGuesses.ts:
   * splunk-centos-7, centos_epel:7, s6-alpine-node:16.13.1-3.15): the release is a guess from those words alone, and
   * says so. A tag and a name naming different distributions name nothing.
   */
  private guessFromTag(ref: ImageRef, image: string, tag: string, depth: number): ImageLookup | undefined {
    if (depth >= MAX_DEPTH) return undefined;
    const path = ref.path.replace(/^library\//, '');
    const fromTag = distroNamedByTag(tag);
    // A repository with rules answered deliberately; library/<name> (quay.io/lib/<name>) elsewhere is an undocumented
    // mirror, a cache or a private copy (whyNotKnown, unknownReasons.test.ts): their names are not read either.
    const byName =
      this.rulesFor(`${ref.registry}/${ref.path}`).length === 0 && !(ref.registry !== 'docker.io' && /^lib(?:rary)?\//.test(ref.path))
        ? distroNamedByName(path, tag)
        : undefined;
    if (fromTag) {
      const named = distributionsNamed(path);
      if (named.size > 1 || (named.size === 1 && !named.has(familyOfBase(fromTag.base)))) return undefined;
      if (byName && byName.base !== fromTag.base) return undefined;
    }
    const guessedFrom = fromTag ? `the tag '${tag}' names ${fromTag.word}` : byName?.guessedFrom;
    const baseText = fromTag?.base ?? byName?.base;
    if (!baseText || !guessedFrom) return undefined;
    const base = this.lookup(baseReference(baseText), depth + 1);
    if (base.kind !== 'known') return undefined;
    const identity: ImageIdentity = { ...base.identity, image, guessedFrom: `${guessedFrom}; the image's own build was not read` };
    delete identity.movingTag;
    delete identity.pinnedReference;
    delete identity.publication;
    delete identity.inferredFrom;
    if (identity.variant === 'slim') delete identity.variant;
    return { kind: 'known', identity };
  }

  /** A tag of a Docker Official Image resolved by what its history says it was built on. */
  private fromHistory(h: TagHistory, image: string, depth: number): ImageLookup {
    const when = h.current ? 'as published now' : `last published ${h.lastPublished}`;
    const name = `${image}:${h.tag}`;
    if (h.evidence === 'unknown' || h.base === undefined) {
      const family = h.family === 'alpine' ? ' on Alpine Linux, but' : h.family === 'windows' ? ' on Windows, but' : '';
      return {
        kind: 'unknown',
        reason: `${name} (${when}) was built${family} on a base its tag, its directory and the stored Dockerfiles do not name`,
      };
    }
    // A tag no longer published was last built on what its base tag named then, where the base's library entry says so.
    const named = !h.current ? this.table.baseDuring?.(h.base, h.lastPublished, name) : undefined;
    const byFile = !h.current && !named ? this.table.baseDuringByFile?.(h.base, h.lastPublished, name) : undefined;
    const then = named ?? byFile?.base;
    const day = then ? this.table.lastListed?.(name, h.lastPublished) : undefined;
    // "in 2021-08, when it was last built" — or, where its base changed later that month, up to the day it was removed.
    const builtWhen = day
      ? `until ${day}, when it was removed from its library file (${h.base} changed later in ${h.lastPublished})`
      : `in ${h.lastPublished}, when it was last built`;
    // A tag pinned by digest (elasticsearch:6.6.2 FROM docker.elastic.co/elasticsearch/elasticsearch:6.6.2@sha256:…) names
    // one build, not a moving tag: it is read by its tag, as a digest written with a tag is everywhere else.
    const digestPinned = DIGEST_SUFFIX.test(h.base);
    if (h.evidence === 'moving-base' && !h.current && !then && !digestPinned) {
      const testing = /^debian:testing(?:-slim)?$/.test(h.base)
        ? debianReleaseDevelopedIn(this.table.releases, h.lastPublished)
        : undefined;
      if (testing) return this.onTestingThen(h, image, testing, `${h.base} was`);
      return {
        kind: 'unknown',
        reason: `${name} (${when}) was built FROM ${h.base}, a moving tag whose meaning at that time is not recorded`,
      };
    }
    if (h.base === 'scratch') return { kind: 'unknown', reason: `${name} (${when}) is built FROM scratch: no distribution userland` };
    if (depth >= MAX_DEPTH) return { kind: 'unknown', reason: `base chain of ${name} is too deep` };
    const base = this.lookup(baseReference((then ?? h.base).replace(DIGEST_SUFFIX, '')), depth + 1);
    if (base.kind === 'scratch') return { kind: 'unknown', reason: `${name} is built FROM scratch` };
    if (base.kind === 'unknown')
      return { kind: 'unknown', reason: `${name} (${when}) was built on ${then ?? h.base}, which is unknown: ${base.reason}` };
    // A base tag read as it is described now can name a release that did not exist yet when this tag was last built
    // (sonarqube:10.5.0-community, 2024-04, FROM eclipse-temurin:17-jre, which now names Ubuntu 26.04): not that.
    const released = base.identity.release.released;
    if (!h.current && released && released.slice(0, 7) > h.lastPublished)
      return this.builtBeforeRelease(h, image, `${name} (${when})`, base.identity.release, then, depth);
    const drift = !h.current && !then && !digestPinned ? this.baseMovedSince(h, base.identity) : undefined;
    if (drift) return { kind: 'unknown', reason: `${name} (${when}) was built FROM ${h.base}, ${drift}` };
    const identity: ImageIdentity = {
      ...base.identity,
      image,
      inferredFrom: byFile
        ? {
            rule: `official-images history: ${evidenceText(h)}; ${builtWhen}, ${h.base} was built FROM ${byFile.via?.length ? `${byFile.via.join(', FROM ')} (its Dockerfile at the commit its library entry pinned), which was then built on ${then} (as its own library entry or pinned Dockerfile said)` : `${then} (its Dockerfile at the commit its library entry pinned)`}`,
            source: `${h.source}; ${byFile.source}`,
          }
        : then
          ? {
              rule: `official-images history: ${evidenceText(h)}; ${builtWhen}, ${h.base} named ${then} in its own library entry`,
              source: `${h.source}; ${this.table.baseDuringSource ?? 'official-images history of the base tag'}`,
            }
          : { rule: `official-images history: ${evidenceText(h)}`, source: h.source },
    };
    delete identity.movingTag;
    delete identity.pinnedReference;
    delete identity.publication;
    // "slim" is what the tag says (as in the hand-written rules), not the base's: nginx:1.25-bookworm is built
    // on debian:bookworm-slim but is not itself a "slim" tag. Other base variants (servercore, minimal) stay.
    if (identity.variant === 'slim') delete identity.variant;
    if (/(?:^|-)slim(?:-|$)/.test(h.tag)) identity.variant = 'slim';
    return { kind: 'known', identity };
  }

  /**
   * Why a retired tag's official base, read as that base was last published or is now, may not be what it was built on,
   * or undefined when it is: asked only where neither the base's library entry (baseDuring) nor its pinned Dockerfile
   * (baseDuringByFile) says what it named in the month the tag was last built. A version tag of an official image
   * (openjdk:8-jre, node:6-slim, erlang:26) is rebuilt on new distribution releases while it is published, and the
   * history records only its last base. It is read as it was then only where it cannot have moved since:
   * - it is a distribution image (its rules read the tag), or its own tag names the release it resolves to
   *   (openjdk:11-jre-bullseye) — a tag that names a release was that release every time it was published;
   * - it was last published in or before the month the tag was last built: the tag's last build pulled the base's last
   *   build (same month: both left the library together, as tomcat's tags with their openjdk base; a base that changed
   *   its release within that very month is not told apart — its entry would have named the release for baseDuring).
   * Otherwise the base was rebuilt after the tag's last build, on what is not recorded: unknown, never today's answer.
   */
  private baseMovedSince(h: TagHistory, base: ImageIdentity): string | undefined {
    const ref = /^(?:docker\.io\/)?(?:library\/)?([a-z0-9][a-z0-9._-]*)(?::([\w.-]+))?$/.exec(h.base ?? '');
    if (!ref) return undefined; // not an official image: its own rules decide
    const bh = this.table.history?.(ref[1], ref[2] ?? 'latest');
    if (!bh || bh.evidence === 'distribution') return undefined;
    if (!bh.current && bh.lastPublished <= h.lastPublished) return undefined;
    const named = distroNamedByTag(bh.tag);
    if (named) {
      const release = this.lookup(baseReference(named.base), 0);
      if (release.kind === 'known' && release.identity.release.id === base.release.id) return undefined;
    }
    const until = bh.current ? 'is still published' : `was published until ${bh.lastPublished}`;
    return `which ${until} and names no release in its tag: it ${bh.current ? 'now names' : 'last named'} ${base.release.label}, but what it was built on in ${h.lastPublished} is not recorded`;
  }

  /**
   * A retired tag last built before the release its base names now came out. Where the base named that release then (its
   * entry that month, or its own tag: buildpack-deps:jessie) it did not move: the tag was built on the release's
   * development userland — Debian testing of that month where that release was the next one (onTestingThen), otherwise
   * a pre-release whose libc is not recorded. Else the base has moved since and what it named then is not recorded.
   */
  private builtBeforeRelease(
    h: TagHistory,
    image: string,
    what: string,
    release: DistroRelease,
    then: string | undefined,
    depth: number,
  ): ImageLookup {
    const namedThen = then ?? distroNamedByTag(h.base!.slice(h.base!.lastIndexOf(':') + 1))?.base;
    const same = namedThen ? this.lookup(baseReference(namedThen), depth + 1) : undefined;
    if (same?.kind === 'known' && same.identity.release.id === release.id) {
      // A Debian release not out yet, and the first one after that month: its codename was then the testing suite.
      const developed = debianReleaseDevelopedIn(this.table.releases, h.lastPublished);
      if (developed?.id === release.id)
        return this.onTestingThen(h, image, developed, `${h.base} named ${developed.codename ?? developed.label}, which was`);
      return {
        kind: 'unknown',
        reason: `${what} was built FROM ${h.base}, which then named ${release.label} before its release on ${release.released}: a pre-release (development) userland whose libc version then is not recorded`,
      };
    }
    return {
      kind: 'unknown',
      reason: `${what} was built FROM ${h.base}, which has moved since: it now names ${release.label}, released ${release.released}, after that build; what it named then is not recorded`,
    };
  }

  /**
   * A retired tag last built on Debian testing (FROM debian:testing, or FROM a Debian codename before its release) in a
   * month between two releases: the suite that developed `next` as of that month, a labelled pre-release with no libc
   * version (testingSuite.ts), never the release it became.
   */
  private onTestingThen(h: TagHistory, image: string, next: DistroRelease, what: string): ImageLookup {
    const identity: ImageIdentity = {
      release: debianTestingAsOf(next, h.lastPublished),
      image,
      inferredFrom: {
        rule: `official-images history: ${evidenceText(h)}; in ${h.lastPublished}, when it was last built, ${what} Debian testing, the development of ${next.label} (released ${next.released}, the first Debian release after that month)`,
        source: `${h.source}; ${next.source}`,
      },
    };
    if (/(?:^|-)slim(?:-|$)/.test(h.tag)) identity.variant = 'slim';
    return { kind: 'known', identity };
  }

  /** Adds the publication facts: last published, frozen (no longer published, superseded point release), digest. */
  private published(
    identity: ImageIdentity,
    tag: string,
    history: TagHistory | undefined,
    digest: boolean,
    archNamespace?: string,
  ): ImageIdentity {
    const publication: TagPublication = { ...(identity.publication ?? { source: history?.source ?? identity.release.source }) };
    let changed = false;
    if (history) {
      if (history.base && history.evidence !== 'distribution' && identity.inferredFrom?.rule.startsWith('official-images history')) {
        publication.basedOn = evidenceText(history);
        changed = true;
      }
      if (!history.current) {
        publication.lastPublished = history.lastPublished;
        publication.frozen = `no longer published since ${history.lastPublished}: the tag still pulls its last build, which gets no updates`;
        publication.source = history.source;
        changed = true;
      }
    }
    const point = /^(?<major>\d+)\.(?<minor>\d+)(?:[.-]|$)/.exec(tag);
    const latest = point ? this.table.latestPoint?.(identity.release.id) : undefined;
    if (point && latest && publication.frozen === undefined && identity.release.version === point.groups!.major) {
      const latestMinor = Number(/^\d+\.(\d+)/.exec(latest)?.[1]);
      if (Number(point.groups!.minor) < latestMinor) {
        publication.frozen = `names the ${point.groups!.major}.${point.groups!.minor} point release, superseded by later ${identity.release.distroName} ${point.groups!.major}.x releases (now ${latest}): a frozen ${point.groups!.major}.${point.groups!.minor} userland, not the line's current one`;
        changed = true;
      }
    }
    if (digest) {
      publication.digestPinned = true;
      changed = true;
    }
    if (history && archNamespace && history.architectures.length > 0 && !history.architectures.includes(archNamespace)) {
      publication.architectureMissing = `${history.image}:${tag} was ${history.current ? 'published' : 'last published'} for ${history.architectures.join(', ')}, not ${archNamespace}`;
      publication.source = history.source;
      changed = true;
    }
    if (!changed) return identity;
    const out: ImageIdentity = { ...identity, publication };
    if (publication.frozen) {
      // A frozen tag does not move: what it means is fixed, so no "moving tag" note and no pin.
      delete out.movingTag;
      delete out.pinnedReference;
    }
    return out;
  }

  private fromRelease(rule: ImageTagRule, vars: Record<string, string>, image: string): ImageIdentity | undefined {
    const id = typeof rule.release === 'string' ? fill(rule.release, vars) : rule.release?.map[vars[rule.release.group] ?? ''];
    const release = id === undefined ? undefined : this.byId.get(id);
    if (!release) return undefined;
    const identity: ImageIdentity = { release, image };
    const variant = rule.variant === undefined ? '' : fill(rule.variant, vars);
    if (variant) identity.variant = variant;
    if (rule.frozen) identity.publication = { frozen: fill(rule.frozen, vars), source: rule.source };
    if (rule.moving) {
      identity.movingTag = { tag: vars.tag, means: rule.moving.means ? fill(rule.moving.means, vars) : describe(release) };
      if (rule.moving.pin) identity.pinnedReference = fill(rule.moving.pin, vars);
    }
    return identity;
  }

  /** A derived image: resolve the base it is built FROM, then re-label the identity as this image. */
  private fromBase(rule: ImageTagRule, vars: Record<string, string>, depth: number): ImageIdentity | string | undefined {
    const key = typeof rule.base === 'string' ? undefined : (vars[rule.base!.group] ?? '');
    const written = typeof rule.base === 'string' ? fill(rule.base, vars) : rule.base?.map[key!];
    if (written === undefined) return undefined; // a value the map does not know: try the next rule
    const published = typeof rule.base === 'string' ? undefined : rule.base?.published?.(key!);
    // A tag last built in the past was built on what its base named that month, where recorded (as fromHistory does).
    const then = published ? this.table.baseDuring?.(written, published.date.slice(0, 7)) : undefined;
    // A moving tag described as of the commit read rests on what its base named then, not on what the base names now
    // (issue #17: a base that moved after that commit must not be reported with its newer release under the older date).
    const asOf = !published && rule.moving ? asOfDay(rule.moving.means) : undefined;
    const thenAsOf = asOf ? this.table.baseDuring?.(written, asOf.slice(0, 7)) : undefined;
    const baseText = then ?? thenAsOf ?? written;
    const name = `${vars.image}:${vars.tag}`;
    const when = published ? ` (last built ${published.date})` : '';
    const baseTag = baseText.slice(baseText.lastIndexOf(':') + 1);
    if (published && !then && !distroNamedByTag(baseTag) && !/^(?:debian|ubuntu|alpine):\d[\d.]*$/.test(baseText))
      return `${name}${when} was built FROM ${written}, a tag that does not name its release and whose meaning at that time is not recorded`;
    const baseRef = baseReference(baseText);
    if (depth >= MAX_DEPTH) return `base chain of ${name} is too deep`;
    const base = this.lookup(baseRef, depth + 1);
    if (base.kind === 'scratch') return `${name} is built FROM scratch`;
    if (base.kind === 'unknown') return `${name}${when} is built on ${baseText}, which is unknown: ${base.reason}`;
    const released = base.identity.release.released;
    if (published && released && released > published.date)
      return `${name}${when} was built FROM ${written}, which now names ${base.identity.release.label}, released ${released}, after that build`;
    const inferredFrom = !published
      ? thenAsOf && thenAsOf !== written
        ? {
            rule: rule.id,
            source: `${rule.source}; FROM ${written}, which named ${thenAsOf} in ${asOf!.slice(0, 7)} (${this.table.baseDuringSource ?? 'official-images history of the base tag'})`,
          }
        : { rule: rule.id, source: rule.source }
      : then
        ? {
            rule: `${rule.id}: FROM ${written}, which named ${then} in ${published.date.slice(0, 7)}`,
            source: `${published.source ?? rule.source}; ${this.table.baseDuringSource ?? 'official-images history of the base tag'}`,
          }
        : { rule: `${rule.id}: FROM ${written}`, source: published.source ?? rule.source };
    const identity: ImageIdentity = { ...base.identity, image: vars.image, inferredFrom };
    const variant = rule.variant === undefined ? undefined : fill(rule.variant, vars);
    if (variant) identity.variant = variant;
    delete identity.movingTag;
    delete identity.pinnedReference;
    delete identity.publication;
    if (rule.frozen) identity.publication = { frozen: fill(rule.frozen, vars), source: rule.source };
    if (published) {
      // A tag the history's newest build still made is not frozen; it is not described as moving either (today's rules
      // describe the moving tags).
      if (published.frozen)
        identity.publication = {
          lastPublished: published.date.slice(0, 7),
          frozen: published.frozen,
          source: published.source ?? rule.source,
        };
      return identity;
    }
    if (rule.moving) {
      identity.movingTag = {
        tag: vars.tag,
        means: rule.moving.means ? fill(rule.moving.means, vars) : `${describe(identity.release)} (built on ${baseText})`,
      };
      if (rule.moving.pin) identity.pinnedReference = fill(rule.moving.pin, vars);
    }
    return identity;
  }
}

/**
 * The day a moving tag's description rests on ("… as of the newest commit read (YYYY-MM-DD)"): the first full date after
 * "as of" (an earlier one is a "since"), else the first in the text; undefined when the text says no "as of".
 */
export function asOfDay(means: string | undefined): string | undefined {
  const at = means?.search(/\bas of\b/) ?? -1;
  if (!means || at < 0) return undefined;
  const day = /\b(\d{4}-\d\d-\d\d)\b/;
  return day.exec(means.slice(at))?.[1] ?? day.exec(means)?.[1];
}

/** A reference's digest, written after its tag ('…:6.6.2@sha256:<64 hex>'). */
const DIGEST_SUFFIX = /@sha256:[0-9a-f]{64}$/;

function evidenceText(h: TagHistory): string {
  switch (h.evidence) {
    case 'dockerfile':
      return `FROM ${h.base} in its Dockerfile at the commit official-images pinned`;
    case 'path-history': {
      const r = h.pathRead;
      return `FROM ${h.base} in every version of its Dockerfile's path the repository snapshot read has (${r?.versions} versions, newest ${r?.commit} of ${r?.date}); the later commit official-images pinned is not in that snapshot`;
    }
    case 'tag':
      return `the tag names its base (${h.base})`;
    case 'sibling-tag':
      return `another tag of the same official-images entry (the same image) names its base (${h.base})`;
    case 'directory':
      return `its build directory names its base (${h.base})`;
    case 'moving-base':
      if (h.base && DIGEST_SUFFIX.test(h.base))
        return `FROM ${h.base} in its Dockerfile at the commit official-images pinned (a tag pinned by digest: one build of it)`;
      // Only a tag published now gets here (fromHistory leaves the others unknown): its FROM of a moving tag is read
      // as the knowledge base describes that tag now, the date of the same official-images snapshot.
      return `FROM ${h.base} in its Dockerfile at the commit official-images pinned; ${h.base} is a moving tag, read as of the same snapshot (the tag is published now)`;
    default:
      return h.base ? `built on ${h.base}` : 'base not known';
  }
}

/** Short display form: 'python', 'quay.io/centos/centos'. */
function displayName(registry: string, path: string): string {
  return registry === 'docker.io' ? path.replace(/^library\//, '') : `${registry}/${path}`;
}

/**
 * Base references are written by the rule tables ('debian:trixie', 'mcr.microsoft.com/windows/servercore:ltsc2022'),
 * so only the normal forms occur: optional registry host (has a dot), path, tag.
 */
function baseReference(text: string): ImageRef {
  const colon = text.lastIndexOf(':');
  const name = colon > text.lastIndexOf('/') ? text.slice(0, colon) : text;
  const tag = colon > text.lastIndexOf('/') ? text.slice(colon + 1) : undefined;
  const parts = name.split('/');
  const registry = parts.length > 1 && parts[0].includes('.') ? parts.shift()! : 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  return {
    raw: text,
    registry,
    path,
    name: parts[parts.length - 1],
    tag,
    official: registry === 'docker.io' && parts[0] === 'library' && parts.length === 2,
  };
}

function describe(r: DistroRelease): string {
  return r.codename && !r.label.includes(r.codename) ? `${r.label} (${r.codename})` : r.label;
}

/** `{g}` → group g; `{g-}` → 'g-' when g is present; `{-g}` → '-g' when g is present. */
export function fill(template: string, vars: Record<string, string | undefined>): string {
  return template.replace(/\{(-?)([\w]+)(-?)\}/g, (_all, lead: string, name: string, trail: string) => {
    const v = vars[name];
    if (v === undefined || v === '') return '';
    return `${lead}${v}${trail}`;
  });
}
