import { StufError } from './StufError';

/** Spec 3.2/3.3: a Di01/Du01 including its base64 payload is at most 25 MB. */
export const MAX_ENVELOPE_BYTES = 25 * 1024 * 1024;

export interface GuardOptions {
  maxBytes?: number;
}

/**
 * Cheap checks before any parser sees the input: size, then no DOCTYPE/ENTITY at all. The envelope
 * never needs a DTD, and refusing it outright closes XXE and entity expansion for every parser we use.
 * Returns the text without a leading BOM (the spec forbids one, but we are lenient on input).
 */
export function guardXml(input: string | Uint8Array, options: GuardOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_ENVELOPE_BYTES;
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > maxBytes) {
    throw new StufError('STUF_TOO_LARGE', `envelope is ${bytes} bytes; the limit is ${maxBytes}`);
  }
  let text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new StufError('STUF_DOCTYPE', 'DOCTYPE and ENTITY declarations are not allowed in an envelope');
  }
  return text;
}
