import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Reference table: the CBS gemeentelijke indeling per 1 January 2026 (LDT_GemeenteCode),
 * filled by the migration from integration/ijw/codelijsten/CBS_Gemeentecodes.md. Read only.
 */
@Entity({ name: 'cbs_gemeente' })
export class CbsGemeente {
  @PrimaryColumn({ type: 'char', length: 4 })
  code: string;

  @Column({ type: 'text' })
  naam: string;

  @Column({ type: 'text' })
  provincie: string;

  /** The youth-care region the CBS list assigns the municipality to. */
  @Column({ type: 'text' })
  jeugdzorgregio: string;
}
