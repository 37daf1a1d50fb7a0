import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { fromPostgres } from '../errors/fromPostgres';

export interface MaskedErrorsOptions {
  /** Message sent instead of the original. */
  message?: string;
  /** Where the original error goes (with its stack). Defaults to console.error. */
  log?: (error: unknown) => void;
}

/**
 * The one exit for errors (envelop's useMaskedErrors, as an Apollo plugin).
 * Known errors pass unchanged: GraphQL's own errors (parse, validation, variable coercion) and
 * errors thrown on purpose as GraphQLError (JeugdregieError and subclasses).
 * A PostgreSQL error that escaped a service is still typed via fromPostgres (constraint -> code).
 * Everything else becomes `INTERNAL_SERVER_ERROR` with a fixed message; the original is logged.
 */
export function useMaskedErrors(options: MaskedErrorsOptions = {}): ApolloServerPlugin {
  const message = options.message ?? 'Unexpected error.';
  const log = options.log ?? ((error: unknown) => console.error('[graphql] unexpected error', error));
  return {
    async requestDidStart() {
      // index in the error list -> what to send instead (same order as the formatted errors)
      const replace = new Map<number, GraphQLFormattedError>();
      return {
        async didEncounterErrors({ errors }) {
          errors.forEach((error, i) => {
            const original = error.originalError;
            if (original === undefined || original instanceof GraphQLError) return;
            const typed = fromPostgres(original);
            if (typed) {
              replace.set(i, { message: typed.message, locations: error.locations, path: error.path, extensions: { ...typed.extensions } });
              return;
            }
            log(original);
            replace.set(i, { message, locations: error.locations, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
          });
        },
        async willSendResponse({ response }) {
          if (replace.size === 0 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e, i) => replace.get(i) ?? e);
        },
      };
    },
  };
}
