-- Segments: observable qualification criteria, buyer and user personas, and the revenue math.

-- Sales-motion thresholds, per company (defaults from the enterprise essay).
alter table tenant add column self_serve_below numeric(14, 2) not null default 500;
alter table tenant add column field_sales_from numeric(14, 2) not null default 20000;
alter table tenant add constraint tenant_thresholds_ck
    check (self_serve_below > 0 and field_sales_from > self_serve_below);
grant update (self_serve_below, field_sales_from) on tenant to ${appRole};

create table segment (
    tenant_id          uuid           not null,
    id                 uuid           not null,
    product_id         uuid,
    name               varchar(200)   not null,
    description        varchar(2000),
    tier               varchar(20)    not null,
    buyer_is_user      boolean        not null default false,
    buyer_title        varchar(200),
    buyer_goals        varchar(2000),
    buyer_success      varchar(2000),
    buying_process     varchar(2000),
    sales_cycle_months integer,
    user_role          varchar(200),
    user_jobs          varchar(2000),
    user_pains         varchar(2000),
    user_success       varchar(2000),
    price_per_year     numeric(14, 2),
    pricing_unit       varchar(20)    not null default 'PER_ACCOUNT',
    reachable_count    bigint,
    conversion_percent numeric(5, 2),
    revenue_target     numeric(16, 2),
    user_evaluation    varchar(4000),
    buyer_scorecard    varchar(4000),
    buyer_annual_value numeric(16, 2),
    archived           boolean        not null default false,
    created_at         timestamptz    not null default now(),
    version            integer        not null default 0,
    constraint segment_pk primary key (tenant_id, id),
    constraint segment_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint segment_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint segment_tier_ck check (tier in ('CONSUMER', 'SMB', 'MID_MARKET', 'ENTERPRISE')),
    constraint segment_unit_ck check (pricing_unit in ('PER_USER', 'PER_ACCOUNT')),
    constraint segment_price_ck check (price_per_year is null or price_per_year >= 0),
    constraint segment_count_ck check (reachable_count is null or reachable_count >= 0),
    constraint segment_conversion_ck check (conversion_percent is null or conversion_percent between 0 and 100),
    constraint segment_cycle_ck check (sales_cycle_months is null or sales_cycle_months between 0 and 120)
);
create unique index segment_name_uk on segment (tenant_id, lower(name));

create table segment_criterion (
    tenant_id  uuid         not null,
    id         uuid         not null,
    segment_id uuid         not null,
    position   integer      not null,
    attribute  varchar(100) not null,
    operator   varchar(10)  not null,
    value      varchar(200) not null,
    strength   varchar(20)  not null,
    constraint segment_criterion_pk primary key (tenant_id, id),
    constraint segment_criterion_segment_fk foreign key (tenant_id, segment_id) references segment (tenant_id, id)
        on delete cascade,
    constraint segment_criterion_operator_ck check (operator in ('EQ', 'NE', 'GTE', 'LTE', 'GT', 'LT', 'CONTAINS')),
    constraint segment_criterion_strength_ck check (strength in ('REQUIRED', 'STRONG_SIGNAL'))
);
create index segment_criterion_segment_idx on segment_criterion (tenant_id, segment_id, position);

-- Hypotheses tagged with the segments they are about.
create table hypothesis_segment (
    tenant_id     uuid not null,
    id            uuid not null,
    hypothesis_id uuid not null,
    segment_id    uuid not null,
    constraint hypothesis_segment_pk primary key (tenant_id, id),
    constraint hypothesis_segment_uk unique (tenant_id, hypothesis_id, segment_id),
    constraint hypothesis_segment_hypothesis_fk foreign key (tenant_id, hypothesis_id)
        references hypothesis (tenant_id, id) on delete cascade,
    constraint hypothesis_segment_segment_fk foreign key (tenant_id, segment_id) references segment (tenant_id, id)
);
create index hypothesis_segment_segment_idx on hypothesis_segment (tenant_id, segment_id);

alter table segment enable row level security;
alter table segment force row level security;
create policy tenant_isolation on segment
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table segment_criterion enable row level security;
alter table segment_criterion force row level security;
create policy tenant_isolation on segment_criterion
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table hypothesis_segment enable row level security;
alter table hypothesis_segment force row level security;
create policy tenant_isolation on hypothesis_segment
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Segments are archived, never deleted, so their links stay readable.
grant select, insert, update on segment to ${appRole};
grant select, insert, update, delete on segment_criterion, hypothesis_segment to ${appRole};
