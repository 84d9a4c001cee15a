/**
 * Where a keystroke's memory goes: the server's path for one edit (LinesDocument change → deriveModel →
 * prepareCommands → the rules → publishedDiagnostics → the JSON of the notification), run in process
 * on a generated bench file, under V8's sampling heap profiler with the objects that garbage
 * collection already freed included. Prints the bytes allocated per keystroke by function and the
 * heap still live after collection with the previous result held and let go (`--expose-gc`).
 * A profiler's numbers, not a test: what a change to the rules or the engine saves shows here first.
 *
 *   node --expose-gc --import tsx bench/keystrokeAllocations.ts [lines=50000] [keystrokes=5] [filter]
 */
import { Session } from 'node:inspector';
import * as a from '../server/src/lsp/analysisApi';
import { LinesDocument } from '../server/src/lsp/linesDocument';
import { publishedDiagnostics } from '../server/src/lsp/toLsp';
import { editSite, generateDockerfile } from './generate.mjs';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const [linesArg = '50000', keysArg = '5', filter = ''] = process.argv.slice(2);
const keystrokes = Number(keysArg);
const { text, meta } = generateDockerfile(Number(linesArg));
const site = editSite(meta, text.split('\n'));
const options: a.AnalyzeOptions = { layers: { settings: { target: 'rhel8' } }, commonFixes: false };
const cache = new a.BlockCache();
const gc = (globalThis as { gc?: () => void }).gc;

/** One analysis as the server runs it for a keystroke, and the notification it would send. */
function analyse(model: a.DockerfileModel): a.AnalysisResult {
  a.prepareCommands(model, Number.POSITIVE_INFINITY);
  const steps = a.analyzeFleetSteps(model, options);
  let step = steps.next();
  while (!step.done) step = steps.next();
  cache.retainLatest();
  const diagnostics = publishedDiagnostics(step.value.findings, 'file:///bench/Dockerfile', '/ext');
  JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { diagnostics } });
  return step.value;
}

function liveMiB(): string {
  gc?.();
  gc?.();
  return gc ? (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1) : '?';
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r as T))));
}

/** Bytes by function; a builtin's (Map iterators, Array push, …) are charged to it under its caller in our code. */
function bySelf(head: ProfileNode): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (n: ProfileNode, caller: string) => {
    const where = n.callFrame.url.replace(/^.*\/(server\/src|node_modules|bench)\//, '$1/');
    const name = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
    const key = n.callFrame.url ? name : `${n.callFrame.functionName} <- ${caller}`;
    out.set(key, (out.get(key) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, n.callFrame.url ? name : caller);
  };
  walk(head, '(root)');
  return out;
}

async function main(): Promise<void> {
  const doc = new LinesDocument('file:///bench/Dockerfile', 'dockerfile', 1, text);
  let model = a.buildModel(text, cache);
  let previous: a.AnalysisResult | undefined = analyse(model);
  void previous.notes; // as after a hover
  const session = new Session();
  session.connect();
  await post(session, 'HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  let column = site.character;
  let latest = previous;
  for (let i = 0; i < keystrokes; i++) {
    const change = { range: { start: { line: site.line, character: column }, end: { line: site.line, character: column } }, text: 'x' };
    column++;
    doc.update([change], i + 2);
    model = a.deriveModel(model, doc, [change], cache) ?? a.buildModel(doc.getText(), cache);
    latest = analyse(model);
  }
  const { profile } = await post<{ profile: { head: ProfileNode } }>(session, 'HeapProfiler.stopSampling');
  const rows = [...bySelf(profile.head)].filter(([k]) => k.includes(filter)).sort((x, y) => y[1] - x[1]);
  const total = rows.reduce((sum, [, v]) => sum + v, 0);
  const perKey = (v: number) => (v / keystrokes / 2 ** 20).toFixed(2);
  console.log(
    `${linesArg} lines, ${latest.findings.length} findings: ${perKey(total)} MiB allocated per keystroke${filter ? ` (${filter})` : ''}`,
  );
  for (const [k, v] of rows.slice(0, 40)) console.log(`${perKey(v).padStart(7)}  ${k}`);
  console.log(`live after collection: previous result held ${liveMiB()} MiB`);
  previous = undefined;
  console.log(`live after collection: previous result let go ${liveMiB()} MiB`);
}

void main();
