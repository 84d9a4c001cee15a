/**
 * The analysis layer's public API: what the language server calls (through the lazily loaded
 * bundle, lsp/analysisApi.ts), what the CLI calls, and the types they read. Front ends import from
 * here, not from the modules behind it; the layering test holds the LSP layer and the CLI to that.
 */
export {
  analyzeDocument,
  analyzeModel,
  analyzeSteps,
  commonFixes,
  contextPathSteps,
  contextPathsOf,
  findFileIgnoreLine,
  knownRuleIds,
  targetMatters,
} from './analyze';
export type { ContextFiles } from './rules/types';
export type { AnalysisResult, AnalyzeOptions } from './analyze';
export { BlockCache, ModelBuild, buildModel, deriveModel, releaseAsts, updateModel } from './document';
export { monotonicMs } from './clock';
export type { DockerfileModel, TextChange } from './document';
export { MAX_SHELL_INSTRUCTION_CHARS, oversizedShellInstructions, prepareCommands } from './shell';
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
export { contextIgnoreFile, gatherContextFiles, readContextFile, readContextFiles } from './host/contextRead';
export type { ContextRead } from './host/contextRead';
export { detectMachine } from './host/machine';
export { parseWorkspaceConfigFile, validateTargetInput } from './host/settings';
export type { TargetInput } from './host/settings';
export type { KernelConfig, TargetProblem } from './host/types';
export type { Finding, Fix, Severity } from './types';
// Knowledge the front ends show (presets to pick from, the "as of" date of the tables).
export { hostPresets, shippedConfigPath } from '../knowledge/hosts';
export { knowledgeDate } from '../knowledge/meta';
// What the CLI adds: plain-text cards, fleets of its own runs, the words it prints.
export { cardToPlainLines } from './card';
export { fromCardModel } from './hover';
export { fleetResult } from './fleet';
export type { TargetRun } from './fleet';
export { formatImageRef, parseImageRef } from './imageRef';
export type { StageInfo } from './stages';
export { supportStatus } from './support';
export type { SupportState } from './support';
export { closest } from './host/suggest';
export type { MachineFacts } from './host/machine';
export type { ConfigReader, ProfileReader } from './host/resolve';
export { RULE_SEVERITIES } from './host/settings';
export { isProfileReference, parseHostProfile } from './host/profile';
export type { TargetHost } from './host/types';
export type { ConfiguredSeverity } from './types';
export type { DistroRelease, ImageLookup } from '../knowledge/types';
export { analyzeFleetDocument } from './fleet';
export { cardSaysCannotRun, imageCardModel } from './hover';
export { requirementsText } from './requirements';
export { profileFileName, profilesFromNodeList } from './host/kubernetes';
export { PROFILE_FORMAT } from './host/profile';
export type { HostProfile } from './host/profile';
export { lookupImage } from '../knowledge/images';
export { getKernelBuild, presetAliases } from '../knowledge/hosts';
export type { HostPreset } from '../knowledge/types';
export { DIRECTIVE_RULE_ID } from './analyze';
export type { FleetFinding } from './fleet';
