{#
  a = b where two nulls are equal: entity resolution joins on (name key, country) and an
  unknown country must match itself. Not dbt.equals(): with the behaviour flag that makes it
  null-safe, dbt also uses it in snapshot joins, where its CASE form defeats hash joins.
#}
{% macro null_safe_equals(left, right) -%}
    {{ return(adapter.dispatch('null_safe_equals', 'newsfacts')(left, right)) }}
{%- endmacro %}

{% macro default__null_safe_equals(left, right) -%}
    ({{ left }} = {{ right }} or ({{ left }} is null and {{ right }} is null))
{%- endmacro %}

{% macro duckdb__null_safe_equals(left, right) -%}
    ({{ left }} is not distinct from {{ right }})
{%- endmacro %}
