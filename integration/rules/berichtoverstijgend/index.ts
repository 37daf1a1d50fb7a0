import type { Regel } from '../Regel.js';

/**
 * The cross-message technical rules (regels/technische-regels/berichtoverstijgend) that apply to the
 * allocation and delivery flows (JW301, JW305, JW307, JW315, JW317, JW319). The pipeline runs these with
 * ctx.db = the processing transaction, after the XSD and in-message rules. Ordered by rule code.
 */
export const berichtoverstijgendeRegels: readonly Regel[] = Object.freeze([]);
