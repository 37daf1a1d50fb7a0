import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The iJw message store (integration/store): every inbound and outbound message, raw and parsed,
 * its links to the care records, the outbox, and the deadline signals (OP090/OP271/OP272).
 *
 * Identity of a message: richting + afzender + type + identificatie, where afzender/ontvanger are the
 * parties that physically send/receive THIS message and identificatie is its own BerichtIdentificatie
 * (for a retourbericht: IdentificatieRetour; its heenbericht's identity is in the header).
 * - an exact redelivery (same identity, same content hash) hits bericht_levering_uniq → processed once;
 * - a real duplicate identification (same identity, other content) is stored with duplicaat_van set
 *   (bericht_identiteit_uniq admits one original) and answered with TR056 / 9056.
 * Care ids in bericht_koppeling carry no FK: the care tables belong to later migrations.
 */
export class BerichtStore1795340000000 implements MigrationInterface {
  name = 'BerichtStore1795340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bericht (
        id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        richting         text NOT NULL CHECK (richting IN ('in', 'uit')),
        type             text NOT NULL,  -- 'JW315' ..., or 'onbekend' for undecodable input
        afzender         text,
        ontvanger        text,
        identificatie    text,
        dagtekening      date,
        gemeente_code    char(4),
        inhoud_hash      bytea NOT NULL, -- sha256 of raw
        raw              bytea NOT NULL, -- the iJw XML bytes as received / sent (without envelope)
        parsed           jsonb,
        status           text NOT NULL CHECK (status IN ('received', 'validated', 'processed', 'rejected', 'sent', 'acknowledged')),
        retourcodes      text[] NOT NULL DEFAULT '{}',
        bevindingen      jsonb NOT NULL DEFAULT '[]',
        heenbericht_id   bigint REFERENCES bericht (id),
        retourbericht_id bigint REFERENCES bericht (id),
        duplicaat_van    bigint REFERENCES bericht (id),
        kanaal           text NOT NULL,
        verwerk_pogingen int NOT NULL DEFAULT 0, -- processing attempts that failed with an exception
        laatste_fout     text,
        stuurgegevens    jsonb,
        ontvangen_op     timestamptz NOT NULL DEFAULT now(),
        verwerkt_op      timestamptz,
        verzonden_op     timestamptz,
        bevestigd_op     timestamptz,
        gewijzigd_op     timestamptz NOT NULL DEFAULT now()
      )`);
    // Exact redelivery: same message, same bytes. ON CONFLICT DO NOTHING → no row back = duplicate delivery.
    await q.query(`CREATE UNIQUE INDEX bericht_levering_uniq ON bericht (richting, afzender, type, identificatie, inhoud_hash)
                   WHERE identificatie IS NOT NULL`);
    // One original per identity (TR056); real duplicates are stored next to it with duplicaat_van set.
    await q.query(`CREATE UNIQUE INDEX bericht_identiteit_uniq ON bericht (richting, afzender, type, identificatie)
                   WHERE identificatie IS NOT NULL AND duplicaat_van IS NULL`);
    // Undecodable input has no identity: the same bytes delivered twice are still one message.
    await q.query(`CREATE UNIQUE INDEX bericht_onbekend_uniq ON bericht (richting, inhoud_hash) WHERE identificatie IS NULL`);
    // Exactly one answer of ours per inbound heenbericht (the fault tests count on it).
    await q.query(`CREATE UNIQUE INDEX bericht_retour_uniq ON bericht (heenbericht_id) WHERE heenbericht_id IS NOT NULL AND richting = 'uit'`);
    // Serves the worker's claim (integration/store/bericht.sql.ts claimTeVerwerken): a tiny index of the backlog.
    await q.query(`CREATE INDEX bericht_te_verwerken_idx ON bericht (id) WHERE status = 'received'`);
    // Message log filters (GraphQL): by municipality/type/period, and the open outbound heenberichten (OP090).
    await q.query(`CREATE INDEX bericht_log_idx ON bericht (gemeente_code, type, ontvangen_op)`);
    await q.query(`CREATE INDEX bericht_open_uit_idx ON bericht (verzonden_op) WHERE status = 'sent' AND heenbericht_id IS NULL`);

    await q.query(`
      CREATE TABLE bericht_koppeling (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bericht_id    bigint NOT NULL REFERENCES bericht (id) ON DELETE CASCADE,
        client_id     bigint,
        toewijzing_id bigint,
        declaratie_id bigint,
        CHECK (num_nonnulls(client_id, toewijzing_id, declaratie_id) = 1)
      )`);
    await q.query(`CREATE UNIQUE INDEX bericht_koppeling_uniq ON bericht_koppeling
                   (bericht_id, coalesce(client_id, 0), coalesce(toewijzing_id, 0), coalesce(declaratie_id, 0))`);
    await q.query(`CREATE INDEX bericht_koppeling_client_idx ON bericht_koppeling (client_id) WHERE client_id IS NOT NULL`);
    await q.query(`CREATE INDEX bericht_koppeling_toewijzing_idx ON bericht_koppeling (toewijzing_id) WHERE toewijzing_id IS NOT NULL`);
    await q.query(`CREATE INDEX bericht_koppeling_declaratie_idx ON bericht_koppeling (declaratie_id) WHERE declaratie_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE outbox (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bericht_id      bigint NOT NULL REFERENCES bericht (id),
        ontvanger       text NOT NULL,
        status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts        int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz
      )`);
    // Serves claimOutbox (integration/store/outbox.sql.ts): only pending rows, in due order.
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at, id) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX outbox_bericht_idx ON outbox (bericht_id)`);

    await q.query(`
      CREATE TABLE signalering (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        regel          text NOT NULL,  -- 'OP090', 'OP090x4', 'OP271', 'OP272'
        bericht_id     bigint REFERENCES bericht (id),
        toewijzing_id  bigint,
        gemeente_code  char(4),
        omschrijving   text NOT NULL,
        uiterlijk      date NOT NULL,  -- the deadline that passed
        gesignaleerd_op timestamptz NOT NULL DEFAULT now(),
        afgehandeld_op timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX signalering_bericht_uniq ON signalering (regel, bericht_id) WHERE bericht_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX signalering_toewijzing_uniq ON signalering (regel, toewijzing_id) WHERE toewijzing_id IS NOT NULL`);
    await q.query(`CREATE SEQUENCE bericht_identificatie_seq`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SEQUENCE bericht_identificatie_seq`);
    await q.query(`DROP TABLE signalering`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE bericht_koppeling`);
    await q.query(`DROP TABLE bericht`);
  }
}
