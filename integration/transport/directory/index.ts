/** Directory inbox/outbox in the shape of the GGk portal's uploads and downloads (layout in mailbox.ts). */
export { mailbox, ensureMailbox, envelopeFileName, assertFileName, isIncomplete } from './mailbox';
export type { Mailbox } from './mailbox';
export { listInbox, claimFile, moveToProcessed, moveToFailed, recoverStaleClaims } from './inbox';
export type { ClaimedFile } from './inbox';
export { writeOutbox, listOutbox } from './outbox';
export type { WriteOutboxResult } from './outbox';
export { MailboxError } from './MailboxError';
export type { MailboxErrorCode } from './MailboxError';
