{#
  A numeric part of a date. dbt has no cross-database macro for it. 'week', 'isoyear' and
  'isodow' are the ISO 8601 ones in DuckDB and PostgreSQL alike.
#}
{% macro date_part_of(datepart, expression) -%}
    {{ return(adapter.dispatch('date_part_of', 'newsfacts')(datepart, expression)) }}
{%- endmacro %}

{% macro default__date_part_of(datepart, expression) -%}
    extract({{ datepart }} from {{ expression }})
{%- endmacro %}

{% macro duckdb__date_part_of(datepart, expression) -%}
    date_part('{{ datepart }}', {{ expression }})
{%- endmacro %}
