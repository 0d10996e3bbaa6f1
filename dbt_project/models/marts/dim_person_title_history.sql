{# Every title each person was reported with, and when: "Minister of Foreign Affairs" until a reshuffle. #}
with participants as (

    select * from {{ ref('int_identify_participants') }}
    where participant_type = 'person' and person_id is not null and title is not null

),

final as (

    select
        person_id,
        title,
        min(seen_on) as first_seen_on,
        max(seen_on) as last_seen_on,
        cast(count(distinct engagement_id) as {{ dbt.type_int() }}) as n_engagements
    from participants
    group by person_id, title

)

select * from final
