{#
  One row per real-world engagement, however many reports describe it (clustering rules
  in int_cluster_engagement_events). Copies of one text under several file names count
  as one report in n_documents.
#}
with engagements as (

    select * from {{ ref('int_enrich_engagements') }}

),

events as (

    select * from {{ ref('int_cluster_engagement_events') }}

),

documents as (

    select document_id, text_sha256, published_date from {{ ref('stg_ingest__documents') }}

),

reports as (

    select
        events.event_id,
        engagements.*,
        documents.text_sha256,
        documents.published_date
    from engagements
    inner join events on engagements.engagement_id = events.engagement_id
    inner join documents on engagements.document_id = documents.document_id

),

final as (

    select
        event_id,
        min(engagement_type) as engagement_type,
        min(cameo_code) as cameo_code,
        min(countries_key) as countries_key,
        {{ sorted_array_union_agg('countries') }} as countries,
        min(location) as location,
        min(engagement_date) as start_date,
        max(engagement_date) as end_date,
        cast(count(*) as {{ dbt.type_int() }}) as n_engagements,
        cast(count(distinct text_sha256) as {{ dbt.type_int() }}) as n_documents,
        min(published_date) as first_reported_on,
        max(published_date) as last_reported_on,
        {{ sorted_array_union_agg('topics') }} as topics,
        {{ sorted_distinct_array_agg('document_id') }} as document_ids,
        {{ sorted_distinct_array_agg('engagement_id') }} as engagement_ids
    from reports
    group by event_id

)

select * from final
