{#
  The incremental fact models (int_fold_trade_mentions, int_enrich_engagements,
  int_normalize_participants) reload whole documents: delete+insert by document_id for
  every document extracted since the last load. Two cases delete+insert cannot see are
  handled by the post-hook: a re-extraction that found no facts (nothing to insert, so
  nothing deleted) and a document deleted from staging.documents.
#}

{# Where clause on int_track_document_extractions: documents extracted after the last load. #}
{% macro extracted_since_last_load(stamp_column='extracted_at') -%}
    {%- if is_incremental() %}
    where {{ stamp_column }} > (
        select coalesce(max(extraction_extracted_at), {{ dbt.cast("'1900-01-01'", dbt.type_timestamp()) }})
        from {{ this }}
    )
    {%- endif %}
{%- endmacro %}


{# Post-hook: drop rows of documents that are gone, or whose latest extraction is newer. #}
{% macro delete_outdated_document_rows() -%}
    delete from {{ this }}
    where not exists (
        select 1
        from {{ ref('int_track_document_extractions') }} as tracked
        where tracked.document_id = {{ this }}.document_id
          and tracked.extracted_at <= {{ this }}.extraction_extracted_at
    )
{%- endmacro %}
