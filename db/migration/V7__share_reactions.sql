-- Clients mark shared items "important to us", optionally saying why. One reaction per link and
-- item (a second one replaces the comment). Written only through react_to_share().

create table share_reaction (
    tenant_id  uuid          not null,
    id         uuid          not null,
    share_id   uuid          not null,
    link_id    uuid          not null,
    item_id    uuid          not null,
    comment    varchar(1000),
    created_at timestamptz   not null default now(),
    constraint share_reaction_pk primary key (tenant_id, id),
    constraint share_reaction_uk unique (tenant_id, link_id, item_id),
    constraint share_reaction_share_fk foreign key (tenant_id, share_id) references roadmap_share (tenant_id, id),
    constraint share_reaction_link_fk foreign key (tenant_id, link_id) references share_link (tenant_id, id),
    constraint share_reaction_item_fk foreign key (tenant_id, item_id) references roadmap_item (tenant_id, id)
        on delete cascade
);
create index share_reaction_item_idx on share_reaction (tenant_id, item_id);

alter table share_reaction enable row level security;
alter table share_reaction force row level security;
create policy tenant_isolation on share_reaction
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select on share_reaction to ${appRole};

-- The shared content now carries each item's id, so a client can react to it.
drop function shared_roadmap(varchar);
drop function share_preview(uuid, varchar);
drop function share_content(uuid, uuid, varchar);

create function share_content(p_tenant uuid, p_share uuid, p_persona varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_id uuid, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language sql stable security definer set search_path = public
as $$
    select t.name, c.name, p.name, s.message, p_persona, s.expires_on, i.id, i.title, i.quarter_start, i.status,
           case when p_persona = 'BUYER' then i.buyer_benefit else i.user_benefit end,
           case when p_persona = 'BUYER' then th.title end,
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

-- The active link behind a token, or nothing.
create function active_share_link(p_token_hash varchar)
    returns setof share_link
    language sql stable security definer set search_path = public
as $$
    select l.*
    from share_link l
    join roadmap_share s on s.tenant_id = l.tenant_id and s.id = l.share_id
    join tenant t on t.id = l.tenant_id
    where l.token_hash = p_token_hash and l.revoked_at is null and s.revoked_at is null
      and s.expires_on >= current_date and t.status = 'ACTIVE'
$$;

create function shared_roadmap(p_token_hash varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_id uuid, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language plpgsql volatile security definer set search_path = public
as $$
declare
    link share_link%rowtype;
begin
    select * into link from active_share_link(p_token_hash);
    if not found then
        return;
    end if;
    insert into share_view (tenant_id, id, share_id, link_id)
    values (link.tenant_id, gen_random_uuid(), link.share_id, link.id);
    return query select * from share_content(link.tenant_id, link.share_id, link.persona);
end
$$;

create function share_preview(p_share uuid, p_persona varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_id uuid, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language sql stable security definer set search_path = public
as $$
    select * from share_content(nullif(current_setting('app.tenant_id', true), '')::uuid, p_share, p_persona)
$$;

-- A link holder marks a shared item important; false when the link or the item is not shared.
create function react_to_share(p_token_hash varchar, p_item uuid, p_comment varchar)
    returns boolean
    language plpgsql volatile security definer set search_path = public
as $$
declare
    link share_link%rowtype;
begin
    select * into link from active_share_link(p_token_hash);
    if not found then
        return false;
    end if;
    if not exists (select 1 from share_content(link.tenant_id, link.share_id, link.persona) c
                   where c.item_id = p_item) then
        return false;
    end if;
    insert into share_reaction (tenant_id, id, share_id, link_id, item_id, comment)
    values (link.tenant_id, gen_random_uuid(), link.share_id, link.id, p_item, left(p_comment, 1000))
    on conflict (tenant_id, link_id, item_id) do update set comment = excluded.comment, created_at = now();
    return true;
end
$$;

revoke all on function share_content(uuid, uuid, varchar) from public;
revoke all on function active_share_link(varchar) from public;
revoke all on function shared_roadmap(varchar) from public;
revoke all on function share_preview(uuid, varchar) from public;
revoke all on function react_to_share(varchar, uuid, varchar) from public;
grant execute on function shared_roadmap(varchar) to ${appRole};
grant execute on function share_preview(uuid, varchar) to ${appRole};
grant execute on function react_to_share(varchar, uuid, varchar) to ${appRole};
