/**
 * The cross-message rules on JW305/JW307 (start and stop of the delivery), each with a violating and a passing case,
 * against real PostgreSQL. State is built with the real handlers (integration/flows/handlers/JW305, JW307).
 */
import { JW305Handler } from '../integration/flows/handlers/JW305';
import { JW307Handler } from '../integration/flows/handlers/JW307';
import { TR019 } from '../integration/rules/berichtoverstijgend/TR019';
import { TR063 } from '../integration/rules/berichtoverstijgend/TR063';
import { TR071 } from '../integration/rules/berichtoverstijgend/TR071';
import { TR074 } from '../integration/rules/berichtoverstijgend/TR074';
import { TR326 } from '../integration/rules/berichtoverstijgend/TR326';
import { TR382 } from '../integration/rules/berichtoverstijgend/TR382';
import { TR413 } from '../integration/rules/berichtoverstijgend/TR413';
import { TR414 } from '../integration/rules/berichtoverstijgend/TR414';
import { TR415 } from '../integration/rules/berichtoverstijgend/TR415';
import type { JW305, JW307 } from '../integration/rules/vorm';
import { useTestDatabase } from './support/db';
import { checkRegel, handle, maakToewijzing, seedInkoop, voorbeeld, type Inkoop } from './zorg.fixtures';

const db = useTestDatabase();
let ink: Inkoop;

interface S { nr?: number; begin: string; status?: string; code?: string }
interface P extends S { reden: string; eind: string }

type Start305 = JW305 & { Header: { Afzender: string; Ontvanger: string } };
type Stop307 = JW307 & { Header: { Afzender: string; Ontvanger: string } };

function jw305(bsn: string, items: S[]): Start305 {
  const b = voorbeeld('JW305');
  b.Client.Bsn = bsn;
  b.Client.StartProducten.StartProduct = items.map((i) => ({
    ...(i.nr === undefined ? {} : { ToewijzingNummer: i.nr }),
    Product: { Categorie: '55', Code: i.code ?? '55A11' },
    ToewijzingIngangsdatum: '2026-04-01',
    Begindatum: i.begin,
    StatusAanlevering: i.status ?? '1',
  }));
  return b as Start305;
}

function jw307(bsn: string, items: P[]): Stop307 {
  const b = voorbeeld('JW307');
  b.Client.Bsn = bsn;
  b.Client.StopProducten.StopProduct = items.map((i) => ({
    ...(i.nr === undefined ? {} : { ToewijzingNummer: i.nr }),
    Product: { Categorie: '55', Code: i.code ?? '55A11' },
    ToewijzingIngangsdatum: '2026-04-01',
    Begindatum: i.begin,
    RedenBeeindiging: i.reden,
    Einddatum: i.eind,
    StatusAanlevering: i.status ?? '1',
  }));
  return b as Stop307;
}

const codes = (bs: { retourcode: string }[]) => bs.map((b) => b.retourcode);

beforeAll(async () => {
  ink = await seedInkoop(db.pool, '0363', '65656055');
});

describe('TR019 (9019) start/stop related to an allocation', () => {
  test('a start on an unknown ToewijzingNummer is rejected on its StartProduct', async () => {
    const f = await checkRegel(TR019, jw305('100000001', [{ nr: 990001, begin: '2026-04-03' }]), db.pool);
    expect(f).toEqual([expect.objectContaining({ retourcode: '9019', klasse: 'StartProduct', klassePad: 'Client.StartProducten.StartProduct[0]' })]);
  });
  test('a start on an allocation of this municipality, provider and client passes', async () => {
    await maakToewijzing(db.pool, ink, 100001, '100000001');
    expect(await checkRegel(TR019, jw305('100000001', [{ nr: 100001, begin: '2026-04-03' }]), db.pool)).toEqual([]);
  });
  test('the allocation of another client does not count', async () => {
    expect(codes(await checkRegel(TR019, jw305('100000009', [{ nr: 100001, begin: '2026-04-03' }]), db.pool))).toEqual(['9019']);
  });
  test('a stop is checked the same way', async () => {
    expect(codes(await checkRegel(TR019, jw307('100000001', [{ nr: 990002, begin: '2026-04-03', reden: '31', eind: '2026-05-01' }]), db.pool))).toEqual(['9019']);
  });
});

describe('TR074 (9074) key of a first delivery unique over received messages', () => {
  const bsn = '100000002';
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 100002, bsn);
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100002, begin: '2026-04-03' }]));
  });
  test('the same start key again is rejected', async () => {
    expect(codes(await checkRegel(TR074, jw305(bsn, [{ nr: 100002, begin: '2026-04-03' }]), db.pool))).toEqual(['9074']);
  });
  test('another Begindatum is another key', async () => {
    expect(await checkRegel(TR074, jw305(bsn, [{ nr: 100002, begin: '2026-04-04' }]), db.pool)).toEqual([]);
  });
  test('after removal (StatusAanlevering 3) the key may be delivered again (IV008)', async () => {
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100002, begin: '2026-04-03', status: '3' }]));
    expect(await checkRegel(TR074, jw305(bsn, [{ nr: 100002, begin: '2026-04-03' }]), db.pool)).toEqual([]);
  });
  test('a stop key delivered twice is rejected', async () => {
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100002, begin: '2026-04-03' }]));
    const stop = jw307(bsn, [{ nr: 100002, begin: '2026-04-03', reden: '20', eind: '2026-05-01' }]);
    await handle(db.pool, JW307Handler, stop);
    expect(codes(await checkRegel(TR074, stop, db.pool))).toEqual(['9074']);
    expect(await checkRegel(TR074, jw307(bsn, [{ nr: 100002, begin: '2026-04-03', reden: '31', eind: '2026-05-01' }]), db.pool)).toEqual([]);
  });
});

describe('TR326 (9326) no new start while a start is current', () => {
  const bsn = '100000003';
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 100003, bsn);
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100003, begin: '2026-04-03' }]));
  });
  test('a second start on the same allocation is rejected', async () => {
    expect(codes(await checkRegel(TR326, jw305(bsn, [{ nr: 100003, begin: '2026-05-01' }]), db.pool))).toEqual(['9326']);
  });
  test('a correction that removes the start in the same message passes', async () => {
    const correctie = jw305(bsn, [{ nr: 100003, begin: '2026-04-03', status: '3' }, { nr: 100003, begin: '2026-04-05' }]);
    expect(await checkRegel(TR326, correctie, db.pool)).toEqual([]);
  });
  test('after a (temporary) stop a new start passes', async () => {
    await handle(db.pool, JW307Handler, jw307(bsn, [{ nr: 100003, begin: '2026-04-03', reden: '20', eind: '2026-04-30' }]));
    expect(await checkRegel(TR326, jw305(bsn, [{ nr: 100003, begin: '2026-05-01' }]), db.pool)).toEqual([]);
  });
});

describe('TR063 (9063) removal needs an earlier delivery with the same key', () => {
  const bsn = '100000004';
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 100004, bsn);
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100004, begin: '2026-04-03' }]));
  });
  test('removing a start that was never delivered is rejected', async () => {
    expect(codes(await checkRegel(TR063, jw305(bsn, [{ nr: 100004, begin: '2026-04-09', status: '3' }]), db.pool))).toEqual(['9063']);
  });
  test('removing the delivered start passes', async () => {
    expect(await checkRegel(TR063, jw305(bsn, [{ nr: 100004, begin: '2026-04-03', status: '3' }]), db.pool)).toEqual([]);
  });
  test('removing a stop needs the stop with the same key', async () => {
    await handle(db.pool, JW307Handler, jw307(bsn, [{ nr: 100004, begin: '2026-04-03', reden: '31', eind: '2026-06-30' }]));
    expect(codes(await checkRegel(TR063, jw307(bsn, [{ nr: 100004, begin: '2026-04-03', reden: '31', eind: '2026-06-29', status: '3' }]), db.pool))).toEqual(['9063']);
    expect(await checkRegel(TR063, jw307(bsn, [{ nr: 100004, begin: '2026-04-03', reden: '31', eind: '2026-06-30', status: '3' }]), db.pool)).toEqual([]);
  });
});

describe('TR071 (9071) no removal of a start that was stopped', () => {
  const bsn = '100000005';
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 100005, bsn);
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100005, begin: '2026-04-03' }, { nr: 100005, begin: '2026-06-01', code: '55A12' }]));
    await handle(db.pool, JW307Handler, jw307(bsn, [{ nr: 100005, begin: '2026-04-03', reden: '31', eind: '2026-05-31' }]));
  });
  test('removing a stopped start is rejected', async () => {
    expect(codes(await checkRegel(TR071, jw305(bsn, [{ nr: 100005, begin: '2026-04-03', status: '3' }]), db.pool))).toEqual(['9071']);
  });
  test('removing a start without stop passes', async () => {
    expect(await checkRegel(TR071, jw305(bsn, [{ nr: 100005, begin: '2026-06-01', code: '55A12', status: '3' }]), db.pool)).toEqual([]);
  });
});

describe('TR382 (9069) stop carries the key of a current start', () => {
  const bsn = '100000006';
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 100006, bsn);
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100006, begin: '2026-04-03' }]));
  });
  test('a stop with another Begindatum than the start is rejected with 9069', async () => {
    const f = await checkRegel(TR382, jw307(bsn, [{ nr: 100006, begin: '2026-04-04', reden: '31', eind: '2026-05-01' }]), db.pool);
    expect(f).toEqual([expect.objectContaining({ retourcode: '9069', klasse: 'StopProduct', pad: 'Client.StopProducten.StopProduct[0].Begindatum' })]);
  });
  test('a stop with the start key passes', async () => {
    expect(await checkRegel(TR382, jw307(bsn, [{ nr: 100006, begin: '2026-04-03', reden: '31', eind: '2026-05-01' }]), db.pool)).toEqual([]);
  });
  test('a stop on a removed start is rejected', async () => {
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100006, begin: '2026-04-03', status: '3' }]));
    expect(codes(await checkRegel(TR382, jw307(bsn, [{ nr: 100006, begin: '2026-04-03', reden: '31', eind: '2026-05-01' }]), db.pool))).toEqual(['9069']);
  });
});

describe('TR413/TR414/TR415: temporary and definitive stops', () => {
  const bsn = '100000007';
  beforeAll(async () => {
    await maakToewijzing(db.pool, ink, 100007, bsn);
    await handle(db.pool, JW305Handler, jw305(bsn, [{ nr: 100007, begin: '2026-04-03' }]));
    await handle(db.pool, JW307Handler, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '20', eind: '2026-05-01' }]));
  });
  test('TR413: a second temporary stop is rejected (9413); a definitive one passes', async () => {
    expect(codes(await checkRegel(TR413, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '20', eind: '2026-05-10' }]), db.pool))).toEqual(['9413']);
    expect(await checkRegel(TR413, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '31', eind: '2026-05-10' }]), db.pool)).toEqual([]);
  });
  test('TR414: an Einddatum before that of the current stop is rejected (9414); a later one passes', async () => {
    expect(codes(await checkRegel(TR414, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '31', eind: '2026-04-20' }]), db.pool))).toEqual(['9414']);
    expect(await checkRegel(TR414, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '31', eind: '2026-05-01' }]), db.pool)).toEqual([]);
  });
  test('TR415: after a definitive stop no other stop (9415); after its removal in the same message, a new one passes', async () => {
    expect(await checkRegel(TR415, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '31', eind: '2026-05-10' }]), db.pool)).toEqual([]);
    await handle(db.pool, JW307Handler, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '31', eind: '2026-05-10' }]));
    expect(codes(await checkRegel(TR415, jw307(bsn, [{ nr: 100007, begin: '2026-04-03', reden: '33', eind: '2026-05-12' }]), db.pool))).toEqual(['9415']);
    const correctie = jw307(bsn, [
      { nr: 100007, begin: '2026-04-03', reden: '31', eind: '2026-05-10', status: '3' },
      { nr: 100007, begin: '2026-04-03', reden: '33', eind: '2026-05-12' },
    ]);
    expect(await checkRegel(TR415, correctie, db.pool)).toEqual([]);
  });
});
