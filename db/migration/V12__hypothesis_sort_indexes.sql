-- The hypothesis grid pages deep into a company's hypotheses in four orders (last change, status,
-- deadline, statement), either way. An index leading on tenant_id in each order, with id as the
-- tie-breaker, gives a page's ids by walking the index instead of sorting every row before it.
-- Statements are sorted and indexed by their first 100 characters: a whole statement (up to 2,000
-- characters of up to 4 bytes) could exceed a btree entry.

create index hypothesis_updated_idx on hypothesis (tenant_id, updated_at, id);
create index hypothesis_status_sort_idx on hypothesis (tenant_id, status, id);
create index hypothesis_deadline_sort_idx on hypothesis (tenant_id, deadline, id);
create index hypothesis_statement_sort_idx on hypothesis (tenant_id, left(statement, 100), id);
drop index hypothesis_deadline_idx;
