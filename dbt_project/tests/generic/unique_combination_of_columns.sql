{#
  The columns together identify a row: the primary-key test for bridges and histories,
  written here because dbt_utils cannot be installed (no network for `dbt deps`).
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}

with keyed as (

    select {{ combination_of_columns | join(', ') }}
    from {{ model }}

),

duplicates as (

    select {{ combination_of_columns | join(', ') }}, count(*) as n_rows
    from keyed
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1

)

select * from duplicates

{% endtest %}
