{#
  One row per organization taking part in engagements, directly or through a person who
  represents it (resolution rules in int_resolve_organization_names). The displayed name
  is the most used form of the canonical name; on a tie the shortest, which drops legal
  suffixes ("Shandong Hi-Speed Group" rather than "... Group Co., Ltd.").
#}
with participants as (

    select * from {{ ref('int_identify_participants') }}
    where organization_id is not null

),

resolutions as (

    select
        organization_id,
        min(canonical_key) as canonical_key,
        min(canonical_country_iso3) as canonical_country_iso3,
        max(acronym_key) as acronym_key
    from {{ ref('int_resolve_organization_names') }}
    group by organization_id

),

name_forms as (

    select
        organization_id,
        case participant_type when 'organization' then name else organization end as name,
        organization_key
    from participants

),

name_uses as (

    select
        name_forms.organization_id,
        name_forms.name,
        max(case when name_forms.organization_key = resolutions.canonical_key then 1 else 0 end)
            as is_fullest_form,
        count(*) as n_uses
    from name_forms
    inner join resolutions on name_forms.organization_id = resolutions.organization_id
    group by name_forms.organization_id, name_forms.name

),

display_names as (

    select
        organization_id,
        name,
        row_number() over (
            partition by organization_id
            order by
                is_fullest_form desc,
                n_uses desc,
                case when name <> {{ fold_diacritics('name') }} then 0 else 1 end,
                {{ dbt.length('name') }},
                name
        ) as preference
    from name_uses

),

appearances as (

    select
        participants.organization_id,
        cast(count(distinct participants.engagement_id) as {{ dbt.type_int() }}) as n_engagements,
        min(participants.seen_on) as first_seen_on,
        max(participants.seen_on) as last_seen_on
    from participants
    group by participants.organization_id

),

variants as (

    select
        organization_id,
        {{ sorted_distinct_array_agg('name') }} as name_variants
    from name_forms
    group by organization_id

),

final as (

    select
        resolutions.organization_id,
        display_names.name,
        resolutions.canonical_country_iso3 as country_iso3,
        appearances.n_engagements,
        upper(resolutions.acronym_key) as acronym,
        appearances.first_seen_on,
        appearances.last_seen_on,
        variants.name_variants,
        resolutions.canonical_key as name_key
    from resolutions
    inner join appearances on resolutions.organization_id = appearances.organization_id
    inner join variants on resolutions.organization_id = variants.organization_id
    inner join display_names
        on resolutions.organization_id = display_names.organization_id
        and display_names.preference = 1

)

select * from final
