{#
  Name keys: how the same person or body is recognised across documents and name forms.
  Keys are for matching only; the marts show names as written. Resolution across keys
  ("Tokayev" -> "Kassym-Jomart Tokayev", "CNPC" -> "China National Petroleum
  Corporation (CNPC)") happens in int_resolve_person_names / int_resolve_organization_names.
#}

{#
  Words that precede a person's name in news without being part of it: honorifics, titles
  and the portfolio words of "Foreign Minister X". Only a leading run of them is dropped,
  and never the last word, so "President Tokayev" -> "tokayev" but a name is never emptied.
#}
{% macro person_title_words() -%}
    {{ return([
        'president', 'vice', 'prime', 'minister', 'ministers', 'deputy', 'first', 'premier',
        'chancellor', 'federal', 'union', 'king', 'queen', 'emir', 'amir', 'crown', 'prince',
        'princess', 'sheikh', 'sheikha', 'shaikh', 'sheik', 'ambassador', 'envoy', 'governor',
        'mayor', 'secretary', 'senator', 'speaker', 'chairman', 'chairwoman', 'chairperson',
        'chair', 'ceo', 'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'prof', 'professor', 'sir',
        'dame', 'madam', 'madame', 'mme', 'his', 'her', 'excellency', 'majesty', 'highness',
        'royal', 'h e', 'hrh', 'hh', 'acting', 'interim', 'caretaker', 'former', 'state',
        'general', 'counsellor', 'counselor', 'cabinet', 'foreign', 'finance', 'trade',
        'economy', 'economic', 'energy', 'defence', 'defense', 'interior', 'agriculture',
        'industry', 'transport', 'commerce', 'investment', 'oil', 'mining', 'health',
        'education', 'culture', 'justice', 'labour', 'labor', 'digital', 'tourism'
    ]) }}
{%- endmacro %}

{#
  Legal forms that follow (or, for some, precede) a company name: "Co., Ltd.", "JSC",
  "S.A. de C.V.", "PT". Dots are removed before matching, so "S.A." is "sa".
#}
{% macro organization_trailing_legal_forms() -%}
    {{ return([
        'sab de cv', 'sa de cv', 'sdn bhd', 'co', 'company', 'ltd', 'limited', 'llc', 'inc',
        'incorporated', 'corp', 'corporation', 'plc', 'ag', 'gmbh', 'sa', 'spa', 'srl', 'sarl',
        'sas', 'nv', 'bv', 'oy', 'oyj', 'ab', 'asa', 'as', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'ao',
        'pao', 'oao', 'zao', 'ooo', 'tov', 'llp', 'lp', 'pte', 'pty', 'bhd', 'berhad', 'tbk',
        'kk', 'kg', 'se', 'sae', 'saoc', 'saog', 'psc', 'qsc', 'qpsc', 'wll', 'ltda', 'jv'
    ]) }}
{%- endmacro %}

{% macro organization_leading_legal_forms() -%}
    {{ return(['the', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'ao', 'pao', 'oao', 'zao', 'ooo', 'tov',
               'llp', 'llc', 'pt', 'cv']) }}
{%- endmacro %}


{# "President Kassym-Jomart Tokayev" -> "kassym jomart tokayev"; "Ömer Bolat" -> "omer bolat". #}
{% macro person_name_key(expression) -%}
    {%- set words = fold_to_words(expression) -%}
    {%- set leading_titles = "'^(?:(?:" ~ person_title_words() | join('|') ~ ") )+'" -%}
    coalesce(nullif({{ regexp_replace_all(words, leading_titles, "''") }}, ''), {{ words }})
{%- endmacro %}


{#
  "Shandong Hi-Speed Group Co., Ltd." -> "shandong hi speed group"; "China National
  Petroleum Corporation (CNPC)" -> "china national petroleum"; "JSC «Uzbekistan Railways»"
  -> "uzbekistan railways". Parenthesised parts (acronyms, "(Persero)") are dropped.
#}
{% macro organization_name_key(expression) -%}
    {%- set without_brackets = regexp_replace_all(expression, "'\\([^)]*\\)|\\[[^\\]]*\\]'", "' '") -%}
    {%- set words = fold_to_words(dbt.replace(dbt.replace(without_brackets, "'.'", "''"), "'&'", "' and '")) -%}
    {%- set leading = "'^(?:(?:" ~ organization_leading_legal_forms() | join('|') ~ ") )+'" -%}
    {%- set trailing = "'(?: (?:" ~ organization_trailing_legal_forms() | join('|') ~ "))+$'" -%}
    coalesce(
        nullif({{ regexp_replace_all(regexp_replace_all(words, leading, "''"), trailing, "''") }}, ''),
        {{ fold_to_words(expression) }}
    )
{%- endmacro %}


{# The acronym an organization is written with, "(CNPC)" -> "cnpc", keyed like a bare name. #}
{% macro organization_acronym_key(expression) -%}
    {%- set acronym = regexp_capture(expression, "'\\(\\s*([A-Z][A-Z0-9&.\\-]{1,11})\\s*\\)'") -%}
    nullif({{ fold_to_words(dbt.replace(dbt.replace(acronym, "'.'", "''"), "'&'", "' and '")) }}, '')
{%- endmacro %}


{#
  Cutting a name key at its spaces: `space_numbers` is a relation with one row per space
  of `expression` (column `column`, 1 for the first space), `words_before_space` and
  `words_after_space` the text on either side of the n-th space. "recep tayyip erdogan"
  cuts into ("recep", "tayyip erdogan") and ("recep tayyip", "erdogan").
#}
{% macro space_numbers(expression, alias, column) -%}
    {{ return(adapter.dispatch('space_numbers', 'newsfacts')(expression, alias, column)) }}
{%- endmacro %}

{% macro default__space_numbers(expression, alias, column) -%}
    lateral generate_series(1, {{ dbt.length(expression) }} - {{ dbt.length(dbt.replace(expression, "' '", "''")) }})
        as {{ alias }}({{ column }})
{%- endmacro %}

{% macro duckdb__space_numbers(expression, alias, column) -%}
    unnest(range(1, len(string_split({{ expression }}, ' ')))) as {{ alias }}({{ column }})
{%- endmacro %}

{% macro words_before_space(expression, n) -%}
    {{ return(adapter.dispatch('words_before_space', 'newsfacts')(expression, n)) }}
{%- endmacro %}

{% macro default__words_before_space(expression, n) -%}
    array_to_string((string_to_array({{ expression }}, ' '))[1:{{ n }}], ' ')
{%- endmacro %}

{% macro duckdb__words_before_space(expression, n) -%}
    array_to_string(list_slice(string_split({{ expression }}, ' '), 1, {{ n }}), ' ')
{%- endmacro %}

{% macro words_after_space(expression, n) -%}
    {{ return(adapter.dispatch('words_after_space', 'newsfacts')(expression, n)) }}
{%- endmacro %}

{% macro default__words_after_space(expression, n) -%}
    array_to_string((string_to_array({{ expression }}, ' '))[{{ n }} + 1:], ' ')
{%- endmacro %}

{% macro duckdb__words_after_space(expression, n) -%}
    array_to_string(list_slice(string_split({{ expression }}, ' '), {{ n }} + 1, len(string_split({{ expression }}, ' '))), ' ')
{%- endmacro %}
