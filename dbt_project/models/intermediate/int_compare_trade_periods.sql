{{ config(materialized='table') }}

{#
  Checks each stated change against the figures: the change a mention states ("up 30% on
  2022") against the figure reported for the same flow, pair and product over the same
  span one year earlier, IN THE SAME CURRENCY (dollar conversions would mix in the
  exchange-rate move). The comparison figure is the median over every current report of
  it. Period ends on a month's last day map to the last day of that month a year before,
  so January-February 2024 compares with January-February 2023.
  A table, not a view: three marts read it, and the self-join is the costly step.
#}
with mentions as (

    select * from {{ ref('int_convert_trade_mentions_to_usd') }}

),

with_comparison_period as (

    select
        *,
        cast({{ dbt.dateadd('year', -1, 'period_start') }} as date) as comparison_start,
        cast(case
            when period_end = {{ dbt.last_day('period_end', 'month') }}
                then {{ dbt.last_day(dbt.dateadd('year', -1, 'period_end'), 'month') }}
            else {{ dbt.dateadd('year', -1, 'period_end') }}
        end as date) as comparison_end
    from mentions

),

comparison_figures as (

    select
        later.mention_id,
        {{ median('earlier.value') }} as comparison_value
    from with_comparison_period as later
    inner join mentions as earlier
        on earlier.trade_flow = later.trade_flow
        and earlier.origin_iso3 = later.origin_iso3
        and earlier.destination_iso3 = later.destination_iso3
        and coalesce(earlier.product_key, '') = coalesce(later.product_key, '')
        and earlier.period_start = later.comparison_start
        and earlier.period_end = later.comparison_end
        and upper(earlier.currency) = upper(later.currency)
    group by later.mention_id

),

compared as (

    select
        with_comparison_period.*,
        comparison_figures.comparison_value,
        case
            when comparison_figures.comparison_value > 0
                then 100.0 * (with_comparison_period.value / comparison_figures.comparison_value - 1)
        end as implied_change_pct
    from with_comparison_period
    left join comparison_figures on with_comparison_period.mention_id = comparison_figures.mention_id

),

final as (

    select
        *,
        case
            when change_pct is not null and implied_change_pct is not null
                then abs(change_pct - implied_change_pct) <= {{ var('trade_consistency_tolerance_points') }}
        end as is_change_consistent
    from compared

)

select * from final
