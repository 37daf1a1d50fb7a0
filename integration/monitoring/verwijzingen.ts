/** §1 Referral behaviour as a projection (rows per client: refreshed per touched client). SQL: verwijzingen.sql.ts. */
import { perClient } from './perClient.js';
import { TABEL_VERWIJZING, vulVerwijzingen } from './verwijzingen.sql.js';

export const verwijzingen = perClient('verwijzingen', { tabel: TABEL_VERWIJZING, vul: vulVerwijzingen });
