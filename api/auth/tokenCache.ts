/**
 * Verified tokens by their exact text, until they expire. A client sends the same bearer token with every request,
 * and its signature check (ECDSA/RSA through WebCrypto) was the largest single cost of a small query
 * (bench:graphql b: ~15% of the server's busy time). A hit returns the result of the full verification of the same
 * bytes; it is served only inside the window in which that verification holds: from the later of nbf and
 * exp − the maximum lifetime, to exp (each with the clock skew verification allows). Outside it the token is
 * verified again (an expired one is refused). Bounded: past `max` entries the oldest goes.
 * What a cache cannot see: a signing key withdrawn from a JWKS keeps its tokens usable until they expire (at most
 * MAX_LEVENSDUUR_S), as a stateless JWT is anyway.
 */
export interface Geldigheid {
  vanafS: number;
  totS: number;
}

export class TokenCache<V> {
  private readonly entries = new Map<string, { waarde: V; geldig: Geldigheid }>();

  constructor(private readonly max = 1000) {}

  /** The cached verification of `token` when it is still valid at `nuS` (seconds), else undefined. */
  get(token: string, nuS: number): V | undefined {
    const e = this.entries.get(token);
    if (!e) return undefined;
    if (nuS > e.geldig.totS) {
      this.entries.delete(token);
      return undefined;
    }
    return nuS >= e.geldig.vanafS ? e.waarde : undefined;
  }

  /** Records a successful verification and the window (seconds, inclusive) in which it holds. */
  set(token: string, waarde: V, geldig: Geldigheid): void {
    if (this.entries.size >= this.max && !this.entries.has(token)) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, { waarde, geldig });
  }

  get size(): number {
    return this.entries.size;
  }
}
