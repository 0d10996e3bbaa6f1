-- The staging tables the Python assets write and dbt reads as sources.
-- Each statement is idempotent; the loader runs them before every write.
-- No primary-key constraints: keys are enforced by dbt tests, and DuckDB's
-- index maintenance would slow the bulk delete+insert loads.
-- Column meanings are documented in dbt_project/models/staging/_sources.yml.

create schema if not exists staging;

-- One row per file under the raw folder that the pipeline has read: the inventory that
-- lets a rebuild skip files whose size and mtime have not changed.
create table if not exists staging.raw_files (
    source_file     varchar,
    file_size       bigint not null,
    file_mtime      double not null,
    content_sha256  varchar,
    n_documents     integer not null,
    n_rejected      integer not null,
    scanned_at      timestamp not null
);

-- One row per accepted raw file (or .jsonl line). Replaced when the file changes,
-- deleted when the file disappears (history lives in the dbt snapshot).
create table if not exists staging.documents (
    document_id            varchar,
    source_path            varchar not null,
    source_file            varchar not null,
    content_sha256         varchar not null,
    text_sha256            varchar not null,
    format                 varchar not null,
    encoding               varchar not null,
    title                  varchar,
    source                 varchar,
    url                    varchar,
    published_date         date,
    published_date_origin  varchar,
    dateline               varchar,
    text                   varchar not null,
    n_chars                integer not null,
    n_words                integer not null,
    warnings               varchar[],
    file_size              bigint,
    file_mtime             double,
    ingested_at            timestamp not null
);

-- One row per raw file that could not be used.
create table if not exists staging.rejected_documents (
    source_path     varchar,
    source_file     varchar not null,
    content_sha256  varchar,
    reason          varchar not null,
    detail          varchar not null,
    file_size       bigint,
    file_mtime      double,
    detected_at     timestamp not null
);

-- Bookkeeping: which version of which document the extractor has processed.
create table if not exists staging.extractions (
    document_id        varchar,
    content_sha256     varchar not null,
    extractor_version  varchar not null,
    n_trade_mentions   integer not null,
    n_engagements      integer not null,
    error              varchar,
    extracted_at       timestamp not null
);

create table if not exists staging.trade_mentions (
    mention_id      varchar,
    document_id     varchar not null,
    ordinal         integer not null,
    flow            varchar not null,
    reporter_iso3   varchar not null,
    partner_iso3    varchar not null,
    period_start    date not null,
    period_end      date not null,
    value           double not null,
    currency        varchar not null,
    change_pct      double,
    product         varchar,
    evidence        varchar not null,
    char_start      integer not null,
    char_end        integer not null,
    evidence_start  integer not null,
    evidence_end    integer not null,
    extracted_at    timestamp not null
);

create table if not exists staging.engagements (
    engagement_id    varchar,
    document_id      varchar not null,
    ordinal          integer not null,
    engagement_date  date,
    engagement_type  varchar not null,
    cameo_code       varchar not null,
    plover_event     varchar not null,
    plover_mode      varchar,
    location         varchar,
    topics           varchar[],
    evidence         varchar not null,
    char_start       integer not null,
    char_end         integer not null,
    extracted_at     timestamp not null
);

create table if not exists staging.engagement_countries (
    engagement_id  varchar not null,
    document_id    varchar not null,
    country_iso3   varchar not null
);

create table if not exists staging.engagement_participants (
    engagement_id     varchar not null,
    document_id       varchar not null,
    ordinal           integer not null,
    participant_type  varchar not null,
    name              varchar not null,
    title             varchar,
    country_iso3      varchar,
    organization      varchar
);
