/** Shared helpers for the ijw tests: the official example messages. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BERICHTTYPEN, type BerichtType } from '../berichttypen.js';

export const VOORBEELDEN_DIR = resolve(__dirname, '../../../../shared/ijw-3.2/berichten');

export function voorbeeld(type: BerichtType): string {
  return readFileSync(join(VOORBEELDEN_DIR, `${type}.xml`), 'utf8');
}

export const ALLE_TYPEN: readonly BerichtType[] = BERICHTTYPEN;
