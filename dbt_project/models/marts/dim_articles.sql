-- One row per article (distinct text).
with articles as (
    select * from {{ ref('stg_articles') }}
),

bridge as (
    select * from {{ ref('bridge_meeting_articles') }}
),

tally_claims as (
    select * from {{ ref('stg_tally_claims') }}
),

meetings as (
    select article_id, count(*)::integer as meeting_count
    from bridge
    group by article_id
),

claims as (
    select article_id, count(*)::integer as tally_count
    from tally_claims
    group by article_id
),

final as (
    select
        articles.article_id,
        articles.source_name,
        articles.title,
        articles.published_date,
        articles.published_source,
        articles.clock_date,
        articles.clock_precision,
        articles.clock_source,
        articles.focus_year,
        articles.source_format,
        articles.size_bytes,
        articles.url,
        articles.outlet,
        articles.meta_error,
        articles.ingested_at,
        coalesce(meetings.meeting_count, 0) as meeting_count,
        coalesce(claims.tally_count, 0) as tally_count
    from articles
    left join meetings using (article_id)
    left join claims using (article_id)
)

select * from final
