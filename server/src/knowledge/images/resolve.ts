/**
 * Evaluates the tag rules: ImageRef → ImageLookup. Knows no facts itself; every answer comes from
 * a release row or a tag rule.
 */
import type { ImageRef } from '../../analysis/imageRef';
import type { DistroRelease, ImageIdentity, ImageLookup } from '../types';
import type { ImageTagRule } from './ruleTypes';

export interface RuleTable {
  releases: readonly DistroRelease[];
  rules: readonly ImageTagRule[];
}

/** Derived images may name a base that itself names a base; real chains are one or two deep. */
const MAX_DEPTH = 4;

export class ImageResolver {
  private readonly byId = new Map<string, DistroRelease>();
  private readonly exact = new Map<string, ImageTagRule[]>();
  private readonly prefixed: Array<{ prefix: string; rule: ImageTagRule; order: number }> = [];
  private readonly order = new Map<ImageTagRule, number>();

  constructor(table: RuleTable) {
    for (const r of table.releases) this.byId.set(r.id, r);
    table.rules.forEach((rule, order) => {
      this.order.set(rule, order);
      for (const repo of rule.repositories) {
        if (repo.endsWith('*')) this.prefixed.push({ prefix: repo.slice(0, -1), rule, order });
        else this.exact.set(repo, [...(this.exact.get(repo) ?? []), rule]);
      }
    });
  }

  getRelease(id: string): DistroRelease | undefined {
    return this.byId.get(id);
  }

  /** Rules for one repository, in table order (exact and prefix entries interleaved as written). */
  rulesFor(repository: string): ImageTagRule[] {
    const found = [...(this.exact.get(repository) ?? [])];
    for (const p of this.prefixed) if (repository.startsWith(p.prefix) && !found.includes(p.rule)) found.push(p.rule);
    return found.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  lookup(ref: ImageRef, depth = 0): ImageLookup {
    const repository = `${ref.registry}/${ref.path}`;
    if (repository === 'docker.io/library/scratch') return { kind: 'scratch' };
    const image = displayName(ref.registry, ref.path);
    const rules = this.rulesFor(repository);
    if (rules.length === 0) {
      return { kind: 'unknown', reason: `'${image}' is not an image the knowledge base knows; its distribution cannot be read from the name` };
    }
    if (ref.tag === undefined && ref.digest !== undefined) {
      return { kind: 'unknown', reason: `${image} is referenced by digest only; the release cannot be read from a digest (write the tag too, e.g. ${image}:<tag>@${ref.digest.slice(0, 15)}…)` };
    }
    const tag = ref.tag ?? 'latest';
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

  private fromRelease(rule: ImageTagRule, vars: Record<string, string>, image: string): ImageIdentity | undefined {
    const id = typeof rule.release === 'string' ? fill(rule.release, vars) : rule.release?.map[vars[rule.release.group] ?? ''];
    const release = id === undefined ? undefined : this.byId.get(id);
    if (!release) return undefined;
    const identity: ImageIdentity = { release, image };
    const variant = rule.variant === undefined ? '' : fill(rule.variant, vars);
    if (variant) identity.variant = variant;
    if (rule.moving) {
      identity.movingTag = { tag: vars.tag, means: rule.moving.means ? fill(rule.moving.means, vars) : describe(release) };
      if (rule.moving.pin) identity.pinnedReference = fill(rule.moving.pin, vars);
    }
    return identity;
  }

  /** A derived image: resolve the base it is built FROM, then re-label the identity as this image. */
  private fromBase(rule: ImageTagRule, vars: Record<string, string>, depth: number): ImageIdentity | string {
    const baseText = fill(rule.base!, vars);
    const baseRef = baseReference(baseText);
    if (depth >= MAX_DEPTH) return `base chain of ${vars.image}:${vars.tag} is too deep`;
    const base = this.lookup(baseRef, depth + 1);
    if (base.kind === 'scratch') return `${vars.image}:${vars.tag} is built FROM scratch`;
    if (base.kind === 'unknown') return `${vars.image}:${vars.tag} is built on ${baseText}, which is unknown: ${base.reason}`;
    const identity: ImageIdentity = { ...base.identity, image: vars.image, inferredFrom: { rule: rule.id, source: rule.source } };
    const variant = rule.variant === undefined ? undefined : fill(rule.variant, vars);
    if (variant) identity.variant = variant;
    delete identity.movingTag;
    delete identity.pinnedReference;
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

/** Short display form: 'python', 'quay.io/centos/centos'. */
function displayName(registry: string, path: string): string {
  return registry === 'docker.io' ? path.replace(/^library\//, '') : `${registry}/${path}`;
}

/**
 * Base references are written by the rule tables ('debian:trixie', 'mcr.microsoft.com/windows/servercore:ltsc2022'),
 * so only the normal forms occur: optional registry host (has a dot), path, tag.
 */
export function baseReference(text: string): ImageRef {
  const colon = text.lastIndexOf(':');
  const name = colon > text.lastIndexOf('/') ? text.slice(0, colon) : text;
  const tag = colon > text.lastIndexOf('/') ? text.slice(colon + 1) : undefined;
  const parts = name.split('/');
  const registry = parts.length > 1 && parts[0].includes('.') ? parts.shift()! : 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  return {
    raw: text, registry, path, name: parts[parts.length - 1], tag,
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
