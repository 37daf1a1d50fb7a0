/**
 * enqueueUitgaand: an outbound heenbericht (JW301, JW319 ... produced by the care mutations in api/resolvers),
 * built, validated and stored in the CALLER's transaction, with an outbox row, so the care change
 * and the message commit or roll back together.
 */
import type { BerichtType } from '../ijw/berichttypen.js';
import type { Bevinding, Queryable } from '../rules/Regel.js';
import { valideer } from '../rules/valideer.js';
import { insertBericht, nextIdentificatie } from '../store/bericht.sql.js';
import { insertKoppelingen, type Koppelingen } from '../store/berichtKoppeling.sql.js';
import { insertOutbox } from '../store/outbox.sql.js';
import { one } from '../store/SqlQuery.js';
import { gemeenteVan } from './leesHeader.js';
import { geraaktVan } from '../monitoring/geraakt.js';
import { werkMonitoringBij } from '../monitoring/projecties.js';
import type { PipelineDeps } from './PipelineDeps.js';
import { inhoudHash } from './receive.js';

export class UitgaandBerichtOngeldig extends Error {
  constructor(
    readonly type: BerichtType,
    readonly bevindingen: readonly Bevinding[],
  ) {
    super(`${type} is ongeldig: ${bevindingen.slice(0, 3).map((b) => `${b.regel} ${b.pad} ${b.melding}`).join('; ')}`);
    this.name = 'UitgaandBerichtOngeldig';
  }
}

export interface UitgaandResultaat {
  id: string;
  identificatie: string;
  dagtekening: string;
  xml: string;
}

type MetHeader = { Header: { Afzender: string; Ontvanger: string; BerichtIdentificatie?: { Identificatie?: string; Dagtekening?: string } } };

/**
 * Header.BerichtIdentificatie is filled in when absent (a sequence number; dagtekening = vandaag).
 * The built XML goes through what the receiver runs on it before its cross-message rules: the XSD, the in-message
 * rules and the external rules (integration/rules valideer, controleniveaus bericht + extern, with deps.bronnen and
 * deps.regels). Throws UitgaandBerichtOngeldig (nothing stored) on any finding. The cross-message rules on our own
 * output run in the services (integration/zorg checkEigenBericht), against their transaction.
 */
export async function enqueueUitgaand(
  tx: Queryable,
  type: BerichtType,
  bericht: unknown,
  links: Koppelingen,
  deps: Pick<PipelineDeps, 'buildBericht' | 'bronnen'> & Partial<Pick<PipelineDeps, 'regels'>>,
  opts: { kanaal?: string } = {},
): Promise<UitgaandResultaat> {
  const b = structuredClone(bericht) as MetHeader;
  const bi = (b.Header.BerichtIdentificatie ??= {});
  bi.Identificatie ??= (await one<{ identificatie: string }>(tx, nextIdentificatie()))!.identificatie;
  bi.Dagtekening ??= deps.bronnen.vandaag();
  const xml = deps.buildBericht(type, b);
  const v = await valideer(xml, { bronnen: deps.bronnen, controleniveaus: ['bericht', 'extern'], ...(deps.regels ? { regels: deps.regels } : {}) });
  if (!v.geldig || v.type !== type) {
    throw new UitgaandBerichtOngeldig(type, v.bevindingen.length ? v.bevindingen : [{ regel: 'XSD', retourcode: '0001', klasse: 'Header', klassePad: 'Header', pad: '', melding: `geen ${type}` }]);
  }
  const raw = Buffer.from(xml, 'utf8');
  const rij = await one<{ id: string }>(tx, insertBericht({
    richting: 'uit',
    type,
    afzender: b.Header.Afzender,
    ontvanger: b.Header.Ontvanger,
    identificatie: bi.Identificatie,
    dagtekening: bi.Dagtekening,
    gemeenteCode: gemeenteVan(b.Header.Afzender, b.Header.Ontvanger),
    inhoudHash: inhoudHash(raw),
    raw,
    parsed: v.bericht ?? b,
    status: 'validated',
    kanaal: opts.kanaal ?? 'intern',
  }));
  if (!rij) throw new Error(`${type} met identificatie ${bi.Identificatie} is al verstuurd (TR056)`);
  const k = insertKoppelingen(rij.id, links);
  if (k) await one(tx, k);
  await werkMonitoringBij(tx, geraaktVan(gemeenteVan(b.Header.Afzender, b.Header.Ontvanger), links, rij.id)); // monitoring queue (integration/monitoring/wachtrij.ts)
  await one(tx, insertOutbox(rij.id, b.Header.Ontvanger));
  return { id: rij.id, identificatie: bi.Identificatie, dagtekening: bi.Dagtekening, xml };
}
