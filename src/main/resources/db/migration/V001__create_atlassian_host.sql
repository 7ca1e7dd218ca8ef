-- ACSB 4.1.1's tenant record (AtlassianHost) and installation mapping, mapped by META-INF/atlassian-connect-orm.xml.
create table atlassian_host (
    client_key                          varchar(255) primary key,
    oauth_client_id                     varchar(255),
    shared_secret                       varchar(512),
    authentication                      varchar(16),
    cloud_id                            varchar(255),
    base_url                            varchar(255) not null,
    display_url                         varchar(255),
    display_url_servicedesk_help_center varchar(255),
    product_type                        varchar(255),
    description                         varchar(255),
    service_entitlement_number          varchar(255),
    entitlement_id                      varchar(255),
    entitlement_number                  varchar(255),
    installation_id                     varchar(255),
    addon_installed                     boolean not null default false,
    created_date                        timestamptz,
    last_modified_date                  timestamptz,
    created_by                          varchar(255),
    last_modified_by                    varchar(255)
);
create index idx_atlassian_host_base_url on atlassian_host (base_url);

create table atlassian_host_mapping (
    installation_id varchar(255) primary key,
    client_key      varchar(255) not null
);
create index idx_atlassian_host_mapping_client_key on atlassian_host_mapping (client_key);
