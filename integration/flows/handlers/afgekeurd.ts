import type { Bevinding } from '../../rules/Regel.js';

/**
 * Whether a message class is rejected: a finding on the class itself or on one of its ancestors (the Client, the
 * Header, the message). The handlers apply only the classes that are not (HandlerContext.bevindingen).
 */
export function afgekeurd(klassePad: string, bevindingen: readonly Bevinding[]): boolean {
  return bevindingen.some(
    (b) => b.klasse === 'Header' || b.klassePad === 'Header' || b.klassePad === klassePad || klassePad.startsWith(`${b.klassePad}.`) ||
      klassePad.startsWith(`${b.klassePad}[`),
  );
}

/** A finding the handler itself adds, e.g. when a unique index reveals a concurrent delivery of the same key. */
export function handlerBevinding(regel: string, retourcode: string, klasse: string, klassePad: string, melding: string): Bevinding {
  return { regel, retourcode, klasse, klassePad, pad: klassePad, melding, controleniveau: 'berichtoverstijgend' } as Bevinding;
}
