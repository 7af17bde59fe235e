"""The commune's site, as Pelican plugins: this package's ``register`` adds the generator of
the pages, open data and feeds built from the checked Dataset (the PLEDGES_DATA setting);
``site.reader`` (Markdown pages, sanitised) and ``site.css`` (the inline stylesheet) are
plugins of their own."""


def register() -> None:
    from tenir_parole.site.plugin import register as connect

    connect()
