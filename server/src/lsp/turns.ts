/**
 * Waiting for a burst of edits to end, counted in turns of the event loop rather than in
 * milliseconds. The JSON-RPC connection hands over one queued message per turn, so while a burst
 * is being delivered every turn brings another edit (which re-arms the wait); a single turn that
 * brings none means the queue is empty and the client is waiting for us. A timer instead (the
 * former 10 ms debounce) also delayed every keystroke typed within that time of the previous
 * one's diagnostics — in a small file, most of them.
 */

/** Turns without a new edit after which a burst is over (2: our callback and the connection's next message alternate within one turn). */
export const BURST_IDLE_TURNS = 2;

/**
 * Calls `fn` after `turns` turns of the event loop. `track` receives the handle of each pending turn
 * (the first is also returned), so the caller can cancel the wait with clearImmediate at any time.
 */
export function afterTurns(turns: number, fn: () => void, track: (handle: NodeJS.Immediate) => void): NodeJS.Immediate {
  const step = (left: number): NodeJS.Immediate =>
    setImmediate(() => {
      if (left > 1) track(step(left - 1));
      else fn();
    });
  return step(Math.max(1, turns));
}
