/**
 * The caller's role, from the `scope` claim of a verified bearer token (api/auth/token.ts). The claim is an
 * OAuth2 scope string: space-separated scopes, of which the role scopes are
 *   gemeente:0505          a municipality (several: `gemeente:0505,0512` or `gemeente:0505 gemeente:0512`) — may read
 *                          its own clients incl. BSN, and decide
 *   regio:ZHZ              a region (by region code) — reads care data of the region's municipalities, pseudonyms only
 *   aanbieder:12345678     a provider (AGB) — its own contracts, messages and declarations
 *   beheer                 an administrator — manages the reference data
 * Other scopes (`openid`, `profile` …) are ignored. A token carries exactly one role: role scopes of different kinds,
 * two regions or two providers make the token unusable (`fout`), never a union of rights.
 */
/**
 * Where the credential comes from (`Authorization: Bearer <JWT>`); the `field` of UNAUTHENTICATED / FORBIDDEN errors.
 * (The former `x-jeugdregie-rol` header is not read at all any more: a request with it and no token is anonymous.)
 */
export const ROL_HEADER = 'authorization';

export type Rol =
  | { soort: 'gemeente'; gemeenten: readonly string[] }
  | { soort: 'regio'; regio: string }
  | { soort: 'aanbieder'; agb: string }
  | { soort: 'beheer' };

export type RolSoort = Rol['soort'];

export const ROL_SOORTEN: readonly RolSoort[] = ['gemeente', 'regio', 'aanbieder', 'beheer'];

export interface RolUitHeader {
  rol: Rol | null;
  /** Set when a credential is present but unusable (reported by the authChecker as UNAUTHENTICATED). */
  fout?: string;
}

const ROL_SCOPE = /^(gemeente|regio|aanbieder):(.*)$/;

/** Maps a token's `scope` claim (string, or an array of scopes as some issuers send `scp`) to one Rol. */
export function rolUitScope(scope: string | readonly string[] | undefined): RolUitHeader {
  const scopes = (typeof scope === 'string' ? scope.split(/\s+/) : scope ?? []).filter((s) => s !== '');
  const gemeenten: string[] = [];
  const rollen: Rol[] = [];
  for (const s of scopes) {
    if (s === 'beheer') {
      rollen.push({ soort: 'beheer' });
      continue;
    }
    const m = ROL_SCOPE.exec(s);
    if (!m) continue;
    const [, soort, rest] = m as unknown as [string, Exclude<RolSoort, 'beheer'>, string];
    if (soort === 'gemeente') {
      const codes = rest.split(',').map((c) => c.trim());
      if (codes.some((g) => !/^\d{4}$/.test(g))) return { rol: null, fout: `scope ${s}: a gemeente code is 4 digits (CBS)` };
      gemeenten.push(...codes);
    } else if (soort === 'regio') {
      if (!/^[A-Za-z0-9_-]{1,20}$/.test(rest)) return { rol: null, fout: `scope ${s}: a region code is 1..20 letters/digits` };
      rollen.push({ soort, regio: rest });
    } else {
      if (!/^\d{8}$/.test(rest)) return { rol: null, fout: `scope ${s}: an AGB code is 8 digits` };
      rollen.push({ soort, agb: rest });
    }
  }
  if (gemeenten.length) rollen.push({ soort: 'gemeente', gemeenten: [...new Set(gemeenten)] });
  if (rollen.length === 0) return { rol: null, fout: 'the token grants no role (scope gemeente:<cbs>, regio:<code>, aanbieder:<agb> or beheer)' };
  if (rollen.length > 1) return { rol: null, fout: 'the token grants more than one role; one token, one role' };
  return { rol: rollen[0]! };
}

/** The scope string for a role (the inverse of rolUitScope); used when minting tokens. */
export function scopeVoorRol(rol: Rol): string {
  switch (rol.soort) {
    case 'gemeente': return `gemeente:${rol.gemeenten.join(',')}`;
    case 'regio': return `regio:${rol.regio}`;
    case 'aanbieder': return `aanbieder:${rol.agb}`;
    case 'beheer': return 'beheer';
  }
}

/** The identity a role speaks for in iJw messages (Header Afzender): a municipality's CBS code or a provider's AGB. */
export function berichtIdentiteiten(rol: Rol | null): readonly string[] {
  if (rol?.soort === 'gemeente') return rol.gemeenten;
  if (rol?.soort === 'aanbieder') return [rol.agb];
  return [];
}

