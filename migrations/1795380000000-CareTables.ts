import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The care tables of the allocation lifecycle (integration/zorg): client, verzoek (JW315/JW317),
 * toewijzing (JW301) with its history, and the deliveries start_product (JW305) / stop_product (JW307).
 *
 * Every key carries gemeente_code (PRIMARY KEY (gemeente_code, id), composite FKs), so the care data can
 * later be distributed by municipality without a redesign. The BSN lives only in `client`; everything that
 * leaves the municipal view uses client.pseudoniem = HMAC-SHA256(JEUGDREGIE_PSEUDONYM_SECRET, bsn), computed
 * in integration/zorg/pseudoniem.ts (the secret never reaches the database).
 *
 * Message ids (bericht_id ...) reference H6's bericht table (migration 1795340000000).
 *
 * Indexes serve the cross-message rules (integration/rules/berichtoverstijgend) and GraphQL:
 * - toewijzing_nummer_uniq: TR332, TR019, TR350/351, TR411/412, handlers JW305/307/317 (lookup by number);
 * - toewijzing_client_aanbieder_idx: the JW301 builder (all allocations of a client at one provider, OP087), TR349;
 * - verzoek_referentie_idx: TR347, TR355, TR359, TR360, TR365, TR379 (aanbieder + ReferentieAanbieder);
 * - verzoek_open_idx: TR374 (open request per client + provider);
 * - start_product_sleutel_uniq / stop_product_sleutel_idx: TR063, TR071, TR074, TR326, TR382, TR413-415.
 */
export class CareTables1795380000000 implements MigrationInterface {
  name = 'CareTables1795380000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE client (
        gemeente_code  char(4) NOT NULL,
        id             bigint GENERATED ALWAYS AS IDENTITY,
        bsn            char(9) NOT NULL,
        pseudoniem     char(64) NOT NULL,
        geboortedatum  date,
        -- Geslacht, Naam, Contactgegevens as last received/entered: what a JW301 needs besides the BSN.
        persoonsgegevens jsonb NOT NULL DEFAULT '{}',
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT client_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT client_gemeente_code_fkey FOREIGN KEY (gemeente_code) REFERENCES municipality (cbs_code),
        CONSTRAINT client_bsn_uniq UNIQUE (gemeente_code, bsn),
        CONSTRAINT client_bsn_format CHECK (bsn ~ '^[0-9]{9}$'),
        CONSTRAINT client_pseudoniem_format CHECK (pseudoniem ~ '^[0-9a-f]{64}$')
      )`);
    // Regional views look clients up by pseudonym only.
    await q.query(`CREATE INDEX client_pseudoniem_idx ON client (pseudoniem)`);

    await q.query(`
      CREATE TABLE verzoek (
        gemeente_code        char(4) NOT NULL,
        id                   bigint GENERATED ALWAYS AS IDENTITY,
        soort                text NOT NULL,
        aanbieder_agb        char(8) NOT NULL,
        client_id            bigint NOT NULL,
        referentie_aanbieder text NOT NULL,
        gevraagd             jsonb NOT NULL,
        reden_verzoek        char(1),
        status               text NOT NULL DEFAULT 'ontvangen',
        reden_afwijzing      char(1),
        woonplaats_gemeente  char(4),
        bericht_id           bigint NOT NULL REFERENCES bericht (id),
        ontvangen_op         date NOT NULL,
        onderzoek_bericht_id bigint REFERENCES bericht (id),
        besluit_bericht_id   bigint REFERENCES bericht (id),
        besloten_op          timestamptz,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT verzoek_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT verzoek_client_fkey FOREIGN KEY (gemeente_code, client_id) REFERENCES client (gemeente_code, id),
        CONSTRAINT verzoek_aanbieder_fkey FOREIGN KEY (aanbieder_agb) REFERENCES provider (agb_code),
        CONSTRAINT verzoek_soort_valid CHECK (soort IN ('JW315', 'JW317')),
        CONSTRAINT verzoek_status_valid CHECK (status IN ('ontvangen', 'onderzoek', 'toegewezen', 'afgewezen')),
        CONSTRAINT verzoek_reden_afwijzing_valid CHECK (reden_afwijzing IS NULL OR reden_afwijzing IN ('1','2','3','4','5','6','7','8','9')),
        CONSTRAINT verzoek_afgewezen_heeft_reden CHECK ((status = 'afgewezen') = (reden_afwijzing IS NOT NULL)),
        CONSTRAINT verzoek_referentie_uniq UNIQUE (gemeente_code, aanbieder_agb, referentie_aanbieder)
      )`);
    // TR347 checks across all municipalities of the platform: the provider's reference is unique in the domain.
    await q.query(`CREATE INDEX verzoek_referentie_idx ON verzoek (aanbieder_agb, referentie_aanbieder)`);
    // TR374: an open request (not yet rejected or allocated) of this client at this provider.
    await q.query(`CREATE INDEX verzoek_open_idx ON verzoek (gemeente_code, client_id, aanbieder_agb)
                   WHERE status IN ('ontvangen', 'onderzoek')`);
    await q.query(`CREATE INDEX verzoek_client_idx ON verzoek (gemeente_code, client_id)`);

    await q.query(`
      CREATE TABLE toewijzing (
        gemeente_code        char(4) NOT NULL,
        id                   bigint GENERATED ALWAYS AS IDENTITY,
        toewijzing_nummer    integer NOT NULL,
        aanbieder_agb        char(8) NOT NULL,
        client_id            bigint NOT NULL,
        product_id           uuid REFERENCES product (id),
        product_categorie    char(2),
        product_code         char(5),
        contract_id          uuid NOT NULL REFERENCES contract (id),
        tariff_id            uuid REFERENCES tariff (id),
        ingangsdatum         date NOT NULL,
        einddatum            date,
        volume               integer,
        eenheid              char(2),
        frequentie           char(1),
        budget_cents         bigint,
        reden_wijziging      char(2),
        status               text NOT NULL DEFAULT 'actueel',
        toewijzingsdatum     date NOT NULL,
        toewijzingstijd      time(0) NOT NULL,
        referentie_aanbieder text,
        verzoek_id           bigint,
        commentaar           text,
        jw302_status         text,
        jw302_retourcodes    text[] NOT NULL DEFAULT '{}',
        laatste_bericht_id   bigint REFERENCES bericht (id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT toewijzing_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT toewijzing_client_fkey FOREIGN KEY (gemeente_code, client_id) REFERENCES client (gemeente_code, id),
        CONSTRAINT toewijzing_verzoek_fkey FOREIGN KEY (gemeente_code, verzoek_id) REFERENCES verzoek (gemeente_code, id),
        CONSTRAINT toewijzing_aanbieder_fkey FOREIGN KEY (aanbieder_agb) REFERENCES provider (agb_code),
        -- TR332: one number per ToegewezenProduct within a municipality.
        CONSTRAINT toewijzing_nummer_uniq UNIQUE (gemeente_code, toewijzing_nummer),
        CONSTRAINT toewijzing_nummer_range CHECK (toewijzing_nummer BETWEEN 0 AND 999999999),
        CONSTRAINT toewijzing_einddatum_na_ingang CHECK (einddatum IS NULL OR einddatum >= ingangsdatum),
        CONSTRAINT toewijzing_code_heeft_categorie CHECK (product_code IS NULL OR product_categorie IS NOT NULL),
        CONSTRAINT toewijzing_omvang_compleet CHECK (num_nulls(volume, eenheid, frequentie) IN (0, 3)),
        CONSTRAINT toewijzing_omvang_of_budget CHECK (volume IS NOT NULL OR budget_cents IS NOT NULL),
        CONSTRAINT toewijzing_budget_niet_negatief CHECK (budget_cents IS NULL OR budget_cents >= 0),
        CONSTRAINT toewijzing_status_valid CHECK (status IN ('actueel', 'verwijderd')),
        -- JZ002 13 'Verwijderd': einddatum = ingangsdatum; the allocation counts as not sent (OP087).
        CONSTRAINT toewijzing_verwijderd_consistent CHECK ((status = 'verwijderd') = (reden_wijziging = '13' AND einddatum = ingangsdatum)),
        CONSTRAINT toewijzing_reden_wijziging_valid CHECK (reden_wijziging IS NULL OR reden_wijziging IN ('02','03','04','05','06','07','08','09','10','11','12','13','14')),
        CONSTRAINT toewijzing_jw302_status_valid CHECK (jw302_status IS NULL OR jw302_status IN ('verzonden', 'ontvangen', 'afgekeurd'))
      )`);
    await q.query(`CREATE INDEX toewijzing_client_aanbieder_idx ON toewijzing (gemeente_code, client_id, aanbieder_agb)`);
    await q.query(`CREATE INDEX toewijzing_contract_idx ON toewijzing (contract_id)`);
    await q.query(`CREATE INDEX toewijzing_verzoek_idx ON toewijzing (gemeente_code, verzoek_id) WHERE verzoek_id IS NOT NULL`);
    // TR379/TR359: has an allocation already been sent with this ReferentieAanbieder?
    await q.query(`CREATE INDEX toewijzing_referentie_idx ON toewijzing (aanbieder_agb, referentie_aanbieder) WHERE referentie_aanbieder IS NOT NULL`);
    // JW302 for our JW301: the allocations that message carried.
    await q.query(`CREATE INDEX toewijzing_laatste_bericht_idx ON toewijzing (laatste_bericht_id) WHERE laatste_bericht_id IS NOT NULL`);
    await q.query(`CREATE SEQUENCE toewijzing_nummer_seq MINVALUE 1 MAXVALUE 999999999`);

    await q.query(`
      CREATE TABLE toewijzing_historie (
        gemeente_code    char(4) NOT NULL,
        id               bigint GENERATED ALWAYS AS IDENTITY,
        toewijzing_id    bigint NOT NULL,
        actie            text NOT NULL,
        reden_wijziging  char(2),
        ingangsdatum     date NOT NULL,
        einddatum        date,
        volume           integer,
        eenheid          char(2),
        frequentie       char(1),
        budget_cents     bigint,
        contract_id      uuid NOT NULL,
        tariff_id        uuid,
        verzoek_id       bigint,
        bericht_id       bigint REFERENCES bericht (id),
        gewijzigd_op     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT toewijzing_historie_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT toewijzing_historie_toewijzing_fkey FOREIGN KEY (gemeente_code, toewijzing_id) REFERENCES toewijzing (gemeente_code, id),
        CONSTRAINT toewijzing_historie_actie_valid CHECK (actie IN ('toegewezen', 'gewijzigd', 'verkort', 'ingetrokken', 'verwijderd'))
      )`);
    await q.query(`CREATE INDEX toewijzing_historie_toewijzing_idx ON toewijzing_historie (gemeente_code, toewijzing_id, id)`);

    // A StartProduct (JW305). Logical key (condities/constraints, sleutelelementen): Bsn + ToewijzingNummer +
    // Product + Begindatum, here per provider. StatusAanlevering 1 inserts an 'actueel' row; 3 marks the row
    // with the same key 'verwijderd' (IV008): it then counts as never sent, so the key can be delivered again.
    await q.query(`
      CREATE TABLE start_product (
        gemeente_code          char(4) NOT NULL,
        id                     bigint GENERATED ALWAYS AS IDENTITY,
        client_id              bigint NOT NULL,
        aanbieder_agb          char(8) NOT NULL,
        toewijzing_nummer      integer,
        toewijzing_id          bigint,
        product_categorie      char(2),
        product_code           char(5),
        toewijzing_ingangsdatum date,
        begindatum             date NOT NULL,
        status                 text NOT NULL DEFAULT 'actueel',
        bericht_id             bigint NOT NULL REFERENCES bericht (id),
        verwijderd_bericht_id  bigint REFERENCES bericht (id),
        created_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT start_product_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT start_product_client_fkey FOREIGN KEY (gemeente_code, client_id) REFERENCES client (gemeente_code, id),
        CONSTRAINT start_product_toewijzing_fkey FOREIGN KEY (gemeente_code, toewijzing_id) REFERENCES toewijzing (gemeente_code, id),
        CONSTRAINT start_product_status_valid CHECK (status IN ('actueel', 'verwijderd')),
        CONSTRAINT start_product_verwijderd_heeft_bericht CHECK ((status = 'verwijderd') = (verwijderd_bericht_id IS NOT NULL))
      )`);
    // TR074: a key is delivered (status 1) once among the current rows; also the lookup of TR063/TR071/TR326/TR382.
    await q.query(`CREATE UNIQUE INDEX start_product_sleutel_uniq ON start_product
                   (gemeente_code, client_id, aanbieder_agb, coalesce(toewijzing_nummer, -1), coalesce(product_categorie, ''),
                    coalesce(product_code, ''), begindatum) WHERE status = 'actueel'`);
    // Key lookups of the rules (client found by client_bsn_uniq first) and the client's trajectory.
    await q.query(`CREATE INDEX start_product_client_idx ON start_product (gemeente_code, client_id, begindatum)`);

    // A StopProduct (JW307). Logical key: the start's key + RedenBeeindiging + Einddatum, so a temporary stop (20)
    // and the later definitive stop of the same start are two rows (TR413/TR414/TR415).
    await q.query(`
      CREATE TABLE stop_product (
        gemeente_code          char(4) NOT NULL,
        id                     bigint GENERATED ALWAYS AS IDENTITY,
        client_id              bigint NOT NULL,
        aanbieder_agb          char(8) NOT NULL,
        toewijzing_nummer      integer,
        toewijzing_id          bigint,
        start_product_id       bigint,
        product_categorie      char(2),
        product_code           char(5),
        toewijzing_ingangsdatum date,
        begindatum             date NOT NULL,
        reden_beeindiging      char(2) NOT NULL,
        einddatum              date NOT NULL,
        status                 text NOT NULL DEFAULT 'actueel',
        bericht_id             bigint NOT NULL REFERENCES bericht (id),
        verwijderd_bericht_id  bigint REFERENCES bericht (id),
        created_at             timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stop_product_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT stop_product_client_fkey FOREIGN KEY (gemeente_code, client_id) REFERENCES client (gemeente_code, id),
        CONSTRAINT stop_product_toewijzing_fkey FOREIGN KEY (gemeente_code, toewijzing_id) REFERENCES toewijzing (gemeente_code, id),
        CONSTRAINT stop_product_start_fkey FOREIGN KEY (gemeente_code, start_product_id) REFERENCES start_product (gemeente_code, id),
        CONSTRAINT stop_product_status_valid CHECK (status IN ('actueel', 'verwijderd')),
        CONSTRAINT stop_product_verwijderd_heeft_bericht CHECK ((status = 'verwijderd') = (verwijderd_bericht_id IS NOT NULL)),
        CONSTRAINT stop_product_reden_valid CHECK (reden_beeindiging IN ('02','20','31','32','33','34','35','36','37','38','39'))
      )`);
    await q.query(`CREATE UNIQUE INDEX stop_product_sleutel_uniq ON stop_product
                   (gemeente_code, client_id, aanbieder_agb, coalesce(toewijzing_nummer, -1), coalesce(product_categorie, ''),
                    coalesce(product_code, ''), begindatum, reden_beeindiging, einddatum) WHERE status = 'actueel'`);
    await q.query(`CREATE INDEX stop_product_start_idx ON stop_product (gemeente_code, start_product_id) WHERE status = 'actueel'`);
    await q.query(`CREATE INDEX stop_product_client_idx ON stop_product (gemeente_code, client_id, begindatum)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stop_product`);
    await q.query(`DROP TABLE start_product`);
    await q.query(`DROP TABLE toewijzing_historie`);
    await q.query(`DROP SEQUENCE toewijzing_nummer_seq`);
    await q.query(`DROP TABLE toewijzing`);
    await q.query(`DROP TABLE verzoek`);
    await q.query(`DROP TABLE client`);
  }
}
