/**
 * Valid, unique BSNs for synthetic clients: a running 8-digit prefix and the elfproef check digit
 * (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11); prefixes whose check digit would be 10 are skipped. The range starts
 * at 1000 0000 so no number has a leading zero and none is one of the test BSNs of the iJw examples.
 */
export function* bsnReeks(start = 10_000_000): Generator<string> {
  for (let prefix = start; prefix <= 99_999_999; prefix++) {
    const s = String(prefix);
    let som = 0;
    for (let i = 0; i < 8; i++) som += Number(s[i]) * (9 - i);
    const controle = som % 11;
    if (controle === 10) continue;
    yield s + String(controle);
  }
}

export function isElfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(bsn[i]) * (9 - i);
  return (som - Number(bsn[8])) % 11 === 0;
}
