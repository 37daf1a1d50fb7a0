/**
 * The equivalent queries a–d of `npm run bench:graphql`, each in its server's
 * own idiom and naming (Jeugdregie: Relay connections with filters; PostGraphile 5 Amber: default inflection plus the
 * pgl objects of postgraphile.sql.ts; Amber names a table's `id` column `rowId`, `id` being the global Node id), and
 * each answer normalised to the same plain shape so test/graphql.postgraphile.test.ts and the benchmark compare them.
 */

/** The ids and dates the queries are run with (picked from the loaded data). */
export interface BenchParams {
  regionId: string;
  today: string;
  contractId: string;
  productId: string;
  on: string;
  segmentId: string;
  /** d: the region whose municipalities' allocations are paged (its code: Jeugdregie's regio token; PostGraphile's argument). */
  regioCode: string;
}

export interface ServerQuery {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  key: 'a' | 'b' | 'c' | 'd';
  title: string;
  jeugdregie: ServerQuery;
  postgraphile: ServerQuery;
  /** Care data: Jeugdregie is asked with the region's own token (`regio:<regioCode>`), whatever role the others use. */
  alsRegio?: boolean;
  /** Both answers' `data` to one comparable shape. */
  normalise: { jeugdregie(data: any): unknown; postgraphile(data: any): unknown };
}

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

interface TariffOut { productId: string; priceCents: number; validFrom: string; validTo: string | null }
const tariff = (t: any): TariffOut => ({ productId: t.productId, priceCents: Number(t.priceCents), validFrom: t.validFrom, validTo: t.validTo ?? null });

export function benchQueries(p: BenchParams): BenchQuery[] {
  return [
    {
      key: 'a',
      title: 'a. 100 contracts of a region + provider, segment, tariffs today',
      jeugdregie: {
        query: `query A($regionId: ID!, $today: LocalDate!) {
          contracts(filter: { regionId: $regionId }, first: 100) { edges { node {
            id reference startDate endDate status
            provider { agbCode name }
            segment { number name }
            tariffs(validOn: $today) { productId priceCents validFrom validTo }
          } } } }`,
        variables: { regionId: p.regionId, today: p.today },
      },
      postgraphile: {
        query: `query A($regionId: UUID!, $today: Date!) {
          allContracts(condition: { regionId: $regionId }, first: 100, orderBy: [REFERENCE_ASC]) { nodes {
            rowId reference startDate endDate status
            providerByProviderId { agbCode name }
            segmentBySegmentId { number name }
            tariffsOn(on: $today) { nodes { productId priceCents validFrom validTo } }
          } } }`,
        variables: { regionId: p.regionId, today: p.today },
      },
      normalise: {
        jeugdregie: (d) => d.contracts.edges.map(({ node: c }: any) => contract(c, c.provider, c.segment, c.tariffs)),
        postgraphile: (d) => d.allContracts.nodes.map((c: any) => contract({ ...c, id: c.rowId }, c.providerByProviderId, c.segmentBySegmentId, c.tariffsOn.nodes)),
      },
    },
    {
      key: 'b',
      title: 'b. tariff of one contract × product on a date',
      jeugdregie: {
        query: `query B($contractId: ID!, $productId: ID!, $on: LocalDate!) {
          tariff(contractId: $contractId, productId: $productId, on: $on) { id contractId productId priceCents validFrom validTo } }`,
        variables: { contractId: p.contractId, productId: p.productId, on: p.on },
      },
      postgraphile: {
        query: `query B($contractId: UUID!, $productId: UUID!, $on: Date!) {
          pglTariffOn(contractId: $contractId, productId: $productId, on: $on) { rowId contractId productId priceCents validFrom validTo } }`,
        variables: { contractId: p.contractId, productId: p.productId, on: p.on },
      },
      normalise: {
        jeugdregie: (d) => d.tariff && { id: d.tariff.id, contractId: d.tariff.contractId, ...tariff(d.tariff) },
        postgraphile: (d) => d.pglTariffOn && { id: d.pglTariffOn.rowId, contractId: d.pglTariffOn.contractId, ...tariff(d.pglTariffOn) },
      },
    },
    {
      key: 'c',
      title: 'c. providers of a segment + contract count, latest end',
      jeugdregie: {
        query: `query C($segmentId: ID!) {
          segment(id: $segmentId) { number name providers { contractCount latestContractEnd provider { agbCode name } } } }`,
        variables: { segmentId: p.segmentId },
      },
      postgraphile: {
        query: `query C($segmentId: UUID!) {
          segmentByRowId(rowId: $segmentId) { number name pglSegmentProvidersBySegmentId { nodes {
            contractCount latestContractEnd providerByProviderId { agbCode name } } } } }`,
        variables: { segmentId: p.segmentId },
      },
      normalise: {
        jeugdregie: (d) => d.segment && segment(d.segment, d.segment.providers.map((x: any) => ({ ...x, provider: x.provider }))),
        postgraphile: (d) => d.segmentByRowId && segment(d.segmentByRowId, d.segmentByRowId.pglSegmentProvidersBySegmentId.nodes.map((x: any) => ({ ...x, provider: x.providerByProviderId }))),
      },
    },
    {
      key: 'd',
      title: 'd. 100 allocations of a region + client pseudonym, product, provider, contract',
      alsRegio: true,
      jeugdregie: {
        query: `query D {
          toewijzingen(first: 100) { edges { node {
            id gemeenteCode toewijzingNummer ingangsdatum einddatum status
            client { pseudoniem }
            product { category code name }
            provider { agbCode name }
            contract { reference startDate endDate }
          } } } }`,
        variables: {},
      },
      postgraphile: {
        query: `query D($regioCode: String!) {
          pglRegioToewijzingen(regioCode: $regioCode, first: 100) { nodes {
            rowId gemeenteCode toewijzingNummer ingangsdatum einddatum status
            clientByGemeenteCodeAndClientId { pseudoniem }
            productByProductId { category code name }
            providerByAanbiederAgb { agbCode name }
            contractByContractId { reference startDate endDate }
          } } }`,
        variables: { regioCode: p.regioCode },
      },
      normalise: {
        jeugdregie: (d) => d.toewijzingen.edges.map(({ node: t }: any) => toewijzing(t, t.client, t.product, t.provider, t.contract)),
        postgraphile: (d) => d.pglRegioToewijzingen.nodes.map((t: any) => toewijzing({ ...t, id: t.rowId }, t.clientByGemeenteCodeAndClientId,
          t.productByProductId, t.providerByAanbiederAgb, t.contractByContractId)),
      },
    },
  ];
}

function toewijzing(t: any, client: any, product: any, provider: any, contract: any) {
  return {
    id: String(t.id), gemeenteCode: t.gemeenteCode, toewijzingNummer: t.toewijzingNummer, ingangsdatum: t.ingangsdatum,
    einddatum: t.einddatum ?? null, status: t.status,
    client: { pseudoniem: String(client.pseudoniem).trim() },
    product: product && { category: product.category, code: product.code, name: product.name },
    provider: provider && { agbCode: provider.agbCode, name: provider.name },
    contract: contract && { reference: contract.reference, startDate: contract.startDate, endDate: contract.endDate ?? null },
  };
}

function contract(c: any, provider: any, segment: any, tariffs: any[]) {
  return {
    id: c.id, reference: c.reference, startDate: c.startDate, endDate: c.endDate ?? null, status: String(c.status).toLowerCase(),
    provider: { agbCode: provider.agbCode, name: provider.name },
    segment: { number: segment.number, name: segment.name },
    tariffs: tariffs.map(tariff).sort(byKey((t) => `${t.productId}|${t.validFrom}`)),
  };
}

function segment(s: any, providers: any[]) {
  return {
    number: s.number, name: s.name,
    providers: providers
      .map((x) => ({ agbCode: x.provider.agbCode, name: x.provider.name, contractCount: x.contractCount, latestContractEnd: x.latestContractEnd ?? null }))
      .sort(byKey((x) => x.agbCode)),
  };
}
