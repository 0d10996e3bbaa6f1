{#
  A stable id from the columns that identify a row: md5 of the values joined by a
  separator, nulls spelled out so (null, 'a') and ('', 'a') differ. The same input gives
  the same id on every rebuild, which the warehouse contract promises.
#}
{% macro surrogate_key(expressions) -%}
    {%- set parts = [] -%}
    {%- for expression in expressions -%}
        {%- do parts.append("coalesce(cast(" ~ expression ~ " as " ~ dbt.type_string() ~ "), '~null~')") -%}
        {%- if not loop.last %}{% do parts.append("'|'") %}{% endif -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{%- endmacro %}
