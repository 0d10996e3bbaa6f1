with source as (

    select * from {{ source('extract', 'engagement_countries') }}

),

renamed as (

    select
        cast(engagement_id as {{ dbt.type_string() }}) as engagement_id,
        cast(document_id as {{ dbt.type_string() }}) as document_id,
        cast(country_iso3 as {{ dbt.type_string() }}) as country_iso3

    from source

)

select * from renamed
