import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { Loaders } from './index';
import { fieldNodesAt, selectedFields } from './selection';

interface ContractRow {
  id: string;
  providerId: string;
  regionId: string;
  municipalityId: string | null;
  segmentId: string;
}

/**
 * Reads ahead, for a page of contracts, the relations the query selects on them that the page statement did not
 * join (provider, segment, region, municipality when absent from the rows; tariffs): one statement per relation, the
 * same the field resolvers would issue a tick later, but finished before graphql-js walks the list, so each of the
 * 100 × n child fields resolves without a promise (entityLoaders.ts). An optimisation only: on any failure the field
 * resolvers load as usual and report their own errors.
 */
export async function prefetchContractRelations(loaders: Loaders, contracts: readonly ContractRow[], info: GraphQLResolveInfo,
  path: readonly string[]): Promise<void> {
  if (contracts.length === 0) return;
  const selected = selectedFields(info, path);
  const sub = (name: string) => selectedFields(info, [...path, name]);
  const distinct = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];
  const jobs: Promise<void>[] = [];
  const first = contracts[0] as unknown as Record<string, unknown>;
  const wanted = (name: string) => selected.has(name) && !(name in first);
  if (wanted('provider')) jobs.push(loaders.provider.prefetch(distinct(contracts.map((c) => c.providerId)), sub('provider')));
  if (wanted('segment')) jobs.push(loaders.segment.prefetch(distinct(contracts.map((c) => c.segmentId)), sub('segment')));
  if (wanted('region')) jobs.push(loaders.region.prefetch(distinct(contracts.map((c) => c.regionId)), sub('region')));
  if (wanted('municipality')) jobs.push(loaders.municipality.prefetch(distinct(contracts.map((c) => c.municipalityId)), sub('municipality')));
  if (selected.has('tariffs')) {
    const validOn = oneDateArgument(info, path, 'tariffs', 'validOn');
    if (validOn !== undefined) {
      jobs.push(validOn === null
        ? loaders.tariffsByContract.prefetch(contracts.map((c) => c.id), sub('tariffs'))
        : loaders.tariffsOnByContract.prefetch(contracts.map((c) => [c.id, validOn] as const), sub('tariffs')));
    }
  }
  await Promise.all(jobs).catch(() => undefined);
}

/**
 * The value of argument `arg` on every selection of field `name` below `path`: a string, null when absent, undefined
 * when the selections disagree or it is not a plain string/variable (then nothing is read ahead).
 */
export function oneDateArgument(info: GraphQLResolveInfo, path: readonly string[], name: string, arg: string): string | null | undefined {
  const values = new Set(fieldNodesAt(info, path, name).map((f) => {
    const v = f.arguments?.find((a) => a.name.value === arg)?.value;
    if (!v || v.kind === Kind.NULL) return null;
    if (v.kind === Kind.STRING) return v.value;
    if (v.kind === Kind.VARIABLE) {
      const value = info.variableValues[v.name.value];
      return typeof value === 'string' ? value : value == null ? null : undefined;
    }
    return undefined;
  }));
  return values.size === 1 ? [...values][0] : undefined;
}
