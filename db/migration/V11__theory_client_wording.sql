-- A theory's "why" in words the team is happy for clients to read. The buyer view shows this,
-- never the internal title: a theory names the hard-to-copy advantage the company is betting on.

alter table strategy_theory add column client_wording varchar(300);

create or replace function share_content(p_tenant uuid, p_share uuid, p_persona varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_id uuid, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language sql stable security definer set search_path = public
as $$
    select t.name, c.name, p.name, s.message, p_persona, s.expires_on, i.id, i.title, i.quarter_start, i.status,
           case when p_persona = 'BUYER' then i.buyer_benefit else i.user_benefit end,
           case when p_persona = 'BUYER' then th.client_wording end,
           i.position
    from roadmap_share s
    join tenant t on t.id = s.tenant_id
    join client_account c on c.tenant_id = s.tenant_id and c.id = s.client_id
    join product p on p.tenant_id = s.tenant_id and p.id = s.product_id
    join roadmap_item i on i.tenant_id = s.tenant_id and i.product_id = s.product_id
    left join strategy_theory th on th.tenant_id = i.tenant_id and th.id = i.theory_id
    where s.tenant_id = p_tenant and s.id = p_share
      and i.buyer_benefit is not null and i.user_benefit is not null
      and i.status <> 'PARKED'
      and (s.all_items or exists (select 1 from roadmap_share_item si
                                  where si.tenant_id = s.tenant_id and si.share_id = s.id and si.item_id = i.id))
    order by i.quarter_start nulls last, i.position
$$;
revoke all on function share_content(uuid, uuid, varchar) from public;
