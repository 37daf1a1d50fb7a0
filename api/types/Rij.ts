/**
 * The parent object of a field resolver as it came from the read (a plain row), for `@Root() c: Rij<ContractType>`.
 * Typed as a class, type-graphql would copy the row into a new instance of that class on every field resolver call
 * (convertToType: 3 copies per contract of a page of 100 in bench:graphql query a); a mapped type is reflected as
 * Object, so the row is passed on as it is — the same object the row filter recorded as read (RijScope).
 */
export type Rij<T> = { [K in keyof T]: T[K] };
