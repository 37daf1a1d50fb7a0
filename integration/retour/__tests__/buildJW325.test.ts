import { validateXsd } from '../../ijw/xsdValidator.js';
import { buildBericht } from '../../ijw/codec.js';
import type { Bevinding } from '../../rules/Regel.js';
import { basis } from '../../rules/__tests__/harness.js';
import { buildJW325 } from '../index.js';

const OPTS = { identificatie: 'DA0001', dagtekening: '2026-05-20' };
const P = (c: number, p: number) => `Declaratie.Clienten.Client[${c}].Prestaties.Prestatie[${p}]`;
const b = (klassePad: string, retourcode: string): Bevinding => ({
  regel: 'TRxxx',
  retourcode,
  klasse: 'Prestatie',
  klassePad,
  pad: klassePad,
  melding: 'test',
  controleniveau: 'berichtoverstijgend',
});

async function geldig(bericht: unknown) {
  expect(await validateXsd('JW325', buildBericht('JW325', bericht as never))).toEqual([]);
}

describe('buildJW325 (IV087)', () => {
  it('fully approved: Header 0200, DeclaratieAntwoord 8001, toegekend = ingediend, no Clienten', async () => {
    const heen = basis('JW323');
    const r = buildJW325(heen, [], OPTS);
    const h = r.bericht!.Header;
    expect(h).toMatchObject({
      BerichtCode: '491',
      Afzender: '0384',
      Ontvanger: '65656055',
      BerichtIdentificatie: { Identificatie: 'DA0001', Dagtekening: '2026-05-20' },
      DeclaratieIdentificatie: heen.Header.BerichtIdentificatie,
      XsdVersieDeclaratie: heen.Header.XsdVersie,
      RetourCodes: { RetourCode: ['0200'] },
    });
    expect(r.bericht!.DeclaratieAntwoord).toEqual({
      DeclaratieNummer: 'DN001',
      TotaalIngediendBedrag: { TotaalBedrag: 79000, DebetCredit: 'D' },
      TotaalToegekendBedrag: { TotaalBedrag: 79000, DebetCredit: 'D' },
      RetourCodes: { RetourCode: ['8001'] },
    });
    await geldig(r.bericht);
  });

  it('rejected prestaties: only those, under their Client (0200), toegekend = ingediend − afgewezen', async () => {
    const r = buildJW325(basis('JW323'), [b(P(0, 1), '0611'), b(P(1, 2), '9307'), b(P(1, 2), '9308')], OPTS);
    const a = r.bericht!.DeclaratieAntwoord!;
    expect(a.RetourCodes.RetourCode).toEqual(['0200']);
    expect(a.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 79000 - 24000 - 21000, DebetCredit: 'D' });
    expect(a.Clienten!.Client.map((c) => [c.Bsn, c.RetourCodes.RetourCode, c.Prestaties.Prestatie.map((p) => [p.ProductReferentie.ReferentieNummer, p.RetourCodes.RetourCode])])).toEqual([
      ['999900006', ['0200'], [['RN002', ['0611']]]],
      ['999900018', ['0200'], [['RN005', ['9307', '9308']]]],
    ]);
    await geldig(r.bericht);
  });

  it('a Client finding: the Client gets the code, all its Prestaties 0233', async () => {
    const r = buildJW325(basis('JW323'), [{ ...b('Declaratie.Clienten.Client[0]', '8187'), klasse: 'Client' }], OPTS);
    const [c] = r.bericht!.DeclaratieAntwoord!.Clienten!.Client;
    expect(c!.RetourCodes.RetourCode).toEqual(['8187']);
    expect(c!.Prestaties.Prestatie.map((p) => p.RetourCodes.RetourCode)).toEqual([['0233'], ['0233']]);
    expect(r.bericht!.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag).toBe(79000 - 29000);
    await geldig(r.bericht);
  });

  it('a Declaratie finding: DeclaratieAntwoord with the code, TotaalToegekendBedrag 0, no prestaties (TR342)', async () => {
    const r = buildJW325(basis('JW323'), [{ ...b('Declaratie', '9333'), klasse: 'Declaratie' }], OPTS);
    expect(r.bericht!.Header.RetourCodes.RetourCode).toEqual(['0200']);
    expect(r.bericht!.DeclaratieAntwoord).toEqual({
      DeclaratieNummer: 'DN001',
      TotaalIngediendBedrag: { TotaalBedrag: 79000, DebetCredit: 'D' },
      TotaalToegekendBedrag: { TotaalBedrag: 0, DebetCredit: 'D' },
      RetourCodes: { RetourCode: ['9333'] },
    });
    await geldig(r.bericht);
  });

  it('credits: a rejected credit raises the toegekend amount; a negative total is credit', () => {
    const heen = basis('JW323');
    for (const c of heen.Declaratie.Clienten.Client) for (const p of c.Prestaties.Prestatie) p.IngediendBedrag.DebetCredit = 'C';
    heen.Declaratie.TotaalIngediendBedrag.DebetCredit = 'C';
    const r = buildJW325(heen, [b(P(0, 0), '8017')], OPTS);
    expect(r.bericht!.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 74000, DebetCredit: 'C' });
  });

  it('in-message rejection: Header 0001 only', async () => {
    const r = buildJW325(basis('JW323'), [{ ...b('Declaratie', '0001'), controleniveau: 'bericht' }], OPTS);
    expect(r.bericht).toEqual({ Header: expect.objectContaining({ RetourCodes: { RetourCode: ['0001'] } }) });
    await geldig(r.bericht);
  });
});
