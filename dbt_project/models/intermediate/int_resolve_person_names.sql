{{ config(materialized='table') }}

{#
  Maps every person name form seen (name key + country) to one canonical person.
  A shorter form resolves to a fuller one of the same country (or when either country
  is unknown) when exactly one fullest candidate exists:
    - its tokens end the fuller name: "tokayev", "tayyip erdogan" -> "recep tayyip erdogan";
    - they begin it: "xi" -> "xi jinping", "mohammed bin salman" -> "... bin abdulaziz al saud";
    - same first and last token, fewer middle ones: "thani al zeyoudi" -> "thani bin ahmed al zeyoudi";
    - same name, country unknown -> the one form with a known country.
  Two candidates that do not extend one another ("tokayev" with two Kazakh Tokayevs) leave
  the short form unresolved: its own person, never a guess. Two hops of resolution make
  "tokayev" (KAZ) -> "kassym jomart tokayev" (unknown country) -> the KAZ form.
#}
with participants as (

    select * from {{ ref('int_normalize_participants') }}
    where participant_type = 'person' and name_key <> ''

),

names as (

    select
        name_key,
        country_iso3,
        min(n_name_tokens) as n_tokens,
        min(first_name_token) as first_token,
        min(last_name_token) as last_token
    from participants
    group by name_key, country_iso3

),

{#-
  "long ends with ' ' || short" and "long starts with short || ' '" are equalities with a
  proper word suffix or prefix of long: each name is cut at each of its spaces once, and
  the cuts join on the short name (a join on the shared first or last token alone pairs
  every "fatima" with every other one and tests a LIKE on each pair).
#}
name_cut_positions as (

    select names.name_key, names.country_iso3, cut.n_space
    from names
    cross join {{ space_numbers('names.name_key', 'cut', 'n_space') }}

),

{#- one row per proper word prefix and per proper word suffix of each name #}
name_cuts as (

    select name_key, country_iso3, {{ words_before_space('name_key', 'n_space') }} as cut_words
    from name_cut_positions
    union all
    select name_key, country_iso3, {{ words_after_space('name_key', 'n_space') }} as cut_words
    from name_cut_positions

),

extensions_beginning_or_ending_with_short_name as (

    select
        short.name_key,
        short.country_iso3,
        long.name_key as target_key,
        long.country_iso3 as target_country_iso3
    from names as short
    inner join name_cuts as long on long.cut_words = short.name_key
    where short.country_iso3 = long.country_iso3 or short.country_iso3 is null or long.country_iso3 is null

),

extensions_sharing_first_and_last_token as (

    select
        short.name_key,
        short.country_iso3,
        long.name_key as target_key,
        long.country_iso3 as target_country_iso3
    from names as short
    inner join names as long
        on long.first_token = short.first_token
        and long.last_token = short.last_token
    where long.n_tokens > short.n_tokens
      and short.n_tokens >= 2
      and (short.country_iso3 = long.country_iso3 or short.country_iso3 is null or long.country_iso3 is null)

),

same_name_with_country as (

    select
        short.name_key,
        short.country_iso3,
        long.name_key as target_key,
        long.country_iso3 as target_country_iso3
    from names as short
    inner join names as long on long.name_key = short.name_key
    where short.country_iso3 is null and long.country_iso3 is not null

),

candidates as (

    select distinct all_candidates.*, targets.n_tokens, targets.first_token, targets.last_token
    from (
        select * from extensions_beginning_or_ending_with_short_name
        union all
        select * from extensions_sharing_first_and_last_token
        union all
        select * from same_name_with_country
    ) as all_candidates
    inner join names as targets
        on targets.name_key = all_candidates.target_key
        and {{ null_safe_equals('targets.country_iso3', 'all_candidates.target_country_iso3') }}

),

fullest_candidates as (

    select candidate.*
    from candidates as candidate
    where not exists (
        select 1
        from candidates as fuller
        where fuller.name_key = candidate.name_key
          and {{ null_safe_equals('fuller.country_iso3', 'candidate.country_iso3') }}
          and (
              (
                  fuller.n_tokens > candidate.n_tokens
                  and (
                      fuller.target_key like {{ dbt.concat(["'% '", 'candidate.target_key']) }}
                      or fuller.target_key like {{ dbt.concat(['candidate.target_key', "' %'"]) }}
                      or (fuller.first_token = candidate.first_token and fuller.last_token = candidate.last_token)
                  )
              )
              or (
                  fuller.target_key = candidate.target_key
                  and candidate.target_country_iso3 is null
                  and fuller.target_country_iso3 is not null
              )
          )
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
        canonical_key,
        canonical_country_iso3,
        {{ surrogate_key(["'person'", 'canonical_key', 'canonical_country_iso3']) }} as person_id
    from resolved

)

select * from final
