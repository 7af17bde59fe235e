"""A Markdown reader for content/ whose output is sanitised like pledges/ text; the only reader.

Pelican also reads reStructuredText (when docutils is installed) and HTML: those can insert a
file, raw HTML or a download into a page, past any sanitiser. With this plugin, a build
reads Markdown pages only; the build driver refuses the others by name first
(tenir_parole.build.output.content).
"""

from __future__ import annotations

from pathlib import Path

from pelican import signals
from pelican.readers import MarkdownReader

from tenir_parole.site.markdown import ImagesAsLinks, sanitize


class SafeMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, then nh3 on the body and on formatted metadata (summary);
    a page whose file leads out of the content folder (a link) is never read; a pasted image
    becomes a link to it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        markdown = self.settings["MARKDOWN"]
        self.settings = {**self.settings, "MARKDOWN": {
            **markdown, "extensions": [*markdown["extensions"], ImagesAsLinks()]}}

    def read(self, source_path):
        root = Path(self.settings["PATH"]).resolve()
        if not Path(source_path).resolve().is_relative_to(root):
            raise ValueError(f"{source_path} : lien vers un fichier hors de {root.name}/, refusé")
        content, metadata = super().read(source_path)
        for name in self.settings["FORMATTED_FIELDS"]:
            if isinstance(metadata.get(name), str):
                metadata[name] = sanitize(metadata[name])
        return sanitize(content), metadata


def use_safe_reader(readers) -> None:
    if __name__ not in readers.settings.get("PLUGINS", ()):
        return  # signals are process-wide: another site built in this process
    readers.reader_classes = {extension: SafeMarkdownReader
                              for extension in SafeMarkdownReader.file_extensions}


def register() -> None:
    signals.readers_init.connect(use_safe_reader)
