with countries as (

    select * from {{ ref('countries') }}

),

final as (

    select
        iso3 as country_iso3,
        iso2 as country_iso2,
        name,
        region,
        subregion,
        intermediate_region,
        official_name,
        numeric_code,
        is_iso_assigned
    from countries

)

select * from final
