{#
  The union of the participants every report of an event names, one row per resolved
  person or organization, so an event reported by three outlets lists each minister once.
#}
with participants as (

    select * from {{ ref('int_identify_participants') }}

),

events as (

    select * from {{ ref('int_cluster_engagement_events') }}

),

persons as (

    select person_id, name from {{ ref('dim_person') }}

),

organizations as (

    select organization_id, name from {{ ref('dim_organization') }}

),

identified as (

    select
        events.event_id,
        participants.participant_type,
        case participants.participant_type
            when 'person' then participants.person_id
            when 'organization' then participants.organization_id
        end as participant_id,
        participants.title,
        participants.name,
        participants.engagement_id
    from participants
    inner join events on participants.engagement_id = events.engagement_id

),

{#-
  Nearly every (event, participant) pair comes from one report: those take its values as
  they are, and only the others are aggregated (the list aggregates were most of the cost).
#}
identified_counts as (

    select event_id, participant_id, count(*) as n_rows
    from identified
    where participant_id is not null
    group by event_id, participant_id

),

per_event_of_several as (

    select
        identified.event_id,
        identified.participant_id,
        min(identified.participant_type) as participant_type,
        {{ sorted_distinct_array_agg('identified.name') }} as names_as_written,
        {{ sorted_distinct_array_agg('identified.title') }} as titles,
        cast(count(distinct identified.engagement_id) as {{ dbt.type_int() }}) as n_engagements
    from identified
    inner join identified_counts
        on identified.event_id = identified_counts.event_id
        and identified.participant_id = identified_counts.participant_id
    where identified_counts.n_rows > 1
    group by identified.event_id, identified.participant_id

),

per_event_of_one as (

    select
        identified.event_id,
        identified.participant_id,
        identified.participant_type,
        {{ sorted_distinct_array_of_one('identified.name') }} as names_as_written,
        {{ sorted_distinct_array_of_one('identified.title') }} as titles,
        cast(case when identified.engagement_id is null then 0 else 1 end as {{ dbt.type_int() }}) as n_engagements
    from identified
    inner join identified_counts
        on identified.event_id = identified_counts.event_id
        and identified.participant_id = identified_counts.participant_id
    where identified_counts.n_rows = 1

),

per_event as (

    select * from per_event_of_several
    union all
    select * from per_event_of_one

),

final as (

    select
        per_event.event_id,
        per_event.participant_id,
        per_event.participant_type,
        case when per_event.participant_type = 'person' then per_event.participant_id end as person_id,
        case when per_event.participant_type = 'organization' then per_event.participant_id end
            as organization_id,
        coalesce(persons.name, organizations.name) as name,
        per_event.names_as_written,
        per_event.titles,
        per_event.n_engagements
    from per_event
    left join persons on per_event.participant_id = persons.person_id
    left join organizations on per_event.participant_id = organizations.organization_id

)

select * from final
