/**
 * The server's main loop for analyses: scheduling after edits, building a big document's model and
 * parsing its shell in slices (bounded work per turn of the event loop), running the rules step by
 * step, dropping superseded work, and publishing. Requests join the analysis of the current text.
 *
 * Invariants: every turn does bounded work (a slice), so requests are answered between slices; a
 * model build in progress is continued, never restarted, by whoever needs it (the changes that
 * arrive meanwhile are recorded and replayed on the built model); work whose ticket is no longer
 * current (see DocumentSession.isCurrent) stops at its next slice.
 */
import { afterTurns, BURST_IDLE_TURNS } from './turns';
import { join as pathJoin, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Connection } from 'vscode-languageserver/node';
import { DidChangeWatchedFilesNotification, ErrorCodes, LSPErrorCodes, ResponseError } from './protocol';
import type { AnalysisResult } from '../analysis/index';
import type { DockerfileModel } from '../analysis/index';
import { analysis } from './analysis';
import { SCHEDULING, SIZES } from './limits';
import type { DocumentSession, Ticket } from './session';
import { publishedDiagnostics, type AnalysisLimits } from './toLsp';
import { writeCodeCachesNow } from '../runtime/codeCache';
import { releaseOptimizingCompiler } from './optimizingCompiler';
import { capYoungGeneration, releaseYoungGeneration } from './youngGeneration';
import { ContextFileReader } from './contextFiles';
import type { WorkspaceTarget } from './workspaceTarget';

export class AnalysisLoop {
  /** Bumped when settings or the target change: work started before is not committed. */
  generation = 0;
  shutDown = false;
  /** A big document was scheduled: what small documents hold (V8 flags, lsp/youngGeneration.ts, optimizingCompiler.ts) is released. */
  private bigReleased = false;
  private markSettingsLoaded: () => void = () => undefined;
  /** Settles when the first settings load ends, or after SCHEDULING.settingsWaitMs if a client never answers. */
  readonly settingsLoaded = new Promise<void>((resolve) => {
    this.markSettingsLoaded = resolve;
    setTimeout(resolve, SCHEDULING.settingsWaitMs).unref();
  });

  constructor(
    private readonly connection: Connection,
    private readonly workspace: WorkspaceTarget,
    private readonly sessions: () => Iterable<DocumentSession>,
    private readonly extensionRoot: () => string,
    private readonly watchesFiles: () => 'relative' | 'glob' | false = () => false,
  ) {}

  /**
   * Start scripts beside the Dockerfile (its build context), read for the analysis. Each one read is
   * watched where the client takes watchers at run time: its change on disk re-analyses (lifecycle.ts).
   */
  private readonly contextFiles = new ContextFileReader(
    (dir) => this.workspace.mayReadContext(dir),
    (dir, rel) => this.watchContextFile(dir, rel),
  );

  private watchContextFile(dir: string, rel: string): void {
    const mode = this.watchesFiles();
    const file = pathJoin(dir, ...rel.split('/'));
    if (!mode || (mode === 'glob' && /[*?[\]{}]/.test(file))) return;
    // A listed folder (a supervisor's service folder, ending in `/`): its entries, so one added or removed re-analyses.
    const entries = rel.endsWith('/') ? '*' : '';
    const globPattern =
      mode === 'relative'
        ? { baseUri: pathToFileURL(dir).toString(), pattern: rel + entries }
        : file.split(sep).join('/').replace(/\/+$/, '') + (entries && `/${entries}`);
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] }).catch(() => undefined);
  }

  /** Whether an open document has not had its first diagnostics yet (the warm-up's hovers wait for them). */
  firstDiagnosticsPending(): boolean {
    for (const s of this.sessions()) if (!s.closed && s.publishedResult === undefined) return true;
    return false;
  }

  settingsReady(): void {
    this.markSettingsLoaded();
  }

  /** New settings or target: every open document is analysed again. */
  analyzeAll(): void {
    this.generation++;
    for (const s of this.sessions()) {
      s.result = undefined;
      s.targetLabel = undefined;
      this.schedule(s);
    }
  }

  /** Arms the analysis of a session after an open or change (debounced only inside bursts). */
  schedule(s: DocumentSession): void {
    if (this.shutDown || s.closed) return;
    if (s.big && !this.bigReleased) {
      // Once: the releases are one-way (held → released for the rest of the process), and this runs per keystroke.
      this.bigReleased = true;
      // The releases change V8 flags: a code cache written after them would not match the next start's.
      writeCodeCachesNow();
      releaseYoungGeneration();
      releaseOptimizingCompiler();
    }
    const now = Date.now();
    if (s.timer) {
      // Already pending for a while (edits keep coming): let it fire; it analyses the latest text.
      if (s.pendingSince !== undefined && now - s.pendingSince > SCHEDULING.maxDelayMs) return;
      s.clearTimer();
    } else {
      s.pendingSince = now;
    }
    // A lone keystroke after a quiet spell is analysed at once (one turn of the event loop); only
    // while edits keep arriving does the debounce apply: the JSON-RPC layer hands over one message
    // per turn, so a burst would otherwise be analysed once per edit.
    const huge = s.document.lineCount > SIZES.hugeMinLines;
    // A document just opened has had no edit yet: its first analysis starts at once, also when huge.
    const opened = s.lastChangeAt === undefined;
    const quiet = opened || now - s.lastChangeAt! > SCHEDULING.quietMs;
    s.lastChangeAt = now;
    const run = () => void this.run(s);
    // Within a burst a small document waits until a few turns bring no new edit (turns.ts), not a
    // fixed time: a timer also delayed ordinary typing whose keys follow the previous diagnostics.
    if (quiet && (!huge || opened)) s.timer = setImmediate(run);
    else if (huge) s.timer = setTimeout(run, SCHEDULING.hugeDebounceMs);
    else s.timer = afterTurns(BURST_IDLE_TURNS, run, (h) => (s.timer = h));
  }

  private async run(s: DocumentSession): Promise<void> {
    // The first diagnostics wait for the settings (else a document opened with `initialized` would be
    // checked against the default target first, and settings problems shown after).
    // The timer that called this has fired: forget it now, before waiting, so a schedule() made
    // meanwhile (a settings load re-analysing everything) arms a run of its own instead of trusting it.
    s.timer = undefined;
    s.pendingSince = undefined;
    await this.settingsLoaded;
    if (s.closed || this.shutDown) return;
    // One analysis per document at a time: an older one either stops at its next slice or finishes
    // and publishes (diagnostics overdue); then this one starts.
    const older = s.inflight;
    if (older && older.revision !== s.revision) {
      await older.promise;
      await nextTurn();
    }
    if (s.closed) return;
    const started = s.ticket();
    const result = await this.analyzeCurrent(s);
    if (!result) {
      // Dropped because the text or the settings changed meanwhile: the newer state must get a run of
      // its own. (A failed analysis keeps its ticket and is not retried: no loop.)
      const superseded = s.revision !== started.revision || this.generation !== started.generation;
      if (superseded && !s.closed && !this.shutDown && !s.timer) this.schedule(s);
      return;
    }
    await this.publishLatest(s);
  }

  /**
   * Publishes the latest committed result unless it already was. Not only the result this run
   * waited for: a request (a hover during the first analysis) may have committed one, and no run
   * of its own would publish it — the document would then show no diagnostics at all.
   */
  private async publishLatest(s: DocumentSession): Promise<void> {
    if (!s.result || s.publishedResult === s.result) return;
    if (s.big) {
      // Converting and sending a big result is a slice of its own: requests first.
      await nextTurn();
      if (!s.result || s.publishedResult === s.result) return;
      if (!s.isCurrent({ revision: s.resultRevision!, generation: s.resultGeneration! })) return;
    }
    this.publish(s, s.result);
  }

  private publish(s: DocumentSession, result: AnalysisResult): void {
    s.publishedAt = analysis().monotonicMs();
    s.publishedResult = result;
    // Settings problems first, so a client that reacts to the diagnostics has already seen them.
    this.workspace.reportProblems(result.targetProblems);
    const diagnostics = publishedDiagnostics(result.findings, s.uri, this.extensionRoot(), this.limitsOf(s, result));
    void this.connection.sendDiagnostics({ uri: s.uri, version: s.resultVersion, diagnostics });
    s.releaseSuperseded(); // overdue diagnostics of an older revision: published, never read again
    if (s.targetLabel !== result.target.label) {
      s.targetLabel = result.target.label;
      const { label, origin } = result.target;
      void this.connection.sendNotification('kernelLens/targetChanged', {
        uri: s.uri,
        label,
        origin,
        description: analysis().describeTarget(result.target),
      });
    }
    // Hover notes in idle time, so the first hover after an edit is served from them at once. Idle
    // means no edit for a moment, not the next turn: a key typed right after these diagnostics would
    // otherwise wait for notes of a version it has just replaced (at 10,000 lines they cost as much as
    // the analysis of the keystroke).
    if (s.document.lineCount <= SIZES.eagerNotesMaxLines) {
      setTimeout(() => {
        if (s.result === result && s.resultIsLatest && !s.timer && !s.closed) void result.notes;
      }, SCHEDULING.notesIdleMs).unref();
    }
  }

  private limitsOf(s: DocumentSession, result: AnalysisResult): AnalysisLimits {
    const limits: AnalysisLimits = {};
    if (s.resultCut)
      limits.cut = { analysedLines: result.model.lines.length, totalLines: s.document.lineCount, limitChars: SIZES.maxAnalysedChars };
    const { oversizedShellInstructions, MAX_SHELL_INSTRUCTION_CHARS } = analysis();
    const lines = oversizedShellInstructions(result.model);
    if (lines.length) limits.oversized = { lines, limitChars: MAX_SHELL_INSTRUCTION_CHARS };
    return limits;
  }

  /**
   * The analysis of the current text (at once when done; joins one in progress for the same
   * revision). Runs in slices; resolves undefined when its work stopped being current.
   */
  analyzeCurrent(s: DocumentSession): Promise<AnalysisResult | undefined> {
    if (s.closed) return Promise.resolve(undefined);
    if (s.resultIsLatest) return Promise.resolve(s.result);
    const inflight = s.inflight;
    if (inflight && inflight.revision === s.revision && inflight.generation === this.generation) return inflight.promise;
    const entry = { revision: s.revision, generation: this.generation, promise: Promise.resolve<AnalysisResult | undefined>(undefined) };
    entry.promise = this.analyze(s, entry.generation).finally(() => {
      if (s.inflight === entry) s.inflight = undefined;
    });
    s.inflight = entry;
    return entry.promise;
  }

  /**
   * `generation`: the settings generation the analysis was started under. Its ticket keeps it, so
   * work begun before a settings change is dropped even when it finishes after that change.
   */
  private async analyze(s: DocumentSession, generation: number): Promise<AnalysisResult | undefined> {
    try {
      const prepared = await this.prepare(s, generation);
      if (!prepared) return undefined;
      const { model, ticket, version, cut } = prepared;
      if (s.big && !(await turnFor(s, ticket))) return undefined;
      const options = this.workspace.analyzeOptions(s.uri);
      // The paths walk every command: in a big document each of their steps is a slice of its own.
      const paths = analysis().contextPathSteps(model);
      let asked = paths.next();
      for (; !asked.done; asked = paths.next()) if (s.big && !(await turnFor(s, ticket))) return undefined;
      if (asked.value.length > 0) {
        options.contextFiles = this.contextFiles.filesFor(s.uri, (files) => analysis().contextPathsOf(model, files));
        if (s.big && !(await turnFor(s, ticket))) return undefined;
      }
      const steps = analysis().analyzeFleetSteps(model, options);
      // The first analysis of a small document runs in one turn (even JIT-cold), so its first
      // diagnostics do not wait behind other messages; hostile input still yields after that long.
      const sliceMs =
        s.result === undefined && s.document.lineCount <= SCHEDULING.smallDocLines
          ? SCHEDULING.smallDocFirstSliceMs
          : SCHEDULING.analysisSliceMs;
      let sliceStart = analysis().monotonicMs();
      for (;;) {
        const step = steps.next();
        if (step.done) return this.commit(s, ticket, version, cut, step.value);
        // A big document yields after every rule: a rule alone can take 10-20 ms there.
        if (s.big || analysis().monotonicMs() - sliceStart >= sliceMs) {
          if (!(await turnFor(s, ticket))) return undefined;
          sliceStart = analysis().monotonicMs();
        }
      }
    } catch (e) {
      this.connection.console.error(`Kernel Lens: analysis failed for ${s.uri}: ${(e as Error)?.stack ?? e}`);
      return undefined;
    }
  }

  private commit(s: DocumentSession, ticket: Ticket, version: number, cut: boolean, result: AnalysisResult): AnalysisResult | undefined {
    if (!s.isCurrent(ticket)) return undefined;
    // A finished analysis of an older revision must not replace a newer one's result.
    if (s.result && s.resultRevision !== undefined && s.resultRevision > ticket.revision) return undefined;
    // Nor a second analysis of the same revision and settings the first one's (which may be published
    // already): one result per ticket, so "published" stays true of it.
    if (s.result && s.resultRevision === ticket.revision && s.resultGeneration === ticket.generation) return s.result;
    s.result = result;
    s.resultRevision = ticket.revision;
    s.resultGeneration = ticket.generation;
    s.resultVersion = version;
    s.resultCut = cut;
    s.cache.retainLatest();
    // A big document's COPY/ADD/ENV/LABEL parse objects are not held between keystrokes (document.ts releaseAsts).
    if (s.big) analysis().releaseAsts(result.model);
    return result;
  }

  /**
   * The model to analyse, with its shell commands parsed: the current revision's when it can be
   * derived cheaply, else a build from the text in slices (continued, not restarted, by later
   * calls), then caught up with the changes made during the build when that is cheap.
   */
  private async prepare(
    s: DocumentSession,
    generation: number,
  ): Promise<{ model: DockerfileModel; ticket: Ticket; version: number; cut: boolean } | undefined> {
    while (!s.catchUp()) {
      if (!(await this.buildInSlices(s))) return undefined;
      // Built for the revision it started at; if the changes since cannot be replayed, build again,
      // unless the diagnostics are overdue: then the built model is analysed and published first.
      if (s.diagnosticsOverdue()) break;
    }
    const model = s.model!;
    const ticket: Ticket = { revision: s.modelRevision!, generation };
    if (!s.isCurrent(ticket)) return undefined;
    const prepared = { model, ticket, version: s.modelVersion!, cut: s.modelCut };
    if (!s.big) return prepared;
    while (!analysis().prepareCommands(model, analysis().monotonicMs() + SCHEDULING.prepareSliceMs)) {
      if (!(await turnFor(s, ticket))) return undefined; // what was parsed stays memoised for the next run
    }
    return prepared;
  }

  /** Builds the model from the text in slices; the build is shared by every caller until it ends. */
  private buildInSlices(s: DocumentSession): Promise<boolean> {
    if (s.building) return s.building.promise;
    s.dropModel();
    const text = s.analysedText();
    const b = {
      revision: s.revision,
      version: s.document.version,
      build: new (analysis().ModelBuild)(text.text, s.cache),
      cut: text.cut,
      promise: Promise.resolve(false),
    };
    s.building = b;
    b.promise = (async () => {
      for (;;) {
        const model = b.build.advance(analysis().monotonicMs() + SCHEDULING.prepareSliceMs);
        if (s.building !== b || s.closed) return false; // dropped by a whole-text change, or closed
        if (model) {
          s.adoptBuild(b, model);
          return true;
        }
        await nextTurn();
      }
    })();
    return b.promise;
  }

  /**
   * For a request: the analysis of the current text, after one turn of the event loop so that a
   * `$/cancelRequest` or a newer edit already queued is seen first.
   */
  async analyzedFor(s: DocumentSession, token: CancellationToken): Promise<AnalysisResult | undefined> {
    if (s.resultIsLatest) return s.result;
    await nextTurn();
    for (;;) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (this.shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'Kernel Lens: the server is shutting down');
      const asked = s.ticket();
      const result = await this.analyzeCurrent(s);
      // A result of an older revision (overdue diagnostics) may have been published and released
      // before this continuation ran: its model and findings are gone, so answer for the newer text.
      if (result && s.isReleased(result)) continue;
      if (result) return result;
      // Dropped because the text or the settings changed meanwhile: answer for the newer state.
      // Otherwise the analysis failed (logged): no answer rather than a retry loop.
      if (s.closed || (s.revision === asked.revision && this.generation === asked.generation)) return undefined;
    }
  }

  dispose(): void {
    this.shutDown = true;
    for (const s of this.sessions()) s.clearTimer();
  }
}

/** One turn of the event loop: queued messages (edits, requests, cancellations) are handled first. */
function nextTurn(): Promise<void> {
  // Between two slices of a big document's work: the young generation's growth is checked here.
  capYoungGeneration();
  return new Promise((resolve) => setImmediate(resolve));
}

/** A turn of the event loop; then whether the ticket's work may go on. */
async function turnFor(s: DocumentSession, ticket: Ticket): Promise<boolean> {
  await nextTurn();
  return s.isCurrent(ticket);
}
