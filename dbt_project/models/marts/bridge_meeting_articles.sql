-- One row per (meeting, article): every article behind every meeting, those whose own words date
-- it and those placed on it from a page that dates nothing (int_placed_reports).
with events as (
    select * from {{ ref('int_events') }}
),

clusters as (
    select * from {{ ref('int_event_clusters') }}
),

placed as (
    select * from {{ ref('int_placed_reports') }}
),

dated_reports as (
    select
        clusters.meeting_id,
        events.article_id
    from events
    inner join clusters using (candidate_id)
),

reports as (
    select
        meeting_id,
        article_id,
        false as is_placed
    from dated_reports
    union all
    select
        meeting_id,
        article_id,
        true as is_placed
    from placed
),

final as (
    select
        meeting_id,
        article_id,
        -- An article that also dates the meeting is not a placed one.
        bool_and(is_placed) as is_placed
    from reports
    group by meeting_id, article_id
)

select * from final
