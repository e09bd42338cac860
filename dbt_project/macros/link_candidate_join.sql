{#- The pairs of reports worth judging for a link (int_event_links), as the join
    `<earlier> inner join <later>` of the reports `earlier_reports` and `later_reports` (two
    copies of the same reports, or of two parts of them), each pair once: `earlier` is the
    report that begins first (on a tie, the smaller candidate_id).

    A pair is only worth judging when both reports name the same country, come from two articles,
    and the later one begins no later than the earlier one ends plus the trip gap (trip_gap: the
    earlier report's own gap, since a trip pairs only with a trip). Days are cut into buckets of
    link_bucket_days (counted from 2000-01-01). The earlier report stands in every bucket from its
    first day to its last day plus its gap; the later one only in the bucket of its first day; a
    pair is joined when they share a bucket. So no pair the rules could link is missed, whatever the
    width: a day report meets the reports that begin within its days and gap; a month or a year
    report (and one that knows only its days, 13-14 ... 2022, dated over its month or year) meets
    those that begin within its month or year plus the gap, never a whole country's history. The
    work grows with the reports, not with the square of a country's reports. -#}
{% macro link_candidate_join(earlier_reports, later_reports, earlier, later) -%}
    (
        select
            reports.*,
            unnest(generate_series(
                {{ link_bucket('reports.start_date') }},
                {{ link_bucket('reports.end_date + ' ~ trip_gap('reports', 'reports')) }}
            )) as date_bucket
        from {{ earlier_reports }} as reports
    ) as {{ earlier }}
    inner join (
        select
            reports.*,
            {{ link_bucket('reports.start_date') }} as date_bucket
        from {{ later_reports }} as reports
    ) as {{ later }}
        on
            {{ earlier }}.country_iso2 = {{ later }}.country_iso2
            and {{ earlier }}.date_bucket = {{ later }}.date_bucket
            and {{ earlier }}.article_id <> {{ later }}.article_id
            and (
                {{ earlier }}.start_date < {{ later }}.start_date
                or (
                    {{ earlier }}.start_date = {{ later }}.start_date
                    and {{ earlier }}.candidate_id < {{ later }}.candidate_id
                )
            )
{%- endmacro %}

{#- The date bucket of a day: days since 2000-01-01 in whole link_bucket_days. -#}
{% macro link_bucket(day) -%}
    (date_diff('day', date '2000-01-01', {{ day }}) // {{ var('link_bucket_days') }})
{%- endmacro %}
