"""`make html`, `make check` and the editions as a volunteer runs them: which days an archive
may show, where each line goes, and the exit status."""

from __future__ import annotations

import pytest

from helpers import EXAMPLE, build


@pytest.mark.parametrize("day", ["2026-03-22", "2026-11-29"])
def test_the_election_day_and_the_datas_own_day_can_be_archived(tmp_path, day):
    """The record can be shown from the day of the vote (22 March 2026) up to the day of the
    data (29 November 2026), both included."""
    result = build(tmp_path / "output", EXAMPLE, "pelicanconf.py", "--date", day)
    assert result.returncode == 0, result.stderr
    assert f"Site construit dans output-{day}/" in result.stdout
    assert (tmp_path / f"output-{day}" / "index.html").is_file()
