/**
 * The CD/CS rules that apply within one message and that the XSD does not enforce (see README.md for the
 * coverage decision per code). All yield 0001: they are level-2 (in-message) checks (IV028).
 */
import { CD007 } from './CD007.js';
import { CD009 } from './CD009.js';
import { CD041 } from './CD041.js';
import { CD043 } from './CD043.js';
import { CD060 } from './CD060.js';
import { CD075 } from './CD075.js';
import { CD076 } from './CD076.js';
import { CD077 } from './CD077.js';
import { CD079 } from './CD079.js';
import { CD085 } from './CD085.js';
import { CD086 } from './CD086.js';
import { CD087 } from './CD087.js';
import { CS002 } from './CS002.js';
import { CS003 } from './CS003.js';
import { CS058 } from './CS058.js';
import { CS100 } from './CS100.js';
import { CS325 } from './CS325.js';
import { CS335 } from './CS335.js';
import { CS336 } from './CS336.js';
import { CS337 } from './CS337.js';
import { CS339 } from './CS339.js';
import { CS340 } from './CS340.js';
import type { Regel } from './Regel.js';

export const conditieRegels: readonly Regel[] = Object.freeze([
  CD007, CD009, CD041, CD043, CD060, CD075, CD076, CD077, CD079, CD085, CD086, CD087,
  CS002, CS003, CS058, CS100, CS325, CS335, CS336, CS337, CS339, CS340,
] as Regel[]);
