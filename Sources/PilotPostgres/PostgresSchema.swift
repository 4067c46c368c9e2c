/// Every statement `biopilot pg init` runs, in one place to review. Migrations are numbered and applied once each,
/// each in its own transaction, recorded in `biopilot.schema_version`; a later change is a new migration, never an
/// edit of an applied one.
public enum PostgresSchema {
    /// Run before the migrations, outside their transactions: the schema and the table that says which ran.
    static let bootstrap = """
        CREATE SCHEMA IF NOT EXISTS biopilot;
        CREATE TABLE IF NOT EXISTS biopilot.schema_version (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        );
        """

    /// Taken at the start of each migration's transaction, so two `pg init` runs at once apply each migration once.
    static let migrationLock = "SELECT pg_advisory_xact_lock(hashtext('biopilot.schema_version'))"

    /// The group roles every database of the cluster shares (roles are cluster-wide): `biopilot_app` may append and
    /// read, `biopilot_national` may only read. Province roles (`provinceRole(_:)`) are members of `biopilot_app`;
    /// people log in as their own roles and are granted one of these.
    public static let appRole = "biopilot_app"
    public static let nationalRole = "biopilot_national"

    /// `biopilot_province_310000`: the role of a province's task force (its members are granted it).
    public static func provinceRole(_ code: String) -> String { "biopilot_province_" + code.lowercased() }

    static let migrations: [(version: Int, sql: String)] = [
        (1, journalAndRecords), (2, recordOrderAndHistory), (3, readersFollowProducts), (4, copyIntoEmptyStore),
        (5, readersByBranch), (6, recordsAsText), (7, superusersActForNoProvince), (8, policiesOncePerStatement),
        (9, settingsByTheOwner),
    ]

    /// Migration 4: `biopilot store copy` brings another store's whole journal into an empty database. Those lines
    /// name the accounts that wrote them, which the journal's trigger refuses from anyone else (a member may not
    /// append in another's name); the copy needs a way past that check which only the schema's owner has.
    static let copyIntoEmptyStore = #"""
        -- True while `store copy` replays a journal, for the schema's owner only. Anyone may set a custom parameter
        -- such as biopilot.copying, so the parameter alone proves nothing; owning biopilot.journal (the role that ran
        -- `pg init`, or a superuser) is what an application or province role cannot acquire. The owner could as well
        -- disable the table's triggers; this lets it copy with every other check still on.
        CREATE FUNCTION biopilot.copying() RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce(current_setting('biopilot.copying', true), '') = 'on'
                AND pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'biopilot.journal'::regclass), 'MEMBER')
        $$;

        -- Migration 1's trigger, but a copied line keeps the account it names (the role column still records who
        -- inserted the row: the owner who copied).
        CREATE OR REPLACE FUNCTION biopilot.journal_before_insert() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            NEW.role := current_user;
            IF (NEW.line::jsonb)->>'account' IS DISTINCT FROM current_user::text AND NOT biopilot.copying() THEN
                RAISE EXCEPTION 'journal line % names account %, but the database role is %',
                    NEW.revision, (NEW.line::jsonb)->>'account', current_user USING ERRCODE = '42501';
            END IF;
            NEW.provinces := CASE WHEN NEW.entity IS NULL THEN '{}'::text[]
                ELSE biopilot.record_provinces(NEW.entity, coalesce(NEW.after, NEW.before)) END;
            PERFORM biopilot.check_province(NEW.entity, NEW.id, NEW.provinces);
            RETURN NEW;
        END
        $$;

        -- Replays the lines the copy staged in its session's temporary table copied_lines (revision, line), oldest
        -- first, as appends wrote them: each line into the journal (whose triggers check the chain and compute the
        -- line's provinces from the records as they stand at that revision), then its record inserted (created at
        -- that revision), updated or deleted; last the head. Only into an empty store, and only by the owner:
        -- EXECUTE is revoked from PUBLIC, and biopilot.copying() is false for any other role.
        CREATE FUNCTION biopilot.replay_copied_lines() RETURNS bigint
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            staged record;
            j jsonb;
            last_revision bigint := 0;
            last_hash text;
        BEGIN
            IF EXISTS (SELECT 1 FROM biopilot.journal) OR EXISTS (SELECT 1 FROM biopilot.records) THEN
                RAISE EXCEPTION 'this database already holds a biopilot store; a copy goes into an empty one'
                    USING ERRCODE = '55000';
            END IF;
            PERFORM set_config('biopilot.copying', 'on', true);
            FOR staged IN SELECT c.line FROM pg_temp.copied_lines c ORDER BY c.revision LOOP
                j := staged.line::jsonb;
                INSERT INTO biopilot.journal
                    (revision, time, display_name, action, entity, id, before, after, reason, conflicts, previous_hash, hash, line)
                VALUES ((j->>'rev')::bigint, (j->>'time')::timestamptz, j->>'user', j->>'action', j->>'entity', j->>'id',
                    j->'before', j->'after', j->>'reason', j->'conflicts', j->>'prev', j->>'hash', staged.line);
                IF j->>'action' <> 'repair' THEN
                    IF jsonb_typeof(j->'before') IS DISTINCT FROM 'object' THEN
                        INSERT INTO biopilot.records (entity, id, data, created)
                        VALUES (j->>'entity', j->>'id', j->'after', (j->>'rev')::bigint);
                    ELSIF jsonb_typeof(j->'after') IS DISTINCT FROM 'object' THEN
                        DELETE FROM biopilot.records WHERE entity = j->>'entity' AND id = j->>'id';
                    ELSE
                        UPDATE biopilot.records SET data = j->'after' WHERE entity = j->>'entity' AND id = j->>'id';
                    END IF;
                END IF;
                last_revision := (j->>'rev')::bigint;
                last_hash := j->>'hash';
            END LOOP;
            PERFORM set_config('biopilot.copying', 'off', true);
            IF last_revision > 0 THEN
                UPDATE biopilot.head SET revision = last_revision, hash = last_hash;
                PERFORM pg_notify('biopilot', last_revision::text);
            END IF;
            RETURN last_revision;
        END
        $$;
        REVOKE ALL ON FUNCTION biopilot.replay_copied_lines() FROM PUBLIC;
        """#

    /// Migration 2: records keep the order they were created in (the revision that created them), as a store
    /// directory's tables do, so both backends hand the same data to the dashboard; and a record's history is read
    /// through an index instead of a scan of the journal.
    ///
    /// And the database itself keeps the chain whole: a line is refused unless its hash is SHA-256 of the line
    /// without its `"hash"` field, its revision follows the last line's, and it names the last line's hash as its
    /// previous one. So even a role that appends without biopilot (psql) cannot write a line `log --verify` rejects.
    static let recordOrderAndHistory = #"""
        ALTER TABLE biopilot.records ADD COLUMN created bigint NOT NULL DEFAULT 0;
        CREATE INDEX records_in_order ON biopilot.records (entity, created, id);
        CREATE INDEX journal_by_record ON biopilot.journal (entity, id, revision);

        -- Security definer: the previous line may be one of another province, which the writer cannot see.
        CREATE FUNCTION biopilot.check_chain(new_revision bigint, previous text, recorded text, line text) RETURNS void
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            last_revision bigint;
            last_hash text;
        BEGIN
            SELECT j.revision, j.hash INTO last_revision, last_hash FROM biopilot.journal j ORDER BY j.revision DESC LIMIT 1;
            IF new_revision <> coalesce(last_revision, 0) + 1 OR previous <> coalesce(last_hash, repeat('0', 64)) THEN
                RAISE EXCEPTION 'journal line % does not follow revision % (hash %)', new_revision,
                    coalesce(last_revision, 0), coalesce(last_hash, repeat('0', 64)) USING ERRCODE = '23514';
            END IF;
            IF right(line, 75) <> ',"hash":"' || recorded || '"}'
                OR encode(sha256(convert_to(left(line, -75) || '}', 'UTF8')), 'hex') <> recorded THEN
                RAISE EXCEPTION 'journal line % does not match its hash', new_revision USING ERRCODE = '23514';
            END IF;
        END
        $$;
        CREATE FUNCTION biopilot.journal_chained() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            PERFORM biopilot.check_chain(NEW.revision, NEW.previous_hash, NEW.hash, NEW.line);
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER journal_chain BEFORE INSERT ON biopilot.journal
            FOR EACH ROW EXECUTE FUNCTION biopilot.journal_chained();
        """#

    /// Migration 1: the journal, the current records, the head, the province roles, their policies and guards.
    static let journalAndRecords = #"""
        DO $$
        BEGIN
            CREATE ROLE biopilot_app NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;
        DO $$
        BEGIN
            CREATE ROLE biopilot_national NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$;

        -- The audit trail. `line` is the exact text the hash is computed over (the directory store's journal line,
        -- without its newline); the other columns are read from it for queries. Nobody updates or deletes a row.
        CREATE TABLE biopilot.journal (
            revision bigint PRIMARY KEY CHECK (revision > 0),
            time timestamptz NOT NULL,
            role name NOT NULL DEFAULT current_user,
            display_name text NOT NULL,
            action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'repair')),
            entity text,
            id text,
            before jsonb,
            after jsonb,
            reason text,
            conflicts jsonb,
            previous_hash char(64) NOT NULL,
            hash char(64) NOT NULL UNIQUE,
            provinces text[] NOT NULL DEFAULT '{}',
            line text NOT NULL
        );

        -- The current state: one row per record, with the provinces it concerns (for row-level security).
        CREATE TABLE biopilot.records (
            entity text NOT NULL,
            id text NOT NULL,
            provinces text[] NOT NULL DEFAULT '{}',
            data jsonb NOT NULL,
            PRIMARY KEY (entity, id)
        );

        -- The journal's last revision and hash; its row lock serialises appends, so revisions have no gaps.
        CREATE TABLE biopilot.head (
            one boolean PRIMARY KEY DEFAULT true CHECK (one),
            revision bigint NOT NULL,
            hash char(64) NOT NULL
        );
        INSERT INTO biopilot.head (revision, hash) VALUES (0, repeat('0', 64));

        -- Which role acts for which province (GB/T 2260 code).
        CREATE TABLE biopilot.province_roles (
            role_name name PRIMARY KEY,
            province text NOT NULL UNIQUE
        );

        -- The provinces of the roles `who` is a member of (directly or through other roles).
        CREATE FUNCTION biopilot.provinces_of(who name) RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce(array_agg(province ORDER BY province), '{}')
            FROM biopilot.province_roles WHERE pg_has_role(who, role_name, 'MEMBER')
        $$;

        -- The provinces a record concerns, from the records as stored (read past row-level security, so a product's
        -- partner province is known even where the writer cannot see it): an enterprise, site or inspector its own;
        -- a product its holder's and every production site's (the lead and partners of a cross-province product);
        -- an inspection, sampling, resident staff or measure its product's; a setting none (shared by all). The
        -- parameters are named apart from the columns: in a SQL function a column of the same name would win.
        CREATE FUNCTION biopilot.record_provinces(record_kind text, record jsonb) RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT CASE
                WHEN record_kind IN ('enterprise', 'site', 'inspector') THEN ARRAY[record->>'provinceCode']
                WHEN record_kind = 'setting' THEN '{}'::text[]
                WHEN record_kind = 'product' THEN (
                    SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
                        SELECT r.data->>'provinceCode' AS code FROM biopilot.records r
                        WHERE r.entity = 'enterprise' AND r.id = record->>'holderId'
                        UNION
                        SELECT r.data->>'provinceCode' FROM biopilot.records r
                        WHERE r.entity = 'site'
                          AND r.id IN (SELECT s->>'siteId' FROM jsonb_array_elements(record->'segments') s)
                    ) codes WHERE code IS NOT NULL)
                ELSE coalesce(
                    (SELECT r.provinces FROM biopilot.records r WHERE r.entity = 'product' AND r.id = record->>'productId'),
                    '{}')
            END
        $$;

        -- What a role may see: shared rows, its provinces' rows, everything for the national role.
        CREATE FUNCTION biopilot.visible(provinces text[]) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT cardinality(provinces) = 0
                OR provinces && biopilot.provinces_of(current_user)
                OR pg_has_role(current_user, 'biopilot_national', 'MEMBER')
        $$;

        -- A province role writes only records of its provinces; the refusal names both sides.
        CREATE FUNCTION biopilot.check_province(kind text, id text, provinces text[]) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            mine text[] := biopilot.provinces_of(current_user);
        BEGIN
            IF cardinality(mine) > 0 AND cardinality(provinces) > 0 AND NOT provinces && mine THEN
                RAISE EXCEPTION 'province % may not write % %, which belongs to province %',
                    array_to_string(mine, ', '), kind, id, array_to_string(provinces, ', ')
                    USING ERRCODE = '42501';
            END IF;
        END
        $$;

        CREATE FUNCTION biopilot.records_before_write() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM biopilot.check_province(OLD.entity, OLD.id, OLD.provinces);
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                PERFORM biopilot.check_province(OLD.entity, OLD.id, OLD.provinces);
            END IF;
            NEW.provinces := biopilot.record_provinces(NEW.entity, NEW.data);
            PERFORM biopilot.check_province(NEW.entity, NEW.id, NEW.provinces);
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER records_province BEFORE INSERT OR UPDATE OR DELETE ON biopilot.records
            FOR EACH ROW EXECUTE FUNCTION biopilot.records_before_write();

        -- The acting role is the authenticated one: the row's role is set here, and the line (which the hash covers)
        -- must name the same account, so a client cannot write a line in another role's name.
        CREATE FUNCTION biopilot.journal_before_insert() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            NEW.role := current_user;
            IF (NEW.line::jsonb)->>'account' IS DISTINCT FROM current_user::text THEN
                RAISE EXCEPTION 'journal line % names account %, but the database role is %',
                    NEW.revision, (NEW.line::jsonb)->>'account', current_user USING ERRCODE = '42501';
            END IF;
            NEW.provinces := CASE WHEN NEW.entity IS NULL THEN '{}'::text[]
                ELSE biopilot.record_provinces(NEW.entity, coalesce(NEW.after, NEW.before)) END;
            PERFORM biopilot.check_province(NEW.entity, NEW.id, NEW.provinces);
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER journal_role BEFORE INSERT ON biopilot.journal
            FOR EACH ROW EXECUTE FUNCTION biopilot.journal_before_insert();

        -- The journal is never rewritten, whoever asks (the owner and superusers included).
        CREATE FUNCTION biopilot.refuse_journal_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the journal is append-only: % refused', TG_OP USING ERRCODE = '42501';
        END
        $$;
        CREATE TRIGGER journal_append_only BEFORE UPDATE OR DELETE ON biopilot.journal
            FOR EACH ROW EXECUTE FUNCTION biopilot.refuse_journal_change();
        CREATE TRIGGER journal_no_truncate BEFORE TRUNCATE ON biopilot.journal
            FOR EACH STATEMENT EXECUTE FUNCTION biopilot.refuse_journal_change();

        ALTER TABLE biopilot.journal ENABLE ROW LEVEL SECURITY;
        CREATE POLICY journal_read ON biopilot.journal FOR SELECT USING (biopilot.visible(provinces));
        CREATE POLICY journal_append ON biopilot.journal FOR INSERT WITH CHECK (biopilot.visible(provinces));
        ALTER TABLE biopilot.records ENABLE ROW LEVEL SECURITY;
        CREATE POLICY records_read ON biopilot.records FOR SELECT USING (biopilot.visible(provinces));
        CREATE POLICY records_insert ON biopilot.records FOR INSERT WITH CHECK (biopilot.visible(provinces));
        CREATE POLICY records_update ON biopilot.records FOR UPDATE
            USING (biopilot.visible(provinces)) WITH CHECK (biopilot.visible(provinces));
        CREATE POLICY records_delete ON biopilot.records FOR DELETE USING (biopilot.visible(provinces));

        REVOKE ALL ON ALL TABLES IN SCHEMA biopilot FROM PUBLIC;
        GRANT USAGE ON SCHEMA biopilot TO biopilot_app, biopilot_national;
        GRANT SELECT, INSERT ON biopilot.journal TO biopilot_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON biopilot.records TO biopilot_app;
        GRANT SELECT, UPDATE ON biopilot.head TO biopilot_app;
        GRANT SELECT ON biopilot.journal, biopilot.records, biopilot.head TO biopilot_national;
        GRANT SELECT ON biopilot.province_roles, biopilot.schema_version TO biopilot_app, biopilot_national;

        -- `pg init --province CODE`: the province's role (created once per cluster), a member of biopilot_app.
        CREATE FUNCTION biopilot.ensure_province_role(code text) RETURNS void
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            role_name name := 'biopilot_province_' || lower(code);
        BEGIN
            IF code !~ '^[A-Z0-9]{2,8}$' THEN
                RAISE EXCEPTION 'province code % is not a GB/T 2260 code', code USING ERRCODE = '22023';
            END IF;
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
            EXECUTE format('GRANT biopilot_app TO %I', role_name);
            INSERT INTO biopilot.province_roles VALUES (role_name, code) ON CONFLICT DO NOTHING;
        END
        $$;
        REVOKE ALL ON FUNCTION biopilot.ensure_province_role(text) FROM PUBLIC;
        """#

    /// Per province named to `pg init`, after the migrations (idempotent).
    static let ensureProvinceRole = "SELECT biopilot.ensure_province_role($1)"

    /// Migration 3: who may read a record is kept apart from who may write it, and both follow the products.
    ///
    /// - `writers`: the provinces that may change the record (as `provinces` was in migration 1): a product's lead and
    ///   partners; an inspection's, sampling's, resident staff's or measure's product's; an enterprise's, site's or
    ///   inspector's own province.
    /// - `provinces` (readers): the writers, and for a site or an enterprise also every province of a product that
    ///   uses it, so a partner province sees the lead's site and company it co-supervises without being able to edit
    ///   them.
    /// - When a product's provinces change (a contract site in another province added), its records and the sites
    ///   and enterprises it touches are recomputed, and so are the products of a site or enterprise that moves province.
    /// - A journal line is read by the current readers of its record (its own recorded provinces once the record is
    ///   gone), so a province that becomes a partner reads the product's whole history.
    static let readersFollowProducts = #"""
        ALTER TABLE biopilot.records ADD COLUMN writers text[] NOT NULL DEFAULT '{}';
        CREATE INDEX records_by_product ON biopilot.records ((data->>'productId'));

        CREATE OR REPLACE FUNCTION biopilot.record_provinces(record_kind text, record jsonb) RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT CASE
                WHEN record_kind IN ('enterprise', 'site', 'inspector') THEN ARRAY[record->>'provinceCode']
                WHEN record_kind = 'setting' THEN '{}'::text[]
                WHEN record_kind = 'product' THEN (
                    SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
                        SELECT r.data->>'provinceCode' AS code FROM biopilot.records r
                        WHERE r.entity = 'enterprise' AND r.id = record->>'holderId'
                        UNION
                        SELECT r.data->>'provinceCode' FROM biopilot.records r
                        WHERE r.entity = 'site'
                          AND r.id IN (SELECT s->>'siteId' FROM jsonb_array_elements(record->'segments') s)
                    ) codes WHERE code IS NOT NULL)
                ELSE coalesce(
                    (SELECT r.writers FROM biopilot.records r WHERE r.entity = 'product' AND r.id = record->>'productId'),
                    '{}')
            END
        $$;

        -- The readers of a record whose writers are known: a site or an enterprise adds the products that use it.
        CREATE FUNCTION biopilot.record_readers(record_kind text, record_id text, record jsonb, writers text[]) RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT CASE
                WHEN record_kind = 'site' THEN (
                    SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
                        SELECT unnest(writers) AS code
                        UNION
                        SELECT unnest(p.writers) FROM biopilot.records p
                        WHERE p.entity = 'product' AND p.data->'segments' @> jsonb_build_array(jsonb_build_object('siteId', record_id))
                    ) codes)
                WHEN record_kind = 'enterprise' THEN (
                    SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
                        SELECT unnest(writers) AS code
                        UNION
                        SELECT unnest(p.writers) FROM biopilot.records p
                        WHERE p.entity = 'product' AND (
                            p.data->>'holderId' = record_id
                            OR EXISTS (
                                SELECT 1 FROM jsonb_array_elements(p.data->'segments') s
                                JOIN biopilot.records site ON site.entity = 'site' AND site.id = s->>'siteId'
                                WHERE site.data->>'enterpriseId' = record_id))
                    ) codes)
                ELSE writers
            END
        $$;

        CREATE OR REPLACE FUNCTION biopilot.records_before_write() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                PERFORM biopilot.check_province(OLD.entity, OLD.id, OLD.writers);
                RETURN OLD;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                PERFORM biopilot.check_province(OLD.entity, OLD.id, OLD.writers);
            END IF;
            NEW.writers := biopilot.record_provinces(NEW.entity, NEW.data);
            NEW.provinces := biopilot.record_readers(NEW.entity, NEW.id, NEW.data, NEW.writers);
            PERFORM biopilot.check_province(NEW.entity, NEW.id, NEW.writers);
            RETURN NEW;
        END
        $$;

        -- Recomputes what depends on a changed product, site or enterprise. Runs as the schema's owner (no province of
        -- its own, and past row-level security): the records it touches may be other provinces'.
        CREATE FUNCTION biopilot.records_follow() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            changed_id text := coalesce(NEW.id, OLD.id);
            sites text[];
            companies text[];
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD.data IS NOT DISTINCT FROM NEW.data AND OLD.writers IS NOT DISTINCT FROM NEW.writers THEN
                RETURN NULL;
            END IF;
            IF coalesce(NEW.entity, OLD.entity) = 'product' THEN
                IF TG_OP = 'UPDATE' AND OLD.writers IS NOT DISTINCT FROM NEW.writers
                    AND OLD.data->'segments' IS NOT DISTINCT FROM NEW.data->'segments'
                    AND OLD.data->>'holderId' IS NOT DISTINCT FROM NEW.data->>'holderId' THEN
                    RETURN NULL;
                END IF;
                IF TG_OP = 'UPDATE' AND OLD.writers IS DISTINCT FROM NEW.writers THEN
                    UPDATE biopilot.records SET data = data
                    WHERE entity IN ('inspection', 'sampling', 'staff', 'measure') AND data->>'productId' = changed_id;
                END IF;
                SELECT array_agg(s->>'siteId') INTO sites FROM (
                    SELECT jsonb_array_elements(OLD.data->'segments') AS s WHERE OLD IS NOT NULL
                    UNION ALL SELECT jsonb_array_elements(NEW.data->'segments') WHERE NEW IS NOT NULL) segs;
                SELECT array_agg(DISTINCT e) INTO companies FROM (
                    SELECT OLD.data->>'holderId' AS e WHERE OLD IS NOT NULL
                    UNION SELECT NEW.data->>'holderId' WHERE NEW IS NOT NULL
                    UNION SELECT r.data->>'enterpriseId' FROM biopilot.records r
                    WHERE r.entity = 'site' AND r.id = ANY (coalesce(sites, '{}'))) holders;
                UPDATE biopilot.records SET data = data
                WHERE (entity = 'site' AND id = ANY (coalesce(sites, '{}')))
                   OR (entity = 'enterprise' AND id = ANY (coalesce(companies, '{}')));
            ELSIF coalesce(NEW.entity, OLD.entity) IN ('site', 'enterprise') AND TG_OP = 'UPDATE'
                AND (OLD.data->>'provinceCode' IS DISTINCT FROM NEW.data->>'provinceCode'
                     OR OLD.data->>'enterpriseId' IS DISTINCT FROM NEW.data->>'enterpriseId') THEN
                UPDATE biopilot.records SET data = data
                WHERE entity = 'product' AND (
                    data->>'holderId' = changed_id
                    OR data->'segments' @> jsonb_build_array(jsonb_build_object('siteId', changed_id)));
                UPDATE biopilot.records SET data = data
                WHERE entity = 'enterprise' AND id IN (OLD.data->>'enterpriseId', NEW.data->>'enterpriseId');
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER records_follow AFTER INSERT OR UPDATE OR DELETE ON biopilot.records
            FOR EACH ROW EXECUTE FUNCTION biopilot.records_follow();

        -- A journal line is read by its record's current readers; once the record is gone, by those it recorded.
        CREATE FUNCTION biopilot.journal_readers(record_kind text, record_id text, recorded text[]) RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce(
                (SELECT r.provinces FROM biopilot.records r WHERE r.entity = record_kind AND r.id = record_id), recorded)
        $$;
        DROP POLICY journal_read ON biopilot.journal;
        CREATE POLICY journal_read ON biopilot.journal FOR SELECT
            USING (biopilot.visible(biopilot.journal_readers(entity, id, provinces)));

        -- Existing records: products first (their records and readers follow from them), then the rest.
        UPDATE biopilot.records SET data = data WHERE entity = 'product';
        UPDATE biopilot.records SET data = data WHERE entity <> 'product';
        """#

    /// Migration 5: migration 3's `record_readers` as PL/pgSQL, so each call runs only its own kind's query. As one SQL
    /// `CASE` every call planned the site and enterprise branches too: 136 ms per written record at 2,000 products
    /// (a national store's inspection created in 150 ms), where this takes well under a millisecond.
    static let readersByBranch = #"""
        CREATE OR REPLACE FUNCTION biopilot.record_readers(record_kind text, record_id text, record jsonb, writers text[])
        RETURNS text[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF record_kind = 'site' THEN
                RETURN (SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
                    SELECT unnest(writers) AS code
                    UNION
                    SELECT unnest(p.writers) FROM biopilot.records p
                    WHERE p.entity = 'product' AND p.data->'segments' @> jsonb_build_array(jsonb_build_object('siteId', record_id))
                ) codes);
            ELSIF record_kind = 'enterprise' THEN
                RETURN (SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}') FROM (
                    SELECT unnest(writers) AS code
                    UNION
                    SELECT unnest(p.writers) FROM biopilot.records p
                    WHERE p.entity = 'product' AND (
                        p.data->>'holderId' = record_id
                        OR EXISTS (
                            SELECT 1 FROM jsonb_array_elements(p.data->'segments') s
                            JOIN biopilot.records site ON site.entity = 'site' AND site.id = s->>'siteId'
                            WHERE site.data->>'enterpriseId' = record_id))
                ) codes);
            END IF;
            RETURN writers;
        END
        $$;
        """#

    /// Migration 6: each record also as the text `jsonb` prints, kept by a trigger on every write, so that opening a
    /// store reads it as stored: converting every `jsonb` value to text and sorting them for one aggregate was most of
    /// the server's part of an open (a national store's 205,000 samplings: 2.9 s through psql, against 1.0 s for a
    /// plain scan of the text, which the client puts in order).
    static let recordsAsText = #"""
        ALTER TABLE biopilot.records ADD COLUMN body text;
        CREATE FUNCTION biopilot.records_body() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            NEW.body := NEW.data::text;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER records_body BEFORE INSERT OR UPDATE ON biopilot.records
            FOR EACH ROW EXECUTE FUNCTION biopilot.records_body();
        -- Existing records: only the new column is written, so the province triggers need not run again.
        ALTER TABLE biopilot.records DISABLE TRIGGER records_follow;
        ALTER TABLE biopilot.records DISABLE TRIGGER records_province;
        UPDATE biopilot.records SET body = data::text;
        ALTER TABLE biopilot.records ENABLE TRIGGER records_province;
        ALTER TABLE biopilot.records ENABLE TRIGGER records_follow;
        ALTER TABLE biopilot.records ALTER COLUMN body SET NOT NULL;
        """#

    /// Migration 7: to `pg_has_role` a superuser is a member of every role, so `provinces_of` gave it every province
    /// that has a role, and its writes (a `store copy` or an edit by the database's administrator) were refused for the
    /// provinces that have none. A superuser passes every policy and acts for no province.
    static let superusersActForNoProvince = #"""
        CREATE OR REPLACE FUNCTION biopilot.provinces_of(who name) RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce(array_agg(province ORDER BY province), '{}')
            FROM biopilot.province_roles
            WHERE pg_has_role(who, role_name, 'MEMBER')
              AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND rolsuper)
        $$;
        """#

    /// Migration 8: the same visibility rules, with the role's side of them worked out once per statement. Through
    /// `visible()` every row read called `provinces_of(current_user)` (a scan of `province_roles` with `pg_has_role`
    /// per province) and `pg_has_role` again, and every journal line looked up its record's readers first, even for
    /// the national role that reads everything: `log --verify` as `biopilot_national` on a national store took 33 s
    /// where the owner took 7–10 s. Here "am I national" and "my provinces" are uncorrelated subqueries (initplans,
    /// run once per statement), the national role is answered before any lookup, and a journal line's readers are
    /// looked up once. The comparisons are written into the policies (resolved once, when created); the only helper
    /// that runs per row is a security-definer function with its own `search_path`, as before.
    static let policiesOncePerStatement = #"""
        -- Whether the acting role reads everything (a member of biopilot_national, directly or through other roles).
        CREATE FUNCTION biopilot.is_national() RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT pg_has_role(current_user, 'biopilot_national', 'MEMBER')
        $$;

        -- Whether a journal line is read by any of `mine`: migration 3's journal_readers (its record's current
        -- readers, read past row-level security; those it recorded once the record is gone), shared lines by all. Its
        -- lookup written out, not called: a SQL function called from inside another is planned again on every call
        -- (a province role's count of a national journal ran for minutes). The lookup compares in the columns'
        -- collation: the policy's `mine` comes from current_user, a name (collation "C"), which would make the call's
        -- collation "C", and the records' key index unusable (a scan of every record per line).
        CREATE FUNCTION biopilot.journal_line_readable(record_kind text, record_id text, recorded text[], mine text[])
        RETURNS boolean
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            readers text[] := coalesce((SELECT r.provinces FROM biopilot.records r
                WHERE r.entity = record_kind COLLATE "default" AND r.id = record_id COLLATE "default"), recorded);
        BEGIN
            RETURN cardinality(readers) = 0 OR readers && mine;
        END
        $$;

        DROP POLICY journal_read ON biopilot.journal;
        CREATE POLICY journal_read ON biopilot.journal FOR SELECT USING (
            (SELECT biopilot.is_national())
            OR biopilot.journal_line_readable(entity, id, provinces, (SELECT biopilot.provinces_of(current_user))));
        DROP POLICY journal_append ON biopilot.journal;
        CREATE POLICY journal_append ON biopilot.journal FOR INSERT WITH CHECK (
            (SELECT biopilot.is_national()) OR cardinality(provinces) = 0
            OR provinces && (SELECT biopilot.provinces_of(current_user)));

        DROP POLICY records_read ON biopilot.records;
        CREATE POLICY records_read ON biopilot.records FOR SELECT USING (
            (SELECT biopilot.is_national()) OR cardinality(provinces) = 0
            OR provinces && (SELECT biopilot.provinces_of(current_user)));
        DROP POLICY records_insert ON biopilot.records;
        CREATE POLICY records_insert ON biopilot.records FOR INSERT WITH CHECK (
            (SELECT biopilot.is_national()) OR cardinality(provinces) = 0
            OR provinces && (SELECT biopilot.provinces_of(current_user)));
        DROP POLICY records_update ON biopilot.records;
        CREATE POLICY records_update ON biopilot.records FOR UPDATE
            USING ((SELECT biopilot.is_national()) OR cardinality(provinces) = 0
                OR provinces && (SELECT biopilot.provinces_of(current_user)))
            WITH CHECK ((SELECT biopilot.is_national()) OR cardinality(provinces) = 0
                OR provinces && (SELECT biopilot.provinces_of(current_user)));
        DROP POLICY records_delete ON biopilot.records;
        CREATE POLICY records_delete ON biopilot.records FOR DELETE USING (
            (SELECT biopilot.is_national()) OR cardinality(provinces) = 0
            OR provinces && (SELECT biopilot.provinces_of(current_user)));

        -- No policy calls it any more; one statement of the rule, in the policies above.
        DROP FUNCTION biopilot.visible(text[]);
        """#

    /// Migration 9: a setting (a deadline number a task force overrides, DESIGN's "for its province") has no
    /// province: in a store shared by several provinces it applies to all of them, so one province's override would
    /// change every other province's deadlines. Province roles may no longer write settings; the schema's owner (the
    /// store's administrator, who ran `pg init`) sets them for everyone.
    static let settingsByTheOwner = #"""
        CREATE OR REPLACE FUNCTION biopilot.check_province(kind text, id text, provinces text[]) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            mine text[] := biopilot.provinces_of(current_user);
        BEGIN
            -- Only the schema's owner (the role that ran `pg init`, or a superuser) sets a setting.
            IF kind = 'setting' AND cardinality(mine) > 0 AND NOT pg_has_role(current_user,
                (SELECT c.relowner FROM pg_class c WHERE c.oid = 'biopilot.records'::regclass), 'MEMBER') THEN
                RAISE EXCEPTION 'province % may not write setting %: a setting applies to every province of this store, so its owner sets it',
                    array_to_string(mine, ', '), id USING ERRCODE = '42501';
            END IF;
            IF cardinality(mine) > 0 AND cardinality(provinces) > 0 AND NOT provinces && mine THEN
                RAISE EXCEPTION 'province % may not write % %, which belongs to province %',
                    array_to_string(mine, ', '), kind, id, array_to_string(provinces, ', ')
                    USING ERRCODE = '42501';
            END IF;
        END
        $$;
        """#
}
