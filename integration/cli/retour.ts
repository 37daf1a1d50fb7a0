/**
 * `jeugdregie retour <file> [-o out]`: validates a heenbericht (XSD + in-message rules) and writes its
 * retourbericht (JW302 for a JW301 ... JW325 for a JW323) with the codes found, made by integration/retour:
 * to `out`, or to stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isHeenbericht } from '../ijw/berichttypen.js';
import { buildRetourXml } from '../retour/index.js';
import { valideer } from '../rules/index.js';
import { UsageError, type CliIo } from './io.js';
import { formatTekst } from './validate.js';

export const RETOUR_USAGE = 'jeugdregie retour <heenbericht.xml> [-o <retourbericht.xml>]';

export async function retourCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' } },
  });
  if (positionals.length !== 1) throw new UsageError(RETOUR_USAGE);
  const bestand = positionals[0]!;
  let xml: Buffer;
  try {
    xml = readFileSync(bestand);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const r = await valideer(xml);
  if (r.type && !isHeenbericht(r.type)) throw new UsageError(`${bestand} is een ${r.type}: alleen heenberichten krijgen een retourbericht`);
  if (!r.type || !r.bericht) {
    // Not schema-valid: VECOZO rejects it with 0001 before any retourbericht; show why.
    io.err(formatTekst({ bestand, type: r.type ?? null, geldig: false, bevindingen: r.bevindingen }));
    io.err('Geen retourbericht: het bericht is niet schema-geldig en wordt in zijn geheel afgekeurd (0001).\n');
    return 1;
  }
  const retour = buildRetourXml(r.type, r.bericht as never, r.bevindingen);
  const n = `${r.bevindingen.length} bevinding${r.bevindingen.length === 1 ? '' : 'en'}`;
  if (retour.xml === undefined) {
    io.err(`Geen ${retour.type} te versturen voor ${bestand} (${n}).\n`);
    return 0;
  }
  if (values.out) {
    writeFileSync(values.out, retour.xml);
    io.err(`${retour.type} geschreven naar ${values.out} (${n})\n`);
  } else io.out(retour.xml);
  return 0;
}
