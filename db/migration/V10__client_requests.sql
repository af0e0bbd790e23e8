-- What key clients ask for, recorded as a trade-off rather than a promise: the request, the
-- roadmap item that would deliver it and the item doing so would delay ("doing X for client Y
-- delays Z"), and the team's decision.

create table client_request (
    tenant_id     uuid          not null,
    id            uuid          not null,
    client_id     uuid          not null,
    title         varchar(200)  not null,
    detail        varchar(2000),
    product_id    uuid,
    delivered_by  uuid,
    displaces     uuid,
    status        varchar(20)   not null default 'OPEN',
    decision_note varchar(2000),
    created_by    uuid          not null,
    created_at    timestamptz   not null default now(),
    version       integer       not null default 0,
    constraint client_request_pk primary key (tenant_id, id),
    constraint client_request_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint client_request_client_fk foreign key (tenant_id, client_id)
        references client_account (tenant_id, id) on delete cascade,
    constraint client_request_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint client_request_delivered_by_fk foreign key (tenant_id, delivered_by)
        references roadmap_item (tenant_id, id),
    constraint client_request_displaces_fk foreign key (tenant_id, displaces)
        references roadmap_item (tenant_id, id),
    constraint client_request_creator_fk foreign key (created_by) references app_user (id),
    constraint client_request_status_ck check (status in ('OPEN', 'ACCEPTED', 'DECLINED')),
    constraint client_request_trade_off_ck check (delivered_by is distinct from displaces or delivered_by is null),
    constraint client_request_items_need_product_ck
        check (product_id is not null or (delivered_by is null and displaces is null))
);
create index client_request_client_idx on client_request (tenant_id, client_id);
create index client_request_status_idx on client_request (tenant_id, status, created_at desc);

alter table client_request enable row level security;
alter table client_request force row level security;
create policy tenant_isolation on client_request
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
grant select, insert, update on client_request to ${appRole};
