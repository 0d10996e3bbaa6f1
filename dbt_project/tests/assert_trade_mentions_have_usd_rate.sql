{{ config(severity='warn', store_failures=true, schema='audit') }}

{#
  Lists the trade mentions that could not be converted to US dollars: a currency or a year
  missing from the fx_rates seed. A warning, not an error: the figure is still recorded in
  its own currency, and the list (kept in audit.assert_trade_mentions_have_usd_rate) says
  which rates to add to the fx_rates seed.
#}
with mentions as (

    select * from {{ ref('fct_trade_mentions') }}

),

final as (

    select mention_id, document_id, currency, period_start, period_end, value
    from mentions
    where value_usd is null

)

select * from final
