/**
 * CSV of a monitoring report (RFC 4180: CRLF line ends, a header line, a field quoted when it holds a comma, a quote
 * or a line break, quotes doubled). Built from the same rows and columns the query returns: the grouped dimensions
 * in the order asked, then the measures, then `onderdrukt`. A null (not grouped, or suppressed) is an empty field.
 */
export interface CsvKolom<T> {
  /** Header: the GraphQL field name. */
  naam: string;
  waarde: (r: T) => string | number | boolean | null | undefined;
}

function veld(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function naarCsv<T>(kolommen: readonly CsvKolom<T>[], rijen: readonly T[]): string {
  const regels = [kolommen.map((k) => veld(k.naam)).join(',')];
  for (const r of rijen) regels.push(kolommen.map((k) => veld(k.waarde(r))).join(','));
  return regels.join('\r\n') + '\r\n';
}

/** A report: its rows and, computed only when asked for, the same rows as CSV (graphql resolves the getter). */
export interface Rapport<T> {
  rijen: T[];
  readonly csv: string;
}

export function rapport<T>(rijen: T[], kolommen: readonly CsvKolom<T>[]): Rapport<T> {
  return { rijen, get csv() { return naarCsv(kolommen, rijen); } };
}
