/**
 * Per-record access to care data, after the field's rule (beleid.ts) has admitted the role: which municipalities'
 * data the caller may see (a municipality: its own; a region: the municipalities of that region; a provider: the
 * municipalities of the regions it has a contract in, and there only its own messages and declarations — eigenAanbieder),
 * and who may see a BSN (only the municipality that owns the client; everyone else gets the pseudonym and `bsn: null`).
 */
import type { Context } from '../context';
import { JeugdregieError } from '../errors';
import { rows } from '../loaders/rows';
import { ROL_HEADER } from './Rol';

/** The municipalities (CBS codes) in the caller's scope; the region's list is read once per request. */
export async function gemeentenInScope(ctx: Context): Promise<readonly string[]> {
  const rol = ctx.auth.rol;
  if (!rol) return [];
  if (rol.soort === 'gemeente') return rol.gemeenten;
  if (rol.soort === 'beheer') return [];
  // on the pool as a prepared statement (rows()), not through a TypeORM QueryRunner: it runs before every care list
  ctx.auth.regioGemeenten ??= rows<{ cbs_code: string }>(ctx.dataSource, rol.soort === 'regio'
    ? { text: `SELECT m.cbs_code FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = $1 ORDER BY m.cbs_code`, values: [rol.regio] }
    : { text: `SELECT DISTINCT m.cbs_code FROM municipality m JOIN contract c ON c.region_id = m.region_id JOIN provider p ON p.id = c.provider_id
                WHERE p.agb_code = $1 ORDER BY m.cbs_code`, values: [rol.agb] })
    .then((r) => r.map((x) => x.cbs_code));
  return ctx.auth.regioGemeenten;
}

/**
 * The provider filter a care list must apply: for a provider role always its own AGB (another one is FORBIDDEN on
 * `field`), for every other role what the caller asked for.
 */
export function eigenAanbieder(ctx: Context, gevraagd: string | null | undefined, field: string): string | null {
  const rol = ctx.auth.rol;
  if (rol?.soort !== 'aanbieder') return gevraagd ?? null;
  if (gevraagd && gevraagd !== rol.agb) throw new JeugdregieError('FORBIDDEN', `a provider sees only its own messages and declarations`, { field });
  return rol.agb;
}

/** Read access to one municipality's care data (gemeente or regio role), else FORBIDDEN on `field`. */
export async function requireLeesrecht(ctx: Context, gemeenteCode: string, field: string): Promise<void> {
  if (!(await gemeentenInScope(ctx)).includes(gemeenteCode)) {
    throw new JeugdregieError('FORBIDDEN', `no access to the care data of municipality ${gemeenteCode}`, { field });
  }
}

/**
 * The municipality a decision is taken for: only a gemeente role, only for its own code. `gemeenteCode` may be left
 * out when the role holds exactly one municipality.
 */
export function requireGemeente(ctx: Context, gemeenteCode: string | null | undefined, field = 'input.gemeenteCode'): string {
  const rol = ctx.auth.rol;
  if (rol?.soort !== 'gemeente') throw new JeugdregieError('FORBIDDEN', 'only a municipality decides on care', { field: ROL_HEADER });
  if (!gemeenteCode) {
    if (rol.gemeenten.length === 1) return rol.gemeenten[0]!;
    throw new JeugdregieError('REQUIRED', 'name the municipality: the role holds several', { field });
  }
  if (!rol.gemeenten.includes(gemeenteCode)) {
    throw new JeugdregieError('FORBIDDEN', `no access to municipality ${gemeenteCode}`, { field });
  }
  return gemeenteCode;
}

/** Only the owning municipality sees a BSN (shared ARCHITECTURE: privacy). */
export function magBsnZien(ctx: Context, gemeenteCode: string): boolean {
  const rol = ctx.auth.rol;
  return rol?.soort === 'gemeente' && rol.gemeenten.includes(gemeenteCode);
}
