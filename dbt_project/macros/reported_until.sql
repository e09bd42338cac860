{#- The last day a report's article can speak of: its publication day, or the last of the days it
    dated when they run on past it (a session opened today that closes on Thursday). A year or a month
    named on a page is no later than the page. -#}
{% macro reported_until(report) -%}
    (case
        when {{ report }}.date_precision = 'day'
            then greatest({{ report }}.article_published_date, {{ report }}.end_date)
        else {{ report }}.article_published_date
    end)
{%- endmacro %}
