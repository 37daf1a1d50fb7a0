/**
 * Read the uploads directory: each claimed file goes through ontvangBody (store first) and is archived. The folder it
 * was uploaded into is its sender (integration/transport/postbus.ts); a file whose zender/Afzender is someone else,
 * or that lies outside a sender folder, is not stored and goes to .fout with code AFZENDER and the reason.
 */
import { promises as fs } from 'node:fs';
import type { Pool } from 'pg';
import { ontvangBody } from '../transport/envelop.js';
import { claimUploads, rondAf, type Postbus } from '../transport/postbus.js';

export async function pollInbox(pool: Pool, pb: Postbus, limit = 200): Promise<{ ontvangen: number; fout: number }> {
  let ontvangen = 0;
  let fout = 0;
  for (const u of await claimUploads(pb, limit)) {
    if (u.afzender === null) {
      fout++;
      await rondAf(u, { fout: 'geen afzender: upload in uploads/<AGB-code>/ (of uploads/<CBS-code>/), de map van de eigen organisatie', code: 'AFZENDER' });
      continue;
    }
    const body = await fs.readFile(u.bestand.path);
    const r = await ontvangBody(pool, body, 'directory', { afzender: { identiteiten: [u.afzender], bron: `uploadmap uploads/${u.afzender}` } });
    if (r.soort === 'fout' || r.soort === 'geweigerd') {
      fout++;
      await rondAf(u, { fout: r.fout, code: r.soort === 'geweigerd' ? 'AFZENDER' : r.code });
    } else {
      ontvangen++;
      await rondAf(u, 'verwerkt');
    }
  }
  return { ontvangen, fout };
}
