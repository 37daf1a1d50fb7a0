import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { AuditRij } from '../audit/auditLog.sql';
import { Connection } from '../pagination/Connection';

@ObjectType('AuditRegel', { description: "One read or change of a client's personal data. The client by pseudonym, never by BSN." })
export class AuditRegelType {
  @Field(() => ID) id: string;
  @Field() tijdstip: Date;
  @Field({ description: "The caller's role as its scope string: gemeente:0505, regio:ZHZ, aanbieder:<agb>, beheer." }) rol: string;
  @Field(() => String, { nullable: true, description: "The token's subject (who at that organisation)." }) subject: string | null;
  @Field({ description: 'lezen or wijzigen.' }) soort: string;
  @Field(() => String, { nullable: true, description: 'The GraphQL operation name.' }) operatie: string | null;
  @Field({ description: 'The root field: Query.client, Mutation.issueToewijzing ...' }) veld: string;
  @Field() gemeenteCode: string;
  @Field() pseudoniem: string;
  @Field(() => [String], { description: 'For a read: the client fields resolved (bsn, toewijzingen ...).' }) velden: string[];
}

export const AuditConnection = Connection(AuditRegelType, 'AuditRegel');

/** Filters of the audit log; each leads an index (migration 1795540000000-AuditLog), the period is its range. */
@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true }) pseudoniem?: string | null;
  @Field(() => String, { nullable: true, description: 'A role scope string, e.g. regio:ZHZ.' }) rol?: string | null;
  @Field(() => String, { nullable: true, description: 'A GraphQL operation name.' }) operatie?: string | null;
  @Field(() => Date, { nullable: true, description: 'tijdstip >= this instant.' }) van?: Date | null;
  @Field(() => Date, { nullable: true, description: 'tijdstip < this instant.' }) tot?: Date | null;
}

export function toAuditRegel(r: AuditRij): AuditRegelType {
  return {
    id: r.id, tijdstip: r.tijdstip, rol: r.rol, subject: r.subject, soort: r.soort, operatie: r.operatie, veld: r.veld,
    gemeenteCode: r.gemeente_code, pseudoniem: r.pseudoniem, velden: r.velden,
  };
}
