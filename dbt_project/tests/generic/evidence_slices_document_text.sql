{#
  Provenance: a fact's evidence is exactly the slice of its document's clean text at the
  stored offsets, and the figure's own offsets lie inside it. Applied to the extractor's
  output tables; fails with the rows whose offsets point elsewhere.

  Every fact is checked; only the texts of documents that have facts are read into the join
  (about 60% of them for engagements), and each text's length is worked out once per
  document rather than once per fact: the join holds every text it reads, and at 100k
  documents that made these two tests among the costliest nodes of a build.
#}
{% test evidence_slices_document_text(model, documents, evidence_start='evidence_start', evidence_end='evidence_end', figure_start='char_start', figure_end='char_end') %}

with facts as (

    select * from {{ model }}

),

documents as (

    select document_id, text, length(text) as text_length
    from {{ documents }}
    where document_id in (select document_id from facts)

),

final as (

    select facts.*
    from facts
    join documents using (document_id)
    where {{ evidence_start }} < 0
       or {{ evidence_end }} > documents.text_length
       or {{ figure_start }} < {{ evidence_start }}
       or {{ figure_end }} > {{ evidence_end }}
       or {{ figure_start }} >= {{ figure_end }}
       or substring(documents.text, {{ evidence_start }} + 1, {{ evidence_end }} - {{ evidence_start }}) <> facts.evidence

)

select * from final

{% endtest %}
