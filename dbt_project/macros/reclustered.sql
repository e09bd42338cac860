{#- Whether a report, given by its int_event_clusters row `clusters`, lies in a component that an
    incremental build clustered again: one holding a report of a new article (stg_new_articles).
    Only those components' meetings can have changed. A model using it names
    int_event_clusters, int_events and stg_new_articles among its dependencies. -#}
{% macro reclustered(clusters) -%}
    {{ clusters }}.component_id in (
        select reclustered.component_id
        from {{ ref('int_event_clusters') }} as reclustered
        inner join {{ ref('int_events') }} as new_reports using (candidate_id)
        where new_reports.article_id in (select article_id from {{ ref('stg_new_articles') }})
    )
{%- endmacro %}
