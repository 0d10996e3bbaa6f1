{#
  One row per person, however many name forms the documents use (resolution rules in
  int_resolve_person_names). The displayed name is the most used form of the fullest
  name, preferring the spelling with diacritics ("Ömer Bolat" over "Omer Bolat").
#}
with participants as (

    select * from {{ ref('int_identify_participants') }}
    where participant_type = 'person' and person_id is not null

),

resolutions as (

    select distinct person_id, canonical_key, canonical_country_iso3
    from {{ ref('int_resolve_person_names') }}

),

name_forms as (

    select
        participants.person_id,
        participants.name,
        max(case when participants.name_key = resolutions.canonical_key then 1 else 0 end) as is_fullest_form,
        count(*) as n_uses
    from participants
    inner join resolutions on participants.person_id = resolutions.person_id
    group by participants.person_id, participants.name

),

display_names as (

    select
        person_id,
        name,
        row_number() over (
            partition by person_id
            order by
                is_fullest_form desc,
                n_uses desc,
                case when name <> {{ fold_diacritics('name') }} then 0 else 1 end,
                {{ dbt.length('name') }} desc,
                name
        ) as preference
    from name_forms

),

titles as (

    select
        person_id,
        title,
        row_number() over (
            partition by person_id
            order by seen_on desc nulls last, published_date desc nulls last, title
        ) as recency
    from participants
    where title is not null

),

appearances as (

    select
        person_id,
        cast(count(distinct engagement_id) as {{ dbt.type_int() }}) as n_engagements,
        min(seen_on) as first_seen_on,
        max(seen_on) as last_seen_on,
        {{ sorted_distinct_array_agg('name') }} as name_variants
    from participants
    group by person_id

),

final as (

    select
        resolutions.person_id,
        display_names.name,
        titles.title as latest_title,
        resolutions.canonical_country_iso3 as country_iso3,
        appearances.n_engagements,
        appearances.first_seen_on,
        appearances.last_seen_on,
        appearances.name_variants,
        resolutions.canonical_key as name_key
    from resolutions
    inner join appearances on resolutions.person_id = appearances.person_id
    inner join display_names
        on resolutions.person_id = display_names.person_id
        and display_names.preference = 1
    left join titles
        on resolutions.person_id = titles.person_id
        and titles.recency = 1

)

select * from final
