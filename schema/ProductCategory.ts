import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference table: JZ020 Productcategorie (iJw 3.2), filled by the migration. Read only. */
@Entity({ name: 'jz020_productcategorie' })
export class ProductCategory {
  @PrimaryColumn({ type: 'char', length: 2 })
  code: string;

  @Column({ type: 'text' })
  omschrijving: string;
}
