/**
 * What `npm start` prints in development: a ready-to-paste `Authorization: Bearer …` line for each demo role
 * (a municipality of the demo region, the region, one contracted provider, beheer), minted with the dev key.
 * Only when the server trusts the dev key: with a JWKS or public key configured there is nothing to print.
 */
import type { DataSource } from 'typeorm';
import { DEMO_REGION_CODE } from '../boot/demoData';
import { scopeVoorRol, type Rol } from './Rol';
import { MAX_LEVENSDUUR_S, type TokenVerifier } from './token';
import { muntDevToken } from './tokenUitgifte';

export interface DemoRol {
  label: string;
  rol: Rol;
  /** The same token again, from the CLI, after the hour. */
  cli: string;
}

/** Dordrecht (0505) in ZHZ, the region, the provider with the lowest AGB code (if any), beheer. */
export async function demoRollen(dataSource: DataSource): Promise<DemoRol[]> {
  const [aanbieder] = (await dataSource.query(`SELECT agb_code, name FROM provider ORDER BY agb_code LIMIT 1`)) as { agb_code: string; name: string }[];
  return [
    { label: 'gemeente 0505 (Dordrecht)', rol: { soort: 'gemeente', gemeenten: ['0505'] }, cli: '--role gemeente --gemeente 0505' },
    { label: `regio ${DEMO_REGION_CODE}`, rol: { soort: 'regio', regio: DEMO_REGION_CODE }, cli: `--role regio --regio ${DEMO_REGION_CODE}` },
    ...(aanbieder ? [{ label: `aanbieder ${aanbieder.agb_code} (${aanbieder.name})`, rol: { soort: 'aanbieder', agb: aanbieder.agb_code } as Rol, cli: `--role aanbieder --agb ${aanbieder.agb_code}` }] : []),
    { label: 'beheer', rol: { soort: 'beheer' }, cli: '--role beheer' },
  ];
}

/** The lines to print, or [] when the server does not trust the dev key. */
export async function demoTokenRegels(dataSource: DataSource, tokens: TokenVerifier): Promise<string[]> {
  const bron = tokens.config.sleutel;
  if (bron.soort !== 'dev') return [];
  const regels = [`Development tokens (dev key ${bron.pad}; valid ${MAX_LEVENSDUUR_S / 60} minutes — mint a new one with npx jeugdregie token …):`];
  for (const d of await demoRollen(dataSource)) {
    regels.push(`  ${d.label}   (npx jeugdregie token ${d.cli})`, `    Authorization: Bearer ${await muntDevToken(d.rol, { sub: `demo:${scopeVoorRol(d.rol)}` })}`);
  }
  return regels;
}
