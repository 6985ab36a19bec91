"""Roles, grants and the login function of an office database (run by ``server init`` and
after every schema upgrade on the server, as the superuser; idempotent).

* Group roles ``lk3_kepala``, ``lk3_konselor``, ``lk3_staf`` (no login) hold the privileges;
  each person has a login role in exactly one of them.
* ``lk3_admin`` (no login, CREATEROLE) owns ``lk3_sync_login``, the one way a login role is
  made, given a password, moved between groups or stopped: always from the ``users`` row, so
  nobody (not a head either) needs CREATEROLE on their own connection.
* ``lk3_set_recovery_login`` (heads only) gives the recovery card's login its password: a
  head's rights, no account (see db/server/connect.recovery_secret).
* The audit log can be read and appended to by everyone, changed or deleted by no one.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from lk3_desktop.core.roles import Role
from lk3_desktop.db.server.enrollment import RECOVERY_ROLE_SUFFIX

GROUPS = {role: f"lk3_{role.value}" for role in Role}
ADMIN = "lk3_admin"
_ALL_GROUPS = ", ".join(GROUPS.values())


def _ensure_role(conn: Connection, name: str, options: str) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    if exists is None:
        conn.execute(text(f'CREATE ROLE "{name}" {options}'))
    else:
        conn.execute(text(f'ALTER ROLE "{name}" {options}'))


def _sync_login_sql(prefix: str) -> str:
    group_case = " ".join(f"WHEN '{role.value}' THEN '{group}'" for role, group in GROUPS.items())
    return f"""
CREATE OR REPLACE FUNCTION lk3_sync_login(p_username text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_role text := '{prefix}' || p_username;
    v_user record;
    v_group text;
    v_head boolean;
    g text;
BEGIN
    SELECT role, active INTO v_user FROM users WHERE username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'lk3: no such user' USING ERRCODE = '42704';
    END IF;
    v_head := pg_has_role(session_user, 'lk3_kepala', 'MEMBER')
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user);
    IF NOT v_head AND session_user <> v_role THEN
        RAISE EXCEPTION 'lk3: only the head manages other logins' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', v_role);
    END IF;
    IF p_verifier IS NOT NULL THEN
        IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'lk3: a SCRAM verifier is required' USING ERRCODE = '22023';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier);
    END IF;
    v_group := CASE v_user.role {group_case} END;
    FOREACH g IN ARRAY ARRAY[{", ".join(f"'{g}'" for g in GROUPS.values())}] LOOP
        IF g = v_group THEN
            EXECUTE format('GRANT %I TO %I', g, v_role);
        ELSIF pg_has_role(v_role, g, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', g, v_role);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), v_role);
    IF v_user.active THEN
        EXECUTE format('ALTER ROLE %I LOGIN', v_role);
    ELSE
        -- Deactivated: no login and no password (their old slot helps nobody), and the
        -- connections they still hold end now, not at their next sign-in.
        EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', v_role);
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE usename = v_role AND pid <> pg_backend_pid();
    END IF;
END
$fn$
"""


def _recovery_login_sql(role: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION lk3_set_recovery_login(p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
    IF NOT (pg_has_role(session_user, 'lk3_kepala', 'MEMBER')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
        RAISE EXCEPTION 'lk3: only the head sets the recovery login' USING ERRCODE = '42501';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'lk3: a SCRAM verifier is required' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', '{role}');
    END IF;
    EXECUTE format('GRANT lk3_kepala TO %I', '{role}');
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '{role}');
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', '{role}', p_verifier);
END
$fn$
"""


def install(conn: Connection, database: str, prefix: str) -> None:
    """Groups, grants and the login function on the database ``conn`` is connected to
    (as a superuser, inside the caller's transaction)."""
    for group in GROUPS.values():
        _ensure_role(conn, group, "NOLOGIN")
    _ensure_role(conn, ADMIN, "NOLOGIN CREATEROLE")
    conn.execute(text(f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC'))
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {ADMIN} WITH GRANT OPTION'))
    # The yearly report gathers the clients it counts into a temporary table.
    conn.execute(text(f'GRANT TEMPORARY ON DATABASE "{database}" TO {_ALL_GROUPS}'))
    conn.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {_ALL_GROUPS}, {ADMIN}"))
    for group in GROUPS.values():
        # lk3_admin grants the groups inside lk3_sync_login.
        conn.execute(text(f"GRANT {group} TO {ADMIN} WITH ADMIN OPTION"))
    conn.execute(
        text(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {_ALL_GROUPS}"
        )
    )
    conn.execute(
        text(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {_ALL_GROUPS}")
    )
    conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {_ALL_GROUPS}"))
    conn.execute(text(f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {_ALL_GROUPS}"))
    conn.execute(text(f"GRANT SELECT ON users TO {ADMIN}"))
    conn.execute(text(_sync_login_sql(prefix)))
    conn.execute(text(f"ALTER FUNCTION lk3_sync_login(text, text) OWNER TO {ADMIN}"))
    conn.execute(text("REVOKE ALL ON FUNCTION lk3_sync_login(text, text) FROM PUBLIC"))
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION lk3_sync_login(text, text) TO {_ALL_GROUPS}"))
    # Ends the connections of a login that was just stopped (lk3_sync_login).
    conn.execute(text(f"GRANT pg_signal_backend TO {ADMIN}"))
    conn.execute(text(_recovery_login_sql(prefix + RECOVERY_ROLE_SUFFIX)))
    conn.execute(text(f"ALTER FUNCTION lk3_set_recovery_login(text) OWNER TO {ADMIN}"))
    conn.execute(text("REVOKE ALL ON FUNCTION lk3_set_recovery_login(text) FROM PUBLIC"))
    head = GROUPS[Role.KEPALA]
    conn.execute(text(f"GRANT EXECUTE ON FUNCTION lk3_set_recovery_login(text) TO {head}"))


# Row-level security: the same rule as services.cases.may_see_clinical, held by the server
# for each person's own login role. Tables whose rows belong to a case directly, and tables
# whose rows belong to such a row (the policy asks whether that parent row is visible, which
# its own policy answers).
CASE_TABLES = (
    "counseling_sessions",
    "instrument_administrations",
    "psychosocial_assessments",
    "risk_flags",
    "case_goals",
    "referrals",
    "client_safety_plans",
)
CHILD_TABLES = {
    "session_addenda": ("session_id", "counseling_sessions"),
    "session_attendees": ("session_id", "counseling_sessions"),
    "administration_addenda": ("administration_id", "instrument_administrations"),
    "psychosocial_addenda": ("assessment_id", "psychosocial_assessments"),
    "safety_plan_items": ("assessment_id", "psychosocial_assessments"),
    "goal_reviews": ("goal_id", "case_goals"),
    "referral_letters": ("referral_id", "referrals"),
    "referral_status_changes": ("referral_id", "referrals"),
    "referral_consents": ("referral_id", "referrals"),
    "referral_attachments": ("referral_id", "referrals"),
    "referral_enclosures": ("referral_id", "referrals"),
    "client_safety_plan_addenda": ("plan_id", "client_safety_plans"),
    "attachment_chunks": ("attachment_id", "attachments"),
}
# Tables of a case that are not clinical content: the registry and the schedule (staf work
# with them) and the codes the reports count (DESIGN.md "Keys per person and per case").
NOT_CLINICAL = frozenset(
    {"appointments", "case_assignments", "case_problem_areas", "case_stage_changes"}
)
# An attachment is clinical or not by its own column: the client's documents (KTP, consent
# forms) are the registry's, a session's or an assessment's are the case's.
ATTACHMENT_RULE = "NOT clinical OR lk3_may_see_case(case_id)"
POLICY = "lk3_clinical"


def _functions_sql(prefix: str) -> list[str]:
    return [
        f"""
CREATE OR REPLACE FUNCTION lk3_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT id FROM users
    WHERE username = substr(session_user, {len(prefix) + 1}) AND active
      AND starts_with(session_user, '{prefix}')
$fn$""",
        """
CREATE OR REPLACE FUNCTION lk3_may_see_case(p_case integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT pg_has_role(session_user, 'lk3_kepala', 'MEMBER')
        OR (pg_has_role(session_user, 'lk3_konselor', 'MEMBER')
            AND EXISTS (SELECT 1 FROM cases
                        WHERE id = p_case AND counselor_id = lk3_user_id()))
$fn$""",
    ]


def _row_exists_sql() -> str:
    covered = ", ".join(f"'{name}'" for name in sorted(_covered()))
    return f"""
CREATE OR REPLACE FUNCTION lk3_row_exists(p_table text, p_id integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
    v_found boolean;
BEGIN
    IF p_table NOT IN ({covered}) THEN
        RAISE EXCEPTION 'lk3: not a table with row security' USING ERRCODE = '22023';
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', p_table)
        INTO v_found USING p_id;
    RETURN v_found;
END
$fn$"""


_APPOINTMENT_SESSIONS_SQL = """
CREATE OR REPLACE FUNCTION lk3_appointment_sessions(p_ids integer[])
RETURNS TABLE (appointment_id integer, session_id integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT s.appointment_id, s.id FROM counseling_sessions s
    WHERE s.appointment_id = ANY (p_ids)
$fn$"""

# A counselor the head let sign referral letters (a.n. Kepala) sees the referrals waiting
# for a signature on other counselors' cases too (services/referrals/settings.py).
_REFERRAL_SIGNER_SQL = """
CREATE OR REPLACE FUNCTION lk3_is_referral_signer() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
    SELECT pg_has_role(session_user, 'lk3_konselor', 'MEMBER') AND EXISTS (
        SELECT 1 FROM settings
        WHERE key = 'referral_signers' AND value::jsonb @> to_jsonb(lk3_user_id()))
$fn$"""


def _covered() -> set[str]:
    return set(ROW_LOOKUP)


# The records a service loads by id (lk3_row_exists answers for these only).
ROW_LOOKUP = (*CASE_TABLES, "attachments")


def install_row_security(conn: Connection, prefix: str) -> None:
    """Policies on every clinical table (idempotent). The superuser who owns the tables is
    not bound by them; every login role is."""
    for statement in _functions_sql(prefix):
        conn.execute(text(statement))
    # lk3_row_exists tells a service that a row it may not see exists (so it refuses as on
    # one computer): ids only, never content; its owner reads past the policies.
    conn.execute(text(f"ALTER ROLE {ADMIN} BYPASSRLS"))
    for table in sorted(_covered()):
        conn.execute(text(f"GRANT SELECT (id) ON {table} TO {ADMIN}"))
    conn.execute(text(_row_exists_sql()))
    conn.execute(text(f"GRANT SELECT (id, appointment_id) ON counseling_sessions TO {ADMIN}"))
    conn.execute(text(_APPOINTMENT_SESSIONS_SQL))
    conn.execute(text(f"GRANT SELECT (key, value) ON settings TO {ADMIN}"))
    conn.execute(text(_REFERRAL_SIGNER_SQL))
    for name in (
        "lk3_user_id()",
        "lk3_may_see_case(integer)",
        "lk3_row_exists(text, integer)",
        "lk3_appointment_sessions(integer[])",
        "lk3_is_referral_signer()",
    ):
        conn.execute(text(f"ALTER FUNCTION {name} OWNER TO {ADMIN}"))
        conn.execute(text(f"REVOKE ALL ON FUNCTION {name} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {name} TO {_ALL_GROUPS}"))
    conn.execute(text(f"GRANT SELECT ON cases TO {ADMIN}"))
    for table in CASE_TABLES:
        if table == "referrals":
            _policy(conn, table, "lk3_may_see_case(case_id) OR lk3_is_referral_signer()")
        else:
            _policy(conn, table, "lk3_may_see_case(case_id)")
    _policy(conn, "attachments", ATTACHMENT_RULE)
    for table, (column, parent) in CHILD_TABLES.items():
        _policy(conn, table, f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column})")
    # A draft is its author's, whatever case it is for.
    _policy(
        conn,
        "note_drafts",
        "author_id = lk3_user_id() OR (case_id IS NOT NULL AND lk3_may_see_case(case_id))",
    )


def _policy(conn: Connection, table: str, visible: str) -> None:
    conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"DROP POLICY IF EXISTS {POLICY} ON {table}"))
    conn.execute(
        text(f"CREATE POLICY {POLICY} ON {table} FOR ALL USING ({visible}) WITH CHECK ({visible})")
    )
