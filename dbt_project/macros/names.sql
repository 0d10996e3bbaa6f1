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
