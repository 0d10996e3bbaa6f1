{#
  The rows a check snapshot inserts and closes, worked out from the columns it compares.

  dbt's own staging query (default__snapshot_staging_table) joins every row of the source,
  all columns included, to the current versions, and DuckDB materializes the source once
  for the three parts that read it (new or changed rows, their old versions, deletes). For
  snap_documents that copied the text of all 100,000 documents on every build (~2.5 s of
  query alone for 10 new documents; ~0.6 s this way). Here the keys whose row is new or
  changed are found first on the key and the check columns only, and only their rows are
  read in full. The staging rows are the same rows dbt's query gives (the insertions and
  updates below are its own, over the source rows of those keys), so the snapshot tables
  hold the same rows. A key is looked up with `is not distinct from`, so a source row whose
  key is null (which dbt's query always inserts) is read too.

  Only the configuration this project uses takes this path: the check strategy, deletes
  ignored or invalidated, dbt_valid_to null while current. Anything else is dbt's query.
#}
{% macro duckdb__snapshot_staging_table(strategy, source_sql, target_relation) -%}
    {%- if config.get('strategy') != 'check'
        or strategy.hard_deletes not in ('ignore', 'invalidate')
        or config.get('dbt_valid_to_current') -%}
        {{ return(default__snapshot_staging_table(strategy, source_sql, target_relation)) }}
    {%- endif -%}
    {%- set columns = config.get('snapshot_table_column_names') or get_snapshot_table_column_names() %}
    {#- dbt's own condition of an insertion: a key new to the snapshot, or one whose compared
        columns changed. Written once: the changed keys and the insertions must agree. #}
    {%- set new_or_changed -%}
        left outer join snapshotted_data
            on {{ unique_key_join_on(strategy.unique_key, "snapshotted_data", "source_data") }}
        where {{ unique_key_is_null(strategy.unique_key, "snapshotted_data") }}
            or (
                {{ unique_key_is_not_null(strategy.unique_key, "snapshotted_data") }}
                and ({{ strategy.row_changed }})
            )
    {%- endset %}

    with snapshot_query as not materialized (

        {{ source_sql }}

    ),

    snapshotted_data as not materialized (

        select *, {{ unique_key_fields(strategy.unique_key) }}
        from {{ target_relation }}
        where {{ columns.dbt_valid_to }} is null

    ),

    {#- New or changed rows: the insertions' condition, on the columns it reads. Left to DuckDB
        to inline into its two readers: materialized as the distinct keys it was slower (+10 on
        100k, dbt only, medians of 3 alternating runs: snapshots 13.6 s -> 16.5 s). #}
    changed_keys as not materialized (

        select source_data.*
        from (
            select *, {{ unique_key_fields(strategy.unique_key) }}
            from snapshot_query
        ) as source_data
        {{ new_or_changed }}

    ),

    insertions_source_data as (

        select source_data.*
        from (
            select *, {{ unique_key_fields(strategy.unique_key) }},
                {{ strategy.updated_at }} as {{ columns.dbt_updated_at }},
                {{ strategy.updated_at }} as {{ columns.dbt_valid_from }},
                {{ get_dbt_valid_to_current(strategy, columns) }},
                {{ strategy.scd_id }} as {{ columns.dbt_scd_id }}
            from snapshot_query
        ) as source_data
        where exists (
            select 1 from changed_keys
            where {{ snapshot_unique_key_matches(strategy.unique_key, "changed_keys", "source_data") }}
        )

    ),

    updates_source_data as (

        select source_data.*
        from (
            select *, {{ unique_key_fields(strategy.unique_key) }},
                {{ strategy.updated_at }} as {{ columns.dbt_updated_at }},
                {{ strategy.updated_at }} as {{ columns.dbt_valid_from }},
                {{ strategy.updated_at }} as {{ columns.dbt_valid_to }}
            from snapshot_query
        ) as source_data
        where exists (
            select 1 from changed_keys
            where {{ snapshot_unique_key_matches(strategy.unique_key, "changed_keys", "source_data") }}
        )

    ),

    {%- if strategy.hard_deletes == 'invalidate' %}

    deletes_source_data as (

        select *, {{ unique_key_fields(strategy.unique_key) }}
        from snapshot_query

    ),
    {%- endif %}

    insertions as (

        select
            'insert' as dbt_change_type,
            source_data.*
        from insertions_source_data as source_data
        {{ new_or_changed }}

    ),

    updates as (

        select
            'update' as dbt_change_type,
            source_data.*,
            snapshotted_data.{{ columns.dbt_scd_id }}
        from updates_source_data as source_data
        join snapshotted_data
            on {{ unique_key_join_on(strategy.unique_key, "snapshotted_data", "source_data") }}
        where ({{ strategy.row_changed }})

    )

    {%- if strategy.hard_deletes == 'invalidate' %}
    ,

    deletes as (

        select
            'delete' as dbt_change_type,
            source_data.*,
            {{ snapshot_get_time() }} as {{ columns.dbt_valid_from }},
            {{ snapshot_get_time() }} as {{ columns.dbt_updated_at }},
            {{ snapshot_get_time() }} as {{ columns.dbt_valid_to }},
            snapshotted_data.{{ columns.dbt_scd_id }}
        from snapshotted_data
        left join deletes_source_data as source_data
            on {{ unique_key_join_on(strategy.unique_key, "snapshotted_data", "source_data") }}
        where {{ unique_key_is_null(strategy.unique_key, "source_data") }}

    )
    {%- endif %}

    select * from insertions
    union all
    select * from updates
    {%- if strategy.hard_deletes == 'invalidate' %}
    union all
    select * from deletes
    {%- endif %}

{%- endmacro %}


{#- The same key on both sides, a null key part matching a null one (unlike dbt's `=`). #}
{% macro snapshot_unique_key_matches(unique_key, identifier, from_identifier) -%}
    {%- if unique_key | is_list -%}
        {%- for key in unique_key -%}
            {{ identifier }}.dbt_unique_key_{{ loop.index }} is not distinct from {{ from_identifier }}.dbt_unique_key_{{ loop.index }}
            {%- if not loop.last %} and {% endif -%}
        {%- endfor -%}
    {%- else -%}
        {{ identifier }}.dbt_unique_key is not distinct from {{ from_identifier }}.dbt_unique_key
    {%- endif -%}
{%- endmacro %}
