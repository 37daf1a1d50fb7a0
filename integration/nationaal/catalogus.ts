/**
 * What every generated region buys: the seven segments of the demo region (api/boot/demoData.ts), their product
 * templates (JZ020 category, WJ756 unit, WMO757 frequency, variant, norm, 2025 price) and how contracts spread over
 * them. A region's product book is the templates of each segment, repeated with numbered codes up to its size.
 */
import type { AllocationVariant, FundingModel, ProcurementMethod } from '../../schema/enums.js';

export interface SegmentSjabloon {
  nummer: number;
  naam: string;
  inkoop: `${ProcurementMethod}`;
  financiering: `${FundingModel}`;
  toegang: string[];
  /** Share of a region's contracts in this segment (Open House and the generalist segment hold most). */
  contractAandeel: number;
  /** Tendered segments carry each provider's own contract tariffs besides the harmonised one. */
  contractTarieven: boolean;
  /** Municipal budget per young inhabitant per year, euro cents, 2025 level; null: the region's shared budget. */
  budgetPerJeugdige: number | null;
}

export interface ProductSjabloon {
  segment: number;
  categorie: string;
  naam: string;
  eenheid: string;
  frequentie: string;
  variant: `${AllocationVariant}`;
  normDuurDagen: number | null;
  normIntensiteit: number | null;
  /** Harmonised 2025 price per unit, euro cents; null for lumpsum-funded segments (no tariff). */
  prijs2025: number | null;
}

const WETTELIJK = ['jeugdteam', 'huisarts', 'jeugdarts', 'medisch_specialist', 'gecertificeerde_instelling'];

export const SEGMENTEN: readonly SegmentSjabloon[] = [
  { nummer: 1, naam: 'Hoog-specialistische jeugdhulp', inkoop: 'aanbesteding_sas', financiering: 'outputgericht',
    toegang: [...WETTELIJK, 'rechter'], contractAandeel: 0.06, contractTarieven: true, budgetPerJeugdige: null },
  { nummer: 2, naam: 'Jeugdhulp met verblijf (wonen)', inkoop: 'aanbesteding_sas', financiering: 'inspanningsgericht',
    toegang: [...WETTELIJK, 'rechter'], contractAandeel: 0.14, contractTarieven: true, budgetPerJeugdige: 210_00 },
  { nummer: 3, naam: 'Dagbesteding en ambulante begeleiding', inkoop: 'open_house', financiering: 'inspanningsgericht',
    toegang: ['jeugdteam', 'huisarts', 'jeugdarts'], contractAandeel: 0.4, contractTarieven: false, budgetPerJeugdige: 145_00 },
  { nummer: 4, naam: 'Specialistische jeugdhulp, veel voorkomend', inkoop: 'aanbesteding_sas', financiering: 'outputgericht',
    toegang: WETTELIJK, contractAandeel: 0.3, contractTarieven: true, budgetPerJeugdige: 260_00 },
  { nummer: 5, naam: 'Crisishulp', inkoop: 'begrotingssubsidie', financiering: 'taakgericht',
    toegang: [...WETTELIJK, 'rechter', 'raad_voor_de_kinderbescherming'], contractAandeel: 0.03, contractTarieven: false,
    budgetPerJeugdige: null },
  { nummer: 6, naam: 'Gecertificeerde instellingen (jeugdbescherming en jeugdreclassering)', inkoop: 'begrotingssubsidie',
    financiering: 'taakgericht', toegang: ['rechter', 'raad_voor_de_kinderbescherming', 'officier_van_justitie'],
    contractAandeel: 0.02, contractTarieven: false, budgetPerJeugdige: 95_00 },
  { nummer: 7, naam: 'Jeugdhulp in het onderwijs', inkoop: 'subsidie', financiering: 'taakgericht',
    toegang: ['vrije_toegang', 'jeugdteam'], contractAandeel: 0.05, contractTarieven: false, budgetPerJeugdige: 38_00 },
];

/** Yearly lumpsum of a taakgericht contract, euro cents, by segment (order of magnitude of the demo region's). */
export const LUMPSUM_PER_JAAR: Readonly<Record<number, number>> = { 5: 1_200_000_00, 6: 2_800_000_00, 7: 400_000_00 };

/** The region's shared budget per young inhabitant for the heavy segments (1 and 5), euro cents, 2025 level. */
export const REGIOBUDGET_PER_JEUGDIGE: Readonly<Record<number, number>> = { 1: 330_00, 5: 110_00 };

const I = 'inspanningsgericht' as const;
const O = 'outputgericht' as const;

/** The demo region's 25 products as templates. */
export const PRODUCTEN: readonly ProductSjabloon[] = [
  { segment: 1, categorie: '54', naam: 'Hoog-specialistische jeugd-ggz, traject', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 365, normIntensiteit: 1, prijs2025: 2_850_000 },
  { segment: 1, categorie: '41', naam: 'Dagbehandeling hoog-specialistisch, traject', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 270, normIntensiteit: 1, prijs2025: 3_420_000 },
  { segment: 1, categorie: '43', naam: 'Klinische behandeling, traject', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 180, normIntensiteit: 1, prijs2025: 6_975_000 },
  { segment: 2, categorie: '43', naam: 'Verblijf inclusief behandeling, groep', eenheid: '14', frequentie: '4', variant: I, normDuurDagen: 365, normIntensiteit: 30, prijs2025: 31_450 },
  { segment: 2, categorie: '44', naam: 'Pleegzorg', eenheid: '14', frequentie: '4', variant: I, normDuurDagen: 730, normIntensiteit: 30, prijs2025: 5_260 },
  { segment: 2, categorie: '44', naam: 'Gezinshuis', eenheid: '14', frequentie: '4', variant: I, normDuurDagen: 730, normIntensiteit: 30, prijs2025: 19_875 },
  { segment: 2, categorie: '44', naam: 'Kamertraining', eenheid: '14', frequentie: '4', variant: I, normDuurDagen: 365, normIntensiteit: 30, prijs2025: 12_940 },
  { segment: 3, categorie: '45', naam: 'Ambulante begeleiding individueel', eenheid: '04', frequentie: '2', variant: I, normDuurDagen: 180, normIntensiteit: 2, prijs2025: 7_155 },
  { segment: 3, categorie: '45', naam: 'Ambulante begeleiding groep', eenheid: '16', frequentie: '2', variant: I, normDuurDagen: 180, normIntensiteit: 1, prijs2025: 6_830 },
  { segment: 3, categorie: '41', naam: 'Dagbesteding jeugd', eenheid: '16', frequentie: '2', variant: I, normDuurDagen: 365, normIntensiteit: 4, prijs2025: 5_790 },
  { segment: 3, categorie: '40', naam: 'Persoonlijke verzorging', eenheid: '04', frequentie: '2', variant: I, normDuurDagen: 365, normIntensiteit: 3, prijs2025: 5_480 },
  { segment: 3, categorie: '42', naam: 'Vervoer naar dagbesteding', eenheid: '84', frequentie: '2', variant: I, normDuurDagen: 365, normIntensiteit: 8, prijs2025: 1_965 },
  { segment: 3, categorie: '34', naam: 'Kortdurend verblijf (logeren)', eenheid: '14', frequentie: '4', variant: I, normDuurDagen: 365, normIntensiteit: 4, prijs2025: 17_250 },
  { segment: 4, categorie: '54', naam: 'Jeugd-ggz basis, traject kort', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 120, normIntensiteit: 1, prijs2025: 118_500 },
  { segment: 4, categorie: '54', naam: 'Jeugd-ggz basis, traject middel', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 180, normIntensiteit: 1, prijs2025: 241_000 },
  { segment: 4, categorie: '54', naam: 'Jeugd-ggz specialistisch, traject intensief', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 270, normIntensiteit: 1, prijs2025: 612_000 },
  { segment: 4, categorie: '45', naam: 'Specialistische ambulante jeugdhulp, traject', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 240, normIntensiteit: 1, prijs2025: 395_000 },
  { segment: 4, categorie: '53', naam: 'Dyslexiezorg, traject', eenheid: '82', frequentie: '6', variant: O, normDuurDagen: 365, normIntensiteit: 1, prijs2025: 402_500 },
  { segment: 4, categorie: '50', naam: 'Maatwerkarrangement (budget)', eenheid: '83', frequentie: '6', variant: O, normDuurDagen: 365, normIntensiteit: null, prijs2025: 100 },
  { segment: 5, categorie: '46', naam: 'Crisisopvang met verblijf', eenheid: '14', frequentie: '6', variant: I, normDuurDagen: 28, normIntensiteit: 28, prijs2025: null },
  { segment: 5, categorie: '46', naam: 'Ambulante crisisinterventie', eenheid: '04', frequentie: '6', variant: I, normDuurDagen: 28, normIntensiteit: 20, prijs2025: null },
  { segment: 6, categorie: '48', naam: 'Ondertoezichtstelling', eenheid: '84', frequentie: '4', variant: I, normDuurDagen: 365, normIntensiteit: 1, prijs2025: null },
  { segment: 6, categorie: '48', naam: 'Voogdij', eenheid: '84', frequentie: '4', variant: I, normDuurDagen: 1095, normIntensiteit: 1, prijs2025: null },
  { segment: 6, categorie: '47', naam: 'Jeugdreclassering', eenheid: '84', frequentie: '4', variant: I, normDuurDagen: 365, normIntensiteit: 1, prijs2025: null },
  { segment: 7, categorie: '45', naam: 'Jeugdhulp op school', eenheid: '04', frequentie: '2', variant: I, normDuurDagen: 180, normIntensiteit: 2, prijs2025: null },
];

/**
 * Tariff years: one closed period per year and an open-ended last one, each indexed on the previous
 * (percentages in the order of the yearly OVA indexation the regions apply).
 */
export const TARIEFJAREN: readonly { jaar: number; index: number | null }[] = [
  { jaar: 2023, index: null },
  { jaar: 2024, index: 6.9 },
  { jaar: 2025, index: 4.1 },
  { jaar: 2026, index: 3.85 },
];

/** Budget years (the care data runs in these years). */
export const BUDGETJAREN: readonly number[] = [2023, 2024, 2025, 2026];
