/**
 * Labelled guesses of the distribution release an image the tables do not know carries, read from the words of its tag
 * and of its name. Every answer is a base reference the tables must still resolve (`alpine:3.15`, `centos:7`): a release
 * that does not exist resolves to nothing and the image stays unknown. Every answer says which words were read
 * (`guessedFrom`); none claims the image's own build was read. Where the words could mean two things (two
 * distributions, a number that may be the program's) nothing is guessed.
 */

/** A release the words name: the base reference the tables resolve, and the words read. */
export interface NamedRelease {
  base: string;
  word: string;
}

/** A guess from an image's name (with its tag): the base reference and what the guess rests on, for guessedFrom. */
export interface NameGuess {
  base: string;
  guessedFrom: string;
}

const DEBIAN_WORDS = new Set(['squeeze', 'wheezy', 'jessie', 'stretch', 'buster', 'bullseye', 'bookworm', 'trixie']);
const UBUNTU_WORDS = new Set(['trusty', 'xenial', 'bionic', 'focal', 'jammy', 'noble', 'resolute']);

/** One word (with the word after it) naming a release, or undefined. Shared by tags and names. */
function releaseOfWord(w: string, next: string): NamedRelease | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^alpine(3\.\d+)$/.exec(w))) return { base: `alpine:${m[1]}`, word: w };
  if (w === 'alpine' && /^3\.\d+$/.test(next)) return { base: `alpine:${next}`, word: `alpine-${next}` };
  if (DEBIAN_WORDS.has(w)) return { base: `debian:${w}`, word: w };
  if (UBUNTU_WORDS.has(w)) return { base: `ubuntu:${w}`, word: w };
  if ((m = /^debian(\d{1,2})$/.exec(w))) return { base: `debian:${m[1]}`, word: w };
  if (w === 'debian' && /^\d{1,2}$/.test(next)) return { base: `debian:${next}`, word: `debian-${next}` };
  if ((m = /^ubuntu(\d\d\.\d\d)$/.exec(w))) return { base: `ubuntu:${m[1]}`, word: w };
  if (w === 'ubuntu' && /^\d\d\.\d\d$/.test(next)) return { base: `ubuntu:${next}`, word: `ubuntu-${next}` };
  if ((m = /^ubi(\d+)$/.exec(w))) return { base: `registry.access.redhat.com/ubi${m[1]}/ubi`, word: w };
  if ((m = /^(?:centos|el)(\d)$/.exec(w))) return { base: `centos:${m[1]}`, word: w };
  // <distro>-<major> as two words, the way ocaml-dockerfile named the early ocaml/opam tags (centos-7_ocaml-4.02.3,
  // fedora-23_ocaml-4.02.3, oraclelinux-7_…) and early images tagged their CentOS builds (sequenceiq/pam:centos-6.5),
  // like alpine-3.3 and debian-8 above: the major release only (a point release's tag was never a separate userland line).
  if (w === 'centos' && (m = /^([5-8])(?:\.\d+)?$/.exec(next))) return { base: `centos:${m[1]}`, word: `centos-${next}` };
  if (w === 'oraclelinux' && /^\d$/.test(next)) return { base: `${w}:${next}`, word: `${w}-${next}` };
  if (w === 'fedora' && /^\d\d$/.test(next)) return { base: `fedora:${next}`, word: `fedora-${next}` };
  if ((m = /^fedora(\d\d)$/.exec(w))) return { base: `fedora:${m[1]}`, word: w };
  // AlmaLinux and Rocky Linux name their majors (almalinux:9, rockylinux:9 resolve by their own tables): almalinux-9,
  // almalinux9, rocky-9, rockylinux-9 — the major only, as for CentOS.
  if ((m = /^almalinux(\d{1,2})$/.exec(w))) return { base: `almalinux:${m[1]}`, word: w };
  if (w === 'almalinux' && (m = /^(\d{1,2})(?:\.\d+)?$/.exec(next))) return { base: `almalinux:${m[1]}`, word: `${w}-${next}` };
  if ((m = /^(?:rockylinux|rocky)(\d+)$/.exec(w))) return { base: `rockylinux/rockylinux:${m[1]}`, word: w };
  if ((w === 'rockylinux' || w === 'rocky') && (m = /^(\d{1,2})(?:\.\d+)?$/.exec(next)))
    return { base: `rockylinux/rockylinux:${m[1]}`, word: `${w}-${next}` };
  // openSUSE Leap's releases are 15.N and 42.N (opensuse/leap:15.6): leap-15.6, leap15.6, opensuse-15.6.
  if ((m = /^leap((?:15|42)\.\d)$/.exec(w))) return { base: `opensuse/leap:${m[1]}`, word: w };
  if ((w === 'leap' || w === 'opensuse') && /^(?:15|42)\.\d$/.test(next)) return { base: `opensuse/leap:${next}`, word: `${w}-${next}` };
  // CentOS Stream's own spelling (quay.io/centos/centos:stream9, centos-bootc:stream9); Red Hat names images built on
  // RHEL N …-rhelN (jenkins-2-rhel7, nodejs-14-rhel7, rhel7.4), whose userland is the UBI N row's.
  if ((m = /^stream(\d{1,2})$/.exec(w))) return { base: `quay.io/centos/centos:stream${m[1]}`, word: w };
  if ((m = /^rhel(\d{1,2})(?:\.\d+)?$/.exec(w))) return { base: `registry.access.redhat.com/ubi${m[1]}/ubi`, word: w };
  if ((m = /^oraclelinux(\d+)$/.exec(w))) return { base: `oraclelinux:${m[1]}`, word: w };
  if (w === 'al2023') return { base: 'amazonlinux:2023', word: w };
  if (w === 'al2') return { base: 'amazonlinux:2', word: w };
  // Microsoft's spellings: -azurelinux3.0 (.NET, Go), -cbl-mariner2.0, and the RPM dist tags -cm2.0 / -azl3.0.20250910.
  if ((m = /^(?:azurelinux|azl)(3)\.0(?:\.\d{8})?$/.exec(w))) return { base: `mcr.microsoft.com/azurelinux/base/core:${m[1]}.0`, word: w };
  if ((m = /^(?:mariner|cm)([12])\.0$/.exec(w))) return { base: `mcr.microsoft.com/cbl-mariner/base/core:${m[1]}.0`, word: w };
  return undefined;
}

/** The releases the words name, each once per position. */
function releasesOfWords(words: string[]): NamedRelease[] {
  const found: NamedRelease[] = [];
  words.forEach((w, i) => {
    const r = releaseOfWord(w, words[i + 1] ?? '');
    if (r) found.push(r);
  });
  return found;
}

/** The single release a list of words names; undefined when none or several. */
function singleRelease(words: string[]): NamedRelease | undefined {
  const found = releasesOfWords(words);
  return new Set(found.map((f) => f.base)).size === 1 ? found[0] : undefined;
}

/** The distribution release a tag's words name, as a base reference the tables resolve; undefined when none or several. */
export function distroNamedByTag(tag: string): NamedRelease | undefined {
  return singleRelease(tag.toLowerCase().split(/[-_]/));
}

/**
 * A distribution named by a name word without its release, and what a tag that is only that distribution's release
 * looks like (`centos_epel:7`, `alpine:3.16.2`, `debian:11`): the release to read from it. Arch Linux publishes one
 * rolling release only (the `archlinux` row), so any tag of an image named for it is that release.
 */
const DISTRO_WORDS: Record<string, { family: string; release: (tag: string) => string | undefined }> = {
  alpine: { family: 'alpine', release: (t) => pick(/^v?(3\.\d+)(?:\.\d+)?$/, t, (v) => `alpine:${v}`) },
  debian: { family: 'debian', release: (t) => pick(/^(\d{1,2})(?:\.\d+)?$/, t, (v) => `debian:${v}`) },
  ubuntu: { family: 'ubuntu', release: (t) => pick(/^(\d\d\.(?:04|10))(?:\.\d+)?$/, t, (v) => `ubuntu:${v}`) },
  centos: { family: 'centos', release: (t) => pick(/^([5-8])(?:\.\d+)*$/, t, (v) => `centos:${v}`) },
  fedora: { family: 'fedora', release: (t) => pick(/^(\d\d)$/, t, (v) => `fedora:${v}`) },
  almalinux: { family: 'almalinux', release: (t) => pick(/^(\d{1,2})(?:\.\d+)?$/, t, (v) => `almalinux:${v}`) },
  rockylinux: { family: 'rocky', release: (t) => pick(/^(\d{1,2})(?:\.\d+)*$/, t, (v) => `rockylinux/rockylinux:${v}`) },
  oraclelinux: { family: 'oraclelinux', release: (t) => pick(/^(\d)(?:\.\d+)?$/, t, (v) => `oraclelinux:${v}`) },
  amazonlinux: { family: 'amazonlinux', release: (t) => pick(/^(2|2023)(?:\.\d+)*$/, t, (v) => `amazonlinux:${v}`) },
  opensuse: { family: 'opensuse', release: (t) => pick(/^((?:15|42)\.\d)$/, t, (v) => `opensuse/leap:${v}`) },
  archlinux: { family: 'archlinux', release: () => 'archlinux:latest' },
};

/** Display names for the unknown reason of an image named for a distribution whose tag names no release. */
const DISTRO_NAMES: Record<string, string> = {
  alpine: 'Alpine Linux',
  debian: 'Debian',
  ubuntu: 'Ubuntu',
  centos: 'CentOS',
  fedora: 'Fedora',
  almalinux: 'AlmaLinux',
  rocky: 'Rocky Linux',
  oraclelinux: 'Oracle Linux',
  amazonlinux: 'Amazon Linux',
  opensuse: 'openSUSE',
  archlinux: 'Arch Linux',
};

function pick(re: RegExp, tag: string, base: (v: string) => string): string | undefined {
  const m = re.exec(tag);
  return m ? base(m[1]) : undefined;
}

/**
 * Words that say nothing about a program of their own beside the distribution word in a name (base-debian, centos_epel,
 * s6-alpine, fedora-bootc, and Fedora's Atomic desktop edition names silverblue/kinoite): with only these, the tag's number is the distribution's. Any other word (node, java, php)
 * may be the program whose version the tag is (alpine-node:16, alpine-python:3.8).
 */
const GENERIC_WORDS = new Set(
  'base baseimage image images docker os linux minimal mini slim core s6 systemd init epel official vanilla plain bootc iot toolbox cloud leap ostree desktops atomic silverblue kinoite'.split(
    ' ',
  ),
);

/** The words of a repository path: split on / - _ and on dots between letters (a release's own dots stay: 3.15, ubuntu22.04). */
function pathWords(path: string): string[] {
  return path
    .toLowerCase()
    .split(/[/_-]/)
    .flatMap((w) => (/^[a-z]*\d+(?:\.\d+)+$/.test(w) ? [w] : w.split('.')))
    .filter((w) => w !== '');
}

/** The distribution families the words name, with or without a release. */
function familiesOf(words: string[]): Set<string> {
  const families = new Set<string>();
  for (const r of releasesOfWords(words)) families.add(familyOfBase(r.base));
  for (const w of words) if (Object.hasOwn(DISTRO_WORDS, w)) families.add(DISTRO_WORDS[w].family);
  return families;
}

/** The distribution families a repository path's words name, with or without a release. */
export function distributionsNamed(path: string): Set<string> {
  return familiesOf(pathWords(path));
}

/** The family of a base reference the scanner writes ('centos:7' → centos, 'rockylinux/rockylinux:9' → rocky). */
export function familyOfBase(base: string): string {
  const name = base.slice(0, base.lastIndexOf(':') > 0 ? base.lastIndexOf(':') : undefined);
  if (/ubi\d|redhat/.test(name)) return 'rhel';
  if (name.includes('rockylinux')) return 'rocky';
  if (name.includes('opensuse')) return 'opensuse';
  if (/azurelinux|cbl-mariner/.test(name)) return 'mariner';
  if (name.includes('quay.io/centos')) return 'centos';
  return name.slice(name.lastIndexOf('/') + 1);
}

/** The distribution a path names without any release word, if exactly one (for the unknown reason). */
export function distributionNamedWithoutRelease(path: string): string | undefined {
  const words = pathWords(path);
  const families = familiesOf(words);
  return families.size === 1 && releasesOfWords(words).length === 0 ? DISTRO_NAMES[[...families][0]] : undefined;
}

/**
 * The release an image's name names (with its tag), for an image whose tag names none: the name's own release words
 * (splunk-centos-7, base-debian-10, rocm/dev-almalinux-8, centos7-…), or a distribution word without a release whose tag
 * is only that distribution's release (centos_epel:7, alpine:3.16.2), or ends in one after a program version where the
 * release's form is the distribution's own (s6-alpine-node:16.13.1-3.15). Undefined when the path names two
 * distributions, when the tag names another release, or when a number may be the program's (alpine-node:16).
 */
export function distroNamedByName(path: string, tag: string): NameGuess | undefined {
  // The whole last component spelling an Ubuntu release without its dot (marketplace.gcr.io/google/ubuntu1804, ubuntu_18_04).
  const shown = path;
  const slash = path.lastIndexOf('/') + 1;
  path = path.slice(0, slash) + path.slice(slash).replace(/^(ubuntu)[_-]?(\d\d)[_.-]?(04|10)$/, '$1$2.$3');
  const words = pathWords(path);
  const families = familiesOf(words);
  if (families.size !== 1) return undefined;
  const fromTag = distroNamedByTag(tag);
  if (fromTag && familyOfBase(fromTag.base) !== [...families][0]) return undefined;
  const named = singleRelease(words);
  // A number in the tag beside a name naming its release is the program's (splunk-centos-7:8.0.1): not read.
  if (named) {
    // Name the last component where the words are in it (jenkins-2-rhel7), else the whole path (…/ubuntu22.04/…/pytorch).
    const inLast = singleRelease(pathWords(path.slice(slash)))?.base === named.base;
    return { base: named.base, guessedFrom: `the image name '${inLast ? shown.slice(slash) : shown}' names ${named.word}` };
  }
  const last = pathWords(path.slice(slash));
  const name = shown.slice(slash);
  const distro = last.find((w) => Object.hasOwn(DISTRO_WORDS, w));
  if (!distro) return undefined;
  if (distro === 'archlinux')
    return { base: 'archlinux:latest', guessedFrom: `the image name '${name}' names Arch Linux, whose only release is the rolling one` };
  const others = last.filter((w) => w !== distro);
  const generic = others.every((w) => GENERIC_WORDS.has(w));
  const whole = generic ? DISTRO_WORDS[distro].release(tag.toLowerCase()) : undefined;
  if (whole)
    return {
      base: whole,
      guessedFrom: `the image name '${name}' names ${DISTRO_NAMES[DISTRO_WORDS[distro].family]} without a release and the tag '${tag}' is only its release number (read as ${whole})`,
    };
  const suffix = suffixRelease(distro, tag);
  if (!suffix) return undefined;
  return {
    base: suffix,
    guessedFrom: `the image name '${name}' names ${DISTRO_NAMES[DISTRO_WORDS[distro].family]} and the tag '${tag}' ends in its release after a program version (read as ${suffix})`,
  };
}

/**
 * <program version>-<release> where the release's form is its distribution's alone: Alpine 3.N, Ubuntu YY.04/YY.10
 * (nico640/s6-alpine-node:16.13.1-3.15). Other distributions' bare majors (-7, -11) could be anything's and are not read.
 */
function suffixRelease(distro: string, tag: string): string | undefined {
  const m = /^v?\d+(?:\.\d+)+-(\d+\.\d+)$/.exec(tag);
  if (!m) return undefined;
  if (distro === 'alpine' && /^3\.\d+$/.test(m[1])) return `alpine:${m[1]}`;
  if (distro === 'ubuntu' && /^\d\d\.(?:04|10)$/.test(m[1])) return `ubuntu:${m[1]}`;
  return undefined;
}
