-- One row per report of a meeting: the words that support it, with character offsets into
-- raw.articles.content so an analyst can check every fact.
-- Incremental: the reports of the components int_event_clusters clustered again (macro
-- reclustered) are written again (dbt replaces them by candidate_id); the others keep their meeting.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='candidate_id') }}
-- depends_on: {{ ref('stg_new_articles') }}

with events as (
    select * from {{ ref('int_events') }}
),

clusters as (
    select * from {{ ref('int_event_clusters') }}
),

final as (
    select
        clusters.meeting_id,
        events.candidate_id,
        events.article_id,
        events.sentence_index,
        events.char_start,
        events.char_end,
        events.evidence_text,
        events.sentence_text,
        events.date_text,
        events.date_source,
        events.start_date as reported_start_date,
        events.end_date as reported_end_date,
        events.date_precision as reported_precision,
        events.meeting_type as reported_type,
        events.direction as reported_direction,
        events.counterpart_text,
        events.trigger_word
    from events
    inner join clusters using (candidate_id)
    {% if is_incremental() %}
        where {{ reclustered('clusters') }}
    {% endif %}
)

select * from final
