/**
 * The benchmark calls Jeugdregie as a real client does: with a bearer token, so every request pays for token
 * verification, the access rule of its root field and the caller's row filter. The token is minted with the
 * development key (api/auth/tokenUitgifte.ts, data/dev-jwt-sleutel.json) and the server — which runs with
 * NODE_ENV=production and so never trusts the dev key by itself — is given that key's public half as its configured
 * JEUGDREGIE_JWT_PUBLIC_KEY, the way a deployment is given its identity provider's key.
 */
import { devSleutel, standaardDevSleutelPad } from '../../api/auth/sleutels.js';
import { MAX_LEVENSDUUR_S } from '../../api/auth/token.js';
import { muntDevToken } from '../../api/auth/tokenUitgifte.js';

export interface BenchToken {
  /** Request headers for Jeugdregie. */
  headers: Record<string, string>;
  /** Environment for the Jeugdregie server process. */
  env: Record<string, string>;
}

/** `scope`: the token's role scope (`beheer`, `regio:<code>` …); valid for an hour, longer than any run. */
export async function benchToken(scope: string): Promise<BenchToken> {
  const dev = devSleutel(standaardDevSleutelPad());
  const token = await muntDevToken(scope, { ttl: MAX_LEVENSDUUR_S, sub: 'bench:graphql' });
  return {
    headers: { authorization: `Bearer ${token}` },
    env: { JEUGDREGIE_JWT_PUBLIC_KEY: dev.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
}
