-- One row per (meeting, article): every article behind every meeting.
select distinct
    clusters.meeting_id,
    events.article_id
from {{ ref('int_events') }} as events
inner join {{ ref('int_event_clusters') }} as clusters using (candidate_id)
