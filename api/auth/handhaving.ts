/**
 * Enforcement of api/auth/beleid.ts on the built schema, in one pass over its fields (no per-resolver checks):
 *   - every root Query/Mutation field: the caller's role must be in the field's rule (BELEID, else its
 *     `@Authorized(...)` roles) before the resolver runs; a field with neither is refused for everyone;
 *     the root resolver gets the request's services scoped to the role (RijScope: rijFilter in the WHERE of every
 *     read; the request's loaders carry the same scope);
 *   - every field returning a tenant-scoped type (or a connection of one): objects outside the tenant removed
 *     (zichtbaarheid.ts);
 *   - personal-data fields (PERSOONSGEGEVENS): null unless the caller is the owning municipality.
 */
import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context';
import { createServices } from '../services';
import { BELEID, PERSOONSGEGEVENS, type Regel, type RootVeld } from './beleid';
import { eisRol } from './authChecker';
import { magBsnZien } from './scope';
import { alleenZichtbaar, GESCOPTE_TYPEN } from './zichtbaarheid';

/** The roles of `@Authorized(...)` on root resolvers (fields from other modules that declare their own rule). */
export function gedeclareerdeRollen(): Map<RootVeld, readonly string[]> {
  const md = getMetadataStorage();
  const rollen = new Map<RootVeld, readonly string[]>();
  for (const [soort, lijst] of [['Query', md.queries], ['Mutation', md.mutations]] as const) {
    for (const r of lijst) {
      const a = md.authorizedFields.find((f) => f.target === r.target && f.fieldName === r.methodName);
      if (a) rollen.set(`${soort}.${r.schemaName}`, a.roles as string[]);
    }
  }
  return rollen;
}

/** The rule of a root field: the table first, then a declared `@Authorized`; undefined = no rule (refused). */
export function regelVoor(veld: RootVeld, gedeclareerd = gedeclareerdeRollen()): Regel | undefined {
  const uitTabel = BELEID[veld];
  if (uitTabel) return uitTabel;
  const rollen = gedeclareerd.get(veld);
  return rollen ? { rollen: rollen as Regel['rollen'] } : undefined;
}

/** Services whose reads carry the role's row filter (the request's RijScope, shared with its loaders), made once per request. */
const gescopt = new WeakMap<Context['rijScope'], Context['services']>();
function servicesVoor(ctx: Context): Context['services'] {
  let s = gescopt.get(ctx.rijScope);
  if (!s) gescopt.set(ctx.rijScope, (s = createServices(ctx.dataSource, ctx.rijScope)));
  return s;
}

/** Wraps the schema's resolvers in place (the schema is built once) and returns it. */
export function handhaafBeleid(schema: GraphQLSchema): GraphQLSchema {
  const gedeclareerd = gedeclareerdeRollen();
  for (const [soort, type] of [['Query', schema.getQueryType()], ['Mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const veld: RootVeld = `${soort}.${field.name}`;
      const regel = regelVoor(veld, gedeclareerd);
      wrap(field, (resolve) => async (source, args, ctx, info) => {
        eisRol(ctx.auth, regel?.rollen ?? [], veld);
        return resolve(source, args, { ...ctx, services: servicesVoor(ctx) }, info);
      });
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (PERSOONSGEGEVENS.has(`${type.name}.${field.name}`)) {
        wrap(field, (resolve) => (source, args, ctx, info) =>
          magBsnZien(ctx, (source as { gemeenteCode: string }).gemeenteCode) ? resolve(source, args, ctx, info) : null);
        continue;
      }
      if (type.name.endsWith('Edge')) continue; // the node of an edge: its connection is filtered as a whole
      const doel = scopedDoel(getNamedType(field.type).name, schema);
      if (!doel) continue;
      wrap(field, (resolve) => (source, args, ctx, info) => {
        const waarde = resolve(source, args, ctx, info);
        if (ctx.rijScope.onbeperkt) return waarde; // beheer: no promise per field
        return isPromise(waarde) ? waarde.then((w) => alleenZichtbaar(ctx, doel.type, w, doel.connectie)) : alleenZichtbaar(ctx, doel.type, waarde, doel.connectie);
      });
    }
  }
  return schema;
}

/** `Contract` -> Contract; `ContractConnection` -> Contract as a connection; anything else undefined. */
function scopedDoel(naam: string, schema: GraphQLSchema): { type: string; connectie: boolean } | undefined {
  if (GESCOPTE_TYPEN[naam]) return { type: naam, connectie: false };
  if (!naam.endsWith('Connection')) return undefined;
  const edge = schema.getType(naam.slice(0, -'Connection'.length) + 'Edge');
  const node = isObjectType(edge) ? getNamedType(edge.getFields().node?.type) : undefined;
  return node && GESCOPTE_TYPEN[node.name] ? { type: node.name, connectie: true } : undefined;
}

function isPromise(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as PromiseLike<unknown> | null)?.then === 'function';
}

function wrap(field: GraphQLField<unknown, Context>, by: (resolve: GraphQLFieldResolver<unknown, Context>) => GraphQLFieldResolver<unknown, Context>) {
  field.resolve = by(field.resolve ?? defaultFieldResolver);
}
