{{ config(materialized='table') }}

{#
  Every participant of a current document with the canonical person or organization it
  resolves to, and the day it was seen (the engagement's date, else the publication date)
  that orders titles in dim_person_title_history. A table: five marts read it.
#}
with participants as (

    select * from {{ ref('int_normalize_participants') }}

),

engagements as (

    select engagement_id, engagement_date from {{ ref('int_enrich_engagements') }}

),

documents as (

    select document_id, published_date from {{ ref('stg_ingest__documents') }}

),

persons as (

    select * from {{ ref('int_resolve_person_names') }}

),

organizations as (

    select * from {{ ref('int_resolve_organization_names') }}

),

final as (

    select
        participants.engagement_id,
        participants.document_id,
        participants.ordinal,
        participants.participant_type,
        participants.name,
        participants.title,
        participants.country_iso3,
        participants.organization,
        participants.name_key,
        persons.person_id,
        coalesce(own_organization.organization_id, represented_organization.organization_id)
            as organization_id,
        case participants.participant_type
            when 'organization' then participants.name_key
            else participants.organization_key
        end as organization_key,
        engagements.engagement_date,
        documents.published_date,
        coalesce(engagements.engagement_date, documents.published_date) as seen_on
    from participants
    inner join documents on participants.document_id = documents.document_id
    inner join engagements on participants.engagement_id = engagements.engagement_id
    left join persons
        on participants.participant_type = 'person'
        and persons.name_key = participants.name_key
        and {{ null_safe_equals('persons.country_iso3', 'participants.country_iso3') }}
    left join organizations as own_organization
        on participants.participant_type = 'organization'
        and own_organization.name_key = participants.name_key
        and {{ null_safe_equals('own_organization.country_iso3', 'participants.country_iso3') }}
    left join organizations as represented_organization
        on participants.participant_type = 'person'
        and represented_organization.name_key = participants.organization_key
        and {{ null_safe_equals('represented_organization.country_iso3', 'participants.country_iso3') }}

)

select * from final
