{#
  When each current document's facts were last extracted. The incremental fact models
  load the documents extracted after their last load, and drop rows older than this (a
  re-extraction that found nothing) or of documents that left staging.documents.
  The facts' own timestamps are included so a loader that skips the bookkeeping table
  still gets its facts loaded.
  A table, not a view: the three incremental models read it twice each (what to load, and
  the post-hook that drops outdated rows), and each read of a view re-aggregated every
  extraction stamp.
#}
{{ config(materialized='table') }}
with documents as (

    select document_id from {{ ref('stg_ingest__documents') }}

),

extractions as (

    select document_id, extracted_at from {{ ref('stg_extract__extractions') }}

),

trade_mentions as (

    select document_id, extracted_at from {{ ref('stg_extract__trade_mentions') }}

),

engagements as (

    select document_id, extracted_at from {{ ref('stg_extract__engagements') }}

),

stamps as (

    select * from extractions
    union all
    select * from trade_mentions
    union all
    select * from engagements

),

final as (

    select
        stamps.document_id,
        max(stamps.extracted_at) as extracted_at
    from stamps
    inner join documents on stamps.document_id = documents.document_id
    group by stamps.document_id

)

select * from final
