/**
 * POST /ijw: a bare iJw message or a StUF-GGk envelope (Di01/Du01/Fo01) in the body.
 *   202 { id, type, status: 'received' }              stored; the worker answers through the outbox
 *   200 { id, type, status, retourcodes, retourberichtId, herlevering: true }
 *                                                       an exact redelivery: the original's result
 *   400 { error, id? }                                  not an iJw message / broken envelope (stored when readable bytes)
 *   413 { error }                                       body over maxBytes
 * Mount `ijwRequestHandler` on any node:http server (returns false for other paths), or start its own.
 */
import { MAX_BERICHT_BYTES } from '../limieten.js';
import http from 'node:http';
import type { Pool } from 'pg';
import { ontvangBody } from './envelop.js';

export interface HttpOpties {
  maxBytes?: number;
  pad?: string;
}

/** A bare iJw message may be as large as the codec allows; an envelope is held to the GGk 25 MB by its guard. */
export const STANDAARD_MAX_BYTES = MAX_BERICHT_BYTES;

class TeGroot extends Error {}

function leesBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const len = Number(req.headers['content-length'] ?? 0);
    if (len > max) return reject(new TeGroot());
    const delen: Buffer[] = [];
    let n = 0;
    req.on('data', (d: Buffer) => {
      n += d.length;
      if (n > max) {
        reject(new TeGroot());
        req.pause();
        return;
      }
      delen.push(d);
    });
    req.on('end', () => resolve(Buffer.concat(delen)));
    req.on('error', reject);
  });
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Handles POST {pad}; returns false when the request is not for it (so a host server can route on). */
export function ijwRequestHandler(pool: Pool, opts: HttpOpties = {}) {
  const pad = opts.pad ?? '/ijw';
  const max = opts.maxBytes ?? STANDAARD_MAX_BYTES;
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const url = (req.url ?? '').split('?')[0];
    if (url !== pad) return false;
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      json(res, 405, { error: 'Alleen POST' });
      return true;
    }
    let body: Buffer;
    try {
      body = await leesBody(req, max);
    } catch (e) {
      if (e instanceof TeGroot) {
        res.setHeader('connection', 'close');
        json(res, 413, { error: `Bericht groter dan ${max} bytes` });
      } else json(res, 400, { error: 'Body niet leesbaar' });
      return true;
    }
    if (body.length === 0) {
      json(res, 400, { error: 'Lege body: verwacht een iJw-bericht of een StUF-GGk-envelop' });
      return true;
    }
    try {
      const r = await ontvangBody(pool, body, 'http', max);
      if (r.soort === 'fout') json(res, 400, { error: `Envelop ongeldig: ${r.fout}`, code: r.code });
      else if (r.soort === 'fo01') json(res, 200, { ontvangen: 'Fo01' });
      else if (r.resultaat.type === 'onbekend') {
        json(res, 400, { error: r.resultaat.kop.fout ?? 'Geen iJw 3.2-bericht', id: r.resultaat.id });
      } else if (r.resultaat.soort === 'nieuw') {
        json(res, 202, { id: r.resultaat.id, type: r.resultaat.type, status: 'received' });
      } else {
        const o = r.resultaat;
        json(res, 200, { id: o.id, type: o.type, status: o.status, retourcodes: o.retourcodes, retourberichtId: o.retourberichtId, herlevering: true });
      }
    } catch (e) {
      json(res, 500, { error: 'Opslaan mislukt' });
    }
    return true;
  };
}

/** Its own server (when not mounted next to Apollo): IJW_HTTP_PORT. */
export function startIjwServer(pool: Pool, port: number, opts: HttpOpties = {}): Promise<http.Server> {
  const handle = ijwRequestHandler(pool, opts);
  const server = http.createServer((req, res) => {
    void handle(req, res).then((ok) => {
      if (!ok) json(res, 404, { error: 'Niet gevonden' });
    });
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}
