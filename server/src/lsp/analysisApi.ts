/**
 * Everything the LSP layer calls in the analysis layer: its public API (../analysis/index.ts). The
 * server bundle does not contain it: scripts/build.mjs bundles this module as dist/analysis.js, and
 * `analysis()` loads it through the V8 code cache while the server handles `initialize` (before it
 * answers, so the first document does not wait for it; analysis.ts says why), or on first use. From
 * sources (tests) it is this module itself.
 */
export * from '../analysis/index';
