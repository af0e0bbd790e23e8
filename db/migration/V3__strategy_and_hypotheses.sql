-- Products, their strategy (vision + DHM, versioned), the GLEe vision's phases, strategy theories
-- with their proxy metrics, and the hypotheses that test them, with evidence.
-- Tenant-owned like every business table: see V1 for the rules.

create table product (
    tenant_id   uuid          not null,
    id          uuid          not null,
    name        varchar(200)  not null,
    market      varchar(20)   not null,
    description varchar(2000),
    created_at  timestamptz   not null default now(),
    version     integer       not null default 0,
    constraint product_pk primary key (tenant_id, id),
    constraint product_tenant_fk foreign key (tenant_id) references tenant (id),
    constraint product_name_uk unique (tenant_id, name),
    constraint product_market_ck check (market in ('CONSUMER', 'SMB', 'ENTERPRISE', 'MIXED'))
);

-- Every save of a product's strategy is a new row: the highest number is the current strategy,
-- the others are its history. The unique key turns a concurrent save into a detected conflict.
create table strategy_version (
    tenant_id    uuid          not null,
    id           uuid          not null,
    product_id   uuid          not null,
    number       integer       not null,
    vision       varchar(1000) not null,
    delight      varchar(2000) not null,
    hard_to_copy varchar(2000) not null,
    margin       varchar(2000) not null,
    author_id    uuid,
    created_at   timestamptz   not null default now(),
    constraint strategy_version_pk primary key (tenant_id, id),
    constraint strategy_version_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint strategy_version_author_fk foreign key (author_id) references app_user (id),
    constraint strategy_version_number_uk unique (tenant_id, product_id, number)
);

create table glee_phase (
    tenant_id  uuid          not null,
    id         uuid          not null,
    product_id uuid          not null,
    position   integer       not null,
    kind       varchar(20)   not null,
    statement  varchar(1000) not null,
    trend      varchar(1000),
    horizon    varchar(100),
    status     varchar(20)   not null,
    learnings  varchar(4000),
    version    integer       not null default 0,
    constraint glee_phase_pk primary key (tenant_id, id),
    constraint glee_phase_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint glee_phase_kind_ck check (kind in ('GET_BIG', 'LEAD', 'EXPAND', 'EXPAND_FURTHER')),
    constraint glee_phase_status_ck check (status in ('DONE', 'CURRENT', 'FUTURE', 'TRIED_TOO_EARLY'))
);
-- Exactly one current phase per product, enforced by the database as well.
create unique index glee_phase_one_current_uk on glee_phase (tenant_id, product_id) where status = 'CURRENT';

create table strategy_theory (
    tenant_id         uuid          not null,
    id                uuid          not null,
    product_id        uuid          not null,
    title             varchar(300)  not null,
    description       varchar(2000),
    advantage         varchar(30)   not null,
    metric_name       varchar(200)  not null,
    metric_unit       varchar(50),
    metric_definition varchar(1000),
    metric_current    numeric(18, 4),
    position          integer       not null default 0,
    created_at        timestamptz   not null default now(),
    version           integer       not null default 0,
    constraint strategy_theory_pk primary key (tenant_id, id),
    constraint strategy_theory_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint strategy_theory_advantage_ck check (advantage in
        ('BRAND', 'NETWORK_EFFECTS', 'ECONOMIES_OF_SCALE', 'UNIQUE_TECHNOLOGY', 'SWITCHING_COSTS', 'OTHER'))
);

create table hypothesis (
    tenant_id     uuid           not null,
    id            uuid           not null,
    product_id    uuid           not null,
    theory_id     uuid,
    statement     varchar(2000)  not null,
    metric_name   varchar(200),
    baseline      numeric(18, 4),
    target        numeric(18, 4),
    direction     varchar(10)    not null default 'INCREASE',
    deadline      date,
    test_method   varchar(30),
    owner_id      uuid,
    status        varchar(20)    not null default 'DRAFT',
    observed      numeric(18, 4),
    learning      varchar(4000),
    started_at    timestamptz,
    ended_at      timestamptz,
    supersedes_id uuid,
    created_at    timestamptz    not null default now(),
    updated_at    timestamptz    not null default now(),
    version       integer        not null default 0,
    constraint hypothesis_pk primary key (tenant_id, id),
    constraint hypothesis_product_fk foreign key (tenant_id, product_id) references product (tenant_id, id),
    constraint hypothesis_theory_fk foreign key (tenant_id, theory_id) references strategy_theory (tenant_id, id),
    constraint hypothesis_supersedes_fk foreign key (tenant_id, supersedes_id) references hypothesis (tenant_id, id),
    constraint hypothesis_owner_fk foreign key (owner_id) references app_user (id),
    constraint hypothesis_direction_ck check (direction in ('INCREASE', 'DECREASE')),
    constraint hypothesis_method_ck check (test_method in
        ('AB_TEST', 'REFERENCE_PILOT', 'PROTOTYPE', 'SURVEY', 'FAKE_DOOR', 'CONCIERGE')),
    constraint hypothesis_status_ck check (status in
        ('DRAFT', 'READY', 'TESTING', 'VALIDATED', 'INVALIDATED', 'INCONCLUSIVE', 'ABANDONED'))
);
-- The grid filters and sorts within one tenant: every index leads on tenant_id.
create index hypothesis_status_idx on hypothesis (tenant_id, status, updated_at desc);
create index hypothesis_product_idx on hypothesis (tenant_id, product_id, status);
create index hypothesis_theory_idx on hypothesis (tenant_id, theory_id);
create index hypothesis_owner_idx on hypothesis (tenant_id, owner_id);
create index hypothesis_deadline_idx on hypothesis (tenant_id, deadline);

create table evidence (
    tenant_id     uuid          not null,
    id            uuid          not null,
    hypothesis_id uuid          not null,
    kind          varchar(30)   not null,
    observed_on   date          not null,
    summary       varchar(4000) not null,
    source        varchar(500),
    link          varchar(2000),
    author_id     uuid,
    created_at    timestamptz   not null default now(),
    constraint evidence_pk primary key (tenant_id, id),
    constraint evidence_hypothesis_fk foreign key (tenant_id, hypothesis_id) references hypothesis (tenant_id, id),
    constraint evidence_author_fk foreign key (author_id) references app_user (id),
    constraint evidence_kind_ck check (kind in
        ('EXPERIMENT_RESULT', 'CUSTOMER_QUOTE', 'INTERVIEW_NOTE', 'METRIC_SNAPSHOT', 'LINK'))
);
create index evidence_hypothesis_idx on evidence (tenant_id, hypothesis_id, observed_on desc);

-- Row-level security -----------------------------------------------------------------------------

alter table product enable row level security;
alter table product force row level security;
create policy tenant_isolation on product
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table strategy_version enable row level security;
alter table strategy_version force row level security;
create policy tenant_isolation on strategy_version
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table glee_phase enable row level security;
alter table glee_phase force row level security;
create policy tenant_isolation on glee_phase
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table strategy_theory enable row level security;
alter table strategy_theory force row level security;
create policy tenant_isolation on strategy_theory
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table hypothesis enable row level security;
alter table hypothesis force row level security;
create policy tenant_isolation on hypothesis
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table evidence enable row level security;
alter table evidence force row level security;
create policy tenant_isolation on evidence
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Strategy versions and evidence are append-only: history is never rewritten.
grant select, insert, update, delete on product, glee_phase, strategy_theory, hypothesis to ${appRole};
grant select, insert on strategy_version, evidence to ${appRole};
