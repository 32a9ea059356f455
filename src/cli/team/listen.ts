/** `--listen HOST:PORT` and the URL players are told to join. */
import { networkInterfaces } from 'node:os';
import { UsageError } from '../../core/errors.js';

export const DEFAULT_PORT = 7420;

export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(text.trim()) ?? /^()()(\d{1,5})$/.exec(text.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new UsageError(`--listen "${text}" is not HOST:PORT; use e.g. 127.0.0.1:${DEFAULT_PORT}, 0.0.0.0:${DEFAULT_PORT} or :0 for any free port`);
  return { host: m[1] || m[2] || '127.0.0.1', port };
}

/** The address to read out: a LAN address when listening on all interfaces. */
export function publicHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal);
  return lan?.address ?? '127.0.0.1';
}

export const joinLine = (url: string, code: string): string => `drillbit team join ${url} --code ${code}`;
