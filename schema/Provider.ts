import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OpenHouseStatus } from './enums.js';

/** A care provider (zorgaanbieder), identified by its AGB code. */
@Entity({ name: 'provider' })
@Unique('provider_agb_code_key', ['agbCode'])
export class Provider {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** AGB code: exactly 8 digits (CHECK provider_agb_code_format). */
  @Column({ name: 'agb_code', type: 'char', length: 8 })
  agbCode: string;

  /** KvK number: exactly 8 digits (CHECK provider_kvk_number_format), optional. */
  @Column({ name: 'kvk_number', type: 'char', length: 8, nullable: true })
  kvkNumber: string | null;

  @Column({ type: 'text' })
  name: string;

  @Index('provider_open_house_status_idx')
  @Column({ name: 'open_house_status', type: 'enum', enum: OpenHouseStatus, enumName: 'open_house_status', default: OpenHouseStatus.none })
  openHouseStatus: OpenHouseStatus;

  /** Required when admitted (CHECK provider_open_house_admission_date_required). */
  @Column({ name: 'open_house_admission_date', type: 'date', nullable: true })
  openHouseAdmissionDate: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
