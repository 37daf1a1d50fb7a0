/** Read the uploads directory: each claimed file goes through ontvangBody (store first) and is archived. */
import { promises as fs } from 'node:fs';
import type { Pool } from 'pg';
import { ontvangBody } from '../transport/envelop.js';
import { claimUploads, rondAf, type Postbus } from '../transport/postbus.js';

export async function pollInbox(pool: Pool, pb: Postbus, limit = 200): Promise<{ ontvangen: number; fout: number }> {
  let ontvangen = 0;
  let fout = 0;
  for (const f of await claimUploads(pb, limit)) {
    const body = await fs.readFile(f.path);
    const r = await ontvangBody(pool, body, 'directory');
    if (r.soort === 'fout') {
      fout++;
      await rondAf(pb, f, { fout: r.fout, ...(r.code ? { code: r.code } : {}) });
    } else {
      ontvangen++;
      await rondAf(pb, f, 'verwerkt');
    }
  }
  return { ontvangen, fout };
}
