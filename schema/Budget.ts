import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Municipality } from './Municipality.js';
import type { Region } from './Region.js';
import type { Segment } from './Segment.js';
import { bigintNumber } from './transformers.js';

/**
 * A budget frame for one segment and year: either one municipality's own budget
 * (municipality_id set) or the region's shared budget for the heavy segments (region_id set);
 * exactly one of the two (CHECK budget_owner_xor).
 * Unique: budget_municipality_segment_year_key (municipality_id, segment_id, year) and
 * budget_region_segment_year_key (region_id, segment_id, year) WHERE municipality_id IS NULL.
 */
@Entity({ name: 'budget' })
@Index('budget_municipality_segment_year_key', ['municipalityId', 'segmentId', 'year'], { unique: true, where: 'municipality_id IS NOT NULL' })
@Index('budget_region_segment_year_key', ['regionId', 'segmentId', 'year'], { unique: true, where: 'municipality_id IS NULL' })
export class Budget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne('Municipality', { nullable: true })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'budget_municipality_id_fkey' })
  municipality: Relation<Municipality> | null;

  @Index('budget_region_id_idx')
  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne('Region', { nullable: true })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'budget_region_id_fkey' })
  region: Relation<Region> | null;

  @Index('budget_segment_id_idx')
  @Column({ name: 'segment_id', type: 'uuid' })
  segmentId: string;

  @ManyToOne('Segment')
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'budget_segment_id_fkey' })
  segment: Relation<Segment>;

  /** Calendar year, 2015..2100 (CHECK budget_year_range). */
  @Column({ type: 'int' })
  year: number;

  /** Euro cents, >= 0 (CHECK budget_amount_not_negative). */
  @Column({ name: 'amount_cents', type: 'bigint', transformer: bigintNumber })
  amountCents: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
