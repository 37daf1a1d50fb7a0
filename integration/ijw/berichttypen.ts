/** The 14 iJw 3.2 message types and how a heenbericht is answered by its retourbericht. */
export const HEENBERICHTEN = ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319', 'JW323'] as const;
export const RETOURBERICHTEN = ['JW302', 'JW306', 'JW308', 'JW316', 'JW318', 'JW320', 'JW325'] as const;
export const BERICHTTYPEN = [...HEENBERICHTEN, ...RETOURBERICHTEN] as const;

export type Heenbericht = (typeof HEENBERICHTEN)[number];
export type Retourbericht = (typeof RETOURBERICHTEN)[number];
export type BerichtType = (typeof BERICHTTYPEN)[number];

/** Typed per key (not a Record), so RETOUR_VAN['JW305'] is 'JW306' at the type level too. */
export const RETOUR_VAN = Object.freeze({
  JW301: 'JW302',
  JW305: 'JW306',
  JW307: 'JW308',
  JW315: 'JW316',
  JW317: 'JW318',
  JW319: 'JW320',
  JW323: 'JW325',
} as const) satisfies Readonly<Record<Heenbericht, Retourbericht>>;

export function isBerichtType(value: string): value is BerichtType {
  return (BERICHTTYPEN as readonly string[]).includes(value);
}

export function isHeenbericht(value: string): value is Heenbericht {
  return (HEENBERICHTEN as readonly string[]).includes(value);
}

/** Header.BerichtCode of each message type (fixed by a pattern in each XSD; the official examples). */
export const BERICHTCODE: Readonly<Record<BerichtType, string>> = Object.freeze({
  JW301: '436', JW302: '437', JW305: '438', JW306: '439', JW307: '440', JW308: '441', JW315: '446', JW316: '447',
  JW317: '486', JW318: '487', JW319: '488', JW320: '489', JW323: '490', JW325: '491',
});
