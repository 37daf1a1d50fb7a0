/**
 * The iJw 3.2 rule registry (graphql-js specifiedRules style): every rule is one file named
 * after its code; this list is the only place that decides which rules run, in which order.
 *
 * Levels (IV028 "controleniveaus"): 1 'xsd' (integration/ijw, libxml2) → 2 'bericht' (xslt TRs, CD/CS)
 * → 3/4 'extern' + 'berichtoverstijgend' (cross-message rules, ctx.db). Rules run only on schema-valid
 * messages, and by default a level runs only when the levels before it found nothing (a message rejected
 * with 0001 is not assessed further); `alleNiveaus` collects everything (diagnostics, CLI).
 */
import type { BerichtType } from '../ijw/berichttypen.js';
import { BERICHTTYPEN } from '../ijw/berichttypen.js';
import { berichtoverstijgendeRegels } from './berichtoverstijgend/index.js';
import type { Regel } from './Regel.js';

// Technische regels, controleniveau 'bericht' (regels/technische-regels/xslt)
import { TR002 } from './TR002.js'; // Geboortedatum ≤ 120 jaar voor Dagtekening
import { TR006 } from './TR006.js'; // Contact: Telefoon of Huis + Postcode
import { TR018 } from './TR018.js'; // StopProduct: Einddatum ≥ Begindatum
import { TR061 } from './TR061.js'; // Client heeft adres Soort 01/02/03
import { TR101 } from './TR101.js'; // geen dubbele regels (logische sleutels)
import { TR134 } from './TR134.js'; // datum ≤ Dagtekening
import { TR137 } from './TR137.js'; // Begindatum ≤ Einddatum ≤ Dagtekening
import { TR302 } from './TR302.js'; // JW301: geen overlappende zorgperiodes per product
import { TR315 } from './TR315.js'; // JW323: VorigReferentieNummer uniek
import { TR316 } from './TR316.js'; // JW323: geen creditering in hetzelfde bericht
import { TR335 } from './TR335.js'; // JW323: Einddatum ≤ 5 jaar voor DeclaratieDagtekening
import { TR342 } from './TR342.js'; // JW325: alleen afgewezen prestaties
import { TR352 } from './TR352.js'; // JW317: OngewijzigdProduct of TeWijzigenProduct
import { TR353 } from './TR353.js'; // JW317: TeWijzigenProduct of NieuwProduct
import { TR358 } from './TR358.js'; // JW323: TotaalIngediendBedrag = som prestaties
import { TR377 } from './TR377.js'; // JW319: Woonplaatsbeginsel bij reden 8
import { TR380 } from './TR380.js'; // JW317: Einddatum > Dagtekening
import { TR383 } from './TR383.js'; // JW315: ReferentieAanbieder uniek
import { TR386 } from './TR386.js'; // JW315: geen overlappende zorgperiodes per product
import { TR409 } from './TR409.js'; // JW319: geen Woonplaatsbeginsel zonder reden 8
import { TR410 } from './TR410.js'; // JW317: geen overlappende NieuwProducten
import { TR416 } from './TR416.js'; // JW323: één debet per periode/product/toewijzing
// Condities, constraints (regels/condities-constraints); see README.md for what the XSD already covers
import { conditieRegels } from './condities.js';
// Technische regels tegen een externe bron (regels/technische-regels/externe-bon)
import { TR135 } from './TR135.js'; // 8848 Dagtekening ≤ systeemdatum
import { TR346 } from './TR346.js'; // 9346 IngediendBedrag = GeleverdVolume × ProductTarief
import { TR378 } from './TR378.js'; // S300 CBS-gemeentecode
import { TR381 } from './TR381.js'; // S329 ProductCode volgens productcodelijst

/** The in-message and external rules of the iJw 3.2 standard, in the order they run. */
export const specifiedRegels: readonly Regel[] = Object.freeze([
  TR002, TR006, TR018, TR061, TR101, TR134, TR137, TR302, TR315, TR316, TR335, TR342, TR352, TR353, TR358,
  TR377, TR380, TR383, TR386, TR409, TR410, TR416,
  ...conditieRegels,
  TR135, TR346, TR378, TR381,
] as Regel[]);

/** Every rule: the specified rules plus the cross-message rules of the flows (ctx.db). */
export const alleRegels: readonly Regel[] = Object.freeze([...specifiedRegels, ...berichtoverstijgendeRegels]);

/** The rules per message type, in registry order. */
export const regelsPerBericht: Readonly<Record<BerichtType, readonly Regel[]>> = Object.freeze(
  Object.fromEntries(BERICHTTYPEN.map((t) => [t, Object.freeze(alleRegels.filter((r) => r.berichten.includes(t)))])) as Record<
    BerichtType,
    readonly Regel[]
  >,
);

