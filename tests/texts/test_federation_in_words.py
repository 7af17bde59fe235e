"""The federation's words: how much of France it follows, said as French says it (0 and 1
take the singular: « 1 commune suivie », « 1 commune d'exemple, fictive »), and what each column
of its measures table counts."""

from __future__ import annotations

import pytest

from helpers import soup, words
from tenir_parole.texts.overview import coverage


@pytest.mark.parametrize(("followed", "examples", "said"), [
    (0, 0, "0 commune suivie sur 34 969, 0 % de la population"),
    (1, 0, "1 commune suivie sur 34 969, moins de 0,1 % de la population"),
    (2, 0, "2 communes suivies sur 34 969, moins de 0,1 % de la population"),
    (1, 1, "1 commune suivie sur 34 969, moins de 0,1 % de la population (et 1 commune "
           "d'exemple, fictive)"),
    (0, 3, "0 commune suivie sur 34 969, 0 % de la population (et 3 communes d'exemple, "
           "fictives)"),
])
def test_the_number_of_communes_followed_agrees_with_it(followed, examples, said):
    assert words(coverage(followed, 34969, 1000 * followed, 68_000_000, examples)) == said


def test_a_region_or_a_department_is_named_as_the_share_of_its_population():
    assert words(coverage(3, 320, 7_741, 774_133, scope="department")) == (
        "3 communes suivies sur 320, 1 % de la population du département")
    assert words(coverage(3, 4025, 7_741, 774_133, scope="region")).endswith(
        "de la population de la région")


def test_the_measures_table_heads_each_column_with_what_it_counts(federation_site):
    table = soup(federation_site, "index.html").find(
        "caption", string="Engagements des équipes élues, mesure par mesure").parent
    assert [words(th.text) for th in table.thead("th")] == [
        "Mesure", "Équipes engagées", "Tenu", "Tenu en partie", "Non tenu", "Autres états"]
    first = table.tbody.tr
    assert [td["data-label"] for td in first("td")] == [
        "Équipes engagées", "Tenu", "Tenu en partie", "Non tenu", "Autres états"]
