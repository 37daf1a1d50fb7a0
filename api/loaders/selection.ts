import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Memo per path ('' = the returned object, 'edges.node' = a connection's nodes), per field node list. */
const memo = new Map<string, WeakMap<readonly FieldNode[], ReadonlySet<string>>>();

/**
 * The field names the query selects on the object(s) a resolver returns — through fragments and inline fragments,
 * below `path` (e.g. ['edges', 'node'] for a connection) — so reads select only the columns asked for. graphql-js
 * hands every item of a list the same field node array, so this runs once per field of the query, not per row.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  const key = path.join('.');
  let byNodes = memo.get(key);
  if (!byNodes) memo.set(key, (byNodes = new WeakMap()));
  let fields = byNodes.get(info.fieldNodes);
  if (!fields) {
    fields = new Set(selectionSets(info, path).flatMap((s) => collect(s, info).map((f) => f.name.value)));
    byNodes.set(info.fieldNodes, fields);
  }
  return fields;
}

/** The field nodes named `name` selected below `path` (every alias). */
export function fieldNodesAt(info: GraphQLResolveInfo, path: readonly string[], name: string): FieldNode[] {
  return selectionSets(info, path).flatMap((s) => collect(s, info).filter((f) => f.name.value === name));
}

function selectionSets(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let sets = info.fieldNodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => !!s);
  for (const step of path) sets = sets.flatMap((s) => collect(s, info).filter((f) => f.name.value === step).map((f) => f.selectionSet!).filter(Boolean));
  return sets;
}

function collect(set: SelectionSetNode, info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) collect(s.selectionSet, info, out);
    else {
      const fragment = info.fragments[s.name.value];
      if (fragment) collect(fragment.selectionSet, info, out);
    }
  }
  return out;
}

/** The path from a connection field to its nodes. */
export const NODE = ['edges', 'node'] as const;
