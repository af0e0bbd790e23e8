-- Run once by a superuser (the embedded database and the tests do it for you; on a real
-- deployment a DBA runs the equivalent, see README "Configuration").
-- The owner runs the migrations, owns every table and the directory functions (it bypasses RLS,
-- see docs/SECURITY.md); the app role owns nothing and is
-- subject to row-level security on every tenant-owned table.
create role ${ownerRole} login password '${ownerPassword}' nosuperuser bypassrls;
create role ${appRole} login password '${appPassword}' nosuperuser nobypassrls nocreatedb nocreaterole;
alter schema public owner to ${ownerRole};
revoke all on schema public from public;
grant usage on schema public to ${appRole};
