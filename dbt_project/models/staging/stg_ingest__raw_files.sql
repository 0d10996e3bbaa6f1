with source as (

    select * from {{ source('ingest', 'raw_files') }}

),

renamed as (

    select
        cast(source_file as {{ dbt.type_string() }}) as source_file,
        cast(file_size as {{ dbt.type_bigint() }}) as file_size,
        cast(file_mtime as {{ type_double() }}) as file_mtime,
        cast(content_sha256 as {{ dbt.type_string() }}) as content_sha256,
        cast(n_documents as {{ dbt.type_int() }}) as n_documents,
        cast(n_rejected as {{ dbt.type_int() }}) as n_rejected,
        cast(scanned_at as {{ dbt.type_timestamp() }}) as scanned_at

    from source

)

select * from renamed
