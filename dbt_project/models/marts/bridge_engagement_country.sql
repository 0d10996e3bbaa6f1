with engagement_countries as (

    select * from {{ ref('stg_extract__engagement_countries') }}

),

engagements as (

    select engagement_id from {{ ref('int_enrich_engagements') }}

),

documents as (

    select document_id from {{ ref('stg_ingest__documents') }}

),

final as (

    select distinct
        engagement_countries.engagement_id,
        engagement_countries.country_iso3
    from engagement_countries
    inner join engagements on engagement_countries.engagement_id = engagements.engagement_id
    inner join documents on engagement_countries.document_id = documents.document_id
    where engagement_countries.country_iso3 is not null

)

select * from final
