with source as (

    select * from {{ source('ingest', 'documents') }}

),

renamed as (

    select
        cast(document_id as {{ dbt.type_string() }}) as document_id,
        cast(source_path as {{ dbt.type_string() }}) as source_path,
        cast(source_file as {{ dbt.type_string() }}) as source_file,
        cast(content_sha256 as {{ dbt.type_string() }}) as content_sha256,
        cast(text_sha256 as {{ dbt.type_string() }}) as text_sha256,
        cast(format as {{ dbt.type_string() }}) as format,
        cast(encoding as {{ dbt.type_string() }}) as encoding,
        cast(title as {{ dbt.type_string() }}) as title,
        cast(source as {{ dbt.type_string() }}) as source,
        cast(url as {{ dbt.type_string() }}) as url,
        cast(published_date as date) as published_date,
        cast(published_date_origin as {{ dbt.type_string() }}) as published_date_origin,
        cast(dateline as {{ dbt.type_string() }}) as dateline,
        cast(text as {{ dbt.type_string() }}) as text,
        cast(n_chars as {{ dbt.type_int() }}) as n_chars,
        cast(n_words as {{ dbt.type_int() }}) as n_words,
        warnings,
        cast(file_size as {{ dbt.type_bigint() }}) as file_size,
        cast(file_mtime as {{ type_double() }}) as file_mtime,
        cast(ingested_at as {{ dbt.type_timestamp() }}) as ingested_at

    from source

)

select * from renamed
