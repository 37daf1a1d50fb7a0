import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { meetOperatie } from './operatieMaat';

export interface OperatieGrenzen {
  maxDiepte: number;
  maxKosten: number;
  maxPaginagrootte: number;
  /** Rows assumed for a list relation without page arguments (Region.contracts ...). Default 20. */
  lijstSchatting?: number;
}

/**
 * Depth, cost and page size of an operation (api/plugins/operatieMaat.ts), refused before it executes — no SQL runs.
 * A plugin rather than a validation rule: at didResolveOperation the variables are known (`first: $n`), and the
 * errors keep their own code (Apollo relabels every validation error GRAPHQL_VALIDATION_FAILED). HTTP 400.
 */
export function useOperatieGrenzen(grenzen: OperatieGrenzen): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const naam = operation.name?.value ?? '(anonymous)';
          const maat = meetOperatie(schema, document, operation, request.variables ?? {},
            { maxPagina: grenzen.maxPaginagrootte, lijstSchatting: grenzen.lijstSchatting ?? 20 });
          if (maat.diepte > grenzen.maxDiepte) {
            throw new GraphQLError(`Operation ${naam} is ${maat.diepte} levels deep; the limit is ${grenzen.maxDiepte}.`, {
              extensions: { code: 'DEPTH_LIMIT_EXCEEDED', diepte: maat.diepte, limiet: grenzen.maxDiepte, http: { status: 400 } },
            });
          }
          if (maat.kosten > grenzen.maxKosten) {
            throw new GraphQLError(`Operation ${naam} costs ${maat.kosten}; the limit is ${grenzen.maxKosten}. Ask for fewer fields or smaller pages.`, {
              extensions: { code: 'COMPLEXITY_LIMIT_EXCEEDED', kosten: maat.kosten, limiet: grenzen.maxKosten, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
