/**
 * The server loop's named thresholds, in one place. Each says why it is what it is; the numbers
 * behind them (measurements) live in commit messages and the benchmark, not here.
 */
export const SCHEDULING = {
  /** Debounce for huge documents, whose analysis is long enough that analysing every keystroke of a burst wastes it. */
  hugeDebounceMs: 30,
  /**
   * An edit this long after the previous one is not part of a burst: no debounce. People type at
   * most ~30 characters a second; machine-made bursts arrive within a few milliseconds of each other.
   */
  quietMs: 15,
  /** Longest an analysis waits while edits keep arriving. */
  maxDelayMs: 150,
  /** Work per turn of the event loop while a big document's model is built and its shell parsed. */
  prepareSliceMs: 25,
  /** The analysis gives the event loop a turn after a rule when it has run this long without one. */
  analysisSliceMs: 8,
  /** Documents up to this many lines get their first analysis in one slice of up to smallDocFirstSliceMs. */
  smallDocLines: 300,
  smallDocFirstSliceMs: 60,
  /**
   * While edits keep superseding the analysis of a huge document, diagnostics would never be
   * published until typing stops. Once the published ones (or the open document without any) are
   * this old, the analysis in progress is finished (still in slices) and published with its own
   * version; the next run catches up.
   */
  maxDiagnosticsAgeMs: 250,
  /**
   * Hover notes are prepared once the document has been left alone this long after publishing: longer
   * than the pause between two keys of someone typing, so the notes of a version the next key replaces
   * are never made (they cost a third of a whole analysis of the file, and their garbage is collected
   * while the next keys are analysed). A hover before then computes the notes it needs itself. The same
   * for a big document (a client that takes a while to read a big publish looks like a pause too).
   */
  notesIdleMs: 250,
  /** Longest the first analysis waits for the client to answer workspace/configuration. */
  settingsWaitMs: 3_000,
} as const;

export const SIZES = {
  /** Documents with at least this many lines (or `bigMinChars` characters) are prepared and analysed in slices. */
  bigMinLines: 2_000,
  /** Slicing goes by work, not by lines: one huge line is as much work as many short ones. */
  bigMinChars: 100_000,
  /** Documents with more lines get the longer debounce. */
  hugeMinLines: 20_000,
  /** Hover notes are prepared in idle time after publishing up to this size; bigger documents compute them at the first hover. */
  eagerNotesMaxLines: 20_000,
  /** Changes recorded between two model builds; beyond this the next model is built from the text. */
  maxRecordedChanges: 10_000,
  /** Diagnostics published per document; the rest are summarised in one line. */
  maxDiagnostics: 1_000,
  /**
   * Characters of a document that are analysed. Past this (far beyond any real Dockerfile) the
   * lines up to it are analysed and one diagnostic says so: analysis time and memory grow with the
   * text, and a client may send anything.
   */
  maxAnalysedChars: 12 * 1024 * 1024,
} as const;
