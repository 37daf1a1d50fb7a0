import { CentsScalar } from './Cents';
import { LocalDateScalar } from './LocalDate';

/**
 * Dates are ISO calendar dates `YYYY-MM-DD` (graphql-scalars' LocalDate: no time zone, no time).
 * TypeORM returns PostgreSQL `date` columns as these same strings, so no conversion happens anywhere.
 */
export const DateScalar = LocalDateScalar;
export { CentsScalar };
