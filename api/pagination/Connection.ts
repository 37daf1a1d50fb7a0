import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';

/** Relay PageInfo. */
@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/**
 * Relay cursor arguments. Forward (`first`/`after`) or backward (`last`/`before`), not both.
 * Without either, the first DEFAULT_PAGE_SIZE rows come back.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size going forward (1..500, default 50).' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: 'Return rows after this cursor.' })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: 'Page size going backward (1..500).' })
  last?: number | null;
  @Field(() => String, { nullable: true, description: 'Return rows before this cursor.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What paginate() returns; `totalCount` is a lazy getter so the COUNT runs only when selected. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Builds `<Name>Connection` and `<Name>Edge` object types for a node type. One call per entity,
 * in api/types/connections.ts.
 */
export function Connection<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque cursor; pass it as `after`/`before`.' }) cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    // simple: false keeps type-graphql's resolver: the value is a promise (the lazy COUNT), which graphql-jit awaits
    // from a resolver but not from a plain property read (api/execution/simpleResolvers.ts)
    @Field(() => Int, { description: 'Rows matching the filter, ignoring the page arguments.', simple: false }) totalCount: number;
  }
  return ConnectionType;
}
