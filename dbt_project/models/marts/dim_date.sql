{#
  Every day from the earliest to the latest date any fact mentions (publication dates,
  trade periods' bounds, engagement dates), so every date column joins to a row.
#}
with documents as (

    select published_date from {{ ref('stg_ingest__documents') }}

),

mentions as (

    select period_start, period_end from {{ ref('int_fold_trade_mentions') }}

),

engagements as (

    select engagement_date from {{ ref('int_enrich_engagements') }}

),

fact_dates as (

    select published_date as date_day from documents
    union all
    select period_start from mentions
    union all
    select period_end from mentions
    union all
    select engagement_date from engagements

),

bounds as (

    select min(date_day) as first_day, max(date_day) as last_day
    from fact_dates

),

days as (

    {{ date_spine_days('bounds', 'first_day', 'last_day') }}

),

final as (

    select
        cast(date_day as date) as date_day,
        cast({{ date_part_of('year', 'date_day') }} as {{ dbt.type_int() }}) as year,
        cast({{ date_part_of('quarter', 'date_day') }} as {{ dbt.type_int() }}) as quarter,
        cast({{ date_part_of('month', 'date_day') }} as {{ dbt.type_int() }}) as month,
        cast({{ date_part_of('week', 'date_day') }} as {{ dbt.type_int() }}) as iso_week,
        cast({{ date_part_of('isoyear', 'date_day') }} as {{ dbt.type_int() }}) as iso_year,
        cast({{ date_part_of('day', 'date_day') }} as {{ dbt.type_int() }}) as day_of_month,
        cast({{ date_part_of('isodow', 'date_day') }} as {{ dbt.type_int() }}) as iso_day_of_week,
        cast({{ dbt.date_trunc('month', 'date_day') }} as date) as month_start,
        cast({{ dbt.date_trunc('quarter', 'date_day') }} as date) as quarter_start
    from days

)

select * from final
