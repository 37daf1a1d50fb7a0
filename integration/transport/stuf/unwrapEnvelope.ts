/** For the inbox: read whatever envelope arrived (Di01, Du01 or Fo01) as one discriminated union. */
import { unwrapDi01, type Di01 } from './Di01';
import { parseDu01, type Du01 } from './Du01';
import { parseFo01, type Fo01 } from './Fo01';
import type { GuardOptions } from './guardXml';
import { readEnvelope } from './readEnvelope';

export type AnyEnvelope = ({ kind: 'Di01' } & Di01) | ({ kind: 'Du01' } & Du01) | ({ kind: 'Fo01' } & Fo01);

export function unwrapEnvelope(xml: string | Uint8Array, options?: GuardOptions): AnyEnvelope {
  const { kind, text } = readEnvelope(xml, undefined, options);
  switch (kind) {
    case 'Di01':
      return { kind, ...unwrapDi01(text, options) };
    case 'Du01':
      return { kind, ...parseDu01(text, options) };
    case 'Fo01':
      return { kind, ...parseFo01(text, options) };
  }
}
