/**
 * One open document's state: its text (the document store's LinesDocument), the latest model and
 * analysis result, the changes since the model, the analysis in progress and the pending timer.
 *
 * Currency is judged by one predicate, `isCurrent(ticket)`. A ticket is taken when work for a
 * revision starts; revisions are the server's own count of changes, so a client whose versions go
 * backwards (10, 3, 4) gets each text analysed as the newer one it is.
 */
import type { AnalysisResult } from '../analysis/index';
import type { BlockCache, DockerfileModel, ModelBuild, TextChange } from '../analysis/index';
import { analysis } from './analysis';
import { SCHEDULING, SIZES } from './limits';
import type { LinesDocument } from './linesDocument';

/** What a piece of work is for: a revision of the document under one generation of settings. */
export interface Ticket {
  readonly revision: number;
  readonly generation: number;
}

/** The text the analysis reads: the whole document, or its first lines when it is over the size limit. */
export interface AnalysedText {
  text: string;
  /** Lines analysed; less than the document's when the text was cut. */
  lines: number;
  cut: boolean;
}

/**
 * What a released result's model becomes: a model of no text. Frozen and shared, so nothing can grow it.
 */
const RELEASED_MODEL: DockerfileModel = Object.freeze({
  text: '',
  lines: Object.freeze([]),
  escapeChar: '\\',
  eol: '\n',
  directives: Object.freeze([]),
  comments: Object.freeze([]),
  instructions: Object.freeze([]),
}) as DockerfileModel;

/** Results releaseSuperseded emptied: never an answer to a request (AnalysisLoop.analyzedFor skips them). */
const released = new WeakSet<AnalysisResult>();

export class DocumentSession {
  readonly cache: BlockCache;
  /** Bumped by every change the server applies (open: 1). */
  revision = 1;
  closed = false;
  /** The latest model, its revision and the client's version of that text. */
  model?: DockerfileModel;
  modelRevision?: number;
  modelVersion?: number;
  /** The model was built from a prefix of the text (size limit): never derived, always rebuilt. */
  modelCut = false;
  /** Content changes applied after `modelRevision` (or after the start of `building`), in order. */
  changesSince: TextChange[] = [];
  /** A model build spread over turns of the event loop; a request or run joins it. */
  building?: { revision: number; version: number; build: ModelBuild; cut: boolean; promise: Promise<boolean> };
  /** Latest analysis result and its revision/version. */
  result?: AnalysisResult;
  resultRevision?: number;
  /** The settings generation the result was computed under. */
  resultGeneration?: number;
  resultVersion?: number;
  resultCut = false;
  /** The analysis in progress, so requests for the same revision join it. */
  inflight?: { revision: number; generation: number; promise: Promise<AnalysisResult | undefined> };
  timer?: NodeJS.Immediate | NodeJS.Timeout;
  /** When the pending timer was first armed (a burst re-arms it, up to SCHEDULING.maxDelayMs). */
  pendingSince?: number;
  /** When the last change arrived (Date.now()). */
  lastChangeAt?: number;
  /** Last published target label, to notify the client when it changes. */
  targetLabel?: string;
  /** When diagnostics were last published (analysis().monotonicMs()); before that, when the document was opened. */
  publishedAt?: number;
  readonly openedAt = analysis().monotonicMs();
  publishedResult?: AnalysisResult;
  /** A malformed change was logged for this document (logged once). */
  loggedMalformedChange = false;

  constructor(
    readonly uri: string,
    readonly document: LinesDocument,
    private readonly generation: () => number,
  ) {
    this.cache = new (analysis().BlockCache)();
  }

  ticket(revision = this.revision): Ticket {
    return { revision, generation: this.generation() };
  }

  /**
   * Work for this ticket may go on and be committed: the document is open, the settings are those
   * it started with, and it is for the latest revision — or the published diagnostics are overdue,
   * in which case finishing it beats starting over.
   */
  isCurrent(t: Ticket): boolean {
    if (this.closed || t.generation !== this.generation()) return false;
    return t.revision === this.revision || this.diagnosticsOverdue();
  }

  diagnosticsOverdue(): boolean {
    return analysis().monotonicMs() - (this.publishedAt ?? this.openedAt) >= SCHEDULING.maxDiagnosticsAgeMs;
  }

  /** Big documents are prepared and analysed in slices with turns of the event loop between them. */
  get big(): boolean {
    return this.document.lineCount >= SIZES.bigMinLines || this.document.length >= SIZES.bigMinChars;
  }

  /** The latest result answers requests for the current text. */
  get resultIsLatest(): boolean {
    return this.result !== undefined && this.resultRevision === this.revision;
  }

  /** Called before the store applies a notification's (validated) changes. */
  recordChanges(changes: readonly TextChange[]): void {
    this.revision++;
    this.releaseSuperseded();
    if (!this.model && !this.building) return;
    if (this.modelCut || changes.some((c) => !c.range) || this.changesSince.length + changes.length > SIZES.maxRecordedChanges) {
      // The next model is built from the text: a whole-text change, or too many to replay.
      this.dropModel();
      this.building = undefined;
      return;
    }
    for (const c of changes) this.changesSince.push(c);
  }

  /**
   * Once published and superseded by a newer revision, a result's findings, hover notes, model and
   * stages are never read again: requests wait for the current revision's analysis
   * (AnalysisLoop.analyzedFor, which skips a released result) and code actions read the client's
   * diagnostics. Dropped here, they no longer stay alive beside those of the analysis the edit starts
   * (in a huge file the peak memory comes during the first keystrokes). The model is the previous
   * revision's: its text, lines and block list (the blocks themselves are shared with the derived
   * model the session keeps). `notes` is a getter that computes the notes on first read and keeps them
   * and the analysis context (the rules' per-document values, every per-target result of a fleet):
   * an empty value in its place lets all of that go. The result object stays: its revision, target,
   * fleet and identity (publishedResult, the commit guards, the first-slice check) are still read.
   * Publishing reads the model (limitsOf) before it releases. A result not yet published keeps
   * everything: overdue diagnostics publish an older revision's result.
   */
  releaseSuperseded(): void {
    const result = this.result;
    if (result === undefined || result !== this.publishedResult || this.resultRevision === this.revision) return;
    released.add(result);
    result.findings = [];
    result.model = RELEASED_MODEL;
    result.stages = [];
    Object.defineProperty(result, 'notes', { value: [], enumerable: true, configurable: true });
  }

  /** The result was released (releaseSuperseded): it answers no request. */
  isReleased(result: AnalysisResult): boolean {
    return released.has(result);
  }

  setModel(model: DockerfileModel, revision: number, version: number, cut: boolean): void {
    this.model = model;
    this.modelRevision = revision;
    this.modelVersion = version;
    this.modelCut = cut;
    this.changesSince = [];
  }

  /** A finished build becomes the model; the changes recorded since it started stay, to be replayed. */
  adoptBuild(b: NonNullable<DocumentSession['building']>, model: DockerfileModel): void {
    if (this.model && this.modelRevision !== undefined && this.modelRevision >= b.revision) {
      // A newer model was made meanwhile (the document became small enough to build at once): keep it.
      this.building = undefined;
      return;
    }
    const since = this.changesSince;
    this.setModel(model, b.revision, b.version, b.cut);
    this.changesSince = since;
    this.building = undefined;
  }

  dropModel(): void {
    this.model = undefined;
    this.modelRevision = undefined;
    this.modelVersion = undefined;
    this.modelCut = false;
    this.changesSince = [];
  }

  /**
   * Brings the model to the current revision when that is cheap (derived from the previous model
   * and the recorded changes, or a small document built at once). False when a big document needs
   * a build from its text (in slices: see the analysis loop).
   */
  catchUp(): boolean {
    if (this.model && this.modelRevision === this.revision) return true;
    const doc = this.document;
    const { deriveModel, buildModel } = analysis();
    if (this.model && !this.modelCut && this.changesSince.length && doc.length <= SIZES.maxAnalysedChars) {
      const derived = deriveModel(this.model, doc, this.changesSince, this.cache);
      if (derived) {
        this.setModel(derived, this.revision, doc.version, false);
        return true;
      }
    }
    if (this.big) return false;
    this.setModel(buildModel(doc.getText(), this.cache), this.revision, doc.version, false);
    return true;
  }

  /** The text to analyse: all of it, or the lines that fit in SIZES.maxAnalysedChars. */
  analysedText(): AnalysedText {
    const doc = this.document;
    if (doc.length <= SIZES.maxAnalysedChars) return { text: doc.getText(), lines: doc.lineCount, cut: false };
    const lines = doc.contentLines();
    let size = 0;
    let n = 0;
    while (n < lines.length && size + lines[n].length + 1 <= SIZES.maxAnalysedChars) size += lines[n++].length + 1;
    // A single line over the limit: nothing fits, and the analysis sees an empty text.
    return { text: lines.slice(0, n).join('\n'), lines: n, cut: true };
  }

  clearTimer(): void {
    if (!this.timer) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = undefined;
  }
}
