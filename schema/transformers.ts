import type { ValueTransformer } from 'typeorm';

/**
 * node-postgres returns bigint and numeric as strings. Money is integer euro cents and stays far
 * below Number.MAX_SAFE_INTEGER (9e15 cents = 90 trillion euro), so it is read as a number.
 */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? value : Number(value)),
};

/** numeric (percentages, intensities) read as a JS number. */
export const numericNumber: ValueTransformer = bigintNumber;
