{{ config(materialized='table') }}

{#
  Maps every organization name form seen (name key + country) to one canonical body.
  Organizations come from participants of type organization and from the bodies people
  represent ("Liu Yongxing, chairman of East Hope Group"). Legal suffixes and bracketed
  acronyms are already folded out of the key (macros/names.sql); here:
    - a bare acronym resolves to the one body written with it in brackets: "cnpc" ->
      "china national petroleum" (from "China National Petroleum Corporation (CNPC)");
    - a form with unknown country resolves to the one form of that key with a country.
  Only unique answers are taken; two hops as for people.
#}
with participants as (

    select * from {{ ref('int_normalize_participants') }}

),

forms as (

    select name_key, acronym_key, country_iso3
    from participants
    where participant_type = 'organization' and name_key <> ''
    union all
    select organization_key, organization_acronym_key, country_iso3
    from participants
    where participant_type = 'person' and organization_key is not null

),

names as (

    select
        name_key,
        country_iso3,
        max(acronym_key) as acronym_key
    from forms
    group by name_key, country_iso3

),

candidates as (

    select distinct
        short.name_key,
        short.country_iso3,
        long.name_key as target_key,
        long.country_iso3 as target_country_iso3
    from names as short
    inner join names as long
        on (long.acronym_key = short.name_key and long.name_key <> short.name_key)
        or (long.name_key = short.name_key and short.country_iso3 is null and long.country_iso3 is not null)
    where short.country_iso3 = long.country_iso3 or short.country_iso3 is null or long.country_iso3 is null

),

fullest_candidates as (

    select candidate.*
    from candidates as candidate
    where not exists (
        select 1
        from candidates as fuller
        where fuller.name_key = candidate.name_key
          and {{ null_safe_equals('fuller.country_iso3', 'candidate.country_iso3') }}
          and fuller.target_key = candidate.target_key
          and candidate.target_country_iso3 is null
          and fuller.target_country_iso3 is not null
    )

),

unique_resolutions as (

    select
        name_key,
        country_iso3,
        min(target_key) as target_key,
        min(target_country_iso3) as target_country_iso3
    from fullest_candidates
    group by name_key, country_iso3
    having count(*) = 1

),

resolved as (

    select
        names.name_key,
        names.country_iso3,
        names.acronym_key,
        coalesce(second_hop.target_key, first_hop.target_key, names.name_key) as canonical_key,
        case
            when second_hop.name_key is not null then second_hop.target_country_iso3
            when first_hop.name_key is not null then first_hop.target_country_iso3
            else names.country_iso3
        end as canonical_country_iso3
    from names
    left join unique_resolutions as first_hop
        on first_hop.name_key = names.name_key
        and {{ null_safe_equals('first_hop.country_iso3', 'names.country_iso3') }}
    left join unique_resolutions as second_hop
        on second_hop.name_key = first_hop.target_key
        and {{ null_safe_equals('second_hop.country_iso3', 'first_hop.target_country_iso3') }}

),

final as (

    select
        name_key,
        country_iso3,
        acronym_key,
        canonical_key,
        canonical_country_iso3,
        {{ surrogate_key(["'organization'", 'canonical_key', 'canonical_country_iso3']) }} as organization_id
    from resolved

)

select * from final
