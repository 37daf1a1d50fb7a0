/**
 * The municipality's side of a simulated scenario, beyond what the care services do: the client's address as the
 * municipality knows it from the BRP. A JW315 carries no address, and a JW301 whose Contact has neither Telefoon nor
 * Huis + Postcode breaks TR006 (the provider answers 0001), so before deciding the municipality records the address
 * on the client (ensureClient merges it into persoonsgegevens; the JW301 takes Contactgegevens from there).
 */
import type { Queryable } from '../rules/Regel.js';
import { ensureClient } from '../zorg/clienten.js';

const STRATEN = ['Voorstraat', 'Wijnstraat', 'Singel', 'Merwedestraat', 'Dordtsestraatweg', 'Kerkplein', 'Molenweg', 'Dijkgraaf', 'Lindenlaan', 'Spuiweg'];
const PLAATS: Record<string, [string, string]> = {
  '0482': ['Alblasserdam', '2951'], '0505': ['Dordrecht', '3311'], '0512': ['Gorinchem', '4201'], '0523': ['Hardinxveld-Giessendam', '3371'],
  '0531': ['Hendrik-Ido-Ambacht', '3341'], '1978': ['Giessenburg', '3381'], '0590': ['Papendrecht', '3351'], '0610': ['Sliedrecht', '3361'],
  '0642': ['Zwijndrecht', '3331'], '1963': ['Oud-Beijerland', '3261'],
};

/** A fictional, deterministic BRP address for a (test) BSN in the municipality. */
export function brpContact(gemeente: string, bsn: string): Record<string, unknown> {
  const n = Number(bsn.slice(-5));
  const [plaats, pc] = PLAATS[gemeente] ?? ['Dordrecht', '3311'];
  const letters = String.fromCharCode(65 + (n % 26)) + String.fromCharCode(65 + (Math.floor(n / 26) % 26));
  return {
    Soort: '01',
    Adres: { Huis: { Huisnummer: 1 + (n % 180) }, Postcode: `${pc}${letters}`, Straatnaam: STRATEN[n % STRATEN.length], Plaatsnaam: plaats, LandCode: 'NL' },
  };
}

/** Record the client's BRP address with the municipality (before it allocates). */
export async function registreerBrpAdres(db: Queryable, gemeente: string, bsn: string): Promise<void> {
  await ensureClient(db, gemeente, { bsn, persoonsgegevens: { Contactgegevens: { Contact: [brpContact(gemeente, bsn)] } } });
}
