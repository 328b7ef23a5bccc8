"""Every threshold of event resolution, in one place, with how it was chosen.

"Measured" below means: ``kg build`` of every gold file (the seeds and each
``../shared/eval/gold/dev-*.yaml``) scored with ``../shared/eval/score.py``,
the value changed and the per-file figures compared (events recall, duplicated
events, date, location, participants). Ranges are the values that gave the
same figures on all four files.
"""
from __future__ import annotations

# Days of slack when two date windows are compared (a report dated by the local time of
# another time zone, "周四" read against a UTC publication time). Measured: 0 splits
# one seed summit reported a day apart in two time zones; 1 and 2 give the same figures.
DATE_SLACK_DAYS = 1

# Two events dated only vaguely (both windows longer than this, a month or a year) are
# not merged on a shared place or shared parties alone, only when their names nest.
# Measured: 20–60 give the same figures; a month (31) must stay under it.
VAGUE_WINDOW_DAYS = 40

# Two tellings of one meeting or visit with no nesting name: they share a person, and this
# share of the smaller participant set lies within the larger one. Measured: 0.6–0.8 give
# the same figures; 1.0 splits a Seoul visit told with and without the visited country.
SAME_PARTIES_SHARE = 0.8

# A short paragraph about one event: the officials it names (people with a post in a
# country) take part in that event. Measured: 150–300 characters give the same figures.
SHORT_PARAGRAPH_CHARS = 200
