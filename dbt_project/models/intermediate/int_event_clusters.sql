-- Connected components of the links: every report of one engagement gets the same meeting_id,
-- the candidate_id of its earliest-ingested report, so a meeting keeps its id when later
-- articles report it again (and re-runs of the same input give the same ids).
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
),

components as (
    select candidate_id, min(reached_id) as component_id
    from reachable
    group by candidate_id
)

select
    components.candidate_id,
    first_value(components.candidate_id) over (
        partition by components.component_id
        order by events.ingested_at, components.candidate_id
    ) as meeting_id
from components
inner join {{ ref('int_events') }} as events using (candidate_id)
