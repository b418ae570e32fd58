"""Serve the baked site: readers get files from the live tree, everything else goes to Django.

`masthead serve` runs `masthead.asgi:application`, Django's ASGI handler wrapped in
`BakedSiteApplication`. A reader's GET or HEAD is answered from `MASTHEAD_SITE_DIR/live` with the
headers a live page carries, without running a view or touching the database; a missing file gets
the tree's own 404 page, so a flood of random addresses never reaches Python views. Staff pages,
search, previews and every other method go to Django, as does everything before the first bake.

Per request: one `readlink` of `live` (so a switch of trees is seen at once) and usually one
`lstat`; what a file's answer looks like (headers, and the body of small files) is kept in memory
per tree, path and encoding, and used again while the file's inode, mtime and size stay the same.
"""

import asyncio
import os
import re
import stat
from email.utils import formatdate, parsedate_to_datetime
from urllib.parse import quote, unquote_to_bytes

from django.conf import settings

from masthead.baking.tree import COMPRESSIBLE_SUFFIXES, NOT_FOUND_PAGE, is_bookkeeping
from masthead.syndication.names import CONTENT_TYPES as FEED_CONTENT_TYPES
from masthead.theme.headers import (
    READER_CACHE_CONTROL,
    READER_CONTENT_SECURITY_POLICY,
    READER_PERMISSIONS_POLICY,
)

# Paths Django answers whatever the tree holds: the admin, documents (their view checks
# collection privacy), previews and search. Search exists in every edition, so `/search/` is
# dynamic under each other language's prefix too (`/ru/search/`), see `dynamic_path_prefixes()`.
# `masthead nginx-config` sends the same paths to the application, with the same cache policy.
DYNAMIC_PATH_PREFIXES = ("/accounts/", "/admin/", "/documents/", "/preview/", "/search/")
EDITION_DYNAMIC_PREFIXES = ("/search/",)
# Looked up in the tree first; when missing there Django answers: the admin's own static files,
# original photos and admin thumbnails are never baked.
DJANGO_FALLBACK_PREFIXES = ("/static/", "/media/")
READ_METHODS = ("GET", "HEAD")
# Django requests a worker runs at once; the others wait their turn without a thread, and static
# answers never wait for them. Django's views are synchronous, so under ASGI every request in
# flight gets a thread and a database connection, and they share one GIL: with no limit, 32
# clients made 32 renders each 32 times as slow, and clients timed out. Rendering an article on
# 2 cores, req/s over 3 rounds: one at a time 8.1-9.7, two 9.7-11.0, no limit 6.3-13.0 (WSGI with
# one thread: 10.3-11.9); two also keeps one slow request (a PDF) from holding up the rest.
DJANGO_CONCURRENCY = 2

# No baked file has a longer path: such requests get the 404 page without a look at the disk.
MAX_PATH_LENGTH = 1024
# Small files are answered from memory: the body sent always belongs to the headers sent, even
# when a rebake renames a new version into place meanwhile. Larger ones (PDFs, photos) are read
# in chunks from a descriptor opened before the headers are sent (see `send_answer`).
MEMORY_FILE_BYTES = 256 * 1024
MEMORY_BUDGET_BYTES = 32 * 1024 * 1024
CACHED_FILES = 8192
STREAM_CHUNK_BYTES = 256 * 1024

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    # Sitemaps: UTF-8 said in the header too, as the Django views send them.
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/json",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".xsl": "text/xsl; charset=utf-8",
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/vnd.microsoft.icon",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".webmanifest": "application/manifest+json",
    ".map": "application/json",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"
# ManifestStaticFilesStorage names: `site.3f2a9c1b7d4e.css`. Such a file never changes.
CONTENT_HASHED_NAME = re.compile(r"\.[0-9a-f]{12}\.[^./]+$")
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"
# Other baked static files keep their names across bakes, so they are not immutable.
STATIC_CACHE_CONTROL = "public, max-age=86400, stale-while-revalidate=86400"
# Uploaded media and renditions get a new file name when they change.
MEDIA_CACHE_CONTROL = "public, max-age=604800"
# Precompressed siblings the bake writes next to each compressible file, best first.
ENCODING_SUFFIXES = {"br": ".br", "gzip": ".gz"}
COMPRESSIBLE_ENDINGS = tuple(COMPRESSIBLE_SUFFIXES)


def dynamic_path_prefixes() -> tuple[str, ...]:
    """Return every path prefix Django answers, with search under each other edition's prefix."""
    editions = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    localised = [f"/{code}{prefix}" for code in editions for prefix in EDITION_DYNAMIC_PREFIXES]
    return (*DYNAMIC_PATH_PREFIXES, *localised)


def reader_headers() -> list[tuple[bytes, bytes]]:
    """Return the security headers Django's middleware puts on a reader's page, from settings."""
    headers = [
        ("Content-Security-Policy", READER_CONTENT_SECURITY_POLICY),
        ("Permissions-Policy", READER_PERMISSIONS_POLICY),
        ("X-Frame-Options", settings.X_FRAME_OPTIONS.upper()),
    ]
    if settings.SECURE_CONTENT_TYPE_NOSNIFF:
        headers.append(("X-Content-Type-Options", "nosniff"))
    referrer_policy = settings.SECURE_REFERRER_POLICY
    if referrer_policy:
        if not isinstance(referrer_policy, str):
            referrer_policy = ",".join(referrer_policy)
        headers.append(("Referrer-Policy", referrer_policy))
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        headers.append(("Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY))
    return encode_headers(headers)


def strict_transport_security() -> tuple[bytes, bytes] | None:
    """Return the HSTS header SecurityMiddleware sends on secure requests, or None when off."""
    if not settings.SECURE_HSTS_SECONDS:
        return None
    value = f"max-age={settings.SECURE_HSTS_SECONDS}"
    if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        value += "; includeSubDomains"
    if settings.SECURE_HSTS_PRELOAD:
        value += "; preload"
    return (b"strict-transport-security", value.encode())


def encode_headers(headers) -> list[tuple[bytes, bytes]]:
    return [(name.lower().encode(), value.encode("latin-1")) for name, value in headers]


def content_type_for(relative: str) -> str:
    # A page's feeds are known by name (slugs hold no dots, so no page is called feed.xml).
    feed_type = FEED_CONTENT_TYPES.get(relative.rsplit("/", 1)[-1])
    if feed_type:
        return feed_type
    suffix = os.path.splitext(relative)[1].lower()
    return CONTENT_TYPES.get(suffix, DEFAULT_CONTENT_TYPE)


def cache_control_for(relative: str) -> str:
    """Pages, PDFs and feeds: the readers' policy; static files and media: longer."""
    static = relative.startswith("static/")
    if static or relative.startswith("media/"):
        if CONTENT_HASHED_NAME.search(relative):
            return IMMUTABLE_CACHE_CONTROL
        return STATIC_CACHE_CONTROL if static else MEDIA_CACHE_CONTROL
    return READER_CACHE_CONTROL


def accepted_encodings(accept_encoding: bytes) -> tuple[str, ...]:
    """Return which of br and gzip an Accept-Encoding value accepts (q > 0), best first."""
    weights = {}
    for item in accept_encoding.decode("latin-1").lower().split(","):
        coding, *parameters = (part.strip() for part in item.split(";"))
        weight = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        weights[coding] = weight
    if "x-gzip" in weights:
        weights.setdefault("gzip", weights["x-gzip"])
    anything = weights.get("*", 0.0)
    return tuple(coding for coding in ENCODING_SUFFIXES if weights.get(coding, anything) > 0)


def entity_tag_matches(if_none_match: bytes, etag: bytes) -> bool:
    """Weak comparison, as If-None-Match asks: `W/"x"` matches `"x"`; `*` matches anything."""
    if if_none_match.strip() == b"*":
        return True
    return any(
        candidate.strip().removeprefix(b"W/") == etag for candidate in if_none_match.split(b",")
    )


def not_modified_since(if_modified_since: bytes, modified: int) -> bool:
    try:
        since = parsedate_to_datetime(if_modified_since.decode("latin-1"))
    except (TypeError, ValueError, IndexError):
        return False
    return since.tzinfo is not None and modified <= since.timestamp()


class BakedFile:
    """One file of a tree as it is on disk now, with its three possible answers made ready."""

    __slots__ = ("identity", "etag", "modified", "memory", "found", "not_modified", "missing")

    def __init__(self, path, status, relative, encoding, common_headers, body):
        self.identity = (status.st_dev, status.st_ino, status.st_mtime_ns, status.st_size)
        self.etag = entity_tag(status, encoding).encode()
        self.modified = status.st_mtime_ns // 1_000_000_000
        self.memory = len(body) if body is not None else 0
        validators = [(b"etag", self.etag)]
        validators += encode_headers([("Last-Modified", formatdate(status.st_mtime, usegmt=True))])
        revalidated = [("Cache-Control", cache_control_for(relative))]
        if relative.endswith(COMPRESSIBLE_ENDINGS):
            revalidated.append(("Vary", "Accept-Encoding"))
        if relative.endswith(".html"):
            revalidated.append(("Content-Language", language_of(relative)))
        content = [
            ("Content-Type", content_type_for(relative)),
            ("Content-Length", str(status.st_size)),
        ]
        if encoding:
            content.append(("Content-Encoding", encoding))
        revalidated_headers = encode_headers(revalidated) + common_headers
        file_headers = encode_headers(content) + revalidated_headers
        self.found = Answer(200, file_headers + validators, body, path)
        self.not_modified = Answer(304, revalidated_headers + validators)
        # The 404 page is not the resource asked for: no validators for it.
        self.missing = Answer(404, file_headers, body, path)


def entity_tag(status: os.stat_result, encoding: str | None) -> str:
    """A tag per file version and encoding; the inode tells apart a replacement of equal size
    written within the same mtime tick."""
    version = f"{status.st_ino:x}-{status.st_mtime_ns:x}-{status.st_size:x}"
    return f'"{version}-{encoding or "identity"}"'


def language_of(relative: str) -> str:
    first = relative.split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return first if first in codes else settings.LANGUAGE_CODE


class Answer:
    """A static answer: status, headers and what to send as body (bytes, a file, or nothing)."""

    __slots__ = ("status", "headers", "body", "path")

    def __init__(self, status, headers, body=b"", path=None):
        self.status = status
        self.headers = headers
        self.body = body
        self.path = path


def load_django_application():
    """Set Django up and return its ASGI handler: about 80 MB and a second or two."""
    from django.core.asgi import get_asgi_application

    return get_asgi_application()


class BakedSiteApplication:
    """An ASGI application: baked files for readers, `django_application` for the rest.

    `site_dir` holds the `live` link and the trees (default: MASTHEAD_SITE_DIR). Without a
    `django_application`, Django is loaded on the first request that needs it: answering from the
    tree needs only settings, so a worker that only serves readers stays about 30 MB instead of
    110 (see benchmarks/RESULTS.md, "Serving").
    """

    def __init__(self, django_application=None, site_dir=None):
        self.django_application = django_application
        self.django_loading = asyncio.Lock()
        self.django_turns = asyncio.Semaphore(DJANGO_CONCURRENCY)
        self.live_link = os.path.join(site_dir or settings.MASTHEAD_SITE_DIR, "live")
        self.site_dir = os.path.dirname(self.live_link)
        prefixes = dynamic_path_prefixes()
        self.dynamic_prefixes = prefixes
        # `/admin` and `/search` without their slash are Django's to redirect.
        self.dynamic_paths = frozenset(prefix.rstrip("/") for prefix in prefixes)
        self.common_headers = reader_headers()
        self.hsts = strict_transport_security()
        self.proxy_ssl_header = settings.SECURE_PROXY_SSL_HEADER
        self.tree_paths: dict[str, str] = {}
        self.files: dict[tuple[str, str], BakedFile] = {}
        self.memory_used = 0
        self.encodings_by_header: dict[bytes, tuple[str, ...]] = {}
        bad_request_body = b"Bad request: this address cannot name a page.\n"
        self.bad_request = Answer(
            400,
            encode_headers(
                [
                    ("Content-Type", "text/plain; charset=utf-8"),
                    ("Content-Length", str(len(bad_request_body))),
                ]
            )
            + self.common_headers,
            bad_request_body,
        )

    async def __call__(self, scope, receive, send):
        kind = scope["type"]
        if kind == "http":
            path = scope["path"]
            if (
                scope["method"] in READ_METHODS
                and not path.startswith(self.dynamic_prefixes)
                and path not in self.dynamic_paths
            ):
                tree = self.live_tree()
                if tree is not None:
                    answer = self.answer(tree, scope)
                    if answer is not None:
                        await self.send_answer(answer, scope, send)
                        return
        elif kind == "lifespan":
            await self.lifespan(receive, send)
            return
        async with self.django_turns:
            django_application = self.django_application or await self.load_django()
            await django_application(scope, receive, send)

    async def load_django(self):
        async with self.django_loading:
            if self.django_application is None:
                # In a thread: the tree's readers are answered meanwhile.
                self.django_application = await asyncio.to_thread(load_django_application)
        return self.django_application

    async def lifespan(self, receive, send):
        # Django's ASGI handler refuses lifespan events; granian only needs them acknowledged.
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    def live_tree(self) -> str | None:
        """Return the real path of the tree `live` points at now, or None before the first bake."""
        try:
            target = os.readlink(self.live_link)
        except OSError:
            return None
        tree = self.tree_paths.get(target)
        if tree is None:
            if len(self.tree_paths) > 16:
                self.tree_paths.clear()
            tree = os.path.realpath(os.path.join(self.site_dir, target))
            self.tree_paths[target] = tree
        return tree

    def answer(self, tree: str, scope) -> Answer | None:
        """Return the static answer for a request, or None when Django should answer it."""
        path = scope["path"]
        raw_path = scope.get("raw_path")
        if raw_path and b"%" in raw_path:
            lowered = raw_path.lower()
            # An encoded slash would let one segment hide a second one, past the checks below.
            if b"%2f" in lowered or b"%5c" in lowered:
                return self.bad_request
            try:
                path = unquote_to_bytes(raw_path).decode()
            except UnicodeDecodeError:
                return self.not_found(tree, scope)
        if "\x00" in path or "\\" in path or not path.startswith("/"):
            return self.bad_request
        if "/." in path and any(part in (".", "..") for part in path.split("/")):
            return self.bad_request
        if len(path) > MAX_PATH_LENGTH or "//" in path:
            return self.not_found(tree, scope)
        relative = path[1:] + "index.html" if path.endswith("/") else path[1:]
        if is_bookkeeping(relative) or relative == NOT_FOUND_PAGE:
            return self.not_found(tree, scope)
        baked = self.find(tree, relative, scope)
        if baked is not None:
            return self.fresh_or_not_modified(baked, scope)
        if not path.endswith("/") and self.is_folder_with_index(tree, relative):
            location = (raw_path or quote(path).encode()) + b"/"
            if scope["query_string"]:
                location += b"?" + scope["query_string"]
            headers = [(b"location", location), (b"content-length", b"0")]
            headers += encode_headers([("Cache-Control", READER_CACHE_CONTROL)])
            return Answer(301, headers + self.common_headers)
        if path.startswith(DJANGO_FALLBACK_PREFIXES):
            return None
        return self.not_found(tree, scope)

    def fresh_or_not_modified(self, baked: BakedFile, scope) -> Answer:
        """Return the file's 304 when the client's validators match it, else its 200."""
        if_none_match = if_modified_since = None
        for name, value in scope["headers"]:
            if name == b"if-none-match":
                if_none_match = value
            elif name == b"if-modified-since":
                if_modified_since = value
        if if_none_match is not None:
            unchanged = entity_tag_matches(if_none_match, baked.etag)
        else:
            unchanged = if_modified_since is not None and not_modified_since(
                if_modified_since, baked.modified
            )
        return baked.not_modified if unchanged else baked.found

    def not_found(self, tree: str, scope) -> Answer:
        baked = self.find(tree, NOT_FOUND_PAGE, scope)
        if baked is None:
            body = b"Not found.\n"
            headers = [(b"content-type", b"text/plain; charset=utf-8")]
            headers.append((b"content-length", str(len(body)).encode()))
            return Answer(404, headers + self.common_headers, body)
        return baked.missing

    def find(self, tree: str, relative: str, scope) -> BakedFile | None:
        """Return the best variant of a regular file of the tree the client accepts, or None."""
        if relative.endswith(COMPRESSIBLE_ENDINGS):
            for encoding in self.client_encodings(scope):
                name = relative + ENCODING_SUFFIXES[encoding]
                baked = self.baked_file(tree, name, relative, encoding)
                if baked is not None:
                    return baked
        return self.baked_file(tree, relative, relative, None)

    def client_encodings(self, scope) -> tuple[str, ...]:
        for name, value in scope["headers"]:
            if name == b"accept-encoding":
                encodings = self.encodings_by_header.get(value)
                if encodings is None:
                    if len(self.encodings_by_header) > 256:
                        self.encodings_by_header.clear()
                    encodings = accepted_encodings(value)
                    self.encodings_by_header[value] = encodings
                return encodings
        return ()

    def baked_file(self, tree, name, relative, encoding) -> BakedFile | None:
        """Return the cached answer for `tree/name` while the file is unchanged, else a new one."""
        path = f"{tree}/{name}"
        try:
            status = os.lstat(path)
        except (OSError, ValueError):
            return None
        if not stat.S_ISREG(status.st_mode):
            return None  # a planted symlink, a folder, a device: never served
        key = (tree, name)
        cached = self.files.get(key)
        identity = (status.st_dev, status.st_ino, status.st_mtime_ns, status.st_size)
        if cached is not None and cached.identity == identity:
            return cached
        # A folder on the way may be a planted symlink: the file's real path must be the path
        # asked for. Checked once per file version, on the first request for it.
        if os.path.realpath(path) != path:
            return None
        baked = self.read_baked_file(path, relative, encoding)
        if baked is not None:
            self.remember(key, baked)
        return baked

    def read_baked_file(self, path, relative, encoding) -> BakedFile | None:
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            return None
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                return None
            body = None
            if status.st_size <= MEMORY_FILE_BYTES:
                body = os.read(descriptor, status.st_size + 1)
                if len(body) != status.st_size:
                    return None  # written in place while we read it; the baker never does that
        finally:
            os.close(descriptor)
        return BakedFile(path, status, relative, encoding, self.common_headers, body)

    def remember(self, key, baked: BakedFile) -> None:
        """Keep a file's answers, forgetting the oldest ones beyond the count and memory bounds."""
        previous = self.files.pop(key, None)
        if previous is not None:
            self.memory_used -= previous.memory
        self.files[key] = baked
        self.memory_used += baked.memory
        while len(self.files) > CACHED_FILES or self.memory_used > MEMORY_BUDGET_BYTES:
            self.memory_used -= self.files.pop(next(iter(self.files))).memory

    def is_folder_with_index(self, tree: str, relative: str) -> bool:
        folder = f"{tree}/{relative}"
        try:
            folder_is_real = stat.S_ISDIR(os.lstat(folder).st_mode)
            index_is_file = stat.S_ISREG(os.lstat(folder + "/index.html").st_mode)
        except (OSError, ValueError):
            return False
        return folder_is_real and index_is_file and os.path.realpath(folder) == folder

    def is_secure(self, scope) -> bool:
        if scope.get("scheme") == "https":
            return True
        if self.proxy_ssl_header:
            header, expected = self.proxy_ssl_header
            wanted = header.removeprefix("HTTP_").replace("_", "-").lower().encode()
            return any(
                name == wanted and value.split(b",")[0].strip() == expected.encode()
                for name, value in scope["headers"]
            )
        return False

    async def send_answer(self, answer: Answer, scope, send) -> None:
        headers = answer.headers
        if self.hsts and self.is_secure(scope):
            headers = [*headers, self.hsts]
        if answer.body is not None or scope["method"] == "HEAD" or answer.status == 304:
            await send({"type": "http.response.start", "status": answer.status, "headers": headers})
            body = b"" if scope["method"] == "HEAD" or answer.body is None else answer.body
            await send({"type": "http.response.body", "body": body})
            return
        # A large file is opened before its headers go out and sent from that descriptor: a
        # rebake may rename a new version into place at any moment, and granian's pathsend would
        # open the path later and could send the new file under the old one's length.
        with os.fdopen(
            os.open(answer.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC), "rb"
        ) as handle:
            size = str(os.fstat(handle.fileno()).st_size).encode()
            if (b"content-length", size) not in headers:
                # Replaced since its headers were cached: describe the version being sent.
                stale = (b"content-length", b"etag", b"last-modified")
                headers = [h for h in headers if h[0] not in stale] + [(b"content-length", size)]
            await send({"type": "http.response.start", "status": answer.status, "headers": headers})
            while chunk := handle.read(STREAM_CHUNK_BYTES):
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
