import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Contract } from './Contract.js';
import type { Region } from './Region.js';
import type { Product } from './Product.js';
import { bigintNumber, numericNumber } from './transformers.js';

/**
 * A price per unit (euro cents) for a product over a period, either for one contract
 * (contract × product) or harmonised for the whole region (region × product):
 * exactly one of contractId / regionId is set (CHECK tariff_contract_xor_region).
 *
 * Periods are closed intervals: valid_to is the last day the price applies, null = open ended.
 * PostgreSQL refuses overlapping periods for the same key with btree_gist exclusion constraints on
 * daterange(valid_from, valid_to, '[]'): tariff_contract_no_overlap and tariff_region_no_overlap.
 * So 2025-01-01..2025-12-31 followed by 2026-01-01.. is allowed; ending on the day the next starts is not.
 *
 * A yearly indexation closes the current period and starts a new one that records its
 * index_percentage and points back at the period it replaced (previous_tariff_id).
 */
@Entity({ name: 'tariff' })
// Loader batches (contract_id|region_id = ANY($1)): a gist index cannot take = ANY (migration GraphqlReadIndexes).
@Index('tariff_contract_product_from_idx', ['contractId', 'productId', 'validFrom'])
@Index('tariff_region_product_from_idx', ['regionId', 'productId', 'validFrom'])
export class Tariff {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Served by tariff_contract_product_from_idx (batches) and the exclusion constraint's gist index (one contract × product × date). */
  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId: string | null;

  @ManyToOne('Contract', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'tariff_contract_id_fkey' })
  contract: Relation<Contract> | null;

  /** Set for a harmonised tariff; served by tariff_region_product_from_idx and tariff_region_no_overlap's gist index. */
  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @ManyToOne('Region', { nullable: true })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'tariff_region_id_fkey' })
  region: Relation<Region> | null;

  @Index('tariff_product_id_idx')
  @Column({ name: 'product_id', type: 'uuid' })
  productId: string;

  @ManyToOne('Product')
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'tariff_product_id_fkey' })
  product: Relation<Product>;

  /** Price per unit of the product (WJ756), in euro cents; >= 0 (CHECK tariff_price_not_negative). */
  @Column({ name: 'price_cents', type: 'bigint', transformer: bigintNumber })
  priceCents: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  /** Last day (inclusive); null = open ended. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /** The indexation percentage that produced this period (e.g. 3.85), null for a base tariff. */
  @Column({ name: 'index_percentage', type: 'numeric', nullable: true, transformer: numericNumber })
  indexPercentage: number | null;

  @Index('tariff_previous_tariff_id_idx')
  @Column({ name: 'previous_tariff_id', type: 'uuid', nullable: true })
  previousTariffId: string | null;

  @ManyToOne('Tariff', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'previous_tariff_id', foreignKeyConstraintName: 'tariff_previous_tariff_id_fkey' })
  previousTariff: Relation<Tariff> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
