/**
 * The GGk-portal shape on top of the directory mailbox (integration/transport/directory): `<root>/uploads/<afzender>/`
 * holds what each provider (AGB) or municipality (CBS code) uploads to us (our inbox), `<root>/downloads/<ontvanger>/`
 * what we make available to each of them (our outbox). The upload folder is the sender's identity: the portal lets
 * an organisation (authenticated by its certificate) write only into its own folder, so a file whose Afzender is not
 * the folder's is refused (pollInbox → .fout with the reason), and a file outside a sender folder has no sender. Claiming (atomic rename into uploads/.bezig/, exactly one claimer wins),
 * recovery of claims a killed instance left behind, archiving and atomic, idempotent writes are the directory mailbox's;
 * this file only maps the portal's directory names onto them.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  claimFile, isIncomplete, listInbox, moveToFailed, moveToProcessed, recoverStaleClaims, writeOutbox, type ClaimedFile, type Mailbox,
} from './directory/index.js';

export interface Postbus {
  root: string;
  uploads: string;
  downloads: string;
  /** uploads/ itself as a directory mailbox (claimed → uploads/.bezig, .verwerkt, .fout): files here have no sender. */
  inbox: Mailbox;
}

/** A folder in uploads/ as a mailbox: claimed → <map>/.bezig, processed → .verwerkt, failed → .fout. */
function uploadBox(root: string, map: string): Mailbox {
  return { root, inbox: map, claimed: path.join(map, '.bezig'), processed: path.join(map, '.verwerkt'), failed: path.join(map, '.fout'), outbox: path.join(root, 'downloads') };
}

export function postbus(root: string): Postbus {
  const uploads = path.join(root, 'uploads');
  return { root, uploads, downloads: path.join(root, 'downloads'), inbox: uploadBox(root, uploads) };
}

/** A sender identity as a folder name: an AGB code (8 digits) or a CBS gemeentecode (4 digits). */
export const AFZENDER_MAP = /^(\d{8}|\d{4})$/;

/** Where `afzender` uploads: uploads/<afzender>/. */
export function uploadMap(pb: Postbus, afzender: string): string {
  if (!AFZENDER_MAP.test(afzender)) throw new RangeError(`upload folder ${afzender}: an AGB code (8 digits) or CBS code (4 digits)`);
  return path.join(pb.uploads, afzender);
}

/** A claimed upload, with the mailbox it came from and the sender its folder stands for (null: none). */
export interface Upload {
  bestand: ClaimedFile;
  box: Mailbox;
  afzender: string | null;
}

/** Writes dir/naam atomically (the directory mailbox's writeOutbox: temp + fsync + link); the same content again is a no-op. */
export async function schrijfAtomair(dir: string, naam: string, data: string | Buffer): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  return (await writeOutbox({ root: dir, inbox: dir, claimed: dir, processed: dir, failed: dir, outbox: dir }, naam, data)).path;
}

/** Per Postbus: uploads/ created, and when stale claims are next looked for. */
const pollStaat = new WeakMap<Postbus, { klaar: boolean; volgendHerstel: number }>();

async function ensure(mb: Mailbox): Promise<void> {
  for (const d of [mb.inbox, mb.claimed, mb.processed, mb.failed]) await fs.mkdir(d, { recursive: true });
}

/**
 * Claim up to `limit` upload files, from every sender folder and from uploads/ itself (first putting back claims
 * older than `staleMs`: their claimer died). Dot-folders are ours (.bezig, .verwerkt, .fout); a folder whose name is
 * no AGB/CBS code is claimed with afzender null, like a file directly in uploads/, so it is refused, not left lying.
 */
export async function claimUploads(pb: Postbus, limit = 100, staleMs = 60_000, nu = Date.now()): Promise<Upload[]> {
  const staat = pollStaat.get(pb) ?? { klaar: false, volgendHerstel: 0 };
  pollStaat.set(pb, staat);
  if (!staat.klaar) {
    await ensure(pb.inbox);
    staat.klaar = true;
  }
  // Recovering claims means a readdir of every folder's .bezig; a claim only becomes stale after staleMs, so doing it
  // every quarter of that is soon enough (polls come every few seconds, or back to back in the simulator).
  const herstel = nu >= staat.volgendHerstel;
  if (herstel) staat.volgendHerstel = nu + staleMs / 4;
  const lijst = await fs.readdir(pb.uploads, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') staat.klaar = false; // removed under us: created again on the next poll
    throw e;
  });
  const mappen = lijst
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  const boxen: { box: Mailbox; afzender: string | null }[] = [
    ...mappen.map((m) => ({ box: uploadBox(pb.root, path.join(pb.uploads, m)), afzender: AFZENDER_MAP.test(m) ? m : null })),
    { box: pb.inbox, afzender: null },
  ];
  // One readdir per folder, all at once: an idle sender folder (most of them, most of the time) costs nothing more.
  const inhoud = await Promise.all(boxen.map((b) => fs.readdir(b.box.inbox, { withFileTypes: true })));
  const out: Upload[] = [];
  for (const [i, { box, afzender }] of boxen.entries()) {
    const bestanden = inhoud[i]!.some((e) => e.isFile() && !isIncomplete(e.name));
    const terug = herstel && inhoud[i]!.some((e) => e.isDirectory() && e.name === '.bezig') ? await recoverStaleClaims(box, staleMs, nu) : [];
    if (!bestanden && terug.length === 0) continue;
    await ensure(box);
    for (const naam of await listInbox(box)) {
      if (out.length >= limit) return out;
      const c = await claimFile(box, naam, nu).catch(() => null); // an invalid name stays for an operator
      if (c) out.push({ bestand: c, box, afzender });
    }
  }
  return out;
}

/** Done with a claimed upload: archive it in its folder's .verwerkt/ (or .fout/ with the reason beside it). */
export async function rondAf(upload: Upload, uitkomst: 'verwerkt' | { fout: string; code?: string }): Promise<void> {
  if (uitkomst === 'verwerkt') await moveToProcessed(upload.box, upload.bestand);
  else await moveToFailed(upload.box, upload.bestand, { message: uitkomst.fout, ...(uitkomst.code ? { code: uitkomst.code } : {}) });
}
