import type { PackageFamily } from './types';

/**
 * Memo for pure lookups by (package family, name) in the static tables. Two levels of maps, not a
 * concatenated key: every analysis asks again for every install word, and the name strings are the
 * same objects each time (cached shell parse), so their hashes are computed once — a built key
 * would be a new string to hash on every call. Bounded: cleared when it grows past `limit` names.
 */
export class FamilyMemo<V> {
  private readonly byFamily = new Map<PackageFamily | undefined, Map<string, V | undefined>>();
  private size = 0;
  constructor(private readonly limit = 20_000) {}

  get(
    family: PackageFamily | undefined,
    name: string,
    compute: (family: PackageFamily | undefined, name: string) => V | undefined,
  ): V | undefined {
    let names = this.byFamily.get(family);
    if (!names) this.byFamily.set(family, (names = new Map()));
    const hit = names.get(name);
    if (hit !== undefined || names.has(name)) return hit;
    const value = compute(family, name);
    if (++this.size > this.limit) {
      this.byFamily.clear();
      this.size = 1;
      this.byFamily.set(family, (names = new Map()));
    }
    names.set(name, value);
    return value;
  }
}
