with mentions as (

    select * from {{ ref('int_compare_trade_periods') }}
    where trade_id is not null

),

documents as (

    select document_id, text_sha256, published_date from {{ ref('stg_ingest__documents') }}

),

final as (

    select
        mentions.trade_id,
        mentions.document_id,
        min(documents.text_sha256) as text_sha256,
        min(documents.published_date) as published_date,
        cast(count(*) as {{ dbt.type_int() }}) as n_mentions,
        {{ sorted_distinct_array_agg('mentions.mention_id') }} as mention_ids,
        {{ median('mentions.value_usd') }} as value_usd
    from mentions
    inner join documents on mentions.document_id = documents.document_id
    group by mentions.trade_id, mentions.document_id

)

select * from final
