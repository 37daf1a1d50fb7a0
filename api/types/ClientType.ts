import { Field, ID, ObjectType } from 'type-graphql';
import type { ClientRij } from '../../integration/zorg/client.sql';

@ObjectType('Client', {
  description: 'A client of a municipality. `bsn` and `geboortedatum` resolve only for the owning municipality (role gemeente); ' +
    'every other role gets null there and identifies the client by `pseudoniem` (HMAC of the BSN).',
})
export class ClientType {
  @Field(() => ID) id: string;
  @Field() gemeenteCode: string;
  @Field({ description: 'Keyed pseudonym: HMAC(secret, BSN), hex.' }) pseudoniem: string;
  /** Not a field: read through the bsn/geboortedatum field resolvers, which check the role. */
  _bsn: string;
  _geboortedatum: string | null;
}

export function toClient(r: ClientRij): ClientType {
  return Object.assign(new ClientType(), { id: r.id, gemeenteCode: r.gemeente_code, pseudoniem: r.pseudoniem.trim(), _bsn: r.bsn, _geboortedatum: r.geboortedatum });
}
