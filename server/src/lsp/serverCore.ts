/** The protocol side of the server (dist/server-core.js), started by main.ts once the heap is set up. */
import { startServer } from './server';

startServer();
