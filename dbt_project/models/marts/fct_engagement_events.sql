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

{#-
  Nearly every event has one report (99k events of 104k reports at 100k documents): those
  take their report's values as they are, and only events with several reports are
  aggregated. The list aggregates were most of this model's cost.
#}
report_counts as (

    select event_id, count(*) as n_reports
    from reports
    group by event_id

),

several_report_events as (

    select
        reports.event_id,
        min(reports.engagement_type) as engagement_type,
        min(reports.cameo_code) as cameo_code,
        min(reports.countries_key) as countries_key,
        {{ sorted_array_union_agg('reports.countries') }} as countries,
        min(reports.location) as location,
        min(reports.engagement_date) as start_date,
        max(reports.engagement_date) as end_date,
        cast(count(*) as {{ dbt.type_int() }}) as n_engagements,
        cast(count(distinct reports.text_sha256) as {{ dbt.type_int() }}) as n_documents,
        min(reports.published_date) as first_reported_on,
        max(reports.published_date) as last_reported_on,
        {{ sorted_array_union_agg('reports.topics') }} as topics,
        {{ sorted_distinct_array_agg('reports.document_id') }} as document_ids,
        {{ sorted_distinct_array_agg('reports.engagement_id') }} as engagement_ids
    from reports
    inner join report_counts on reports.event_id = report_counts.event_id
    where report_counts.n_reports > 1
    group by reports.event_id

),

single_report_events as (

    select
        reports.event_id,
        reports.engagement_type,
        reports.cameo_code,
        reports.countries_key,
        {{ sorted_array_union_of_one('reports.countries') }} as countries,
        reports.location,
        reports.engagement_date as start_date,
        reports.engagement_date as end_date,
        cast(1 as {{ dbt.type_int() }}) as n_engagements,
        cast(case when reports.text_sha256 is null then 0 else 1 end as {{ dbt.type_int() }}) as n_documents,
        reports.published_date as first_reported_on,
        reports.published_date as last_reported_on,
        {{ sorted_array_union_of_one('reports.topics') }} as topics,
        {{ sorted_distinct_array_of_one('reports.document_id') }} as document_ids,
        {{ sorted_distinct_array_of_one('reports.engagement_id') }} as engagement_ids
    from reports
    inner join report_counts on reports.event_id = report_counts.event_id
    where report_counts.n_reports = 1

),

final as (

    select * from several_report_events
    union all
    select * from single_report_events

)

select * from final
