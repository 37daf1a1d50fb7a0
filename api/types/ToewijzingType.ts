import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/Connection';
import type { ClientRij } from '../../integration/zorg/client.sql';
import type { ToewijzingRij } from '../../integration/zorg/toewijzing.sql';
import { CentsScalar, DateScalar } from '../scalars';

@ObjectType('Omvang', { description: 'Volume per unit (WJ756) and frequency (WJ757).' })
export class OmvangType {
  @Field(() => Int) volume: number;
  @Field() eenheid: string;
  @Field() frequentie: string;
}

@ObjectType('Toewijzing', { description: 'An allocation (ToegewezenProduct of a JW301), with the contract and tariff in force.' })
export class ToewijzingType {
  @Field(() => ID) id: string;
  @Field() gemeenteCode: string;
  @Field(() => Int) toewijzingNummer: number;
  @Field() aanbiederAgb: string;
  @Field(() => ID) clientId: string;
  @Field(() => String, { nullable: true }) productCategorie: string | null;
  @Field(() => String, { nullable: true }) productCode: string | null;
  @Field(() => ID) contractId: string;
  @Field(() => ID, { nullable: true }) tariffId: string | null;
  @Field(() => DateScalar) ingangsdatum: string;
  @Field(() => DateScalar, { nullable: true }) einddatum: string | null;
  @Field(() => OmvangType, { nullable: true }) omvang: OmvangType | null;
  @Field(() => CentsScalar, { nullable: true }) budgetCents: number | null;
  @Field(() => String, { nullable: true, description: 'RedenWijziging (JZ002) of the last change.' }) redenWijziging: string | null;
  @Field({ description: "actueel, or verwijderd (RedenWijziging 13: counts as never sent)." }) status: string;
  @Field(() => DateScalar) toewijzingsdatum: string;
  @Field(() => String, { nullable: true }) referentieAanbieder: string | null;
  @Field(() => ID, { nullable: true }) verzoekId: string | null;
  @Field(() => String, { nullable: true }) commentaar: string | null;
  @Field(() => String, { nullable: true, description: 'JW302 state of the last JW301: verzonden, ontvangen, afgekeurd.' }) jw302Status: string | null;
  @Field(() => [String], { description: 'Return codes of the JW302 for this allocation.' }) jw302Retourcodes: string[];
  @Field(() => ID, { nullable: true, description: 'The last JW301 that carried this allocation.' }) laatsteBerichtId: string | null;
  /** Not fields: the keys of the nested product and provider (the provider's id is read with the root list only). */
  _productId?: string | null;
  _providerId?: string | null;
  /**
   * Not fields: relations the root list's statement already read (null: none, or outside the caller's tenant);
   * undefined when not joined, and the field resolvers load them.
   */
  _joined?: { client?: ClientRij; product?: object | null; provider?: object | null; contract?: object | null };
}

export const ToewijzingConnection = Connection(ToewijzingType, 'Toewijzing');

@InputType('ToewijzingFilter', { description: 'Allocations within the caller\'s municipalities, by (gemeenteCode, id) (toewijzing_pkey).' })
export class ToewijzingFilter {
  @Field(() => String, { nullable: true, description: 'One municipality in scope (else FORBIDDEN).' }) gemeenteCode?: string | null;
  @Field(() => String, { nullable: true, description: 'One provider (AGB).' }) aanbiederAgb?: string | null;
}

export function toToewijzing(r: ToewijzingRij): ToewijzingType {
  return Object.assign(new ToewijzingType(), {
    id: r.id, gemeenteCode: r.gemeente_code, toewijzingNummer: r.toewijzing_nummer, aanbiederAgb: r.aanbieder_agb, clientId: r.client_id,
    productCategorie: r.product_categorie, productCode: r.product_code, contractId: String(r.contract_id), tariffId: r.tariff_id === null ? null : String(r.tariff_id),
    ingangsdatum: r.ingangsdatum, einddatum: r.einddatum,
    omvang: r.volume === null ? null : { volume: r.volume, eenheid: r.eenheid!, frequentie: r.frequentie! },
    budgetCents: r.budget_cents, redenWijziging: r.reden_wijziging, status: r.status, toewijzingsdatum: r.toewijzingsdatum,
    referentieAanbieder: r.referentie_aanbieder, verzoekId: r.verzoek_id, commentaar: r.commentaar, jw302Status: r.jw302_status,
    jw302Retourcodes: r.jw302_retourcodes ?? [], laatsteBerichtId: r.laatste_bericht_id,
    _productId: r.product_id === undefined ? undefined : r.product_id, _providerId: (r as { provider_id?: string | null }).provider_id,
  });
}

@ObjectType('ToewijzingHistorie', { description: 'A snapshot of an allocation after each change, with the JW301 that carried it.' })
export class ToewijzingHistorieType {
  @Field(() => ID) id: string;
  @Field({ description: 'toegewezen, gewijzigd, verkort, ingetrokken, verwijderd.' }) actie: string;
  @Field(() => String, { nullable: true }) redenWijziging: string | null;
  @Field(() => DateScalar) ingangsdatum: string;
  @Field(() => DateScalar, { nullable: true }) einddatum: string | null;
  @Field(() => OmvangType, { nullable: true }) omvang: OmvangType | null;
  @Field(() => CentsScalar, { nullable: true }) budgetCents: number | null;
  @Field(() => ID) contractId: string;
  @Field(() => ID, { nullable: true }) tariffId: string | null;
  @Field(() => ID, { nullable: true }) berichtId: string | null;
  @Field() gewijzigdOp: Date;
}

export interface HistorieRij {
  id: string; actie: string; reden_wijziging: string | null; ingangsdatum: string; einddatum: string | null; volume: number | null;
  eenheid: string | null; frequentie: string | null; budget_cents: number | null; contract_id: string | number; tariff_id: string | number | null;
  bericht_id: string | null; gewijzigd_op: Date;
}

export function toHistorie(r: HistorieRij): ToewijzingHistorieType {
  return Object.assign(new ToewijzingHistorieType(), {
    id: r.id, actie: r.actie, redenWijziging: r.reden_wijziging, ingangsdatum: r.ingangsdatum, einddatum: r.einddatum,
    omvang: r.volume === null ? null : { volume: r.volume, eenheid: r.eenheid!, frequentie: r.frequentie! }, budgetCents: r.budget_cents,
    contractId: String(r.contract_id), tariffId: r.tariff_id === null ? null : String(r.tariff_id), berichtId: r.bericht_id, gewijzigdOp: r.gewijzigd_op,
  });
}
