/** `jeugdregie simulate` without a Jeugdregie: what it uploads, its state file, and determinism by seed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../cli/main';
import { unwrapEnvelope } from '../../transport/stuf';
import { validateXsd } from '../../ijw/xsdValidator';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

const ARGS = ['--agb', '98171394', '--verzoeken', '3', '--gemeente', '0505', '--gemeente', '0590', '--product', '45:45A48', '--product', '41:41A01',
  '--vandaag', '2026-03-02', '--einddatum', '2026-12-31', '--volume', '3', '--seed', '7', '--json'];

async function run(dir: string) {
  const x = io();
  const code = await main(['simulate', '--postbus', dir, ...ARGS], x.io);
  return { code, ...x };
}

test('sends JW315s in Di01 envelopes to its own folder uploads/<agb>/, keeps its state, and is deterministic for a seed', async () => {
  const a = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-sim-a-'));
  const b = fs.mkdtempSync(path.join(os.tmpdir(), 'jr-sim-b-'));
  try {
    const ra = await run(a);
    expect(ra.err.join('')).toBe('');
    expect(ra.code).toBe(0);
    expect(JSON.parse(ra.out.join(''))).toMatchObject({ gelezen: 0, verzoeken: 3, open: 3 });
    const files = fs.readdirSync(path.join(a, 'uploads', '98171394')).sort();
    expect(files).toHaveLength(3);
    for (const f of files) {
      const env = unwrapEnvelope(fs.readFileSync(path.join(a, 'uploads', '98171394', f)));
      expect(env.kind).toBe('Di01');
      const xml = Buffer.from((env as { payload: Uint8Array }).payload).toString('utf8');
      expect(await validateXsd('JW315', xml)).toEqual([]);
      expect(xml).toContain('<jw315:Afzender>98171394</jw315:Afzender>');
    }
    const staat = JSON.parse(fs.readFileSync(path.join(a, 'simulator-98171394.json'), 'utf8'));
    expect(Object.keys(staat.verzoeken)).toHaveLength(3);

    await run(b);
    const filesB = fs.readdirSync(path.join(b, 'uploads', '98171394')).sort();
    expect(filesB).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(b, 'uploads', '98171394', f))).toEqual(fs.readFileSync(path.join(a, 'uploads', '98171394', f)));

    // A second run continues from the state file: new identifications, no repeats.
    await run(a);
    expect(fs.readdirSync(path.join(a, 'uploads', '98171394'))).toHaveLength(6);
  } finally {
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  }
});

test('usage errors exit 2', async () => {
  const x = io();
  expect(await main(['simulate', '--agb', '98171394'], x.io)).toBe(2);
  expect(x.err.join('')).toMatch(/jeugdregie simulate --postbus/);
});
