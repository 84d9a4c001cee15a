/**
 * The analysis layer's public API: what the language server calls (through the lazily loaded
 * bundle, lsp/analysisApi.ts) and the types it reads. Front ends import from here, not from the
 * modules behind it; the layering test holds the LSP layer to that. (The CLI still imports some
 * modules directly; moving it here is the next step of issue #21.)
 */
export { analyzeDocument, analyzeModel, analyzeSteps, commonFixes, findFileIgnoreLine, knownRuleIds, targetMatters } from './analyze';
export type { AnalysisResult, AnalyzeOptions } from './analyze';
export { BlockCache, ModelBuild, buildModel, deriveModel, updateModel } from './document';
export type { DockerfileModel, TextChange } from './document';
export { MAX_SHELL_INSTRUCTION_CHARS, oversizedShellInstructions, prepareCommands } from './shell';
export { preloadShellParser } from './shell/parse';
export { hoverAt } from './hover';
export { imageRequirements, requirementsMarkdown } from './requirements';
export type { ImageRequirements } from './requirements';
export { analyzeFleetSteps, fleetOf } from './fleet';
export { allRules } from './rules';
export { describeTarget, resolveTarget } from './host/resolve';
export type { TargetLayers } from './host/resolve';
export { fixAllEdits } from './fixAll';
export { readKernelConfigFile } from './host/kernelConfig';
export { readBounded } from './host/boundedRead';
export { detectMachine } from './host/machine';
export { parseWorkspaceConfigFile, validateTargetInput } from './host/settings';
export type { TargetInput } from './host/settings';
export type { KernelConfig, TargetProblem } from './host/types';
export type { Finding, Fix, Severity } from './types';
// Knowledge the front ends show (presets to pick from, the "as of" date of the tables).
export { hostPresets, shippedConfigPath } from '../knowledge/hosts';
export { knowledgeDate } from '../knowledge/meta';
