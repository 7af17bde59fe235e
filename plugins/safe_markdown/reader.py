"""A Markdown reader for content/ whose output is sanitised like pledges/ text."""

from __future__ import annotations

from pelican import signals
from pelican.readers import MarkdownReader

from safe_markdown.sanitize import sanitize


class SafeMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, then nh3 on the body and on formatted metadata (summary)."""

    def read(self, source_path):
        content, metadata = super().read(source_path)
        for name in self.settings["FORMATTED_FIELDS"]:
            if isinstance(metadata.get(name), str):
                metadata[name] = sanitize(metadata[name])
        return sanitize(content), metadata


def use_safe_reader(readers) -> None:
    if "safe_markdown" not in readers.settings.get("PLUGINS", ()):
        return  # signals are process-wide: another site built in this process
    for extension in SafeMarkdownReader.file_extensions:
        readers.reader_classes[extension] = SafeMarkdownReader
    # Raw HTML pages would bypass the sanitiser: content/ is Markdown only.
    for extension in ("html", "htm"):
        readers.reader_classes.pop(extension, None)


def register() -> None:
    signals.readers_init.connect(use_safe_reader)
