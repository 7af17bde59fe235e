"""Sanitised Markdown: for content/ pages (a Pelican reader) and for text fields of pledges/."""

from safe_markdown.reader import register
from safe_markdown.sanitize import render, sanitize

__all__ = ["register", "render", "sanitize"]
