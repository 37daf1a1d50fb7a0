/**
 * `jeugdregie retour <file> [-o out]`: validates a heenbericht (XSD + in-message rules) and writes its
 * retourbericht (JW302 for a JW301 ...) with the codes found: to `out`, or to stdout.
 * The retourbericht itself is made by integration/retour (see laadRetourBouwer).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isHeenbericht, RETOUR_VAN, type BerichtType } from '../ijw/berichttypen.js';
import { buildBericht } from '../ijw/codec.js';
import type { Bevinding } from '../rules/Regel.js';
import { valideer } from '../rules/index.js';
import { UsageError, type CliIo } from './io.js';
import { formatTekst } from './validate.js';

export const RETOUR_USAGE = 'jeugdregie retour <heenbericht.xml> [-o <retourbericht.xml>]';

/**
 * What the CLI needs from integration/retour: heenbericht + findings -> retourbericht, either as a typed
 * object (built here with buildBericht) or as XML text.
 */
export type RetourBouwer = (
  heen: { type: BerichtType; bericht: unknown },
  bevindingen: readonly Bevinding[],
) => { type: BerichtType; bericht: unknown } | string | Promise<{ type: BerichtType; bericht: unknown } | string>;

/** Export names looked up in integration/retour/index.ts, in this order. */
export const RETOUR_EXPORTS = ['buildRetourbericht', 'maakRetourbericht', 'retourbericht'] as const;

/**
 * Loads the retour builder at run time, so the CLI compiles before integration/retour exists.
 * Throws a clear error when it is missing.
 */
export function laadRetourBouwer(): RetourBouwer {
  let mod: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../retour/index.js') as Record<string, unknown>;
  } catch (e) {
    throw new Error(`integration/retour/index.ts ontbreekt of laadt niet (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
  for (const name of RETOUR_EXPORTS) if (typeof mod[name] === 'function') return mod[name] as RetourBouwer;
  throw new Error(`integration/retour/index.ts exporteert geen ${RETOUR_EXPORTS.join(' / ')}`);
}

export async function retourCommand(args: string[], io: CliIo, bouwer?: RetourBouwer): Promise<number> {
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
  const maak = bouwer ?? laadRetourBouwer();
  const retour = await maak({ type: r.type, bericht: r.bericht }, r.bevindingen);
  if (typeof retour !== 'string' && retour.type !== RETOUR_VAN[r.type]) {
    throw new Error(`retourbouwer gaf ${retour.type}, verwacht ${RETOUR_VAN[r.type]}`);
  }
  const text = typeof retour === 'string' ? retour : buildBericht(retour.type, retour.bericht as never);
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`${RETOUR_VAN[r.type]} geschreven naar ${values.out} (${r.bevindingen.length} bevinding${r.bevindingen.length === 1 ? '' : 'en'})\n`);
  } else io.out(text);
  return 0;
}
