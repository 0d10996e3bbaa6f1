with documents as (

    select * from {{ ref('stg_ingest__documents') }}

),

extractions as (

    select * from {{ ref('stg_extract__extractions') }}

),

latest_extractions as (

    select
        document_id,
        extractor_version,
        extracted_at,
        error,
        row_number() over (partition by document_id order by extracted_at desc) as recency
    from extractions

),

{#- One row per text, not a window over every document: no sort of 100k rows. #}
earliest_with_same_text as (

    select
        text_sha256,
        {{ value_at_min('document_id', ['ingested_at', 'source_path']) }} as earliest_document_id
    from documents
    group by text_sha256

),

final as (

    select
        documents.document_id,
        documents.source_path,
        documents.content_sha256,
        case
            when earliest_with_same_text.earliest_document_id <> documents.document_id
                then earliest_with_same_text.earliest_document_id
        end as duplicate_of,
        documents.title,
        documents.source,
        documents.url,
        documents.published_date,
        documents.dateline,
        documents.ingested_at,
        documents.text_sha256,
        documents.format,
        documents.encoding,
        documents.published_date_origin,
        documents.warnings,
        documents.n_chars,
        documents.n_words,
        documents.file_size,
        documents.source_file,
        latest_extractions.extractor_version,
        latest_extractions.extracted_at,
        latest_extractions.error as extraction_error
    from documents
    inner join earliest_with_same_text on documents.text_sha256 = earliest_with_same_text.text_sha256
    left join latest_extractions
        on documents.document_id = latest_extractions.document_id
        and latest_extractions.recency = 1

)

select * from final
