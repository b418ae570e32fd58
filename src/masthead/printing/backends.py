"""PDF renderers behind a backend setting (STYLE rule 6).

Configure with::

    MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.WeasyPrintRenderer"},
    }

A renderer turns the article's HTML into PDF bytes; it may read only this site's own static and
media files, so an editor's `file:///etc/passwd` or an external image never reaches a PDF.
"""

import mimetypes
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils.module_loading import import_string


class PdfRenderer:
    """Base class: `render(html, base_url)` returns the PDF as bytes."""

    def __init__(self, **options):
        self.options = options

    def render(self, html: str, base_url: str) -> bytes:
        raise NotImplementedError


class RecordingRenderer(PdfRenderer):
    """In-memory fake for tests: records what it was asked to render, returns a tiny PDF."""

    def __init__(self, **options):
        super().__init__(**options)
        self.rendered: list[tuple[str, str]] = []

    def render(self, html: str, base_url: str) -> bytes:
        self.rendered.append((html, base_url))
        return b"%PDF-1.7\n% recorded by RecordingRenderer\n%%EOF\n"


def local_file_for_url(url: str) -> Path | None:
    """Return the static or media file an URL of this site points to, or None for anything else."""
    parts = urlsplit(url)
    own_hosts = {"", urlsplit(settings.MASTHEAD_SITE_URL).netloc, *settings.ALLOWED_HOSTS}
    if parts.scheme not in ("http", "https") or parts.netloc not in own_hosts:
        return None
    path = unquote(parts.path)
    if "\x00" in path or ".." in Path(path).parts:
        return None
    if path.startswith(settings.STATIC_URL):
        relative = path.removeprefix(settings.STATIC_URL)
        found = finders.find(relative) if relative and not relative.startswith("/") else None
        candidates = [Path(found)] if found else []
        candidates.append(Path(settings.STATIC_ROOT) / relative)
    elif path.startswith(settings.MEDIA_URL):
        candidates = [Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)]
    else:
        return None
    allowed_roots = [Path(settings.MEDIA_ROOT).resolve(), Path(settings.STATIC_ROOT).resolve()]
    allowed_roots += [Path(location).resolve() for location in static_locations()]
    for candidate in candidates:
        resolved = candidate.resolve()
        # After resolving symlinks and `..`, the file must still sit under a known root.
        if resolved.is_file() and any(resolved.is_relative_to(root) for root in allowed_roots):
            return resolved
    return None


def static_locations() -> list[str]:
    """Return the folders the static file finders read from (apps' static/ and STATICFILES_DIRS)."""
    locations = []
    for finder in finders.get_finders():
        for storage in getattr(finder, "storages", {}).values():
            if hasattr(storage, "location"):
                locations.append(storage.location)
    return locations


_per_thread = threading.local()


def font_configuration():
    """Return this thread's WeasyPrint font configuration, made on first use.

    Making one loads every system font into fontconfig again, a fifth of the time of a PDF; our
    stylesheets have no @font-face that would add to it, so each thread keeps one (Pango's font
    maps must not be shared between threads). Fonts installed later are seen after a restart.
    """
    if not hasattr(_per_thread, "font_config"):
        from weasyprint.text.fonts import FontConfiguration

        _per_thread.font_config = FontConfiguration()
    return _per_thread.font_config


class WeasyPrintRenderer(PdfRenderer):
    """Renders with WeasyPrint: A4, tagged PDF, resources limited to this site's files."""

    def render(self, html: str, base_url: str) -> bytes:
        from PIL import ImageFile
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher, URLFetcherResponse

        # Importing WeasyPrint switches Pillow to accept truncated images, process-wide; that
        # would let damaged uploads through the photo checks. Our PDFs only embed our own files.
        ImageFile.LOAD_TRUNCATED_IMAGES = False

        class LocalFilesOnlyFetcher(URLFetcher):
            def fetch(self, url, headers=None):
                path = local_file_for_url(url)
                if path is None:
                    raise ValueError(f"Refusing to fetch {url[:200]!r} for a PDF")
                content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                return URLFetcherResponse(
                    url, body=path.read_bytes(), headers={"Content-Type": content_type}
                )

        document = HTML(string=html, base_url=base_url, url_fetcher=LocalFilesOnlyFetcher())
        return document.write_pdf(pdf_tags=True, font_config=font_configuration(), **self.options)


def get_pdf_renderer(alias: str = "default") -> PdfRenderer:
    """Return the renderer configured under `alias` in MASTHEAD_PDF_RENDERER."""
    config = dict(settings.MASTHEAD_PDF_RENDERER[alias])
    backend = import_string(config.pop("BACKEND"))
    return backend(**config.get("OPTIONS", {}))
