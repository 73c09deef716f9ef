// A TCP proxy between a server process and its database, that a test can cut (every connection through
// it dropped, new ones refused) and restore, to play a database going away and coming back.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { freePort } from './server-process.js';

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones until `restore`. */
  cut(): Promise<void>;
  /** Drops every connection, then accepts new ones but never answers on them, as a lost host would. */
  blackhole(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const port = await freePort();
  const open = new Set<Socket>();
  let server: Server | null = null;
  let silent = false;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((client) => {
        open.add(client);
        if (silent) return; // held open, never answered
        const upstream = connect(target.port, target.host);
        open.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          open.delete(client);
          open.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        server = listening;
        resolve();
      });
    });

  const dropAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };

  const cut = async () => {
    const closing = server;
    server = null;
    dropAll();
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
  };

  const blackhole = async () => {
    silent = true;
    dropAll();
    if (!server) await listen();
  };

  const restore = async () => {
    silent = false;
    dropAll();
    if (!server) await listen();
  };

  await listen();
  return { port, cut, blackhole, restore, close: cut };
}
