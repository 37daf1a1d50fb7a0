import {
  GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLSchema, type OperationDefinitionNode,
  type SelectionSetNode, type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination/paginate';

export interface Maat {
  /** Nesting of fields (fragments expanded; introspection's __ fields not counted). */
  diepte: number;
  /**
   * Every selected field costs 1 (aliases are fields too), times the rows its parents may return: `first`/`last` of a
   * connection (the default page size without them), `lijstSchatting` for a plain list relation. Lists of scalars
   * (retourcodes) cost 1.
   */
  kosten: number;
}

/**
 * Measures an operation in one pass, each fragment once wherever it is spread, so a fragment bomb (F0 spreads F1
 * twice, F1 spreads F2 twice …) costs linear time to measure, not exponential. Refuses `first`/`last` above
 * `maxPagina` anywhere on the way (BAD_USER_INPUT on `first`/`last`, the code
 * api/pagination uses for the same rule): refused here before anything runs. Fragment cycles never get here
 * (graphql-js's NoFragmentCyclesRule runs first).
 */
export function meetOperatie(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variabelen: Record<string, unknown>, opties: { maxPagina: number; lijstSchatting: number }): Maat {
  const fragmenten = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragmenten.set(d.name.value, d);
  const perFragment = new Map<string, Maat>();

  const getal = (v: ValueNode): number | undefined => {
    if (v.kind === Kind.INT) return Number(v.value);
    const w = v.kind === Kind.VARIABLE ? variabelen[v.name.value] : undefined;
    return typeof w === 'number' ? w : undefined;
  };

  const meet = (set: SelectionSetNode, type: GraphQLCompositeType): Maat => {
    let diepte = 0;
    let kosten = 0;
    for (const sel of set.selections) {
      let m: Maat;
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const def = isObjectType(type) || isInterfaceType(type) ? type.getFields()[sel.name.value] : undefined;
        if (!def) continue;
        let pagina: number | undefined;
        for (const arg of sel.arguments ?? []) {
          if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
          const n = getal(arg.value);
          if (n === undefined) continue;
          if (n > opties.maxPagina) {
            throw new GraphQLError(`${arg.name.value} on ${sel.name.value} is ${n}; the largest page is ${opties.maxPagina}.`, {
              nodes: [arg], extensions: { code: 'BAD_USER_INPUT', field: arg.name.value, limiet: opties.maxPagina, http: { status: 400 } },
            });
          }
          pagina = Math.max(pagina ?? 0, n);
        }
        const doel = getNamedType(def.type);
        if (!sel.selectionSet || !isCompositeType(doel)) {
          m = { diepte: 1, kosten: 1 };
        } else {
          // A connection's page is counted on the connection; its `edges` list is that page, not another multiplier.
          const keer = pagina ?? (doel.name.endsWith('Connection') ? DEFAULT_PAGE_SIZE
            : isListType(getNullableType(def.type)) && !type.name.endsWith('Connection') ? opties.lijstSchatting : 1);
          const kind = meet(sel.selectionSet, doel);
          m = { diepte: 1 + kind.diepte, kosten: 1 + keer * kind.kosten };
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        m = meet(sel.selectionSet, isCompositeType(t) ? t : type);
      } else {
        const naam = sel.name.value;
        let f = perFragment.get(naam);
        if (!f) {
          const def = fragmenten.get(naam);
          const t = def && schema.getType(def.typeCondition.name.value);
          f = def && isCompositeType(t) ? meet(def.selectionSet, t) : { diepte: 0, kosten: 0 };
          perFragment.set(naam, f);
        }
        m = f;
      }
      diepte = Math.max(diepte, m.diepte);
      kosten += m.kosten;
    }
    return { diepte, kosten };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  return root ? meet(operation.selectionSet, root) : { diepte: 0, kosten: 0 };
}
