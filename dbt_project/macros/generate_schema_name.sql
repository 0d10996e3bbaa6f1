{#
  Schemas are named exactly `staging`, `intermediate` and `marts`, as the warehouse
  contract promises users and BI tools: a custom schema is used as is, never prefixed
  with the target schema (dbt's default would give `main_marts`).
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
