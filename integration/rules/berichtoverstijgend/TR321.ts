import { inToewijzingEenheid } from '../../declaraties/DeclaratieContext.js';
import { omvangInPeriode } from '../../declaraties/omvang.js';
import { prestatieRegel } from '../../declaraties/PrestatieRegel.js';

/**
 * TR321 (9321): "Indien in het ToegewezenProduct een Omvang is meegegeven, moet GeleverdVolume in de
 * Prestatie passen binnen Volume in het ToegewezenProduct." Toelichting: "rekening [houden] met de waarden
 * van Eenheid en Frequentie in het ToegewezenProduct enerzijds en de waarde van Eenheid en de duur van de
 * ProductPeriode in de Prestatie anderzijds." (minutes against hours: /60; frequency per omvang.ts).
 * Source: regels/technische-regels/berichtoverstijgend/TR321.md.
 */
export const TR321 = prestatieRegel({
  code: 'TR321',
  titel: 'GeleverdVolume past binnen de Omvang per ProductPeriode',
  retourcode: '9321',
  voor: 'debet',
  metToewijzing: true,
  beoordeel: ({ p, t }) => {
    if (t!.volume === null || t!.frequentie === null) return undefined;
    const max = omvangInPeriode(t!.volume, t!.frequentie, p.begin, p.eind);
    const geleverd = inToewijzingEenheid(p.volume, p.eenheid, t!.eenheid);
    return max === undefined || geleverd <= max ? undefined : `GeleverdVolume ${geleverd} is meer dan ${max} toegewezen in de ProductPeriode`;
  },
});
