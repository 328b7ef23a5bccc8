"""Attendance from the sidelines (kg.resolve.sidelines): the sides of talks held at a
gathering's place during its days attend the gathering; two gatherings that fit equally
(one city, one day) get nothing."""
from __future__ import annotations

from types import SimpleNamespace

from kg.resolve.article_events import ArticleEvent
from kg.resolve.events import Event
from kg.resolve.sidelines import sideline_attendees

ENTITIES = {k: SimpleNamespace(type=t) for k, t in {
    "p:biden": "Person", "p:morrison": "Person", "p:johnson": "Person", "c:usa": "Country",
    "c:australia": "Country", "c:uk": "Country", "o:g7": "Organization", "pl:cornwall": "Place",
    "pl:london": "Place"}.items()}


def _event(key, typ, start, end, parts, places, article="a1"):
    member = ArticleEvent(article)
    member.participants = {k: (0, 0, 10) for k in parts}
    return Event(key, typ, {}, start, end, "date", sorted(parts), sorted(places), {article: "reports"},
                 [member], {})


def _summit(key="event:g7", places=("pl:cornwall", "c:uk")):
    return _event(key, "Summit", "2021-06-11", "2021-06-13", ["o:g7", "p:biden", "c:usa"], places)


def test_the_sides_of_talks_at_a_summit_attend_it():
    talks = _event("event:tri", "Talks", "2021-06-12", None, ["p:biden", "p:morrison", "c:australia"],
                   ["pl:cornwall"], article="a2")
    events = {"event:g7": _summit(), "event:tri": talks}
    added = sideline_attendees(events, ENTITIES)
    g7 = events["event:g7"]
    assert {"c:australia", "p:morrison"} <= set(g7.participants)
    assert set(g7.roles["attendee"]) == {"c:australia", "p:morrison"}
    assert {(s.prop, s.value, s.article) for s in added} >= {("participant", "c:australia", "a2"),
                                                              ("role:attendee", "p:morrison", "a2")}


def test_talks_outside_the_summit_days_or_place_add_nobody():
    before = _event("event:bi", "Talks", "2021-06-10", None, ["p:biden", "p:johnson", "c:uk"], ["pl:cornwall"])
    elsewhere = _event("event:ldn", "Talks", "2021-06-12", None, ["p:biden", "p:morrison"], ["pl:london", "c:uk"])
    events = {"event:g7": _summit(), "event:bi": before, "event:ldn": elsewhere}
    assert sideline_attendees(events, ENTITIES) == []
    assert events["event:g7"].participants == ["c:usa", "o:g7", "p:biden"]


def test_talks_sharing_nobody_with_the_summit_add_nobody():
    talks = _event("event:x", "Talks", "2021-06-12", None, ["p:johnson", "p:morrison"], ["pl:cornwall"])
    events = {"event:g7": _summit(), "event:x": talks}
    assert sideline_attendees(events, ENTITIES) == []


def test_two_gatherings_in_one_place_on_one_day_leave_the_talks_unattached():
    talks = _event("event:tri", "Talks", "2021-06-12", None, ["p:biden", "p:morrison"], ["pl:cornwall"])
    events = {"event:g7": _summit(), "event:other": _summit("event:other"), "event:tri": talks}
    assert sideline_attendees(events, ENTITIES) == []
