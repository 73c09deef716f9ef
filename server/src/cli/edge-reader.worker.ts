// The second reader of a large round for `match solve`: the edges from a given byte to the end, read
// from the same shared bytes while the main thread reads those before (see parseRoundSplit).
import { parentPort } from 'node:worker_threads';
import { parseEdgeTail } from './solver-input-parser.js';

const port = parentPort!;
port.once('message', ({ bytes, from }: { bytes: Uint8Array; from: number }) => {
  const slice = parseEdgeTail(bytes, from);
  // slice() made fresh ArrayBuffers of its own: hand them over rather than copy them.
  const buffers = slice ? [slice.edgeLeft.buffer, slice.edgeRight.buffer, slice.edgeScore.buffer] : [];
  port.postMessage(slice, buffers as ArrayBuffer[]);
});
