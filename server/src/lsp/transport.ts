/**
 * The connection to the client. Over stdio (`--stdio`, as Neovim, Helix, Emacs and the bench start
 * the server) each message leaves in one write of header and body: vscode-jsonrpc's stream writer
 * writes the `Content-Length` header and the body as two writes, each a system call that wakes the
 * client, and queues every message behind a turn of the event loop (its write lock resumes through
 * setImmediate): every publish woke the editor twice. IPC (VS Code), sockets and pipes keep the
 * library's own transports.
 *
 * Everything else is as `createConnection` sets stdio up: stdin's end or close ends the process
 * (the library attaches that to an input stream), and console output goes to the client's log
 * instead of corrupting the message stream on stdout.
 */
import { inspect } from 'node:util';
import type { Connection, Message } from 'vscode-languageserver/node';
import { AbstractMessageWriter, createConnection, ProposedFeatures } from './protocol';

/** The transport the command line asks for: the first of the arguments the library reads. */
export function transportArgument(argv: readonly string[]): string | undefined {
  return argv.find((a) => a === '--node-ipc' || a === '--stdio' || /^--(socket|pipe)(=|$)/.test(a));
}

export function createServerConnection(argv: readonly string[] = process.argv.slice(2)): Connection {
  if (transportArgument(argv) !== '--stdio') return createConnection(ProposedFeatures.all);
  // The input as a stream (so the library ends the process with it), the output as a writer: the
  // library's typings pair streams with streams, its run time takes either on each side.
  const writer = new OneWriteMessageWriter(process.stdout) as unknown as NodeJS.WritableStream;
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer);
  routeConsole(connection);
  return connection;
}

/**
 * JSON-RPC over a byte stream, each message (header and UTF-8 body) in one buffer and one write,
 * in the order written (a stream keeps the order of its writes; the library's lock did it for an
 * asynchronous encoder this writer does not have). The body is `JSON.stringify(message)`, the
 * library's default encoding.
 */
export class OneWriteMessageWriter extends AbstractMessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (error: Error) => this.fireError(error));
    stream.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    let frame: Buffer;
    try {
      const body = JSON.stringify(msg);
      const length = Buffer.byteLength(body, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      frame = Buffer.allocUnsafe(header.length + length);
      frame.write(header, 0, 'latin1');
      frame.write(body, header.length, 'utf8');
    } catch (error) {
      this.fireError(error as Error);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.stream.write(frame, (error?: Error | null) => {
        if (error == null) return resolve();
        this.fireError(error, msg, ++this.errorCount);
        reject(error);
      });
    });
  }

  end(): void {
    this.stream.end();
  }
}

/** console.* to the client's log, as the library does for stdio: stdout carries the messages. */
function routeConsole(connection: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  const log = connection.console;
  console.log = console.info = console.debug = (...args: unknown[]) => log.log(text(args));
  console.warn = (...args: unknown[]) => log.warn(text(args));
  console.error = console.trace = (...args: unknown[]) => log.error(text(args));
  console.dir = (arg: unknown) => log.log(inspect(arg));
}
