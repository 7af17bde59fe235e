"""Pledges plugin: the pages, open data and feeds built from the Dataset that
tenir_parole.data loaded and checked (the PLEDGES_DATA setting)."""


def register() -> None:
    from pledges.plugin import register as connect

    connect()
