import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The purchasing model: region, municipality, provider, segment, contract, product, tariff, budget.
 *
 * Every constraint is named; schema/constraints.ts maps each name to an API error code and field.
 * Rules the database enforces beyond plain columns:
 * - codes: AGB/KvK 8 digits, CBS code via FK to cbs_gemeente, product category via FK to
 *   jz020_productcategorie, unit (WJ756) and frequency (WMO757) CHECKs, unit fits the allocation variant;
 * - consistency within a region: composite FKs (segment_id, region_id) → segment(id, region_id) etc.
 *   (MATCH SIMPLE: skipped when one of the columns is null);
 * - tariff periods: btree_gist exclusion on daterange(valid_from, valid_to, '[]') per key; a closed
 *   interval, valid_to is the last day; null valid_to = open ended;
 * - contract lumpsum required for taakgericht segments, and a tariff's or municipal budget's product/segment
 *   in the right region: triggers that raise SQLSTATE 23514 with the constraint name set.
 */
export class PurchasingModel1795300001000 implements MigrationInterface {
  name = 'PurchasingModel1795300001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`CREATE TYPE open_house_status AS ENUM ('none', 'applied', 'admitted', 'suspended', 'withdrawn')`);
    await q.query(`CREATE TYPE procurement_method AS ENUM ('aanbesteding_sas', 'mededingingsprocedure_onderhandeling',
      'open_house', 'begrotingssubsidie', 'subsidie', 'inbesteden')`);
    await q.query(`CREATE TYPE funding_model AS ENUM ('inspanningsgericht', 'outputgericht', 'taakgericht')`);
    await q.query(`CREATE TYPE contract_status AS ENUM ('concept', 'active', 'suspended', 'ended', 'terminated')`);
    await q.query(`CREATE TYPE allocation_variant AS ENUM ('inspanningsgericht', 'outputgericht')`);

    await q.query(`
      CREATE TABLE region (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT region_pkey PRIMARY KEY (id),
        CONSTRAINT region_code_key UNIQUE (code),
        CONSTRAINT region_code_format CHECK (code ~ '^[A-Z0-9]{2,10}$'),
        CONSTRAINT region_name_not_blank CHECK (btrim(name) <> '')
      )`);

    await q.query(`
      CREATE TABLE municipality (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        cbs_code char(4) NOT NULL,
        name text NOT NULL,
        youth_population int NOT NULL,
        region_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT municipality_pkey PRIMARY KEY (id),
        CONSTRAINT municipality_cbs_code_key UNIQUE (cbs_code),
        CONSTRAINT municipality_id_region_id_key UNIQUE (id, region_id),
        CONSTRAINT municipality_cbs_code_fkey FOREIGN KEY (cbs_code) REFERENCES cbs_gemeente (code),
        CONSTRAINT municipality_region_id_fkey FOREIGN KEY (region_id) REFERENCES region (id),
        CONSTRAINT municipality_youth_population_not_negative CHECK (youth_population >= 0),
        CONSTRAINT municipality_name_not_blank CHECK (btrim(name) <> '')
      )`);
    await q.query(`CREATE INDEX municipality_region_id_idx ON municipality (region_id)`);

    await q.query(`
      CREATE TABLE provider (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agb_code char(8) NOT NULL,
        kvk_number char(8),
        name text NOT NULL,
        open_house_status open_house_status NOT NULL DEFAULT 'none',
        open_house_admission_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT provider_pkey PRIMARY KEY (id),
        CONSTRAINT provider_agb_code_key UNIQUE (agb_code),
        CONSTRAINT provider_agb_code_format CHECK (agb_code ~ '^[0-9]{8}$'),
        CONSTRAINT provider_kvk_number_format CHECK (kvk_number ~ '^[0-9]{8}$'),
        CONSTRAINT provider_name_not_blank CHECK (btrim(name) <> ''),
        CONSTRAINT provider_open_house_admission_date_required
          CHECK (open_house_status <> 'admitted' OR open_house_admission_date IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX provider_open_house_status_idx ON provider (open_house_status)`);

    await q.query(`
      CREATE TABLE segment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        number int NOT NULL,
        name text NOT NULL,
        procurement_method procurement_method NOT NULL,
        funding_model funding_model NOT NULL,
        access_routes text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT segment_pkey PRIMARY KEY (id),
        CONSTRAINT segment_region_number_key UNIQUE (region_id, number),
        CONSTRAINT segment_id_region_id_key UNIQUE (id, region_id),
        CONSTRAINT segment_region_id_fkey FOREIGN KEY (region_id) REFERENCES region (id),
        CONSTRAINT segment_number_positive CHECK (number BETWEEN 1 AND 99),
        CONSTRAINT segment_name_not_blank CHECK (btrim(name) <> ''),
        CONSTRAINT segment_access_routes_valid CHECK (access_routes <@ ARRAY['jeugdteam', 'huisarts', 'jeugdarts',
          'medisch_specialist', 'gecertificeerde_instelling', 'rechter', 'officier_van_justitie',
          'raad_voor_de_kinderbescherming', 'vrije_toegang']::text[])
      )`);

    await q.query(`
      CREATE TABLE contract (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL,
        region_id uuid NOT NULL,
        municipality_id uuid,
        segment_id uuid NOT NULL,
        reference text NOT NULL,
        start_date date NOT NULL,
        end_date date,
        tacit_renewal boolean NOT NULL DEFAULT false,
        renewal_period_months int,
        notice_period_months int,
        latest_end_date date,
        status contract_status NOT NULL DEFAULT 'concept',
        lumpsum_per_year_cents bigint,
        admission_date date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT contract_pkey PRIMARY KEY (id),
        CONSTRAINT contract_region_reference_key UNIQUE (region_id, reference),
        CONSTRAINT contract_provider_id_fkey FOREIGN KEY (provider_id) REFERENCES provider (id),
        CONSTRAINT contract_region_id_fkey FOREIGN KEY (region_id) REFERENCES region (id),
        CONSTRAINT contract_municipality_id_fkey FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT contract_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segment (id),
        CONSTRAINT contract_segment_in_region_fkey FOREIGN KEY (segment_id, region_id) REFERENCES segment (id, region_id),
        CONSTRAINT contract_municipality_in_region_fkey FOREIGN KEY (municipality_id, region_id)
          REFERENCES municipality (id, region_id),
        CONSTRAINT contract_reference_not_blank CHECK (btrim(reference) <> ''),
        CONSTRAINT contract_end_after_start CHECK (end_date >= start_date),
        CONSTRAINT contract_latest_end_after_end CHECK (latest_end_date >= COALESCE(end_date, start_date)),
        CONSTRAINT contract_renewal_period_required CHECK (NOT tacit_renewal OR renewal_period_months IS NOT NULL),
        CONSTRAINT contract_renewal_period_positive CHECK (renewal_period_months > 0),
        CONSTRAINT contract_notice_period_not_negative CHECK (notice_period_months >= 0),
        CONSTRAINT contract_lumpsum_not_negative CHECK (lumpsum_per_year_cents >= 0),
        CONSTRAINT contract_admission_after_start CHECK (admission_date >= start_date)
      )`);
    await q.query(`CREATE INDEX contract_provider_id_idx ON contract (provider_id)`);
    await q.query(`CREATE INDEX contract_segment_id_idx ON contract (segment_id)`);
    await q.query(`CREATE INDEX contract_municipality_id_idx ON contract (municipality_id)`);
    await q.query(`CREATE INDEX contract_status_idx ON contract (status)`);
    // "contracts that end or renew within N days" scans by end date.
    await q.query(`CREATE INDEX contract_end_date_idx ON contract (end_date)`);

    await q.query(`
      CREATE TABLE product (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        segment_id uuid NOT NULL,
        category char(2) NOT NULL,
        code char(5) NOT NULL,
        name text NOT NULL,
        unit char(2) NOT NULL,
        frequency char(1) NOT NULL,
        allocation_variant allocation_variant NOT NULL,
        norm_duration_days int,
        norm_intensity numeric,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT product_pkey PRIMARY KEY (id),
        CONSTRAINT product_region_category_code_key UNIQUE (region_id, category, code),
        CONSTRAINT product_id_region_id_key UNIQUE (id, region_id),
        CONSTRAINT product_region_id_fkey FOREIGN KEY (region_id) REFERENCES region (id),
        CONSTRAINT product_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segment (id),
        CONSTRAINT product_segment_in_region_fkey FOREIGN KEY (segment_id, region_id) REFERENCES segment (id, region_id),
        CONSTRAINT product_category_fkey FOREIGN KEY (category) REFERENCES jz020_productcategorie (code),
        CONSTRAINT product_code_format CHECK (code ~ '^[0-9A-Z]{5}$'),
        CONSTRAINT product_name_not_blank CHECK (btrim(name) <> ''),
        CONSTRAINT product_unit_valid CHECK (unit IN ('01', '04', '14', '16', '82', '83', '84')),
        CONSTRAINT product_frequency_valid CHECK (frequency IN ('1', '2', '4', '6')),
        -- PostgreSQL checks CHECKs in name order: leave an unknown unit to product_unit_valid.
        CONSTRAINT product_unit_matches_variant CHECK (
          unit NOT IN ('01', '04', '14', '16', '82', '83', '84')
          OR (allocation_variant = 'inspanningsgericht' AND unit IN ('01', '04', '14', '16', '84'))
          OR (allocation_variant = 'outputgericht' AND unit IN ('82', '83'))),
        CONSTRAINT product_norm_duration_positive CHECK (norm_duration_days > 0),
        CONSTRAINT product_norm_intensity_positive CHECK (norm_intensity > 0)
      )`);
    await q.query(`CREATE INDEX product_segment_id_idx ON product (segment_id)`);
    await q.query(`CREATE INDEX product_category_idx ON product (category)`);

    await q.query(`
      CREATE TABLE tariff (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        contract_id uuid,
        region_id uuid,
        product_id uuid NOT NULL,
        price_cents bigint NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        index_percentage numeric,
        previous_tariff_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tariff_pkey PRIMARY KEY (id),
        CONSTRAINT tariff_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES contract (id) ON DELETE CASCADE,
        CONSTRAINT tariff_region_id_fkey FOREIGN KEY (region_id) REFERENCES region (id),
        CONSTRAINT tariff_product_id_fkey FOREIGN KEY (product_id) REFERENCES product (id),
        CONSTRAINT tariff_product_in_region_fkey FOREIGN KEY (product_id, region_id) REFERENCES product (id, region_id),
        CONSTRAINT tariff_previous_tariff_id_fkey FOREIGN KEY (previous_tariff_id) REFERENCES tariff (id) ON DELETE SET NULL,
        CONSTRAINT tariff_contract_xor_region CHECK (num_nonnulls(contract_id, region_id) = 1),
        CONSTRAINT tariff_valid_to_after_from CHECK (valid_to >= valid_from),
        CONSTRAINT tariff_price_not_negative CHECK (price_cents >= 0),
        CONSTRAINT tariff_index_percentage_range CHECK (index_percentage > -100 AND index_percentage <= 100),
        CONSTRAINT tariff_contract_no_overlap EXCLUDE USING gist
          (contract_id WITH =, product_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
          WHERE (contract_id IS NOT NULL),
        CONSTRAINT tariff_region_no_overlap EXCLUDE USING gist
          (region_id WITH =, product_id WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
          WHERE (region_id IS NOT NULL)
      )`);
    // The exclusion constraints' gist indexes serve lookups by (contract_id | region_id, product_id, date).
    await q.query(`CREATE INDEX tariff_product_id_idx ON tariff (product_id)`);
    await q.query(`CREATE INDEX tariff_previous_tariff_id_idx ON tariff (previous_tariff_id)`);

    await q.query(`
      CREATE TABLE budget (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        municipality_id uuid,
        region_id uuid,
        segment_id uuid NOT NULL,
        year int NOT NULL,
        amount_cents bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT budget_pkey PRIMARY KEY (id),
        CONSTRAINT budget_municipality_id_fkey FOREIGN KEY (municipality_id) REFERENCES municipality (id),
        CONSTRAINT budget_region_id_fkey FOREIGN KEY (region_id) REFERENCES region (id),
        CONSTRAINT budget_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES segment (id),
        CONSTRAINT budget_segment_in_region_fkey FOREIGN KEY (segment_id, region_id) REFERENCES segment (id, region_id),
        CONSTRAINT budget_owner_xor CHECK (num_nonnulls(municipality_id, region_id) = 1),
        CONSTRAINT budget_year_range CHECK (year BETWEEN 2015 AND 2100),
        CONSTRAINT budget_amount_not_negative CHECK (amount_cents >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX budget_municipality_segment_year_key ON budget (municipality_id, segment_id, year)
      WHERE municipality_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX budget_region_segment_year_key ON budget (region_id, segment_id, year)
      WHERE municipality_id IS NULL`);
    await q.query(`CREATE INDEX budget_segment_id_idx ON budget (segment_id)`);

    // Rules across tables. Each raises check_violation (23514) with CONSTRAINT set, so the API maps
    // them like any CHECK. DEFERRABLE is not needed: rows are written parent first.
    await q.query(`
      CREATE FUNCTION contract_lumpsum_required() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.lumpsum_per_year_cents IS NULL
           AND (SELECT funding_model FROM segment WHERE id = NEW.segment_id) = 'taakgericht' THEN
          RAISE EXCEPTION 'a contract in a taakgericht segment needs lumpsum_per_year_cents'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'contract_lumpsum_required',
                  TABLE = 'contract', COLUMN = 'lumpsum_per_year_cents';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER contract_lumpsum_required BEFORE INSERT OR UPDATE OF segment_id, lumpsum_per_year_cents
      ON contract FOR EACH ROW EXECUTE FUNCTION contract_lumpsum_required()`);
    await q.query(`
      CREATE FUNCTION segment_lumpsum_required() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.funding_model = 'taakgericht' AND EXISTS (
             SELECT 1 FROM contract WHERE segment_id = NEW.id AND lumpsum_per_year_cents IS NULL) THEN
          RAISE EXCEPTION 'segment % has contracts without lumpsum_per_year_cents', NEW.number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'contract_lumpsum_required',
                  TABLE = 'segment', COLUMN = 'funding_model';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER segment_lumpsum_required BEFORE UPDATE OF funding_model
      ON segment FOR EACH ROW EXECUTE FUNCTION segment_lumpsum_required()`);

    await q.query(`
      CREATE FUNCTION tariff_product_in_contract_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.contract_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM contract c JOIN product p ON p.region_id = c.region_id
             WHERE c.id = NEW.contract_id AND p.id = NEW.product_id) THEN
          RAISE EXCEPTION 'product % is not in the region of contract %', NEW.product_id, NEW.contract_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'tariff_product_in_contract_region',
                  TABLE = 'tariff', COLUMN = 'product_id';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tariff_product_in_contract_region BEFORE INSERT OR UPDATE OF contract_id, product_id
      ON tariff FOR EACH ROW EXECUTE FUNCTION tariff_product_in_contract_region()`);

    await q.query(`
      CREATE FUNCTION budget_segment_in_municipality_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.municipality_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM municipality m JOIN segment s ON s.region_id = m.region_id
             WHERE m.id = NEW.municipality_id AND s.id = NEW.segment_id) THEN
          RAISE EXCEPTION 'segment % is not in the region of municipality %', NEW.segment_id, NEW.municipality_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'budget_segment_in_municipality_region',
                  TABLE = 'budget', COLUMN = 'segment_id';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER budget_segment_in_municipality_region BEFORE INSERT OR UPDATE OF municipality_id, segment_id
      ON budget FOR EACH ROW EXECUTE FUNCTION budget_segment_in_municipality_region()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE budget`);
    await q.query(`DROP TABLE tariff`);
    await q.query(`DROP TABLE product`);
    await q.query(`DROP TABLE contract`);
    await q.query(`DROP TABLE segment`);
    await q.query(`DROP TABLE provider`);
    await q.query(`DROP TABLE municipality`);
    await q.query(`DROP TABLE region`);
    await q.query(`DROP FUNCTION budget_segment_in_municipality_region()`);
    await q.query(`DROP FUNCTION tariff_product_in_contract_region()`);
    await q.query(`DROP FUNCTION segment_lumpsum_required()`);
    await q.query(`DROP FUNCTION contract_lumpsum_required()`);
    await q.query(`DROP TYPE allocation_variant`);
    await q.query(`DROP TYPE contract_status`);
    await q.query(`DROP TYPE funding_model`);
    await q.query(`DROP TYPE procurement_method`);
    await q.query(`DROP TYPE open_house_status`);
  }
}
