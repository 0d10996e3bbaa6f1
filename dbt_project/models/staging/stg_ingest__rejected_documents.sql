with source as (

    select * from {{ source('ingest', 'rejected_documents') }}

),

renamed as (

    select
        cast(source_path as {{ dbt.type_string() }}) as source_path,
        cast(source_file as {{ dbt.type_string() }}) as source_file,
        cast(content_sha256 as {{ dbt.type_string() }}) as content_sha256,
        cast(reason as {{ dbt.type_string() }}) as reason,
        cast(detail as {{ dbt.type_string() }}) as detail,
        cast(file_size as {{ dbt.type_bigint() }}) as file_size,
        cast(file_mtime as {{ type_double() }}) as file_mtime,
        cast(detected_at as {{ dbt.type_timestamp() }}) as detected_at

    from source

)

select * from renamed
