/** Writing what we send: atomically, and idempotently per message identity (see envelopeFileName). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeNew } from './atomicFile';
import { assertFileName, type Mailbox } from './mailbox';
import { MailboxError } from './MailboxError';

export type WriteOutboxResult = { path: string; status: 'written' | 'unchanged' };

/**
 * Writes outbox/<name> (temp file + fsync + link + directory fsync). Writing the same content again
 * is a no-op ('unchanged'); different content under an existing name is OUTBOX_CONFLICT, because a
 * name is a message identity and a message must not change once offered.
 */
export async function writeOutbox(mb: Mailbox, name: string, content: string | Uint8Array): Promise<WriteOutboxResult> {
  assertFileName(name);
  const target = path.join(mb.outbox, name);
  if (await writeNew(mb.outbox, name, content)) return { path: target, status: 'written' };
  const existing = await fs.readFile(target);
  const wanted = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  if (existing.equals(wanted)) return { path: target, status: 'unchanged' };
  throw new MailboxError('OUTBOX_CONFLICT', `outbox already holds a different ${name}`, name);
}

/** Complete outbox files (our own temp files start with a dot), sorted by name. */
export async function listOutbox(mb: Mailbox): Promise<string[]> {
  const entries = await fs.readdir(mb.outbox, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
}
