{# Aggregates dbt has no cross-database macro for; one dispatched implementation each. #}

{# The median of a numeric expression (nulls ignored). #}
{% macro median(expression) -%}
    {{ return(adapter.dispatch('median', 'newsfacts')(expression)) }}
{%- endmacro %}

{% macro default__median(expression) -%}
    percentile_cont(0.5) within group (order by {{ expression }})
{%- endmacro %}

{% macro duckdb__median(expression) -%}
    median({{ expression }})
{%- endmacro %}


{# The distinct non-null values of an expression as a sorted array: deterministic ids lists. #}
{% macro sorted_distinct_array_agg(expression) -%}
    {{ return(adapter.dispatch('sorted_distinct_array_agg', 'newsfacts')(expression)) }}
{%- endmacro %}

{% macro default__sorted_distinct_array_agg(expression) -%}
    array_agg(distinct {{ expression }} order by {{ expression }}) filter (where {{ expression }} is not null)
{%- endmacro %}

{% macro duckdb__sorted_distinct_array_agg(expression) -%}
    list_sort(list_distinct(list({{ expression }})))
{%- endmacro %}


{# The union of the arrays in a group: distinct elements, sorted. #}
{% macro sorted_array_union_agg(array_expression) -%}
    {{ return(adapter.dispatch('sorted_array_union_agg', 'newsfacts')(array_expression)) }}
{%- endmacro %}

{% macro default__sorted_array_union_agg(array_expression) -%}
    {#- Standard SQL has no aggregate for this: unnest the arrays before grouping instead. -#}
    {{ exceptions.raise_compiler_error("sorted_array_union_agg needs an implementation for " ~ target.type) }}
{%- endmacro %}

{% macro duckdb__sorted_array_union_agg(array_expression) -%}
    list_sort(list_distinct(flatten(list({{ array_expression }}))))
{%- endmacro %}


{#
  The value of `expression` on the row that sorts first by `order_expressions` (a list,
  compared in order, ascending): the first_value of a window, as an aggregate.
#}
{% macro value_at_min(expression, order_expressions) -%}
    {{ return(adapter.dispatch('value_at_min', 'newsfacts')(expression, order_expressions)) }}
{%- endmacro %}

{% macro default__value_at_min(expression, order_expressions) -%}
    (array_agg({{ expression }} order by {{ order_expressions | join(', ') }}))[1]
{%- endmacro %}

{% macro duckdb__value_at_min(expression, order_expressions) -%}
    arg_min({{ expression }}, {% if order_expressions | length == 1 %}{{ order_expressions[0] }}{% else %}row({{ order_expressions | join(', ') }}){% endif %})
{%- endmacro %}


{#
  What sorted_distinct_array_agg and sorted_array_union_agg give over a group of ONE row,
  computed without aggregating: a model whose groups are nearly all single rows aggregates
  only the others (list aggregates are the costly part of a hash group-by).
#}
{% macro sorted_distinct_array_of_one(expression) -%}
    {{ return(adapter.dispatch('sorted_distinct_array_of_one', 'newsfacts')(expression)) }}
{%- endmacro %}

{% macro default__sorted_distinct_array_of_one(expression) -%}
    case when {{ expression }} is null then array[]::{{ dbt.type_string() }}[] else array[{{ expression }}] end
{%- endmacro %}

{% macro duckdb__sorted_distinct_array_of_one(expression) -%}
    list_sort(list_distinct([{{ expression }}]))
{%- endmacro %}

{% macro sorted_array_union_of_one(array_expression) -%}
    {{ return(adapter.dispatch('sorted_array_union_of_one', 'newsfacts')(array_expression)) }}
{%- endmacro %}

{% macro default__sorted_array_union_of_one(array_expression) -%}
    {{ exceptions.raise_compiler_error("sorted_array_union_of_one needs an implementation for " ~ target.type) }}
{%- endmacro %}

{% macro duckdb__sorted_array_union_of_one(array_expression) -%}
    list_sort(list_distinct(flatten([{{ array_expression }}])))
{%- endmacro %}
