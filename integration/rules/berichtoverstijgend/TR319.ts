import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR319 (9319): "Een declaratiebericht bevat alleen prestaties waarvan de ProductPeriode valt binnen de
 * huidige, of een voorgaande declaratieperiode." So the ProductPeriode must end on or before the
 * DeclaratiePeriode's Einddatum. Source: regels/technische-regels/berichtoverstijgend/TR319.md.
 */
export const TR319 = prestatieRegel({
  code: 'TR319',
  titel: 'ProductPeriode in de huidige of een voorgaande declaratieperiode',
  retourcode: '9319',
  voor: 'beide',
  metToewijzing: false,
  beoordeel: ({ p, c }) =>
    p.eind <= c.kop.periodeEind ? undefined : `ProductPeriode eindigt ${p.eind}, na de DeclaratiePeriode (t/m ${c.kop.periodeEind})`,
});
