{{ config(materialized='table') }}

{#
  Groups reports of one real-world engagement into an event. Two reports belong together
  when they have the same type and the same set of countries, dates at most
  `event_date_window_days` apart (chained: reports on the 1st, 2nd and 3rd are one event)
  and, when both name a place, the same place. In steps:
    1. reports with a date and a place: chains per type, countries and place;
    2. reports with a date but no place join the nearest chain of step 1 they touch;
    3. the rest of those chain among themselves per type and countries;
    4. reports without a date cannot be compared: each is its own event.
  event_id hashes the event's type, countries, place and first date, so the same reports
  give the same id on every rebuild.
#}
{%- set window_days = var('event_date_window_days') %}

with engagements as (

    select engagement_id, engagement_type, countries_key, location_key, engagement_date
    from {{ ref('int_enrich_engagements') }}

),

located as (

    select * from engagements
    where engagement_date is not null and location_key is not null

),

located_with_previous as (

    select
        *,
        lag(engagement_date) over (
            partition by engagement_type, countries_key, location_key
            order by engagement_date, engagement_id
        ) as previous_date
    from located

),

located_numbered as (

    select
        *,
        sum(case
            when previous_date is null
                or {{ dbt.datediff('previous_date', 'engagement_date', 'day') }} > {{ window_days }}
                then 1
            else 0
        end) over (
            partition by engagement_type, countries_key, location_key
            order by engagement_date, engagement_id
            rows between unbounded preceding and current row
        ) as chain_number
    from located_with_previous

),

located_chains as (

    select
        engagement_type,
        countries_key,
        location_key,
        chain_number,
        min(engagement_date) as first_date,
        max(engagement_date) as last_date
    from located_numbered
    group by engagement_type, countries_key, location_key, chain_number

),

located_assigned as (

    select
        located_numbered.engagement_id,
        located_chains.engagement_type,
        located_chains.countries_key,
        located_chains.location_key,
        located_chains.first_date
    from located_numbered
    inner join located_chains
        on located_chains.engagement_type = located_numbered.engagement_type
        and located_chains.countries_key = located_numbered.countries_key
        and located_chains.location_key = located_numbered.location_key
        and located_chains.chain_number = located_numbered.chain_number

),

unlocated as (

    select * from engagements
    where engagement_date is not null and location_key is null

),

attachment_options as (

    select
        unlocated.engagement_id,
        located_chains.engagement_type,
        located_chains.countries_key,
        located_chains.location_key,
        located_chains.first_date,
        row_number() over (
            partition by unlocated.engagement_id
            order by
                case
                    when unlocated.engagement_date < located_chains.first_date
                        then {{ dbt.datediff('unlocated.engagement_date', 'located_chains.first_date', 'day') }}
                    when unlocated.engagement_date > located_chains.last_date
                        then {{ dbt.datediff('located_chains.last_date', 'unlocated.engagement_date', 'day') }}
                    else 0
                end,
                located_chains.first_date,
                located_chains.location_key
        ) as preference
    from unlocated
    inner join located_chains
        on located_chains.engagement_type = unlocated.engagement_type
        and located_chains.countries_key = unlocated.countries_key
        and unlocated.engagement_date
            between {{ dbt.dateadd('day', -window_days, 'located_chains.first_date') }}
            and {{ dbt.dateadd('day', window_days, 'located_chains.last_date') }}

),

attached as (

    select engagement_id, engagement_type, countries_key, location_key, first_date
    from attachment_options
    where preference = 1

),

unattached as (

    select * from unlocated
    where not exists (select 1 from attached where attached.engagement_id = unlocated.engagement_id)

),

unattached_with_previous as (

    select
        *,
        lag(engagement_date) over (
            partition by engagement_type, countries_key
            order by engagement_date, engagement_id
        ) as previous_date
    from unattached

),

unattached_numbered as (

    select
        *,
        sum(case
            when previous_date is null
                or {{ dbt.datediff('previous_date', 'engagement_date', 'day') }} > {{ window_days }}
                then 1
            else 0
        end) over (
            partition by engagement_type, countries_key
            order by engagement_date, engagement_id
            rows between unbounded preceding and current row
        ) as chain_number
    from unattached_with_previous

),

unattached_assigned as (

    select
        engagement_id,
        engagement_type,
        countries_key,
        location_key,
        min(engagement_date) over (partition by engagement_type, countries_key, chain_number) as first_date
    from unattached_numbered

),

dated_assignments as (

    select * from located_assigned
    union all
    select * from attached
    union all
    select * from unattached_assigned

),

final as (

    select
        engagement_id,
        {{ surrogate_key(['engagement_type', 'countries_key', 'location_key', 'first_date']) }} as event_id
    from dated_assignments

    union all

    select
        engagement_id,
        {{ surrogate_key(["'undated'", 'engagement_id']) }} as event_id
    from engagements
    where engagement_date is null

)

select * from final
