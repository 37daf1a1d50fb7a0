/**
 * The country as the generator sees it: the 342 municipalities of cbs_gemeente (CBS 2026) grouped by their
 * jeugdzorgregio into 42 regions, each with a region code and a synthetic number of young inhabitants.
 */
import type pg from 'pg';
import { Toeval } from './toeval.js';

export interface Regio {
  code: string;
  naam: string;
  gemeenten: Gemeente[];
}

export interface Gemeente {
  cbsCode: string;
  naam: string;
  /** Inhabitants aged 0–17 (synthetic, log-normal, summing to about the Dutch 3.4 million). */
  jeugdigen: number;
}

const JEUGDIGEN_NL = 3_400_000;

/**
 * Region code from the name's initials ("Zuid-Holland Zuid" → ZHZ, the demo region's code), or its first four
 * letters when that gives one letter; a number is appended when two regions would share a code.
 */
export function regiocode(naam: string, bezet: Set<string>): string {
  const ascii = naam.normalize('NFD').replace(/[^A-Za-z0-9\s-]/g, '');
  const woorden = ascii.split(/[\s-]+/).filter(Boolean);
  let code = woorden.map((w) => w[0]).join('').toUpperCase();
  if (code.length < 2) code = ascii.replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase();
  code = code.slice(0, 8);
  let kandidaat = code;
  for (let n = 2; bezet.has(kandidaat); n++) kandidaat = `${code}${n}`;
  bezet.add(kandidaat);
  return kandidaat;
}

export async function leesGeografie(client: pg.PoolClient, toeval: Toeval): Promise<Regio[]> {
  const { rows } = await client.query<{ code: string; naam: string; jeugdzorgregio: string }>(
    'SELECT code, naam, jeugdzorgregio FROM cbs_gemeente ORDER BY jeugdzorgregio, code',
  );
  const gewichten = rows.map(() => toeval.lognormaal(1, 0.8));
  const som = gewichten.reduce((a, b) => a + b, 0);
  const perRegio = new Map<string, Gemeente[]>();
  rows.forEach((r, i) => {
    const jeugdigen = Math.max(200, Math.round((JEUGDIGEN_NL * gewichten[i]!) / som / 10) * 10);
    const lijst = perRegio.get(r.jeugdzorgregio) ?? [];
    lijst.push({ cbsCode: r.code, naam: r.naam, jeugdigen });
    perRegio.set(r.jeugdzorgregio, lijst);
  });
  const bezet = new Set<string>();
  return [...perRegio.entries()].map(([naam, gemeenten]) => ({ code: regiocode(naam, bezet), naam, gemeenten }));
}
