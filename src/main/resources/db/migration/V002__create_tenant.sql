-- Keystone's own tenant: a stable internal id that every domain table leads its keys with.
-- Kept on uninstall (installed = false) so that a reinstall of the same site finds its data again.
create table tenant (
    id              uuid primary key,
    client_key      varchar(255) not null unique,
    cloud_id        varchar(255),
    installation_id varchar(255),
    base_url        varchar(255) not null,
    installed       boolean not null,
    enabled         boolean not null default true,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
