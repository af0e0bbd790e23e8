-- The internal roadmap: items per product in a rolling four-quarter window plus Later, linked to
-- the strategy theory and hypotheses they serve and the segments they are for.

create table roadmap_item (
    tenant_id      uuid          not null,
    id             uuid          not null,
    product_id     uuid          not null,
    title          varchar(200)  not null,
    description    varchar(2000),
    theme          varchar(100),
    theory_id      uuid,
    quarter_start  date,
    position       integer       not null default 0,
    status         varchar(20)   not null default 'PLANNED',
    confidence     varchar(10)   not null default 'MEDIUM',
    internal_notes varchar(4000),
    buyer_benefit  varchar(2000),
    user_benefit   varchar(2000),
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    version        integer       not null default 0,
    constraint roadmap_item_pk primary key (tenant_id, id),
    constraint roadmap_item_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint roadmap_item_theory_fk foreign key (tenant_id, theory_id) references strategy_theory (tenant_id, id),
    constraint roadmap_item_status_ck check (status in ('PLANNED', 'IN_PROGRESS', 'SHIPPED', 'PARKED')),
    constraint roadmap_item_confidence_ck check (confidence in ('LOW', 'MEDIUM', 'HIGH')),
    constraint roadmap_item_quarter_ck check (quarter_start is null
        or (extract(day from quarter_start) = 1 and extract(month from quarter_start) in (1, 4, 7, 10)))
);
create index roadmap_item_board_idx on roadmap_item (tenant_id, product_id, quarter_start, position);
create index roadmap_item_theory_idx on roadmap_item (tenant_id, theory_id);

create table roadmap_item_hypothesis (
    tenant_id     uuid not null,
    id            uuid not null,
    item_id       uuid not null,
    hypothesis_id uuid not null,
    constraint roadmap_item_hypothesis_pk primary key (tenant_id, id),
    constraint roadmap_item_hypothesis_uk unique (tenant_id, item_id, hypothesis_id),
    constraint roadmap_item_hypothesis_item_fk foreign key (tenant_id, item_id)
        references roadmap_item (tenant_id, id) on delete cascade,
    constraint roadmap_item_hypothesis_hypothesis_fk foreign key (tenant_id, hypothesis_id)
        references hypothesis (tenant_id, id) on delete cascade
);

alter table roadmap_item enable row level security;
alter table roadmap_item force row level security;
create policy tenant_isolation on roadmap_item
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table roadmap_item_hypothesis enable row level security;
alter table roadmap_item_hypothesis force row level security;
create policy tenant_isolation on roadmap_item_hypothesis
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert, update, delete on roadmap_item, roadmap_item_hypothesis to ${appRole};
