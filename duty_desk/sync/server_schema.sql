-- Duty Desk sync: the server's own bookkeeping and functions. Idempotent: `duty-desk server init` runs it
-- on every upgrade. The synced tables themselves are made by the same Alembic migrations as on workstations.

CREATE SCHEMA IF NOT EXISTS duty_sync;

CREATE TABLE IF NOT EXISTS duty_sync.config (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS duty_sync.synced_tables (
    tbl text PRIMARY KEY,
    append_only boolean NOT NULL,
    fields text[] NOT NULL        -- merged field by field
);
-- Rows are read and written by functions generated per table (sync.server_rows), no longer by a stored clause.
ALTER TABLE duty_sync.synced_tables DROP COLUMN IF EXISTS set_clause;
CREATE TABLE IF NOT EXISTS duty_sync.applied_ops (
    op_id text PRIMARY KEY,
    site text NOT NULL,
    result jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
-- Set once the workstation has recorded the answer (sync_settle): it will never send the op again, so the row
-- is only a record of the verdict and goes after `settled_keep_days`. `hlc` is the op's own.
ALTER TABLE duty_sync.applied_ops ADD COLUMN IF NOT EXISTS settled_at timestamptz;
ALTER TABLE duty_sync.applied_ops ADD COLUMN IF NOT EXISTS hlc bigint;
CREATE INDEX IF NOT EXISTS applied_ops_settled ON duty_sync.applied_ops (settled_at) WHERE settled_at IS NOT NULL;
-- Per site, the newest op whose row left applied_ops, and how far the change log had got then. A site's ops are
-- stamped and pushed in order, so an op of that site stamped no later, on a record the log held by then, was
-- applied long ago: sent again (a database restored from an old copy, a stale second sync process) it is
-- answered as a replay, never applied over newer edits.
CREATE TABLE IF NOT EXISTS duty_sync.forgotten (site text PRIMARY KEY, hlc bigint NOT NULL);
ALTER TABLE duty_sync.forgotten ADD COLUMN IF NOT EXISTS upto_seq bigint NOT NULL DEFAULT 0;
CREATE SEQUENCE IF NOT EXISTS duty_sync.change_seq;
CREATE TABLE IF NOT EXISTS duty_sync.change_log (
    seq bigint PRIMARY KEY,
    tbl text NOT NULL,
    row_id text NOT NULL,
    site text NOT NULL,
    data jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS change_log_row ON duty_sync.change_log (tbl, row_id, seq);  -- when a record first came

-- An op's stamp, or NULL when it is not a plain integer (apply_op then refuses the op itself).
CREATE OR REPLACE FUNCTION duty_sync.op_hlc(op jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN op->>'hlc' !~ '^-?[0-9]{1,19}$' THEN NULL
                WHEN (op->>'hlc')::numeric BETWEEN -9223372036854775808 AND 9223372036854775807
                THEN (op->>'hlc')::bigint END;
$$;
-- Per row, per field: [version, site, hlc, actor] of the write that set it.
CREATE TABLE IF NOT EXISTS duty_sync.row_meta (
    tbl text NOT NULL,
    row_id text NOT NULL,
    versions jsonb NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
CREATE TABLE IF NOT EXISTS duty_sync.sites (
    site text PRIMARY KEY,
    workstation text NOT NULL,
    last_seen timestamptz NOT NULL,
    clock_offset_ms bigint NOT NULL DEFAULT 0
);

-- PL/pgSQL rather than SQL: it keeps its plan for the session, where an SQL function is planned every call.
CREATE OR REPLACE FUNCTION duty_sync.log_change(p_tbl text, p_id text, p_site text, p_seq bigint, p_data jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO duty_sync.change_log (seq, tbl, row_id, site, data) VALUES (p_seq, p_tbl, p_id, p_site, p_data);
END $$;

-- Keep both values of a concurrent edit; the conflict record is itself a synced row.
CREATE OR REPLACE FUNCTION duty_sync.record_conflict(
    p_tbl text, p_id text, p_field text, p_kept jsonb, p_kept_meta jsonb, p_lost jsonb, p_lost_meta jsonb)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_seq bigint := nextval('duty_sync.change_seq');
    v_hlc bigint := GREATEST((p_kept_meta->>2)::bigint, (p_lost_meta->>2)::bigint);
    v_row jsonb;
BEGIN
    v_row := jsonb_build_object(
        'id', gen_random_uuid()::text, 'record_table', p_tbl, 'record_id', p_id, 'field', p_field,
        'kept_value', COALESCE(p_kept, 'null'::jsonb)::text, 'kept_site', p_kept_meta->>1,
        'kept_actor', COALESCE(p_kept_meta->>3, ''), 'kept_hlc', (p_kept_meta->>2)::bigint,
        'lost_value', COALESCE(p_lost, 'null'::jsonb)::text, 'lost_site', p_lost_meta->>1,
        'lost_actor', COALESCE(p_lost_meta->>3, ''), 'lost_hlc', (p_lost_meta->>2)::bigint,
        'resolved', false, 'resolved_by', '', 'created_at', now() AT TIME ZONE 'UTC',
        'updated_at', now() AT TIME ZONE 'UTC', 'hlc', v_hlc, 'origin_site', 'server', 'deleted', false,
        'server_version', v_seq);
    INSERT INTO public.sync_conflicts SELECT * FROM jsonb_populate_record(NULL::public.sync_conflicts, v_row);
    INSERT INTO duty_sync.row_meta (tbl, row_id, versions)
    SELECT 'sync_conflicts', v_row->>'id', jsonb_object_agg(f, jsonb_build_array(v_seq, 'server', v_hlc, ''))
    FROM unnest((SELECT fields FROM duty_sync.synced_tables WHERE tbl = 'sync_conflicts')) f;
    PERFORM duty_sync.log_change('sync_conflicts', v_row->>'id', 'server', v_seq,
        (SELECT to_jsonb(c) FROM public.sync_conflicts c WHERE c.id = v_row->>'id'));
END $$;

-- Whether a text column's value is JSON (the models declare which are: sync.server_checks).
CREATE OR REPLACE FUNCTION duty_sync.is_json(p_text text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    PERFORM p_text::jsonb;
    RETURN true;
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END $$;

-- An op as apply_op takes it: its envelope and every value of its row checked (validate_row, which server init
-- generates from the models), or refused naming the field and the rule. A stamp ahead of hlc_limit (the server's
-- clock plus the tolerance a workstation is warned at) cannot be ordered against anyone's edit: it is clamped to
-- the limit and flagged `untrusted`, and such an edit loses every concurrent edit (apply_op). Clamped rather than
-- refused, so a workstation whose clock runs fast still syncs; its own copy follows the server's on the pull.
CREATE OR REPLACE FUNCTION duty_sync.checked_op(op jsonb) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_limit bigint := duty_sync.hlc_limit();
    v_hlc bigint := duty_sync.op_hlc(op);
    v_err text;
BEGIN
    v_err := CASE
        WHEN v_hlc IS NULL OR v_hlc < 0 THEN 'hlc: must be a whole number, not negative'
        WHEN op->'base' IS NOT NULL AND op->>'base' !~ '^[0-9]{1,18}$' AND op->'base' <> 'null'
            THEN 'base: must be a version number'
        WHEN jsonb_typeof(op->'changed') IS DISTINCT FROM 'array' THEN 'changed: must be a list of fields'
        WHEN char_length(op->>'actor') > 100 THEN 'actor: at most 100 characters' END;
    IF v_err IS NOT NULL THEN
        RAISE EXCEPTION 'refused value: %', v_err USING ERRCODE = 'check_violation';
    END IF;
    IF v_hlc > v_limit THEN
        op := jsonb_set(op, '{hlc}', to_jsonb(v_limit)) || '{"untrusted": true}';
    END IF;
    IF op->'row'->>'hlc' ~ '^[0-9]{1,19}$' AND (op->'row'->>'hlc')::numeric > v_limit THEN
        op := jsonb_set(op, '{row,hlc}', to_jsonb(v_limit)) || '{"untrusted": true}';
    END IF;
    PERFORM duty_sync.validate_row(op->>'table', op->'row');
    IF op->'row'->>'id' IS DISTINCT FROM op->>'row_id' THEN
        RAISE EXCEPTION 'refused value: row_id: must be the row''s id' USING ERRCODE = 'check_violation';
    END IF;
    RETURN op;
END $$;

-- Merge one op into its row. Runs inside sync_push (as the owner), one subtransaction per op.
CREATE OR REPLACE FUNCTION duty_sync.apply_op(p_site text, op jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_tbl text := op->>'table';
    v_id text := op->>'row_id';
    v_base bigint;
    v_mine jsonb;
    v_info duty_sync.synced_tables;
    v_meta jsonb;
    v_exists boolean;
    v_cur jsonb;
    v_in jsonb;
    v_new jsonb;
    v_seq bigint;
    v_status text := 'applied';
    v_changed text[];
    v_changes int := 0;
    v_theirs jsonb;
    f text;
BEGIN
    SELECT * INTO v_info FROM duty_sync.synced_tables WHERE tbl = v_tbl;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('status', 'rejected', 'reason', format('unknown table %s', v_tbl));
    END IF;
    op := duty_sync.checked_op(op);  -- every value checked before anything is written
    v_base := COALESCE((op->>'base')::bigint, 0);
    v_mine := jsonb_build_array(NULL, p_site, (op->>'hlc')::bigint, COALESCE(op->>'actor', ''))
        || CASE WHEN op ? 'untrusted' THEN '[true]'::jsonb ELSE '[]'::jsonb END;  -- [4]: a clamped stamp
    SELECT versions INTO v_meta FROM duty_sync.row_meta WHERE tbl = v_tbl AND row_id = v_id FOR UPDATE;
    v_exists := FOUND;
    -- The op's values normalised through the column types (SQLite sends 0/1 for booleans, and so on): what the
    -- authorisation judges is what would be written.
    v_in := duty_sync.normalised_row(v_tbl, op->'row');
    PERFORM duty_sync.authorize_op(p_site, op, v_info, v_in, v_exists);  -- may this workstation? (server_authz.sql)
    v_seq := nextval('duty_sync.change_seq');
    v_mine := jsonb_set(v_mine, '{0}', to_jsonb(v_seq));

    IF NOT v_exists THEN
        -- New here; also an edit of a row whose insert the server refused (the op carries the whole row).
        v_new := duty_sync.insert_row(v_tbl, op->'row' || jsonb_build_object('server_version', v_seq));
        INSERT INTO duty_sync.row_meta (tbl, row_id, versions)
        SELECT v_tbl, v_id, jsonb_object_agg(x, v_mine) FROM unnest(v_info.fields) x;
        PERFORM duty_sync.log_change(v_tbl, v_id, p_site, v_seq, v_new);
        RETURN jsonb_build_object('status', 'applied', 'version', v_seq);
    END IF;
    IF v_info.append_only THEN
        RETURN jsonb_build_object('status', 'merged', 'version', v_seq);  -- history is written once
    END IF;

    v_cur := duty_sync.stored_row(v_tbl, v_id);
    v_new := v_cur;
    v_changed := ARRAY(SELECT jsonb_array_elements_text(op->'changed'));

    -- Tombstones: an edit racing a delete restores the record, whichever arrives first; both raise a conflict.
    IF (v_in->>'deleted')::boolean AND 'deleted' = ANY(v_changed) AND EXISTS (
            SELECT 1 FROM jsonb_each(v_meta) m
            WHERE m.key <> 'deleted' AND (m.value->>0)::bigint > v_base AND m.value->>1 <> p_site) THEN
        SELECT m.value INTO v_theirs FROM jsonb_each(v_meta) m
        WHERE m.key <> 'deleted' AND (m.value->>0)::bigint > v_base AND m.value->>1 <> p_site
        ORDER BY (m.value->>0)::bigint DESC LIMIT 1;
        PERFORM duty_sync.record_conflict(v_tbl, v_id, 'deleted', 'false'::jsonb, v_theirs, 'true'::jsonb, v_mine);
        v_changed := array_remove(v_changed, 'deleted');
        v_status := 'conflict';
    ELSIF (v_cur->>'deleted')::boolean AND NOT (v_in->>'deleted')::boolean
            AND (v_meta->'deleted'->>0)::bigint > v_base AND v_meta->'deleted'->>1 <> p_site
            AND EXISTS (SELECT 1 FROM unnest(v_changed) c
                        WHERE c <> 'deleted' AND (v_cur->c) IS DISTINCT FROM (v_in->c)) THEN
        PERFORM duty_sync.record_conflict(v_tbl, v_id, 'deleted', 'false'::jsonb, v_mine, 'true'::jsonb,
                                          v_meta->'deleted');
        v_new := jsonb_set(v_new, '{deleted}', 'false'::jsonb);
        v_meta := jsonb_set(v_meta, '{deleted}', v_mine);
        v_changes := v_changes + 1;
        v_status := 'conflict';
    END IF;

    FOREACH f IN ARRAY v_changed LOOP
        CONTINUE WHEN NOT f = ANY(v_info.fields);
        v_theirs := v_meta->f;
        IF (v_new->f) IS NOT DISTINCT FROM (v_in->f) THEN
            CONTINUE;  -- the same value is there already
        ELSIF v_theirs IS NULL OR (v_theirs->>0)::bigint <= v_base OR v_theirs->>1 = p_site THEN
            v_new := jsonb_set(v_new, ARRAY[f], v_in->f);  -- nobody else touched it since the edit's base
            v_meta := jsonb_set(v_meta, ARRAY[f], v_mine);
            v_changes := v_changes + 1;
        ELSE
            -- Concurrent edits: the provisional winner is the higher hlc, then the higher site id; a clamped
            -- stamp (checked_op) never wins.
            v_status := 'conflict';
            IF (v_mine->4) IS NULL AND ((v_theirs->4) IS NOT NULL
                                        OR ((v_mine->>2)::bigint, p_site) > ((v_theirs->>2)::bigint, v_theirs->>1)) THEN
                PERFORM duty_sync.record_conflict(v_tbl, v_id, f, v_in->f, v_mine, v_new->f, v_theirs);
                v_new := jsonb_set(v_new, ARRAY[f], v_in->f);
                v_meta := jsonb_set(v_meta, ARRAY[f], v_mine);
                v_changes := v_changes + 1;
            ELSE
                PERFORM duty_sync.record_conflict(v_tbl, v_id, f, v_new->f, v_theirs, v_in->f, v_mine);
            END IF;
        END IF;
    END LOOP;

    IF v_changes = 0 THEN
        -- Nothing new is logged, so the row goes back with the answer: the workstation's own copy may still
        -- hold the value that lost.
        RETURN jsonb_build_object('status', CASE WHEN v_status = 'conflict' THEN 'conflict' ELSE 'merged' END,
                                  'version', (v_cur->>'server_version')::bigint, 'current', v_cur);
    END IF;
    v_new := v_new || jsonb_build_object(
        'server_version', v_seq,
        'hlc', GREATEST((v_cur->>'hlc')::bigint, (v_in->>'hlc')::bigint),
        'updated_at', GREATEST(v_cur->>'updated_at', v_in->>'updated_at'));
    v_new := duty_sync.update_row(v_tbl, v_id, v_new);
    UPDATE duty_sync.row_meta SET versions = v_meta WHERE tbl = v_tbl AND row_id = v_id;
    PERFORM duty_sync.log_change(v_tbl, v_id, p_site, v_seq, v_new);
    RETURN jsonb_build_object('status', v_status, 'version', v_seq);
END $$;

CREATE OR REPLACE FUNCTION duty_sync.current_row(p_tbl text, p_id text) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM duty_sync.synced_tables WHERE tbl = p_tbl) THEN
        RETURN NULL;
    END IF;
    RETURN duty_sync.stored_row(p_tbl, p_id);
END $$;

DROP FUNCTION IF EXISTS duty_sync.push_ops(text, jsonb, int, boolean);  -- before schema 2's final form

-- Apply a batch in order. `p_careful` puts each op in its own subtransaction so a bad op is refused alone;
-- without it the batch runs faster and any error undoes it whole (sync_push then retries carefully).
CREATE OR REPLACE FUNCTION duty_sync.push_ops(p_site text, p_batch jsonb, p_min_schema int, p_careful boolean,
                                              p_max_schema int)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    op jsonb;
    v_result jsonb;
    v_list jsonb[] := '{}';
    v_detail text;
    v_limit bigint := duty_sync.hlc_limit();
BEGIN
    FOR op IN SELECT value FROM jsonb_array_elements(p_batch) LOOP
        SELECT result INTO v_result FROM duty_sync.applied_ops WHERE op_id = op->>'op_id';
        IF FOUND THEN
            v_list := v_list || v_result;  -- a replay: the first answer again, nothing changes
            CONTINUE;
        END IF;
        IF EXISTS (SELECT 1 FROM duty_sync.forgotten f WHERE f.site = p_site AND duty_sync.op_hlc(op) <= f.hlc
                   AND EXISTS (SELECT 1 FROM duty_sync.change_log c WHERE c.tbl = op->>'table'
                               AND c.row_id = op->>'row_id' AND c.seq <= f.upto_seq)) THEN
            -- A replay whose first answer was let go: the row as it is now goes back instead. A record the log
            -- did not hold when the mark was set is no replay, however low its stamp (a clock set far back):
            -- it and its edits go on.
            v_list := v_list || jsonb_build_object('op_id', op->>'op_id', 'status', 'merged',
                                                   'current', duty_sync.current_row(op->>'table', op->>'row_id'));
            CONTINUE;
        END IF;
        IF COALESCE((op->>'schema')::int, 0) < p_min_schema THEN
            -- Kept waiting on the workstation, never dropped: it is accepted once the client is upgraded.
            v_list := v_list || jsonb_build_object(
                'op_id', op->>'op_id', 'status', 'waiting',
                'reason', format('workstation schema %s is older than the server accepts (%s); upgrade Duty Desk',
                                 op->>'schema', p_min_schema));
            CONTINUE;
        END IF;
        IF COALESCE((op->>'schema')::int, 0) > p_max_schema THEN
            -- A newer workstation's columns would be dropped here: it waits until the server is upgraded.
            v_list := v_list || jsonb_build_object(
                'op_id', op->>'op_id', 'status', 'waiting',
                'reason', format('the server (schema %s) is older than this workstation (%s); run duty-desk '
                                 'server init with this version', p_max_schema, op->>'schema'));
            CONTINUE;
        END IF;
        IF p_careful THEN
            BEGIN
                v_result := duty_sync.apply_op(p_site, op);
            EXCEPTION WHEN OTHERS THEN
                -- A passing trouble (deadlock, serialisation, lock or statement timeout) is no verdict on the
                -- op: the whole call fails and the workstation sends it again later.
                IF SQLSTATE LIKE '40%' OR SQLSTATE IN ('55P03', '57014') THEN
                    RAISE;
                END IF;
                GET STACKED DIAGNOSTICS v_detail = PG_EXCEPTION_DETAIL;
                -- The server's own version goes back with the refusal, so the workstation can fall back to it.
                v_result := jsonb_build_object(
                    'status', 'rejected',
                    'reason', SQLERRM || CASE WHEN v_detail <> '' THEN ' (' || v_detail || ')' ELSE '' END,
                    'current', duty_sync.current_row(op->>'table', op->>'row_id'));
            END;
        ELSE
            v_result := duty_sync.apply_op(p_site, op);
        END IF;
        v_result := v_result || jsonb_build_object('op_id', op->>'op_id');
        IF duty_sync.op_hlc(op) > v_limit THEN  -- clamped by checked_op: the verdict says so
            v_result := v_result || '{"flag": "stamped ahead of the server''s clock: clamped, and it loses every concurrent edit"}';
        END IF;
        INSERT INTO duty_sync.applied_ops (op_id, site, result, hlc)  -- clamped too: `forgotten` marks follow it
        VALUES (op->>'op_id', p_site, v_result, LEAST(duty_sync.op_hlc(op), v_limit));
        v_list := v_list || v_result;
    END LOOP;
    RETURN to_jsonb(v_list);
END $$;

CREATE OR REPLACE FUNCTION duty_sync.config_int(p_key text, p_default bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT COALESCE((SELECT value::bigint FROM duty_sync.config WHERE key = p_key), p_default);
$$;

-- Names the server writes as an origin itself (conflict records are 'server''s): no workstation may take one.
CREATE OR REPLACE FUNCTION duty_sync.reserved_sites() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['server', 'duty_sync', 'duty-desk', 'system'];
$$;

-- The push lock, waited for `push_wait_ms` (5 s) at most: a workstation never hangs behind another. A holder
-- whose transaction has been open longer than `push_hold_max_ms` (15 s; a push takes about a second) is a
-- workstation that left `BEGIN; SELECT sync_push(...)` open or stalled with it: its session is ended (its
-- timeouts are its own to change, so they cannot be relied on). Ends with 55P03 "the server is busy" otherwise.
CREATE OR REPLACE FUNCTION duty_sync.push_lock() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_until timestamptz := clock_timestamp()
        + make_interval(secs => duty_sync.config_int('push_wait_ms', 5000) / 1000.0);
    v_hold interval := make_interval(secs => duty_sync.config_int('push_hold_max_ms', 15000) / 1000.0);
BEGIN
    WHILE NOT pg_try_advisory_xact_lock(hashtext('duty_sync.push')) LOOP
        PERFORM pg_terminate_backend(a.pid)
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database
                                                                     WHERE datname = current_database())
          AND l.objid = hashtext('duty_sync.push')::oid AND a.xact_start < clock_timestamp() - v_hold
          AND a.usesysid IN (SELECT member FROM pg_auth_members WHERE roleid = (
              SELECT oid FROM pg_roles WHERE rolname = (SELECT value FROM duty_sync.config WHERE key = 'group_role')));
        IF clock_timestamp() > v_until THEN
            RAISE EXCEPTION USING ERRCODE = '55P03',
                MESSAGE = 'the server is busy with another workstation''s push; try again (the next sync does)';
        END IF;
        PERFORM pg_sleep(0.02);
    END LOOP;
END $$;

-- The one entry point for changes. Idempotent by op_id: a batch resent after a lost reply changes nothing.
CREATE OR REPLACE FUNCTION duty_sync.sync_push(p_site text, p_batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_results jsonb;
    v_min_schema int := COALESCE((SELECT value::int FROM duty_sync.config WHERE key = 'min_schema'), 0);
    v_max_schema int := COALESCE((SELECT value::int FROM duty_sync.config WHERE key = 'schema'), 0);
    v_max_bytes bigint := duty_sync.config_int('push_batch_bytes', 4194304);
    v_max_ops bigint := duty_sync.config_int('push_batch_ops', 2000);
BEGIN
    -- A workstation speaks only for the site it registered with sync_hello under its own login.
    IF NOT EXISTS (SELECT 1 FROM duty_sync.sites WHERE site = p_site AND workstation = session_user) THEN
        RAISE EXCEPTION 'site % is not registered to workstation %; sync_hello first', p_site, session_user;
    END IF;
    IF octet_length(p_batch::text) > v_max_bytes OR jsonb_array_length(p_batch) > v_max_ops THEN
        RAISE EXCEPTION USING ERRCODE = '54000', MESSAGE = format(
            'batch refused: %s ops, %s bytes; the server takes at most %s ops and %s bytes a call '
            '(push_batch_ops, push_batch_bytes in duty_sync.config)',
            jsonb_array_length(p_batch), octet_length(p_batch::text), v_max_ops, v_max_bytes);
    END IF;
    PERFORM set_config('duty_sync.site', p_site, true);  -- for the audit triggers (server_audit.sql)
    -- One pusher at a time: change_log.seq then follows commit order, so a pull never skips a change.
    PERFORM duty_sync.push_lock();
    BEGIN
        v_results := duty_sync.push_ops(p_site, p_batch, v_min_schema, false, v_max_schema);
    EXCEPTION WHEN OTHERS THEN
        v_results := duty_sync.push_ops(p_site, p_batch, v_min_schema, true, v_max_schema);
    END;
    UPDATE duty_sync.sites SET last_seen = now() WHERE site = p_site;
    RETURN v_results;
END $$;

-- A page ends at p_limit rows or once it holds `pull_page_bytes` of JSON (8 MiB unless configured), whichever
-- comes first: a thousand attachment chunks would be one 90 MB reply. It always holds at least one row, and the
-- client asks again until a page comes back empty.
CREATE OR REPLACE FUNCTION duty_sync.sync_pull(p_after bigint, p_limit int)
RETURNS TABLE (seq bigint, tbl text, data jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT p.seq, p.tbl, p.data FROM (
        SELECT c.seq, c.tbl, c.data,
               sum(octet_length(c.data::text)) OVER (ORDER BY c.seq) - octet_length(c.data::text) AS before
        FROM duty_sync.change_log c WHERE c.seq > p_after ORDER BY c.seq LIMIT p_limit) p
    WHERE p.before = 0
       OR p.before < COALESCE((SELECT value::bigint FROM duty_sync.config WHERE key = 'pull_page_bytes'), 8388608)
    ORDER BY p.seq;
$$;

-- A workstation has recorded the answers to these ops of its own and will never resend them: their rows are
-- kept `settled_keep_days` (30 unless configured, at least 1) as a record of the verdict, then removed, so
-- applied_ops holds weeks of ops rather than every op ever pushed; `forgotten` still guards them. Returns how
-- many rows went.
CREATE OR REPLACE FUNCTION duty_sync.sync_settle(p_site text, p_ops jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_removed integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM duty_sync.sites WHERE site = p_site AND workstation = session_user) THEN
        RAISE EXCEPTION 'site % is not registered to workstation %; sync_hello first', p_site, session_user;
    END IF;
    UPDATE duty_sync.applied_ops SET settled_at = now()
    WHERE site = p_site AND settled_at IS NULL AND op_id IN (SELECT jsonb_array_elements_text(p_ops));
    WITH gone AS (
        -- Rows from before stamps were kept (hlc NULL) stay: without a stamp no mark could guard them.
        DELETE FROM duty_sync.applied_ops WHERE hlc IS NOT NULL AND settled_at < now() - make_interval(
            days => GREATEST(1, COALESCE((SELECT value::int FROM duty_sync.config WHERE key = 'settled_keep_days'),
                                         30)))
        RETURNING site, hlc
    ), marked AS (
        INSERT INTO duty_sync.forgotten (site, hlc, upto_seq)
        SELECT g.site, max(g.hlc), (SELECT COALESCE(max(c.seq), 0) FROM duty_sync.change_log c) FROM gone g
        GROUP BY g.site
        ON CONFLICT (site) DO UPDATE SET hlc = GREATEST(duty_sync.forgotten.hlc, EXCLUDED.hlc),
                                         upto_seq = GREATEST(duty_sync.forgotten.upto_seq, EXCLUDED.upto_seq)
        RETURNING 1
    )
    SELECT count(*) INTO v_removed FROM gone;
    RETURN v_removed;
END $$;

-- Registers the workstation and tells it the server's time and the oldest schema the server accepts.
CREATE OR REPLACE FUNCTION duty_sync.sync_hello(p_site text, p_client_ms bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    IF p_site IS NULL OR btrim(p_site) = '' OR length(p_site) > 64
            OR lower(btrim(p_site)) = ANY(duty_sync.reserved_sites()) THEN
        RAISE EXCEPTION 'site id % is reserved or malformed', p_site;
    END IF;
    -- A site belongs to the workstation login that registered it, while that login exists.
    IF EXISTS (SELECT 1 FROM duty_sync.sites s JOIN pg_roles r ON r.rolname = s.workstation
               WHERE s.site = p_site AND s.workstation <> session_user) THEN
        RAISE EXCEPTION 'site % is registered to another workstation', p_site;
    END IF;
    -- One site per login, registered once: a login cannot fill the site table or speak as a second site.
    IF EXISTS (SELECT 1 FROM duty_sync.sites WHERE workstation = session_user AND site <> p_site) THEN
        RAISE EXCEPTION 'workstation % is registered as another site already; a login speaks for one site '
                        '(a rebuilt workstation gets a new login: duty-desk server add-workstation)', session_user;
    END IF;
    INSERT INTO duty_sync.sites (site, workstation, last_seen, clock_offset_ms)
    VALUES (p_site, session_user, now(), p_client_ms - v_now_ms)
    ON CONFLICT (site) DO UPDATE SET workstation = session_user, last_seen = now(),
                                     clock_offset_ms = p_client_ms - v_now_ms;
    RETURN jsonb_build_object(
        'server_ms', v_now_ms,
        'min_schema', COALESCE((SELECT value::int FROM duty_sync.config WHERE key = 'min_schema'), 0),
        'head', COALESCE((SELECT max(seq) FROM duty_sync.change_log), 0),
        'push_batch_bytes', duty_sync.config_int('push_batch_bytes', 4194304),
        'push_batch_ops', duty_sync.config_int('push_batch_ops', 2000),
        'sites', COALESCE((SELECT jsonb_object_agg(site, workstation) FROM duty_sync.sites), '{}'::jsonb));
END $$;
