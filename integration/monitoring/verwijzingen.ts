/**
 * §1 Referral behaviour as a projection: member rows per client (mon_verwijzing) and their finest cells
 * (mon_verwijzing_cel), refreshed together (cellen.ts). SQL: verwijzingen.sql.ts.
 */
import { perClientMetCellen } from './cellen.js';
import { TABEL_VERWIJZING, VERWIJZING_CEL, vulVerwijzingen } from './verwijzingen.sql.js';

export const verwijzingen = perClientMetCellen('verwijzingen', { tabel: TABEL_VERWIJZING, vul: vulVerwijzingen }, VERWIJZING_CEL);
