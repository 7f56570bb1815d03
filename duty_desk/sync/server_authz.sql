-- Duty Desk sync: who may push what. Run by `duty-desk server init` after server_schema.sql; idempotent.
-- Each synced table's rule comes from its model's declaration (storage.base: __push__, __push_open__,
-- __push_proof__, __verifier__); each workstation login's capabilities from `server add-workstation` and
-- `server set-workstation --manages ...`. Workstations can read or write neither: they only EXECUTE the entry
-- points, and apply_op asks authorize_op before it writes anything.

CREATE TABLE IF NOT EXISTS duty_sync.workstations (
    login text PRIMARY KEY,
    manages text[] NOT NULL DEFAULT '{}'  -- PushRule values: 'accounts', 'rules'
);
ALTER TABLE duty_sync.synced_tables ADD COLUMN IF NOT EXISTS push text NOT NULL DEFAULT 'any';
ALTER TABLE duty_sync.synced_tables ADD COLUMN IF NOT EXISTS open_fields text[] NOT NULL DEFAULT '{}';
ALTER TABLE duty_sync.synced_tables ADD COLUMN IF NOT EXISTS proof_fields text[] NOT NULL DEFAULT '{}';
ALTER TABLE duty_sync.synced_tables ADD COLUMN IF NOT EXISTS verifier text;

-- Whether `proof` is the password proof of the row as the server holds it: its SHA-256 is the verifier kept as
-- the last of the seven '$' parts of the verifier column (services.passwords). A hash from before verifiers
-- (six parts) has none, and nothing proves a change of it.
CREATE OR REPLACE FUNCTION duty_sync.proves(p_proof text, p_stored text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(p_proof ~ '^[0-9a-f]{64}$' AND cardinality(string_to_array(p_stored, '$')) = 7
                    AND encode(sha256(decode(p_proof, 'hex')), 'hex') = split_part(p_stored, '$', 7), false);
$$;

-- Raises, naming the reason, when the pushing workstation may not make this change; push_ops' careful mode
-- turns that into a `rejected` answer. `p_in` is the op's row through the column types, `p_exists` whether the
-- server holds the row.
CREATE OR REPLACE FUNCTION duty_sync.authorize_op(p_site text, op jsonb, p_info duty_sync.synced_tables,
                                                  p_in jsonb, p_exists boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_manages text[];
    v_cur jsonb;
    v_changed text[];
    v_closed text[];
    v_rule text;
BEGIN
    IF p_info.push = 'any' THEN
        RETURN;  -- most kinds: every workstation's, as its own services decide
    END IF;
    v_manages := COALESCE((SELECT manages FROM duty_sync.workstations WHERE login = session_user), '{}');
    IF p_info.push = ANY(v_manages) THEN
        RETURN;
    END IF;
    IF NOT p_exists THEN
        IF p_info.push = 'server' THEN
            RAISE EXCEPTION USING MESSAGE = format('only the server makes %s records', p_info.tbl);
        END IF;
        RAISE EXCEPTION USING MESSAGE = format(
            'only a workstation that manages %s may add to %s; workstation %s does not '
            '(duty-desk server set-workstation %s --manages %s)', p_info.push, p_info.tbl, session_user,
            session_user, p_info.push);
    END IF;
    EXECUTE format('SELECT to_jsonb(t) FROM public.%I t WHERE id = $1', p_info.tbl) INTO v_cur USING op->>'row_id';
    -- The fields this op would really change, as apply_op merges them.
    v_changed := ARRAY(SELECT f FROM jsonb_array_elements_text(op->'changed') f
                       WHERE f = ANY(p_info.fields) AND (v_cur->f) IS DISTINCT FROM (p_in->f));
    v_closed := ARRAY(SELECT f FROM unnest(v_changed) f WHERE NOT f = ANY(p_info.open_fields));

    IF p_info.push = 'server' THEN
        IF cardinality(v_closed) > 0 THEN
            RAISE EXCEPTION USING MESSAGE = format(
                'only the server changes the %s of a %s record; a workstation may only close it',
                array_to_string(v_closed, ', '), p_info.tbl);
        END IF;
        IF 'resolved' = ANY(v_changed) AND NOT (p_in->>'resolved')::boolean THEN
            RAISE EXCEPTION 'a closed conflict cannot be reopened from a workstation';
        END IF;
        -- Closing a conflict decides its record: as much a change of it as an edit.
        SELECT push INTO v_rule FROM duty_sync.synced_tables WHERE tbl = v_cur->>'record_table';
        IF cardinality(v_changed) > 0 AND v_rule IN ('accounts', 'rules') AND NOT v_rule = ANY(v_manages) THEN
            RAISE EXCEPTION USING MESSAGE = format(
                'only a workstation that manages %s may close a conflict of %s; workstation %s does not',
                v_rule, v_cur->>'record_table', session_user);
        END IF;
        RETURN;
    END IF;

    IF cardinality(v_closed) = 0 THEN
        RETURN;
    END IF;
    IF v_closed <@ p_info.proof_fields THEN
        -- The record's own user, from any workstation: only with the proof of the password it had.
        IF duty_sync.proves(op->>'proof', v_cur->>p_info.verifier) THEN
            RETURN;
        END IF;
        RAISE EXCEPTION USING MESSAGE = format(
            'a change of the password of %s %s from workstation %s, which does not manage %s, needs proof of '
            'that user''s own password, and the proof is missing or wrong', p_info.tbl, op->>'row_id',
            session_user, p_info.push);
    END IF;
    RAISE EXCEPTION USING MESSAGE = format(
        'only a workstation that manages %s may change %s of %s; workstation %s does not '
        '(duty-desk server set-workstation %s --manages %s)', p_info.push, array_to_string(v_closed, ', '),
        p_info.tbl, session_user, session_user, p_info.push);
END $$;
