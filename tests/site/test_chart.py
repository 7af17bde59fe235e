"""The bilan month by month as a picture: one bar a month, each as tall as the whole, its
statuses stacked from « Tenu » at the bottom to « Pas encore évalué » at the top, in
proportion; and, for readers without the picture, the months that changed, in a table."""

from __future__ import annotations

import datetime as dt

from tenir_parole.site.chart import Segment, chart

MONTHS = [(dt.date(2026, month, 1), counts) for month, counts in (
    (3, {"non-evalue": 4}),
    (4, {"tenu": 1, "non-evalue": 3}),
    (5, {"tenu": 1, "non-evalue": 3}),
    (6, {"non-evalue": 1, "en-cours": 1, "tenu": 2}),
    (7, {"non-evalue": 1, "en-cours": 1, "tenu": 2}))]


def test_each_month_is_a_bar_of_the_whole_height_with_tenu_at_the_bottom():
    drawn = chart(MONTHS)
    # Five months: a slot of 20 % each, the bar three quarters of it.
    assert [s for s in drawn.segments if s.x == "0"] == [
        Segment("non-evalue", "0", "0", "15", "100")]
    assert [s for s in drawn.segments if s.x == "60"] == [
        Segment("tenu", "60", "50", "15", "50"),
        Segment("en-cours", "60", "25", "15", "25"),
        Segment("non-evalue", "60", "0", "15", "25")]
    assert {s.x for s in drawn.segments} == {"0", "20", "40", "60", "80"}


def test_the_table_keeps_the_first_month_each_change_and_the_last():
    drawn = chart(MONTHS)
    assert [day.month for day, _ in drawn.rows] == [3, 4, 6, 7]
    assert drawn.columns == ("tenu", "en-cours", "non-evalue")


def test_thirds_are_written_short():
    thirds = chart([(dt.date(2026, 3, 1), {"tenu": 1, "non-evalue": 2})]).segments
    assert [(s.y, s.height) for s in thirds] == [("66.667", "33.333"), ("0", "66.667")]


def test_nothing_to_draw_without_months_or_commitments():
    assert chart([]) is None
    assert chart([(dt.date(2026, 3, 1), {"tenu": 0, "non-evalue": 0})]) is None
