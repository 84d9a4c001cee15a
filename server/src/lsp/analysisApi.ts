/**
 * Everything the LSP layer calls in the analysis and knowledge layers, in one module. The server
 * bundle does not contain it: scripts/build.mjs bundles it as dist/analysis.js, and `analysis()`
 * loads it on first use (settings after `initialized`, or the first document). Starting the server
 * then compiles and initialises only the protocol code, so it answers `initialize` sooner; the
 * analysis, its rules and its knowledge tables load while the editor is still sending the first
 * documents. From sources (tests) it is this module itself.
 */
export { analyzeSteps, commonFixes, findFileIgnoreLine, knownRuleIds } from '../analysis/analyze';
export { BlockCache, buildModel, updateModel } from '../analysis/document';
export { prepareCommands } from '../analysis/shell';
export { preloadShellParser } from '../analysis/shell/parse';
export { hoverAt } from '../analysis/hover';
export { allRules } from '../analysis/rules';
export { hostPresets, shippedConfigPath } from '../knowledge/hosts';
export { knowledgeDate } from '../knowledge/meta';
export { describeTarget, resolveTarget } from '../analysis/host/resolve';
export { fixAllEdits } from '../analysis/fixAll';
export { readKernelConfigFile } from '../analysis/host/kernelConfig';
export { detectMachine } from '../analysis/host/machine';
export { parseWorkspaceConfigFile, validateTargetInput } from '../analysis/host/settings';
