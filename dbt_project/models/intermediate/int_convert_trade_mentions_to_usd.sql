{#
  Each mention's value in US dollars at the AVERAGE of the annual rates of the calendar
  years its period covers (a January-June figure uses that year's rate; a July 2023 -
  June 2024 figure the mean of 2023 and 2024). Null when any of those years has no rate,
  rather than a figure converted at the wrong rate.
#}
with mentions as (

    select * from {{ ref('int_fold_trade_mentions') }}

),

rates as (

    select * from {{ ref('fx_rates') }}

),

mention_years as (

    select
        mention_id,
        upper(currency) as currency,
        {{ date_part_of('year', 'period_start') }} as first_year,
        {{ date_part_of('year', 'period_end') }} as last_year
    from mentions

),

period_rates as (

    select
        mention_years.mention_id,
        max(mention_years.last_year - mention_years.first_year + 1) as n_years,
        count(rates.units_per_usd) as n_years_with_rate,
        avg(rates.units_per_usd) as units_per_usd
    from mention_years
    left join rates
        on rates.currency = mention_years.currency
        and rates.year between mention_years.first_year and mention_years.last_year
    group by mention_years.mention_id

),

final as (

    select
        mentions.*,
        case
            when period_rates.n_years_with_rate = period_rates.n_years
                then period_rates.units_per_usd
        end as fx_units_per_usd,
        case
            when period_rates.n_years_with_rate = period_rates.n_years
                then mentions.value / period_rates.units_per_usd
        end as value_usd
    from mentions
    inner join period_rates on mentions.mention_id = period_rates.mention_id

)

select * from final
