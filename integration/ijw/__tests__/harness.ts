/** Shared helpers for the ijw tests: the official example messages. */
import { IJW_VOORBEELDEN_DIR, ijwVoorbeeld } from '../../../test/support/fixtures.js';
import { BERICHTTYPEN, type BerichtType } from '../berichttypen.js';

export const VOORBEELDEN_DIR = IJW_VOORBEELDEN_DIR;

export function voorbeeld(type: BerichtType): string {
  return ijwVoorbeeld(type);
}

export const ALLE_TYPEN: readonly BerichtType[] = BERICHTTYPEN;
