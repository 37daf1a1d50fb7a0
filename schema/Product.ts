import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Region } from './Region.js';
import type { Segment } from './Segment.js';
import type { ProductCategory } from './ProductCategory.js';
import { AllocationVariant } from './enums.js';
import type { Frequency, Unit } from './enums.js';
import { numericNumber } from './transformers.js';

/**
 * A product of the region's product book: iJw product category (JZ020) + 5-character product
 * code, with its unit (WJ756), frequency (WMO757) and allocation variant. The unit must fit the
 * variant (CHECK product_unit_matches_variant): inspanningsgericht 01/04/14/16/84, outputgericht 82/83.
 */
@Entity({ name: 'product' })
@Unique('product_region_category_code_key', ['regionId', 'category', 'code'])
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Served by product_region_category_code_key (region_id first). */
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne('Region')
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'product_region_id_fkey' })
  region: Relation<Region>;

  @Index('product_segment_id_idx')
  @Column({ name: 'segment_id', type: 'uuid' })
  segmentId: string;

  @ManyToOne('Segment')
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'product_segment_id_fkey' })
  segment: Relation<Segment>;

  /** JZ020 productcategorie, e.g. '45' (FK product_category_fkey → jz020_productcategorie). */
  @Index('product_category_idx')
  @Column({ type: 'char', length: 2 })
  category: string;

  @ManyToOne('ProductCategory')
  @JoinColumn({ name: 'category', referencedColumnName: 'code', foreignKeyConstraintName: 'product_category_fkey' })
  productCategory: Relation<ProductCategory>;

  /** 5-character product code, e.g. '45A48' (CHECK product_code_format: [0-9A-Z]{5}). */
  @Column({ type: 'char', length: 5 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** WJ756 Eenheid (CHECK product_unit_valid). */
  @Column({ type: 'char', length: 2 })
  unit: Unit;

  /** WMO757 Frequentie (CHECK product_frequency_valid). */
  @Column({ type: 'char', length: 1 })
  frequency: Frequency;

  @Column({ name: 'allocation_variant', type: 'enum', enum: AllocationVariant, enumName: 'allocation_variant' })
  allocationVariant: AllocationVariant;

  /** Product book norm: expected duration of a trajectory in days. */
  @Column({ name: 'norm_duration_days', type: 'int', nullable: true })
  normDurationDays: number | null;

  /** Product book norm: expected intensity in units per frequency period. */
  @Column({ name: 'norm_intensity', type: 'numeric', nullable: true, transformer: numericNumber })
  normIntensity: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
