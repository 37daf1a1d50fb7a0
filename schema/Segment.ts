import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Region } from './Region.js';
import { FundingModel, ProcurementMethod } from './enums.js';
import type { AccessRoute } from './enums.js';

/** A purchasing segment of a region, with its own procurement method and funding model. */
@Entity({ name: 'segment' })
@Unique('segment_region_number_key', ['regionId', 'number'])
export class Segment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Served by segment_region_number_key (region_id first). */
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ManyToOne('Region', (r: Region) => r.segments)
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'segment_region_id_fkey' })
  region: Relation<Region>;

  /** 1..99 within the region (CHECK segment_number_positive). */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'procurement_method', type: 'enum', enum: ProcurementMethod, enumName: 'procurement_method' })
  procurementMethod: ProcurementMethod;

  @Column({ name: 'funding_model', type: 'enum', enum: FundingModel, enumName: 'funding_model' })
  fundingModel: FundingModel;

  /** Values from ACCESS_ROUTES (CHECK segment_access_routes_valid). */
  @Column({ name: 'access_routes', type: 'text', array: true, default: () => "'{}'" })
  accessRoutes: AccessRoute[];

  /** Heavy, rare care whose costs the region shares (solidarity, issue 6 §7): e.g. hoog-specialistisch, crisis, GI. */
  @Column({ type: 'boolean', default: false })
  solidair: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
