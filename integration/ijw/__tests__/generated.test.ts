/** The committed codec tables and types are exactly what the generator produces from the committed XSDs. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCodecFiles } from '../../../scripts/generate-codec.js';

const ROOT = resolve(__dirname, '../../..');
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

test('integration/ijw/generated is current (run `npm run generate:codec` if this fails)', () => {
  const files = generateCodecFiles(join(ROOT, 'integration/ijw/xsd'));
  const onDisk = readdirSync(join(ROOT, 'integration/ijw/generated')).filter((f) => f.endsWith('.generated.ts')).sort();
  expect(onDisk).toEqual([...files.keys()].sort());
  for (const [name, content] of files) {
    expect(readFileSync(join(ROOT, 'integration/ijw/generated', name), 'utf8')).toBe(content);
  }
});

/** `<sha256>  <file>` lines of integration/ijw/xsd/SOURCE.md: the hashes recorded when the files were copied. */
function recordedHashes(): Map<string, string> {
  const source = readFileSync(join(ROOT, 'integration/ijw/xsd/SOURCE.md'), 'utf8');
  return new Map([...source.matchAll(/^([0-9a-f]{64})  (\S+\.xsd)$/gm)].map((m) => [m[2]!, m[1]!]));
}

test('the XSD copies are the official files verbatim (SHA-256 recorded in integration/ijw/xsd/SOURCE.md)', () => {
  const recorded = recordedHashes();
  const copies = readdirSync(join(ROOT, 'integration/ijw/xsd')).filter((f) => f.endsWith('.xsd')).sort();
  expect([...recorded.keys()].sort()).toEqual(copies);
  for (const f of copies) {
    expect([f, sha256(readFileSync(join(ROOT, 'integration/ijw/xsd', f)))]).toEqual([f, recorded.get(f)]);
  }
});

const SHARED_XSD = resolve(ROOT, '../shared/ijw-3.2/xsd');
(existsSync(SHARED_XSD) ? test : test.skip)('the XSD copies equal ../shared/ijw-3.2/xsd (only when ../shared exists)', () => {
  for (const f of readdirSync(SHARED_XSD)) {
    expect(readFileSync(join(ROOT, 'integration/ijw/xsd', f), 'utf8')).toBe(readFileSync(join(SHARED_XSD, f), 'utf8'));
  }
});
