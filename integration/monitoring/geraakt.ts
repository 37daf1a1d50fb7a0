/**
 * What a unit of work touched, as a Geraakt (Projectie.ts): built from the links a handler or our own outbound
 * message already records (bericht_koppeling: clients, allocations, declarations), scoped by the message's
 * municipality (every care id belongs to bericht.gemeente_code).
 */
import type { Koppelingen } from '../store/berichtKoppeling.sql.js';
import { run } from '../store/SqlQuery.js';
import type { Queryable } from '../rules/Regel.js';
import { leegGeraakt, type Geraakt } from './Projectie.js';
import { clientenVanToewijzingen } from './geraakt.sql.js';

/** The keys of one processed message or outbound decision (a HandlerResultaat is a Koppelingen); `berichtId`: that message. */
export function geraaktVan(gemeenteCode: string | null, k: Koppelingen, berichtId?: string): Geraakt {
  const g = leegGeraakt();
  if (!gemeenteCode) return g;
  if (berichtId !== undefined) g.berichten = [berichtId];
  const uniek = (xs: readonly string[] | undefined) => [...new Set(xs ?? [])];
  g.clienten = uniek(k.clientIds).map((clientId) => ({ gemeenteCode, clientId }));
  g.toewijzingen = uniek(k.toewijzingIds).map((toewijzingId) => ({ gemeenteCode, toewijzingId }));
  g.declaraties = uniek(k.declaratieIds).map((declaratieId) => ({ gemeenteCode, declaratieId }));
  if (g.clienten.length + g.toewijzingen.length + g.declaraties.length + (g.berichten?.length ?? 0) > 0) g.gemeenten = [gemeenteCode];
  return g;
}

export function isLeeg(g: Geraakt): boolean {
  return g.gemeenten.length + g.clienten.length + g.toewijzingen.length + g.verzoeken.length + g.declaraties.length + g.signaleringen.length
    + (g.berichten?.length ?? 0) === 0;
}

/**
 * The clients behind the touched allocations and requests added to `clienten` (a JW302 names allocations only), so the
 * care projections can key on (gemeente_code, client_id) alone. One statement; nothing to do when nothing is missing.
 */
export async function metClienten(db: Queryable, g: Geraakt): Promise<Geraakt> {
  if (g.toewijzingen.length + g.verzoeken.length === 0) return g;
  const rijen = await run<{ gemeente_code: string; client_id: string }>(db, clientenVanToewijzingen(g.toewijzingen, g.verzoeken));
  const sleutel = (c: { gemeenteCode: string; clientId: string }) => `${c.gemeenteCode}/${c.clientId}`;
  const gezien = new Set(g.clienten.map(sleutel));
  const clienten = [...g.clienten];
  for (const r of rijen) {
    const c = { gemeenteCode: r.gemeente_code, clientId: r.client_id };
    if (!gezien.has(sleutel(c))) { gezien.add(sleutel(c)); clienten.push(c); }
  }
  const gemeenten = [...new Set([...g.gemeenten, ...clienten.map((c) => c.gemeenteCode)])];
  return { ...g, clienten, gemeenten };
}

/** The union of several units' keys, each key once (the projector's batch, wachtrij.ts). */
export function voegSamen(gs: readonly Geraakt[]): Geraakt {
  const uniek = <T>(xs: readonly T[], sleutel: (x: T) => string): T[] => [...new Map(xs.map((x) => [sleutel(x), x] as const)).values()];
  const zelf = (x: string) => x;
  return {
    gemeenten: uniek(gs.flatMap((g) => g.gemeenten), zelf),
    clienten: uniek(gs.flatMap((g) => g.clienten), (x) => `${x.gemeenteCode}/${x.clientId}`),
    toewijzingen: uniek(gs.flatMap((g) => g.toewijzingen), (x) => `${x.gemeenteCode}/${x.toewijzingId}`),
    verzoeken: uniek(gs.flatMap((g) => g.verzoeken), (x) => `${x.gemeenteCode}/${x.verzoekId}`),
    declaraties: uniek(gs.flatMap((g) => g.declaraties), (x) => `${x.gemeenteCode}/${x.declaratieId}`),
    signaleringen: uniek(gs.flatMap((g) => g.signaleringen), zelf),
    berichten: uniek(gs.flatMap((g) => g.berichten ?? []), zelf),
  };
}
