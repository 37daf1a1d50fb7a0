/** The reference tables hold exactly the code lists they were copied from. */
import fs from 'node:fs';
import path from 'node:path';
import { useTestDatabase } from './support/db';

const db = useTestDatabase();

function tableRows(file: string, columns: number): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  const cell = '\\s*([^|]+?)\\s*\\|';
  const row = new RegExp(`^\\|\\s*(\\d+)\\s*\\|${cell.repeat(columns - 1)}\\s*$`);
  return text.split('\n').flatMap((line) => {
    const m = row.exec(line);
    return m ? [m.slice(1)] : [];
  });
}

test('cbs_gemeente equals integration/ijw/codelijsten/CBS_Gemeentecodes.md', async () => {
  const expected = tableRows(path.join(__dirname, '../integration/ijw/codelijsten/CBS_Gemeentecodes.md'), 4);
  expect(expected).toHaveLength(342);
  const { rows } = await db.pool.query<{ code: string; naam: string; provincie: string; jeugdzorgregio: string }>(
    'SELECT code, naam, provincie, jeugdzorgregio FROM cbs_gemeente ORDER BY code',
  );
  const actual = rows.map((r) => [r.code, r.naam, r.provincie, r.jeugdzorgregio]);
  expect(actual).toEqual([...expected].sort((a, b) => a[0]!.localeCompare(b[0]!)));
});

test('jz020_productcategorie holds the 24 JZ020 codes', async () => {
  const { rows } = await db.pool.query<{ code: string }>('SELECT code FROM jz020_productcategorie ORDER BY code');
  expect(rows.map((r) => r.code)).toEqual([
    '31', '32', '33', '34', '35', '36', '37', '38', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50',
    '51', '52', '53', '54', '55',
  ]);
});
