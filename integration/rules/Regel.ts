import type { BerichtType } from '../ijw/berichttypen.js';

/**
 * A rule of the iJw standard as the informatiemodel publishes it (TR, CD, CS, RS),
 * plus the XSD layer. Rules report findings through the context; they never throw.
 */
export type Controleniveau =
  | 'xsd' // schema validation by libxml2
  | 'bericht' // within one message (xslt TR, CD/CS/RS)
  | 'extern' // needs an outside source (code lists, clock): TR135, TR346, TR378, TR381
  | 'berichtoverstijgend'; // reads earlier messages and the model in PostgreSQL

/**
 * One finding. `klassePad` locates the message-class instance the return code belongs on
 * (e.g. 'Client.Prestaties.Prestatie[2]'; 'Header' for the Header, as klassen.ts and the XSD layer name it;
 * never ''), so the retourbericht can put the code where the standard wants it; `pad` points at the offending
 * element itself.
 */
export interface Bevinding {
  regel: string; // 'TR002', 'CS123', 'XSD'
  retourcode: string; // WJ001, always 4 characters as a string
  klasse: string; // message class: 'Header', 'Client', 'Toewijzing', 'Prestatie', ...
  klassePad: string;
  pad: string;
  melding: string;
  regelnummer?: number; // line in the XML, where known (XSD findings)
  /** The level that produced the finding; the runner fills it in (the retour builder needs it). */
  controleniveau?: Controleniveau;
}

export type Melding = Omit<Bevinding, 'regel' | 'retourcode' | 'controleniveau'> & { retourcode?: string };

/** A query runner: a pg Pool or PoolClient (the handler's transaction). */
export interface Queryable {
  query<R extends Record<string, unknown> = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[]; rowCount: number | null }>;
}

/** Outside sources for the external rules; the defaults read the code lists copied into the project. */
export interface ExterneBronnen {
  /** 'vandaag' as ISO date (TR135); injectable so tests and replays are deterministic. */
  vandaag(): string;
  /** Whether the code is a CBS municipality code (TR378). `peildatum`: the date the code must be current on. */
  isGemeentecode(code: string, peildatum?: string): boolean;
  /**
   * Whether `code` belongs to `categorie` on the product code list the municipality `gemeente` uses
   * (TR381): the Afzender of a JW301/JW319, the Ontvanger of the messages a provider sends.
   * undefined when no code list is known for that municipality: the rule then reports nothing.
   */
  isProductcode(gemeente: string, categorie: string, code: string): boolean | undefined;
}

export interface RegelContext {
  report(melding: Melding): void;
  bronnen: ExterneBronnen;
  /**
   * Present for cross-message rules only: the handler's transaction. Under runRegels it answers a read-only
   * statement it already ran for this message from memory (leesGeheugen.ts), so rules may repeat a lookup freely.
   */
  db?: Queryable;
}

export interface Regel<B = unknown> {
  code: string;
  titel: string;
  retourcode: string;
  controleniveau: Controleniveau;
  berichten: readonly BerichtType[];
  check(bericht: B, ctx: RegelContext): void | Promise<void>;
}
