/**
 * The demo region Zuid-Holland Zuid, loaded on first start (when the region table is empty).
 *
 * Everything is deterministic: ids are name-based UUIDs (same id for the same demo row on every
 * fresh database), and the few "random" spreads come from a seeded PRNG. Dates sit around 2025–2027.
 * The ten municipalities are checked against cbs_gemeente (code, name and jeugdzorgregio) before anything
 * is written. Providers are fictional; their AGB and KvK numbers are well-formed but made up.
 */
import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AllocationVariant, Budget, Contract, ContractStatus, FundingModel, Municipality, OpenHouseStatus, ProcurementMethod,
  Product, Provider, Region, Segment, Tariff,
} from '../../schema/index.js';
import type { AccessRoute, Frequency, Unit } from '../../schema/index.js';
import { mulberry32 } from '../../integration/simulator/mulberry32.js';

export interface DemoDataSummary {
  /** false when the database already had a region (nothing written). */
  loaded: boolean;
  regions: number;
  municipalities: number;
  providers: number;
  segments: number;
  contracts: number;
  products: number;
  tariffs: number;
  budgets: number;
}

export const DEMO_REGION_CODE = 'ZHZ';
const DEMO_LOCK_KEY = 4_242_002;

/** Name-based UUID (v5 layout over SHA-1) in the demo namespace. */
export function demoId(kind: string, key: string | number): string {
  const h = createHash('sha1').update(`jeugdregie-demo:${kind}:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// --- the region -----------------------------------------------------------------------------------

/** CBS code, name, inhabitants aged 0–17 (rounded, CBS 2025 order of magnitude). */
const MUNICIPALITIES: readonly [string, string, number][] = [
  ['0482', 'Alblasserdam', 4_450],
  ['0505', 'Dordrecht', 24_300],
  ['0512', 'Gorinchem', 8_050],
  ['0523', 'Hardinxveld-Giessendam', 4_300],
  ['0531', 'Hendrik-Ido-Ambacht', 7_150],
  ['1978', 'Molenlanden', 10_250],
  ['0590', 'Papendrecht', 6_450],
  ['0610', 'Sliedrecht', 5_550],
  ['0642', 'Zwijndrecht', 8_850],
  ['1963', 'Hoeksche Waard', 17_600],
];

interface SegmentSeed {
  number: number;
  name: string;
  procurementMethod: ProcurementMethod;
  fundingModel: FundingModel;
  accessRoutes: AccessRoute[];
  /** Heavy segments whose costs the region shares (solidarity): 1 hoog-specialistisch, 5 crisis, 6 GI. */
  solidair?: boolean;
}

const STATUTORY: AccessRoute[] = ['jeugdteam', 'huisarts', 'jeugdarts', 'medisch_specialist', 'gecertificeerde_instelling'];

const SEGMENTS: readonly SegmentSeed[] = [
  { number: 1, name: 'Hoog-specialistische jeugdhulp', procurementMethod: ProcurementMethod.aanbesteding_sas,
    fundingModel: FundingModel.outputgericht, accessRoutes: [...STATUTORY, 'rechter'], solidair: true },
  { number: 2, name: 'Jeugdhulp met verblijf (wonen)', procurementMethod: ProcurementMethod.aanbesteding_sas,
    fundingModel: FundingModel.inspanningsgericht, accessRoutes: [...STATUTORY, 'rechter'] },
  { number: 3, name: 'Dagbesteding en ambulante begeleiding', procurementMethod: ProcurementMethod.open_house,
    fundingModel: FundingModel.inspanningsgericht, accessRoutes: ['jeugdteam', 'huisarts', 'jeugdarts'] },
  { number: 4, name: 'Specialistische jeugdhulp, veel voorkomend', procurementMethod: ProcurementMethod.aanbesteding_sas,
    fundingModel: FundingModel.outputgericht, accessRoutes: STATUTORY },
  { number: 5, name: 'Crisishulp', procurementMethod: ProcurementMethod.begrotingssubsidie,
    fundingModel: FundingModel.taakgericht, accessRoutes: [...STATUTORY, 'rechter', 'raad_voor_de_kinderbescherming'], solidair: true },
  { number: 6, name: 'Gecertificeerde instellingen (jeugdbescherming en jeugdreclassering)',
    procurementMethod: ProcurementMethod.begrotingssubsidie, fundingModel: FundingModel.taakgericht,
    accessRoutes: ['rechter', 'raad_voor_de_kinderbescherming', 'officier_van_justitie'], solidair: true },
  { number: 7, name: 'Jeugdhulp in het onderwijs', procurementMethod: ProcurementMethod.subsidie,
    fundingModel: FundingModel.taakgericht, accessRoutes: ['vrije_toegang', 'jeugdteam'] },
];

interface ProductSeed {
  segment: number;
  category: string;
  code: string;
  name: string;
  unit: Unit;
  frequency: Frequency;
  variant: AllocationVariant;
  normDurationDays: number | null;
  normIntensity: number | null;
  /** Harmonised 2025 price per unit, euro cents (null: no tariff, lumpsum-funded). */
  price2025: number | null;
}

const I = AllocationVariant.inspanningsgericht;
const O = AllocationVariant.outputgericht;

/** The product book: JZ020 categories, 5-character codes, WJ756 units and WMO757 frequencies. */
const PRODUCTS: readonly ProductSeed[] = [
  // 1 hoog-specialistisch (outputgericht trajectories)
  { segment: 1, category: '54', code: '54H01', name: 'Hoog-specialistische jeugd-ggz, traject', unit: '82', frequency: '6', variant: O, normDurationDays: 365, normIntensity: 1, price2025: 2_850_000 },
  { segment: 1, category: '41', code: '41H01', name: 'Dagbehandeling hoog-specialistisch, traject', unit: '82', frequency: '6', variant: O, normDurationDays: 270, normIntensity: 1, price2025: 3_420_000 },
  { segment: 1, category: '43', code: '43H01', name: 'Klinische behandeling (verblijf incl. behandeling), traject', unit: '82', frequency: '6', variant: O, normDurationDays: 180, normIntensity: 1, price2025: 6_975_000 },
  // 2 wonen (inspanningsgericht, per etmaal)
  { segment: 2, category: '43', code: '43A11', name: 'Verblijf inclusief behandeling, groep', unit: '14', frequency: '4', variant: I, normDurationDays: 365, normIntensity: 30, price2025: 31_450 },
  { segment: 2, category: '44', code: '44A04', name: 'Pleegzorg', unit: '14', frequency: '4', variant: I, normDurationDays: 730, normIntensity: 30, price2025: 5_260 },
  { segment: 2, category: '44', code: '44A12', name: 'Gezinshuis', unit: '14', frequency: '4', variant: I, normDurationDays: 730, normIntensity: 30, price2025: 19_875 },
  { segment: 2, category: '44', code: '44A20', name: 'Kamertraining', unit: '14', frequency: '4', variant: I, normDurationDays: 365, normIntensity: 30, price2025: 12_940 },
  // 3 open house: dagbesteding en ambulante begeleiding (per uur / dagdeel)
  { segment: 3, category: '45', code: '45A48', name: 'Ambulante begeleiding individueel', unit: '04', frequency: '2', variant: I, normDurationDays: 180, normIntensity: 2, price2025: 7_155 },
  { segment: 3, category: '45', code: '45A50', name: 'Ambulante begeleiding groep', unit: '16', frequency: '2', variant: I, normDurationDays: 180, normIntensity: 1, price2025: 6_830 },
  { segment: 3, category: '41', code: '41A01', name: 'Dagbesteding jeugd', unit: '16', frequency: '2', variant: I, normDurationDays: 365, normIntensity: 4, price2025: 5_790 },
  { segment: 3, category: '40', code: '40A01', name: 'Persoonlijke verzorging', unit: '04', frequency: '2', variant: I, normDurationDays: 365, normIntensity: 3, price2025: 5_480 },
  { segment: 3, category: '42', code: '42A03', name: 'Vervoer naar dagbesteding', unit: '84', frequency: '2', variant: I, normDurationDays: 365, normIntensity: 8, price2025: 1_965 },
  { segment: 3, category: '34', code: '34A02', name: 'Kortdurend verblijf (logeren)', unit: '14', frequency: '4', variant: I, normDurationDays: 365, normIntensity: 4, price2025: 17_250 },
  // 4 specialistisch, veel voorkomend (outputgericht)
  { segment: 4, category: '54', code: '54001', name: 'Jeugd-ggz basis, traject kort', unit: '82', frequency: '6', variant: O, normDurationDays: 120, normIntensity: 1, price2025: 118_500 },
  { segment: 4, category: '54', code: '54002', name: 'Jeugd-ggz basis, traject middel', unit: '82', frequency: '6', variant: O, normDurationDays: 180, normIntensity: 1, price2025: 241_000 },
  { segment: 4, category: '54', code: '54003', name: 'Jeugd-ggz specialistisch, traject intensief', unit: '82', frequency: '6', variant: O, normDurationDays: 270, normIntensity: 1, price2025: 612_000 },
  { segment: 4, category: '45', code: '45A53', name: 'Specialistische ambulante jeugdhulp, traject', unit: '82', frequency: '6', variant: O, normDurationDays: 240, normIntensity: 1, price2025: 395_000 },
  { segment: 4, category: '53', code: '53001', name: 'Dyslexiezorg, traject', unit: '82', frequency: '6', variant: O, normDurationDays: 365, normIntensity: 1, price2025: 402_500 },
  { segment: 4, category: '50', code: '50A01', name: 'Maatwerkarrangement (budget)', unit: '83', frequency: '6', variant: O, normDurationDays: 365, normIntensity: null, price2025: 100 },
  // 5 crisis (lumpsum; products for allocations and monitoring, no tariff)
  { segment: 5, category: '46', code: '46A01', name: 'Crisisopvang met verblijf', unit: '14', frequency: '6', variant: I, normDurationDays: 28, normIntensity: 28, price2025: null },
  { segment: 5, category: '46', code: '46A02', name: 'Ambulante crisisinterventie', unit: '04', frequency: '6', variant: I, normDurationDays: 28, normIntensity: 20, price2025: null },
  // 6 gecertificeerde instellingen (lumpsum)
  { segment: 6, category: '48', code: '48A01', name: 'Ondertoezichtstelling', unit: '84', frequency: '4', variant: I, normDurationDays: 365, normIntensity: 1, price2025: null },
  { segment: 6, category: '48', code: '48A02', name: 'Voogdij', unit: '84', frequency: '4', variant: I, normDurationDays: 1095, normIntensity: 1, price2025: null },
  { segment: 6, category: '47', code: '47A01', name: 'Jeugdreclassering', unit: '84', frequency: '4', variant: I, normDurationDays: 365, normIntensity: 1, price2025: null },
  // 7 jeugdhulp in het onderwijs (lumpsum)
  { segment: 7, category: '45', code: '45A70', name: 'Jeugdhulp op school', unit: '04', frequency: '2', variant: I, normDurationDays: 180, normIntensity: 2, price2025: null },
];

/** Fictional providers: [name, segments they hold contracts in]. */
const PROVIDERS: readonly [string, number[]][] = [
  ['Stichting Kompas Jeugd-ggz', [1, 4]],
  ['Rivierenland Kinderpsychiatrie', [1]],
  ['Merwedekliniek voor Jeugd', [1, 4]],
  ['Zorggroep De Waal', [1]],
  ['Stichting Thuis in de Drechtsteden', [2]],
  ['Pleegzorg Zuid-Holland Zuid', [2]],
  ['Gezinshuizen Alblasserwaard', [2]],
  ['Woonvorm Het Baken', [2]],
  ['Kamertraining Oude Maas', [2]],
  ['Dagbesteding De Boomgaard', [3]],
  ['Zorgboerderij De Hoeve', [3]],
  ['Begeleiding Op Maat Dordrecht', [3]],
  ['Stichting Samen Sterk Gorinchem', [3]],
  ['Jeugdbegeleiding Hoeksche Waard', [3]],
  ['Zorgboerderij Het Kleine Land', [3]],
  ['Ambulant Team Papendrecht', [3]],
  ['Stichting Logeerhuis De Linde', [3]],
  ['Vervoersdienst Drechtsteden', [3]],
  ['Praktijk Lichtpunt', [3, 4]],
  ['Begeleidingsdienst Zwijndrecht', [3]],
  ['Psychologenpraktijk Oud-Beijerland', [4]],
  ['Orthopedagogisch Centrum Sliedrecht', [4]],
  ['Dyslexiecentrum Zuid-Holland', [4]],
  ['GGz Jeugd Drechtsteden', [4]],
  ['Kinder- en Jeugdpraktijk Molenlanden', [4]],
  ['Crisisdienst Jeugd Zuid-Holland Zuid', [5]],
  ['Jeugdbescherming Zuid-Holland Zuid', [6]],
  ['Stichting Jeugdreclassering Rivierenland', [6]],
  ['Onderwijs en Jeugdhulp Drechtsteden', [7]],
  ['Stichting Welzijn en School', []],
];

/** Yearly indexation (OVA-like) recorded on the 2026 tariff periods. */
const INDEX_2026_PERCENT = 3.85;
const YEARS = [2025, 2026, 2027];

// --- loading ----------------------------------------------------------------------------------------

/**
 * Load the demo region when the region table is empty; otherwise write nothing. Safe to call from
 * several processes at once (transaction-level advisory lock). Returns the counts in the database.
 */
export async function loadDemoData(dataSource: DataSource): Promise<DemoDataSummary> {
  const loaded = await dataSource.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    const [{ n }] = (await m.query('SELECT count(*)::int AS n FROM region')) as [{ n: number }];
    if (n > 0) return false;
    await insertDemo(m);
    return true;
  });
  return { loaded, ...(await countRows(dataSource)) };
}

export async function countRows(dataSource: DataSource): Promise<Omit<DemoDataSummary, 'loaded'>> {
  const [row] = (await dataSource.query(`
    SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM municipality)::int AS municipalities,
           (SELECT count(*) FROM provider)::int AS providers, (SELECT count(*) FROM segment)::int AS segments,
           (SELECT count(*) FROM contract)::int AS contracts, (SELECT count(*) FROM product)::int AS products,
           (SELECT count(*) FROM tariff)::int AS tariffs, (SELECT count(*) FROM budget)::int AS budgets`)) as [
    Omit<DemoDataSummary, 'loaded'>,
  ];
  return row;
}

/** One line for the start-up log. */
export function describeDemoSummary(s: DemoDataSummary): string {
  const counts = `${s.regions} region(s), ${s.municipalities} municipalities, ${s.segments} segments, ${s.providers} providers, ` +
    `${s.contracts} contracts, ${s.products} products, ${s.tariffs} tariffs, ${s.budgets} budgets`;
  return s.loaded ? `loaded the demo region Zuid-Holland Zuid: ${counts}` : `database already has data: ${counts}`;
}

async function insertDemo(m: EntityManager): Promise<void> {
  const random = mulberry32(20_260_101); // the demo spreads are the same on every load
  const regionId = demoId('region', DEMO_REGION_CODE);
  await m.insert(Region, { id: regionId, code: DEMO_REGION_CODE, name: 'Zuid-Holland Zuid' });

  // Municipalities: verify code, name and region against the CBS list first.
  const cbs = (await m.query('SELECT code, naam, jeugdzorgregio FROM cbs_gemeente WHERE code = ANY($1)', [
    MUNICIPALITIES.map(([code]) => code),
  ])) as { code: string; naam: string; jeugdzorgregio: string }[];
  for (const [code, name] of MUNICIPALITIES) {
    const row = cbs.find((r) => r.code === code);
    if (!row || row.naam !== name || row.jeugdzorgregio !== 'Zuid-Holland Zuid') {
      throw new Error(`demo data: ${code} ${name} does not match the CBS list (${JSON.stringify(row)})`);
    }
  }
  const municipalityId = (code: string) => demoId('municipality', code);
  await m.insert(Municipality, MUNICIPALITIES.map(([cbsCode, name, youthPopulation]) => ({
    id: municipalityId(cbsCode), cbsCode, name, youthPopulation, regionId,
  })));

  const segmentId = (n: number) => demoId('segment', `${DEMO_REGION_CODE}-${n}`);
  await m.insert(Segment, SEGMENTS.map((s) => ({ id: segmentId(s.number), regionId, ...s })));

  const productId = (p: ProductSeed) => demoId('product', `${DEMO_REGION_CODE}-${p.category}-${p.code}`);
  await m.insert(Product, PRODUCTS.map((p) => ({
    id: productId(p), regionId, segmentId: segmentId(p.segment), category: p.category, code: p.code, name: p.name,
    unit: p.unit, frequency: p.frequency, allocationVariant: p.variant, normDurationDays: p.normDurationDays,
    normIntensity: p.normIntensity,
  })));

  // Providers: AGB 98 + 6 digits (fictional), KvK 8 digits; Open House status for segment 3.
  const providers = PROVIDERS.map(([name, segments], i) => {
    const openHouse = segments.includes(3);
    // Monthly admission rounds in 2025; two applied late 2026 and one is suspended.
    const admission = openHouse ? `2025-${String(1 + (i % 12)).padStart(2, '0')}-01` : null;
    let status = openHouse ? OpenHouseStatus.admitted : OpenHouseStatus.none;
    if (name === 'Begeleidingsdienst Zwijndrecht') status = OpenHouseStatus.suspended;
    if (name === 'Stichting Welzijn en School') status = OpenHouseStatus.applied;
    return {
      id: demoId('provider', name),
      agbCode: `98${String(100_123 + i * 7_919).padStart(6, '0')}`,
      kvkNumber: String(40_000_000 + Math.floor(random() * 59_999_999)).padStart(8, '0'),
      name,
      openHouseStatus: status,
      openHouseAdmissionDate: status === OpenHouseStatus.admitted || status === OpenHouseStatus.suspended ? admission : null,
      segments,
    };
  });
  await m.insert(Provider, providers.map(({ segments: _segments, ...p }) => p));

  // Contracts.
  const contracts: Partial<Contract>[] = [];
  const lumpsum: Record<number, number> = { 5: 4_850_000_00, 6: 11_200_000_00, 7: 1_650_000_00 };
  let seq = 0;
  for (const p of providers) {
    for (const segment of p.segments) {
      seq += 1;
      const reference = `ZHZ-S${segment}-${String(seq).padStart(3, '0')}`;
      const base = { id: demoId('contract', reference), providerId: p.id, regionId, segmentId: segmentId(segment), reference };
      if (segment === 3) {
        // Open House: 2 years, joined at admission, tacit renewal by 2 years, 6 months notice, until 2030 at most.
        contracts.push({
          ...base, startDate: p.openHouseAdmissionDate ?? '2025-01-01', endDate: '2026-12-31', tacitRenewal: true,
          renewalPeriodMonths: 24, noticePeriodMonths: 6, latestEndDate: '2030-12-31', admissionDate: p.openHouseAdmissionDate,
          status: p.openHouseStatus === OpenHouseStatus.suspended ? ContractStatus.suspended : ContractStatus.active,
        });
      } else if (segment <= 4) {
        // Tendered: 4 years with two optional 1-year extensions (not tacit).
        contracts.push({
          ...base, startDate: '2025-01-01', endDate: '2028-12-31', tacitRenewal: false, renewalPeriodMonths: 12,
          noticePeriodMonths: 6, latestEndDate: '2030-12-31', status: ContractStatus.active,
        });
      } else {
        // Subsidy / lumpsum: one calendar year, renewed tacitly by a year.
        contracts.push({
          ...base, startDate: '2026-01-01', endDate: '2026-12-31', tacitRenewal: true, renewalPeriodMonths: 12,
          noticePeriodMonths: 3, latestEndDate: null, status: ContractStatus.active, lumpsumPerYearCents: lumpsum[segment]! / (segment === 6 ? 2 : 1),
        });
      }
    }
  }
  // Local purchasing: Hoeksche Waard buys extra ambulant support for its islands, a concept for 2027.
  contracts.push({
    id: demoId('contract', 'HW-2027-001'), providerId: demoId('provider', 'Jeugdbegeleiding Hoeksche Waard'), regionId,
    municipalityId: municipalityId('1963'), segmentId: segmentId(3), reference: 'HW-2027-001', startDate: '2027-01-01',
    endDate: '2028-12-31', tacitRenewal: false, status: ContractStatus.concept, admissionDate: '2027-01-01',
  });
  // A contract that was terminated early.
  contracts.push({
    id: demoId('contract', 'ZHZ-S2-OLD'), providerId: demoId('provider', 'Woonvorm Het Baken'), regionId,
    segmentId: segmentId(2), reference: 'ZHZ-S2-OLD', startDate: '2023-01-01', endDate: '2025-06-30',
    tacitRenewal: false, status: ContractStatus.terminated,
  });
  await m.insert(Contract, contracts);

  // Tariffs: harmonised per product (2025 base, 2026 indexed and open ended), and contract tariffs for
  // the tendered segments 1 and 4 (each provider's own offer around the harmonised price).
  const tariffs: Partial<Tariff>[] = [];
  const indexed = (cents: number) => Math.round(cents * (1 + INDEX_2026_PERCENT / 100));
  const periods = (key: string, owner: { contractId?: string; regionId?: string }, product: ProductSeed, price2025: number) => {
    const baseId = demoId('tariff', `${key}-2025`);
    tariffs.push({ id: baseId, ...owner, productId: productId(product), priceCents: price2025, validFrom: '2025-01-01', validTo: '2025-12-31' });
    tariffs.push({
      id: demoId('tariff', `${key}-2026`), ...owner, productId: productId(product), priceCents: indexed(price2025),
      validFrom: '2026-01-01', validTo: null, indexPercentage: INDEX_2026_PERCENT, previousTariffId: baseId,
    });
  };
  for (const product of PRODUCTS) {
    if (product.price2025 === null) continue;
    periods(`region-${product.code}`, { regionId }, product, product.price2025);
  }
  for (const contract of contracts) {
    const segment = SEGMENTS.find((s) => segmentId(s.number) === contract.segmentId)!.number;
    if ((segment !== 1 && segment !== 4) || contract.status !== ContractStatus.active) continue;
    for (const product of PRODUCTS.filter((p) => p.segment === segment && p.unit !== '83')) {
      const offer = Math.round((product.price2025! * (0.94 + random() * 0.1)) / 100) * 100;
      periods(`${contract.reference}-${product.code}`, { contractId: contract.id! }, product, offer);
    }
  }
  await m.insert(Tariff, tariffs);

  // Budgets: each municipality per segment (2, 3, 4, 6, 7) and year, by youth population; the region's
  // shared budget for the heavy segments 1 and 5. Euro per young inhabitant per year, 2025 level.
  const perChild: Record<number, number> = { 2: 210_00, 3: 145_00, 4: 260_00, 6: 95_00, 7: 38_00 };
  const growth = (year: number) => 1 + 0.035 * (year - 2025);
  const budgets: Partial<Budget>[] = [];
  for (const [code, , youth] of MUNICIPALITIES) {
    for (const [segment, cents] of Object.entries(perChild)) {
      for (const year of YEARS) {
        budgets.push({
          id: demoId('budget', `${code}-${segment}-${year}`), municipalityId: municipalityId(code), segmentId: segmentId(Number(segment)),
          year, amountCents: Math.round((youth * cents * growth(year)) / 100_000) * 100_000,
        });
      }
    }
  }
  const shared: Record<number, number> = { 1: 14_750_000_00, 5: 4_850_000_00 };
  for (const [segment, cents] of Object.entries(shared)) {
    for (const year of YEARS) {
      budgets.push({
        id: demoId('budget', `${DEMO_REGION_CODE}-${segment}-${year}`), regionId, segmentId: segmentId(Number(segment)),
        year, amountCents: Math.round((cents * growth(year)) / 100_000) * 100_000,
      });
    }
  }
  await m.insert(Budget, budgets);
}
