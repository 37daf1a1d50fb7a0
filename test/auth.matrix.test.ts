/**
 * The authorisation matrix, generated from the built schema: every root Query and Mutation field × every role
 * (gemeente, regio, aanbieder, beheer, anonymous) × the caller's own tenant and the other one, against a real server
 * over two seeded tenants (region + municipality + provider + contract + products + tariffs + budgets + a client
 * with an allocation and a request, each).
 *
 * Per call: a denied role gets FORBIDDEN (anonymous: UNAUTHENTICATED), no data, and not one SQL statement ran; an
 * allowed role gets no FORBIDDEN on its own tenant, and no value of the other tenant (ids, codes, AGB, pseudonym)
 * appears anywhere in the data. No response ever carries a BSN except to the municipality owning that client.
 *
 * A new root field fails here until it has a rule (api/auth/beleid.ts or @Authorized) and its required arguments can
 * be generated (ARGUMENTEN below, or a generic argument name such as gemeenteCode / regioCode / id).
 */
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema,
} from 'graphql';
import type { RolSoort } from '../api/auth/Rol';
import { BELEID, PERSOONSGEGEVENS, type RootVeld } from '../api/auth/beleid';
import { gedeclareerdeRollen, regelVoor } from '../api/auth/handhaving';
import { buildGraphQLSchema } from '../api/schema';
import { createServer, type RunningServer } from '../api/server';
import { JW315Handler } from '../integration/flows/handlers/JW315';
import { countStatements } from './graphql.harness';
import { useTestDatabase } from './support/db';
import { gqlAls, type GqlAntwoord } from './support/rol';
import { handle, inBericht, jw315, maakToewijzing, seedInkoop, type Inkoop } from './zorg.fixtures';

const db = useTestDatabase();
let server: RunningServer;
let schema: GraphQLSchema;
let statements = 0;

interface Tenant {
  naam: 'A' | 'B';
  ink: Inkoop;
  regioCode: string;
  budgetIds: string[];
  clientId: string;
  bsn: string;
  pseudoniem: string;
  verzoekId: string;
  toewijzingId: string;
}
let A: Tenant;
let B: Tenant;
/** A contract of B's provider in A's region (and its tariff): visible to A's region, not to A's provider. */
let kruis: { contractId: string; tariffId: string };

async function seedTenant(naam: 'A' | 'B', gemeente: string, agb: string, bsn: string): Promise<Tenant> {
  const ink = await seedInkoop(db.pool, gemeente, agb);
  const q = async (text: string, values: unknown[]) => (await db.pool.query(text, values)).rows[0];
  const regioCode = (await q(`SELECT code FROM region WHERE id = $1`, [ink.regionId])).code as string;
  const eigen = await q(`INSERT INTO budget (municipality_id, segment_id, year, amount_cents) VALUES ($1, $2, 2026, 100000) RETURNING id`, [ink.municipalityId, ink.segmentId]);
  const gedeeld = await q(`INSERT INTO budget (region_id, segment_id, year, amount_cents) VALUES ($1, $2, 2026, 500000) RETURNING id`, [ink.regionId, ink.segmentId]);
  const toewijzingId = await maakToewijzing(db.pool, ink, 1, bsn);
  const client = await q(`SELECT id::text, pseudoniem FROM client WHERE gemeente_code = $1 AND bsn = $2`, [gemeente, bsn]);
  const bericht = jw315(bsn, [`R-${naam}`]);
  bericht.Header.Afzender = agb;
  bericht.Header.Ontvanger = gemeente;
  await handle(db.pool, JW315Handler, bericht);
  const verzoek = await q(`SELECT id::text FROM verzoek WHERE gemeente_code = $1 AND referentie_aanbieder = $2`, [gemeente, `R-${naam}`]);
  return { naam, ink, regioCode, budgetIds: [eigen.id, gedeeld.id], clientId: client.id, bsn, pseudoniem: client.pseudoniem.trim(), verzoekId: verzoek.id, toewijzingId };
}

/**
 * Values of tenant B that may not reach a caller of tenant A with role `soort` (exact string values). B's provider is
 * no secret to A's region, which has a contract with it (kruis); but its contract in region B is. A's provider sees
 * nothing of B, nor the other provider's contract in its own region.
 */
function merktekens(soort: RolSoort | null): Set<string> {
  const i = B.ink;
  const regio = [i.regionId, B.regioCode, i.municipalityId, i.segmentId, i.contractId, i.productId, i.tariffId, ...B.budgetIds, B.pseudoniem, B.bsn];
  return new Set(soort === 'aanbieder' ? [...regio, i.providerId, i.agb, kruis.contractId, kruis.tariffId] : regio);
}

type Rol = { soort: RolSoort | null; scope: string | null };
const rollenVan = (t: Tenant): Rol[] => [
  { soort: 'gemeente', scope: `gemeente:${t.ink.gemeente}` },
  { soort: 'regio', scope: `regio:${t.regioCode}` },
  { soort: 'aanbieder', scope: `aanbieder:${t.ink.agb}` },
  { soort: 'beheer', scope: 'beheer' },
  { soort: null, scope: null },
];

/**
 * Argument values by argument name, for the tenant the call is aimed at. `id` depends on the type the field returns.
 * Fields whose arguments need more than this get an entry in ARGUMENTEN.
 */
function argumentOpNaam(naam: string, t: Tenant, teruggegeven: string): unknown {
  const i = t.ink;
  const ids: Record<string, string> = {
    Region: i.regionId, Municipality: i.municipalityId, Provider: i.providerId, Segment: i.segmentId, Contract: i.contractId,
    Product: i.productId, Tariff: i.tariffId, Budget: t.budgetIds[0]!, Client: t.clientId,
  };
  switch (naam) {
    case 'id': return ids[teruggegeven.replace(/Connection$/, '')];
    case 'gemeenteCode': case 'cbsCode': return i.gemeente;
    case 'regioCode': case 'code': return t.regioCode;
    case 'aanbiederAgb': case 'agbCode': return i.agb;
    case 'regionId': return i.regionId;
    case 'municipalityId': return i.municipalityId;
    case 'providerId': return i.providerId;
    case 'segmentId': return i.segmentId;
    case 'contractId': return i.contractId;
    case 'productId': return i.productId;
    case 'verzoekId': return t.verzoekId;
    case 'toewijzingId': return t.toewijzingId;
    case 'bsn': return t.bsn;
    case 'pseudoniem': return t.pseudoniem;
    case 'jaar': case 'year': return 2026;
    case 'on': case 'from': case 'van': case 'ingangsdatum': case 'startDate': case 'validFrom': return '2026-04-01';
    case 'withinDays': return 1000;
    default: return undefined;
  }
}

/** The argument names that aim a call at a tenant: filled even when optional, so own and other tenant differ. */
const TENANT_NAMEN = new Set(['gemeenteCode', 'cbsCode', 'regioCode', 'code', 'aanbiederAgb', 'agbCode', 'regionId', 'municipalityId', 'providerId',
  'segmentId', 'contractId', 'productId', 'verzoekId', 'toewijzingId', 'bsn', 'pseudoniem']);

/** Fields whose required arguments the names above do not cover. */
const ARGUMENTEN: Partial<Record<RootVeld, (t: Tenant) => Record<string, unknown>>> = {};

/** A value for an input type: by argument name first, else a well-typed placeholder (the role check comes before any use). */
function waarde(type: GraphQLInputType, naam: string, t: Tenant, teruggegeven: string, pad: string, mist: string[]): unknown {
  const bekend = argumentOpNaam(naam, t, teruggegeven);
  if (bekend !== undefined) return bekend;
  const kern = getNullableType(type);
  if (isListType(kern)) return [];
  if (isInputObjectType(kern)) {
    const uit: Record<string, unknown> = {};
    for (const f of Object.values(kern.getFields())) {
      // required fields, and tenant fields even when optional (a municipality's own code would otherwise be the default)
      const tenantVeld = TENANT_NAMEN.has(f.name);
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || tenantVeld) uit[f.name] = waarde(f.type, f.name, t, teruggegeven, `${pad}.${f.name}`, mist);
    }
    return uit;
  }
  if (isEnumType(kern)) return kern.getValues()[0]!.value;
  if (isScalarType(kern)) {
    const per: Record<string, unknown> = { String: 'x', ID: '00000000-0000-4000-8000-000000000000', Int: 1, Float: 1, Boolean: false,
      LocalDate: '2026-04-01', Date: '2026-04-01', DateTimeISO: '2026-04-01T00:00:00Z', Cents: 100 };
    if (kern.name in per) return per[kern.name];
  }
  mist.push(pad);
  return null;
}

/** An input object (a filter) with a tenant field such as gemeenteCode or regionId: filled, so own and other tenant differ. */
function heeftTenantVeld(type: GraphQLInputType): boolean {
  const kern = getNullableType(type);
  return isInputObjectType(kern) && Object.values(kern.getFields()).some((f) => TENANT_NAMEN.has(f.name));
}

/** Variables for a root field aimed at tenant `t`: its required arguments (nullable ones are left out). */
function variabelen(veld: RootVeld, field: GraphQLField<unknown, unknown>, t: Tenant, mist: string[]): Record<string, unknown> {
  const eigen = ARGUMENTEN[veld];
  if (eigen) return eigen(t);
  const teruggegeven = getNamedType(field.type).name;
  const uit: Record<string, unknown> = {};
  for (const a of field.args) {
    const gegeven = argumentOpNaam(a.name, t, teruggegeven);
    if (gegeven !== undefined && (TENANT_NAMEN.has(a.name) || isNonNullType(a.type))) uit[a.name] = gegeven;
    else if (isNonNullType(a.type) || heeftTenantVeld(a.type)) uit[a.name] = waarde(a.type, a.name, t, teruggegeven, `${veld}(${a.name})`, mist);
  }
  return uit;
}

/**
 * Every field without required arguments, nested up to `diepte` object levels (a connection's edges and node do not
 * count): enough to reach each relation of a relation, e.g. contracts → provider → contracts.
 */
function selectie(type: GraphQLObjectType, diepte: number): string {
  const delen: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const kern = getNamedType(f.type);
    if (isObjectType(kern)) {
      const omhulsel = /(Connection|Edge)$/.test(kern.name) && f.name !== 'pageInfo';
      if (omhulsel || diepte > 0) delen.push(`${f.name} { ${selectie(kern, omhulsel ? diepte : diepte - 1)} }`);
    } else delen.push(f.name);
  }
  return delen.length ? delen.join(' ') : '__typename';
}

function operatie(soort: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>): string {
  const args = field.args.filter((a) => a.name in vars);
  const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const kern = getNamedType(field.type);
  const sel = isObjectType(kern) ? ` { ${selectie(kern, 3)} }` : '';
  return `${soort === 'Query' ? 'query' : 'mutation'} Matrix${decl ? `(${decl})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${sel} }`;
}

/** Every string value in `data` (the response's data, not its error messages). */
function strings(v: unknown, uit: string[] = []): string[] {
  if (typeof v === 'string') uit.push(v.trim());
  else if (Array.isArray(v)) for (const x of v) strings(x, uit);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, uit);
  return uit;
}

beforeAll(async () => {
  A = await seedTenant('A', '0384', '42420001', '300000005');
  B = await seedTenant('B', '0363', '65656055', '200000007');
  const x = (await db.pool.query(`INSERT INTO contract (provider_id, region_id, segment_id, reference, start_date, end_date, status)
    VALUES ($1, $2, $3, 'X-1', '2025-01-01', '2027-12-31', 'active') RETURNING id`, [B.ink.providerId, A.ink.regionId, A.ink.segmentId])).rows[0].id;
  const xt = (await db.pool.query(`INSERT INTO tariff (contract_id, product_id, price_cents, valid_from) VALUES ($1, $2, 9100, '2025-01-01') RETURNING id`,
    [x, A.ink.productId])).rows[0].id;
  kruis = { contractId: x, tariffId: xt };
  // a message of B's provider to A's municipality: A's region sees it, A's provider must not
  await inBericht(db.pool, 'JW315', B.ink.agb, A.ink.gemeente);
  schema = await buildGraphQLSchema();
  countStatements(db.dataSource, () => statements++);
  // The generated operations select every relation three levels deep: far above the cost limit, which is not under test here.
  server = await createServer({ dataSource: db.dataSource, port: 0, host: '127.0.0.1', logError: () => undefined, grenzen: { maxKosten: Number.MAX_SAFE_INTEGER, maxTokens: 1_000_000 } });
});
afterAll(async () => {
  await server?.stop();
});

function rootVelden(): { veld: RootVeld; soort: 'Query' | 'Mutation'; field: GraphQLField<unknown, unknown> }[] {
  return (['Query', 'Mutation'] as const).flatMap((soort) => {
    const type = soort === 'Query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({ veld: `${soort}.${field.name}` as RootVeld, soort, field }));
  });
}

test('every root field has an access rule (api/auth/beleid.ts or @Authorized), and where both exist they agree', () => {
  const velden = rootVelden();
  expect(velden.length).toBeGreaterThan(50);
  expect(velden.filter((v) => !regelVoor(v.veld)).map((v) => v.veld)).toEqual([]);
  const gedeclareerd = gedeclareerdeRollen();
  const oneens = [...gedeclareerd].filter(([veld, rollen]) => BELEID[veld] && [...rollen].sort().join() !== [...BELEID[veld].rollen].sort().join());
  expect(oneens).toEqual([]);
  // and the table names no field the schema lacks (a renamed field would leave a dead rule behind)
  expect(Object.keys(BELEID).filter((k) => !velden.some((v) => v.veld === k))).toEqual([]);
});

test('every output field that looks like personal data (bsn, birth date, name, address, phone) is under the personal-data rule', () => {
  const persoonlijk = /^(bsn|geboortedatum|birthDate|naam|voornamen|achternaam|geslachtsnaam|adres|address|woonadres|telefoon|phone|email|persoonsgegevens)$/i;
  const velden = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .flatMap((t) => Object.keys(t.getFields()).filter((f) => persoonlijk.test(f)).map((f) => `${t.name}.${f}`));
  expect(velden.length).toBeGreaterThan(0);
  expect(velden.filter((v) => !PERSOONSGEGEVENS.has(v))).toEqual([]);
});

test('the matrix is not vacuous: allowed roles do get their own rows', async () => {
  const eigen = async (rol: string, query: string) => {
    const r = await gqlAls(server.url, rol, query);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const g = await eigen(`gemeente:${A.ink.gemeente}`, `{ contracts { totalCount edges { node { id } } } regions { edges { node { id } } } budgets { totalCount } }`);
  expect(g.contracts.totalCount).toBe(2); // counted in SQL within the tenant, not filtered afterwards
  expect(g.contracts.edges.map((e: any) => e.node.id).sort()).toEqual([A.ink.contractId, kruis.contractId].sort());
  expect(g.regions.edges.map((e: any) => e.node.id)).toEqual([A.ink.regionId]);
  expect(g.budgets.totalCount).toBe(2);
  // B's provider through its contract in A's region: only that contract, not its contract in region B
  const kp = await eigen(`regio:${A.regioCode}`, `{ provider(id: "${B.ink.providerId}") { contracts { id } } }`);
  expect(kp.provider.contracts).toEqual([{ id: kruis.contractId }]);
  const p = await eigen(`aanbieder:${A.ink.agb}`, `{ providers { edges { node { agbCode contracts { id } } } } tariffs { totalCount edges { node { id } } } }`);
  expect(p.tariffs.totalCount).toBe(1);
  expect(p.providers.edges).toEqual([{ node: { agbCode: A.ink.agb, contracts: [{ id: A.ink.contractId }] } }]);
  expect(p.tariffs.edges.map((e: any) => e.node.id)).toEqual([A.ink.tariffId]);
  const c = await eigen(`gemeente:${A.ink.gemeente}`, `{ client(gemeenteCode: "${A.ink.gemeente}", id: "${A.clientId}") { bsn } }`);
  expect(c.client.bsn).toBe(A.bsn);
  const m = await eigen(`aanbieder:${A.ink.agb}`, `{ berichten { edges { node { afzender ontvanger } } } }`);
  expect(m.berichten.edges.length).toBeGreaterThan(0);
  for (const e of m.berichten.edges) expect([e.node.afzender, e.node.ontvanger]).toContain(A.ink.agb);
  const gm = await eigen(`gemeente:${A.ink.gemeente}`, `{ berichten { edges { node { afzender } } } }`);
  expect(gm.berichten.edges.map((e: any) => e.node.afzender)).toContain(B.ink.agb);
  const b = await eigen('beheer', `{ contracts { totalCount } }`);
  expect(b.contracts.totalCount).toBe(3);
});

test('the matrix: every root field × role × own/other tenant — denied is refused before any SQL, allowed shows nothing of the other tenant, no BSN but to its municipality', async () => {
  const fouten: string[] = [];
  const mist: string[] = [];
  const bsns = [A.bsn, B.bsn];
  let aanroepen = 0;
  for (const { veld, soort, field } of rootVelden()) {
    const regel = regelVoor(veld)!;
    for (const rol of rollenVan(A)) {
      for (const doel of [A, B]) {
        const eigen = doel === A;
        const vars = variabelen(veld, field, doel, mist);
        const query = operatie(soort, field, vars);
        const voor = statements;
        const r: GqlAntwoord = await gqlAls(server.url, rol.scope, query, vars);
        const sql = statements - voor;
        aanroepen++;
        const waar = `${veld} as ${rol.scope ?? 'anonymous'} on ${eigen ? 'own' : 'other'} tenant`;
        const codes = (r.errors ?? []).map((e) => e.extensions?.code);
        const toegestaan = rol.soort !== null && regel.rollen.includes(rol.soort);
        if (!toegestaan) {
          const verwacht = rol.soort === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          if (!codes.includes(verwacht)) fouten.push(`${waar}: expected ${verwacht}, got ${JSON.stringify(r.errors ?? r.data)}`);
          if (r.data?.[field.name] != null) fouten.push(`${waar}: denied but data came back`);
          if (sql !== 0) fouten.push(`${waar}: denied after ${sql} SQL statements (the check must come first)`);
        } else {
          if (codes.includes('UNAUTHENTICATED') || (eigen && codes.includes('FORBIDDEN'))) fouten.push(`${waar}: refused ${JSON.stringify(r.errors)}`);
          if (codes.includes('INTERNAL_SERVER_ERROR')) fouten.push(`${waar}: internal error`);
          if (rol.soort !== 'beheer') {
            const ander = merktekens(rol.soort);
            const gelekt = strings(r.data).filter((s) => ander.has(s));
            if (gelekt.length) fouten.push(`${waar}: other tenant's values in the data: ${[...new Set(gelekt)].join(', ')}`);
          }
        }
        // A BSN only ever reaches the municipality that owns the client: scan the whole response, errors included.
        const tekst = JSON.stringify(r);
        for (const bsn of bsns) {
          const eigenaar = bsn === A.bsn ? `gemeente:${A.ink.gemeente}` : `gemeente:${B.ink.gemeente}`;
          if (tekst.includes(bsn) && rol.scope !== eigenaar) fouten.push(`${waar}: BSN ${bsn} in the response ${tekst}`);
        }
      }
    }
  }
  expect(mist).toEqual([]); // required arguments no builder could fill: add them to ARGUMENTEN
  expect(fouten).toEqual([]);
  expect(aanroepen).toBeGreaterThan(500);
}, 120_000);
