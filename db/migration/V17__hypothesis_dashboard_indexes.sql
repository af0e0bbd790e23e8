-- Orders the grid and the dashboard ask for that no index served, found in the benchmark's
-- statement statistics on a company with 50,000 hypotheses:
-- - the grid by deadline, latest first: undated hypotheses still go last, so a backward walk of
--   the ascending index (which puts them first) cannot serve it; every row was sorted (40 ms);
-- - the dashboard's recent learnings, by end date: every ended hypothesis was sorted (48 ms);
-- - the dashboard's overdue tests, by deadline among those testing.

create index hypothesis_deadline_desc_idx on hypothesis (tenant_id, deadline desc nulls last, id desc);
create index hypothesis_ended_idx on hypothesis (tenant_id, ended_at desc nulls last);
create index hypothesis_testing_deadline_idx on hypothesis (tenant_id, status, deadline);
