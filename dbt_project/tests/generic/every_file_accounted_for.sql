{#
  Nothing is lost: every raw file the pipeline read has as many rows in the documents and
  rejections tables as it recorded, and at least one (a file is a document or a rejection).
#}
{% test every_file_accounted_for(model, documents, rejections) %}

with files as (

    select source_file, n_documents, n_rejected from {{ model }}

),

documents as (

    select source_file, count(*) as n_rows from {{ documents }} group by source_file

),

rejections as (

    select source_file, count(*) as n_rows from {{ rejections }} group by source_file

),

final as (

    select
        files.*,
        coalesce(documents.n_rows, 0) as documents_found,
        coalesce(rejections.n_rows, 0) as rejections_found
    from files
    left join documents using (source_file)
    left join rejections using (source_file)
    where files.n_documents + files.n_rejected = 0
       or coalesce(documents.n_rows, 0) <> files.n_documents
       or coalesce(rejections.n_rows, 0) <> files.n_rejected

)

select * from final

{% endtest %}
