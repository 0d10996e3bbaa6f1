{#
  One row per day from `start_column` to `end_column` (inclusive) of the one-row relation
  `bounds_relation`, as `date_day`. dbt.date_spine needs its bounds at compile time; ours
  come from the data. No rows when the bounds are null (an empty warehouse).
#}
{% macro date_spine_days(bounds_relation, start_column, end_column) -%}
    {{ return(adapter.dispatch('date_spine_days', 'newsfacts')(bounds_relation, start_column, end_column)) }}
{%- endmacro %}

{% macro default__date_spine_days(bounds_relation, start_column, end_column) -%}
    select cast({{ dbt.dateadd('day', 'offsets.generated_number - 1', bounds_relation ~ '.' ~ start_column) }} as date)
        as date_day
    from {{ bounds_relation }}
    cross join ({{ dbt.generate_series(100000) }}) as offsets
    where offsets.generated_number - 1
        <= {{ dbt.datediff(bounds_relation ~ '.' ~ start_column, bounds_relation ~ '.' ~ end_column, 'day') }}
{%- endmacro %}

{% macro duckdb__date_spine_days(bounds_relation, start_column, end_column) -%}
    select cast(unnest(generate_series(
        cast({{ start_column }} as timestamp), cast({{ end_column }} as timestamp), interval 1 day
    )) as date) as date_day
    from {{ bounds_relation }}
{%- endmacro %}
