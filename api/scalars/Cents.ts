import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Money as a whole number of euro cents (€12.34 = 1234), sent as a JSON number.
 * GraphQL's Int is 32-bit (max €21,474,836.47): too small for yearly lumpsums and budgets, so
 * Cents covers the safe-integer range (±2^53-1 cents). PostgreSQL `bigint` values arrive from
 * the driver as strings and are serialized as numbers; inputs must be integers (no fractions).
 */
export const CentsScalar = new GraphQLScalarType<number, number>({
  name: 'Cents',
  description: 'An amount in euro cents: a whole number within ±(2^53-1), e.g. 1234 for €12.34.',
  serialize(value) {
    const n = typeof value === 'string' ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new GraphQLError(`Cents cannot represent ${String(value)}`);
    return n;
  },
  parseValue(value) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError(`Cents must be a whole number of cents, got ${JSON.stringify(value)}`);
    }
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Cents must be an integer literal', { nodes: ast });
    const n = Number(ast.value);
    if (!Number.isSafeInteger(n)) throw new GraphQLError('Cents out of range', { nodes: ast });
    return n;
  },
});
