/** Typed errors for the directory mailbox; callers branch on `code`. */
export type MailboxErrorCode =
  | 'INVALID_NAME' // not a bare file name of [0-9a-zA-Z._-] (GGk bestandsnaam rule), or a reserved name
  | 'OUTBOX_CONFLICT'; // the outbox already holds a different file under this message identity

export class MailboxError extends Error {
  override readonly name = 'MailboxError';
  constructor(
    readonly code: MailboxErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}
