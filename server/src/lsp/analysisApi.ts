/**
 * Everything the LSP layer calls in the analysis layer: its public API (../analysis/index.ts). The
 * server bundle does not contain it: scripts/build.mjs bundles this module as dist/analysis.js, and
 * `analysis()` loads it on first use (settings after `initialized`, or the first document). Starting
 * the server then compiles and initialises only the protocol code, so it answers `initialize`
 * sooner; the analysis, its rules and its knowledge tables load while the editor is still sending
 * the first documents. From sources (tests) it is this module itself.
 */
export * from '../analysis/index';
