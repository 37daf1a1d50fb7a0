/**
 * The monitoring questions the benchmark times: each GraphQL query of issue 6 (as a region or a municipality would ask
 * it) and the same aggregate straight from the base tables (bench/monitoring/*.sql.ts). Where both sides define the
 * figure the same way, `vergelijk` names the measures to compare per cell (the key is the grouped dimension).
 */
import type { SqlQuery } from '../../integration/store/SqlQuery.js';
import { doorlooptijdenBasis } from './doorlooptijden.sql.js';
import { gebruikBasis } from './gebruik.sql.js';
import { geldBasis } from './geld.sql.js';
import { landschapBasis } from './landschap.sql.js';
import { solidariteitBasis } from './solidariteit.sql.js';
import { termijnenBasis } from './termijnen.sql.js';
import { verwijzingenBasis } from './verwijzingen.sql.js';

/** One realistic ask: who asks (role header), the GraphQL filter, and the same scope for the base-table query. */
export interface Filter {
  omschrijving: string;
  rol: string;
  filter: { regioCode?: string; gemeenteCode?: string; segmentId?: string; van: string; tot: string };
  gemeenten: string[];
  segmentId: string | null;
  jaar: number;
}

export interface Vraag {
  naam: string;
  /** The registry name of the projection it reads (integration/monitoring/projecties.ts). */
  projectie: string;
  query: string;
  variabelen(f: Filter): Record<string, unknown>;
  /** Rows of the projection's answer: the key of a cell and its figures. */
  rijen(data: any): { sleutel: string; onderdrukt: boolean; cijfers: Record<string, number | null> }[];
  basis(f: Filter): SqlQuery;
  /** Measures compared cell by cell (empty: timed only, the definitions differ in detail). */
  vergelijk: string[];
}

const van = (f: Filter) => `${f.filter.van}-01`;
const tot = (f: Filter) => `${f.filter.tot}-01`;

export const VRAGEN: readonly Vraag[] = [
  {
    naam: 'verwijzingen (§1)',
    projectie: 'verwijzingen',
    query: `query($f: MonitoringFilter) { monitoringVerwijzingen(filter: $f, groepeerOp: [VERWIJZER_TYPE]) {
      rijen { verwijzerType verzoeken toewijzingen uniekeJeugdigen onderdrukt } } }`,
    variabelen: (f) => ({ f: f.filter }),
    rijen: (d) => d.monitoringVerwijzingen.rijen.map((r: any) => ({ sleutel: r.verwijzerType, onderdrukt: r.onderdrukt,
      cijfers: { verzoeken: r.verzoeken, toewijzingen: r.toewijzingen, uniekeJeugdigen: r.uniekeJeugdigen } })),
    basis: (f) => verwijzingenBasis(f.gemeenten, van(f), tot(f), f.segmentId),
    vergelijk: ['verzoeken', 'toewijzingen', 'uniekeJeugdigen'],
  },
  {
    naam: 'gebruik (§2)',
    projectie: 'gebruik',
    query: `query($f: MonitoringFilter) { monitoringGebruik(filter: $f, groepeerOp: [MAAND]) {
      rijen { maand uniekeJeugdigen actieveToewijzingen aanbieders gestapeldeJeugdigen recidive herindicaties onderdrukt } } }`,
    variabelen: (f) => ({ f: f.filter }),
    rijen: (d) => d.monitoringGebruik.rijen.map((r: any) => ({ sleutel: r.maand, onderdrukt: r.onderdrukt,
      cijfers: { uniekeJeugdigen: r.uniekeJeugdigen, actieveToewijzingen: r.actieveToewijzingen, aanbieders: r.aanbieders } })),
    basis: (f) => gebruikBasis(f.gemeenten, van(f), tot(f), f.segmentId),
    vergelijk: ['uniekeJeugdigen', 'actieveToewijzingen', 'aanbieders'],
  },
  {
    naam: 'doorlooptijden (§4)',
    projectie: 'doorlooptijden',
    query: `query($f: MonitoringFilter) { monitoringDoorlooptijden(filter: $f, groepeerOp: [SEGMENT]) {
      rijen { segmentId trajecten wachttijdMediaan duurMediaan onderdrukt } } }`,
    variabelen: (f) => ({ f: f.filter }),
    rijen: (d) => d.monitoringDoorlooptijden.rijen.map((r: any) => ({ sleutel: r.segmentId, onderdrukt: r.onderdrukt,
      cijfers: { trajecten: r.trajecten, wachttijdMediaan: r.wachttijdMediaan } })),
    basis: (f) => doorlooptijdenBasis(f.gemeenten, van(f), tot(f), f.segmentId),
    vergelijk: ['trajecten', 'wachttijdMediaan'],
  },
  {
    naam: 'geld (§3)',
    projectie: 'geld',
    query: `query($f: MonitoringFilter, $jaar: Int!) { monitoringGeld(filter: $f, jaar: $jaar, peildatum: "2026-10-31") {
      rijen { gemeenteCode segmentId ingediendCents toegekendCents prognoseCents budgetCents overschrijding onderdrukt } } }`,
    variabelen: (f) => ({ f: { ...f.filter, van: undefined, tot: undefined }, jaar: f.jaar }),
    rijen: (d) => d.monitoringGeld.rijen.map((r: any) => ({ sleutel: `${r.gemeenteCode}|${r.segmentId}`, onderdrukt: r.onderdrukt,
      cijfers: { ingediendCents: Number(r.ingediendCents), toegekendCents: Number(r.toegekendCents) } })),
    basis: (f) => geldBasis(f.gemeenten, f.jaar, f.segmentId),
    vergelijk: ['ingediendCents', 'toegekendCents'],
  },
  {
    naam: 'landschap (§5)',
    projectie: 'landschap',
    query: `query($f: MonitoringFilter, $jaar: Int!) { monitoringLandschap(filter: $f, jaar: $jaar) {
      rijen { segmentId aanbieders kleineAanbieders omzetCents onderdrukt } } }`,
    variabelen: (f) => ({ f: { ...f.filter, van: undefined, tot: undefined }, jaar: f.jaar }),
    rijen: (d) => d.monitoringLandschap.rijen.map((r: any) => ({ sleutel: r.segmentId, onderdrukt: r.onderdrukt,
      cijfers: { aanbieders: r.aanbieders, omzetCents: Number(r.omzetCents) } })),
    basis: (f) => landschapBasis(f.gemeenten, f.jaar, 100_000_00, 10),
    vergelijk: [],
  },
  {
    naam: 'termijnen (§6)',
    projectie: 'termijnen',
    query: `query($f: MonitoringFilter) { monitoringTermijnen(filter: $f, groepeerOp: [REGEL]) {
      rijen { regel aantal teLaat opTijd nalevingPercentage onderdrukt } } }`,
    variabelen: (f) => ({ f: { ...f.filter, segmentId: undefined } }),
    rijen: (d) => d.monitoringTermijnen.rijen.map((r: any) => ({ sleutel: r.regel, onderdrukt: r.onderdrukt,
      cijfers: { aantal: r.aantal, teLaat: r.teLaat } })),
    basis: (f) => termijnenBasis(f.gemeenten, van(f), tot(f)),
    vergelijk: [],
  },
  {
    naam: 'solidariteit (§7)',
    projectie: 'solidariteit',
    query: `query($f: MonitoringFilter, $jaar: Int!) { monitoringSolidariteit(filter: $f, jaar: $jaar) {
      rijen { regioCode gemeenteCode aandeel saldoCents onderdrukt } } }`,
    variabelen: (f) => ({ f: { regioCode: f.filter.regioCode, gemeenteCode: f.filter.gemeenteCode }, jaar: f.jaar }),
    rijen: (d) => d.monitoringSolidariteit.rijen.map((r: any) => ({ sleutel: r.gemeenteCode ?? r.regioCode, onderdrukt: r.onderdrukt,
      cijfers: { saldoCents: Number(r.saldoCents) } })),
    basis: (f) => solidariteitBasis(f.gemeenten, f.jaar),
    vergelijk: [],
  },
];
