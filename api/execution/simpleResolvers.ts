import { getMetadataStorage } from 'type-graphql';

/**
 * Plain fields read their property without a resolver function. type-graphql gives every field of an object type a
 * resolver that runs the field's middleware chain — there are none here — and the executor calls it for every field
 * of every object in a response; without one, graphql-jit reads the property inline (bench:graphql a, 100 contracts
 * × ~30 fields: 144 -> 188 req/s). type-graphql's own switch for this is `simpleResolvers` on the object type: it is
 * turned on for every object type that does not set it and none of whose fields (own or inherited) carries a
 * middleware or an @Authorized rule, before the schema is built. Field resolvers (@FieldResolver) are untouched.
 */
export function simpleResolversWhereNoMiddleware(): void {
  const md = getMetadataStorage();
  const guarded = [...md.middlewares, ...md.authorizedFields].map((m) => m.target);
  for (const ot of md.objectTypes) {
    if (ot.simpleResolvers !== undefined) continue;
    const target = ot.target as { prototype: object };
    const own = (t: unknown) => t === target || (typeof t === 'function' && target.prototype instanceof t);
    if (guarded.some(own)) continue;
    ot.simpleResolvers = true;
  }
}
