{#
  A 64-bit float. dbt.type_float() renders `float`, which DuckDB reads as a 4-byte REAL:
  a trade figure of 31.4 billion would lose its last digits.
#}
{% macro type_double() -%}
    {{ return(adapter.dispatch('type_double', 'newsfacts')()) }}
{%- endmacro %}

{% macro default__type_double() -%}
    double precision
{%- endmacro %}

{% macro duckdb__type_double() -%}
    double
{%- endmacro %}
