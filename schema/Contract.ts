import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Provider } from './Provider.js';
import type { Region } from './Region.js';
import type { Municipality } from './Municipality.js';
import type { Segment } from './Segment.js';
import { ContractStatus } from './enums.js';
import { bigintNumber } from './transformers.js';

/**
 * A contract between a provider and a region (or, for local purchasing, one municipality of it)
 * for one segment of that region.
 *
 * Enforced by PostgreSQL (see schema/constraints.ts for the names):
 * - the segment and the municipality belong to the contract's region (composite FKs);
 * - end_date >= start_date, latest_end_date >= end_date;
 * - tacit renewal needs a renewal period;
 * - lumpsum_per_year_cents is required when the segment's funding model is taakgericht
 *   (trigger contract_lumpsum_required, also fired when a segment switches to taakgericht).
 */
@Entity({ name: 'contract' })
@Unique('contract_region_reference_key', ['regionId', 'reference'])
@Index('contract_end_date_idx', ['endDate'])
// Providers of a segment with count and latest end: an index-only scan (migration GraphqlReadIndexes).
@Index('contract_segment_provider_idx', ['segmentId', 'providerId', 'endDate'])
// A region's row filter on providers probes (provider, region) from the index alone (migration ContractProviderRegionIndex).
@Index('contract_provider_region_idx', ['providerId', 'regionId'])
export class Contract {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @ManyToOne('Provider')
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'contract_provider_id_fkey' })
  provider: Relation<Provider>;

  /** Served by contract_region_reference_key (region_id first). */
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne('Region')
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'contract_region_id_fkey' })
  region: Relation<Region>;

  /** Set only for local purchasing by one municipality of the region. */
  @Index('contract_municipality_id_idx')
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne('Municipality', { nullable: true })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'contract_municipality_id_fkey' })
  municipality: Relation<Municipality> | null;

  @Column({ name: 'segment_id', type: 'uuid' })
  segmentId: string;

  @ManyToOne('Segment')
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'contract_segment_id_fkey' })
  segment: Relation<Segment>;

  /** The region's contract number, unique within the region. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  /** Current end date (inclusive); null = indefinite (e.g. a standing subsidy). */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'tacit_renewal', type: 'boolean', default: false })
  tacitRenewal: boolean;

  @Column({ name: 'renewal_period_months', type: 'int', nullable: true })
  renewalPeriodMonths: number | null;

  @Column({ name: 'notice_period_months', type: 'int', nullable: true })
  noticePeriodMonths: number | null;

  /** The last possible end date after all renewals (inclusive). */
  @Column({ name: 'latest_end_date', type: 'date', nullable: true })
  latestEndDate: string | null;

  @Index('contract_status_idx')
  @Column({ type: 'enum', enum: ContractStatus, enumName: 'contract_status', default: ContractStatus.concept })
  status: ContractStatus;

  /** Lumpsum per year in euro cents; required when the segment is taakgericht. */
  @Column({ name: 'lumpsum_per_year_cents', type: 'bigint', nullable: true, transformer: bigintNumber })
  lumpsumPerYearCents: number | null;

  /** Open House: the date the provider was admitted to this contract. */
  @Column({ name: 'admission_date', type: 'date', nullable: true })
  admissionDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
