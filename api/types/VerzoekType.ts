import { Field, ID, ObjectType } from 'type-graphql';
import type { VerzoekRij } from '../../integration/zorg/verzoek.sql';
import { DateScalar } from '../scalars';

@ObjectType('Verzoek', { description: 'A request for allocation (JW315, per AangevraagdProduct) or for a change (JW317).' })
export class VerzoekType {
  @Field(() => ID) id: string;
  @Field() gemeenteCode: string;
  @Field({ description: 'JW315 or JW317.' }) soort: string;
  @Field() aanbiederAgb: string;
  @Field(() => ID) clientId: string;
  @Field() referentieAanbieder: string;
  @Field(() => String, { nullable: true, description: 'JW317 RedenVerzoek (WJ760).' }) redenVerzoek: string | null;
  @Field({ description: 'ontvangen, onderzoek, toegewezen, afgewezen.' }) status: string;
  @Field(() => String, { nullable: true, description: 'RedenAfwijzingVerzoek (WJ759) when afgewezen.' }) redenAfwijzing: string | null;
  @Field(() => String, { nullable: true }) woonplaatsGemeente: string | null;
  @Field(() => DateScalar) ontvangenOp: string;
  @Field(() => ID, { description: 'The JW315/JW317 that carried the request.' }) berichtId: string;
  @Field(() => ID, { nullable: true, description: 'The JW319 VerzoekAntwoord 2 (in onderzoek).' }) onderzoekBerichtId: string | null;
  @Field(() => ID, { nullable: true, description: 'The JW301 or JW319 that decided.' }) besluitBerichtId: string | null;
}

export function toVerzoek(r: VerzoekRij): VerzoekType {
  return Object.assign(new VerzoekType(), {
    id: r.id, gemeenteCode: r.gemeente_code, soort: r.soort, aanbiederAgb: r.aanbieder_agb, clientId: r.client_id,
    referentieAanbieder: r.referentie_aanbieder, redenVerzoek: r.reden_verzoek, status: r.status, redenAfwijzing: r.reden_afwijzing,
    woonplaatsGemeente: r.woonplaats_gemeente, ontvangenOp: r.ontvangen_op, berichtId: r.bericht_id,
    onderzoekBerichtId: r.onderzoek_bericht_id, besluitBerichtId: r.besluit_bericht_id,
  });
}
