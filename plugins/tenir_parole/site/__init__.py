"""Pledges plugin: the pages, open data and feeds built from the Dataset that
tenir_parole.core loaded and checked (the PLEDGES_DATA setting)."""


def register() -> None:
    from tenir_parole.site.plugin import register as connect

    connect()
