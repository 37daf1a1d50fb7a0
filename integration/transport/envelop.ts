/**
 * Between the wire and the pipeline: an inbound body is either a bare iJw message or a StUF-GGk
 * envelope (Di01 heenbericht, Du01 retourbericht, Fo01 error); the payload goes to receive() with the
 * envelope's stuurgegevens. Outbound, a heenbericht leaves in a Di01, a retourbericht in a Du01 whose
 * crossRefnummer is the referentienummer of the Di01 that brought the heenbericht (a bare inbound
 * heenbericht is answered in a Di01: there is no referentienummer to refer to).
 */
import type { Queryable } from '../rules/Regel.js';
import { isHeenbericht } from '../ijw/berichttypen.js';
import { leesHeader } from '../flows/leesHeader.js';
import { receive, type OntvangResultaat } from '../flows/receive.js';
import { afzenderFout, type GeauthenticeerdeAfzender } from './afzender.js';
import { buildDu01, isStufError, unwrapEnvelope, wrapDi01, type Systeem } from './stuf/index.js';

export const APPLICATIE = 'Jeugdregie';
const APPLICATIE_VERSIE = { applicatieVersie: '0001', applicatieSubversie: '0001' };

export type EnvelopOntvangst =
  | { soort: 'bericht'; resultaat: OntvangResultaat; envelop: 'Di01' | 'Du01' | null }
  | { soort: 'fo01'; stuurgegevens: unknown }
  | { soort: 'fout'; fout: string; code?: string }
  /** Zender or Afzender is not the authenticated sender: nothing stored. */
  | { soort: 'geweigerd'; fout: string };

export function isEnvelop(bytes: Buffer): boolean {
  const kop = bytes.subarray(0, 4096).toString('utf8');
  return /www\.egem\.nl\/StUF\/StUF0301|stufstandaarden\.nl\/sectormodel\/ggk/.test(kop);
}

export interface OntvangOpties {
  /** Who the channel authenticated (integration/transport/afzender.ts); the message must be theirs. */
  afzender: GeauthenticeerdeAfzender;
  maxBytes?: number;
}

/** Receive a body from any channel. Never throws for bad input: an envelope error is returned as `fout`. */
export async function ontvangBody(db: Queryable, body: Buffer, kanaal: string, opties: OntvangOpties): Promise<EnvelopOntvangst> {
  const { maxBytes, afzender } = opties;
  if (!isEnvelop(body)) {
    const fout = afzenderFout(afzender, null, leesHeader(body));
    if (fout) return { soort: 'geweigerd', fout };
    return { soort: 'bericht', resultaat: await receive(db, body, { kanaal }), envelop: null };
  }
  let env;
  try {
    env = unwrapEnvelope(body, maxBytes ? { maxBytes } : undefined);
  } catch (e) {
    if (isStufError(e)) return { soort: 'fout', fout: e.message, code: e.code };
    return { soort: 'fout', fout: (e as Error).message };
  }
  const fout = afzenderFout(afzender, env.stuurgegevens.zender.organisatie, env.kind === 'Fo01' ? null : leesHeader(env.payload));
  if (fout) return { soort: 'geweigerd', fout };
  if (env.kind === 'Fo01') return { soort: 'fo01', stuurgegevens: env.stuurgegevens };
  const resultaat = await receive(db, env.payload, { kanaal, stuurgegevens: { envelop: env.kind, ...env.stuurgegevens } });
  return { soort: 'bericht', resultaat, envelop: env.kind };
}

export interface TeVerpakken {
  type: string;
  raw: Buffer;
  /** Our party (gemeente code) and theirs (AGB code). */
  afzender: string;
  ontvanger: string;
  /** For a retourbericht: the stuurgegevens the heenbericht arrived with. */
  heenStuurgegevens?: { envelop?: string; referentienummer?: string } | null;
}

export function zender(organisatie: string): Systeem {
  return { organisatie, applicatie: APPLICATIE };
}

/** The envelope for an outbound message. */
export function verpak(b: TeVerpakken, referentienummer?: string): string {
  const common = {
    payload: b.raw,
    functie: b.type,
    zender: zender(b.afzender),
    ontvanger: { organisatie: b.ontvanger },
    ...APPLICATIE_VERSIE,
    ...(referentienummer ? { referentienummer } : {}),
  };
  const cross = b.heenStuurgegevens?.envelop === 'Di01' ? b.heenStuurgegevens.referentienummer : undefined;
  if (!isHeenbericht(b.type) && cross) return buildDu01({ ...common, crossRefnummer: cross });
  return wrapDi01(common);
}
