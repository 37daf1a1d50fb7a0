import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { Municipality } from './Municipality.js';
import type { Segment } from './Segment.js';
import { SolidariteitVerdeelsleutel } from './enums.js';

/** A youth-care region (jeugdregio) that purchases care together, e.g. Zuid-Holland Zuid. */
@Entity({ name: 'region' })
@Unique('region_code_key', ['code'])
export class Region {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Short code, e.g. 'ZHZ'. CHECK region_code_format: 2–10 capitals/digits. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** How the region shares the cost of its solidair segments (issue 6 §7; integration/monitoring/solidariteit.ts). */
  @Column({ name: 'solidariteit_verdeelsleutel', type: 'enum', enum: SolidariteitVerdeelsleutel, enumName: 'solidariteit_verdeelsleutel',
    default: SolidariteitVerdeelsleutel.inwoners_jeugd_3jr })
  solidariteitVerdeelsleutel: SolidariteitVerdeelsleutel;

  @OneToMany('Municipality', (m: Municipality) => m.region)
  municipalities: Relation<Municipality[]>;

  @OneToMany('Segment', (s: Segment) => s.region)
  segments: Relation<Segment[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
