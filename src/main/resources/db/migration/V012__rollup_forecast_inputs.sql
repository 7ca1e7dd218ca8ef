-- The forecast's inputs become maintained sums too, so a program read no longer counts its members: open level-0
-- items (n_lvl0 - n_lvl0_done) and level-0 resolutions by day (date histogram kind 4).
alter table rollup_node add column n_lvl0_done bigint not null default 0;
alter table rollup_node add column resolved_on date;
alter table rollup_program add column n_lvl0_done bigint not null default 0;
