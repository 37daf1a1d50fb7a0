/**
 * The assumptions behind the synthetic care data, in one place (issue 6 §10).
 *
 * Sources, rounded: CBS Jeugdzorg (StatLine "Jongeren met jeugdzorg", 2023–2024): about 474,000 youths a year receive
 * youth care (jeugdhulp, jeugdbescherming, jeugdreclassering), ~1 million trajectories; the median jeugdhulp trajectory
 * without residence lasts about 6–9 months. Referrers (CBS, "Jeugdhulptrajecten naar verwijzer"): about 40% the
 * municipality's access (jeugdteam), 30% huisarts, 10% medisch specialist, 7% gecertificeerde instelling, 3% jeugdarts,
 * the rest self-referred or via the court. The exact shares vary by year; these are the generator's, not CBS's figures.
 * COD327 codes: 01 gemeente, 02 huisarts, 03 jeugdarts, 04 GI, 05 medisch specialist, 06 zelfverwijzer, 08 rechter/OvJ.
 */

/** The window of generated care: episodes begin from BEGIN; nothing happens after EIND (the data's "today" is EIND + 1). */
export const BEGIN = '2024-07-01';
export const EIND = '2026-10-31';

/**
 * Clients per schaal 1: more than the 474,000 a year, because the window is 28 months and youths enter and leave.
 * Calibrated on a schaal-0.01 load: 0.59 of the clients have an allocation running in 2025, so 800,000 clients give
 * ~474,000 youths in care in 2025 and ~965,000 allocations.
 */
export const CLIENTEN_NATIONAAL = 800_000;

/** COD327 referrer mix of an episode's first allocation. '01' is half a direct decision (no request), half a JW315 with Type 01. */
export const VERWIJZERS: readonly { code: string; aandeel: number }[] = [
  { code: '01', aandeel: 0.4 },
  { code: '02', aandeel: 0.3 },
  { code: '05', aandeel: 0.1 },
  { code: '04', aandeel: 0.07 },
  { code: '03', aandeel: 0.03 },
  { code: '06', aandeel: 0.06 },
  { code: '08', aandeel: 0.04 },
];

export interface SegmentZorg {
  /** Share of episodes starting in this segment. */
  aandeel: number;
  /** Request → allocation, median days (log-normal σ 0.6). */
  besluitDagen: number;
  /** Allocation → start (waiting), median days (log-normal σ 0.7). */
  wachtDagen: number;
  /** Start → stop, median days (log-normal σ 0.6). */
  duurDagen: number;
}

/** Per segment number (catalogus.ts). GI (6) is always referred by the court (08). */
export const SEGMENT_ZORG: Readonly<Record<number, SegmentZorg>> = {
  1: { aandeel: 0.04, besluitDagen: 21, wachtDagen: 42, duurDagen: 270 },
  2: { aandeel: 0.09, besluitDagen: 14, wachtDagen: 28, duurDagen: 300 },
  3: { aandeel: 0.3, besluitDagen: 10, wachtDagen: 14, duurDagen: 210 },
  4: { aandeel: 0.38, besluitDagen: 10, wachtDagen: 35, duurDagen: 180 },
  5: { aandeel: 0.03, besluitDagen: 1, wachtDagen: 1, duurDagen: 21 },
  6: { aandeel: 0.07, besluitDagen: 5, wachtDagen: 3, duurDagen: 330 },
  7: { aandeel: 0.09, besluitDagen: 7, wachtDagen: 10, duurDagen: 150 },
};

/** An allocation runs at most this long; care that goes on gets a follow-on allocation of the same product (re-indication). */
export const TOEWIJZING_MAX_DAGEN = 365;
/** Share of follow-on allocations that began with the provider's change request (JW317); the rest the municipality decides. */
export const HERINDICATIE_JW317 = 0.4;
/** Share of episodes with a second, concurrent allocation (stacking), and with a new episode after an outflow (recidive). */
export const STAPELING = 0.15;
export const RECIDIVE = 0.12;
/** Share of JW315 requests the municipality rejects (WJ759 reden 1–4); they lead to no allocation. */
export const AFWIJZING = 0.07;
/** Share of allocations that never start (no JW305). */
export const NOOIT_GESTART = 0.04;
/** Share of our JW301s the provider never acknowledges with a JW302 (OP090). */
export const GEEN_JW302 = 0.03;
/** Share of declared prestaties with last year's tariff (rejected 0611, as the demo traffic seeds them). */
export const FOUT_TARIEF = 0.02;
/** Median delay (days) between an event and the provider's JW305/JW307 about it. */
export const MELDVERTRAGING_DAGEN = 3;
