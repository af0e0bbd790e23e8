-- The dashboard's counts by status and the grid's unfiltered count read every hypothesis of the
-- company (50,000 index entries, 5-10 ms, on every dashboard and grid opening). They are kept
-- here instead, per company and status, by triggers on hypothesis, in the writing transaction.
-- The application role may only read them; the trigger function runs as the owner.

create table hypothesis_status_count (
    tenant_id  uuid        not null,
    status     varchar(20) not null,
    hypotheses integer     not null,
    constraint hypothesis_status_count_pk primary key (tenant_id, status),
    constraint hypothesis_status_count_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint hypothesis_status_count_ck check (hypotheses >= 0)
);

alter table hypothesis_status_count enable row level security;
alter table hypothesis_status_count force row level security;
create policy tenant_isolation on hypothesis_status_count
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select on hypothesis_status_count to ${appRole};

create function count_hypothesis_status() returns trigger
    language plpgsql security definer set search_path = public
as $$
begin
    if tg_op <> 'INSERT' then
        update hypothesis_status_count set hypotheses = hypotheses - 1
        where tenant_id = old.tenant_id and status = old.status;
    end if;
    if tg_op <> 'DELETE' then
        insert into hypothesis_status_count (tenant_id, status, hypotheses)
        values (new.tenant_id, new.status, 1)
        on conflict (tenant_id, status) do update set hypotheses = hypothesis_status_count.hypotheses + 1;
    end if;
    return null;
end
$$;
revoke all on function count_hypothesis_status() from public;

create trigger hypothesis_counted after insert or delete on hypothesis
    for each row execute function count_hypothesis_status();
create trigger hypothesis_status_counted after update of tenant_id, status on hypothesis
    for each row when (old.status is distinct from new.status or old.tenant_id is distinct from new.tenant_id)
    execute function count_hypothesis_status();

insert into hypothesis_status_count (tenant_id, status, hypotheses)
select tenant_id, status, count(*) from hypothesis group by tenant_id, status;
