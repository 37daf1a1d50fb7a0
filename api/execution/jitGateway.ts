import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter: each distinct operation is compiled once
 * into a function that walks exactly its selection (no per-field argument coercion, no promise per object on
 * synchronous lists). bench:graphql's profile of query a (100 contracts × provider, segment, 5 tariffs) spent about
 * a quarter of the server's time in graphql-js's execute (getArgumentValues for `tariffs(validOn:)` per contract,
 * promiseForObject, completeValue) and much of its GC on what that allocates.
 *
 * Plugged in through Apollo Server's `gateway` interface, its documented hook for a custom executor. Everything
 * else stays Apollo's: parsing, validation, the operation limits (useOperatieGrenzen), the plugins' request hooks
 * (useAudit's didResolveOperation/willSendResponse, useMaskedErrors) and the HTTP layer. The resolvers are the
 * schema's own, wrapped in place by handhaving.ts and lezingen.ts, so access rules and audit run unchanged. The only
 * Apollo feature this gives up is `willResolveField`, which no plugin here uses (lezingen.ts wraps Client's fields
 * itself for that reason).
 *
 * Compiled operations are cached per parsed document: Apollo's document store (an LRU keyed by the query's hash)
 * hands the same DocumentNode for the same text, so the cache is bounded by it and freed with it (WeakMap).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let c = byName.get(key);
    if (!c) {
      // Leaf serialisation stays on: the custom scalars (LocalDate, JSON ...) serialise as in graphql-js.
      c = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byName.set(key, c);
    }
    return c;
  };

  const executor: GatewayExecutor = async (rc) => {
    const c = compile(rc.document, rc.operationName);
    if (!isCompiledQuery(c)) return c; // compile errors (e.g. an unknown operation name), as graphql-js would report them
    const result = await c.query(undefined, rc.context, rc.request.variables ?? {});
    // No data at all: the variables could not be coerced. graphql-jit's messages drop the scalar's own reason and the
    // variable's location, so the errors are taken from graphql-js's coercion (run only on this failure path): the
    // same messages as the interpreter, which Apollo recognises and answers as BAD_USER_INPUT with 400.
    if (result.data === undefined && result.errors?.length) {
      const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], rc.request.variables ?? {});
      return { errors: coerced.errors ?? result.errors };
    }
    return result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}
