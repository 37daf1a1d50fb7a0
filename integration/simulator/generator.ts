/**
 * Deterministic provider traffic (seeded PRNG): JW315, JW317, JW305, JW307 built from the templates (the official
 * example messages as typed objects, sjablonen.ts) with another sender, receiver, identification and dates.
 * Used by the simulator, the fault tests and the benchmark. Same seed → same messages, byte for byte.
 */
import { buildBericht } from '../ijw/codec.js';
import type { BerichtType } from '../ijw/berichttypen.js';
import { mulberry32 } from './mulberry32.js';
import { sjabloon } from './sjablonen.js';

/** Zuid-Holland Zuid. */
export const ZHZ_GEMEENTEN = ['0482', '0505', '0512', '0523', '0531', '1978', '0590', '0610', '0642', '1963'] as const;
export const SIM_AANBIEDERS = ['42420001', '42420002', '42420003', '42420004', '42420005'] as const;

export type ProviderType = 'JW315' | 'JW317' | 'JW305' | 'JW307';

export interface GegenereerdBericht {
  type: ProviderType;
  afzender: string;
  ontvanger: string;
  identificatie: string;
  xml: string;
}

export interface GeneratorOpties {
  seed?: number;
  typen?: readonly ProviderType[];
  gemeenten?: readonly string[];
  aanbieders?: readonly string[];
  /** Prefix of the identification (max 12 characters in all). */
  prefix?: string;
  dagtekening?: string;
}

export function* genereer(n: number, opts: GeneratorOpties = {}): Generator<GegenereerdBericht> {
  const rnd = mulberry32(opts.seed ?? 1);
  const typen = opts.typen ?? ['JW315', 'JW317', 'JW305', 'JW307'];
  const gemeenten = opts.gemeenten ?? ZHZ_GEMEENTEN;
  const aanbieders = opts.aanbieders ?? SIM_AANBIEDERS;
  const prefix = opts.prefix ?? 'S';
  for (let i = 0; i < n; i++) {
    const type = typen[Math.floor(rnd() * typen.length)]!;
    const b: any = sjabloon(type);
    const afzender = aanbieders[Math.floor(rnd() * aanbieders.length)]!;
    const ontvanger = gemeenten[Math.floor(rnd() * gemeenten.length)]!;
    const identificatie = `${prefix}${i.toString(36)}`.slice(0, 12);
    b.Header.Afzender = afzender;
    b.Header.Ontvanger = ontvanger;
    b.Header.BerichtIdentificatie = { Identificatie: identificatie, Dagtekening: opts.dagtekening ?? b.Header.BerichtIdentificatie.Dagtekening };
    if (type === 'JW315') b.Client.Commentaar = `sim ${i} ${Math.floor(rnd() * 1e6)}`.slice(0, 200);
    yield { type, afzender, ontvanger, identificatie, xml: buildBericht(type as BerichtType, b) };
  }
}
