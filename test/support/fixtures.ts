/**
 * The project's copies of the official example messages (test input only; see the SOURCE.md next to them):
 * - iJw 3.2 examples, one per message type: test/fixtures/ijw/3.2/<type>.xml
 * - StUF-GGk 0310 example envelopes: test/fixtures/ggk/ggk_Di01.xml, ggk_Du01.xml
 *
 * Usable from test/, integration/**\/__tests__ and bench/, from the sources (jest) and from a compiled copy
 * (dist/...): the project root is the nearest ancestor that holds test/fixtures/ijw/3.2.
 * Never import this from run-time code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectRoot(): string {
  for (let dir = __dirname; ; ) {
    if (existsSync(join(dir, 'test', 'fixtures', 'ijw', '3.2', 'JW301.xml'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`test/fixtures/ijw/3.2 niet gevonden boven ${__dirname}`);
    dir = up;
  }
}

export const PROJECT_ROOT = projectRoot();

/** test/fixtures/ijw/3.2: the 14 official iJw 3.2 example messages, verbatim. */
export const IJW_VOORBEELDEN_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'ijw', '3.2');

/** test/fixtures/ggk: the StUF-GGk 0310 example envelopes ggk_Di01.xml and ggk_Du01.xml, verbatim. */
export const GGK_VOORBEELDEN_DIR = join(PROJECT_ROOT, 'test', 'fixtures', 'ggk');

/** Path of the official iJw 3.2 example message of a type ('JW301' ... 'JW325'). */
export function ijwVoorbeeldPad(type: string): string {
  return join(IJW_VOORBEELDEN_DIR, `${type}.xml`);
}

/** The official iJw 3.2 example message of a type, as text (UTF-8). */
export function ijwVoorbeeld(type: string): string {
  return readFileSync(ijwVoorbeeldPad(type), 'utf8');
}

/** The official iJw 3.2 example message of a type, as bytes. */
export function ijwVoorbeeldBytes(type: string): Buffer {
  return readFileSync(ijwVoorbeeldPad(type));
}

/** The StUF-GGk example envelope ggk_Di01.xml or ggk_Du01.xml, as text (UTF-8). */
export function ggkVoorbeeld(envelop: 'Di01' | 'Du01'): string {
  return readFileSync(join(GGK_VOORBEELDEN_DIR, `ggk_${envelop}.xml`), 'utf8');
}
