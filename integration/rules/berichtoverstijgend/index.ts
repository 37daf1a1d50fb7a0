import type { Regel } from '../Regel.js';
import { TR019 } from './TR019.js';
import { TR332 } from './TR332.js';
import { TR347 } from './TR347.js';
import { TR349 } from './TR349.js';
import { TR350 } from './TR350.js';
import { TR351 } from './TR351.js';
import { TR355 } from './TR355.js';
import { TR359 } from './TR359.js';
import { TR360 } from './TR360.js';
import { TR365 } from './TR365.js';
import { TR374 } from './TR374.js';
import { TR379 } from './TR379.js';
import { TR063 } from './TR063.js';
import { TR071 } from './TR071.js';
import { TR074 } from './TR074.js';
import { TR326 } from './TR326.js';
import { TR382 } from './TR382.js';
import { TR413 } from './TR413.js';
import { TR414 } from './TR414.js';
import { TR415 } from './TR415.js';

/**
 * The cross-message technical rules (regels/technische-regels/berichtoverstijgend) that apply to the
 * allocation and delivery flows (JW301, JW305, JW307, JW315, JW317, JW319). The pipeline runs these with
 * ctx.db = the processing transaction, after the XSD and in-message rules. Grouped by message, then by code.
 * Rules on what the municipality sends (JW301, JW319) also run in integration/zorg before sending.
 */
export const berichtoverstijgendeRegels: readonly Regel[] = Object.freeze([
  // JW305 / JW307: start and stop of the delivery
  TR019, // 9019 start/stop related to an allocation
  TR063, // 9063 removal (StatusAanlevering 3) needs an earlier delivery with the same key
  TR071, // 9071 no removal of a start that was stopped
  TR074, // 9074 key of a first delivery unique over all received messages
  TR326, // 9326 no new start while a start is current
  TR382, // 9069 stop carries the key of a current start (WJ001: "TR069")
  TR413, // 9413 no second temporary stop
  TR414, // 9414 Einddatum not before that of the current stop
  TR415, // 9415 no stop after a definitive stop
  // JW315 / JW317: requests from the provider
  TR347, // 9347 ReferentieAanbieder unique for the provider
  TR374, // 9374 no request while another is open
  TR349, // 9349 JW317 contains all current allocations
  TR350, // 9350 OngewijzigdProduct is a current allocation
  TR351, // 9351 TeWijzigenProduct is a current allocation
  // JW319 / JW301: what the municipality sends (also checked by integration/zorg before sending)
  TR355, // 9355 answer refers to an earlier request
  TR359, // 9359 no answer after an allocation with the same reference
  TR360, // 9360 'in onderzoek' only as the first answer
  TR365, // 9365 an earlier answer must be 'in onderzoek'
  TR332, // 9332 ToewijzingNummer unique within the municipality
  TR379, // 9379 ReferentieAanbieder only when honouring a request
] as Regel[]);
