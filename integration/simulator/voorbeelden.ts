/** The official iJw 3.2 example messages (../shared/ijw-3.2/berichten, or test/fixtures/ijw/3.2 when copied). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const KANDIDATEN = [
  path.resolve(__dirname, '../../test/fixtures/ijw/3.2'),
  path.resolve(__dirname, '../../../shared/ijw-3.2/berichten'),
  path.resolve(__dirname, '../../../../shared/ijw-3.2/berichten'),
  path.resolve(__dirname, '../../../../../shared/ijw-3.2/berichten'),
];

export function voorbeeldBericht(type: string): string {
  for (const dir of KANDIDATEN) {
    const p = path.join(dir, `${type}.xml`);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  throw new Error(`Voorbeeldbericht ${type} niet gevonden`);
}
