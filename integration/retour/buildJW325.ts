/**
 * The declaratie-antwoordbericht (JW325) for a declaratie (JW323) and its findings, as IV087 prescribes:
 * - fully approved: Header 0200, DeclaratieAntwoord 8001, TotaalToegekendBedrag = TotaalIngediendBedrag,
 *   no Clienten;
 * - XSD failure: no message (unless `bijXsdAfkeur: 'header0001'`); in-message failure: Header 0001 only;
 * - level 3/4 failure in the Header: the Header with those codes only;
 * - failure in Declaratie: Header 0200, DeclaratieAntwoord with its codes, TotaalToegekendBedrag 0, no
 *   prestaties (TR342);
 * - failures below Declaratie: Header 0200, DeclaratieAntwoord 0200 with TotaalToegekendBedrag = the sum
 *   of the approved prestaties; only rejected prestaties are returned, under their Client: a Client with
 *   its own finding gets its codes and all its Prestaties (0233 where not assessed); otherwise the Client
 *   gets 0200 and only its rejected Prestaties, each with its codes.
 * Prestaties are approved or rejected as a whole ("Prestaties worden altijd volledig goed of volledig
 * afgekeurd"). Findings locate classes by the JW323 klassePad (Declaratie.Clienten.Client[i].Prestaties
 * .Prestatie[j]); a Prestatie-level code from the declarations flow lands the same way.
 */
import type { BerichtVan } from '../ijw/codec.js';
import { getekend, ongetekend } from '../rules/helpers.js';
import type { Bevinding } from '../rules/Regel.js';
import { RETOUR_BERICHTCODE, type RetourResultaat } from './buildRetourbericht.js';
import {
  codesPerKlasse,
  dagtekeningRetour,
  GEEN_OPMERKING,
  identificatieRetour,
  NIET_BEOORDEELD,
  STANDAARD_XSD_VERSIE,
  TECHNISCH_AFGEKEURD,
  uitkomst,
  valtOnder,
  type RetourOpties,
} from './retourOpties.js';

export const VOLLEDIG_TOEGEWEZEN = '8001';

type JW323 = BerichtVan<'JW323'>;
type JW325 = BerichtVan<'JW325'>;
type JW325Client = NonNullable<JW325['DeclaratieAntwoord']>['Clienten'] extends infer C
  ? C extends { Client: (infer K)[] }
    ? K
    : never
  : never;

export function buildJW325(heen: JW323, bevindingen: readonly Bevinding[], opts: RetourOpties = {}): RetourResultaat<'JW325'> {
  const u = uitkomst(bevindingen, opts);
  if (u.soort === 'xsd') return { type: 'JW325' };
  const h = heen.Header;
  const header: JW325['Header'] = {
    BerichtCode: RETOUR_BERICHTCODE.JW325,
    BerichtVersie: h.BerichtVersie,
    BerichtSubversie: h.BerichtSubversie,
    Afzender: h.Ontvanger,
    Ontvanger: h.Afzender,
    BerichtIdentificatie: { Identificatie: identificatieRetour(opts), Dagtekening: dagtekeningRetour(opts) },
    XsdVersie: { ...(opts.xsdVersie ?? STANDAARD_XSD_VERSIE) },
    DeclaratieIdentificatie: { ...h.BerichtIdentificatie },
    ...(opts.xsltVersie ? { XsltVersie: opts.xsltVersie } : {}),
    XsdVersieDeclaratie: { ...h.XsdVersie },
    RetourCodes: { RetourCode: [GEEN_OPMERKING] },
  };
  const bericht: JW325 = { Header: header };
  if (u.soort === 'technisch') {
    header.RetourCodes.RetourCode = [TECHNISCH_AFGEKEURD];
    return { type: 'JW325', bericht };
  }
  if (u.soort === 'header') {
    header.RetourCodes.RetourCode = u.codes;
    return { type: 'JW325', bericht };
  }
  const d = heen.Declaratie;
  const ingediend = { ...d.TotaalIngediendBedrag };
  const codes = codesPerKlasse(bevindingen);
  const niet = opts.nietBeoordeeld ?? [];
  const nietBeoordeeld = (pad: string) => niet.some((n) => valtOnder(pad, n));

  const declaratieCodes = codes.get('Declaratie') ?? codes.get('DeclaratieAntwoord');
  if (declaratieCodes || nietBeoordeeld('Declaratie')) {
    bericht.DeclaratieAntwoord = {
      DeclaratieNummer: d.DeclaratieNummer,
      TotaalIngediendBedrag: ingediend,
      TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
      RetourCodes: { RetourCode: declaratieCodes ?? [NIET_BEOORDEELD] },
    };
    return { type: 'JW325', bericht };
  }

  const clienten: JW325Client[] = [];
  let afgewezen = 0;
  d.Clienten.Client.forEach((client, i) => {
    const clientPad = `Declaratie.Clienten.Client[${i}]`;
    const clientCodes = codes.get(clientPad) ?? (nietBeoordeeld(clientPad) ? [NIET_BEOORDEELD] : undefined);
    const prestaties = client.Prestaties.Prestatie.flatMap((p, j) => {
      const pad = `${clientPad}.Prestaties.Prestatie[${j}]`;
      const eigen = codes.get(pad) ?? (nietBeoordeeld(pad) ? [NIET_BEOORDEELD] : undefined);
      const prestatieCodes = eigen ?? (clientCodes ? [NIET_BEOORDEELD] : undefined);
      if (!prestatieCodes) return [];
      afgewezen += getekend(p.IngediendBedrag.Bedrag, p.IngediendBedrag.DebetCredit);
      return [{ ...structuredClone(p), RetourCodes: { RetourCode: prestatieCodes } }];
    });
    if (prestaties.length === 0 && !clientCodes) return;
    clienten.push({
      Bsn: client.Bsn,
      Prestaties: { Prestatie: prestaties },
      RetourCodes: { RetourCode: clientCodes ?? [GEEN_OPMERKING] },
    });
  });

  const toegekend = ongetekend(getekend(ingediend.TotaalBedrag, ingediend.DebetCredit) - afgewezen);
  bericht.DeclaratieAntwoord = {
    DeclaratieNummer: d.DeclaratieNummer,
    TotaalIngediendBedrag: ingediend,
    TotaalToegekendBedrag: { TotaalBedrag: toegekend.bedrag, DebetCredit: toegekend.debetCredit },
    ...(clienten.length > 0 ? { Clienten: { Client: clienten } } : {}),
    RetourCodes: { RetourCode: [clienten.length > 0 ? GEEN_OPMERKING : VOLLEDIG_TOEGEWEZEN] },
  };
  return { type: 'JW325', bericht };
}
