// semver arrives with npm tooling in devDependencies; only the calls the package tests make are typed here.
declare module 'semver' {
  export interface SemVer {
    version: string;
  }
  export function minVersion(range: string): SemVer | null;
  export function coerce(version: string): SemVer | null;
  export function satisfies(version: string, range: string): boolean;
}
