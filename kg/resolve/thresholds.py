"""Every threshold of event resolution, in one place, with how it was chosen.

"Measured" below means: ``kg build`` of every gold file (the seeds and each
``../shared/eval/gold/dev-*.yaml``) scored with ``../shared/eval/score.py``,
the value changed and the per-file figures compared (events recall, duplicated
events, date, location, participants). Ranges are the values that gave the
same figures on all four files.
"""
from __future__ import annotations

# Days of slack when two date windows are compared (a report dated by the local time of
# another time zone, "周四" read against a UTC publication time). Measured: 0 splits events
# told a day apart (4 duplicated events on the seeds, 2 on dev-xwlb); 2 merges neighbouring
# days wrongly on dev-june2021 (date 0.875 → 0.75, location 1.0 → 0.875). 1 is the only value
# with neither.
DATE_SLACK_DAYS = 1

# Two events dated only vaguely (both windows longer than this, a month or a year) are
# not merged on a shared place or shared parties alone, only when their names nest.
# Measured: 20, 40 and 60 give the same figures on all four gold files; it must stay above
# a month (31 days) so that two events dated only by their month stay apart.
VAGUE_WINDOW_DAYS = 40

# Two tellings of one meeting or visit with no nesting name: they share a person, and this
# share of the smaller participant set lies within the larger one. Measured: 0.6, 0.8 and 1.0
# give the same figures on all four gold files (the other rules decide there); 0.8 lets one
# telling add a country the other leaves out, a judgement not yet tested by the gold.
SAME_PARTIES_SHARE = 0.8

# A short paragraph about one event: the officials it names (people with a post in a
# country) take part in that event. Measured: 200 and 300 give the same figures; 150 drops
# dev-june2021's participants (0.887 → 0.867).
SHORT_PARAGRAPH_CHARS = 200

# An event an article tells with no date at all is dated by a window ending on the publication
# day and starting this many days before (precision "inferred": it never decides a merge). Measured:
# 0 and 1 give the same figures; 2 dates dev-june2021 events too early (date 0.9 → 0.8).
INFERRED_WINDOW_DAYS = 1
