-- Duty Desk sync: the server anchors every workstation's audit chain. Idempotent: `duty-desk server init` runs it
-- after server_schema.sql on every upgrade.
--
-- During sync_push, `duty_sync.site` names the pushing site (set by sync_push for its own transaction). An audit
-- entry or audit key pushed then must be that site's own, and an entry must continue its site's chain exactly
-- (the next seq, the previous entry's hash): a workstation login can neither speak for another site nor take
-- another site's next number. Refused rows come back to the workstation as refused ops with the reason.

-- Every entry's (site, seq, hash) as it arrived: append-only, so a later server copy can show what was pushed.
CREATE TABLE IF NOT EXISTS duty_sync.audit_heads (
    site text NOT NULL,
    seq bigint NOT NULL,
    hash text NOT NULL,
    change_seq bigint NOT NULL,   -- the entry's place in change_log: a workstation past it has pulled it
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, seq)
);
-- Chains that reached the server before this table existed: their latest entry is their head.
INSERT INTO duty_sync.audit_heads (site, seq, hash, change_seq)
SELECT DISTINCT ON (origin_site) origin_site, seq, hash, COALESCE(server_version, 0)
FROM public.audit_log ORDER BY origin_site, seq DESC
ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION duty_sync.audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_site text := NULLIF(current_setting('duty_sync.site', true), '');
    v_prev record;
BEGIN
    IF v_site IS NULL THEN
        RETURN NEW;  -- not a push: the server's owner at work
    END IF;
    IF NEW.origin_site IS DISTINCT FROM v_site THEN
        RAISE EXCEPTION 'an audit record of workstation site % cannot come from site %', NEW.origin_site, v_site;
    END IF;
    IF TG_TABLE_NAME = 'audit_log' THEN
        SELECT a.seq, a.hash INTO v_prev FROM public.audit_log a
        WHERE a.origin_site = NEW.origin_site ORDER BY a.seq DESC LIMIT 1;
        IF NEW.seq IS DISTINCT FROM COALESCE(v_prev.seq, 0) + 1
                OR NEW.prev_hash IS DISTINCT FROM COALESCE(v_prev.hash, repeat('0', 64)) THEN
            RAISE EXCEPTION 'audit entry #% of site % does not continue its chain (the server holds it up to #%)',
                NEW.seq, NEW.origin_site, COALESCE(v_prev.seq, 0);
        END IF;
        INSERT INTO duty_sync.audit_heads (site, seq, hash, change_seq)
        VALUES (NEW.origin_site, NEW.seq, NEW.hash, COALESCE(NEW.server_version, 0));
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS audit_guard ON public.audit_log;
CREATE TRIGGER audit_guard BEFORE INSERT ON public.audit_log FOR EACH ROW EXECUTE FUNCTION duty_sync.audit_guard();
DROP TRIGGER IF EXISTS audit_guard ON public.audit_keys;
CREATE TRIGGER audit_guard BEFORE INSERT ON public.audit_keys FOR EACH ROW EXECUTE FUNCTION duty_sync.audit_guard();

CREATE OR REPLACE FUNCTION duty_sync.audit_heads_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'duty_sync.audit_heads is append-only';
END $$;
DROP TRIGGER IF EXISTS append_only ON duty_sync.audit_heads;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON duty_sync.audit_heads
    FOR EACH ROW EXECUTE FUNCTION duty_sync.audit_heads_append_only();

-- Every site's latest head, for `duty-desk audit verify` on a linked workstation.
CREATE OR REPLACE FUNCTION duty_sync.sync_audit_heads() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT jsonb_build_object(
        'as_of', to_jsonb(now()),
        'heads', COALESCE((SELECT jsonb_object_agg(h.site, jsonb_build_array(h.seq, h.hash, h.change_seq))
                           FROM (SELECT DISTINCT ON (site) site, seq, hash, change_seq FROM duty_sync.audit_heads
                                 ORDER BY site, seq DESC) h), '{}'::jsonb));
$$;
