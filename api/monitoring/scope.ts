/**
 * Who may see which monitoring cells. A monitoring query reads only the municipalities in the caller's scope
 * (api/auth gemeentenInScope: a gemeente role its own, a regio role its region's), narrowed by the filter; a filter
 * outside the scope is FORBIDDEN, never silently empty. Region views are suppressed (onderdruk.ts); a municipality
 * sees its own cells as they are.
 */
import { gemeentenInScope } from '../auth';
import type { Context } from '../context';
import { InputError, JeugdregieError } from '../errors';
import type { MonitoringFilter } from './MonitoringFilter';

export interface MonitoringScope {
  /** CBS codes the query may read (never empty: an empty scope is FORBIDDEN). */
  gemeenten: string[];
  /** First day of the first month (YYYY-MM-01), or null = from the start. */
  van: string | null;
  /** First day of the last month (YYYY-MM-01), or null = to the end. */
  tot: string | null;
  segmentId: string | null;
  aanbiederAgb: string | null;
  /** Region view: cells with 1–4 unique youths are suppressed. */
  onderdrukken: boolean;
}

const MAAND = /^(\d{4})-(0[1-9]|1[0-2])$/;

function maand(waarde: string | null | undefined, field: string): string | null {
  if (waarde === null || waarde === undefined) return null;
  if (!MAAND.test(waarde)) throw new InputError('INVALID_DATE', field, `a month is YYYY-MM, not ${waarde}`);
  return `${waarde}-01`;
}

export async function monitoringScope(ctx: Context, filter: MonitoringFilter | null | undefined, veld = 'filter'): Promise<MonitoringScope> {
  const f = filter ?? {};
  const van = maand(f.van, `${veld}.van`);
  const tot = maand(f.tot, `${veld}.tot`);
  if (van && tot && van > tot) throw new InputError('BAD_USER_INPUT', `${veld}.tot`, 'tot lies before van');
  let gemeenten = [...(await gemeentenInScope(ctx))];
  if (f.regioCode) {
    const inRegio = new Set((await ctx.dataSource.query(
      `SELECT m.cbs_code FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = $1`, [f.regioCode],
    ) as { cbs_code: string }[]).map((r) => r.cbs_code));
    gemeenten = gemeenten.filter((g) => inRegio.has(g));
    if (!gemeenten.length) throw new JeugdregieError('FORBIDDEN', `no access to region ${f.regioCode}`, { field: `${veld}.regioCode` });
  }
  if (f.gemeenteCode) {
    if (!gemeenten.includes(f.gemeenteCode)) {
      throw new JeugdregieError('FORBIDDEN', `no access to the monitoring data of municipality ${f.gemeenteCode}`, { field: `${veld}.gemeenteCode` });
    }
    gemeenten = [f.gemeenteCode];
  }
  if (!gemeenten.length) throw new JeugdregieError('FORBIDDEN', 'no municipality in scope', { field: veld });
  return {
    gemeenten, van, tot, segmentId: f.segmentId ?? null, aanbiederAgb: f.aanbiederAgb ?? null, onderdrukken: ctx.auth.rol?.soort === 'regio',
  };
}
