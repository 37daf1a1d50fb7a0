/** §2 Usage, stacking, recidive and re-indications as a projection (rows per client). SQL: gebruik.sql.ts. */
import { perClient } from './perClient.js';
import { TABEL_GEBRUIK, vulGebruik } from './gebruik.sql.js';

export const gebruik = perClient('gebruik', { tabel: TABEL_GEBRUIK, vul: vulGebruik });
