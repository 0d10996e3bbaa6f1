{#
  Provenance: a fact's evidence is exactly the slice of its document's clean text at the
  stored offsets, and the figure's own offsets lie inside it. Applied to the extractor's
  output tables; fails with the rows whose offsets point elsewhere.
#}
{% test evidence_slices_document_text(model, documents, evidence_start='evidence_start', evidence_end='evidence_end', figure_start='char_start', figure_end='char_end') %}

with facts as (

    select * from {{ model }}

),

documents as (

    select document_id, text from {{ documents }}

),

final as (

    select facts.*
    from facts
    join documents using (document_id)
    where {{ evidence_start }} < 0
       or {{ evidence_end }} > length(documents.text)
       or {{ figure_start }} < {{ evidence_start }}
       or {{ figure_end }} > {{ evidence_end }}
       or {{ figure_start }} >= {{ figure_end }}
       or substring(documents.text, {{ evidence_start }} + 1, {{ evidence_end }} - {{ evidence_start }}) <> facts.evidence

)

select * from final

{% endtest %}
