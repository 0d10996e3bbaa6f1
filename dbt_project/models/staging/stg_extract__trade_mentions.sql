with source as (

    select * from {{ source('extract', 'trade_mentions') }}

),

renamed as (

    select
        cast(mention_id as {{ dbt.type_string() }}) as mention_id,
        cast(document_id as {{ dbt.type_string() }}) as document_id,
        cast(ordinal as {{ dbt.type_int() }}) as ordinal,
        cast(flow as {{ dbt.type_string() }}) as flow,
        cast(reporter_iso3 as {{ dbt.type_string() }}) as reporter_iso3,
        cast(partner_iso3 as {{ dbt.type_string() }}) as partner_iso3,
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end,
        cast(value as {{ type_double() }}) as value,
        cast(currency as {{ dbt.type_string() }}) as currency,
        cast(change_pct as {{ type_double() }}) as change_pct,
        cast(product as {{ dbt.type_string() }}) as product,
        cast(evidence as {{ dbt.type_string() }}) as evidence,
        cast(char_start as {{ dbt.type_int() }}) as char_start,
        cast(char_end as {{ dbt.type_int() }}) as char_end,
        cast(evidence_start as {{ dbt.type_int() }}) as evidence_start,
        cast(evidence_end as {{ dbt.type_int() }}) as evidence_end,
        cast(extracted_at as {{ dbt.type_timestamp() }}) as extracted_at

    from source

)

select * from renamed
