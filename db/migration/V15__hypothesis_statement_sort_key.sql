-- Sorting the grid by statement used the expression index of V12 only to find rows, never alone:
-- PostgreSQL cannot answer an index-only scan from an expression index, so a page deep in that
-- order read (or sorted) every hypothesis of the company before it (90 ms at offset 30,000, with
-- the sort spilling to disk). The sort key is now a stored column of its own, indexed with the
-- tie-breaker, so a page's ids come from the index alone.

alter table hypothesis
    add column statement_sort varchar(100) generated always as (left(statement, 100)) stored;
create index hypothesis_statement_key_idx on hypothesis (tenant_id, statement_sort, id);
drop index hypothesis_statement_sort_idx;
