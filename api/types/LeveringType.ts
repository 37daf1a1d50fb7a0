import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';

@ObjectType('StartProduct', { description: 'A start of care (JW305). status verwijderd: removed with StatusAanlevering 3.' })
export class StartProductType {
  @Field(() => ID) id: string;
  @Field() aanbiederAgb: string;
  @Field(() => Int, { nullable: true }) toewijzingNummer: number | null;
  @Field(() => String, { nullable: true }) productCategorie: string | null;
  @Field(() => String, { nullable: true }) productCode: string | null;
  @Field(() => DateScalar) begindatum: string;
  @Field() status: string;
  @Field(() => ID) berichtId: string;
  @Field(() => ID, { nullable: true }) verwijderdBerichtId: string | null;
}

@ObjectType('StopProduct', { description: 'A stop of care (JW307): temporary (RedenBeeindiging 20) or definitive.' })
export class StopProductType {
  @Field(() => ID) id: string;
  @Field() aanbiederAgb: string;
  @Field(() => Int, { nullable: true }) toewijzingNummer: number | null;
  @Field(() => String, { nullable: true }) productCategorie: string | null;
  @Field(() => String, { nullable: true }) productCode: string | null;
  @Field(() => ID, { nullable: true }) startProductId: string | null;
  @Field(() => DateScalar) begindatum: string;
  @Field() redenBeeindiging: string;
  @Field(() => DateScalar) einddatum: string;
  @Field() status: string;
  @Field(() => ID) berichtId: string;
  @Field(() => ID, { nullable: true }) verwijderdBerichtId: string | null;
}

type Rij = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? null : String(v).trim());

export function toStart(r: Rij): StartProductType {
  return Object.assign(new StartProductType(), {
    id: r.id, aanbiederAgb: s(r.aanbieder_agb), toewijzingNummer: r.toewijzing_nummer ?? null, productCategorie: s(r.product_categorie),
    productCode: s(r.product_code), begindatum: r.begindatum, status: r.status, berichtId: r.bericht_id, verwijderdBerichtId: r.verwijderd_bericht_id ?? null,
  });
}

export function toStop(r: Rij): StopProductType {
  return Object.assign(new StopProductType(), {
    ...toStart(r), startProductId: r.start_product_id ?? null, redenBeeindiging: s(r.reden_beeindiging), einddatum: r.einddatum,
  });
}
