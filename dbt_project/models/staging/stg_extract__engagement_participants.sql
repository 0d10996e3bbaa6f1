with source as (

    select * from {{ source('extract', 'engagement_participants') }}

),

renamed as (

    select
        cast(engagement_id as {{ dbt.type_string() }}) as engagement_id,
        cast(document_id as {{ dbt.type_string() }}) as document_id,
        cast(ordinal as {{ dbt.type_int() }}) as ordinal,
        cast(participant_type as {{ dbt.type_string() }}) as participant_type,
        cast(name as {{ dbt.type_string() }}) as name,
        cast(title as {{ dbt.type_string() }}) as title,
        cast(country_iso3 as {{ dbt.type_string() }}) as country_iso3,
        cast(organization as {{ dbt.type_string() }}) as organization

    from source

)

select * from renamed
