-- People and tenants: provisioning, invitations, membership changes, account protection, and the
-- platform's own audit log. Cross-tenant work goes through the security-definer functions below,
-- each checking who calls it; nothing else in the application reads or writes across tenants.

-- Column-level grants: a member may rename their company but never change its status, and a
-- person may edit their profile but never make themselves a platform admin or re-enable themselves.
revoke update on tenant from ${appRole};
grant update (name, default_locale, currency, version) on tenant to ${appRole};
revoke update on app_user from ${appRole};
grant update (display_name, locale, password_hash, version) on app_user to ${appRole};

-- Superseded by the paged platform_tenants below.
drop function directory_tenants();

-- Events of the platform itself (provisioning, suspensions, account actions): no tenant.
create table platform_audit_event (
    id          uuid         not null,
    actor_id    uuid,
    action      varchar(100) not null,
    target      varchar(300) not null,
    details     varchar(2000),
    occurred_at timestamptz  not null default now(),
    constraint platform_audit_event_pk primary key (id),
    constraint platform_audit_event_actor_fk foreign key (actor_id) references app_user (id)
);
create index platform_audit_event_recent_idx on platform_audit_event (occurred_at desc);
alter table platform_audit_event enable row level security;
alter table platform_audit_event force row level security;
-- Written by anyone acting on the platform; read only by platform admins (see is_platform_admin).
create policy platform_events_insert on platform_audit_event for insert
    with check (actor_id is null or actor_id = nullif(current_setting('app.user_id', true), '')::uuid);
grant insert on platform_audit_event to ${appRole};

create index invitation_open_idx on invitation (tenant_id, created_at desc)
    where accepted_at is null and revoked_at is null;
create index audit_event_action_idx on audit_event (tenant_id, action, occurred_at desc);

-- Is the account bound to this transaction an enabled platform admin?
create function is_platform_admin()
    returns boolean
    language sql stable security definer set search_path = public
as $$
    select exists (select 1
                   from app_user u
                   where u.id = nullif(current_setting('app.user_id', true), '')::uuid
                     and u.platform_admin
                     and not u.disabled)
$$;

create policy platform_events_read on platform_audit_event for select using (is_platform_admin());
grant select on platform_audit_event to ${appRole};

-- Provisioning ------------------------------------------------------------------------------------

-- A new company and the invitation of its first admin, in the caller's transaction.
create function platform_create_tenant(p_tenant_id uuid, p_slug varchar, p_name varchar,
                                       p_invitation_id uuid, p_admin_email varchar,
                                       p_token_hash varchar, p_expires_at timestamptz)
    returns void
    language plpgsql volatile security definer set search_path = public
as $$
begin
    if not is_platform_admin() then
        raise exception 'only a platform admin provisions tenants' using errcode = '42501';
    end if;
    insert into tenant (id, slug, name) values (p_tenant_id, p_slug, p_name);
    insert into invitation (tenant_id, id, email, role, token_hash, invited_by, expires_at)
    values (p_tenant_id, p_invitation_id, p_admin_email, 'ADMIN', p_token_hash,
            nullif(current_setting('app.user_id', true), '')::uuid, p_expires_at);
end
$$;

-- Suspend or reactivate a company; answers the number of tenants changed (0 or 1).
create function platform_set_tenant_status(p_tenant_id uuid, p_status varchar)
    returns integer
    language plpgsql volatile security definer set search_path = public
as $$
declare
    changed integer;
begin
    if not is_platform_admin() then
        raise exception 'only a platform admin changes tenant status' using errcode = '42501';
    end if;
    update tenant set status = p_status, version = version + 1 where id = p_tenant_id;
    get diagnostics changed = row_count;
    return changed;
end
$$;

-- The platform admin's tenant list, paged and searched in SQL.
create function platform_tenants(p_search varchar, p_limit integer, p_offset integer)
    returns table (id uuid, slug varchar, name varchar, status varchar, member_count bigint,
                   created_at timestamptz)
    language sql stable security definer set search_path = public
as $$
    select t.id, t.slug, t.name, t.status,
           (select count(*) from membership m where m.tenant_id = t.id),
           t.created_at
    from tenant t
    where is_platform_admin()
      and (p_search is null or t.name ilike '%' || p_search || '%' or t.slug ilike '%' || p_search || '%')
    order by t.name, t.id
    limit p_limit offset p_offset
$$;

create function platform_tenant_count(p_search varchar)
    returns bigint
    language sql stable security definer set search_path = public
as $$
    select count(*)
    from tenant t
    where is_platform_admin()
      and (p_search is null or t.name ilike '%' || p_search || '%' or t.slug ilike '%' || p_search || '%')
$$;

create function platform_slug_taken(p_slug varchar)
    returns boolean
    language sql stable security definer set search_path = public
as $$
    select is_platform_admin() and exists (select 1 from tenant where slug = p_slug)
$$;

-- Accounts, as the platform admin manages them.
create function platform_accounts(p_search varchar, p_limit integer, p_offset integer)
    returns table (id uuid, email varchar, display_name varchar, platform_admin boolean,
                   disabled boolean, membership_count bigint, created_at timestamptz)
    language sql stable security definer set search_path = public
as $$
    select u.id, u.email, u.display_name, u.platform_admin, u.disabled,
           (select count(*) from membership m where m.user_id = u.id),
           u.created_at
    from app_user u
    where is_platform_admin()
      and (p_search is null or u.email ilike '%' || p_search || '%'
           or u.display_name ilike '%' || p_search || '%')
    order by u.email
    limit p_limit offset p_offset
$$;

create function platform_account_count(p_search varchar)
    returns bigint
    language sql stable security definer set search_path = public
as $$
    select count(*)
    from app_user u
    where is_platform_admin()
      and (p_search is null or u.email ilike '%' || p_search || '%'
           or u.display_name ilike '%' || p_search || '%')
$$;

create function platform_set_account_disabled(p_user_id uuid, p_disabled boolean)
    returns integer
    language plpgsql volatile security definer set search_path = public
as $$
declare
    changed integer;
begin
    if not is_platform_admin() then
        raise exception 'only a platform admin disables accounts' using errcode = '42501';
    end if;
    update app_user set disabled = p_disabled, version = version + 1 where id = p_user_id;
    get diagnostics changed = row_count;
    return changed;
end
$$;

-- Invitations ---------------------------------------------------------------------------------------

-- What a token holder may learn about the invitation behind it, whatever tenant is bound.
create function directory_invitation(p_token_hash varchar)
    returns table (tenant_id uuid, invitation_id uuid, tenant_name varchar, tenant_status varchar,
                   email varchar, role varchar, expires_at timestamptz, accepted_at timestamptz,
                   revoked_at timestamptz, account_exists boolean)
    language sql stable security definer set search_path = public
as $$
    select i.tenant_id, i.id, t.name, t.status, i.email, i.role, i.expires_at, i.accepted_at,
           i.revoked_at,
           exists (select 1 from app_user u where lower(u.email) = lower(i.email))
    from invitation i
    join tenant t on t.id = i.tenant_id
    where i.token_hash = p_token_hash
$$;

-- Accept an open invitation: create the account when p_password_hash is given, or join with the
-- existing account bound to the transaction (whose email must match). Answers the account id, or
-- null when the invitation is not open (used, revoked, expired, suspended tenant, wrong account).
create function accept_invitation(p_token_hash varchar, p_new_account_id uuid, p_display_name varchar,
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
    insert into membership (tenant_id, id, user_id, role)
    values (inv.tenant_id, gen_random_uuid(), account, inv.role)
    on conflict (tenant_id, user_id) do nothing;
    update invitation set accepted_at = now(), version = version + 1
    where tenant_id = inv.tenant_id and id = inv.id;
    insert into audit_event (tenant_id, id, actor_id, action, target, details)
    values (inv.tenant_id, gen_random_uuid(), account, 'invitation.accepted', inv.email, inv.role);
    return account;
end
$$;

revoke all on function is_platform_admin() from public;
revoke all on function platform_create_tenant(uuid, varchar, varchar, uuid, varchar, varchar, timestamptz) from public;
revoke all on function platform_set_tenant_status(uuid, varchar) from public;
revoke all on function platform_tenants(varchar, integer, integer) from public;
revoke all on function platform_tenant_count(varchar) from public;
revoke all on function platform_slug_taken(varchar) from public;
revoke all on function platform_accounts(varchar, integer, integer) from public;
revoke all on function platform_account_count(varchar) from public;
revoke all on function platform_set_account_disabled(uuid, boolean) from public;
revoke all on function directory_invitation(varchar) from public;
revoke all on function accept_invitation(varchar, uuid, varchar, varchar) from public;
grant execute on function is_platform_admin() to ${appRole};
grant execute on function platform_create_tenant(uuid, varchar, varchar, uuid, varchar, varchar, timestamptz) to ${appRole};
grant execute on function platform_set_tenant_status(uuid, varchar) to ${appRole};
grant execute on function platform_tenants(varchar, integer, integer) to ${appRole};
grant execute on function platform_tenant_count(varchar) to ${appRole};
grant execute on function platform_slug_taken(varchar) to ${appRole};
grant execute on function platform_accounts(varchar, integer, integer) to ${appRole};
grant execute on function platform_account_count(varchar) to ${appRole};
grant execute on function platform_set_account_disabled(uuid, boolean) to ${appRole};
grant execute on function directory_invitation(varchar) to ${appRole};
grant execute on function accept_invitation(varchar, uuid, varchar, varchar) to ${appRole};
