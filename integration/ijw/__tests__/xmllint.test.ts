/**
 * Built messages validate with xmllint too (the reference libxml2 CLI), not only with libxml2-wasm.
 * Optional: skipped with a message when xmllint is not installed (apt-get install libxml2-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBericht, parseBericht } from '../codec.js';
import { BERICHT_SCHEMAS } from '../generated/index.generated.js';
import { xsdDir } from '../xsdValidator.js';
import { ALLE_TYPEN, voorbeeld } from './harness.js';

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint) console.warn('xmllint not installed: skipping the xmllint cross-check of built messages');
const maybe = hasXmllint ? describe : describe.skip;

maybe('built messages validate with xmllint --noout --schema', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'ijw-xmllint-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(ALLE_TYPEN)('%s', (type) => {
    const { bericht } = parseBericht(voorbeeld(type));
    const file = join(dir, `${type}.xml`);
    writeFileSync(file, buildBericht(type, bericht as never));
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(xsdDir(), BERICHT_SCHEMAS[type].xsd), file], { encoding: 'utf8' });
    expect(r.stderr.trim()).toBe(`${file} validates`);
    expect(r.status).toBe(0);
  });
});
