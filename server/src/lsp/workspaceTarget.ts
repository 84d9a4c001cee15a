/**
 * Where the target comes from inside the editor: settings (pulled or pushed), `.kernel-lens.json`
 * in a workspace folder, and this machine. Holds the layers, reads the files the user configured
 * (and only those), and reports each settings problem once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
// The analysis is loaded on first use (analysis.ts): only types are imported from it here.
import type { AnalyzeOptions } from '../analysis/index';
import type { TargetLayers } from '../analysis/index';
import type { TargetInput } from '../analysis/index';
import type { KernelConfig, TargetProblem } from '../analysis/index';
import { analysis } from './analysis';

const WORKSPACE_FILE = '.kernel-lens.json';
/** Largest `.kernel-lens.json` we read: anything bigger is not a settings file. */
const MAX_WORKSPACE_FILE_BYTES = 1024 * 1024;

export class WorkspaceTarget {
  private folders: string[] = [];
  private trusted = true;
  private pushedSettings: unknown;
  private settings: TargetInput = {};
  private workspaceFile?: { input: TargetInput; path: string };
  /** This machine's facts, read when a target first needs them (not while answering `initialize`). */
  private machineFacts: ReturnType<typeof safeDetectMachine> | null = null;
  private get machine(): ReturnType<typeof safeDetectMachine> {
    if (this.machineFacts === null) this.machineFacts = safeDetectMachine();
    return this.machineFacts;
  }
  private reported = new Set<string>();
  private configCache = new Map<string, { config?: KernelConfig; problem?: string }>();

  /** Kernel config files being watched (the ones a target actually read), so edits on disk re-check at once. */
  private watchers = new Map<string, fs.FSWatcher>();

  /** `onConfigFileChanged` is called when a kernel config file that was read changes on disk. */
  constructor(
    private readonly connection: Connection,
    private readonly onConfigFileChanged: () => void = () => undefined,
  ) {}

  initialize(opts: { folders: string[]; trusted: boolean; initialSettings?: unknown }): void {
    this.folders = opts.folders.flatMap((u) => {
      try {
        return [fileURLToPath(u)];
      } catch {
        return [];
      }
    });
    this.trusted = opts.trusted;
    this.pushedSettings = opts.initialSettings;
  }

  setPushedSettings(s: unknown): void {
    this.pushedSettings = s;
  }

  /** Re-read settings and the workspace file; forget cached kernel configs (they may have changed on disk). */
  async reload(pull: boolean): Promise<void> {
    this.configCache.clear();
    let raw: unknown = this.pushedSettings;
    if (pull) {
      try {
        raw = await this.connection.workspace.getConfiguration('kernelLens');
      } catch {
        raw = this.pushedSettings;
      }
    }
    const problems: TargetProblem[] = [];
    const validated = analysis().validateTargetInput(settingsToInput(raw), 'kernelLens', {
      fieldLabel: (key) => `kernelLens.${key === 'arch' ? 'architecture' : key}`,
      knownRules: analysis().knownRuleIds(),
    });
    this.settings = validated.input;
    problems.push(...validated.problems);
    this.workspaceFile = undefined;
    for (const folder of this.folders) {
      const file = path.join(folder, WORKSPACE_FILE);
      // Untrusted: a link that leads outside the workspace is not read (its content would be echoed in problems).
      if (!this.trusted && fs.existsSync(file) && !this.folders.some((f) => isInside(realOrSelf(file), realOrSelf(f)))) {
        problems.push({
          where: file,
          message: `${WORKSPACE_FILE} was not read: it links to a file outside this untrusted workspace (trust the workspace to use it)`,
        });
        break;
      }
      const text = readSmallFile(file);
      if (text === undefined) continue;
      if (text instanceof Error) {
        problems.push({ where: file, message: `${WORKSPACE_FILE} could not be read: ${text.message}` });
        break;
      }
      const parsed = analysis().parseWorkspaceConfigFile(text, file, { knownRules: analysis().knownRuleIds() });
      problems.push(...parsed.problems);
      this.workspaceFile = { input: parsed.input, path: file };
      break;
    }
    this.reportProblems(problems);
  }

  private layers(): Omit<TargetLayers, 'directive'> {
    return {
      settings: this.settings,
      workspaceFile: this.workspaceFile,
      machine: this.machine,
      defaultPlatform: process.platform,
    };
  }

  /** Reads kernel configs the user named; in an untrusted workspace only inside the workspace folders. */
  readConfig = (file: string): { config?: KernelConfig; problem?: string } => {
    const resolved = this.resolvePath(file);
    if (!this.trusted && !isShippedConfig(resolved) && !this.folders.some((f) => isInside(realOrSelf(resolved), realOrSelf(f)))) {
      return {
        problem: `kernel config ${resolved} was not read: this workspace is not trusted and the file is outside it (trust the workspace to use it)`,
      };
    }
    let hit = this.configCache.get(resolved);
    if (!hit) {
      hit = analysis().readKernelConfigFile(resolved);
      this.configCache.set(resolved, hit);
      this.watch(resolved); // shipped preset configs never change; watching them costs nothing
    }
    return hit;
  };

  /** Watch one configured file (not its folder: only files the user named are looked at). */
  private watch(file: string): void {
    if (this.watchers.has(file)) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      const w = fs.watch(file, { persistent: false }, () => {
        // editors save in several steps: react once, shortly after the last one
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.configCache.delete(file);
          // a rename-on-save replaces the inode: watch the new file
          this.watchers.get(file)?.close();
          this.watchers.delete(file);
          this.onConfigFileChanged();
        }, 50);
      });
      w.on('error', () => {
        w.close();
        this.watchers.delete(file);
      });
      this.watchers.set(file, w);
    } catch {
      // missing or unwatchable: the problem is already reported by the reader; nothing to watch
    }
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private resolvePath(file: string): string {
    if (path.isAbsolute(file)) return file;
    return path.resolve(this.folders[0] ?? process.cwd(), file);
  }

  analyzeOptions(_uri: string): AnalyzeOptions {
    // Rule severities travel in the layers; resolveTarget merges them with the file's directives.
    return { layers: this.layers(), readConfig: this.readConfig, commonFixes: false };
  }

  resolveFor(_uri: string | undefined) {
    return analysis().resolveTarget(this.layers(), this.readConfig);
  }

  /**
   * Each distinct problem is shown once per session, in words a user understands. At most
   * MAX_SHOWN_PROBLEMS are shown one by one; the rest are summarised in one message (a settings file
   * with 40,000 unknown keys must not become 40,000 notifications).
   */
  reportProblems(problems: readonly TargetProblem[]): void {
    const fresh: TargetProblem[] = [];
    for (const p of problems) {
      if (p.line !== undefined) continue; // directive problems are diagnostics on their line
      const key = `${p.where}: ${p.message}`;
      if (this.reported.has(key)) continue;
      // Every key is remembered (bounded by the 1 MiB settings file), so no publish shows one twice.
      this.reported.add(key);
      fresh.push(p);
    }
    for (const p of fresh.slice(0, MAX_SHOWN_PROBLEMS)) {
      void this.connection.window.showWarningMessage(`Kernel Lens: ${shorten(p.message)}`);
      this.connection.console.warn(`Kernel Lens: ${shorten(`${p.where}: ${p.message}`)}`);
    }
    if (fresh.length > MAX_SHOWN_PROBLEMS) {
      const rest = fresh.slice(MAX_SHOWN_PROBLEMS);
      const summary = `${rest.length} more settings problems are not shown one by one (first: ${rest[0].where}: ${rest[0].message})`;
      void this.connection.window.showWarningMessage(`Kernel Lens: ${shorten(summary)}`);
      this.connection.console.warn(`Kernel Lens: ${shorten(summary)}`);
    }
  }
}

/** Problems shown one by one per report; the rest are summarised in one message. */
const MAX_SHOWN_PROBLEMS = 10;
/** Problems quote the bad value; a 100,000-character setting must not become a notification that size. */
const MAX_MESSAGE_CHARS = 600;
function shorten(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  const keep = MAX_MESSAGE_CHARS / 2;
  return `${message.slice(0, keep)} … ${message.slice(-keep)}`;
}

/** VS Code's setting is `kernelLens.architecture`; the target input calls it `arch`. */
function settingsToInput(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const { architecture, ...rest } = raw as Record<string, unknown>;
  return architecture === undefined ? rest : { ...rest, arch: architecture };
}

function safeDetectMachine() {
  try {
    return analysis().detectMachine();
  } catch {
    return undefined;
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** The real path (symlinks resolved), so a link inside the workspace cannot point the untrusted check outside it. */
function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** A kernel config shipped with the extension (a preset's): always readable, it is our own file. */
function isShippedConfig(p: string): boolean {
  return analysis().shippedConfigPath(path.basename(p)) === p;
}

/** undefined when absent; an Error when present but unreadable, not a regular file or too large (bytes read are capped). */
function readSmallFile(file: string): string | Error | undefined {
  const read = analysis().readBounded(file, MAX_WORKSPACE_FILE_BYTES);
  if (read.ok) return read.bytes.toString('utf8');
  switch (read.reason) {
    case 'missing':
      return undefined;
    case 'too-large':
      return new Error(`it is larger than ${MAX_WORKSPACE_FILE_BYTES} bytes`);
    case 'directory':
    case 'not-regular':
      return new Error('it is not a regular file');
    default:
      return new Error(read.code ?? String((read.error as Error)?.message ?? read.error));
  }
}
