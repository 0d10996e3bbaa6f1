with rejected as (

    select * from {{ ref('stg_ingest__rejected_documents') }}

),

final as (

    select
        source_path,
        content_sha256,
        reason,
        detail,
        detected_at,
        file_size,
        source_file
    from rejected

)

select * from final
