-- The text filter of V16 returned only ids: a page of the grid then looked every match up in the
-- table again to sort them (about 1,100 index lookups for 50 rows, half the page's 5 ms, and the
-- grid's most expensive statement under load). The matches now carry the columns the grid narrows
-- and sorts by, so a page is ordered among the matches alone and only its own rows are read back.
-- The rule is V16's: it reads only the company bound to the transaction, never one passed in.

create function hypotheses_matching(p_text varchar)
    returns table (id uuid, product_id uuid, theory_id uuid, owner_id uuid, status varchar,
                   test_method varchar, updated_at timestamptz, deadline date, statement_sort varchar)
    language sql stable security definer set search_path = public
    rows 1000
as $$
    select h.id, h.product_id, h.theory_id, h.owner_id, h.status, h.test_method, h.updated_at,
           h.deadline, h.statement_sort
    from hypothesis h
    where h.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
      and lower(h.statement) like
          '%' || replace(replace(replace(lower(p_text), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
revoke all on function hypotheses_matching(varchar) from public;
grant execute on function hypotheses_matching(varchar) to ${appRole};

drop function hypothesis_ids_matching(varchar);
