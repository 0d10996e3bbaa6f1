with source as (

    select * from {{ source('extract', 'extractions') }}

),

renamed as (

    select
        cast(document_id as {{ dbt.type_string() }}) as document_id,
        cast(content_sha256 as {{ dbt.type_string() }}) as content_sha256,
        cast(extractor_version as {{ dbt.type_string() }}) as extractor_version,
        cast(n_trade_mentions as {{ dbt.type_int() }}) as n_trade_mentions,
        cast(n_engagements as {{ dbt.type_int() }}) as n_engagements,
        cast(error as {{ dbt.type_string() }}) as error,
        cast(extracted_at as {{ dbt.type_timestamp() }}) as extracted_at

    from source

)

select * from renamed
