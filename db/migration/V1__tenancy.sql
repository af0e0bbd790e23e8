-- Foundation: companies (tenants), people (accounts), memberships, invitations and the audit log.
--
-- Rules every tenant-owned table follows (see docs/SECURITY.md):
--   * tenant_id uuid not null, primary key (tenant_id, id), foreign keys between tenant-owned
--     tables include tenant_id (ready to be distributed by tenant_id);
--   * row-level security enabled and forced, one policy comparing tenant_id with the tenant bound
--     to the transaction (app.tenant_id);
--   * a version column where people edit (optimistic locking).

create table tenant (
    id             uuid         not null,
    slug           varchar(63)  not null,
    name           varchar(200) not null,
    status         varchar(20)  not null default 'ACTIVE',
    default_locale varchar(10)  not null default 'en',
    currency       varchar(3)   not null default 'USD',
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    constraint tenant_pk primary key (id),
    constraint tenant_slug_uk unique (slug),
    constraint tenant_slug_ck check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    constraint tenant_status_ck check (status in ('ACTIVE', 'SUSPENDED'))
);

-- A person, global across tenants: one account can belong to several companies.
create table app_user (
    id             uuid         not null,
    email          varchar(320) not null,
    display_name   varchar(200) not null,
    password_hash  varchar(200) not null,
    platform_admin boolean      not null default false,
    locale         varchar(10),
    disabled       boolean      not null default false,
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0,
    constraint app_user_pk primary key (id)
);
create unique index app_user_email_uk on app_user (lower(email));

create table membership (
    tenant_id  uuid        not null,
    id         uuid        not null,
    user_id    uuid        not null,
    role       varchar(20) not null,
    created_at timestamptz not null default now(),
    version    integer     not null default 0,
    constraint membership_pk primary key (tenant_id, id),
    constraint membership_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint membership_user_fk foreign key (user_id) references app_user (id),
    constraint membership_person_uk unique (tenant_id, user_id),
    constraint membership_role_ck check (role in ('ADMIN', 'EDITOR', 'VIEWER'))
);
create index membership_user_idx on membership (user_id);

create table invitation (
    tenant_id   uuid         not null,
    id          uuid         not null,
    email       varchar(320) not null,
    role        varchar(20)  not null,
    token_hash  varchar(64)  not null,
    invited_by  uuid         not null,
    created_at  timestamptz  not null default now(),
    expires_at  timestamptz  not null,
    accepted_at timestamptz,
    revoked_at  timestamptz,
    version     integer      not null default 0,
    constraint invitation_pk primary key (tenant_id, id),
    constraint invitation_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint invitation_invited_by_fk foreign key (invited_by) references app_user (id),
    constraint invitation_token_uk unique (token_hash),
    constraint invitation_role_ck check (role in ('ADMIN', 'EDITOR', 'VIEWER'))
);

create table audit_event (
    tenant_id   uuid         not null,
    id          uuid         not null,
    actor_id    uuid,
    action      varchar(100) not null,
    target      varchar(300) not null,
    details     varchar(2000),
    occurred_at timestamptz  not null default now(),
    constraint audit_event_pk primary key (tenant_id, id),
    constraint audit_event_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint audit_event_actor_fk foreign key (actor_id) references app_user (id)
);
create index audit_event_recent_idx on audit_event (tenant_id, occurred_at desc);

-- Row-level security -----------------------------------------------------------------------------

alter table membership enable row level security;
alter table membership force row level security;
create policy tenant_isolation on membership
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table invitation enable row level security;
alter table invitation force row level security;
create policy tenant_isolation on invitation
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_isolation on audit_event
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- A company sees only its own tenant row.
alter table tenant enable row level security;
alter table tenant force row level security;
create policy tenant_isolation on tenant
    using (id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- A person sees their own account and the accounts of members of the bound tenant; writes only
-- their own. Everything else about accounts goes through the directory functions below.
alter table app_user enable row level security;
alter table app_user force row level security;
create policy own_account_or_teammate on app_user for select
    using (id = nullif(current_setting('app.user_id', true), '')::uuid
        or exists (select 1
                   from membership m
                   where m.user_id = app_user.id
                     and m.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid));
create policy own_account_update on app_user for update
    using (id = nullif(current_setting('app.user_id', true), '')::uuid)
    with check (id = nullif(current_setting('app.user_id', true), '')::uuid);

grant select, update on tenant to ${appRole};
grant select, update on app_user to ${appRole};
grant select, insert, update, delete on membership, invitation to ${appRole};
grant select, insert on audit_event to ${appRole};

-- The directory: the only cross-tenant reads the application may make -------------------------
-- Security-definer functions owned by the owner role (which bypasses RLS). Each returns the
-- narrowest answer its caller needs. See docs/SECURITY.md.

-- Sign-in: the account behind an email address, whatever tenant is bound.
create function directory_account(p_email varchar)
    returns table (id uuid, email varchar, display_name varchar, password_hash varchar,
                   platform_admin boolean, locale varchar, disabled boolean)
    language sql stable security definer set search_path = public
as $$
    select u.id, u.email, u.display_name, u.password_hash, u.platform_admin, u.locale, u.disabled
    from app_user u
    where lower(u.email) = lower(p_email)
$$;

-- The workspaces a person may enter: their memberships with each tenant's name and status.
create function directory_memberships(p_user_id uuid)
    returns table (tenant_id uuid, tenant_slug varchar, tenant_name varchar, tenant_status varchar,
                   role varchar)
    language sql stable security definer set search_path = public
as $$
    select t.id, t.slug, t.name, t.status, m.role
    from membership m
    join tenant t on t.id = m.tenant_id
    where m.user_id = p_user_id
    order by t.name
$$;

-- The platform admin's tenant list. Answers only when the account bound to the transaction
-- (app.user_id) is a platform admin, so a bug in the Java layer cannot widen it.
create function directory_tenants()
    returns table (id uuid, slug varchar, name varchar, status varchar, member_count bigint,
                   created_at timestamptz)
    language sql stable security definer set search_path = public
as $$
    select t.id, t.slug, t.name, t.status,
           (select count(*) from membership m where m.tenant_id = t.id),
           t.created_at
    from tenant t
    where exists (select 1
                  from app_user u
                  where u.id = nullif(current_setting('app.user_id', true), '')::uuid
                    and u.platform_admin
                    and not u.disabled)
    order by t.name
$$;

revoke all on function directory_account(varchar) from public;
revoke all on function directory_memberships(uuid) from public;
revoke all on function directory_tenants() from public;
grant execute on function directory_account(varchar) to ${appRole};
grant execute on function directory_memberships(uuid) to ${appRole};
grant execute on function directory_tenants() to ${appRole};
