/**
 * The CD/CS rules that apply within one message and that the XSD does not enforce (see README.md for the
 * coverage decision per code). All yield 0001: they are level-2 (in-message) checks (IV028).
 */
import { CD005 } from './CD005.js';
import { CD007 } from './CD007.js';
import { CD009 } from './CD009.js';
import { CD025 } from './CD025.js';
import { CD034 } from './CD034.js';
import { CD041 } from './CD041.js';
import { CD043 } from './CD043.js';
import { CD060 } from './CD060.js';
import { CD066 } from './CD066.js';
import { CD067 } from './CD067.js';
import { CD068 } from './CD068.js';
import { CD075 } from './CD075.js';
import { CD076 } from './CD076.js';
import { CD077 } from './CD077.js';
import { CD079 } from './CD079.js';
import { CD080 } from './CD080.js';
import { CD085 } from './CD085.js';
import { CD086 } from './CD086.js';
import { CD087 } from './CD087.js';
import { CD095 } from './CD095.js';
import { CD096 } from './CD096.js';
import { CS002 } from './CS002.js';
import { CS003 } from './CS003.js';
import { CS050 } from './CS050.js';
import { CS058 } from './CS058.js';
import { CS089 } from './CS089.js';
import { CS100 } from './CS100.js';
import { CS139 } from './CS139.js';
import { CS318 } from './CS318.js';
import { CS325 } from './CS325.js';
import { CS335 } from './CS335.js';
import { CS336 } from './CS336.js';
import { CS337 } from './CS337.js';
import { CS338 } from './CS338.js';
import { CS339 } from './CS339.js';
import { CS340 } from './CS340.js';
import { CS343 } from './CS343.js';
import type { Regel } from './Regel.js';

export const conditieRegels: readonly Regel[] = Object.freeze([
  CD005, CD007, CD009, CD025, CD034, CD041, CD043, CD060, CD066, CD067, CD068, CD075, CD076, CD077, CD079, CD080,
  CD085, CD086, CD087, CD095, CD096,
  CS002, CS003, CS050, CS058, CS089, CS100, CS139, CS318, CS325, CS335, CS336, CS337, CS338, CS339, CS340, CS343,
] as Regel[]);
