-- One row per (meeting, article): every article behind every meeting.
with events as (
    select * from {{ ref('int_events') }}
),

clusters as (
    select * from {{ ref('int_event_clusters') }}
),

final as (
    select distinct
        clusters.meeting_id,
        events.article_id
    from events
    inner join clusters using (candidate_id)
)

select * from final
