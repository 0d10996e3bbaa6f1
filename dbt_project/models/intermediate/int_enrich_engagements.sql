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
  Each engagement of a current document with its sides' countries as a sorted list and a
  text key, and its location folded for comparison: what event clustering compares.
#}
with documents_to_load as (

    select * from {{ ref('int_track_document_extractions') }}
    {{ extracted_since_last_load() }}

),

engagements as (

    select * from {{ ref('stg_extract__engagements') }}

),

engagement_countries as (

    select distinct engagement_id, country_iso3
    from {{ ref('stg_extract__engagement_countries') }}
    where country_iso3 is not null

),

engagements_to_load as (

    select
        engagements.*,
        documents_to_load.extracted_at as extraction_extracted_at
    from engagements
    inner join documents_to_load on engagements.document_id = documents_to_load.document_id

),

sides as (

    select
        engagement_countries.engagement_id,
        {{ sorted_distinct_array_agg('engagement_countries.country_iso3') }} as countries,
        {{ dbt.listagg('engagement_countries.country_iso3', "','", 'order by engagement_countries.country_iso3') }}
            as countries_key,
        count(*) as n_countries
    from engagement_countries
    inner join engagements_to_load on engagement_countries.engagement_id = engagements_to_load.engagement_id
    group by engagement_countries.engagement_id

),

final as (

    select
        engagements_to_load.*,
        sides.countries,
        coalesce(sides.countries_key, '') as countries_key,
        coalesce(sides.n_countries, 0) as n_countries,
        nullif({{ fold_to_words('engagements_to_load.location') }}, '') as location_key
    from engagements_to_load
    left join sides on engagements_to_load.engagement_id = sides.engagement_id

)

select * from final
