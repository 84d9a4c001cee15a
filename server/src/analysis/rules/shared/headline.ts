/**
 * The subject of a base-image finding's first sentence. That sentence must fit one line of the
 * Problems panel (~100 characters); a long reference (`mcr.microsoft.com/windows/nanoserver:ltsc2025`)
 * would use half of it, so it becomes "This image" there — the finding sits on the reference, and
 * the next sentence names it.
 */
import { shownRef, type KnownImageStage } from './baseImage';

/** Longest reference a first sentence spells out. */
const MAX_HEADLINE_REF = 30;

export function headlineSubject(s: KnownImageStage): string {
  const ref = shownRef(s);
  return ref.length <= MAX_HEADLINE_REF ? `\`${ref}\`` : 'This image';
}

/** The subject of the sentence after the first: "It" when the first named the reference, else the reference. */
export function nextSubject(s: KnownImageStage): string {
  const ref = shownRef(s);
  return ref.length <= MAX_HEADLINE_REF ? 'It' : `\`${ref}\``;
}
