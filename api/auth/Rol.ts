/**
 * The caller's role, from the `x-jeugdregie-rol` header:
 *   gemeente:0505          a municipality (several: gemeente:0505,0512) — may read its own clients incl. BSN, and decide
 *   regio:ZHZ              a region (by region code) — reads care data of the region's municipalities, pseudonyms only
 *   aanbieder:12345678     a provider (AGB) — recognised, but has no access to the care queries (yet)
 * A header is a stand-in: a real deployment derives the role from an authenticated token (OIDC claims of the
 * municipality's identity provider) in this same place and never trusts a client-supplied header.
 */
export const ROL_HEADER = 'x-jeugdregie-rol';

export type Rol =
  | { soort: 'gemeente'; gemeenten: readonly string[] }
  | { soort: 'regio'; regio: string }
  | { soort: 'aanbieder'; agb: string };

export type RolSoort = Rol['soort'];

export interface RolUitHeader {
  rol: Rol | null;
  /** Set when the header is present but malformed (reported by the authChecker as UNAUTHENTICATED). */
  fout?: string;
}

export function parseRol(header: string | string[] | undefined): RolUitHeader {
  if (header === undefined) return { rol: null };
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '') return { rol: null };
  const m = /^(gemeente|regio|aanbieder):(.+)$/.exec(value);
  if (!m) return { rol: null, fout: `${ROL_HEADER} must be gemeente:<cbs>[,<cbs>], regio:<code> or aanbieder:<agb>` };
  const [, soort, rest] = m as unknown as [string, RolSoort, string];
  if (soort === 'gemeente') {
    const gemeenten = rest.split(',').map((s) => s.trim());
    if (!gemeenten.length || gemeenten.some((g) => !/^\d{4}$/.test(g))) return { rol: null, fout: `${ROL_HEADER}: a gemeente code is 4 digits (CBS)` };
    return { rol: { soort, gemeenten: [...new Set(gemeenten)] } };
  }
  if (soort === 'regio') {
    if (!/^[A-Za-z0-9_-]{1,20}$/.test(rest)) return { rol: null, fout: `${ROL_HEADER}: a region code is 1..20 letters/digits` };
    return { rol: { soort, regio: rest } };
  }
  if (!/^\d{8}$/.test(rest)) return { rol: null, fout: `${ROL_HEADER}: an AGB code is 8 digits` };
  return { rol: { soort, agb: rest } };
}
