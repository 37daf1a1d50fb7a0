import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GeldDimensie } from '../monitoring/geld.sql';
import { CentsScalar } from '../scalars';

registerEnumType(GeldDimensie, { name: 'GeldDimensie', description: 'What spend against budget can be grouped by.' });

@ObjectType({ description: 'One cell of spend against budget in a budget year; a dimension not grouped by is null. Forecast: integration/monitoring/prognose.ts.' })
export class GeldRij {
  @Field(() => Int) jaar: number;
  @Field(() => String, { nullable: true, description: 'CBS code.' }) gemeenteCode?: string | null;
  @Field(() => ID, { nullable: true }) segmentId?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM (grouped by MAAND: the year figures below are null).' }) maand?: string | null;
  @Field(() => CentsScalar, { description: 'Declared (JW323, signed: credits negative), by month of the ProductPeriode.' }) ingediendCents: number;
  @Field(() => CentsScalar, { description: 'Approved of the declared.' }) toegekendCents: number;
  @Field(() => CentsScalar, { description: 'Committed cost of allocations not yet declared, from the peildatum\'s month on.' }) verplichtCents: number;
  @Field(() => CentsScalar, { nullable: true, description: 'The year\'s budget: the municipalities\' own; a region\'s shared budget only in cells not split by municipality over the whole region.' })
  budgetCents: number | null;
  @Field(() => CentsScalar, { nullable: true, description: 'Approved spend of the elapsed months (before the peildatum\'s month).' }) gerealiseerdCents: number | null;
  @Field(() => Int, { nullable: true }) verstrekenMaanden: number | null;
  @Field(() => CentsScalar, { nullable: true, description: 'Approved spend per elapsed month.' }) runRateCents: number | null;
  @Field(() => CentsScalar, { nullable: true, description: 'Forecast to year end: realised + run rate × remaining months + committed.' }) prognoseCents: number | null;
  @Field(() => Boolean, { nullable: true, description: 'The forecast exceeds the budget (early warning).' }) overschrijding: boolean | null;
  @Field({ description: 'Always false: spend is not about youths.' }) onderdrukt: boolean;
}

@ObjectType({ description: 'Spend against budget: the rows and the same rows as CSV.' })
export class GeldRapport {
  @Field(() => String, { description: 'The peildatum the forecast was made on (YYYY-MM-DD).' }) peildatum: string;
  @Field(() => [GeldRij]) rijen: GeldRij[];
  @Field({ description: 'The rows as CSV (RFC 4180): the grouped dimensions, the measures, onderdrukt.' }) csv: string;
}
