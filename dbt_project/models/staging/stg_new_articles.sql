-- Articles stored since the last published build: those a run that has not published stored (in
-- a nightly run, its own new articles; a failed run's candidate is thrown away with its articles).
-- An incremental build adds what they report to the tables the last published build left.
with articles as (
    select article_id, run_id from {{ source('raw', 'articles') }}
),

published_runs as (
    select run_id from {{ source('audit', 'runs') }}
    where published
),

final as (
    select articles.article_id
    from articles
    left join published_runs on published_runs.run_id = articles.run_id
    where published_runs.run_id is null
)

select * from final
