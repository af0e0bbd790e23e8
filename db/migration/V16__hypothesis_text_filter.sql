-- The grid's text filter through the trigram index of V13. Under row-level security PostgreSQL
-- will not put LIKE in an index condition (the operator is not leakproof), so the filter read
-- every company's hypotheses (30 ms, and a sequential scan of other tenants' rows). This function
-- runs as the owner, which bypasses row-level security, and reads only the company bound to the
-- transaction, never one passed in: it shows nothing the policy would hide.

create function hypothesis_ids_matching(p_text varchar)
    returns table (id uuid)
    language sql stable security definer set search_path = public
    rows 1000
as $$
    select h.id
    from hypothesis h
    where h.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      and lower(h.statement) like
          '%' || replace(replace(replace(lower(p_text), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
revoke all on function hypothesis_ids_matching(varchar) from public;
grant execute on function hypothesis_ids_matching(varchar) to ${appRole};
