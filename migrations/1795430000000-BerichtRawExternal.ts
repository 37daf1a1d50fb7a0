import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * bericht.raw without compression (STORAGE EXTERNAL): the streaming JW323 path reads a large message in
 * slices (`substring(raw FROM $2 FOR $3)`), which PostgreSQL serves by fetching only the TOAST chunks of
 * the slice when the value is stored uncompressed; on a compressed value every slice decompresses the whole
 * prefix (quadratic over a 60 MB declaration). Applies to rows written from now on.
 */
export class BerichtRawExternal1795430000000 implements MigrationInterface {
  name = 'BerichtRawExternal1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bericht ALTER COLUMN raw SET STORAGE EXTERNAL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bericht ALTER COLUMN raw SET STORAGE EXTENDED`);
  }
}
