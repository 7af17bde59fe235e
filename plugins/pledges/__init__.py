"""Pledges plugin: strict loading and validation of pledges/, and the pages built from it."""


def register() -> None:
    from pledges.plugin import register as connect

    connect()
