import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/Connection';
import { DateScalar } from '../scalars';

@ObjectType('Bevinding', { description: 'A finding on a message: the rule and its official return code (WJ001).' })
export class BevindingType {
  @Field() regel: string;
  @Field() retourcode: string;
  @Field() pad: string;
  @Field() melding: string;
}

@ObjectType('Bericht', { description: 'A stored iJw message (inbound or outbound) with its status and return codes. Never the XML or the BSN.' })
export class BerichtLogType {
  @Field(() => ID) id: string;
  @Field({ description: 'in or uit.' }) richting: string;
  @Field({ description: 'JW301, JW315 ... (or onbekend).' }) type: string;
  @Field(() => String, { nullable: true }) afzender: string | null;
  @Field(() => String, { nullable: true }) ontvanger: string | null;
  @Field(() => String, { nullable: true, description: 'BerichtIdentificatie/Identificatie.' }) identificatie: string | null;
  @Field(() => DateScalar, { nullable: true }) dagtekening: string | null;
  @Field(() => String, { nullable: true }) gemeenteCode: string | null;
  @Field({ description: 'received, validated, processed, rejected, sent, acknowledged.' }) status: string;
  @Field(() => [String], { description: 'Return codes (WJ001): of our retour for an inbound message, of the peer\'s retour for an outbound one.' })
  retourcodes: string[];
  @Field(() => [BevindingType]) bevindingen: BevindingType[];
  @Field(() => ID, { nullable: true, description: 'For a return message: the message it answers.' }) heenberichtId: string | null;
  @Field(() => ID, { nullable: true, description: 'The return message answering this one.' }) retourberichtId: string | null;
  @Field() ontvangenOp: Date;
  @Field(() => Date, { nullable: true }) verwerktOp: Date | null;
  @Field(() => Date, { nullable: true }) verzondenOp: Date | null;
  /** Keyset cursor value (ontvangen_op as exact text), not a field. */
  _sortKey: string;
}

export const BerichtConnection = Connection(BerichtLogType, 'Bericht');

/**
 * Filters of the message log. Each one is backed by an index (migration 1795460000000-BerichtLogIndexes), always
 * behind the caller's municipalities: type → bericht_log_idx, aanbiederAgb → bericht_afzender_idx / bericht_ontvanger_idx,
 * status → bericht_status_idx, period → bericht_gemeente_tijd_idx, retourcode → bericht_retourcodes_gin.
 */
@InputType()
export class BerichtFilter {
  @Field(() => String, { nullable: true, description: 'One municipality of the caller (default: all in scope).' }) gemeenteCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Message type, e.g. JW301.' }) type?: string | null;
  @Field(() => String, { nullable: true, description: 'Provider AGB as sender or receiver.' }) aanbiederAgb?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => Date, { nullable: true, description: 'ontvangen_op >= this instant.' }) ontvangenVanaf?: Date | null;
  @Field(() => Date, { nullable: true, description: 'ontvangen_op < this instant.' }) ontvangenTot?: Date | null;
  @Field(() => String, { nullable: true, description: 'Messages carrying this return code (WJ001), e.g. 9359.' }) retourcode?: string | null;
}

export interface BerichtRij {
  id: string; richting: string; type: string; afzender: string | null; ontvanger: string | null; identificatie: string | null;
  dagtekening: string | null; gemeente_code: string | null; status: string; retourcodes: string[]; bevindingen: Record<string, unknown>[];
  heenbericht_id: string | null; retourbericht_id: string | null; ontvangen_op: Date; verwerkt_op: Date | null; verzonden_op: Date | null; sort_key: string;
}

export function toBericht(r: BerichtRij): BerichtLogType {
  return Object.assign(new BerichtLogType(), {
    id: r.id, richting: r.richting, type: r.type, afzender: r.afzender, ontvanger: r.ontvanger, identificatie: r.identificatie,
    dagtekening: r.dagtekening, gemeenteCode: r.gemeente_code, status: r.status, retourcodes: r.retourcodes ?? [],
    bevindingen: (r.bevindingen ?? []).map((b) => ({ regel: String(b.regel ?? ''), retourcode: String(b.retourcode ?? ''), pad: String(b.pad ?? ''), melding: String(b.melding ?? '') })),
    heenberichtId: r.heenbericht_id, retourberichtId: r.retourbericht_id, ontvangenOp: r.ontvangen_op, verwerktOp: r.verwerkt_op,
    verzondenOp: r.verzonden_op, _sortKey: r.sort_key,
  });
}
