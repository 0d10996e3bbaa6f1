{#
  One row per distinct trade figure across all documents (see int_fold_trade_mentions for
  the key). Copies of one text under several file names count once: values are first
  summarised per distinct text, then across texts.
#}
{%- set same_currency_tolerance = 1 + var('trade_conflict_tolerance_pct') / 100 %}
{%- set cross_currency_tolerance = 1 + var('trade_cross_currency_conflict_tolerance_pct') / 100 %}

with mentions as (

    select * from {{ ref('int_compare_trade_periods') }}
    where trade_id is not null

),

documents as (

    select document_id, text_sha256, published_date from {{ ref('stg_ingest__documents') }}

),

reports as (

    select
        mentions.*,
        documents.text_sha256,
        documents.published_date
    from mentions
    inner join documents on mentions.document_id = documents.document_id

),

per_text as (

    select
        trade_id,
        text_sha256,
        {{ median('value_usd') }} as value_usd
    from reports
    group by trade_id, text_sha256

),

per_currency as (

    select
        trade_id,
        max(value) > min(value) * {{ same_currency_tolerance }} as values_differ
    from reports
    group by trade_id, upper(currency)

),

figures as (

    select
        trade_id,
        min(trade_flow) as flow,
        min(origin_iso3) as origin_iso3,
        min(destination_iso3) as destination_iso3,
        min(period_start) as period_start,
        min(period_end) as period_end,
        min(product_key) as product,
        min(value_usd) as min_value_usd,
        max(value_usd) as max_value_usd,
        count(distinct text_sha256) as n_documents,
        count(*) as n_mentions,
        count(distinct upper(currency)) as n_currencies,
        min(published_date) as first_reported_on,
        max(published_date) as last_reported_on,
        {{ median('change_pct') }} as change_pct,
        {{ median('implied_change_pct') }} as implied_change_pct,
        {{ dbt.bool_or('is_change_consistent is not null') }} as consistency_checked,
        {{ dbt.bool_or('not is_change_consistent') }} as any_change_inconsistent,
        {{ sorted_distinct_array_agg('document_id') }} as document_ids,
        {{ sorted_distinct_array_agg('upper(currency)') }} as currencies
    from reports
    group by trade_id

),

text_medians as (

    select
        trade_id,
        {{ median('value_usd') }} as value_usd
    from per_text
    group by trade_id

),

currency_conflicts as (

    select
        trade_id,
        {{ dbt.bool_or('values_differ') }} as same_currency_conflict
    from per_currency
    group by trade_id

),

final as (

    select
        figures.trade_id,
        figures.flow,
        figures.origin_iso3,
        figures.destination_iso3,
        figures.period_start,
        figures.period_end,
        figures.product,
        text_medians.value_usd,
        figures.min_value_usd,
        figures.max_value_usd,
        cast(figures.n_documents as {{ dbt.type_int() }}) as n_documents,
        figures.first_reported_on,
        figures.last_reported_on,
        (
            currency_conflicts.same_currency_conflict
            or (
                figures.n_currencies > 1
                and coalesce(figures.max_value_usd > figures.min_value_usd * {{ cross_currency_tolerance }}, false)
            )
        ) as has_conflict,
        not coalesce(figures.any_change_inconsistent, false) as is_consistent,
        figures.consistency_checked,
        figures.implied_change_pct,
        figures.change_pct,
        figures.document_ids,
        cast(figures.n_mentions as {{ dbt.type_int() }}) as n_mentions,
        figures.currencies
    from figures
    inner join text_medians on figures.trade_id = text_medians.trade_id
    inner join currency_conflicts on figures.trade_id = currency_conflicts.trade_id

)

select * from final
