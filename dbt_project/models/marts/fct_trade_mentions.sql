with mentions as (

    select * from {{ ref('int_compare_trade_periods') }}

),

documents as (

    select document_id from {{ ref('stg_ingest__documents') }}

),

final as (

    select
        mentions.mention_id,
        mentions.document_id,
        mentions.flow,
        mentions.reporter_iso3,
        mentions.partner_iso3,
        mentions.period_start,
        mentions.period_end,
        mentions.value,
        mentions.currency,
        mentions.value_usd,
        mentions.change_pct,
        mentions.product,
        mentions.evidence,
        mentions.char_start,
        mentions.char_end,
        mentions.trade_id,
        mentions.ordinal,
        mentions.evidence_start,
        mentions.evidence_end,
        mentions.fx_units_per_usd,
        mentions.comparison_value,
        mentions.implied_change_pct,
        mentions.is_change_consistent,
        mentions.extracted_at
    from mentions
    inner join documents on mentions.document_id = documents.document_id

)

select * from final
