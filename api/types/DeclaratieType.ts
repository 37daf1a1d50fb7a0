import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../pagination/Connection';
import { CentsScalar, DateScalar } from '../scalars';

@ObjectType('Declaratie', { description: 'A received JW323 declaration with its totals (signed cents: credit negative) and outcome.' })
export class DeclaratieType {
  @Field(() => ID) id: string;
  @Field() gemeenteCode: string;
  @Field() aanbiederAgb: string;
  @Field() declaratieNummer: string;
  @Field(() => DateScalar) periodeBegin: string;
  @Field(() => DateScalar) periodeEind: string;
  @Field({ description: 'in_verwerking, toegekend (8001), deels_toegekend, afgewezen (every prestatie), niet_verwerkt (Declaratie class refused: TR333/TR318).' })
  status: string;
  @Field(() => CentsScalar, { description: 'TotaalIngediendBedrag as declared.' }) ingediendCents: number;
  @Field(() => CentsScalar, { description: 'Sum of the approved prestaties: TotaalToegekendBedrag of the JW325.' }) toegekendCents: number;
  @Field(() => CentsScalar) afgewezenCents: number;
  @Field(() => Int) aantalPrestaties: number;
  @Field(() => Int) aantalToegekend: number;
  @Field(() => Int) aantalAfgewezen: number;
  @Field(() => [String], { description: 'The DeclaratieAntwoord return codes.' }) retourcodes: string[];
  @Field(() => [String], { description: 'Why the Declaratie class was refused, if it was.' }) redenen: string[];
  @Field(() => ID, { nullable: true }) berichtId: string | null;
  @Field() ontvangenOp: Date;
}

export const DeclaratieConnection = Connection(DeclaratieType, 'Declaratie');

@InputType({ description: 'Declaration filters, within the caller\'s municipalities.' })
export class DeclaratieFilter {
  @Field(() => String, { nullable: true }) gemeenteCode?: string | null;
  @Field(() => String, { nullable: true }) aanbiederAgb?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
}

@ObjectType('AfgewezenPrestatieGroep', { description: 'Rejected prestaties of one return code, provider, product and month.' })
export class AfgewezenGroepType {
  @Field() retourcode: string;
  @Field() aanbiederAgb: string;
  @Field() productCategorie: string;
  @Field() productCode: string;
  @Field({ description: 'Month of the ProductPeriode, YYYY-MM.' }) maand: string;
  @Field(() => Int) aantal: number;
  @Field(() => CentsScalar) bedragCents: number;
}

@ObjectType('BudgetGebruik', { description: 'Budget use of one municipality and segment in a year, from the booked declarations.' })
export class BudgetGebruikType {
  @Field() gemeenteCode: string;
  @Field(() => ID, { nullable: true, description: 'null: prestaties whose product is not in the product book.' }) segmentId: string | null;
  @Field(() => String, { nullable: true }) segmentNaam: string | null;
  @Field(() => CentsScalar, { nullable: true, description: 'The municipality\'s own budget.' }) budgetCents: number | null;
  @Field(() => CentsScalar, { nullable: true, description: 'The region\'s shared budget for the segment (if any).' }) regioBudgetCents: number | null;
  @Field(() => Int) prestaties: number;
  @Field(() => CentsScalar) ingediendCents: number;
  @Field(() => CentsScalar) toegekendCents: number;
  @Field(() => CentsScalar) afgewezenCents: number;
  @Field(() => CentsScalar, { nullable: true, description: 'Own budget minus approved.' }) restantCents: number | null;
}
