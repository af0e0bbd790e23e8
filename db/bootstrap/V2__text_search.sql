-- Trigram search for the hypothesis grid's "text in the statement" filter (a contains-search
-- that a btree cannot serve). Extensions are created by a superuser, in a schema of their own so
-- their functions stay out of the application's schema; the migrations only use the operator
-- classes in index definitions. btree_gin lets such an index lead on tenant_id.
create schema if not exists extensions;
create extension if not exists pg_trgm schema extensions;
create extension if not exists btree_gin schema extensions;
-- The owner builds indexes with their operator classes; every role that writes a hypothesis
-- keeps those indexes up to date through them.
grant usage on schema extensions to ${ownerRole}, ${appRole};
