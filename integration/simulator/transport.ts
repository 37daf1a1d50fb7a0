/**
 * How the simulated provider talks to Jeugdregie, as itself (issue 7: the sender must be authenticated). Outbound:
 * an envelope into its own folder of the GGk-portal-shaped uploads directory, `uploads/<agb>/`
 * (integration/transport/postbus.ts), or POSTed to /ijw with a bearer token for aanbieder:<agb>. Inbound: what Jeugdregie made available in
 * `downloads/<agb>/` (integration/transport/verzenders.ts directoryVerzender); a file read is moved to
 * `downloads/<agb>/.gelezen/`, so every download is read once.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { muntDevToken } from '../../api/auth/tokenUitgifte.js';
import { postbus, schrijfAtomair, uploadMap } from '../transport/postbus.js';

export interface Download {
  naam: string;
  body: Buffer;
}

export interface SimTransport {
  verstuur(naam: string, envelop: string): Promise<void>;
  /** Everything new in our downloads, oldest first; each file is returned once. */
  haalOp(): Promise<Download[]>;
}

/** `<type>_<identificatie>_<bericht_id>_<outbox_id>.xml` (jobs/sendOutbox bestandsnaam): order by bericht id, then outbox id. */
function volgorde(naam: string): [number, number] {
  const m = /_(\d+)_(\d+)\.xml$/.exec(naam);
  return m ? [Number(m[1]), Number(m[2])] : [Number.MAX_SAFE_INTEGER, 0];
}

export function sorteerDownloads(namen: string[]): string[] {
  return [...namen].sort((a, b) => {
    const [a1, a2] = volgorde(a);
    const [b1, b2] = volgorde(b);
    return a1 - b1 || a2 - b2 || a.localeCompare(b);
  });
}

async function leesDownloads(dir: string): Promise<Download[]> {
  let namen: string[];
  try {
    namen = (await fs.readdir(dir)).filter((n) => !n.startsWith('.'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const gelezen = path.join(dir, '.gelezen');
  await fs.mkdir(gelezen, { recursive: true });
  const out: Download[] = [];
  for (const naam of sorteerDownloads(namen)) {
    const p = path.join(dir, naam);
    const body = await fs.readFile(p);
    await fs.rename(p, path.join(gelezen, naam));
    out.push({ naam, body });
  }
  return out;
}

function downloadsDir(root: string, agb: string): string {
  return path.join(postbus(root).downloads, agb.replace(/[^0-9A-Za-z_-]/g, '_'));
}

/** Both directions through the directory mailbox at `root`. */
export function directoryTransport(root: string, agb: string): SimTransport {
  const pb = postbus(root);
  return {
    async verstuur(naam, envelop) {
      await schrijfAtomair(uploadMap(pb, agb), naam, envelop);
    },
    haalOp: () => leesDownloads(downloadsDir(root, agb)),
  };
}

/**
 * Upload by POST /ijw (`url`), read answers from the directory mailbox at `root` (where Jeugdregie's outbox writes).
 * `token`: the bearer token to send; default a development token for aanbieder:<agb> (dev key, fresh per message).
 */
export function httpTransport(url: string, root: string, agb: string, token?: string): SimTransport {
  return {
    async verstuur(_naam, envelop) {
      const bearer = token ?? (await muntDevToken({ soort: 'aanbieder', agb }, { ttl: 300, sub: `simulator:${agb}` }));
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/xml', authorization: `Bearer ${bearer}` }, body: envelop });
      if (res.status !== 200 && res.status !== 202) throw new Error(`POST ${url}: HTTP ${res.status} ${await res.text()}`);
    },
    haalOp: () => leesDownloads(downloadsDir(root, agb)),
  };
}
