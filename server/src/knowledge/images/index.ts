/**
 * The base-image knowledge base: resolves a FROM image reference to the distribution release
 * whose userland it carries. Data lives in one file per family; rules in `ruleTypes.ts` shape.
 */
import type { DistroRelease, ImageLookup, ImageRef } from '../types';
import { alpineReleases, alpineRules } from './alpine';
import { debianReleases, debianRules } from './debian';
import { enterpriseReleases, enterpriseRules } from './enterprise';
import { latestPointRelease, releasesFromEndoflife } from './fromEndoflife';
import { isOfficialImage, tagHistory } from './history';
import { baseDuring, baseDuringByPinnedFile, baseTimelineCitation, lastListed } from './baseTimeline';
import { otherReleases, otherRules } from './others';
import { ImageResolver, indexRules, type RuleIndex } from './resolve';
import type { ImageTagRule } from './ruleTypes';
import { ubuntuReleases, ubuntuRules } from './ubuntu';
import { vendorFamily3Releases, vendorFamily3Rules } from './vendorFamilies3';
import { windowsReleases, windowsRules } from './windows';

export type { ImageTagRule } from './ruleTypes';

const handWritten: readonly DistroRelease[] = [
  ...ubuntuReleases,
  ...debianReleases,
  ...alpineReleases,
  ...enterpriseReleases,
  ...otherReleases,
  ...windowsReleases,
  ...vendorFamily3Releases,
];

/** Hand-written rows first; endoflife.date fills in every other release of the same distributions. */
const releases: readonly DistroRelease[] = [...handWritten, ...releasesFromEndoflife(new Set(handWritten.map((r) => r.id)))];

/** vendorFamilies7.ts, on first use (its rules and its table of bases by pinned Dockerfile). */
let vendorFamily7: typeof import('./vendorFamilies7') | undefined;
const family7 = () => (vendorFamily7 ??= require('./vendorFamilies7') as typeof import('./vendorFamilies7'));

/**
 * The tag rules family by family, in table order: distribution images first, then derived images
 * (order matters within a repository). The distributions' modules are loaded with this one (their
 * releases are needed); every other family's module is required on first use of one of its rules. In
 * the bundles esbuild evaluates a required module when it is first required, so a start no longer
 * builds all the tables (about half of dist/analysis.js's load): a lookup loads only the families with
 * rules for its repository, found in the index scripts/build.mjs writes (IMAGE_RULE_INDEX).
 */
const families: ReadonlyArray<() => readonly ImageTagRule[]> = [
  () => ubuntuRules,
  () => debianRules,
  () => alpineRules,
  () => enterpriseRules,
  () => otherRules,
  () => windowsRules,
  // Before the catch-all unknowns of thirdParty.ts and popular.ts for the same repositories.
  () => (require('./vendorFamilies2') as typeof import('./vendorFamilies2')).vendorFamily2Rules,
  () => vendorFamily3Rules,
  () => (require('./vendorFamilies4') as typeof import('./vendorFamilies4')).vendorFamily4Rules,
  () => (require('./vendorFamilies5') as typeof import('./vendorFamilies5')).vendorFamily5Rules,
  () => (require('./vendorFamilies6') as typeof import('./vendorFamilies6')).vendorFamily6Rules,
  () => family7().vendorFamily7Rules,
  () => (require('./vendorFamilies8') as typeof import('./vendorFamilies8')).vendorFamily8Rules,
  () => (require('./vendorFamilies9') as typeof import('./vendorFamilies9')).vendorFamily9Rules,
  () => (require('./vendorFamilies10') as typeof import('./vendorFamilies10')).vendorFamily10Rules,
  () => (require('./vendorFamilies11') as typeof import('./vendorFamilies11')).vendorFamily11Rules,
  () => (require('./vendorFamilies12') as typeof import('./vendorFamilies12')).vendorFamily12Rules,
  () => (require('./vendorFamilies13') as typeof import('./vendorFamilies13')).vendorFamily13Rules,
  () => (require('./vendorFamilies14') as typeof import('./vendorFamilies14')).vendorFamily14Rules,
  () => (require('./vendorFamilies15') as typeof import('./vendorFamilies15')).vendorFamily15Rules,
  () => (require('./vendorFamilies16') as typeof import('./vendorFamilies16')).vendorFamily16Rules,
  () => (require('./vendorFamilies17') as typeof import('./vendorFamilies17')).vendorFamily17Rules,
  () => (require('./vendorFamilies18') as typeof import('./vendorFamilies18')).vendorFamily18Rules,
  () => (require('./vendorFamilies19') as typeof import('./vendorFamilies19')).vendorFamily19Rules,
  () => (require('./vendorFamilies20') as typeof import('./vendorFamilies20')).vendorFamily20Rules,
  () => (require('./vendorFamilies23') as typeof import('./vendorFamilies23')).vendorFamily23Rules,
  () => (require('./vendorFamilies22') as typeof import('./vendorFamilies22')).vendorFamily22Rules,
  () => (require('./vendorFamilies21') as typeof import('./vendorFamilies21')).vendorFamily21Rules,
  () => (require('./vendorFamilies24') as typeof import('./vendorFamilies24')).vendorFamily24Rules,
  () => (require('./vendorFamilies25') as typeof import('./vendorFamilies25')).vendorFamily25Rules,
  () => (require('./vendorFamilies26') as typeof import('./vendorFamilies26')).vendorFamily26Rules,
  () => (require('./vendorFamilies27') as typeof import('./vendorFamilies27')).vendorFamily27Rules,
  () => (require('./vendorFamilies28') as typeof import('./vendorFamilies28')).vendorFamily28Rules,
  () => (require('./vendorFamilies29') as typeof import('./vendorFamilies29')).vendorFamily29Rules,
  () => (require('./vendorFamilies30') as typeof import('./vendorFamilies30')).vendorFamily30Rules,
  () => (require('./vendorFamilies31') as typeof import('./vendorFamilies31')).vendorFamily31Rules,
  () => (require('./vendorFamilies32') as typeof import('./vendorFamilies32')).vendorFamily32Rules,
  () => (require('./vendorFamilies33') as typeof import('./vendorFamilies33')).vendorFamily33Rules,
  () => (require('./vendorFamilies34') as typeof import('./vendorFamilies34')).vendorFamily34Rules,
  () => (require('./vendorFamilies35') as typeof import('./vendorFamilies35')).vendorFamily35Rules,
  () => (require('./vendorFamilies36') as typeof import('./vendorFamilies36')).vendorFamily36Rules,
  () => (require('./vendorFamilies37') as typeof import('./vendorFamilies37')).vendorFamily37Rules,
  () => (require('./vendorFamilies38') as typeof import('./vendorFamilies38')).vendorFamily38Rules,
  () => (require('./vendorFamilies39') as typeof import('./vendorFamilies39')).vendorFamily39Rules,
  () => (require('./vendorFamilies40') as typeof import('./vendorFamilies40')).vendorFamily40Rules,
  () => (require('./vendorFamilies41') as typeof import('./vendorFamilies41')).vendorFamily41Rules,
  () => (require('./vendorFamilies42') as typeof import('./vendorFamilies42')).vendorFamily42Rules,
  () => (require('./laterPins') as typeof import('./laterPins')).laterPinRules,
  () => (require('./derived') as typeof import('./derived')).derivedRules,
  () => (require('./thirdParty') as typeof import('./thirdParty')).thirdPartyRules,
  () => (require('./linuxserver') as typeof import('./linuxserver')).linuxserverRules,
  () => (require('./popular') as typeof import('./popular')).popularRules,
  () => (require('./ros') as typeof import('./ros')).rosRules,
  () => (require('./vendors') as typeof import('./vendors')).vendorRules,
  () => (require('./communityImages') as typeof import('./communityImages')).communityImageRules,
  () => (require('./legacyEraImages') as typeof import('./legacyEraImages')).legacyEraImageRules,
  () => (require('./mlImages') as typeof import('./mlImages')).mlImageRules,
  () => (require('./toolImages') as typeof import('./toolImages')).toolImageRules,
  () => (require('./deviceImages') as typeof import('./deviceImages')).deviceImageRules,
  () => (require('./ciImages') as typeof import('./ciImages')).ciImageRules,
  () => (require('./movingBuilds') as typeof import('./movingBuilds')).movingBuildRules,
  () => (require('./gitTagImages') as typeof import('./gitTagImages')).gitTagImageRules,
];

/**
 * Which rules apply to which repository, by position in the table (every family's rules in order):
 * written by scripts/build.mjs into the bundles (computeImageRuleIndex at build time, a JSON string);
 * from sources it is computed on first use.
 */
declare const KERNEL_LENS_IMAGE_RULE_INDEX: string | undefined;

/** The rule index of the whole table, and how many rules each family has (the build's, or computed from the families). */
export interface ImageRuleIndex extends RuleIndex {
  familySizes: number[];
}

/** Each family's rules once loaded (a module's exports are copied at each require in the bundles: required once). */
const loaded: Array<readonly ImageTagRule[] | undefined> = [];
const familyRules = (family: number): readonly ImageTagRule[] => (loaded[family] ??= families[family]());

/** Evaluates every family: the index the build writes, and the one used from sources. */
export function computeImageRuleIndex(): ImageRuleIndex {
  return { familySizes: families.map((_, i) => familyRules(i).length), ...indexRules(imageTagRules()) };
}

function ruleIndex(): ImageRuleIndex {
  return typeof KERNEL_LENS_IMAGE_RULE_INDEX === 'string'
    ? (JSON.parse(KERNEL_LENS_IMAGE_RULE_INDEX) as ImageRuleIndex)
    : computeImageRuleIndex();
}

/** All tag rules, distribution images first, then derived images (every family loaded: tests and the build). */
export function imageTagRules(): ImageTagRule[] {
  return families.flatMap((_, i) => familyRules(i));
}

/** The rule at a position in the table, its family loaded on first use. */
function ruleAt(order: number, sizes: readonly number[]): ImageTagRule {
  let family = 0;
  let start = 0;
  while (family < sizes.length - 1 && order >= start + sizes[family]) start += sizes[family++];
  return familyRules(family)[order - start];
}

const resolver = new ImageResolver({
  releases,
  rules: () => {
    const index = ruleIndex();
    return { ...index, at: (order) => ruleAt(order, index.familySizes) };
  },
  history: tagHistory,
  historyHasImage: isOfficialImage,
  latestPoint: (id) => latestPointRelease.get(id),
  baseDuring,
  lastListed,
  baseDuringSource: baseTimelineCitation(),
  // The hand-checked table first (vendorFamilies7.ts), then the generated rows of the pinned Dockerfiles.
  baseDuringByFile: (ref, month, child) => family7().baseDuringByFile(ref, month) ?? baseDuringByPinnedFile(ref, month, child),
});

export function lookupImage(ref: ImageRef): ImageLookup {
  return resolver.lookup(ref);
}

export function allReleases(): readonly DistroRelease[] {
  return releases;
}

export function getRelease(id: string): DistroRelease | undefined {
  return resolver.getRelease(id);
}
