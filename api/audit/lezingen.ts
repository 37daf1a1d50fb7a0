/**
 * What a request read of clients' data: every field resolved on a `Client` is noted per client and root field; the
 * audit plugin (api/plugins/useAudit.ts) writes one audit_log row each before the response leaves.
 *
 * Noted by wrapping the resolvers of `Client`'s fields once, when the schema is built — not through Apollo's
 * willResolveField, which makes Apollo wrap every field of the schema and call the hook for each field of each
 * response (measured by bench:graphql: purchasing reads paid it on every scalar). Outermost wrapper (applied after
 * api/auth/handhaving.ts), so a personal-data field that the role rule answers with null is still noted as read.
 */
import { defaultFieldResolver, isObjectType, Kind, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { AuthContext, Context } from '../context';
import type { Lezing } from './auditLog.sql';

export const AUDIT_TYPE = 'Client';

type Verzameling = Map<string, Omit<Lezing, 'velden'> & { velden: Set<string> }>;

/** Per request, keyed by its AuthContext (one per request, shared by the scoped context copies of handhaving.ts). */
const perVerzoek = new WeakMap<AuthContext, Verzameling>();

/** Wraps every field of `Client` (in place; the schema is built once) so a resolved field is noted. */
export function noteerLezingen(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType(AUDIT_TYPE);
  if (!isObjectType(type)) throw new Error(`audit: type ${AUDIT_TYPE} not in the schema`);
  for (const field of Object.values(type.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: Context, info) => {
      noteer(ctx, source, info);
      return resolve(source, args, ctx, info);
    };
  }
  return schema;
}

function noteer(ctx: Context, source: unknown, info: GraphQLResolveInfo): void {
  const c = source as { gemeenteCode?: string; id?: string } | null;
  if (!c?.gemeenteCode || !c.id || !ctx?.auth) return;
  let gelezen = perVerzoek.get(ctx.auth);
  if (!gelezen) perVerzoek.set(ctx.auth, (gelezen = new Map()));
  const veld = rootVeld(info);
  const key = `${veld}:${c.gemeenteCode}:${c.id}`;
  let l = gelezen.get(key);
  if (!l) gelezen.set(key, (l = { veld, gemeenteCode: c.gemeenteCode, clientId: c.id, velden: new Set() }));
  l.velden.add(info.fieldName);
}

/** The request's reads so far (empty when it read no client), one entry per client and root field. */
export function lezingenVan(auth: AuthContext): Lezing[] {
  const gelezen = perVerzoek.get(auth);
  return gelezen ? [...gelezen.values()].map((l) => ({ ...l, velden: [...l.velden] })) : [];
}

/** The root field (`Query.client`) a resolved field hangs under, by name even when the client aliased it. */
function rootVeld(info: GraphQLResolveInfo): string {
  let p = info.path;
  while (p.prev) p = p.prev;
  const sel = info.operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === p.key);
  const naam = sel?.kind === Kind.FIELD ? sel.name.value : String(p.key);
  return `${info.operation.operation === 'mutation' ? 'Mutation' : 'Query'}.${naam}`;
}
