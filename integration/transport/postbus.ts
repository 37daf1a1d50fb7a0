/**
 * The GGk-portal shape on top of the directory mailbox (integration/transport/directory): `<root>/uploads/`
 * holds what providers upload to us (our inbox), `<root>/downloads/<ontvanger>/` what we make available to
 * each of them (our outbox). Claiming (atomic rename into uploads/.bezig/, exactly one claimer wins),
 * recovery of claims a killed instance left behind, archiving and atomic, idempotent writes are the directory mailbox's;
 * this file only maps the portal's directory names onto them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  claimFile, listInbox, moveToFailed, moveToProcessed, recoverStaleClaims, writeOutbox, type ClaimedFile, type Mailbox,
} from './directory/index.js';

export interface Postbus {
  uploads: string;
  downloads: string;
  /** uploads/ as a directory mailbox: claimed → uploads/.bezig, processed → .verwerkt, failed → .fout. */
  inbox: Mailbox;
}

export function postbus(root: string): Postbus {
  const uploads = path.join(root, 'uploads');
  return {
    uploads,
    downloads: path.join(root, 'downloads'),
    inbox: {
      root, inbox: uploads, claimed: path.join(uploads, '.bezig'), processed: path.join(uploads, '.verwerkt'), failed: path.join(uploads, '.fout'), outbox: path.join(root, 'downloads'),
    },
  };
}

/** Writes dir/naam atomically (the directory mailbox's writeOutbox: temp + fsync + link); the same content again is a no-op. */
export async function schrijfAtomair(dir: string, naam: string, data: string | Buffer): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  return (await writeOutbox({ root: dir, inbox: dir, claimed: dir, processed: dir, failed: dir, outbox: dir }, naam, data)).path;
}

async function ensure(mb: Mailbox): Promise<void> {
  for (const d of [mb.inbox, mb.claimed, mb.processed, mb.failed]) await fs.mkdir(d, { recursive: true });
}

/** Claim up to `limit` upload files (first putting back claims older than `staleMs`: their claimer died). */
export async function claimUploads(pb: Postbus, limit = 100, staleMs = 60_000): Promise<ClaimedFile[]> {
  await ensure(pb.inbox);
  await recoverStaleClaims(pb.inbox, staleMs);
  const out: ClaimedFile[] = [];
  for (const naam of await listInbox(pb.inbox)) {
    if (out.length >= limit) break;
    const c = await claimFile(pb.inbox, naam).catch(() => null); // an invalid name stays for an operator
    if (c) out.push(c);
  }
  return out;
}

/** Done with a claimed file: archive it in uploads/.verwerkt/ (or .fout/ with the reason beside it). */
export async function rondAf(pb: Postbus, geclaimd: ClaimedFile, uitkomst: 'verwerkt' | { fout: string; code?: string }): Promise<void> {
  if (uitkomst === 'verwerkt') await moveToProcessed(pb.inbox, geclaimd);
  else await moveToFailed(pb.inbox, geclaimd, { message: uitkomst.fout, ...(uitkomst.code ? { code: uitkomst.code } : {}) });
}
