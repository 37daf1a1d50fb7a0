import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ijwVoorbeeld } from '../../../test/support/fixtures.js';
import { main } from '../main.js';
import type { CliIo } from '../io.js';
import { getXsdValidator, validateXsd } from '../../ijw/xsdValidator.js';

const voorbeeld = (t: string) => ijwVoorbeeld(t);

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jeugdregie-cli-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a-JW301.xml'), voorbeeld('JW301'));
  writeFileSync(join(dir, 'in', 'b-kapot.xml'), voorbeeld('JW301').replace(/\s*<jw301:Bsn>[^<]*<\/jw301:Bsn>/, ''));
  writeFileSync(join(dir, 'in', 'c-dtd.xml'), voorbeeld('JW301').replace('?>', '?><!DOCTYPE x [<!ENTITY a "b">]>'));
  writeFileSync(join(dir, 'in', 'genegeerd.txt'), 'geen xml');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  (await getXsdValidator()).dispose();
});

describe('jeugdregie validate', () => {
  test('valid file: type, geldig, exit 0', async () => {
    const io = capture();
    expect(await main(['validate', join(dir, 'in', 'a-JW301.xml')], io)).toBe(0);
    expect(io.stdout).toContain('a-JW301.xml: JW301 geldig');
    expect(io.stdout).toContain('1 bestand, 1 geldig, 0 ongeldig');
  });

  test('a directory: every .xml, findings with rule, code, class, path, line; exit 1', async () => {
    const io = capture();
    expect(await main(['validate', join(dir, 'in')], io)).toBe(1);
    expect(io.stdout).toMatch(/b-kapot\.xml: JW301 ONGELDIG \(1 bevinding\)\n {2}XSD 0001 Header Client\.Geboortedatum, regel \d+: Element 'jw301:Geboortedatum': This element is not expected\. Expected is \( jw301:Bsn \)\./);
    expect(io.stdout).toMatch(/c-dtd\.xml: onbekend ONGELDIG \(1 bevinding\)\n {2}XSD 0001 Header .*DTD/);
    expect(io.stdout).not.toContain('genegeerd.txt');
    expect(io.stdout).toContain('3 bestanden, 1 geldig, 2 ongeldig');
  });

  test('--json gives machine output', async () => {
    const io = capture();
    expect(await main(['validate', '--json', join(dir, 'in', 'b-kapot.xml')], io)).toBe(1);
    const out = JSON.parse(io.stdout);
    expect(out).toEqual([
      expect.objectContaining({
        type: 'JW301',
        geldig: false,
        bevindingen: [expect.objectContaining({ regel: 'XSD', retourcode: '0001', klasse: 'Header', pad: 'Client.Geboortedatum' })],
      }),
    ]);
  });

  test('usage errors exit 2', async () => {
    const io = capture();
    expect(await main(['validate'], io)).toBe(2);
    expect(await main(['validate', join(dir, 'bestaat-niet.xml')], io)).toBe(2);
    expect(await main(['onzin'], io)).toBe(2);
    expect(io.stderr).toContain('gebruik:');
  });
});

describe('jeugdregie retour', () => {
  test('writes the retourbericht of integration/retour to -o, schema-valid', async () => {
    const io = capture();
    const out = join(dir, 'retour.xml');
    expect(await main(['retour', join(dir, 'in', 'a-JW301.xml'), '-o', out], io)).toBe(0);
    expect(io.stderr).toContain(`JW302 geschreven naar ${out}`);
    const xml = readFileSync(out, 'utf8');
    expect(await validateXsd('JW302', xml)).toEqual([]);
    expect(xml).toContain('<jw302:BerichtCode>437</jw302:BerichtCode>');
  });

  test('JW323 with a rule finding: JW325 on stdout carrying the rule code', async () => {
    writeFileSync(join(dir, 'jw323.xml'), voorbeeld('JW323'));
    const io = capture();
    expect(await main(['retour', join(dir, 'jw323.xml')], io)).toBe(0);
    expect(io.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<jw325:Bericht /);
    expect(await validateXsd('JW325', io.stdout)).toEqual([]);
  });

  test('a schema-invalid heenbericht gets no retourbericht (exit 1), a retourbericht is refused (exit 2)', async () => {
    const io = capture();
    expect(await main(['retour', join(dir, 'in', 'b-kapot.xml')], io)).toBe(1);
    expect(io.stderr).toContain('niet schema-geldig');
    writeFileSync(join(dir, 'jw302.xml'), voorbeeld('JW302'));
    expect(await main(['retour', join(dir, 'jw302.xml')], capture())).toBe(2);
  });
});
