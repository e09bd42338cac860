with countries as (
    select * from {{ ref('countries') }}
),

regions as (
    select * from {{ ref('country_regions') }}
),

renamed as (
    select
        countries.iso2 as country_iso2,
        countries.name_en as country_name_en,
        countries.name_ar as country_name_ar,
        regions.region
    from countries
    left join regions on regions.iso2 = countries.iso2
)

select * from renamed
