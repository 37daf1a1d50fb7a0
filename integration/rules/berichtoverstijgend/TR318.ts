import { declaratieRegel } from '../../declaraties/PrestatieRegel.js';
import { selectMaandenMetLevering, selectVorigePeriode } from '../../declaraties/context.sql.js';
import { eersteVanMaand, volgendeMaand } from '../../declaraties/datums.js';
import { one } from '../../store/SqlQuery.js';

/**
 * TR318 (8214): "Indien iedere DeclaratiePeriode zorg is geleverd, moet DeclaratiePeriode de kalendermaand
 * volgend op voorgaande DeclaratiePeriode zijn." Toelichting: months without care may be skipped.
 * Reading: with a previous declaration of this provider at this municipality for month P,
 * - a period Q ≤ P (not following) is refused;
 * - a period Q > P+1 is refused only when care was delivered in every skipped month, where "care was
 *   delivered in month M" = a current JW305 start on or before the end of M that no current JW307 stop
 *   ended before M (tables start_product / stop_product, integration/zorg), not counting outputgericht (trajectory) allocations,
 *   which are declared once rather than monthly.
 * On the Declaratie class: the whole declaration is refused (IV087). Source:
 * regels/technische-regels/berichtoverstijgend/TR318.md.
 */
export const TR318 = declaratieRegel({
  code: 'TR318',
  titel: 'DeclaratiePeriode volgt op de voorgaande',
  retourcode: '8214',
  async beoordeelDeclaratie(kop, db) {
    const vorige = (await one<{ periode_begin: string }>(db, selectVorigePeriode(kop.gemeente, kop.aanbieder)))?.periode_begin;
    if (vorige === undefined) return undefined;
    const huidig = eersteVanMaand(kop.periodeBegin);
    const volgend = volgendeMaand(vorige);
    if (huidig === volgend) return undefined;
    if (huidig < volgend) return `DeclaratiePeriode ${kop.periodeBegin} volgt niet op de voorgaande DeclaratiePeriode (${vorige})`;
    const laatsteOvergeslagen = eersteVanMaand(new Date(Date.parse(`${huidig}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
    const r = (await one<{ maanden: number; geleverd: number }>(db, selectMaandenMetLevering(kop.gemeente, kop.aanbieder, volgend, laatsteOvergeslagen)))!;
    return r.maanden > 0 && r.geleverd === r.maanden
      ? `DeclaratiePeriode ${kop.periodeBegin} slaat ${r.maanden} maand(en) over waarin zorg is geleverd (voorgaande: ${vorige})`
      : undefined;
  },
});
