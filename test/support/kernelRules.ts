/**
 * Rules that speak about images, tags and directives, not about what the host kernel provides: the
 * recall and precision measures of issue #16 leave them out when they count kernel findings.
 */
export const NOT_KERNEL_RULES: ReadonlySet<string> = new Set([
  'image-end-of-life',
  'moving-base-tag',
  'invalid-directive',
  'platform-mismatch',
]);
