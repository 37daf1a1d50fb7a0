/** Taking files out of the inbox: list, claim (exactly one worker wins), finish as processed or failed, recover. */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { moveNoClobber, writeNew } from './atomicFile';
import { assertFileName, isIncomplete, type Mailbox } from './mailbox';

export interface ClaimedFile {
  /** The name it arrived under. */
  name: string;
  /** Where it is now, under claimed/. */
  path: string;
  claimedAt: number;
}

/** Complete files waiting in the inbox, oldest first (mtime, then name). Dot-files and .tmp/.part are still being written. */
export async function listInbox(mb: Mailbox): Promise<string[]> {
  const entries = await fs.readdir(mb.inbox, { withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile() && !isIncomplete(e.name))
      .map(async (e) => {
        const stat = await fs.stat(path.join(mb.inbox, e.name)).catch(() => undefined); // claimed meanwhile
        return stat && { name: e.name, mtime: stat.mtimeMs };
      }),
  );
  return files
    .filter((f): f is { name: string; mtime: number } => f !== undefined)
    .sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name))
    .map((f) => f.name);
}

const CLAIM_SUFFIX = /~(\d+)-\d+-[0-9a-f]+$/;

/**
 * Takes one inbox file by renaming it into claimed/ under a name unique to this claim. rename(2) is
 * atomic: of two workers racing for a file one gets it, the other gets ENOENT and `null`.
 */
export async function claimFile(mb: Mailbox, name: string, now = Date.now()): Promise<ClaimedFile | null> {
  assertFileName(name);
  const target = path.join(mb.claimed, `${name}~${now}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await fs.rename(path.join(mb.inbox, name), target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return { name, path: target, claimedAt: now };
}

/** Archives a claimed file as processed/<name> (name.1, name.2 … if the same name was processed before). */
export async function moveToProcessed(mb: Mailbox, file: ClaimedFile): Promise<string> {
  return path.join(mb.processed, await moveNoClobber(file.path, mb.processed, file.name));
}

/** Moves a claimed file to failed/ and writes why beside it, as `<name>.error.json`. */
export async function moveToFailed(mb: Mailbox, file: ClaimedFile, reason: { code?: string; message: string }): Promise<string> {
  const name = await moveNoClobber(file.path, mb.failed, file.name);
  await writeNew(mb.failed, `${name}.error.json`, JSON.stringify({ ...reason, failedAt: new Date().toISOString() }, null, 2));
  return path.join(mb.failed, name);
}

/**
 * Puts claims older than `olderThanMs` back in the inbox: the worker that took them died (kill -9)
 * before finishing. Processing must be idempotent, since such a file may have been partly handled.
 * Returns the names put back.
 */
export async function recoverStaleClaims(mb: Mailbox, olderThanMs: number, now = Date.now()): Promise<string[]> {
  const back: string[] = [];
  for (const claimed of await fs.readdir(mb.claimed)) {
    const m = CLAIM_SUFFIX.exec(claimed);
    if (!m || now - Number(m[1]) < olderThanMs) continue;
    const name = claimed.slice(0, m.index);
    try {
      back.push(await moveNoClobber(path.join(mb.claimed, claimed), mb.inbox, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // another recoverer was first
    }
  }
  return back;
}
