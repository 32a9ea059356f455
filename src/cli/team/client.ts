/**
 * The player's connection to the host: validates every frame with the
 * protocol's schema (a host that sends something else is left), cleans
 * every string before it can reach the terminal, and keeps the resume token.
 */
import WebSocket from 'ws';
import { DrillbitError } from '../../core/errors.js';
import { MAX_MESSAGE_BYTES, PROTOCOL_VERSION } from '../../core/team/limits.js';
import { cleanMessage } from '../../core/team/player-view.js';
import { parseHostMessage, type ClientMessage, type HostMessage } from '../../core/team/protocol.js';

export interface PlayerConnection {
  send(message: ClientMessage): void;
  close(): void;
}

export interface ConnectOptions {
  url: string;
  code: string;
  name: string;
  token?: string | undefined;
  onMessage(message: HostMessage): void;
  /** The connection is gone: `reason` says why (the host's bye, or the socket's close). */
  onClose(reason: string, byHost: boolean): void;
}

export function checkUrl(url: string): string {
  if (!/^wss?:\/\/[^\s/]+/.test(url)) throw new DrillbitError(`"${url}" is not a team session address; it looks like ws://HOST:PORT (or wss://), as the host's join line shows`);
  return url;
}

export function connect(o: ConnectOptions): PlayerConnection {
  const ws = new WebSocket(checkUrl(o.url), { maxPayload: 1024 * 1024, handshakeTimeout: 10_000 });
  let bye: string | undefined;
  let closed = false;
  const finish = (reason: string, byHost = false): void => {
    if (closed) return;
    closed = true;
    o.onClose(reason, byHost);
  };
  ws.on('error', (error: Error & { code?: string }) => {
    finish(error.code === 'ECONNREFUSED' ? `nothing is listening at ${o.url}; check the address and that the host is running` : `cannot reach the host at ${o.url} (${error.code ?? error.message})`);
    ws.terminate();
  });
  ws.on('open', () => {
    ws.send(JSON.stringify({ v: PROTOCOL_VERSION, type: 'join', code: o.code, name: o.name, ...(o.token ? { token: o.token } : {}) }));
  });
  ws.on('message', (data) => {
    const text = data.toString();
    const parsed = text.length > MAX_MESSAGE_BYTES * 64 ? { ok: false as const, reason: 'oversized' } : parseHostMessage(text);
    if (!parsed.ok) {
      bye = `the host sent a message this drillbit does not understand (${parsed.reason}); check both run the same version`;
      ws.close(1002);
      return;
    }
    const m = cleanMessage(parsed.message);
    if (m.type === 'bye') bye = m.reason;
    o.onMessage(m);
  });
  ws.on('close', (code, reason) => finish(bye ?? (reason.toString() || `lost the connection to the host (${code})`), bye !== undefined || reason.length > 0));
  return {
    send: (m) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
    },
    close: () => {
      closed = true;
      ws.close(1000);
    },
  };
}
