-- The hypothesis grid opens sorted by last change, newest first, and pages deep into a company's
-- hypotheses: an index leading on tenant_id in exactly that order (with id, the grid's
-- tie-breaker) gives a page's ids from the index instead of a sort of every row before it.

create index hypothesis_updated_idx on hypothesis (tenant_id, updated_at desc nulls last, id);
