with participants as (

    select * from {{ ref('int_identify_participants') }}

),

final as (

    select
        engagement_id,
        participant_type,
        name,
        title,
        country_iso3,
        organization,
        person_id,
        organization_id,
        ordinal,
        document_id
    from participants

)

select * from final
