-- Connected components of the links: every report of one engagement gets the same meeting_id,
-- the smallest candidate_id in its component (stable across re-runs of the same input).
with recursive

reports as (
    select candidate_id from {{ ref('int_events') }}
),

edges as (
    select left_id as from_id, right_id as to_id from {{ ref('int_event_links') }}
    union
    select right_id, left_id from {{ ref('int_event_links') }}
    union
    select candidate_id, candidate_id from reports
),

reachable (candidate_id, reached_id) as (
    select from_id, to_id from edges
    union
    select reachable.candidate_id, edges.to_id
    from reachable
    inner join edges on edges.from_id = reachable.reached_id
)

select
    candidate_id,
    min(reached_id) as meeting_id
from reachable
group by candidate_id
