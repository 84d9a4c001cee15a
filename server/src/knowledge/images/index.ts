/**
 * The base-image knowledge base: resolves a FROM image reference to the distribution release
 * whose userland it carries. Data lives in one file per family; rules in `ruleTypes.ts` shape.
 */
import type { DistroRelease, ImageLookup, ImageRef } from '../types';
import { alpineReleases, alpineRules } from './alpine';
import { debianReleases, debianRules } from './debian';
import { derivedRules } from './derived';
import { enterpriseReleases, enterpriseRules } from './enterprise';
import { latestPointRelease, releasesFromEndoflife } from './fromEndoflife';
import { gitTagImageRules } from './gitTagImages';
import { isOfficialImage, tagHistory } from './history';
import { baseDuring, baseDuringByPinnedFile, baseTimelineCitation, lastListed } from './baseTimeline';
import { ciImageRules } from './ciImages';
import { communityImageRules } from './communityImages';
import { deviceImageRules } from './deviceImages';
import { mlImageRules } from './mlImages';
import { laterPinRules } from './laterPins';
import { linuxserverRules } from './linuxserver';
import { movingBuildRules } from './movingBuilds';
import { otherReleases, otherRules } from './others';
import { popularRules } from './popular';
import { ImageResolver } from './resolve';
import { rosRules } from './ros';
import type { ImageTagRule } from './ruleTypes';
import { thirdPartyRules } from './thirdParty';
import { toolImageRules } from './toolImages';
import { ubuntuReleases, ubuntuRules } from './ubuntu';
import { vendorFamily2Rules } from './vendorFamilies2';
import { vendorFamily3Releases, vendorFamily3Rules } from './vendorFamilies3';
import { vendorFamily4Rules } from './vendorFamilies4';
import { vendorFamily5Rules } from './vendorFamilies5';
import { vendorFamily6Rules } from './vendorFamilies6';
import { baseDuringByFile, vendorFamily7Rules } from './vendorFamilies7';
import { vendorFamily8Rules } from './vendorFamilies8';
import { vendorFamily9Rules } from './vendorFamilies9';
import { vendorFamily10Rules } from './vendorFamilies10';
import { vendorFamily11Rules } from './vendorFamilies11';
import { vendorFamily12Rules } from './vendorFamilies12';
import { vendorFamily13Rules } from './vendorFamilies13';
import { vendorFamily14Rules } from './vendorFamilies14';
import { vendorFamily15Rules } from './vendorFamilies15';
import { vendorFamily16Rules } from './vendorFamilies16';
import { vendorFamily17Rules } from './vendorFamilies17';
import { vendorFamily18Rules } from './vendorFamilies18';
import { vendorFamily19Rules } from './vendorFamilies19';
import { vendorFamily20Rules } from './vendorFamilies20';
import { vendorFamily21Rules } from './vendorFamilies21';
import { vendorFamily22Rules } from './vendorFamilies22';
import { vendorFamily23Rules } from './vendorFamilies23';
import { vendorFamily24Rules } from './vendorFamilies24';
import { vendorFamily25Rules } from './vendorFamilies25';
import { vendorRules } from './vendors';
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

/** All tag rules, distribution images first, then derived images. Order matters within a repository. */
export const imageTagRules: readonly ImageTagRule[] = [
  ...ubuntuRules,
  ...debianRules,
  ...alpineRules,
  ...enterpriseRules,
  ...otherRules,
  ...windowsRules,
  // Before the catch-all unknowns of thirdParty.ts and popular.ts for the same repositories.
  ...vendorFamily2Rules,
  ...vendorFamily3Rules,
  ...vendorFamily4Rules,
  ...vendorFamily5Rules,
  ...vendorFamily6Rules,
  ...vendorFamily7Rules,
  ...vendorFamily8Rules,
  ...vendorFamily9Rules,
  ...vendorFamily10Rules,
  ...vendorFamily11Rules,
  ...vendorFamily12Rules,
  ...vendorFamily13Rules,
  ...vendorFamily14Rules,
  ...vendorFamily15Rules,
  ...vendorFamily16Rules,
  ...vendorFamily17Rules,
  ...vendorFamily18Rules,
  ...vendorFamily19Rules,
  ...vendorFamily20Rules,
  ...vendorFamily23Rules,
  ...vendorFamily22Rules,
  ...vendorFamily21Rules,
  ...vendorFamily24Rules,
  ...vendorFamily25Rules,
  ...laterPinRules,
  ...derivedRules,
  ...thirdPartyRules,
  ...linuxserverRules,
  ...popularRules,
  ...rosRules,
  ...vendorRules,
  ...communityImageRules,
  ...mlImageRules,
  ...toolImageRules,
  ...deviceImageRules,
  ...ciImageRules,
  ...movingBuildRules,
  ...gitTagImageRules,
];

const resolver = new ImageResolver({
  releases,
  rules: imageTagRules,
  history: tagHistory,
  historyHasImage: isOfficialImage,
  latestPoint: (id) => latestPointRelease.get(id),
  baseDuring,
  lastListed,
  baseDuringSource: baseTimelineCitation(),
  // The hand-checked table first (vendorFamilies7.ts), then the generated rows of the pinned Dockerfiles.
  baseDuringByFile: (ref, month, child) => baseDuringByFile(ref, month) ?? baseDuringByPinnedFile(ref, month, child),
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
