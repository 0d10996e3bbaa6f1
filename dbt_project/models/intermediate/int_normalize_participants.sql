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
  Each participant of a current document with the name keys entity resolution matches on
  (see macros/names.sql). The keys cost a dozen regular expressions per row, which is why
  this model is incremental: a run that adds ten documents normalizes ten documents' names.
#}
with documents_to_load as (

    select * from {{ ref('int_track_document_extractions') }}
    {{ extracted_since_last_load() }}

),

participants as (

    select * from {{ ref('stg_extract__engagement_participants') }}

),

participants_to_load as (

    select
        participants.*,
        documents_to_load.extracted_at as extraction_extracted_at
    from participants
    inner join documents_to_load on participants.document_id = documents_to_load.document_id

),

keyed as (

    select
        engagement_id,
        document_id,
        ordinal,
        participant_type,
        trim(name) as name,
        nullif(trim(title), '') as title,
        country_iso3,
        nullif(trim(organization), '') as organization,
        case participant_type
            when 'person' then {{ person_name_key('name') }}
            else {{ organization_name_key('name') }}
        end as name_key,
        case when participant_type = 'organization' then {{ organization_acronym_key('name') }} end
            as acronym_key,
        nullif({{ organization_name_key('organization') }}, '') as organization_key,
        {{ organization_acronym_key('organization') }} as organization_acronym_key,
        extraction_extracted_at
    from participants_to_load

),

final as (

    select
        *,
        {{ dbt.length('name_key') }} - {{ dbt.length(dbt.replace('name_key', "' '", "''")) }} + 1
            as n_name_tokens,
        {{ dbt.split_part('name_key', "' '", 1) }} as first_name_token,
        {{ dbt.split_part('name_key', "' '", -1) }} as last_name_token
    from keyed

)

select * from final
