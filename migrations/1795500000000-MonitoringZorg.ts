import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring projections over the care flows (issue 6 §1, §2, §4; integration/monitoring). Plain-SQL tables, kept up to
 * date per unit of work (refresh = delete + re-insert the rows of the touched (gemeente_code, client_id), served by the
 * *_client_idx indexes) and rebuilt from the base tables by `herbouw`. Queries filter on gemeente_code + month: every
 * *_maand_idx leads with those and INCLUDEs what the queries aggregate, so a query reads the index only.
 * They hold the client's pseudonym (HMAC), never the BSN.
 *
 * toewijzing.toegewezen_op: the date of the first decision. toewijzingsdatum moves with every change (JW301 with a
 * RedenWijziging), so it cannot say how long a request waited for its allocation. Existing rows get their current
 * toewijzingsdatum (the best known); readers use coalesce(toegewezen_op, toewijzingsdatum) so a bulk path may leave it out.
 */
export class MonitoringZorg1795500000000 implements MigrationInterface {
  name = 'MonitoringZorg1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE toewijzing ADD COLUMN toegewezen_op date`);
    await q.query(`UPDATE toewijzing SET toegewezen_op = toewijzingsdatum`);

    // §1 Referral behaviour: per client × month × referrer type × segment × category, its requests and allocations.
    await q.query(`
      CREATE TABLE mon_verwijzing (
        gemeente_code     char(4) NOT NULL,
        client_id         bigint NOT NULL,
        maand             date NOT NULL,
        verwijzer_type    text NOT NULL,
        segment_id        uuid,
        product_categorie char(2),
        pseudoniem        char(64) NOT NULL,
        verzoeken         integer NOT NULL,
        toewijzingen      integer NOT NULL,
        CONSTRAINT mon_verwijzing_sleutel UNIQUE NULLS NOT DISTINCT (gemeente_code, client_id, maand, verwijzer_type, segment_id, product_categorie)
      )`);
    await q.query(`CREATE INDEX mon_verwijzing_maand_idx ON mon_verwijzing (gemeente_code, maand)
                   INCLUDE (verwijzer_type, segment_id, product_categorie, pseudoniem, verzoeken, toewijzingen)`);

    // §2 Usage: one row per allocation × month it is active, with the youth's stacking that month and the allocation's
    // recidive / re-indication flags (set on every month; counted in the month it begins, `nieuw`).
    await q.query(`
      CREATE TABLE mon_gebruik (
        gemeente_code      char(4) NOT NULL,
        toewijzing_id      bigint NOT NULL,
        maand              date NOT NULL,
        client_id          bigint NOT NULL,
        pseudoniem         char(64) NOT NULL,
        segment_id         uuid NOT NULL,
        aanbieder_agb      char(8) NOT NULL,
        nieuw              boolean NOT NULL,
        gestapeld          boolean NOT NULL,
        recidief           boolean NOT NULL,
        herindicatie       boolean NOT NULL,
        herindicatie_jw317 boolean NOT NULL,
        CONSTRAINT mon_gebruik_pkey PRIMARY KEY (gemeente_code, toewijzing_id, maand)
      )`);
    await q.query(`CREATE INDEX mon_gebruik_client_idx ON mon_gebruik (gemeente_code, client_id)`);
    await q.query(`CREATE INDEX mon_gebruik_maand_idx ON mon_gebruik (gemeente_code, maand)
                   INCLUDE (toewijzing_id, pseudoniem, segment_id, aanbieder_agb, nieuw, gestapeld, recidief, herindicatie, herindicatie_jw317)`);

    // §4 Times: one row per allocation (trajectory), month = month of the first decision; days null where not (yet) known.
    await q.query(`
      CREATE TABLE mon_doorlooptijd (
        gemeente_code     char(4) NOT NULL,
        toewijzing_id     bigint NOT NULL,
        client_id         bigint NOT NULL,
        maand             date NOT NULL,
        pseudoniem        char(64) NOT NULL,
        aanbieder_agb     char(8) NOT NULL,
        segment_id        uuid NOT NULL,
        product_categorie char(2),
        product_code      char(5),
        dagen_aanvraag    integer,
        dagen_wachttijd   integer,
        dagen_duur        integer,
        norm_dagen        integer,
        CONSTRAINT mon_doorlooptijd_pkey PRIMARY KEY (gemeente_code, toewijzing_id)
      )`);
    await q.query(`CREATE INDEX mon_doorlooptijd_client_idx ON mon_doorlooptijd (gemeente_code, client_id)`);
    await q.query(`CREATE INDEX mon_doorlooptijd_maand_idx ON mon_doorlooptijd (gemeente_code, maand)
                   INCLUDE (pseudoniem, aanbieder_agb, segment_id, product_categorie, product_code, dagen_aanvraag, dagen_wachttijd, dagen_duur, norm_dagen)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mon_doorlooptijd`);
    await q.query(`DROP TABLE mon_gebruik`);
    await q.query(`DROP TABLE mon_verwijzing`);
    await q.query(`ALTER TABLE toewijzing DROP COLUMN toegewezen_op`);
  }
}
