import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { noteerLezingen } from './audit/lezingen';
import { authChecker } from './auth/authChecker';
import { handhaafBeleid } from './auth/handhaving';
import { simpleResolversWhereNoMiddleware } from './execution/simpleResolvers';
import { resolvers } from './resolvers';
import './types/enums';

let cached: Promise<GraphQLSchema> | undefined;

/**
 * The executable schema, built once from the type-graphql resolvers. No database needed, so
 * scripts/export-schema.ts uses it too. Date is LocalDate ('YYYY-MM-DD'); timestamps are DateTimeISO.
 */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  if (cached) return cached;
  simpleResolversWhereNoMiddleware(); // before the build: type-graphql reads it from the object types' metadata
  return (cached = buildSchema({
    resolvers,
    authChecker, // @Authorized('gemeente' | 'regio' | 'aanbieder' | 'beheer'): api/auth
    validate: false, // input checks live in the services (typed errors with code + field), not class-validator
    emitSchemaFile: false,
  })
    .then(handhaafBeleid) // who may call what (api/auth/beleid.ts), tenant scope and the personal-data field rule
    .then(noteerLezingen)); // which client's data was read, for the audit log (api/audit/lezingen.ts); outermost
}
