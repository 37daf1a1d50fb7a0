import { ggkVoorbeeld, ijwVoorbeeldBytes } from '../../../../test/support/fixtures';
import type { Di01Input } from '../Di01';

export const exampleDi01 = (): string => ggkVoorbeeld('Di01');
export const exampleDu01 = (): string => ggkVoorbeeld('Du01');
export const ijwExample = (type: string): Buffer => ijwVoorbeeldBytes(type);

/** A gemeente (Amsterdam, 0363) sending a JW301 to a provider. */
export function di01Input(overrides: Partial<Di01Input> = {}): Di01Input {
  return {
    payload: ijwExample('JW301'),
    functie: 'JW301',
    zender: { organisatie: '0363', applicatie: 'Jeugdregie', administratie: 'Regio Amsterdam-Amstelland' },
    ontvanger: { organisatie: '87654321' },
    referentienummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e',
    tijdstip: new Date('2026-03-02T09:15:30.123Z'),
    applicatieVersie: '0001',
    applicatieSubversie: '0000',
    ...overrides,
  };
}
