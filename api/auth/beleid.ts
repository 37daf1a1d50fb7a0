/**
 * The one table of who may call which root field (Query.x / Mutation.x). Enforced by api/auth/handhaving.ts, which
 * wraps every root resolver of the built schema: a field without a rule here (and without `@Authorized(...)`) is
 * refused for everyone, and test/auth.matrix.test.ts fails with its name.
 *
 * What each role then sees of the rows is not decided here but by the tenant scope:
 *   - purchasing tables: api/auth/rijFilter.ts (one SQL predicate per table and role), applied to root lists in SQL and
 *     to every other object of those types the response carries (api/auth/zichtbaarheid.ts);
 *   - care data: api/auth/scope.ts (the municipalities in scope), and the BSN/birth date field rule below.
 *
 * Decisions:
 *   - Purchasing reads (regions, municipalities, providers, segments, contracts, products, tariffs): every role, each
 *     within its tenant: gemeente and regio their region; aanbieder its own contracts, their segments, products and
 *     tariffs (own contract tariffs + the harmonised tariffs of its regions), the regions and municipalities it has a
 *     contract with; beheer everything.
 *   - Budgets: gemeente, regio (their region's budgets, also the other municipalities' of the region: the region buys
 *     together) and beheer. Not a provider.
 *   - Purchasing and reference mutations: beheer only (the region's procurement team works with a beheer token).
 *   - Care reads: gemeente (own clients, with BSN) and regio (the region's clients, pseudonyms only); beheer none (no
 *     personal data). A provider reads only its own messages and declarations (the message log shows no BSN or XML),
 *     within the municipalities of its contract regions (scope.ts eigenAanbieder); its clients it knows from the
 *     iJw messages themselves, so the client queries stay closed to it (minimal exposure).
 *   - Care decisions: gemeente only, for its own municipality (scope.ts requireGemeente).
 *   - The audit log: beheer only.
 */
import type { RolSoort } from './Rol';

export type RootVeld = `${'Query' | 'Mutation'}.${string}`;

export interface Regel {
  /** The roles that may call the field; everyone else gets FORBIDDEN (no token: UNAUTHENTICATED). */
  readonly rollen: readonly RolSoort[];
}

const INKOOP_LEZEN: Regel = { rollen: ['gemeente', 'regio', 'aanbieder', 'beheer'] };
const BUDGET_LEZEN: Regel = { rollen: ['gemeente', 'regio', 'beheer'] };
const BEHEER: Regel = { rollen: ['beheer'] };
const ZORG_LEZEN: Regel = { rollen: ['gemeente', 'regio'] };
const BERICHTEN_LEZEN: Regel = { rollen: ['gemeente', 'regio', 'aanbieder'] };
const GEMEENTE: Regel = { rollen: ['gemeente'] };

export const BELEID: Readonly<Record<RootVeld, Regel>> = Object.freeze({
  // purchasing model: read within the tenant, changed by beheer
  'Query.regions': INKOOP_LEZEN,
  'Query.region': INKOOP_LEZEN,
  'Query.regionByCode': INKOOP_LEZEN,
  'Query.municipalities': INKOOP_LEZEN,
  'Query.municipality': INKOOP_LEZEN,
  'Query.municipalityByCbsCode': INKOOP_LEZEN,
  'Query.providers': INKOOP_LEZEN,
  'Query.provider': INKOOP_LEZEN,
  'Query.providerByAgbCode': INKOOP_LEZEN,
  'Query.segments': INKOOP_LEZEN,
  'Query.segment': INKOOP_LEZEN,
  'Query.contracts': INKOOP_LEZEN,
  'Query.contract': INKOOP_LEZEN,
  'Query.contractsEndingOrRenewing': INKOOP_LEZEN,
  'Query.products': INKOOP_LEZEN,
  'Query.product': INKOOP_LEZEN,
  'Query.tariffs': INKOOP_LEZEN,
  'Query.tariff': INKOOP_LEZEN,
  'Query.tariffById': INKOOP_LEZEN,
  'Query.budgets': BUDGET_LEZEN,
  'Query.budget': BUDGET_LEZEN,
  'Mutation.createRegion': BEHEER,
  'Mutation.updateRegion': BEHEER,
  'Mutation.createMunicipality': BEHEER,
  'Mutation.updateMunicipality': BEHEER,
  'Mutation.createProvider': BEHEER,
  'Mutation.updateProvider': BEHEER,
  'Mutation.createSegment': BEHEER,
  'Mutation.updateSegment': BEHEER,
  'Mutation.createContract': BEHEER,
  'Mutation.updateContract': BEHEER,
  'Mutation.createProduct': BEHEER,
  'Mutation.updateProduct': BEHEER,
  'Mutation.createTariff': BEHEER,
  'Mutation.updateTariff': BEHEER,
  'Mutation.indexTariffs': BEHEER,
  'Mutation.createBudget': BEHEER,
  'Mutation.updateBudget': BEHEER,

  // care: personal data
  'Query.client': ZORG_LEZEN,
  'Query.clientByBsn': GEMEENTE,
  'Query.clientsByPseudoniem': ZORG_LEZEN,
  'Query.toewijzingen': ZORG_LEZEN,
  'Query.berichten': BERICHTEN_LEZEN,
  'Query.declaraties': BERICHTEN_LEZEN,
  'Query.afgewezenPrestaties': BERICHTEN_LEZEN,
  'Query.budgetGebruik': ZORG_LEZEN,
  'Mutation.onderzoekVerzoek': GEMEENTE,
  'Mutation.afwijzenVerzoek': GEMEENTE,
  'Mutation.toewijzenVerzoek': GEMEENTE,
  'Mutation.issueToewijzing': GEMEENTE,
  'Mutation.changeToewijzing': GEMEENTE,
  'Mutation.shortenToewijzing': GEMEENTE,
  'Mutation.withdrawToewijzing': GEMEENTE,

  // who read or changed which client's data
  'Query.auditLog': BEHEER,
});

/**
 * Personal-data fields: resolved only for the municipality that owns the client (`gemeenteCode` of the parent), null
 * for every other role (null, not FORBIDDEN, so regional lists keep working). One rule, applied by handhaving.ts.
 */
export const PERSOONSGEGEVENS: ReadonlySet<string> = new Set(['Client.bsn', 'Client.geboortedatum']);
