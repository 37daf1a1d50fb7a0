import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claimFile, listInbox, moveToFailed, moveToProcessed, recoverStaleClaims } from '../inbox';
import { ensureMailbox, envelopeFileName, type Mailbox } from '../mailbox';
import { listOutbox, writeOutbox } from '../outbox';

let mb: Mailbox;
beforeEach(async () => {
  mb = await ensureMailbox(await fs.mkdtemp(path.join(os.tmpdir(), 'jeugdregie-mailbox-')));
});
afterEach(async () => {
  await fs.rm(mb.root, { recursive: true, force: true });
});

const arrive = (name: string, content = name, mtime?: Date) =>
  fs.writeFile(path.join(mb.inbox, name), content).then(() => mtime && fs.utimes(path.join(mb.inbox, name), mtime, mtime));

describe('listInbox', () => {
  it('lists complete files oldest first and skips files still being written', async () => {
    await arrive('b.xml', 'b', new Date('2026-01-01T10:00:00Z'));
    await arrive('a.xml', 'a', new Date('2026-01-01T11:00:00Z'));
    await arrive('.c.xml.123.tmp');
    await arrive('d.xml.part');
    await arrive('e.xml.tmp');
    await fs.mkdir(path.join(mb.inbox, 'subdir'));
    expect(await listInbox(mb)).toEqual(['b.xml', 'a.xml']);
  });
});

describe('claimFile', () => {
  it('moves the file out of the inbox; a second claim of the same file gets null', async () => {
    await arrive('m.xml', 'payload');
    const claimed = await claimFile(mb, 'm.xml');
    expect(claimed).not.toBeNull();
    expect(await fs.readFile(claimed!.path, 'utf8')).toBe('payload');
    expect(await listInbox(mb)).toEqual([]);
    expect(await claimFile(mb, 'm.xml')).toBeNull();
  });

  it('lets exactly one of two concurrent claimers take each file', async () => {
    const names = Array.from({ length: 200 }, (_, i) => `f${String(i).padStart(3, '0')}.xml`);
    await Promise.all(names.map((n) => arrive(n)));
    const claimer = async () => {
      const mine: string[] = [];
      for (const name of await listInbox(mb)) {
        const c = await claimFile(mb, name);
        if (c) mine.push(c.name);
      }
      return mine;
    };
    // Both list everything first, then race for the same files (rename runs on libuv's thread pool).
    const [a, b] = await Promise.all([claimer(), claimer()]);
    expect([...a, ...b].sort()).toEqual(names);
    expect(new Set([...a, ...b]).size).toBe(names.length);
    expect((await fs.readdir(mb.claimed)).length).toBe(names.length);
  });

  it('refuses names that could escape the directory', async () => {
    await expect(claimFile(mb, '../x.xml')).rejects.toMatchObject({ code: 'INVALID_NAME' });
  });
});

describe('finishing', () => {
  it('archives processed files without overwriting an earlier delivery of the same name', async () => {
    await arrive('m.xml', 'first');
    const first = await moveToProcessed(mb, (await claimFile(mb, 'm.xml'))!);
    await arrive('m.xml', 'second');
    const second = await moveToProcessed(mb, (await claimFile(mb, 'm.xml'))!);
    expect(path.basename(first)).toBe('m.xml');
    expect(path.basename(second)).toBe('m.xml.1');
    expect(await fs.readFile(first, 'utf8')).toBe('first');
    expect(await fs.readFile(second, 'utf8')).toBe('second');
    expect(await fs.readdir(mb.claimed)).toEqual([]);
  });

  it('moves failed files with the reason beside them', async () => {
    await arrive('bad.xml');
    const failed = await moveToFailed(mb, (await claimFile(mb, 'bad.xml'))!, { code: 'STUF_XSD_INVALID', message: 'nope' });
    expect(path.basename(failed)).toBe('bad.xml');
    expect(JSON.parse(await fs.readFile(`${failed}.error.json`, 'utf8'))).toMatchObject({ code: 'STUF_XSD_INVALID', message: 'nope' });
  });

  it('puts claims of a crashed worker back in the inbox once they are stale, and only then', async () => {
    await arrive('m.xml');
    const now = Date.now();
    await claimFile(mb, 'm.xml', now - 10_000);
    expect(await recoverStaleClaims(mb, 60_000, now)).toEqual([]);
    expect(await recoverStaleClaims(mb, 5_000, now)).toEqual(['m.xml']);
    expect(await listInbox(mb)).toEqual(['m.xml']);
  });
});

describe('writeOutbox', () => {
  const name = envelopeFileName({ berichtcode: 'Di01', functie: 'JW301', zender: '0363', referentienummer: '0e09a81f-64a0-4793-b946-d6538fb3f37e' });

  it('names files after the message identity', () => {
    expect(name).toBe('Di01_JW301_0363_0e09a81f-64a0-4793-b946-d6538fb3f37e.xml');
    expect(envelopeFileName({ berichtcode: 'Fo01', zender: 'Zorg B.V./x', referentienummer: 'r' })).toBe('Fo01_Zorg-B-V-x_r.xml');
  });

  it('writes atomically and leaves no temp files', async () => {
    const result = await writeOutbox(mb, name, '<envelope/>');
    expect(result.status).toBe('written');
    expect(await fs.readFile(result.path, 'utf8')).toBe('<envelope/>');
    expect(await fs.readdir(mb.outbox)).toEqual([name]);
  });

  it('is idempotent for the same content, also when two writers race', async () => {
    const results = await Promise.all([writeOutbox(mb, name, '<e/>'), writeOutbox(mb, name, '<e/>')]);
    expect(results.map((r) => r.status).sort()).toEqual(['unchanged', 'written']);
    expect(await writeOutbox(mb, name, Buffer.from('<e/>'))).toMatchObject({ status: 'unchanged' });
    expect(await listOutbox(mb)).toEqual([name]);
  });

  it('refuses different content under an existing identity and keeps the original', async () => {
    await writeOutbox(mb, name, '<e>1</e>');
    await expect(writeOutbox(mb, name, '<e>2</e>')).rejects.toMatchObject({ code: 'OUTBOX_CONFLICT' });
    expect(await fs.readFile(path.join(mb.outbox, name), 'utf8')).toBe('<e>1</e>');
    expect(await fs.readdir(mb.outbox)).toEqual([name]);
  });

  it.each(['../evil.xml', '.hidden.xml', 'x.tmp', 'with space.xml', ''])('refuses the name %p', async (bad) => {
    await expect(writeOutbox(mb, bad, 'x')).rejects.toMatchObject({ code: 'INVALID_NAME' });
  });
});
