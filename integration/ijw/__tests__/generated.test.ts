/** The committed codec tables and types are exactly what the generator produces from the committed XSDs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCodecFiles } from '../../../scripts/generate-codec.js';

const ROOT = resolve(__dirname, '../../..');

test('integration/ijw/generated is current (run `npm run generate:codec` if this fails)', () => {
  const files = generateCodecFiles(join(ROOT, 'integration/ijw/xsd'));
  const onDisk = readdirSync(join(ROOT, 'integration/ijw/generated')).filter((f) => f.endsWith('.generated.ts')).sort();
  expect(onDisk).toEqual([...files.keys()].sort());
  for (const [name, content] of files) {
    expect(readFileSync(join(ROOT, 'integration/ijw/generated', name), 'utf8')).toBe(content);
  }
});

test('the XSD copies are the official files verbatim', () => {
  const shared = resolve(ROOT, '../shared/ijw-3.2/xsd');
  for (const f of readdirSync(shared)) {
    expect(readFileSync(join(ROOT, 'integration/ijw/xsd', f), 'utf8')).toBe(readFileSync(join(shared, f), 'utf8'));
  }
});
