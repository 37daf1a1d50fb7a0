import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ASTVisitor,
} from 'graphql';

/**
 * Rejects operations nested deeper than `maxDepth` fields (fragments expanded, introspection's
 * `__schema`/`__type` subtrees ignored). A graphql-js validation rule: it reports, it doesn't throw.
 * Passed to Apollo via `validationRules` in api/server.ts.
 */
export function depthLimit(maxDepth: number) {
  return function DepthLimitRule(context: ValidationContext): ASTVisitor {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!set) return depth;
      let max = depth;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          max = Math.max(max, depthOf(sel.selectionSet, depth + 1, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, depthOf(sel.selectionSet, depth, seen));
        } else {
          const name = sel.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) continue; // cycles are reported by NoFragmentCyclesRule
          max = Math.max(max, depthOf(frag.selectionSet, depth, new Set(seen).add(name)));
        }
      }
      return max;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          const nodes: ASTNode[] = [node];
          context.reportError(
            new GraphQLError(`Operation ${node.name?.value ?? '(anonymous)'} is ${depth} levels deep; the limit is ${maxDepth}.`, {
              nodes,
              extensions: { code: 'DEPTH_LIMIT_EXCEEDED' },
            }),
          );
        }
      },
    };
  };
}
