import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface JitOptions {
  /** Compile an operation on its n-th execution (default 2). */
  compileAfter?: number;
  /** Told of each compilation and how long it took (ms). */
  onCompile?: (operationName: string | null, ms: number) => void;
}

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
 *
 * An operation is compiled on its `compileAfter`-th execution (default 2); before that graphql-js executes it.
 * Compiling costs ~1.3 ms per aliased subtree of a contract page (~70 ms for 50 aliases, blocking the event loop), so
 * a caller sending ever new operations would otherwise buy a compilation with each; the operations of real clients
 * (BI tools, municipal systems) repeat and are compiled on their second use, as mercurius's `jit` option does.
 */
export function jitGateway(schema: GraphQLSchema, options: JitOptions = {}): GatewayInterface {
  const compileAfter = Math.max(1, options.compileAfter ?? 2);
  type Entry = { uses: number; compiled?: CompiledQuery | ExecutionResult };
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();

  /** The compiled operation once it is due, else undefined (then graphql-js executes it). */
  const compiled = (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult | undefined => {
    let byName = entries.get(document);
    if (!byName) entries.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let e = byName.get(key);
    if (!e) byName.set(key, (e = { uses: 0 }));
    if (!e.compiled && ++e.uses >= compileAfter) {
      // Leaf serialisation stays on: the custom scalars (LocalDate, JSON ...) serialise as in graphql-js.
      const t0 = performance.now();
      e.compiled = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      options.onCompile?.(operationName, performance.now() - t0);
    }
    return e.compiled;
  };

  const executor: GatewayExecutor = async (rc) => {
    const c = compiled(rc.document, rc.operationName);
    if (!c) {
      return execute({ schema, document: rc.document, contextValue: rc.context, variableValues: rc.request.variables ?? {},
        operationName: rc.operationName ?? undefined });
    }
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
