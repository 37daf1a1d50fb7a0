/**
 * `jeugdregie validate <files or directories> [--json]`: per file the message type, valid or not, and
 * each finding (rule, WJ001 return code, message class, path, message). XSD first, then the in-message
 * rules (integration/rules valideer()). Exit code 1 when any file is invalid.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Bevinding } from '../rules/Regel.js';
import { valideer } from '../rules/index.js';
import type { BerichtType } from '../ijw/berichttypen.js';
import { UsageError, type CliIo } from './io.js';

export const VALIDATE_USAGE = 'jeugdregie validate <bestanden of mappen ...> [--json] [--max-bytes N]';

export interface BestandResultaat {
  bestand: string;
  type: BerichtType | null;
  geldig: boolean;
  bevindingen: Bevinding[];
}

/** Files to check: the files given, and every *.xml under the directories given (sorted). */
export function verzamelBestanden(paden: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) {
        const q = join(p, e);
        if (statSync(q).isDirectory() || e.toLowerCase().endsWith('.xml')) walk(q);
      }
    } else out.push(p);
  };
  for (const p of paden) walk(p);
  return out;
}

export async function valideerBestand(bestand: string, maxBytes?: number): Promise<BestandResultaat> {
  try {
    const r = await valideer(readFileSync(bestand), maxBytes ? { maxBytes } : {});
    return { bestand, type: r.type ?? null, geldig: r.geldig, bevindingen: r.bevindingen };
  } catch (e) {
    const melding = e instanceof Error ? e.message : String(e);
    return {
      bestand,
      type: null,
      geldig: false,
      bevindingen: [{ regel: 'INTERN', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: '', melding }],
    };
  }
}

export function formatTekst(r: BestandResultaat): string {
  const lines = [`${r.bestand}: ${r.type ?? 'onbekend'} ${r.geldig ? 'geldig' : `ONGELDIG (${r.bevindingen.length} bevinding${r.bevindingen.length === 1 ? '' : 'en'})`}`];
  for (const b of r.bevindingen) {
    const waar = [b.pad || b.klassePad || '(bericht)', b.regelnummer !== undefined ? `regel ${b.regelnummer}` : ''].filter(Boolean).join(', ');
    lines.push(`  ${b.regel} ${b.retourcode} ${b.klasse} ${waar}: ${b.melding}`);
  }
  return lines.join('\n') + '\n';
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'max-bytes': { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError(VALIDATE_USAGE);
  const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : undefined;
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) throw new UsageError('--max-bytes moet een positief geheel getal zijn');
  let bestanden: string[];
  try {
    bestanden = verzamelBestanden(positionals);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const resultaten: BestandResultaat[] = [];
  for (const b of bestanden) {
    const r = await valideerBestand(b, maxBytes);
    resultaten.push(r);
    if (!values.json) io.out(formatTekst(r));
  }
  const ongeldig = resultaten.filter((r) => !r.geldig).length;
  if (values.json) io.out(JSON.stringify(resultaten, null, 2) + '\n');
  else io.out(`${resultaten.length} bestand${resultaten.length === 1 ? '' : 'en'}, ${resultaten.length - ongeldig} geldig, ${ongeldig} ongeldig\n`);
  return ongeldig > 0 ? 1 : 0;
}
