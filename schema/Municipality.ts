import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Region } from './Region.js';
import type { CbsGemeente } from './CbsGemeente.js';

/** A municipality (gemeente) in a region; cbs_code must exist in the CBS list (FK). */
@Entity({ name: 'municipality' })
@Unique('municipality_cbs_code_key', ['cbsCode'])
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** CBS gemeentecode, 4 digits as a string ('0505'). FK municipality_cbs_code_fkey → cbs_gemeente. */
  @Column({ name: 'cbs_code', type: 'char', length: 4 })
  cbsCode: string;

  @ManyToOne('CbsGemeente')
  @JoinColumn({ name: 'cbs_code', referencedColumnName: 'code', foreignKeyConstraintName: 'municipality_cbs_code_fkey' })
  cbsGemeente: Relation<CbsGemeente>;

  @Column({ type: 'text' })
  name: string;

  /** Number of inhabitants aged 0–17: the distribution key for shared costs. */
  @Column({ name: 'youth_population', type: 'int' })
  youthPopulation: number;

  @Index('municipality_region_id_idx')
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne('Region', (r: Region) => r.municipalities)
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'municipality_region_id_fkey' })
  region: Relation<Region>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
