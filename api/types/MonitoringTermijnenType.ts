import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TermijnDimensie, TermijnRegel } from '../monitoring/termijnen.sql';

registerEnumType(TermijnDimensie, { name: 'TermijnDimensie', description: 'What deadline compliance can be grouped by.' });
registerEnumType(TermijnRegel, {
  name: 'TermijnRegel',
  description: 'OP090: a retourbericht within 3 working days; OP090x4: a JW325 within 10; OP271/OP272: a start/stop within 5.',
});

@ObjectType({ description: 'Deadline compliance of one cell; a dimension not grouped by is null. A deadline counts in the month it starts to run; '
  + 'a month is final once its last deadline has passed (until then an unflagged deadline counts as met).' })
export class TermijnRij {
  @Field(() => String, { nullable: true, description: 'CBS code.' }) gemeenteCode?: string | null;
  @Field(() => String, { nullable: true, description: 'AGB code of the provider on the other side.' }) aanbiederAgb?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM.' }) maand?: string | null;
  @Field(() => TermijnRegel, { nullable: true }) regel?: TermijnRegel | null;
  @Field(() => String, { nullable: true, description: 'Who owes the deadline: gemeente (answering a provider\'s message) or aanbieder.' }) partij?: string | null;
  @Field(() => Int, { description: 'Deadlines.' }) aantal: number;
  @Field(() => Int, { description: 'Flagged late by the deadline job.' }) teLaat: number;
  @Field(() => Int, { description: 'aantal − teLaat.' }) opTijd: number;
  @Field(() => Float, { nullable: true, description: 'opTijd / aantal × 100.' }) nalevingPercentage: number | null;
  @Field({ description: 'Always false: deadlines are not about youths.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'Deadline compliance: the rows and the same rows as CSV.' })
export class TermijnRapport {
  @Field(() => [TermijnRij]) rijen: TermijnRij[];
  @Field({ description: 'The rows as CSV (RFC 4180).' }) csv: string;
}
