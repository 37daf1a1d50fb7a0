/**
 * How the generator's counts follow `schaal` (1 = national). The geography never scales: all 42 youth-care regions
 * and all 342 municipalities of the CBS 2026 list are always there (so regional figures mean the same at any scale);
 * every region × segment keeps at least one product and one contract. Everything else is round(national × schaal)
 * with those floors.
 */
import { PRODUCTEN, SEGMENTEN } from './catalogus.js';

export const NATIONAAL = {
  aanbieders: 8_500,
  contracten: 50_000,
  producten: 2_000,
  tariefperioden: 500_000,
  jeugdigenPerJaar: 474_000,
  toewijzingen: 1_000_000,
  prestaties: 10_000_000,
} as const;

export const REGIOS = 42;
export const GEMEENTEN = 342;

export interface InkoopAantallen {
  aanbieders: number;
  contracten: number;
  /** Products per segment number, the same in every region. */
  productenPerSegment: Map<number, number>;
  /** Target for all tariff periods (harmonised + contract). */
  tariefperioden: number;
}

export function inkoopAantallen(schaal: number): InkoopAantallen {
  if (!(schaal > 0) || schaal > 10) throw new RangeError(`schaal must be in (0, 10], got ${schaal}`);
  const perRegio = Math.max(SEGMENTEN.length, Math.round((NATIONAAL.producten * schaal) / REGIOS));
  const productenPerSegment = new Map<number, number>();
  for (const s of SEGMENTEN) {
    const sjablonen = PRODUCTEN.filter((p) => p.segment === s.nummer).length;
    productenPerSegment.set(s.nummer, Math.max(1, Math.round((perRegio * sjablonen) / PRODUCTEN.length)));
  }
  return {
    aanbieders: Math.max(20, Math.round(NATIONAAL.aanbieders * schaal)),
    contracten: Math.max(REGIOS * SEGMENTEN.length, Math.round(NATIONAAL.contracten * schaal)),
    productenPerSegment,
    tariefperioden: Math.round(NATIONAAL.tariefperioden * schaal),
  };
}
