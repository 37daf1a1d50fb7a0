import { GraphQLLocalDate } from 'graphql-scalars';
import { CentsScalar } from './Cents';

/**
 * Dates are ISO calendar dates `YYYY-MM-DD` (graphql-scalars' LocalDate: no time zone, no time).
 * TypeORM returns PostgreSQL `date` columns as these same strings, so no conversion happens anywhere.
 */
export const DateScalar = GraphQLLocalDate;
export { CentsScalar };
