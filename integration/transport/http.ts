/**
 * POST /ijw: a bare iJw message or a StUF-GGk envelope (Di01/Du01/Fo01) in the body, from an authenticated sender:
 * `Authorization: Bearer <JWT>` with role aanbieder:<AGB> (a provider) or gemeente:<CBS> (a municipality's system),
 * verified like GraphQL's (api/auth/token.ts). The message's Header Afzender (and an envelope's StUF zender) must be
 * that AGB / CBS code (./afzender.ts).
 *   401 { error, code: 'UNAUTHENTICATED', reden? }     no token, or an unusable one; nothing read, nothing stored
 *   403 { error, code: 'FORBIDDEN' }                    a role that sends no messages, or Afzender/zender not the
 *                                                       token's identity; nothing stored (it never entered)
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
import { berichtIdentiteiten, scopeVoorRol } from '../../api/auth/Rol.js';
import { maakTokenVerifier, tokenConfigUitEnv, type TokenVerifier } from '../../api/auth/token.js';
import { TokenFout, wwwAuthenticate } from '../../api/auth/TokenFout.js';
import type { GeauthenticeerdeAfzender } from './afzender.js';
import { ontvangBody } from './envelop.js';

export interface HttpOpties {
  maxBytes?: number;
  pad?: string;
  /** Verifies the sender's bearer token; default: configured from the environment, as the GraphQL server's. */
  tokens?: TokenVerifier;
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

/** The sender behind the request's bearer token, or the refusal already sent (401/403). */
async function authenticeer(req: http.IncomingMessage, res: http.ServerResponse, tokens: TokenVerifier): Promise<GeauthenticeerdeAfzender | null> {
  const weiger = (status: 401 | 403, body: Record<string, unknown>, challenge?: string) => {
    // The body is not read: close the connection rather than drain a possibly large upload.
    res.setHeader('connection', 'close');
    if (challenge) res.setHeader('www-authenticate', challenge);
    json(res, status, body);
    return null;
  };
  if (req.headers.authorization === undefined) {
    return weiger(401, { error: 'Geen token: stuur Authorization: Bearer <JWT> met rol aanbieder:<AGB> of gemeente:<CBS>', code: 'UNAUTHENTICATED' }, wwwAuthenticate());
  }
  let rol;
  try {
    rol = (await tokens.uitAuthorization(req.headers.authorization)).rol;
  } catch (e) {
    if (!(e instanceof TokenFout)) throw e;
    return weiger(401, { error: e.message, code: 'UNAUTHENTICATED', reden: e.reden }, wwwAuthenticate(e.message));
  }
  const identiteiten = berichtIdentiteiten(rol);
  if (!rol || identiteiten.length === 0) {
    return weiger(403, { error: `Rol ${rol ? scopeVoorRol(rol) : '(geen)'} verstuurt geen iJw-berichten: alleen aanbieder:<AGB> of gemeente:<CBS>`, code: 'FORBIDDEN' });
  }
  return { identiteiten, bron: `token ${scopeVoorRol(rol)}` };
}

/** Handles POST {pad}; returns false when the request is not for it (so a host server can route on). */
export function ijwRequestHandler(pool: Pool, opts: HttpOpties = {}) {
  const pad = opts.pad ?? '/ijw';
  const max = opts.maxBytes ?? STANDAARD_MAX_BYTES;
  let tokens = opts.tokens;
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
    const url = (req.url ?? '').split('?')[0];
    if (url !== pad) return false;
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      json(res, 405, { error: 'Alleen POST' });
      return true;
    }
    // Authenticated before a byte of the body is read or stored.
    const afzender = await authenticeer(req, res, (tokens ??= maakTokenVerifier(tokenConfigUitEnv())));
    if (!afzender) return true;
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
      const r = await ontvangBody(pool, body, 'http', { maxBytes: max, afzender });
      if (r.soort === 'geweigerd') json(res, 403, { error: r.fout, code: 'FORBIDDEN' });
      else if (r.soort === 'fout') json(res, 400, { error: `Envelop ongeldig: ${r.fout}`, code: r.code });
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
