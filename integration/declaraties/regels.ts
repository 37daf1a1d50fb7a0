/**
 * The declaration rules in the order the engine runs them (and the order their codes appear on a
 * Prestatie in the JW325). The registry integration/rules/berichtoverstijgend/index.ts lists the same
 * rule objects (test: declaraties.regels keeps the two in step).
 */
import { TR304 } from '../rules/berichtoverstijgend/TR304.js';
import { TR307 } from '../rules/berichtoverstijgend/TR307.js';
import { TR308 } from '../rules/berichtoverstijgend/TR308.js';
import { TR314 } from '../rules/berichtoverstijgend/TR314.js';
import { TR318 } from '../rules/berichtoverstijgend/TR318.js';
import { TR319 } from '../rules/berichtoverstijgend/TR319.js';
import { TR321 } from '../rules/berichtoverstijgend/TR321.js';
import { TR322 } from '../rules/berichtoverstijgend/TR322.js';
import { TR323 } from '../rules/berichtoverstijgend/TR323.js';
import { TR333 } from '../rules/berichtoverstijgend/TR333.js';
import { TR338 } from '../rules/berichtoverstijgend/TR338.js';
import { TR339 } from '../rules/berichtoverstijgend/TR339.js';
import { TR340 } from '../rules/berichtoverstijgend/TR340.js';
import { TR341 } from '../rules/berichtoverstijgend/TR341.js';
import { TR369 } from '../rules/berichtoverstijgend/TR369.js';
import { TR384 } from '../rules/berichtoverstijgend/TR384.js';
import { TR387 } from '../rules/berichtoverstijgend/TR387.js';
import { TR388 } from '../rules/berichtoverstijgend/TR388.js';
import { TR389 } from '../rules/berichtoverstijgend/TR389.js';
import { TR390 } from '../rules/berichtoverstijgend/TR390.js';
import { TR418 } from '../rules/berichtoverstijgend/TR418.js';
import type { DeclaratieRegel, PrestatieRegel } from './PrestatieRegel.js';

/** Declaratie class: judged once per message, before any prestatie. */
export const DECLARATIE_REGELS: readonly DeclaratieRegel[] = Object.freeze([TR333, TR318]);

/** Prestatie class. */
export const PRESTATIE_REGELS: readonly PrestatieRegel[] = Object.freeze([
  // identity and relation to the allocation
  TR314, TR338, TR304, TR323, TR390, TR389,
  // the allocation's product, unit, dates
  TR339, TR340, TR341, TR384, TR307, TR308, TR387, TR388, TR319,
  // volume, budget, tariff
  TR321, TR322, TR369, TR418,
]);

export const JW323_REGELS = Object.freeze([...DECLARATIE_REGELS, ...PRESTATIE_REGELS]);
