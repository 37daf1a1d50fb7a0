/** The CD/CS rules that apply within one message and that the XSD does not enforce (see README.md). */
import type { Regel } from './Regel.js';

export const conditieRegels: readonly Regel[] = Object.freeze([]);
