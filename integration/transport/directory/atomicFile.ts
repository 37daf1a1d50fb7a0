/**
 * Atomic file placement: write a temp file in the target directory, fsync it, then put it in place
 * with link(2) (fails if the name exists: no clobbering) and fsync the directory so the new entry
 * survives a crash. Readers never see a partial file.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export function tempName(name: string): string {
  return `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

export async function fsyncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `content` as dir/name unless that name exists. Returns false (and writes nothing) if it did. */
export async function writeNew(dir: string, name: string, content: string | Uint8Array): Promise<boolean> {
  const tmp = path.join(dir, tempName(name));
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.link(tmp, path.join(dir, name));
    await fsyncDir(dir);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await fs.unlink(tmp);
  }
}

/** Moves `from` to dir/name without replacing an existing file; returns the name used (name, or name.N when taken). */
export async function moveNoClobber(from: string, dir: string, name: string): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? name : `${name}.${n}`;
    try {
      await fs.link(from, path.join(dir, candidate));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw e;
    }
    await fs.unlink(from);
    await fsyncDir(dir);
    return candidate;
  }
}
