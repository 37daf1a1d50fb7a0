import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Declarations (JW323) and what they book (integration/declaraties).
 *
 * - declaratie: one row per processed JW323 (the Declaratie class), with its declared / approved / rejected
 *   totals (signed cents: debet +, credit −), its status and the DeclaratieAntwoord return codes.
 * - prestatie: every Prestatie of a processed declaration with its outcome (toegekend or not), the WJ001
 *   return codes and the reasons; the resolved toewijzing / product / contract / segment; for an approved
 *   debet, the approved credit that reversed it (gecrediteerd_door).
 * - budget_boeking: a ledger, one row per declaration × segment × year of the ProductPeriode, with the
 *   declared, approved and rejected amounts; budget use = SUM per (gemeente, segment, jaar) against budget.
 * - contract_boeking: the same per contract × year × unit, with the volume (lumpsum contracts: declared
 *   volume against the lumpsum, for information).
 * - toewijzing_verbruik: per allocation the running approved volume (in the allocation's unit) and amount,
 *   read by TR322/TR369 and updated in the same transaction as the prestaties it counts.
 *
 * Keys carry gemeente_code like the other care tables. The hot lookups of the rules
 * (integration/declaraties/*.sql.ts, loaded set-based per chunk) each have an index named after them.
 */
export class Declaraties1795420000000 implements MigrationInterface {
  name = 'Declaraties1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE declaratie (
        gemeente_code       char(4) NOT NULL,
        id                  bigint GENERATED ALWAYS AS IDENTITY,
        aanbieder_agb       char(8) NOT NULL,
        declaratie_nummer   text NOT NULL,
        periode_begin       date NOT NULL,
        periode_eind        date NOT NULL,
        dagtekening         date NOT NULL,
        ingediend_cents     bigint NOT NULL,            -- TotaalIngediendBedrag as declared, signed
        toegekend_cents     bigint NOT NULL DEFAULT 0,  -- sum of approved prestaties, signed
        afgewezen_cents     bigint NOT NULL DEFAULT 0,  -- sum of rejected prestaties, signed
        aantal_prestaties   integer NOT NULL DEFAULT 0,
        aantal_toegekend    integer NOT NULL DEFAULT 0,
        aantal_afgewezen    integer NOT NULL DEFAULT 0,
        status              text NOT NULL DEFAULT 'in_verwerking',
        retourcodes         text[] NOT NULL DEFAULT '{}', -- DeclaratieAntwoord RetourCodes (8001 / 0200 / 9333 / 8214)
        redenen             text[] NOT NULL DEFAULT '{}',
        bericht_id          bigint REFERENCES bericht (id),
        ontvangen_op        timestamptz NOT NULL DEFAULT now(),
        verwerkt_op         timestamptz,
        CONSTRAINT declaratie_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT declaratie_gemeente_code_fkey FOREIGN KEY (gemeente_code) REFERENCES municipality (cbs_code),
        CONSTRAINT declaratie_periode_valid CHECK (periode_eind >= periode_begin),
        CONSTRAINT declaratie_status_valid CHECK (status IN ('in_verwerking', 'toegekend', 'deels_toegekend', 'afgewezen', 'niet_verwerkt')),
        CONSTRAINT declaratie_totalen_kloppen CHECK (status IN ('in_verwerking', 'niet_verwerkt') OR toegekend_cents + afgewezen_cents = ingediend_cents)
      )`);
    // TR333: DeclaratieNummer is unique for the provider in the domain. A declaration rejected on its
    // Declaratie class counts as not sent (IV087), so it does not hold the number. Also the race guard:
    // a concurrent duplicate fails with 23505 on this index.
    await q.query(`CREATE UNIQUE INDEX declaratie_nummer_uniq ON declaratie (aanbieder_agb, declaratie_nummer)
                   WHERE status <> 'niet_verwerkt'`);
    // TR318: the provider's latest declaration period at this municipality.
    await q.query(`CREATE INDEX declaratie_vorige_idx ON declaratie (gemeente_code, aanbieder_agb, periode_begin DESC)
                   WHERE status <> 'niet_verwerkt'`);
    await q.query(`CREATE INDEX declaratie_bericht_idx ON declaratie (bericht_id)`);
    await q.query(`CREATE INDEX declaratie_aanbieder_idx ON declaratie (aanbieder_agb, id)`);

    await q.query(`
      CREATE TABLE prestatie (
        gemeente_code           char(4) NOT NULL,
        id                      bigint GENERATED ALWAYS AS IDENTITY,
        declaratie_id           bigint NOT NULL,
        aanbieder_agb           char(8) NOT NULL,
        volgnummer              integer NOT NULL,  -- position of the Prestatie in the message (0-based)
        client_volgnummer       integer NOT NULL,  -- position of its Client in the message (0-based)
        prestatie_index         integer NOT NULL,  -- position within its Client (klassePad index)
        bsn                     char(9) NOT NULL,
        client_id               bigint,
        toewijzing_id           bigint,
        toewijzing_nummer       integer NOT NULL,
        referentie_nummer       text NOT NULL,
        vorig_referentie_nummer text,
        product_categorie       char(2) NOT NULL,
        product_code            char(5) NOT NULL,
        product_id              uuid,
        segment_id              uuid,
        contract_id             uuid,
        periode_begin           date NOT NULL,
        periode_eind            date NOT NULL,
        geleverd_volume         bigint NOT NULL,
        eenheid                 char(2) NOT NULL,
        product_tarief_cents    bigint,
        ingediend_cents         bigint NOT NULL,   -- Bedrag as declared (>= 0)
        debet_credit            char(1) NOT NULL,
        bedrag_getekend_cents   bigint GENERATED ALWAYS AS (CASE WHEN debet_credit = 'C' THEN -ingediend_cents ELSE ingediend_cents END) STORED,
        volume_toewijzing       numeric,           -- GeleverdVolume in the allocation's unit (minutes → hours), signed
        verwacht_tarief_cents   bigint,            -- the contract tariff TR418 compared with
        toegekend               boolean NOT NULL,
        retourcodes             text[] NOT NULL DEFAULT '{}',
        redenen                 text[] NOT NULL DEFAULT '{}',
        client_retourcodes      text[] NOT NULL DEFAULT '{}',
        gecrediteerd_door       bigint,            -- approved debet: the approved credit prestatie that reversed it
        crediteert              bigint,            -- approved credit: the debet prestatie it reversed
        CONSTRAINT prestatie_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT prestatie_declaratie_fkey FOREIGN KEY (gemeente_code, declaratie_id) REFERENCES declaratie (gemeente_code, id),
        CONSTRAINT prestatie_toewijzing_fkey FOREIGN KEY (gemeente_code, toewijzing_id) REFERENCES toewijzing (gemeente_code, id),
        CONSTRAINT prestatie_client_fkey FOREIGN KEY (gemeente_code, client_id) REFERENCES client (gemeente_code, id),
        CONSTRAINT prestatie_debet_credit_valid CHECK (debet_credit IN ('D', 'C')),
        CONSTRAINT prestatie_bedrag_niet_negatief CHECK (ingediend_cents >= 0),
        CONSTRAINT prestatie_afgewezen_heeft_code CHECK (toegekend OR cardinality(retourcodes) > 0),
        CONSTRAINT prestatie_credit_koppeling CHECK (gecrediteerd_door IS NULL OR (debet_credit = 'D' AND toegekend)),
        CONSTRAINT prestatie_crediteert_koppeling CHECK (crediteert IS NULL OR (debet_credit = 'C' AND toegekend))
      )`);
    // TR314 (ReferentieNummer unique for the provider in the domain, over all municipalities) and TR323
    // (the debet a credit's VorigReferentieNummer points at).
    await q.query(`CREATE INDEX prestatie_referentie_idx ON prestatie (aanbieder_agb, referentie_nummer)`);
    // TR389: an approved debet for the same toewijzing + product + ProductPeriode that no credit reversed.
    await q.query(`CREATE INDEX prestatie_debet_open_idx ON prestatie
                   (gemeente_code, toewijzing_nummer, product_categorie, product_code, periode_begin)
                   WHERE debet_credit = 'D' AND toegekend AND gecrediteerd_door IS NULL`);
    // The JW325 writer (rejected prestaties of one declaration in message order) and the declaration detail.
    await q.query(`CREATE INDEX prestatie_declaratie_idx ON prestatie (gemeente_code, declaratie_id, volgnummer)`);
    // GraphQL: rejected prestaties grouped by code / provider / product / month.
    await q.query(`CREATE INDEX prestatie_afgewezen_idx ON prestatie (gemeente_code, periode_begin) WHERE NOT toegekend`);
    await q.query(`CREATE INDEX prestatie_toewijzing_idx ON prestatie (gemeente_code, toewijzing_id) WHERE toewijzing_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE budget_boeking (
        gemeente_code     char(4) NOT NULL,
        id                bigint GENERATED ALWAYS AS IDENTITY,
        declaratie_id     bigint NOT NULL,
        segment_id        uuid REFERENCES segment (id),
        jaar              integer NOT NULL,
        aantal_prestaties integer NOT NULL,
        ingediend_cents   bigint NOT NULL,
        toegekend_cents   bigint NOT NULL,
        afgewezen_cents   bigint NOT NULL,
        geboekt_op        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT budget_boeking_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT budget_boeking_declaratie_fkey FOREIGN KEY (gemeente_code, declaratie_id) REFERENCES declaratie (gemeente_code, id),
        CONSTRAINT budget_boeking_uniq UNIQUE NULLS NOT DISTINCT (gemeente_code, declaratie_id, segment_id, jaar),
        CONSTRAINT budget_boeking_totalen CHECK (toegekend_cents + afgewezen_cents = ingediend_cents)
      )`);
    // Budget use per municipality × segment × year.
    await q.query(`CREATE INDEX budget_boeking_gebruik_idx ON budget_boeking (gemeente_code, segment_id, jaar)`);

    await q.query(`
      CREATE TABLE contract_boeking (
        gemeente_code     char(4) NOT NULL,
        id                bigint GENERATED ALWAYS AS IDENTITY,
        declaratie_id     bigint NOT NULL,
        contract_id       uuid NOT NULL REFERENCES contract (id),
        jaar              integer NOT NULL,
        eenheid           char(2) NOT NULL,
        ingediend_volume  bigint NOT NULL,  -- signed (credit −)
        toegekend_volume  bigint NOT NULL,
        ingediend_cents   bigint NOT NULL,
        toegekend_cents   bigint NOT NULL,
        geboekt_op        timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contract_boeking_pkey PRIMARY KEY (gemeente_code, id),
        CONSTRAINT contract_boeking_declaratie_fkey FOREIGN KEY (gemeente_code, declaratie_id) REFERENCES declaratie (gemeente_code, id),
        CONSTRAINT contract_boeking_uniq UNIQUE (gemeente_code, declaratie_id, contract_id, jaar, eenheid)
      )`);
    await q.query(`CREATE INDEX contract_boeking_contract_idx ON contract_boeking (contract_id, jaar)`);

    await q.query(`
      CREATE TABLE toewijzing_verbruik (
        gemeente_code      char(4) NOT NULL,
        toewijzing_id      bigint NOT NULL,
        volume             numeric NOT NULL DEFAULT 0,  -- approved, in the allocation's Eenheid (debet − credit)
        toegekend_cents    bigint NOT NULL DEFAULT 0,
        aantal_prestaties  integer NOT NULL DEFAULT 0,
        bijgewerkt_op      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT toewijzing_verbruik_pkey PRIMARY KEY (gemeente_code, toewijzing_id),
        CONSTRAINT toewijzing_verbruik_toewijzing_fkey FOREIGN KEY (gemeente_code, toewijzing_id) REFERENCES toewijzing (gemeente_code, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE toewijzing_verbruik`);
    await q.query(`DROP TABLE contract_boeking`);
    await q.query(`DROP TABLE budget_boeking`);
    await q.query(`DROP TABLE prestatie`);
    await q.query(`DROP TABLE declaratie`);
  }
}
