import type { Regel } from '../Regel.js';
// First: declaraties/regels.ts reads TR304 … at load time; entering the cycle through a TR3xx file instead
// (TR304 → PrestatieRegel → beoordeling → regels → TR304) hits TR304 before it is initialised.
import '../../declaraties/regels.js';
import { TR019 } from './TR019.js';
import { TR332 } from './TR332.js';
import { TR347 } from './TR347.js';
import { TR349 } from './TR349.js';
import { TR350 } from './TR350.js';
import { TR351 } from './TR351.js';
import { TR357 } from './TR357.js';
import { TR361 } from './TR361.js';
import { TR373 } from './TR373.js';
import { TR375 } from './TR375.js';
import { TR385 } from './TR385.js';
import { TR411 } from './TR411.js';
import { TR412 } from './TR412.js';
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

import { TR304 } from './TR304.js';
import { TR307 } from './TR307.js';
import { TR308 } from './TR308.js';
import { TR314 } from './TR314.js';
import { TR318 } from './TR318.js';
import { TR319 } from './TR319.js';
import { TR321 } from './TR321.js';
import { TR322 } from './TR322.js';
import { TR323 } from './TR323.js';
import { TR333 } from './TR333.js';
import { TR338 } from './TR338.js';
import { TR339 } from './TR339.js';
import { TR340 } from './TR340.js';
import { TR341 } from './TR341.js';
import { TR369 } from './TR369.js';
import { TR384 } from './TR384.js';
import { TR387 } from './TR387.js';
import { TR388 } from './TR388.js';
import { TR389 } from './TR389.js';
import { TR390 } from './TR390.js';
import { TR418 } from './TR418.js';
/**
 * The cross-message technical rules (regels/technische-regels/berichtoverstijgend) that apply to the
 * allocation and delivery flows (JW301, JW305, JW307, JW315, JW317, JW319). The pipeline runs these with
 * ctx.db = the processing transaction, after the XSD and in-message rules. Grouped by message, then by code.
 * Rules on what the municipality sends (JW301, JW319) also run in integration/zorg before sending.
 * Not in this list: ADRESSERING (ADRESSERING.ts), the pipeline's receiving gate that runs before all of these.
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
  TR357, // 9357 GewensteIngangsdatum not in the future = the allocation's ingangsdatum
  TR361, // 9361 no overlapping periods of the same product
  TR373, // 9373 Budget / total changed: GewensteIngangsdatum = the allocation's ingangsdatum
  TR375, // 9375 no Omvang for an allocation without Product
  TR411, // 9411 Omvang required for an allocation with a product code
  TR412, // 9412 no Omvang for an allocation without a product code
  // JW319 / JW301: what the municipality sends (also checked by integration/zorg before sending)
  TR355, // 9355 answer refers to an earlier request
  TR359, // 9359 no answer after an allocation with the same reference
  TR360, // 9360 'in onderzoek' only as the first answer
  TR365, // 9365 an earlier answer must be 'in onderzoek'
  TR332, // 9332 ToewijzingNummer unique within the municipality
  TR379, // 9379 ReferentieAanbieder only when honouring a request
  TR385, // 9385 no removal (13) of an allocation with approved declarations
  // JW323: declarations (integration/declaraties judges the whole message once, set-based; each rule
  // reports its own findings). Declaratie class first, then per Prestatie in the engine's order.
  TR333, // 9333 DeclaratieNummer unique for the provider
  TR318, // 8214 DeclaratiePeriode follows the previous one
  TR314, // 8021 ReferentieNummer unique for the provider
  TR338, // 9338 prestatie relates to an allocation
  TR304, // 8187 Bsn is the allocation's client
  TR323, // 8017 credit reverses an approved debet
  TR390, // 9390 a debet is credited once
  TR389, // 9389 one debet per ProductPeriode + product + allocation
  TR339, // 9339 ProductCategorie as allocated
  TR340, // 9340 ProductCode as allocated
  TR341, // 9341 Eenheid fits the allocation
  TR384, // 9384 no declaring on a deleted allocation
  TR307, // 9307 ProductPeriode not before Ingangsdatum
  TR308, // 9308 ProductPeriode not after Einddatum
  TR387, // 9387 ProductPeriode begins on the 1st (or Ingangsdatum)
  TR388, // 9388 ProductPeriode ends on the last day (or Einddatum)
  TR319, // 9319 ProductPeriode within the current or an earlier DeclaratiePeriode
  TR321, // 9321 GeleverdVolume within the Omvang per ProductPeriode
  TR322, // 9322 sum within the Omvang over the allocation
  TR369, // 9369 sum within the allocated Budget
  TR418, // 0611 ProductTarief is the contract tariff
] as Regel[]);
