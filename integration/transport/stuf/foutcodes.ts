/**
 * The Fo01 error codes of the ISD chain ("ISD-keten foutberichten voor gemeenten", version 2.1 of the
 * chain; /work/shared/ggk-stuf-0310/Foutcodes_asynchroon_berichtenverkeer_ISD-keten.txt), verbatim texts.
 * A gemeente sends only StUF055 (payload not valid against its iJw XSD); the others arrive from the chain.
 */
export type FoutAfzender = 'Gemeente' | 'IB' | 'RINIS' | 'VECOZO';

export interface Foutcode {
  code: string;
  afzender: readonly FoutAfzender[];
  omschrijving: string;
  /** The source says to send again later (IB103: temporary freeze); every other code needs a fix first. */
  opnieuwVerzenden: boolean;
}

const f = (code: string, afzender: FoutAfzender[], omschrijving: string, opnieuwVerzenden = false): Foutcode =>
  Object.freeze({ code, afzender: Object.freeze(afzender), omschrijving, opnieuwVerzenden });

export const FOUTCODES: Readonly<Record<string, Foutcode>> = Object.freeze({
  StUF055: f('StUF055', ['Gemeente', 'IB'], 'Berichtbody is niet conform schema in sectormodel'),
  IB002: f('IB002', ['IB'], 'Organisatie is niet geautoriseerd'),
  IB007: f('IB007', ['IB'], 'Bericht is te groot'),
  IB009: f('IB009', ['IB'], 'Opgegeven (cross)referentienummer is geen geldig UUID'),
  IB101: f('IB101', ['IB'], 'Geen geldige CPA bekend voor combinatie organisatie en berichttype'),
  IB102: f('IB102', ['IB'], 'Geen routering bekend voor combinatie organisatie en berichttype'),
  IB103: f('IB103', ['IB'], 'Aangeboden berichttype tijdelijk geblokkeerd', true),
  IB210: f('IB210', ['IB'], 'Ontvangende organisatie onbekend'),
  IB213: f('IB213', ['IB'], 'Zendende organisatie onbekend'),
  IB234: f('IB234', ['IB'], 'Combinatie functie en organisatie is niet toegestaan'),
  IB240: f('IB240', ['IB'], 'Combinatie berichtcode en functie is niet toegestaan'),
  IB798: f('IB798', ['IB'], 'Ontvangen StUF versie wijkt af van geconfigureerde versie'),
  // Listed under "NOG CHECK BIJ IB" in the source: on the IB's list, not (yet) on the chain's.
  IB216: f('IB216', ['IB'], 'Combinatie zender en referentienummer niet uniek'),
  RIN001: f('RIN001', ['RINIS'], 'Asynchrone algemeen fout'),
  BRS02: f('BRS02', ['VECOZO'], 'Indienende partij beschikt niet over de juiste rol om voor dit berichttype berichten te ontvangen.'),
  BRS03: f('BRS03', ['VECOZO'], 'Indiener beschikt niet over een toestemmingsverklaring van de afzender om voor dit berichttype berichten in te dienen.'),
  BRS04: f('BRS04', ['VECOZO'], 'Geadresseerde partij is niet aangesloten bij VECOZO of AGB is incorrect'),
  BRS05: f('BRS05', ['VECOZO'], 'Geadresseerde partij beschikt niet over de juiste rol om voor dit berichttype berichten te ontvangen.'),
  BRS06: f('BRS06', ['VECOZO'], 'Geadresseerde partij beschikt niet over een toestemmingsverklaring om voor dit berichttype berichten te ontvangen'),
  CC02: f('CC02', ['VECOZO'], 'Bericht voldoet niet aan specificatie (bericht niet conform XSD)'),
  CC03: f('CC03', ['VECOZO'], 'Bestand is te groot'),
  CC04: f('CC04', ['VECOZO'], 'Referentienummer voldoet niet aan het juiste formaat'),
  CC06: f('CC06', ['VECOZO'], 'Applicatie gegevens moeten gevuld zijn'),
  CC08: f('CC08', ['VECOZO'], 'UUID is niet uniek'),
  CC11: f('CC11', ['VECOZO'], 'Retourbericht declaratie mag maar 1 keer per heenbericht worden aangeboden'),
});

export function findFoutcode(code: string): Foutcode | undefined {
  return Object.hasOwn(FOUTCODES, code) ? FOUTCODES[code] : undefined;
}
