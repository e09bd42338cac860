-- A meeting ends on or after the day it starts.
select meeting_id, start_date, end_date
from {{ ref('fct_meetings') }}
where end_date < start_date
