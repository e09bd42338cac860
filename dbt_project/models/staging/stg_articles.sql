with source as (
    select * from {{ source('raw', 'articles') }}
),

extraction as (
    select * from {{ source('extracted', 'articles') }}
),

renamed as (
    select
        source.article_id,
        source.source_name,
        source.title,
        source.source_format,
        source.size_bytes,
        source.url,
        source.outlet,
        source.meta_error,
        -- Metadata wins over a dateline found in the text.
        coalesce(source.published_date, extraction.published_date) as published_date,
        case when source.published_date is not null then 'metadata' else extraction.published_source end
            as published_source,
        extraction.clock_date,
        extraction.clock_precision,
        extraction.clock_source,
        extraction.focus_year,
        extraction.extractor_version,
        source.ingested_at,
        source.run_id as ingested_by_run
    from source
    left join extraction on extraction.article_id = source.article_id
)

select * from renamed
