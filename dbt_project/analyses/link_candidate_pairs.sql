-- How many pairs of reports int_event_links judges (macro link_candidate_join), for
-- scripts/link_bench.py and `make bench` (links_pairs). `dbt compile` writes it under
-- target/compiled/sdw/analyses/; nothing builds it.
select count(*) as candidate_pairs
from {{ link_candidate_join(ref('int_events'), ref('int_events'), 'earlier', 'later') }}
