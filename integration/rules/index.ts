/**
 * integration/rules: the iJw 3.2 rules (one file per rule, named after its code), their registry and runner.
 * See README.md for the rule list, the levels and what the XSD layer already covers.
 */
export { specifiedRegels, alleRegels, regelsPerBericht } from './specifiedRegels.js';
export { runRegels, runRegelsSync, MAX_BEVINDINGEN, type RegelOpties } from './runRegels.js';
export { valideer, type ValidatieResultaat, type ValideerOpties } from './valideer.js';
export { maakBronnen, standaardBronnen, cbsGemeentecodes, type BronnenOpties, type Productcode } from './bronnen.js';
export type { Bevinding, Controleniveau, ExterneBronnen, Melding, Queryable, Regel, RegelContext } from './Regel.js';
