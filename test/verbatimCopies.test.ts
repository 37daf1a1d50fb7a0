/**
 * Files copied verbatim into the project (test fixtures, code lists, StUF-GGk schemas) still hash to what their
 * SOURCE.md recorded when they were copied. Needs nothing outside the checkout; the comparison with the reference
 * set in ../shared runs only when ../shared exists (a clean CI checkout may not have it).
 * The iJw XSD copies are checked the same way in integration/ijw/__tests__/generated.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GGK_VOORBEELDEN_DIR, IJW_VOORBEELDEN_DIR, PROJECT_ROOT } from './support/fixtures';

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file below dir (relative paths, sorted), SOURCE.md excepted. */
function kopieen(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'SOURCE.md')
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

interface Kopie {
  naam: string;
  dir: string;
  /** The hashes SOURCE.md records: relative path → sha256. */
  vastgelegd: () => Map<string, string>;
  /** Where the copies came from in ../shared (relative path → file there). */
  bron: (rel: string) => string;
}

/** `<sha256>  <file>` lines (sha256sum output), as in the fixtures' SOURCE.md. */
const sha256sumRegels = (dir: string) => () =>
  new Map([...readFileSync(join(dir, 'SOURCE.md'), 'utf8').matchAll(/^([0-9a-f]{64})  (\S+)$/gm)].map((m) => [m[2]!, m[1]!]));

const CODELIJSTEN = join(PROJECT_ROOT, 'integration/ijw/codelijsten');
const STUF_XSD = join(PROJECT_ROOT, 'integration/transport/stuf/xsd');

const KOPIEEN: Kopie[] = [
  {
    naam: 'test/fixtures/ijw/3.2',
    dir: IJW_VOORBEELDEN_DIR,
    vastgelegd: sha256sumRegels(IJW_VOORBEELDEN_DIR),
    bron: (rel) => join(SHARED, 'ijw-3.2/berichten', rel),
  },
  {
    naam: 'test/fixtures/ggk',
    dir: GGK_VOORBEELDEN_DIR,
    vastgelegd: sha256sumRegels(GGK_VOORBEELDEN_DIR),
    bron: (rel) => join(SHARED, 'ggk-stuf-0310/ggk0310_21/ggkberichten', rel),
  },
  {
    // "## <file>" sections, each with a "- sha256: <hash>" line.
    naam: 'integration/ijw/codelijsten',
    dir: CODELIJSTEN,
    vastgelegd: () =>
      new Map(
        readFileSync(join(CODELIJSTEN, 'SOURCE.md'), 'utf8')
          .split(/^## /m)
          .slice(1)
          .map((sectie) => [sectie.split('\n')[0]!.trim(), /^- sha256: ([0-9a-f]{64})$/m.exec(sectie)?.[1] ?? '']),
      ),
    bron: (rel) => join(SHARED, 'ijw-3.2/codelijsten', rel),
  },
  {
    // Table rows "| <file> | <source> | <sha256> |".
    naam: 'integration/transport/stuf/xsd',
    dir: STUF_XSD,
    vastgelegd: () =>
      new Map(
        [...readFileSync(join(STUF_XSD, 'SOURCE.md'), 'utf8').matchAll(/^\| (\S+) \|.*\| ([0-9a-f]{64}) \|$/gm)].map((m) => [m[1]!, m[2]!]),
      ),
    bron: (rel) => join(SHARED, 'ggk-stuf-0310', rel),
  },
];

describe.each(KOPIEEN)('$naam', ({ dir, vastgelegd, bron }) => {
  test('every copy hashes to the SHA-256 recorded in its SOURCE.md', () => {
    const hashes = vastgelegd();
    expect([...hashes.keys()].sort()).toEqual(kopieen(dir));
    for (const rel of kopieen(dir)) expect([rel, sha256(join(dir, rel))]).toEqual([rel, hashes.get(rel)]);
  });

  (existsSync(SHARED) ? test : test.skip)('every copy equals its source in ../shared (only when ../shared exists)', () => {
    for (const rel of kopieen(dir)) expect([rel, sha256(join(dir, rel))]).toEqual([rel, sha256(bron(rel))]);
  });
});

test('the fixtures are the 14 iJw 3.2 examples and the two GGk envelopes', () => {
  expect(kopieen(IJW_VOORBEELDEN_DIR)).toEqual(
    ['JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308', 'JW315', 'JW316', 'JW317', 'JW318', 'JW319', 'JW320', 'JW323', 'JW325'].map((t) => `${t}.xml`),
  );
  expect(kopieen(GGK_VOORBEELDEN_DIR)).toEqual(['ggk_Di01.xml', 'ggk_Du01.xml']);
});
