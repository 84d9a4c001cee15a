/**
 * LSP wiring only: documents in, analysis results out. Every decision lives in ../analysis.
 * Runs over IPC (VS Code) or stdio (`node dist/server.js --stdio`, any LSP client).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction,
  CodeActionKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { LinesDocument } from './linesDocument';
// The analysis is loaded on first use (analysis.ts): only types are imported from it here.
import type { AnalysisResult } from '../analysis/analyze';
import type { BlockCache, DockerfileModel, TextChange } from '../analysis/document';
import type { Finding, Fix, Severity } from '../analysis/types';
import { analysis, preloadAnalysis } from './analysis';
import { WorkspaceTarget } from './workspaceTarget';
import { afterTurns, BURST_IDLE_TURNS } from './turns';

export const FIX_ALL_KIND = 'source.fixAll.kernel-lens';
/** A document this long waits this many ms after an edit in a burst (smaller ones wait for the burst to end: see turns.ts). */
const BIG_DEBOUNCE_LINES = 20_000;
const BIG_DEBOUNCE_MS = 30;
/**
 * An edit this long after the previous one is not part of a burst: no debounce. People type at
 * most ~30 characters a second (key repeat); machine-made bursts (macros, formatters that send
 * edit by edit, replays) arrive within a few milliseconds of each other.
 */
const QUIET_MS = 15;
/** Longest an analysis waits while edits keep arriving. */
const MAX_ANALYSIS_DELAY_MS = 150;
/** Documents at least this long get their first parse in slices (see prepareInSlices). */
const SLICED_PREPARE_MIN_LINES = 2_000;
const SLICE_MS = 25;
/** The analysis gives the event loop a turn after a rule when it has run this long without one. */
const ANALYSIS_SLICE_MS = 8;
/**
 * The first analysis of a document up to SMALL_DOC_LINES long gets slices of up to SMALL_DOC_SLICE_MS:
 * even JIT-cold it then runs in one turn and its first diagnostics do not wait behind other messages;
 * hostile input (a few enormous lines) still yields after that long. Later analyses: ANALYSIS_SLICE_MS.
 */
const SMALL_DOC_LINES = 300;
const SMALL_DOC_SLICE_MS = 60;
/**
 * While edits keep superseding the analysis of a huge document, diagnostics would never be published
 * until typing stops. Once the published ones are this old, an analysis in progress is finished (still
 * in slices, so requests never wait) and published with its own version; the next run catches up.
 */
const MAX_DIAGNOSTICS_AGE_MS = 250;
/** Hover notes are prepared right after publishing (idle time) for documents up to this size; bigger ones compute them at the first hover. */
const EAGER_NOTES_MAX_LINES = 20_000;
/** Longest the first analysis waits for the client to answer workspace/configuration. */
const SETTINGS_WAIT_MS = 3_000;
/** Changes recorded between two model builds; beyond this the next model is built from scratch. */
const MAX_RECORDED_CHANGES = 10_000;
/** Diagnostics published per document; the rest are summarised in one line. */
const MAX_DIAGNOSTICS = 1_000;

interface DocState {
  /** When the last change of this document arrived (Date.now()). */
  lastChangeAt?: number;
  cache: BlockCache;
  /** Latest analysis, for `version`. */
  result?: AnalysisResult;
  version?: number;
  /**
   * The latest complete model and its version: code actions read it, and the next version's model is
   * derived from it by `updateModel` with the changes recorded since (`changesSince`).
   */
  model?: DockerfileModel;
  modelVersion?: number;
  /** Content changes received after `modelVersion`, in order (cleared when a new model is built). */
  changesSince: TextChange[];
  /** The analysis in progress (sliced), so requests for the same version join it instead of starting another. */
  inflight?: { version: number; generation: number; promise: Promise<AnalysisResult | undefined> };
  timer?: NodeJS.Immediate | NodeJS.Timeout;
  /** When the pending timer was first armed (a burst re-arms it, up to MAX_ANALYSIS_DELAY_MS). */
  pendingSince?: number;
  /** Last published target label, to notify the client when it changes. */
  targetLabel?: string;
  /** When diagnostics were last published for this document (performance.now()). */
  publishedAt?: number;
}

interface DiagnosticData {
  ruleId: string;
  fixes: Fix[];
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  // The document store applies each change (to a line array: see LinesDocument); the changes are also
  // recorded so the model of the new version can be derived from the previous one (updateModel)
  // instead of being rebuilt.
  const documents = new TextDocuments<LinesDocument>({
    create: LinesDocument.create,
    update: (doc, changes, version) => {
      const st = states.get(doc.uri);
      if (st?.model) {
        if (st.changesSince.length + changes.length > MAX_RECORDED_CHANGES) dropModel(st);
        else for (const c of changes) st.changesSince.push('range' in c ? { range: c.range, text: c.text } : { text: c.text });
      }
      doc.update(changes, version);
      return doc;
    },
  });
  const states = new Map<string, DocState>();
  const workspace = new WorkspaceTarget(connection, () => analyzeAll());
  let hasConfigurationCapability = false;
  let extensionRoot = path.resolve(__dirname, '..');
  let markSettingsLoaded: () => void = () => undefined;
  /** Settles when the first settings load ends, or after SETTINGS_WAIT_MS if a client never answers. */
  const settingsLoaded = new Promise<void>((resolve) => {
    markSettingsLoaded = resolve;
    setTimeout(resolve, SETTINGS_WAIT_MS).unref();
  });
  let clientRunsOurCommands = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; trusted?: boolean; extensionPath?: string };
    if (typeof init.extensionPath === 'string') extensionRoot = init.extensionPath;
    // Command-only fixes (target picker, rule docs) exist only in the Kernel Lens VS Code client.
    clientRunsOurCommands = typeof init.extensionPath === 'string';
    const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders.push(params.rootUri);
    workspace.initialize({ folders, trusted: init.trusted !== false, initialSettings: init.settings });
    preloadAnalysis();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll], resolveProvider: false },
      },
      serverInfo: { name: 'kernel-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (hasConfigurationCapability) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kernelLens' }).catch(() => undefined);
    }
    void workspace
      .reload(hasConfigurationCapability)
      .catch(() => undefined)
      .then(() => {
        markSettingsLoaded();
        analyzeAll();
      });
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (!hasConfigurationCapability) workspace.setPushedSettings((change.settings as { kernelLens?: unknown } | undefined)?.kernelLens);
    await workspace.reload(hasConfigurationCapability);
    analyzeAll();
  });

  connection.onDidChangeWatchedFiles(async () => {
    await workspace.reload(hasConfigurationCapability);
    analyzeAll();
  });

  connection.onRequest('kernelLens/presets', () =>
    refuseAfterShutdown() ??
    analysis().hostPresets.map((p) => ({ id: p.id, name: p.name, group: p.group, kernel: p.kernel, os: p.os, windowsBuild: p.windowsBuild, arches: p.arches })),
  );
  connection.onRequest('kernelLens/targetInfo', (params: { uri?: string }) => {
    refuseAfterShutdown();
    const st = params?.uri ? states.get(params.uri) : undefined;
    const target = st?.result?.target ?? workspace.resolveFor(undefined).target;
    return { label: target.label, origin: target.origin, presetId: target.presetId, description: analysis().describeTarget(target), knowledgeDate: analysis().knowledgeDate };
  });
  connection.onRequest('kernelLens/rules', () => refuseAfterShutdown() ?? analysis().allRules().map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, summary: r.summary })));

  /** LSP: after `shutdown`, requests fail with InvalidRequest and nothing more is analysed. */
  let shutDown = false;
  function refuseAfterShutdown(): undefined {
    if (shutDown) throw new ResponseError(ErrorCodes.InvalidRequest, 'Kernel Lens: the server is shutting down (shutdown was received)');
    return undefined;
  }

  function schedule(uri: string): void {
    if (shutDown) return;
    const st = stateOf(uri);
    const now = Date.now();
    if (st.timer) {
      // Already pending for a while (edits keep coming): let it fire; it analyses the latest version.
      if (st.pendingSince !== undefined && now - st.pendingSince > MAX_ANALYSIS_DELAY_MS) return;
      clearTimeout(st.timer as NodeJS.Timeout), clearImmediate(st.timer as NodeJS.Immediate);
    } else {
      st.pendingSince = now;
    }
    // Not just one turn of the event loop: the JSON-RPC layer hands over one message per turn, so a
    // burst of edits would otherwise be analysed (and published) once per edit. Within a burst the
    // analysis waits until a few turns bring no new edit (turns.ts); a huge document, a short time.
    const doc = documents.get(uri);
    const big = doc ? doc.lineCount > BIG_DEBOUNCE_LINES : false;
    // A lone keystroke after a quiet spell is analysed at once (one turn of the event loop); only
    // while edits keep arriving does the debounce apply.
    const quiet = st.lastChangeAt === undefined || now - st.lastChangeAt > QUIET_MS;
    st.lastChangeAt = now;
    if (quiet && !big) st.timer = setImmediate(() => void run(uri));
    else if (big) st.timer = setTimeout(() => void run(uri), BIG_DEBOUNCE_MS);
    else st.timer = afterTurns(BURST_IDLE_TURNS, () => void run(uri), (h) => (st.timer = h));
  }

  function stateOf(uri: string): DocState {
    let st = states.get(uri);
    if (!st) {
      st = { cache: new (analysis().BlockCache)(), changesSince: [] };
      states.set(uri, st);
    }
    return st;
  }

  /** Bumped when settings or the target change: an analysis started before is not committed. */
  let generation = 0;

  function setModel(st: DocState, model: DockerfileModel, version: number): void {
    st.model = model;
    st.modelVersion = version;
    st.changesSince = [];
  }

  function dropModel(st: DocState): void {
    st.model = undefined;
    st.modelVersion = undefined;
    st.changesSince = [];
  }

  /** The model of the document's current version, built through the block cache (cheap after the first time). */
  function modelOf(uri: string): DockerfileModel | undefined {
    const doc = documents.get(uri);
    const st = states.get(uri);
    if (!doc || !st) return undefined;
    if (st.result && st.version === doc.version) return st.result.model;
    if (st.model && st.modelVersion === doc.version) return st.model;
    // From the store's lines (no join of the whole text per keystroke); a first build reads the text.
    const { updateModel, buildModel } = analysis();
    const model = st.model ? updateModel(st.model, doc, st.changesSince, st.cache) : buildModel(doc.getText(), st.cache);
    setModel(st, model, doc.version);
    return model;
  }

  /**
   * Analyse the document's current version (at once when already done; joins an analysis of the same
   * version in progress). The analysis runs rule by rule and gives the event loop a turn whenever a
   * slice has run ANALYSIS_SLICE_MS (after every rule in a big document), so requests and edits are
   * served in between; when the document
   * changes (or the settings do) meanwhile, it is dropped and resolves undefined.
   */
  function analyzeCurrent(uri: string): Promise<AnalysisResult | undefined> {
    const doc = documents.get(uri);
    const st = states.get(uri);
    if (!doc || !st) return Promise.resolve(undefined);
    if (st.result && st.version === doc.version) return Promise.resolve(st.result);
    if (st.inflight && st.inflight.version === doc.version && st.inflight.generation === generation) return st.inflight.promise;
    const version = doc.version;
    const started = generation;
    /** Closed, new settings, or superseded by a newer version — unless the published diagnostics are overdue. */
    const stale = () =>
      states.get(uri) !== st || generation !== started || !documents.get(uri) || (documents.get(uri)?.version !== version && !diagnosticsOverdue(st));
    const promise = (async (): Promise<AnalysisResult | undefined> => {
      try {
        const big = doc.lineCount >= SLICED_PREPARE_MIN_LINES;
        const turn = async (): Promise<boolean> => {
          await nextTurn();
          return !stale();
        };
        // The model of this very version (cheap when prepareInSlices has just built it); then, for a
        // big document, a turn for requests before the rules start.
        const model = modelOf(uri)!;
        if (big && !(await turn())) return undefined;
        let sliceStart = performance.now();
        const sliceMs = st.result === undefined && doc.lineCount <= SMALL_DOC_LINES ? SMALL_DOC_SLICE_MS : ANALYSIS_SLICE_MS;
        const steps = analysis().analyzeSteps(model, workspace.analyzeOptions(uri));
        for (;;) {
          const step = steps.next();
          if (step.done) {
            if (stale()) return undefined;
            // A finished analysis of an older version must not replace a newer one's result.
            if (st.result && st.version !== undefined && st.version > version) return undefined;
            st.result = step.value;
            st.version = version;
            st.cache.retainLatest();
            return step.value;
          }
          // A big document yields after every rule: a rule alone can take 10-20 ms there, and two in one
          // slice would keep a request waiting that long twice over.
          if (big || performance.now() - sliceStart >= sliceMs) {
            if (!(await turn())) return undefined; // superseded: dropped, the newer version has its own run
            sliceStart = performance.now();
          }
        }
      } catch (e) {
        connection.console.error(`Kernel Lens: analysis failed for ${uri}: ${(e as Error)?.stack ?? e}`);
        return undefined;
      } finally {
        if (st.inflight?.version === version && st.inflight.generation === started) st.inflight = undefined;
      }
    })();
    st.inflight = { version, generation: started, promise };
    return promise;
  }

  /**
   * The expensive first parse of a big document (dockerfile-ast per block, then the shell of every
   * RUN) is spread over turns of the event loop in slices of SLICE_MS, so edits and requests are
   * served in between; when a newer version arrives the slice loop stops (what it parsed stays in the
   * content-keyed caches and is reused by the newer version).
   */
  async function prepareInSlices(uri: string, version: number): Promise<boolean> {
    const st = states.get(uri);
    const doc = documents.get(uri);
    if (!st || !doc || doc.lineCount < SLICED_PREPARE_MIN_LINES) return true;
    const superseded = () => documents.get(uri)?.version !== version || states.get(uri) !== st;
    if (st.model) {
      // Derived from the previous version's model: only the instructions the edits touched are new.
      const model = modelOf(uri)!;
      while (!analysis().prepareCommands(model, performance.now() + SLICE_MS)) {
        await nextTurn();
        if (superseded()) return false;
      }
      return true;
    }
    const text = doc.getText();
    // Each pass re-scans the whole text before it parses anything (10 MB: ~300 ms). The first pass
    // measures that overhead; later passes get it plus a parse budget at least as large, else a
    // big document never gets past the scan and is never analysed (livelock found by the tests).
    let overhead: number | undefined;
    try {
      for (;;) {
        const start = performance.now();
        const budget = overhead === undefined ? SLICE_MS : Math.max(SLICE_MS, overhead);
        st.cache.deadline = start + (overhead ?? 0) + budget;
        st.cache.deferred = false;
        const model = analysis().buildModel(text, st.cache);
        st.cache.deadline = undefined;
        const done = !st.cache.deferred && analysis().prepareCommands(model, performance.now() + budget);
        overhead ??= performance.now() - start;
        if (done) {
          // Complete (nothing deferred): the analysis of this version starts from this model, and
          // later versions are derived from it.
          setModel(st, model, version);
          return true;
        }
        await nextTurn();
        if (superseded()) return false;
      }
    } finally {
      st.cache.deadline = undefined;
      st.cache.deferred = false;
    }
  }

  async function run(uri: string): Promise<void> {
    // The first diagnostics wait for the settings (a document opened with `initialized` would
    // otherwise be checked against the default target first, and settings problems shown after).
    await settingsLoaded;
    const st = states.get(uri);
    if (!st) return;
    st.timer = undefined;
    st.pendingSince = undefined;
    const doc = documents.get(uri);
    if (!doc) return;
    // One analysis per document at a time: an older one still running either stops at its next
    // slice (superseded) or finishes and publishes (diagnostics overdue); then this one starts.
    const older = st.inflight;
    if (older && older.version !== doc.version) {
      await older.promise;
      await nextTurn(); // it ended a slice of its own: requests first
    }
    if (documents.get(uri)?.version !== doc.version || states.get(uri) !== st) return;
    if (!(await prepareInSlices(uri, doc.version))) return;
    if (documents.get(uri)?.version !== doc.version) return;
    const result = await analyzeCurrent(uri);
    // Undefined: a newer version (or new settings) arrived meanwhile and has its own run scheduled.
    // A result for an older version is published only when the last diagnostics are too old.
    const publishable = () => st.result === result && states.get(uri) === st && (documents.get(uri)?.version === st.version || diagnosticsOverdue(st));
    if (!result || !publishable()) return;
    if (doc.lineCount >= SLICED_PREPARE_MIN_LINES) {
      // Converting and sending a big result is a slice of its own: requests first.
      await nextTurn();
      if (!publishable()) return;
    }
    st.publishedAt = performance.now();
    // Settings problems first, so a client that reacts to the diagnostics has already seen them.
    workspace.reportProblems(result.targetProblems);
    void connection.sendDiagnostics({ uri, version: st.version, diagnostics: publishedDiagnostics(result.findings, uri) });
    if (st.targetLabel !== result.target.label) {
      st.targetLabel = result.target.label;
      void connection.sendNotification('kernelLens/targetChanged', {
        uri,
        label: result.target.label,
        origin: result.target.origin,
        description: analysis().describeTarget(result.target),
      });
    }
    // Hover notes in idle time, so the first hover after an edit is served from them at once.
    if (doc.lineCount <= EAGER_NOTES_MAX_LINES) {
      setImmediate(() => {
        if (st.result === result && !st.timer) void result.notes;
      });
    }
  }

  function diagnosticsOverdue(st: DocState): boolean {
    return st.publishedAt !== undefined && performance.now() - st.publishedAt >= MAX_DIAGNOSTICS_AGE_MS;
  }

  function analyzeAll(): void {
    generation++;
    for (const st of states.values()) {
      st.result = undefined;
      st.targetLabel = undefined;
    }
    for (const doc of documents.all()) schedule(doc.uri);
  }

  /** At most MAX_DIAGNOSTICS per document (a generated file can have hundreds of thousands), plus one line saying how many more. */
  function publishedDiagnostics(findings: readonly Finding[], uri: string): Diagnostic[] {
    if (findings.length <= MAX_DIAGNOSTICS) return findings.map((f) => toDiagnostic(f, uri));
    const shown = findings.slice(0, MAX_DIAGNOSTICS).map((f) => toDiagnostic(f, uri));
    shown.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'kernel-lens',
      message: `${findings.length - MAX_DIAGNOSTICS} more Kernel Lens findings in this file are not shown (at most ${MAX_DIAGNOSTICS} per file); \`kernel-lens check\` lists them all.`,
    });
    return shown;
  }

  function toDiagnostic(f: Finding, uri: string): Diagnostic {
    const data: DiagnosticData = { ruleId: f.ruleId, fixes: f.fixes };
    return {
      range: f.range,
      severity: severityOf(f.severity),
      source: 'kernel-lens',
      code: f.ruleId,
      codeDescription: { href: ruleDocsUri(f.ruleId) },
      message: f.message,
      relatedInformation: f.related
        ?.filter((r) => r.range)
        .map((r) => ({ location: { uri, range: r.range! }, message: r.message })),
      data,
    };
  }
  const docsUris = new Map<string, string>();
  function ruleDocsUri(id: string): string {
    let uri = docsUris.get(id);
    if (uri === undefined) docsUris.set(id, (uri = pathToFileURL(path.join(extensionRoot, 'docs', 'rules', `${id}.md`)).toString()));
    return uri;
  }

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const st = states.get(e.document.uri);
    if (st?.timer) clearTimeout(st.timer as NodeJS.Timeout), clearImmediate(st.timer as NodeJS.Immediate);
    states.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  /**
   * Requests that need a fresh analysis first yield to the event loop, so a `$/cancelRequest` (or a
   * newer edit) that is already queued is seen before the work starts.
   */
  async function analyzedFor(uri: string, token: CancellationToken): Promise<AnalysisResult | undefined> {
    const doc = documents.get(uri);
    const st = states.get(uri);
    if (!doc || !st) return undefined;
    if (st.result && st.version === doc.version) return st.result;
    await nextTurn();
    for (;;) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const asked = { version: documents.get(uri)?.version, generation };
      const result = await analyzeCurrent(uri);
      if (result) return result;
      // Dropped because the document or the settings changed meanwhile: answer for the newer state.
      // Otherwise the analysis failed (logged): no answer rather than a retry loop.
      if (asked.version === undefined || (documents.get(uri)?.version === asked.version && generation === asked.generation)) return undefined;
    }
  }

  connection.onHover(async (params, token) => {
    refuseAfterShutdown();
    const result = await analyzedFor(params.textDocument.uri, token);
    if (!result) return null;
    const h = analysis().hoverAt(result, params.position);
    return h ? { contents: { kind: 'markdown', value: h.markdown }, range: h.range } : null;
  });

  connection.onCodeAction(async (params: CodeActionParams, token) => {
    refuseAfterShutdown();
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return [];
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.SourceFixAll || k === CodeActionKind.Source);
    const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix);
    const actions: CodeAction[] = [];
    if (wantsQuickFix) {
      // Rule fixes travel in Diagnostic.data; the fixes every finding offers are added here, from the
      // current document (see AnalyzeOptions.commonFixes).
      // Only the current model is needed (not a fresh analysis): cheap, so typing never waits on it.
      const model = params.context.diagnostics.some((d) => d.source === 'kernel-lens') ? modelOf(uri) : undefined;
      const ignoreLine = model ? analysis().findFileIgnoreLine(model) : -1;
      for (const d of params.context.diagnostics) {
        const data = d.data as DiagnosticData | undefined;
        if (d.source !== 'kernel-lens' || !data || !Array.isArray(data.fixes)) continue;
        const common = model ? analysis().commonFixes(model, { ruleId: data.ruleId, range: d.range, severity: 'info', message: '', fixes: [] }, ignoreLine) : [];
        for (const fix of [...data.fixes, ...common]) {
          if (fix.command && fix.edits.length === 0 && !clientRunsOurCommands) continue;
          actions.push(toCodeAction(uri, fix, d));
        }
      }
    }
    if (wantsFixAll) {
      const result = await analyzedFor(uri, token);
      const edits = result ? analysis().fixAllEdits(result.findings) : [];
      if (edits.length) {
        actions.push({ title: 'Kernel Lens: fix all safe problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
      }
    }
    return actions;
  });

  function toCodeAction(uri: string, fix: Fix, diagnostic: Diagnostic): CodeAction {
    const action: CodeAction = { title: fix.title, kind: fix.kind, diagnostics: [diagnostic], isPreferred: fix.isPreferred || fix.safe || undefined };
    if (fix.edits.length) action.edit = { changes: { [uri]: fix.edits } };
    if (fix.command) action.command = fix.command;
    return action;
  }

  documents.listen(connection);
  connection.onShutdown(() => {
    shutDown = true;
    workspace.dispose();
    for (const st of states.values()) if (st.timer) clearTimeout(st.timer as NodeJS.Timeout), clearImmediate(st.timer as NodeJS.Immediate);
  });
  connection.listen();
  return connection;
}

/** One turn of the event loop: queued messages (edits, requests, cancellations) are handled first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function severityOf(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}
