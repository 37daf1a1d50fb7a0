/**
 * A directory mailbox in the shape of the GGk portal's uploads (what arrives) and downloads (what we
 * offer). The GGk specification prescribes no directory layout, so this is ours:
 *
 *   <root>/inbox/      complete files that arrived; a producer writes `.name.tmp` (dot-files are
 *                      ignored) or `name.tmp`/`name.part` and renames it to `name` when done
 *   <root>/claimed/    files a worker took: `<name>~<claimedAtMs>-<pid>-<random>` (see claimFile)
 *   <root>/processed/  done
 *   <root>/failed/     could not be processed, each with `<name>.error.json` beside it
 *   <root>/outbox/     envelopes we produced, written atomically (writeOutbox)
 *
 * All directories must be on one filesystem: every move is a rename(2) or link(2), which is atomic there.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MailboxError } from './MailboxError';

export interface Mailbox {
  root: string;
  inbox: string;
  claimed: string;
  processed: string;
  failed: string;
  outbox: string;
}

export function mailbox(root: string): Mailbox {
  return {
    root,
    inbox: path.join(root, 'inbox'),
    claimed: path.join(root, 'claimed'),
    processed: path.join(root, 'processed'),
    failed: path.join(root, 'failed'),
    outbox: path.join(root, 'outbox'),
  };
}

export async function ensureMailbox(root: string): Promise<Mailbox> {
  const mb = mailbox(root);
  for (const dir of [mb.inbox, mb.claimed, mb.processed, mb.failed, mb.outbox]) await fs.mkdir(dir, { recursive: true });
  return mb;
}

/** GGk spec 2.7 (bestandsnaam): [0-9a-zA-Z._-], at most 255; we also reserve dot-files and our temp suffixes. */
const FILE_NAME = /^[0-9A-Za-z_-][0-9A-Za-z._-]{0,254}$/;

export function isIncomplete(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.tmp') || name.endsWith('.part');
}

export function assertFileName(name: string): void {
  if (!FILE_NAME.test(name) || isIncomplete(name) || name.endsWith('.error.json')) {
    throw new MailboxError('INVALID_NAME', `'${name}' is not a valid mailbox file name ([0-9a-zA-Z._-], max 255, no leading dot, no .tmp/.part)`, name);
  }
}

/**
 * The file name for an envelope: its identity, so writing the same message twice hits the same file.
 * e.g. Di01_JW301_0363_0e09a81f-64a0-4793-b946-d6538fb3f37e.xml
 */
export function envelopeFileName(id: { berichtcode: string; functie?: string; zender: string; referentienummer: string }): string {
  const part = (s: string) => s.replace(/[^0-9A-Za-z-]+/g, '-');
  const name = [id.berichtcode, id.functie, id.zender, id.referentienummer].filter((p) => p !== undefined).map(part).join('_') + '.xml';
  assertFileName(name);
  return name;
}
