import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars';
import { ToewijzingType } from './ToewijzingType';
import { VerzoekType } from './VerzoekType';

@ObjectType('UitgaandBericht', { description: 'The message a decision produced (stored, validated and queued in the same transaction).' })
export class UitgaandBerichtType {
  @Field(() => ID) id: string;
  @Field({ description: 'JW301 or JW319.' }) type: string;
  @Field({ description: 'BerichtIdentificatie/Identificatie.' }) identificatie: string;
  @Field(() => DateScalar) dagtekening: string;
}

@ObjectType('ToewijzingResultaat')
export class ToewijzingResultaatType {
  @Field(() => ToewijzingType, { description: 'The allocation issued or changed.' }) toewijzing: ToewijzingType;
  @Field(() => UitgaandBerichtType, { description: 'The JW301 with all current allocations of the client at this provider (OP087).' })
  bericht: UitgaandBerichtType;
}

@ObjectType('VerzoekBesluit')
export class VerzoekBesluitType {
  @Field(() => VerzoekType) verzoek: VerzoekType;
  @Field(() => [ToewijzingType], { description: 'Allocations issued or changed (toewijzen only).' }) toewijzingen: ToewijzingType[];
  @Field(() => UitgaandBerichtType, { description: 'The JW319 (onderzoek, afwijzen) or JW301 (toewijzen).' }) bericht: UitgaandBerichtType;
}
