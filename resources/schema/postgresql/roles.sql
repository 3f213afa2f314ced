-- SPDX-License-Identifier: GPL-3.0-or-later
-- The roles of a Quorum server library, run by `quorum server-init` after the schema, as the
-- database's owner, and safe to run again. For the database D it makes (when missing) two NOLOGIN
-- roles:
--   D_readers  may read every table and view;
--   D_editors  may also insert, update and delete rows (but not change quorum_meta) and take ids
--              from the sequences.
-- A person gets in by `GRANT "D_editors" TO alice` (or D_readers). Tables, views and sequences the
-- owner creates later (the next formats' migrations) are covered by ALTER DEFAULT PRIVILEGES.
-- Functions (the triggers', quorum_fold) keep PostgreSQL's default EXECUTE for everyone; the
-- triggers run as the user who writes, so an editor's write updates search_index too.
-- Making the roles needs CREATEROLE; an owner without it can have an administrator create the two
-- roles first, then this script only grants. Every name is quoted with format('%I'), so a database
-- called anything at all cannot break out of the statements.
DO $quorum$
DECLARE
    readers TEXT := current_database() || '_readers';
    editors TEXT := current_database() || '_editors';
    owner TEXT := current_user;
    here TEXT := current_schema();
BEGIN
    -- Longer names would be cut to 63 bytes, and both cut to the same role.
    IF octet_length(editors) > 63 THEN
        RAISE EXCEPTION 'The database name % is too long to name its roles (at most 54 bytes).', current_database();
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = readers) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', readers);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = editors) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', editors);
    END IF;
    -- An editor can do everything a reader can.
    IF NOT pg_has_role(editors, readers, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', readers, editors);
    END IF;

    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), readers);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', here, readers);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', here, readers);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', here, editors);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON quorum_meta FROM %I', editors);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', here, editors);

    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT ON TABLES TO %I',
                   owner, here, readers);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I '
                   'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', owner, here, editors);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I '
                   'GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', owner, here, editors);
END
$quorum$;
