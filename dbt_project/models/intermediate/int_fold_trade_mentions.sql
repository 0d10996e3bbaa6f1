{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='document_id',
        on_schema_change='sync_all_columns',
        post_hook="{{ delete_outdated_document_rows() }}"
    )
}}

{#
  Each trade mention of a current document, keyed the way fct_bilateral_trade consolidates
  figures: imports reported by R from P are exports from P to R, and a turnover's pair is
  put in alphabetical order, so every report of one figure gets the same trade_id.
#}
with documents_to_load as (

    select * from {{ ref('int_track_document_extractions') }}
    {{ extracted_since_last_load() }}

),

mentions as (

    select * from {{ ref('stg_extract__trade_mentions') }}

),

mentions_to_load as (

    select
        mentions.*,
        documents_to_load.extracted_at as extraction_extracted_at
    from mentions
    inner join documents_to_load on mentions.document_id = documents_to_load.document_id

),

folded as (

    select
        *,
        case flow
            when 'turnover' then 'turnover'
            when 'exports' then 'exports'
            when 'imports' then 'exports'
        end as trade_flow,
        case flow
            when 'turnover' then least(reporter_iso3, partner_iso3)
            when 'exports' then reporter_iso3
            when 'imports' then partner_iso3
        end as origin_iso3,
        case flow
            when 'turnover' then greatest(reporter_iso3, partner_iso3)
            when 'exports' then partner_iso3
            when 'imports' then reporter_iso3
        end as destination_iso3,
        nullif(trim(lower(product)), '') as product_key
    from mentions_to_load

),

final as (

    select
        *,
        case when trade_flow is not null then
            {{ surrogate_key(['trade_flow', 'origin_iso3', 'destination_iso3', 'period_start', 'period_end',
                              'product_key']) }}
        end as trade_id
    from folded

)

select * from final
