-- Roadmap items tagged with the segments they are for.
create table roadmap_item_segment (
    tenant_id  uuid not null,
    id         uuid not null,
    item_id    uuid not null,
    segment_id uuid not null,
    constraint roadmap_item_segment_pk primary key (tenant_id, id),
    constraint roadmap_item_segment_uk unique (tenant_id, item_id, segment_id),
    constraint roadmap_item_segment_item_fk foreign key (tenant_id, item_id)
        references roadmap_item (tenant_id, id) on delete cascade,
    constraint roadmap_item_segment_segment_fk foreign key (tenant_id, segment_id) references segment (tenant_id, id)
);
create index roadmap_item_segment_segment_idx on roadmap_item_segment (tenant_id, segment_id);

alter table roadmap_item_segment enable row level security;
alter table roadmap_item_segment force row level security;
create policy tenant_isolation on roadmap_item_segment
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

grant select, insert, delete on roadmap_item_segment to ${appRole};
