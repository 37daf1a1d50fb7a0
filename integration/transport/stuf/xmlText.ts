/** Minimal XML writing helpers: the envelope is small and fixed, so we print it as text. */

/** Spec 2.2: lines in the envelope end with CRLF. */
export const CRLF = '\r\n';

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** `<prefix:name>value</prefix:name>`, or nothing for undefined. */
export function el(indent: number, qname: string, value: string | undefined): string[] {
  if (value === undefined) return [];
  return [`${'\t'.repeat(indent)}<${qname}>${escapeXml(value)}</${qname}>`];
}

/** stuurgegevens.zender / .ontvanger in StUF:Systeem order; empty optional parts are left out. */
export function systeemLines(role: 'zender' | 'ontvanger', s: { organisatie: string; applicatie: string; administratie?: string; gebruiker?: string }): string[] {
  return [
    `\t\t<StUF:${role}>`,
    ...el(3, 'StUF:organisatie', s.organisatie),
    ...el(3, 'StUF:applicatie', s.applicatie),
    ...el(3, 'StUF:administratie', s.administratie),
    ...el(3, 'StUF:gebruiker', s.gebruiker),
    `\t\t</StUF:${role}>`,
  ];
}
