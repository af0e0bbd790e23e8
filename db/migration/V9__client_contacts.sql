-- Client contacts: the people of a key client, each a buyer or a user. A contact invited to sign
-- in gets an account whose only access to the company is the shares of that one client, in the
-- contact's persona. A signed-in contact's transactions bind no tenant (app.tenant_id stays
-- empty), so row-level security shows them no row of any company; everything they read or do
-- goes through the client_* functions below, which find the contact from app.user_id.

create table client_contact (
    tenant_id  uuid         not null,
    id         uuid         not null,
    client_id  uuid         not null,
    name       varchar(200) not null,
    email      varchar(320) not null,
    persona    varchar(10)  not null,
    user_id    uuid,
    removed_at timestamptz,
    created_at timestamptz  not null default now(),
    version    integer      not null default 0,
    constraint client_contact_pk primary key (tenant_id, id),
    constraint client_contact_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint client_contact_client_fk foreign key (tenant_id, client_id) references client_account (tenant_id, id),
    constraint client_contact_user_fk foreign key (user_id) references app_user (id),
    constraint client_contact_persona_ck check (persona in ('BUYER', 'USER'))
);
-- One contact per address in a company, among those not removed.
create unique index client_contact_email_uk on client_contact (tenant_id, lower(email)) where removed_at is null;
create index client_contact_client_idx on client_contact (tenant_id, client_id);
create index client_contact_user_idx on client_contact (user_id);

alter table client_contact enable row level security;
alter table client_contact force row level security;
create policy tenant_isolation on client_contact
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
-- The team never links a contact to an account itself: only accept_invitation() does.
grant select, delete on client_contact to ${appRole};
grant insert (tenant_id, id, client_id, name, email, persona) on client_contact to ${appRole};
grant update (name, email, persona, removed_at, version) on client_contact to ${appRole};

-- Key clients are edited (name, segment, contract value, owner) and removed while unshared.
grant delete on client_account to ${appRole};

-- An invitation is either into the team (a team role) or for one client contact (a client role).
alter table invitation add column contact_id uuid;
alter table invitation add constraint invitation_contact_fk
    foreign key (tenant_id, contact_id) references client_contact (tenant_id, id) on delete cascade;
alter table invitation drop constraint invitation_role_ck;
alter table invitation add constraint invitation_role_ck check (
    (contact_id is null and role in ('ADMIN', 'EDITOR', 'VIEWER'))
    or (contact_id is not null and role in ('CLIENT_BUYER', 'CLIENT_USER')));

-- Views and reactions come from a link or from a signed-in contact.
alter table share_view alter column link_id drop not null;
alter table share_view add column contact_id uuid;
alter table share_view add constraint share_view_contact_fk
    foreign key (tenant_id, contact_id) references client_contact (tenant_id, id);
alter table share_view add constraint share_view_viewer_ck check (num_nonnulls(link_id, contact_id) = 1);
-- The persona a contact viewed in (a link's persona is its link row's and never changes).
alter table share_view add column persona varchar(10);
alter table share_view add constraint share_view_persona_ck check (persona in ('BUYER', 'USER'));

alter table share_reaction alter column link_id drop not null;
alter table share_reaction add column contact_id uuid;
alter table share_reaction add constraint share_reaction_contact_fk
    foreign key (tenant_id, contact_id) references client_contact (tenant_id, id);
alter table share_reaction add constraint share_reaction_contact_uk unique (tenant_id, contact_id, item_id);
alter table share_reaction add constraint share_reaction_reactor_ck check (num_nonnulls(link_id, contact_id) = 1);

-- The workspaces a person may enter: memberships, and client access as a contact (role
-- CLIENT_BUYER or CLIENT_USER from the contact's persona).
drop function directory_memberships(uuid);
create function directory_memberships(p_user_id uuid)
    returns table (tenant_id uuid, tenant_slug varchar, tenant_name varchar, tenant_status varchar,
                   role varchar)
    language sql stable security definer set search_path = public
as $$
    select t.id, t.slug, t.name, t.status, m.role
    from membership m
    join tenant t on t.id = m.tenant_id
    where m.user_id = p_user_id
    union all
    select t.id, t.slug, t.name, t.status, ('CLIENT_' || c.persona)::varchar
    from client_contact c
    join tenant t on t.id = c.tenant_id
    where c.user_id = p_user_id and c.removed_at is null
      and not exists (select 1 from membership m where m.tenant_id = c.tenant_id and m.user_id = p_user_id)
    order by 3
$$;
revoke all on function directory_memberships(uuid) from public;
grant execute on function directory_memberships(uuid) to ${appRole};

-- Accepting a contact's invitation links the contact to the account instead of adding a member.
create or replace function accept_invitation(p_token_hash varchar, p_new_account_id uuid, p_display_name varchar,
                                             p_password_hash varchar)
    returns uuid
    language plpgsql volatile security definer set search_path = public
as $$
declare
    inv     invitation%rowtype;
    account uuid;
begin
    select i.* into inv
    from invitation i
    join tenant t on t.id = i.tenant_id
    where i.token_hash = p_token_hash
      and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
      and t.status = 'ACTIVE'
    for update of i;
    if not found then
        return null;
    end if;
    if p_password_hash is not null then
        if exists (select 1 from app_user where lower(email) = lower(inv.email)) then
            return null;
        end if;
        insert into app_user (id, email, display_name, password_hash)
        values (p_new_account_id, inv.email, p_display_name, p_password_hash);
        account := p_new_account_id;
    else
        select u.id into account
        from app_user u
        where u.id = nullif(current_setting('app.user_id', true), '')::uuid
          and lower(u.email) = lower(inv.email)
          and not u.disabled;
        if account is null then
            return null;
        end if;
    end if;
    if inv.contact_id is null then
        insert into membership (tenant_id, id, user_id, role)
        values (inv.tenant_id, gen_random_uuid(), account, inv.role)
        on conflict (tenant_id, user_id) do nothing;
    else
        update client_contact set user_id = account, version = version + 1
        where tenant_id = inv.tenant_id and id = inv.contact_id and removed_at is null;
        if not found then
            return null; -- the contact was removed meanwhile; the caller's transaction rolls back
        end if;
    end if;
    update invitation set accepted_at = now(), version = version + 1
    where tenant_id = inv.tenant_id and id = inv.id;
    insert into audit_event (tenant_id, id, actor_id, action, target, details)
    values (inv.tenant_id, gen_random_uuid(), account, 'invitation.accepted', inv.email, inv.role);
    return account;
end
$$;

-- The signed-in contact (app.user_id) in a company, if still a contact with an enabled account of
-- an active company. Not callable by the application directly.
create function signed_in_contact(p_tenant uuid)
    returns setof client_contact
    language sql stable security definer set search_path = public
as $$
    select c.*
    from client_contact c
    join tenant t on t.id = c.tenant_id
    join app_user u on u.id = c.user_id
    where c.tenant_id = p_tenant
      and c.user_id = nullif(current_setting('app.user_id', true), '')::uuid
      and c.removed_at is null and not u.disabled and t.status = 'ACTIVE'
$$;

-- The active shares of the signed-in contact's client, newest first.
create function client_shares(p_tenant uuid)
    returns table (share_id uuid, company_name varchar, client_name varchar, product_name varchar,
                   persona varchar, message varchar, expires_on date)
    language sql stable security definer set search_path = public
as $$
    select s.id, t.name, ca.name, p.name, c.persona, s.message, s.expires_on
    from signed_in_contact(p_tenant) c
    join tenant t on t.id = c.tenant_id
    join client_account ca on ca.tenant_id = c.tenant_id and ca.id = c.client_id
    join roadmap_share s on s.tenant_id = c.tenant_id and s.client_id = c.client_id
    join product p on p.tenant_id = s.tenant_id and p.id = s.product_id
    where s.revoked_at is null and s.expires_on >= current_date
    order by s.created_at desc
$$;

-- The signed-in contact's share, if active and theirs, in the contact's persona.
create function client_share_of(p_tenant uuid, p_share uuid)
    returns table (tenant_id uuid, share_id uuid, contact_id uuid, persona varchar)
    language sql stable security definer set search_path = public
as $$
    select c.tenant_id, s.id, c.id, c.persona
    from signed_in_contact(p_tenant) c
    join roadmap_share s on s.tenant_id = c.tenant_id and s.client_id = c.client_id
    where s.id = p_share and s.revoked_at is null and s.expires_on >= current_date
$$;

-- What the signed-in contact sees of a share; each answered look is recorded as a view.
create function client_shared_roadmap(p_tenant uuid, p_share uuid)
    returns table (company_name varchar, client_name varchar, product_name varchar, message varchar,
                   persona varchar, expires_on date, item_id uuid, item_title varchar, quarter_start date,
                   item_status varchar, benefit varchar, why varchar, item_position integer)
    language plpgsql volatile security definer set search_path = public
as $$
declare
    shared record;
begin
    select * into shared from client_share_of(p_tenant, p_share);
    if not found then
        return;
    end if;
    insert into share_view (tenant_id, id, share_id, contact_id, persona)
    values (shared.tenant_id, gen_random_uuid(), shared.share_id, shared.contact_id, shared.persona);
    return query select * from share_content(shared.tenant_id, shared.share_id, shared.persona);
end
$$;

-- The signed-in contact marks an item of their share important; false when it is not shown to them.
create function client_react(p_tenant uuid, p_share uuid, p_item uuid, p_comment varchar)
    returns boolean
    language plpgsql volatile security definer set search_path = public
as $$
declare
    shared record;
begin
    select * into shared from client_share_of(p_tenant, p_share);
    if not found then
        return false;
    end if;
    if not exists (select 1 from share_content(shared.tenant_id, shared.share_id, shared.persona) c
                   where c.item_id = p_item) then
        return false;
    end if;
    insert into share_reaction (tenant_id, id, share_id, contact_id, item_id, comment)
    values (shared.tenant_id, gen_random_uuid(), shared.share_id, shared.contact_id, p_item, left(p_comment, 1000))
    on conflict (tenant_id, contact_id, item_id) do update set comment = excluded.comment, created_at = now();
    return true;
end
$$;

revoke all on function signed_in_contact(uuid) from public;
revoke all on function client_shares(uuid) from public;
revoke all on function client_share_of(uuid, uuid) from public;
revoke all on function client_shared_roadmap(uuid, uuid) from public;
revoke all on function client_react(uuid, uuid, uuid, varchar) from public;
grant execute on function client_shares(uuid) to ${appRole};
grant execute on function client_shared_roadmap(uuid, uuid) to ${appRole};
grant execute on function client_react(uuid, uuid, uuid, varchar) to ${appRole};
