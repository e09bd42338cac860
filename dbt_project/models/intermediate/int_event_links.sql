-- Pairs of reports from different articles that describe the same engagement.
-- Compatible: same country; date intervals that overlap at each side's precision; days that
-- agree where one side knows only the days (يومي 13 و14 ... 2022); no conflicting body met,
-- international organisation (a body and the one it belongs to agree: int_events.organization_family),
-- known person, direction (unless both give the same days) or kind (an honour is never a meeting);
-- bodies and people may differ on a trip, at a conference, and for one day's honour.
-- Each report links to at most one report per other article, the closest in dates, and only
-- when that choice is mutual.
-- Incremental: a night adds the links of its new articles' reports. Whether two reports link
-- depends on their two articles' reports alone (a report chooses among one other article's), so
-- the links between two earlier articles stay as they were, and the pairs that meet a new
-- report hold every choice a new link depends on.
{{ config(materialized='incremental', incremental_strategy='append') }}
-- depends_on: {{ ref('stg_new_articles') }}

with reports as (
    select * from {{ ref('int_events') }}
),

{% if is_incremental() %}
    new_reports as (
        select * from reports
        where article_id in (select article_id from {{ ref('stg_new_articles') }})
    ),

    earlier_reports as (
        select * from reports
        where article_id not in (select article_id from {{ ref('stg_new_articles') }})
    ),
{% endif %}

compatible as (
    {#- Every pair of reports once (full build), or every pair with a new report: the new one
        begins first, or an earlier one begins before a new one. -#}
    {%- set sides = [('new_reports', 'reports'), ('earlier_reports', 'new_reports')] if is_incremental()
        else [('reports', 'reports')] %}
    {% for earlier, later in sides %}
        {% if not loop.first %}union all{% endif %}
        select
            l.candidate_id as left_id,
            r.candidate_id as right_id,
            r.article_id as right_article,
            l.article_id as left_article,
            abs(date_diff('day', l.start_date, r.start_date)) + abs(date_diff('day', l.end_date, r.end_date))
            + 1000 * (l.precision_rank + r.precision_rank) as distance
        -- Only pairs of one country, two articles and one date bucket (macro link_candidate_join): the
        -- rules below can link no others. Each pair once, the earlier report as l: the rules read both alike.
        from {{ link_candidate_join(earlier, later, 'l', 'r') }}
        where (
            -- A trip abroad or a conference meets several bodies and people: each report may name
            -- another of them. Received at home, the FBI and the CIA on one day are two meetings.
            (l.meeting_type in ('visit_abroad', 'conference') and r.meeting_type in ('visit_abroad', 'conference'))
            -- One country's honour on one day is one honour, whichever body each report names (the minister
            -- who decided it, the force whose medal it is).
            or (l.meeting_type = 'honor' and r.meeting_type = 'honor' and l.precision_rank = 0 and r.precision_rank = 0)
            or (
                (
                    l.counterpart_agency is null
                    or r.counterpart_agency is null
                    or l.counterpart_agency = r.counterpart_agency
                )
                and (
                    l.counterpart_person_latin is null or r.counterpart_person_latin is null
                    or l.counterpart_person_latin = r.counterpart_person_latin
                )
            )
        )
        and (
            l.organization_family is null or r.organization_family is null
            or l.organization_family = r.organization_family
        )
        -- An article cannot report an engagement that began after it was published, unless the days it
        -- reported run on past that day (a session opened today that closes on Thursday: its last day).
        and (l.article_published_date is null or r.start_date <= {{ reported_until('l') }})
        and (r.article_published_date is null or l.start_date <= {{ reported_until('r') }})
        -- Received at home and a trip abroad are two engagements, unless both reports give the same
        -- days: he cannot host a country's official in Morocco and be in that country on one day, so
        -- one of the two reports (often an agency of the other side) misread where it took place.
        and (
            not (l.direction = 'hosted' and r.direction = 'abroad')
            and not (l.direction = 'abroad' and r.direction = 'hosted')
            or (
                l.precision_rank = 0 and r.precision_rank = 0
                and l.start_date <= r.end_date and r.start_date <= l.end_date
            )
        )
        and (l.meeting_type = 'honor') = (r.meeting_type = 'honor')
        and (
            l.partial_day_start is null or r.date_precision <> 'day'
            or (day(r.start_date) = l.partial_day_start and day(r.end_date) = l.partial_day_end)
        )
        and (
            r.partial_day_start is null or l.date_precision <> 'day'
            or (day(l.start_date) = r.partial_day_start and day(l.end_date) = r.partial_day_end)
        )
        -- A trip or a conference lasts days, and outlets report different days of it (he left on
        -- Monday; he met his counterpart on Wednesday): their dates may lie a few days apart. Two
        -- reports that each know only the month or the year must share it (December 2019 and
        -- 2020 are two trips).
        and l.start_date <= r.end_date + {{ trip_gap('l', 'r') }}
        and r.start_date <= l.end_date + {{ trip_gap('l', 'r') }}
        and (
            l.precision_rank = 0 or r.precision_rank = 0
            or (l.start_date <= r.end_date and r.start_date <= l.end_date)
        )
    {% endfor %}
),

-- A compatible pair links both ways round: each report chooses among the other's article.
both_ways as (
    select left_id, right_id, right_article, left_article, distance from compatible
    union all
    select
        right_id as left_id,
        left_id as right_id,
        left_article as right_article,
        right_article as left_article,
        distance
    from compatible
),

ranked as (
    select
        *,
        row_number() over (partition by left_id, right_article order by distance, right_id) as left_choice,
        row_number() over (partition by right_id, left_article order by distance, left_id) as right_choice
    from both_ways
)

select left_id, right_id, distance
from ranked
where left_choice = 1 and right_choice = 1
