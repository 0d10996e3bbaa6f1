{#
  String functions dbt has no cross-database macro for. The DuckDB implementations are the
  ones the project runs on; the defaults follow PostgreSQL syntax (unaccent needs its
  extension) and are there so another adapter has one obvious place to adapt.
#}

{# Letters without their diacritics: "Ömer Bolat" and "Omer Bolat" compare equal. #}
{% macro fold_diacritics(expression) -%}
    {{ return(adapter.dispatch('fold_diacritics', 'newsfacts')(expression)) }}
{%- endmacro %}

{% macro default__fold_diacritics(expression) -%}
    unaccent({{ expression }})
{%- endmacro %}

{% macro duckdb__fold_diacritics(expression) -%}
    strip_accents({{ expression }})
{%- endmacro %}


{# Replace every match of a pattern (a SQL string literal); DuckDB and PostgreSQL spell it alike. #}
{% macro regexp_replace_all(expression, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_all', 'newsfacts')(expression, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regexp_replace_all(expression, pattern, replacement) -%}
    regexp_replace({{ expression }}, {{ pattern }}, {{ replacement }}, 'g')
{%- endmacro %}


{# The first capture group of a pattern, or null when it does not match. #}
{% macro regexp_capture(expression, pattern) -%}
    {{ return(adapter.dispatch('regexp_capture', 'newsfacts')(expression, pattern)) }}
{%- endmacro %}

{% macro default__regexp_capture(expression, pattern) -%}
    substring({{ expression }} from {{ pattern }})
{%- endmacro %}

{% macro duckdb__regexp_capture(expression, pattern) -%}
    nullif(regexp_extract({{ expression }}, {{ pattern }}, 1), '')
{%- endmacro %}


{#
  Lower-case, diacritics folded, apostrophes dropped ("O'Neill" = "ONeill"), every run of
  other non-letters one space, trimmed: the common ground of every name key. Letters of
  any script survive, so Cyrillic or Chinese names still get a key.
#}
{% macro fold_to_words(expression) -%}
    {{ return(adapter.dispatch('fold_to_words', 'newsfacts')(expression)) }}
{%- endmacro %}

{% macro default__fold_to_words(expression) -%}
    trim(regexp_replace(
        regexp_replace(lower({{ fold_diacritics(expression) }}), '[''’‘`´ʻʼ]', '', 'g'),
        '[^[:alnum:]]+', ' ', 'g'
    ))
{%- endmacro %}

{% macro duckdb__fold_to_words(expression) -%}
    trim(regexp_replace(
        regexp_replace(lower(strip_accents({{ expression }})), '[''’‘`´ʻʼ]', '', 'g'),
        '[^\pL\pN]+', ' ', 'g'
    ))
{%- endmacro %}
