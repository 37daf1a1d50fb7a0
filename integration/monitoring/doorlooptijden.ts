/** §4 Request → allocation → start → stop times as a projection (rows per client). SQL: doorlooptijden.sql.ts. */
import { perClient } from './perClient.js';
import { TABEL_DOORLOOPTIJD, vulDoorlooptijden } from './doorlooptijden.sql.js';

export const doorlooptijden = perClient('doorlooptijden', { tabel: TABEL_DOORLOOPTIJD, vul: vulDoorlooptijden });
