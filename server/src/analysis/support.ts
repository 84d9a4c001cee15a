/** Support status of a release, computed from today's date against the release's dates. */
import type { DistroRelease } from '../knowledge/types';

export type SupportState = 'supported' | 'extended' | 'end-of-life' | 'rolling' | 'unknown';

export interface SupportStatus {
  state: SupportState;
  /** One sentence for hovers and messages. */
  text: string;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function supportStatus(release: DistroRelease, today: Date): SupportStatus {
  const now = isoDay(today);
  if (release.rolling) return { state: 'rolling', text: 'rolling release: no fixed end of support' };
  const std = release.supportEnds;
  const ext = release.extendedSupportEnds;
  if (!std) return { state: 'unknown', text: 'support dates not in the knowledge base' };
  if (release.os === 'windows') return windowsSupport(now, std, ext);
  if (now <= std) {
    return { state: 'supported', text: `supported (standard support until ${std}${ext && ext !== std ? `, extended until ${ext}` : ''})` };
  }
  if (ext && now <= ext) {
    return {
      state: 'extended',
      text: `standard support ended on ${std}; extended support (LTS/ESM/ELS, terms vary by vendor) until ${ext}`,
    };
  }
  return { state: 'end-of-life', text: `end of life since ${ext ?? std}` };
}

/**
 * Windows releases in Microsoft's own terms (Fixed Lifecycle Policy): mainstream support, then
 * extended support (security updates only); Linux words such as LTS/ESM/ELS do not apply.
 */
function windowsSupport(now: string, mainstream: string, extended: string | undefined): SupportStatus {
  if (now <= mainstream) {
    return {
      state: 'supported',
      text: `supported (mainstream support until ${mainstream}${extended && extended !== mainstream ? `, extended support until ${extended}` : ''})`,
    };
  }
  if (extended && now <= extended) {
    return { state: 'extended', text: `mainstream support ended on ${mainstream}; extended support (security updates) until ${extended}` };
  }
  return { state: 'end-of-life', text: `out of support since ${extended ?? mainstream}` };
}
