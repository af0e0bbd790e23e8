-- Key clients and roadmap shares by secret link. A link is bound to one persona (buyer or user):
-- the persona, never the URL, decides which view a client sees. Clients read shared roadmaps only
-- through shared_roadmap(), which returns the client-safe columns of the shared items and nothing
-- once the share expired or was revoked.

create table client_account (
    tenant_id             uuid          not null,
    id                    uuid          not null,
    name                  varchar(200)  not null,
    segment_id            uuid,
    annual_contract_value numeric(14, 2),
    owner_id              uuid,
    created_at            timestamptz   not null default now(),
    version               integer       not null default 0,
    constraint client_account_pk primary key (tenant_id, id),
    constraint client_account_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint client_account_segment_fk foreign key (tenant_id, segment_id) references segment (tenant_id, id),
    constraint client_account_owner_fk foreign key (owner_id) references app_user (id),
    constraint client_account_acv_ck check (annual_contract_value is null or annual_contract_value >= 0)
);
create unique index client_account_name_uk on client_account (tenant_id, lower(name));

create table roadmap_share (
    tenant_id  uuid          not null,
    id         uuid          not null,
    client_id  uuid          not null,
    product_id uuid          not null,
    all_items  boolean       not null default true,
    message    varchar(2000),
    expires_on date          not null,
    revoked_at timestamptz,
    created_by uuid,
    created_at timestamptz   not null default now(),
    version    integer       not null default 0,
    constraint roadmap_share_pk primary key (tenant_id, id),
    constraint roadmap_share_client_fk foreign key (tenant_id, client_id) references client_account (tenant_id, id),
    constraint roadmap_share_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint roadmap_share_creator_fk foreign key (created_by) references app_user (id)
);

create table roadmap_share_item (
    tenant_id uuid not null,
    id        uuid not null,
    share_id  uuid not null,
    item_id   uuid not null,
    constraint roadmap_share_item_pk primary key (tenant_id, id),
    constraint roadmap_share_item_uk unique (tenant_id, share_id, item_id),
    constraint roadmap_share_item_share_fk foreign key (tenant_id, share_id)
        references roadmap_share (tenant_id, id) on delete cascade,
    constraint roadmap_share_item_item_fk foreign key (tenant_id, item_id)
        references roadmap_item (tenant_id, id) on delete cascade
);

create table share_link (
    tenant_id  uuid        not null,
    id         uuid        not null,
    share_id   uuid        not null,
    persona    varchar(10) not null,
    token_hash varchar(64) not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    constraint share_link_pk primary key (tenant_id, id),
    constraint share_link_share_fk foreign key (tenant_id, share_id) references roadmap_share (tenant_id, id),
    constraint share_link_token_uk unique (token_hash),
    constraint share_link_persona_ck check (persona in ('BUYER', 'USER'))
);

create table share_view (
    tenant_id uuid        not null,
    id        uuid        not null,
    share_id  uuid        not null,
    link_id   uuid        not null,
    viewed_at timestamptz not null default now(),
    constraint share_view_pk primary key (tenant_id, id),
    constraint share_view_share_fk foreign key (tenant_id, share_id) references roadmap_share (tenant_id, id),
    constraint share_view_link_fk foreign key (tenant_id, link_id) references share_link (tenant_id, id)
);
create index share_view_share_idx on share_view (tenant_id, share_id, viewed_at desc);

alter table client_account enable row level security;
alter table client_account force row level security;
create policy tenant_isolation on client_account
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table roadmap_share enable row level security;
alter table roadmap_share force row level security;
create policy tenant_isolation on roadmap_share
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table roadmap_share_item enable row level security;
alter table roadmap_share_item force row level security;
create policy tenant_isolation on roadmap_share_item
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table share_link enable row level security;
alter table share_link force row level security;
create policy tenant_isolation on share_link
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table share_view enable row level security;
alter table share_view force row level security;
create policy tenant_isolation on share_view
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert, update on client_account, roadmap_share, share_link to ${appRole};
grant select, insert, delete on roadmap_share_item to ${appRole};
grant select on share_view to ${appRole};

-- The client-safe content of a share for a persona: one row per shared, shareable item, with
-- only that persona's text. Not callable by the application directly.
create function share_content(p_tenant uuid, p_share uuid, p_persona varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language sql stable security definer set search_path = public
as $$
    select t.name, c.name, p.name, s.message, p_persona, s.expires_on, i.title, i.quarter_start, i.status,
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

-- What a link holder sees; nothing for an unknown, revoked or expired link or a suspended company.
-- Each answered look is recorded as a view of the share.
create function shared_roadmap(p_token_hash varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language plpgsql volatile security definer set search_path = public
as $$
declare
    link share_link%rowtype;
begin
    select l.* into link
    from share_link l
    join roadmap_share s on s.tenant_id = l.tenant_id and s.id = l.share_id
    join tenant t on t.id = l.tenant_id
    where l.token_hash = p_token_hash and l.revoked_at is null and s.revoked_at is null
      and s.expires_on >= current_date and t.status = 'ACTIVE';
    if not found then
        return;
    end if;
    insert into share_view (tenant_id, id, share_id, link_id)
    values (link.tenant_id, gen_random_uuid(), link.share_id, link.id);
    return query select * from share_content(link.tenant_id, link.share_id, link.persona);
end
$$;

-- An editor's preview: exactly what a link of that persona shows, for a share of the bound tenant.
create function share_preview(p_share uuid, p_persona varchar)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language sql stable security definer set search_path = public
as $$
    select * from share_content(nullif(current_setting('app.tenant_id', true), '')::uuid, p_share, p_persona)
$$;

revoke all on function share_content(uuid, uuid, varchar) from public;
revoke all on function shared_roadmap(varchar) from public;
revoke all on function share_preview(uuid, varchar) from public;
grant execute on function shared_roadmap(varchar) to ${appRole};
grant execute on function share_preview(uuid, varchar) to ${appRole};
