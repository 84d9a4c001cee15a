/**
 * The shape of an image tag rule. A rule says: for these repositories, a tag of this form is
 * (a) a release of a distribution (`release`), (b) built FROM another image (`base`, for derived
 * images such as python or node), or (c) known but unresolvable (`unknown`, with the reason).
 *
 * Rules are data: the engine in `resolve.ts` only evaluates them in table order. Templates may use
 * `{group}` for a named regex group of `tag`, `{group-}` for "group and a dash, when present",
 * `{tag}` for the tag as written and `{image}` for the repository in short display form
 * ('python', 'quay.io/centos/centos').
 */
import type { Source } from '../types';

export interface ImageTagRule {
  /** Unique, stable id, e.g. 'ubuntu/version' or 'python/alpine-pinned'. */
  id: string;
  /**
   * Repositories as `registry/path` (docker.io paths include 'library/'), e.g.
   * 'docker.io/library/python', 'quay.io/centos/centos'. A trailing '*' matches any path with that prefix.
   */
  repositories: readonly string[];
  /** Anchored pattern for the whole tag (an absent tag is 'latest'). */
  tag: RegExp;
  /** Release id template, or a mapping from one named group to release ids. */
  release?: string | { group: string; map: Readonly<Record<string, string>> };
  /**
   * Image reference template this tag is built FROM (derived images); resolved by the distribution rules. The map
   * form looks the reference up by one named group (a build commit → its base); a value it lacks falls through.
   */
  base?:
    | string
    | {
        group: string;
        map: Readonly<Record<string, string>>;
        /**
         * The tag's last build, from a generated history (dev container images): the base is read as it was in that month
         * (RuleTable.baseDuring) or must name its release itself; a moving base whose meaning then is not recorded stays unknown.
         */
        published?: (key: string) => { date: string; frozen?: string; source?: string } | undefined;
      };
  /** The tag names something we know but cannot resolve to one release; the reason shown. */
  unknown?: string;
  /** Variant template, e.g. 'slim', 'minimal', 'micro'. */
  variant?: string;
  /**
   * A moving tag: what it is resolved to changes over time. `pin` is the reference (template) that
   * pins today's meaning (absent when no tag pins it); `means` overrides the generated description.
   */
  moving?: { pin?: string; means?: string };
  /**
   * The repository alone names the release, whatever the tag (every mcr.microsoft.com/windows/* image is
   * Windows): a reference by digest only (`image@sha256:…`), whose tag is unknown, resolves through this rule.
   */
  repositoryDecides?: boolean;
  /**
   * A tag that no longer moves, and why (its repository was removed from the registry, its build stopped): shown as
   * the tag's frozen publication, so the hover says it next to the release. Derived (`base`) and `release` rules. Template.
   */
  frozen?: string;
  source: Source;
  note?: string;
}
