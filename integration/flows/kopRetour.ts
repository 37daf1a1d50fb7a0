/**
 * A header-only retourbericht: the heenbericht's Header plus IdentificatieRetour, DagtekeningRetour,
 * XsdVersieRetour and the codes on the Header. XSD-valid for every retour type (Client is optional).
 * Right for a message rejected as a whole; the fallback of the pipeline when H3's builder
 * (integration/retour) cannot place codes, and what the provider simulator sends as JW302/JW320.
 */
import { buildBericht } from '../ijw/codec.js';
import { RETOUR_VAN, type BerichtType, type Heenbericht, type Retourbericht } from '../ijw/berichttypen.js';

export const BERICHTCODE: Readonly<Record<BerichtType, string>> = Object.freeze({
  JW301: '436', JW302: '437', JW305: '438', JW306: '439', JW307: '440', JW308: '441', JW315: '446', JW316: '447',
  JW317: '486', JW318: '487', JW319: '488', JW320: '489', JW323: '490', JW325: '491',
});

export interface HeenKop {
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Identificatie: string; Dagtekening: string };
  XsdVersie?: { BasisschemaXsdVersie: string; BerichtXsdVersie: string };
}

const XSD_VERSIE = { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' };

export function bouwKopRetourObject(heenType: Heenbericht, kop: HeenKop, codes: readonly string[], identificatieRetour: string, dagtekeningRetour: string) {
  const type: Retourbericht = RETOUR_VAN[heenType];
  return {
    type,
    bericht: {
      Header: {
        BerichtCode: BERICHTCODE[type],
        BerichtVersie: 3,
        BerichtSubversie: 2,
        Afzender: kop.Afzender,
        Ontvanger: kop.Ontvanger,
        BerichtIdentificatie: { Identificatie: kop.BerichtIdentificatie.Identificatie, Dagtekening: kop.BerichtIdentificatie.Dagtekening },
        XsdVersie: kop.XsdVersie ?? XSD_VERSIE,
        IdentificatieRetour: identificatieRetour,
        DagtekeningRetour: dagtekeningRetour,
        XsdVersieRetour: XSD_VERSIE,
        RetourCodes: { RetourCode: [...(codes.length ? codes : ['0200'])] },
      },
    },
  };
}

export function bouwKopRetour(heenType: Heenbericht, kop: HeenKop, codes: readonly string[], identificatieRetour: string, dagtekeningRetour: string) {
  const { type, bericht } = bouwKopRetourObject(heenType, kop, codes, identificatieRetour, dagtekeningRetour);
  return { type, bericht, xml: buildBericht(type, bericht as never) };
}
