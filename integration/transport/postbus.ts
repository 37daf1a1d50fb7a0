/**
 * A directory mailbox shaped like the GGk portal: `<root>/uploads/` holds what providers upload to us
 * (our inbox), `<root>/downloads/<ontvanger>/` what we make available to each of them (our outbox).
 * Files appear atomically (write to a dot-file, then rename). An instance claims an inbox file by
 * renaming it into `uploads/.bezig/` — exactly one rename wins; a claimed file left behind by a crash
 * is claimed again after `staleMs` (receive() is idempotent, so reading a file twice is harmless).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface Postbus {
  uploads: string;
  downloads: string;
}

export function postbus(root: string): Postbus {
  return { uploads: path.join(root, 'uploads'), downloads: path.join(root, 'downloads') };
}

export async function schrijfAtomair(dir: string, naam: string, data: string | Buffer): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${naam}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const doel = path.join(dir, naam);
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, doel);
  return doel;
}

/** Claim up to `limit` inbox files; returns the paths under .bezig/ now owned by this caller. */
export async function claimUploads(pb: Postbus, limit = 100, staleMs = 60_000): Promise<string[]> {
  const bezig = path.join(pb.uploads, '.bezig');
  await fs.mkdir(bezig, { recursive: true });
  const out: string[] = [];
  // Files a crashed instance claimed long ago.
  for (const f of await fs.readdir(bezig)) {
    if (out.length >= limit) return out;
    const p = path.join(bezig, f);
    try {
      const st = await fs.stat(p);
      if (Date.now() - st.mtimeMs < staleMs) continue;
      const mijn = path.join(bezig, `${f.replace(/\.claim-[^.]*$/, '')}.claim-${process.pid}-${Date.now()}`);
      await fs.rename(p, mijn);
      await fs.utimes(mijn, new Date(), new Date());
      out.push(mijn);
    } catch {
      /* another instance took it */
    }
  }
  for (const f of (await fs.readdir(pb.uploads)).sort()) {
    if (out.length >= limit) break;
    if (f.startsWith('.')) continue;
    const mijn = path.join(bezig, `${f}.claim-${process.pid}-${Date.now()}`);
    try {
      await fs.rename(path.join(pb.uploads, f), mijn);
      out.push(mijn);
    } catch {
      /* another instance took it */
    }
  }
  return out;
}

/** Done with a claimed file: move it to uploads/.verwerkt/ (or .fout/). */
export async function rondAf(pb: Postbus, geclaimd: string, uitkomst: 'verwerkt' | 'fout'): Promise<void> {
  const dir = path.join(pb.uploads, `.${uitkomst}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.rename(geclaimd, path.join(dir, path.basename(geclaimd).replace(/\.claim-[^.]*$/, '')));
}
