-- Reports from pages that date nothing ("اليوم الخميس" on a page with no date, month or year), placed
-- on the one meeting they can only be. A reader does this: the page names the counterpart, or
-- repeats the dispatch another outlet dated, and names a weekday or days that fit.
-- A meeting fits a report when it
--   * is of its country, of a compatible kind (an honour only with an honour) and direction;
--   * fits the weekday, month and days the page names, and began before the page was published;
--   * shares with one of its dated reports the person, the body or the organisation met, or the
--     words of the sentence (the same dispatch: at least var('placement_min_shared_words') words,
--     and half of the shorter sentence's words, his own names and titles left out: every report
--     of him opens with them); sharing none of these, it still fits when the page names a weekday
--     or days and this is the only meeting of its country and kind that they fit.
-- The report is placed when one meeting fits; when several do, on the one sharing the strongest
-- evidence (the person before the dispatch's words before the body), then on the one its weekday
-- or days pin (a meeting known to the day over one known to the month), then on the one with a
-- report that shares the largest part of its words with the page (two visits to one country on the
-- same date of two years: the page repeats one of their dispatches). A tie stays unplaced.
with candidates as (
    select * from {{ ref('stg_event_candidates') }}
),

events as (
    select * from {{ ref('int_events') }}
),

clusters as (
    select * from {{ ref('int_event_clusters') }}
),

articles as (
    select article_id, published_date from {{ ref('stg_articles') }}
),

principals as (
    select * from {{ ref('principals') }}
),

-- His names and titles open nearly every report of him: they say nothing of which meeting it is.
principal_words as (
    select list_distinct(flatten(list({{ sentence_words('form') }}))) as words
    from principals
),

home_countries as (
    select distinct iso2 as country_iso2 from {{ ref('country_aliases') }} where kind = 'home'
),

undated as (
    select
        candidates.candidate_id,
        candidates.article_id,
        candidates.country_iso2,
        candidates.meeting_type,
        candidates.direction,
        candidates.counterpart_agency,
        candidates.organization_code,
        coalesce(candidates.counterpart_person_latin, candidates.counterpart_person) as counterpart_person_key,
        candidates.named_weekday,
        candidates.named_month,
        candidates.partial_day_start,
        candidates.partial_day_end,
        {{ sentence_words('candidates.sentence_text', without='principal_words.words') }} as words,
        articles.published_date
    from candidates
    inner join articles on articles.article_id = candidates.article_id
    cross join principal_words
    where
        candidates.reject_reason = 'undated'
        and (
            candidates.country_iso2 not in (select country_iso2 from home_countries)
            or candidates.meeting_type = 'conference'
            or candidates.organization_code is not null
        )
),

-- The reports of the meetings of the undated reports' countries (a meeting's reports share its country).
members as (
    select
        clusters.meeting_id,
        events.*,
        min(events.precision_rank) over (partition by clusters.meeting_id) as finest_rank
    from events
    inner join clusters using (candidate_id)
    where events.country_iso2 in (select undated.country_iso2 from undated)
),

-- Each meeting's days as its finest reports give them, and the directions its reports state.
meetings as (
    select
        meeting_id,
        any_value(country_iso2) as country_iso2,
        bool_or(meeting_type = 'honor') as is_honor,
        min(start_date) filter (where precision_rank = finest_rank) as span_start,
        max(end_date) filter (where precision_rank = finest_rank) as span_end,
        min(finest_rank) as finest_rank,
        bool_or(direction = 'hosted') as reported_hosted,
        bool_or(direction = 'abroad') as reported_abroad
    from members
    group by meeting_id
),

fitting as (
    select
        undated.candidate_id,
        undated.article_id,
        meetings.meeting_id,
        -- A named weekday or day pins a meeting known to the day; a month-long one holds any.
        coalesce(undated.named_weekday, undated.partial_day_start) is not null
        and meetings.finest_rank = 0 as is_pinned,
        count(*) over (partition by undated.candidate_id) as fitting_meetings
    from undated
    inner join meetings
        on
            meetings.country_iso2 = undated.country_iso2
            and meetings.is_honor = (undated.meeting_type = 'honor')
    where
        not (undated.direction = 'hosted' and meetings.reported_abroad and not meetings.reported_hosted)
        and not (undated.direction = 'abroad' and meetings.reported_hosted and not meetings.reported_abroad)
        and (undated.published_date is null or meetings.span_start <= undated.published_date)
        -- The weekday falls within the meeting's days (a week or longer holds every weekday).
        and (
            undated.named_weekday is null
            or meetings.finest_rank > 0
            or (undated.named_weekday - isodow(meetings.span_start) + 7) % 7
            <= date_diff('day', meetings.span_start, meetings.span_end)
        )
        and (
            undated.named_month is null
            or meetings.finest_rank > 1
            or undated.named_month in (month(meetings.span_start), month(meetings.span_end))
        )
        and (
            undated.partial_day_start is null
            or meetings.finest_rank > 0
            or month(meetings.span_start) <> month(meetings.span_end)
            or (
                undated.partial_day_start <= day(meetings.span_end)
                and undated.partial_day_end >= day(meetings.span_start)
            )
        )
),

-- The words of the reports of the meetings that an undated report fits.
fitting_members as (
    select
        members.meeting_id,
        members.counterpart_person_key,
        members.counterpart_agency,
        members.organization_code,
        {{ sentence_words('members.sentence_text', without='principal_words.words') }} as words
    from members
    cross join principal_words
    where members.meeting_id in (select fitting.meeting_id from fitting)
),

-- Each undated report against each dated report of a meeting it fits: the words they share, and all
-- the words of both (the lists hold distinct words, so the union is the sum less the shared).
report_pairs as (
    select
        fitting.candidate_id,
        fitting.article_id,
        fitting.meeting_id,
        fitting.is_pinned,
        fitting.fitting_meetings,
        members.counterpart_person_key = undated.counterpart_person_key as same_person,
        members.counterpart_agency = undated.counterpart_agency
        or members.organization_code = undated.organization_code as same_body,
        len(list_intersect(members.words, undated.words)) as shared_words,
        least(len(members.words), len(undated.words)) as shorter_words,
        len(members.words) + len(undated.words) - shared_words as all_words
    from fitting
    inner join undated on fitting.candidate_id = undated.candidate_id
    inner join fitting_members as members on fitting.meeting_id = members.meeting_id
),

-- What a dated report of the meeting shares with the page, strongest first: the person met (3),
-- the words of the dispatch (2), the body or organisation (1). Two Spanish honours from the same
-- ministry are told apart by who handed the cross over. Sharing nothing, the page's weekday or days
-- still pin it (0) on the one meeting of that country and kind they fit, when no other fits at all.
evidence as (
    select
        candidate_id,
        article_id,
        meeting_id,
        is_pinned,
        coalesce(max(
            case
                when same_person then 3
                when
                    shared_words >= {{ var('placement_min_shared_words') }}
                    and 2 * shared_words >= shorter_words
                    then 2
                when same_body then 1
            end
        ), case when is_pinned and fitting_meetings = 1 then 0 end) as strength,
        -- Shared over all the words of both sentences: a long report shares more words by chance.
        max(shared_words / all_words) as shared_part
    from report_pairs
    group by candidate_id, article_id, meeting_id, is_pinned, fitting_meetings
    having strength is not null
),

strongest as (
    select *
    from evidence
    qualify rank() over (partition by candidate_id order by strength desc, is_pinned desc, shared_part desc) = 1
),

final as (
    select
        candidate_id,
        article_id,
        meeting_id
    from strongest
    qualify count(*) over (partition by candidate_id) = 1
)

select * from final
