/**
 * The provider simulator's monthly JW323 (declaratieUitStaat, used by AanbiederSimulator.declareer): built
 * from the allocations and starts it holds, it passes every rule, is booked through the pipeline and answered
 * with an XSD-valid JW325 (8001: everything approved).
 */
import { buildBericht } from '../integration/ijw/codec';
import { decode } from '../integration/ijw/decode';
import { declaratieUitStaat } from '../integration/declaraties/simulatorJW323';
import { nieuweStaat, type SimToewijzing } from '../integration/simulator/staat';
import { receive } from '../integration/flows/receive';
import { verwerkVolgende } from '../integration/flows/pipeline';
import { standaardDeps } from '../integration/flows/standaardDeps';
import { berichtHandlers } from '../integration/flows/handlers/index';
import { useTestDatabase } from './support/db';
import { maakRegio, maakToewijzing, AANBIEDER, GEMEENTE } from './declaraties.fixture';

const db = useTestDatabase();

test('a simulated month declares what was allocated and started, and is fully approved', async () => {
  const regio = await maakRegio(db.pool);
  const staat = nieuweStaat(AANBIEDER);
  const bsns = ['999900006', '999900018', '999900031'];
  for (let i = 0; i < 3; i++) {
    const nummer = 8100 + i;
    const ingang = i === 2 ? '2026-04-10' : '2026-01-01';
    await maakToewijzing(db.pool, { nummer, bsn: bsns[i]!, contractId: regio.contractId, ingangsdatum: ingang, volume: 6, frequentie: '2' });
    const t: SimToewijzing = {
      gemeente: GEMEENTE, nummer, bsn: bsns[i]!, geboortedatum: '2012-01-01', product: { categorie: '45', code: '45A01' }, ingangsdatum: ingang,
      einddatum: '2026-12-31', omvang: { volume: 6, eenheid: '04', frequentie: '2' }, jw301: 'X', jw302Codes: [], stops: [],
      starts: i === 1 ? [] : [{ begindatum: ingang, status: 'actueel' }], // the second allocation was never started
    };
    staat.toewijzingen[`${GEMEENTE}:${nummer}`] = t;
  }
  const declaratie = declaratieUitStaat(staat, { gemeente: GEMEENTE, maand: '2026-04-01', identificatie: 'SIM1', tarief: (c, code) => (c === '45' && code === '45A01' ? 9000 : undefined) })!;
  declaratie.DeclaratieDagtekening = '2026-05-04';
  const xml = buildBericht('JW323', {
    Header: {
      BerichtCode: '490', BerichtVersie: 3, BerichtSubversie: 2, Afzender: AANBIEDER, Ontvanger: GEMEENTE,
      BerichtIdentificatie: { Identificatie: 'SIM1', Dagtekening: '2026-05-04' }, XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Declaratie: declaratie,
  } as never);
  const clienten = (declaratie.Clienten as { Client: { Bsn: string; Prestaties: { Prestatie: { ProductPeriode: unknown; GeleverdVolume: number }[] } }[] }).Client;
  expect(clienten.map((c) => [c.Bsn, c.Prestaties.Prestatie.map((p) => [p.ProductPeriode, p.GeleverdVolume])])).toEqual([
    ['999900006', [[{ Begindatum: '2026-04-01', Einddatum: '2026-04-30' }, 24]]],
    ['999900031', [[{ Begindatum: '2026-04-10', Einddatum: '2026-04-30' }, 18]]], // 3 elapsed weeks × 6
  ]);

  const deps = standaardDeps({ handlers: berichtHandlers, bronnen: { ...standaardDeps().bronnen, vandaag: () => '2026-05-05' } });
  await receive(db.pool, xml, { kanaal: 'simulator' });
  const v = await verwerkVolgende(db.pool, deps);
  expect(v).toMatchObject({ status: 'processed', retourcodes: ['8001'] });
  const retour = (await db.pool.query(`SELECT raw FROM bericht WHERE id = $1`, [v!.retourberichtId])).rows[0];
  const d = await decode(retour.raw);
  expect(d.bevindingen).toEqual([]);
  const a = (d.bericht as any).DeclaratieAntwoord;
  expect(a.RetourCodes.RetourCode).toEqual(['8001']);
  expect(a.TotaalToegekendBedrag.TotaalBedrag).toBe((24 + 18) * 9000);
  expect(a.Clienten).toBeUndefined();
});
