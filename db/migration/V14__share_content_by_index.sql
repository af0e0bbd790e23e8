-- What a share shows, found by index: "all items or the hand-picked ones" was one OR in a join
-- filter, so PostgreSQL read every roadmap item of the company and the share items of every
-- share to keep 25 of them (9 ms on a company with 20,000 items). Each case is now a branch of
-- its own: all items come from the product's board index, hand-picked ones from the share's.

create or replace function share_content(p_tenant uuid, p_share uuid, p_persona varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_id uuid, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language sql stable security definer set search_path = public
as $$
    with shown as (
        select i.*
        from roadmap_share s
        join roadmap_item i on i.tenant_id = s.tenant_id and i.product_id = s.product_id
        where s.tenant_id = p_tenant and s.id = p_share and s.all_items
        union all
        select i.*
        from roadmap_share s
        join roadmap_share_item si on si.tenant_id = s.tenant_id and si.share_id = s.id
        join roadmap_item i on i.tenant_id = si.tenant_id and i.id = si.item_id and i.product_id = s.product_id
        where s.tenant_id = p_tenant and s.id = p_share and not s.all_items
    )
    select t.name, c.name, p.name, s.message, p_persona, s.expires_on, i.id, i.title, i.quarter_start, i.status,
           case when p_persona = 'BUYER' then i.buyer_benefit else i.user_benefit end,
           case when p_persona = 'BUYER' then th.client_wording end,
           i.position
    from roadmap_share s
    join tenant t on t.id = s.tenant_id
    join client_account c on c.tenant_id = s.tenant_id and c.id = s.client_id
    join product p on p.tenant_id = s.tenant_id and p.id = s.product_id
    cross join shown i
    left join strategy_theory th on th.tenant_id = i.tenant_id and th.id = i.theory_id
    where s.tenant_id = p_tenant and s.id = p_share
      and i.buyer_benefit is not null and i.user_benefit is not null
      and i.status <> 'PARKED'
    order by i.quarter_start nulls last, i.position
$$;
revoke all on function share_content(uuid, uuid, varchar) from public;
