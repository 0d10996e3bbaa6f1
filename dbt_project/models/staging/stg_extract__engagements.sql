with source as (

    select * from {{ source('extract', 'engagements') }}

),

renamed as (

    select
        cast(engagement_id as {{ dbt.type_string() }}) as engagement_id,
        cast(document_id as {{ dbt.type_string() }}) as document_id,
        cast(ordinal as {{ dbt.type_int() }}) as ordinal,
        cast(engagement_date as date) as engagement_date,
        cast(engagement_type as {{ dbt.type_string() }}) as engagement_type,
        cast(cameo_code as {{ dbt.type_string() }}) as cameo_code,
        cast(plover_event as {{ dbt.type_string() }}) as plover_event,
        cast(plover_mode as {{ dbt.type_string() }}) as plover_mode,
        cast(location as {{ dbt.type_string() }}) as location,
        topics,
        cast(evidence as {{ dbt.type_string() }}) as evidence,
        cast(char_start as {{ dbt.type_int() }}) as char_start,
        cast(char_end as {{ dbt.type_int() }}) as char_end,
        cast(extracted_at as {{ dbt.type_timestamp() }}) as extracted_at

    from source

)

select * from renamed
