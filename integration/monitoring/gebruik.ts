/**
 * §2 Usage, stacking, recidive and re-indications as a projection: the allocation-month rows (mon_gebruik, per client)
 * and their finest cells (mon_gebruik_cel, migration 1795500002000), refreshed together (cellen.ts). SQL: gebruik.sql.ts.
 */
import { perClientMetCellen } from './cellen.js';
import { GEBRUIK_CEL, TABEL_GEBRUIK, vulGebruik } from './gebruik.sql.js';

export const gebruik = perClientMetCellen('gebruik', { tabel: TABEL_GEBRUIK, vul: vulGebruik }, GEBRUIK_CEL);
