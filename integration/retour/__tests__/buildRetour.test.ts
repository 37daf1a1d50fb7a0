import { HEENBERICHTEN, type Heenbericht } from '../../ijw/berichttypen.js';
import { parse } from '../../ijw/codec.js';
import { validateXsd } from '../../ijw/xsdValidator.js';
import type { Bevinding, Controleniveau } from '../../rules/Regel.js';
import { basis } from '../../rules/__tests__/harness.js';
import { buildRetour, buildRetourXml } from '../index.js';

const OPTS = { identificatie: 'RT0001', dagtekening: '2026-08-01' };

const bevinding = (klassePad: string, retourcode: string, controleniveau: Controleniveau = 'berichtoverstijgend'): Bevinding => ({
  regel: 'TRxxx',
  retourcode,
  klasse: klassePad.replace(/\[\d+\]$/, '').split('.').pop()!,
  klassePad,
  pad: klassePad,
  melding: 'test',
  controleniveau,
});

/** One level-3/4 finding below the Header per heenbericht type. */
const KLASSE_BEVINDING: Record<Heenbericht, Bevinding[]> = {
  JW301: [bevinding('Client.ToegewezenProducten.ToegewezenProduct[1]', 'S329', 'extern')],
  JW305: [bevinding('Client.StartProducten.StartProduct[0]', '9063')],
  JW307: [bevinding('Client.StopProducten.StopProduct[1]', '9069')],
  JW315: [bevinding('Client.AangevraagdeProducten.AangevraagdProduct[0]', '9347')],
  JW317: [bevinding('Client.Verzoek', '9349'), bevinding('Client.Verzoek', '9350'), bevinding('Client.Verzoek.OngewijzigdeProducten.OngewijzigdProduct[0]', '9350')],
  JW319: [bevinding('Antwoord', '9360')],
  JW323: [bevinding('Declaratie.Clienten.Client[0].Prestaties.Prestatie[1]', '9346', 'extern')],
};

const GEVALLEN: [string, (t: Heenbericht) => Bevinding[]][] = [
  ['without findings', () => []],
  ['rejected in-message (0001)', () => [bevinding('Client', '0001', 'bericht')]],
  ['rejected on the Header (8848)', () => [bevinding('Header', '8848', 'extern')]],
  ['with findings below the Header', (t) => KLASSE_BEVINDING[t]],
];

describe.each(HEENBERICHTEN)('retour for %s', (type) => {
  it.each(GEVALLEN)('%s: builds XML that validates against the retour XSD', async (_naam, maak) => {
    const { type: retourType, xml } = buildRetourXml(type, basis(type), maak(type), OPTS);
    expect(xml).toBeDefined();
    expect(await validateXsd(retourType, xml!)).toEqual([]);
    // and it reads back
    expect(parse(retourType, xml!)).toBeDefined();
  });

  it('sends no retourbericht after an XSD failure (IV028), unless asked to', () => {
    const xsd = [bevinding('Header', '0001', 'xsd')];
    expect(buildRetour(type, basis(type), xsd, OPTS).bericht).toBeUndefined();
    const r = buildRetour(type, basis(type), xsd, { ...OPTS, bijXsdAfkeur: 'header0001' });
    expect(r.bericht!.Header.RetourCodes!.RetourCode).toEqual(['0001']);
  });
});

describe('retour shape (IV028)', () => {
  it('approved: only the Header, copied from the heenbericht, without RetourCodes', () => {
    const heen = basis('JW305');
    const { type, bericht } = buildRetour('JW305', heen, [], OPTS);
    expect(type).toBe('JW306');
    expect(bericht).toEqual({
      Header: {
        ...heen.Header,
        BerichtCode: '439',
        IdentificatieRetour: 'RT0001',
        DagtekeningRetour: '2026-08-01',
        XsdVersieRetour: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
      },
    });
  });

  it('in-message rejection: Header with 0001 only, and the XsltVersie when given', () => {
    const r = buildRetour('JW301', basis('JW301'), [bevinding('Client.Contactgegevens.Contact[1]', '0001', 'bericht')], { ...OPTS, xsltVersie: '1.0.0' });
    expect(Object.keys(r.bericht!)).toEqual(['Header']);
    expect(r.bericht!.Header.RetourCodes!.RetourCode).toEqual(['0001']);
    expect(r.bericht!.Header.XsltVersie).toBe('1.0.0');
  });

  it('Header rejection at level 3/4: Header with its codes only', () => {
    const r = buildRetour('JW301', basis('JW301'), [bevinding('Header', '8848', 'extern'), bevinding('Header', 'S300', 'extern')], OPTS);
    expect(r.bericht).toEqual({ Header: expect.objectContaining({ RetourCodes: { RetourCode: ['8848', 'S300'] } }) });
  });

  it('class findings: Header 0200, every class 0200 or its own codes (the IV028 TR063 example)', () => {
    const r = buildRetour('JW305', basis('JW305'), [bevinding('Client.StartProducten.StartProduct[0]', '9063')], OPTS);
    const b = r.bericht!;
    expect(b.Header.RetourCodes!.RetourCode).toEqual(['0200']);
    expect(b.Client!.RetourCodes.RetourCode).toEqual(['0200']);
    expect(b.Client!.StartProducten.StartProduct.map((s) => s.RetourCodes.RetourCode)).toEqual([['9063'], ['0200']]);
    expect(b.Client!.Bsn).toBe('999900006');
  });

  it('puts codes on Relatie and Contact classes of a JW302, 0233 below a class that was not assessed', () => {
    const r = buildRetour(
      'JW301',
      basis('JW301'),
      [bevinding('Client.Relaties.Relatie[1].Contact', '9999')],
      { ...OPTS, nietBeoordeeld: ['Client.ToegewezenProducten'] },
    );
    const c = r.bericht!.Client!;
    expect(c.Relaties!.Relatie.map((x) => [x.RetourCodes.RetourCode, x.Contact.RetourCodes.RetourCode])).toEqual([
      [['0200'], ['0200']],
      [['0200'], ['9999']],
    ]);
    expect(c.Contactgegevens.Contact.map((x) => x.RetourCodes.RetourCode)).toEqual([['0200'], ['0200']]);
    expect(c.ToegewezenProducten.ToegewezenProduct.map((x) => x.RetourCodes.RetourCode)).toEqual([['0233'], ['0233']]);
  });

  it('reproduces the codes of the official JW318 example', () => {
    const r = buildRetour('JW317', basis('JW317'), KLASSE_BEVINDING.JW317, OPTS);
    const v = r.bericht!.Client!.Verzoek;
    expect(r.bericht!.Client!.RetourCodes.RetourCode).toEqual(['0200']);
    expect(v.RetourCodes.RetourCode).toEqual(['9349', '9350']);
    expect(v.OngewijzigdeProducten!.OngewijzigdProduct[0]!.RetourCodes.RetourCode).toEqual(['9350']);
    expect(v.NieuweProducten!.NieuwProduct[0]!.RetourCodes.RetourCode).toEqual(['0200']);
  });
});
