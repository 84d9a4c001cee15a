/**
 * Where the target comes from inside the editor: settings (pulled or pushed), `.kernel-lens.json`
 * in a workspace folder, and this machine. Holds the layers, reads the files the user configured
 * (and only those), and reports each settings problem once.
 *
 * Per folder (multi-root workspaces): settings are pulled per workspace folder (`scopeUri`), so a
 * folder's own `kernelLens.*` values apply to its documents, and each folder's `.kernel-lens.json`
 * applies to the documents inside that folder. Relative kernel-config paths resolve against the
 * folder the document is in. A document outside every folder gets the window's settings alone.
 */
import { type FSWatcher, existsSync, realpathSync, watch as fsWatch } from 'node:fs';
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

/** One workspace folder's layers: its settings (pulled with its `scopeUri`) and its `.kernel-lens.json`. */
interface FolderLayers {
  path: string;
  uri: string;
  settings: TargetInput;
  workspaceFile?: { input: TargetInput; path: string };
  /** Reads kernel configs named relative to this folder. */
  readConfig: (file: string) => { config?: KernelConfig; problem?: string };
}

export class WorkspaceTarget {
  private folders: string[] = [];
  private folderUris: string[] = [];
  private trusted = true;
  private pushedSettings: unknown;
  /** Settings outside any folder (and for a client without workspace folders). */
  private settings: TargetInput = {};
  /** In the order the client listed the folders; empty without workspace folders. */
  private folderLayers: FolderLayers[] = [];
  /** This machine's facts, read when a target first needs them (not while answering `initialize`). */
  private machineFacts: ReturnType<typeof safeDetectMachine> | null = null;
  private get machine(): ReturnType<typeof safeDetectMachine> {
    if (this.machineFacts === null) this.machineFacts = safeDetectMachine();
    return this.machineFacts;
  }
  private reported = new Set<string>();
  private configCache = new Map<string, { config?: KernelConfig; problem?: string }>();

  /** Kernel config files being watched (the ones a target actually read), so edits on disk re-check at once. */
  private watchers = new Map<string, FSWatcher>();

  /** `onConfigFileChanged` is called when a kernel config file that was read changes on disk. */
  constructor(
    private readonly connection: Connection,
    private readonly onConfigFileChanged: () => void = () => undefined,
  ) {}

  initialize(opts: { folders: string[]; trusted: boolean; initialSettings?: unknown }): void {
    const pairs = opts.folders.flatMap((u) => {
      try {
        return [[fileURLToPath(u), u] as const];
      } catch {
        return [];
      }
    });
    this.folders = pairs.map(([p]) => p);
    this.folderUris = pairs.map(([, u]) => u);
    this.trusted = opts.trusted;
    this.pushedSettings = opts.initialSettings;
  }

  setPushedSettings(s: unknown): void {
    this.pushedSettings = s;
  }

  /** Re-read settings and the workspace files; forget cached kernel configs (they may have changed on disk). */
  async reload(pull: boolean): Promise<void> {
    this.configCache.clear();
    const raws = await this.pullSettings(pull);
    const problems: TargetProblem[] = [];
    const validate = (raw: unknown, where: string) => {
      const validated = analysis().validateTargetInput(settingsToInput(raw), where, {
        fieldLabel: (key) => `kernelLens.${key === 'arch' ? 'architecture' : key}`,
        knownRules: analysis().knownRuleIds(),
      });
      problems.push(...validated.problems);
      return validated.input;
    };
    this.settings = validate(raws[0], 'kernelLens');
    const knownRules = analysis().knownRuleIds();
    this.folderLayers = this.folders.map((folder, i) => {
      // A folder whose values equal the window's gets the same input (and no second copy of its problems).
      const raw = raws[i + 1];
      const settings = sameJson(raw, raws[0]) ? this.settings : validate(raw, `kernelLens (folder ${path.basename(folder)})`);
      const layers: FolderLayers = { path: folder, uri: this.folderUris[i], settings, readConfig: this.configReader(folder) };
      const file = path.join(folder, WORKSPACE_FILE);
      // Untrusted: a link that leads outside the workspace is not read (its content would be echoed in problems).
      if (!this.trusted && existsSync(file) && !this.folders.some((f) => isInside(realOrSelf(file), realOrSelf(f)))) {
        problems.push({
          where: file,
          message: `${WORKSPACE_FILE} was not read: it links to a file outside this untrusted workspace (trust the workspace to use it)`,
        });
        return layers;
      }
      const text = readSmallFile(file);
      if (text === undefined) return layers;
      if (text instanceof Error) {
        problems.push({ where: file, message: `${WORKSPACE_FILE} could not be read: ${text.message}` });
        return layers;
      }
      const parsed = analysis().parseWorkspaceConfigFile(text, file, { knownRules });
      problems.push(...parsed.problems);
      layers.workspaceFile = { input: parsed.input, path: file };
      return layers;
    });
    this.reportProblems(problems);
  }

  /**
   * The window's settings, then each folder's (pulled with its `scopeUri`), in one request; the pushed
   * settings for all when the client does not pull or the request fails.
   */
  private async pullSettings(pull: boolean): Promise<unknown[]> {
    const pushed = [this.pushedSettings, ...this.folders.map(() => this.pushedSettings)];
    if (!pull) return pushed;
    try {
      const items = [{ section: 'kernelLens' }, ...this.folderUris.map((scopeUri) => ({ scopeUri, section: 'kernelLens' }))];
      const got: unknown = await this.connection.workspace.getConfiguration(items);
      return Array.isArray(got) && got.length === items.length ? got : pushed;
    } catch {
      return pushed;
    }
  }

  /**
   * The last folderOf answer: every keystroke asks for the same document, and turning its URI into a
   * path costs more than the rest of the lookup. Valid while folderLayers is the same array (a load
   * replaces it, never changes it in place).
   */
  private lastFolderOf?: { uri: string; of: FolderLayers[]; folder: FolderLayers | undefined };

  /**
   * The folder a document is in (the innermost, for nested folders); none for a document outside every
   * folder (it gets the window's settings and no `.kernel-lens.json`); the first folder when no document is named.
   */
  private folderOf(uri: string | undefined): FolderLayers | undefined {
    if (uri === undefined) return this.folderLayers[0];
    const last = this.lastFolderOf;
    if (last?.uri === uri && last.of === this.folderLayers) return last.folder;
    const folder = this.findFolderOf(uri);
    this.lastFolderOf = { uri, of: this.folderLayers, folder };
    return folder;
  }

  private findFolderOf(uri: string): FolderLayers | undefined {
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    let best: FolderLayers | undefined;
    for (const f of this.folderLayers) {
      if (isInside(file, f.path) && (!best || f.path.length > best.path.length)) best = f;
    }
    return best;
  }

  /**
   * The layers of a folder (or of documents outside every folder): the same object while its parts are
   * (a settings load makes new ones), so the analysis reuses the target resolved from it
   * (AnalyzeOptions.layersFixed) instead of resolving it again at every keystroke.
   */
  private layers(folder: FolderLayers | undefined): Omit<TargetLayers, 'directive'> {
    const settings = folder?.settings ?? this.settings;
    const workspaceFile = folder?.workspaceFile;
    const machine = this.machine;
    const last = folder ? this.folderLayersObject.get(folder) : this.noFolderLayersObject;
    if (last && last.settings === settings && last.workspaceFile === workspaceFile && last.machine === machine) return last;
    const layers = { settings, workspaceFile, machine, defaultPlatform: process.platform };
    if (folder) this.folderLayersObject.set(folder, layers);
    else this.noFolderLayersObject = layers;
    return layers;
  }

  private folderLayersObject = new WeakMap<FolderLayers, Omit<TargetLayers, 'directive'>>();
  private noFolderLayersObject?: Omit<TargetLayers, 'directive'>;

  /** New layers objects from now on: a file their target was resolved from changed without a settings load. */
  private forgetLayers(): void {
    this.folderLayersObject = new WeakMap();
    this.noFolderLayersObject = undefined;
  }

  /** Reads kernel configs relative to the process's directory (no workspace folder). */
  private readonly readConfigOutsideFolders = this.configReader(undefined);

  /**
   * Reads kernel configs the user named, relative paths against `base` (the document's folder); in an
   * untrusted workspace only inside the workspace folders.
   */
  private configReader(base: string | undefined) {
    return (file: string) => this.readConfig(path.isAbsolute(file) ? file : path.resolve(base ?? process.cwd(), file));
  }

  private readConfig(resolved: string): { config?: KernelConfig; problem?: string } {
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
  }

  /** Watch one configured file (not its folder: only files the user named are looked at). */
  private watch(file: string): void {
    if (this.watchers.has(file)) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      const w = fsWatch(file, { persistent: false }, () => {
        // editors save in several steps: react once, shortly after the last one
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.configCache.delete(file);
          this.forgetLayers(); // the target resolved from the current layers read the old file
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

  analyzeOptions(uri: string): AnalyzeOptions {
    // Rule severities travel in the layers; resolveTarget merges them with the file's directives.
    const folder = this.folderOf(uri);
    return {
      layers: this.layers(folder),
      readConfig: folder?.readConfig ?? this.readConfigOutsideFolders,
      commonFixes: false,
      layersFixed: true,
    };
  }

  /** Whether a Dockerfile's build context (its directory, real path) may be read: always when trusted, else inside a folder. */
  mayReadContext(dir: string): boolean {
    return this.trusted || this.folders.some((f) => isInside(dir, realOrSelf(f)));
  }

  resolveFor(uri: string | undefined) {
    const folder = this.folderOf(uri);
    return analysis().resolveTarget(this.layers(folder), folder?.readConfig ?? this.readConfigOutsideFolders);
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

/** Same settings value (the settings are small JSON objects from the client). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/** The real path (symlinks resolved), so a link inside the workspace cannot point the untrusted check outside it. */
function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
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
