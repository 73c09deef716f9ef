// Puts every client event in the shape its handler expects, `(payload, ack)`, whatever the client
// sent: with extra arguments the acknowledgement still comes last, and without a payload it would
// otherwise be taken for one. Either way the client gets its answer (an error, if the payload is bad).
import type { Event } from 'socket.io';

/** Socket.IO socket middleware: rewrites the incoming packet in place. */
export function normalizeEventArguments(packet: Event, next: (error?: Error) => void): void {
  const last = packet.at(-1) as unknown;
  if (typeof last === 'function') {
    if (packet.length === 2) packet.splice(1, 0, undefined);
    else if (packet.length > 3) packet.splice(2, packet.length - 3);
  } else if (packet.length > 2) {
    packet.splice(2);
  }
  next();
}
