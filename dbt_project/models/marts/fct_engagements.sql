with engagements as (

    select * from {{ ref('int_enrich_engagements') }}

),

events as (

    select * from {{ ref('int_cluster_engagement_events') }}

),

documents as (

    select document_id from {{ ref('stg_ingest__documents') }}

),

final as (

    select
        engagements.engagement_id,
        engagements.document_id,
        engagements.engagement_date,
        engagements.engagement_type,
        engagements.cameo_code,
        engagements.location,
        engagements.topics,
        engagements.evidence,
        engagements.char_start,
        engagements.char_end,
        events.event_id,
        engagements.plover_event,
        engagements.plover_mode,
        engagements.countries,
        engagements.ordinal,
        engagements.extracted_at
    from engagements
    inner join documents on engagements.document_id = documents.document_id
    left join events on engagements.engagement_id = events.engagement_id

)

select * from final
