-- The grid's text filter is lower(statement) like '%…%': without an index it reads every row of
-- the table, other companies' included. This index leads on tenant_id and holds the statement's
-- trigrams (db/bootstrap/V2__text_search.sql creates the extensions).

create index hypothesis_statement_trgm_idx on hypothesis
    using gin (tenant_id, lower(statement) extensions.gin_trgm_ops);
