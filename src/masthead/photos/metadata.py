"""Credit metadata of uploaded photos: read it to pre-fill the form, strip it before storing.

Pure Python on top of Pillow and defusedxml; nothing here imports Django.

Reading (``read_credit_metadata``) follows the newsroom convention for wire photos:

=============  ======================================  ===========================================
field          IPTC IIM dataset                        XMP property
=============  ======================================  ===========================================
photographer   2:80 By-line (repeats joined by ", ")   dc:creator (rdf:Seq/rdf:li, joined by ", ")
agencies       2:110 Credit                            photoshop:Credit
source         2:115 Source                            photoshop:Source
caption        2:120 Caption/Abstract                  dc:description (rdf:Alt, x-default first)
licence_note   2:116 Copyright notice                  dc:rights, else xmpRights:UsageTerms
title          2:105 Headline, else 2:05 Object name   photoshop:Headline, else dc:title
=============  ======================================  ===========================================

- Credit is split into agencies on "/" and "," ("EPA-EFE / SPUTNIK, AP" gives
  ("EPA-EFE", "SPUTNIK", "AP")); order is kept, empties and repeats are dropped.
- XMP wins field by field because it is the modern standard; IPTC fills the fields that XMP
  leaves empty.
- XMP properties are read in element form (simple text or rdf:Alt/Seq/Bag of rdf:li) and in
  attribute form (``photoshop:Credit="..."`` on rdf:Description), from every rdf:Description.
- IIM values are decoded as UTF-8 when 1:90 carries ESC % G; otherwise UTF-8 is still tried first
  (many tools write it without the marker) and cp1252/Latin-1 is the fallback. A multi-byte
  character cut off by a truncated dataset is dropped rather than turning the value into
  mojibake.
- Every value is NFC-normalised, control characters become spaces, whitespace is collapsed and
  the result is cut to ``MAX_VALUE_LENGTH`` (255) characters.
- Garbage never raises: truncated IIM keeps the datasets read before the damage, malformed XMP
  is ignored, and XMP with a DTD (the carrier of entity-expansion bombs; real XMP never has one)
  is rejected by defusedxml without being expanded. An unreadable file gives an empty
  ``CreditMetadata``.

Stripping (``strip_private_metadata``) re-encodes JPEG (and the first frame of MPO, the
multi-picture JPEG that many cameras write), PNG and WebP without EXIF (so without GPS, camera
make/model or serial numbers), XMP, IPTC, JPEG comments or PNG text chunks. The ICC profile,
DPI and PNG transparency are kept, and the EXIF orientation is applied to the pixels first,
because dropping the tag would otherwise turn portrait photos on their side. JPEG is saved at
quality 92 with the source's chroma subsampling, WebP at quality 90 (lossless sources included).

The result is ``None`` when the file should be stored as it is: input that Pillow does not
recognise as JPEG, PNG or WebP (other formats and non-images, which the caller's image
validation is expected to reject), GIF (it has no EXIF; its rare XMP/comment extensions stay)
and animated PNG/WebP (re-encoding would flatten the animation; their metadata stays).
A JPEG, PNG or WebP that is recognised but cannot be decoded or re-encoded (truncated data,
decompression bomb) raises ``ValueError``: returning ``None`` would publish its metadata, so the
caller must refuse such an upload.

Both functions accept a binary file object (read from its start; its position is restored) or
bytes.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from PIL import (
    Image,
    ImageOps,
    ImageSequence,
    IptcImagePlugin,
    JpegImagePlugin,
    UnidentifiedImageError,
)

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "MAX_VALUE_LENGTH",
    "CreditMetadata",
    "read_credit_metadata",
    "strip_private_metadata",
]

MAX_VALUE_LENGTH = 255
MAX_AGENCIES = 10
# Bounds the work done on hostile values before they are cut to MAX_VALUE_LENGTH.
_MAX_RAW_CHARS = 64 * 1024
# Real packets are kilobytes; anything this big is not worth parsing on an upload request.
MAX_XMP_BYTES = 4 * 1024 * 1024

JPEG_QUALITY = 92
WEBP_QUALITY = 90

# Limiting Image.open to these keeps uploads away from Pillow's rarely used parsers. "JPEG" also
# opens MPO. HEIF only exists when a plugin such as pillow-heif registered it.
_READ_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "TIFF", "AVIF", "HEIF")
_STRIP_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"
_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RDF_CONTAINERS = {f"{{{_RDF}}}{kind}" for kind in ("Alt", "Seq", "Bag")}

_IIM_CHARSET = (1, 90)
_IIM_UTF8_MARKER = b"\x1b%G"
_IIM_FIELDS = {
    "photographer": ((2, 80),),
    "agencies": ((2, 110),),
    "source": ((2, 115),),
    "caption": ((2, 120),),
    "licence_note": ((2, 116),),
    "title": ((2, 105), (2, 5)),
}
_XMP_FIELDS = {
    "photographer": ((_DC, "creator"),),
    "agencies": ((_PHOTOSHOP, "Credit"),),
    "source": ((_PHOTOSHOP, "Source"),),
    "caption": ((_DC, "description"),),
    "licence_note": ((_DC, "rights"), (_XMP_RIGHTS, "UsageTerms")),
    "title": ((_PHOTOSHOP, "Headline"), (_DC, "title")),
}

_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_AGENCY_SEPARATORS = re.compile(r"[/,]")
_XMP_ENVELOPES = (
    (b"<x:xmpmeta", b"</x:xmpmeta>"),
    (b"<rdf:RDF", b"</rdf:RDF>"),
)

_Fields = dict[str, list[str]]


@dataclass(frozen=True)
class CreditMetadata:
    """Credit values found in an image's IPTC and XMP metadata, ready to pre-fill a form."""

    agencies: tuple[str, ...] = ()
    photographer: str = ""
    source: str = ""
    caption: str = ""
    licence_note: str = ""
    title: str = ""


def read_credit_metadata(fileobj: IO[bytes] | bytes) -> CreditMetadata:
    """Pre-fill values from the IPTC IIM and XMP metadata of an uploaded image; never raises."""
    try:
        with _from_start(fileobj) as fp, Image.open(fp, formats=_available(_READ_FORMATS)) as im:
            iptc = _guarded(_iptc_fields, im)
            xmp = _guarded(_xmp_fields, im)
        from_xmp, from_iptc = _finalise(xmp), _finalise(iptc)
        return CreditMetadata(**{name: from_xmp[name] or from_iptc[name] for name in from_xmp})
    except Exception:
        # Pre-filling is a convenience: an unreadable file must not break the upload form.
        return CreditMetadata()


def strip_private_metadata(fileobj: IO[bytes] | bytes) -> bytes | None:
    """Re-encode a JPEG/PNG/WebP without private metadata; None means store the file as it is."""
    with _from_start(fileobj) as fp:
        try:
            with Image.open(fp, formats=_available(_STRIP_FORMATS)) as im:
                if im.format == "GIF" or (im.format != "MPO" and getattr(im, "is_animated", False)):
                    return _reencode_frames(im)
                return _reencode(im)
        except UnidentifiedImageError:
            return None
        except Exception as exc:
            msg = f"cannot remove the metadata of this image: {exc}"
            raise ValueError(msg) from exc


def _available(formats: tuple[str, ...]) -> tuple[str, ...]:
    # Image.open raises KeyError for a format whose plugin is not registered.
    Image.init()
    return tuple(name for name in formats if name in Image.OPEN)


@contextlib.contextmanager
def _from_start(fileobj: IO[bytes] | bytes) -> Iterator[IO[bytes]]:
    if isinstance(fileobj, bytes | bytearray | memoryview):
        yield io.BytesIO(fileobj)
        return
    position = fileobj.tell()
    # Upload handlers and validators leave the position anywhere; the caller reads again after.
    fileobj.seek(0)
    try:
        yield fileobj
    finally:
        fileobj.seek(position)


def _guarded(extract: Callable[[Image.Image], _Fields], im: Image.Image) -> _Fields:
    try:
        return extract(im)
    except Exception:
        # One broken block (IPTC or XMP) must not hide the values of the other.
        return {}


def _finalise(fields: _Fields) -> dict[str, object]:
    return {
        "agencies": _agencies(fields.get("agencies", ())),
        "photographer": _joined(fields.get("photographer", ())),
        "source": _first(fields.get("source", ())),
        "caption": _first(fields.get("caption", ())),
        "licence_note": _first(fields.get("licence_note", ())),
        "title": _first(fields.get("title", ())),
    }


def _clean(value: str) -> str:
    value = unicodedata.normalize("NFC", value[:_MAX_RAW_CHARS])
    value = " ".join(_CONTROL_CHARS.sub(" ", value).split())
    return value[:MAX_VALUE_LENGTH].rstrip()


def _first(values: Iterable[str]) -> str:
    for value in values:
        if cleaned := _clean(value):
            return cleaned
    return ""


def _unique(values: Iterable[str]) -> Iterator[str]:
    seen = set()
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            yield value


def _joined(values: Iterable[str]) -> str:
    return _clean(", ".join(_unique(_clean(value) for value in values)))


def _agencies(values: Iterable[str]) -> tuple[str, ...]:
    parts = (
        _clean(part)
        for value in values
        for part in _AGENCY_SEPARATORS.split(value[:_MAX_RAW_CHARS])
    )
    agencies = []
    for agency in _unique(parts):
        agencies.append(agency)
        if len(agencies) == MAX_AGENCIES:
            break
    return tuple(agencies)


# IPTC IIM


def _iptc_fields(im: Image.Image) -> _Fields:
    datasets = _iptc_datasets(im)
    utf8 = any(_IIM_UTF8_MARKER in value for value in datasets.get(_IIM_CHARSET, ()))
    return {
        name: [_decode_iim(value, utf8=utf8) for key in keys for value in datasets.get(key, ())]
        for name, keys in _IIM_FIELDS.items()
    }


def _iptc_datasets(im: Image.Image) -> dict[tuple[int, int], list[bytes]]:
    photoshop = im.info.get("photoshop")
    if isinstance(photoshop, dict) and isinstance(photoshop.get(0x0404), bytes):
        # Parsed here rather than by getiptcinfo, which drops everything on the first bad dataset.
        return _parse_iim(photoshop[0x0404])
    info = IptcImagePlugin.getiptcinfo(im)
    return {
        key: [item for item in (value if isinstance(value, list) else [value]) if item]
        for key, value in (info or {}).items()
    }


def _parse_iim(data: bytes) -> dict[tuple[int, int], list[bytes]]:
    datasets: dict[tuple[int, int], list[bytes]] = {}
    position, end = 0, len(data)
    while position + 5 <= end and data[position] == 0x1C:
        key = (data[position + 1], data[position + 2])
        size = int.from_bytes(data[position + 3 : position + 5], "big")
        position += 5
        if size & 0x8000:
            # Extended dataset: the low bits give the width of the real length field.
            width = size & 0x7FFF
            if not 0 < width <= 4 or position + width > end:
                break
            size = int.from_bytes(data[position : position + width], "big")
            position += width
        datasets.setdefault(key, []).append(data[position : position + size])
        position += size
    return datasets


def _decode_iim(value: bytes, *, utf8: bool) -> str:
    try:
        # final=False: a character cut off by truncation is dropped instead of failing the value.
        return codecs.getincrementaldecoder("utf-8")().decode(value, final=False)
    except UnicodeDecodeError:
        if utf8:
            return value.decode("utf-8", "replace")
    try:
        return value.decode("cp1252")
    except UnicodeDecodeError:
        return value.decode("latin-1")


# XMP


def _xmp_fields(im: Image.Image) -> _Fields:
    packet = im.info.get("xmp")
    if packet is None and hasattr(im, "tag_v2"):
        # TIFF keeps XMP in tag 700 rather than in info.
        packet = im.tag_v2.get(700)
    root = _parse_xmp(packet)
    if root is None:
        return {}
    descriptions = list(root.iter(f"{{{_RDF}}}Description"))
    return {
        name: [
            value
            for namespace, local in properties
            for description in descriptions
            for value in _xmp_values(description, f"{{{namespace}}}{local}")
        ]
        for name, properties in _XMP_FIELDS.items()
    }


def _parse_xmp(packet: object) -> Element | None:
    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    if not isinstance(packet, bytes) or not packet or len(packet) > MAX_XMP_BYTES:
        return None
    candidates = [packet]
    # Writers pad packets with NULs or leave junk around them, which the XML parser rejects.
    for start_tag, end_tag in _XMP_ENVELOPES:
        start, end = packet.find(start_tag), packet.rfind(end_tag)
        if 0 <= start < end:
            candidates.append(packet[start : end + len(end_tag)])
    for candidate in candidates:
        try:
            return fromstring(candidate, forbid_dtd=True)
        except DefusedXmlException:
            return None
        except (ParseError, ValueError, LookupError):
            continue
    return None


def _xmp_values(description: Element, name: str) -> list[str]:
    values = []
    if (attribute := description.get(name)) is not None:
        values.append(attribute)
    for prop in description.findall(name):
        container = next((child for child in prop if child.tag in _RDF_CONTAINERS), None)
        if container is None:
            values.append(_xmp_text(prop))
            continue
        items = container.findall(f"{{{_RDF}}}li")
        if container.tag == f"{{{_RDF}}}Alt":
            # Stable sort: the x-default alternative first, the others in document order.
            items.sort(key=lambda item: item.get(_XML_LANG, "").lower() != "x-default")
        values.extend(_xmp_text(item) for item in items)
    return values


def _xmp_text(element: Element) -> str:
    if element.text and element.text.strip():
        return element.text
    # A qualified value (rdf:parseType="Resource") keeps its text in rdf:value.
    value = element.find(f"{{{_RDF}}}value")
    return (value.text or "") if value is not None else ""


# Stripping


def _reencode_frames(im: Image.Image) -> bytes:
    """Re-encode every frame of an animation (or a GIF), keeping timing but no metadata."""
    frames, durations = [], []
    for frame in ImageSequence.Iterator(im):
        durations.append(frame.info.get("duration", 100))
        copy = frame.copy()
        # Each writer falls back to a frame's info for comments, EXIF and XMP.
        copy.info = {}
        frames.append(copy)
    params: dict[str, object] = {
        "save_all": True,
        "append_images": frames[1:],
        "duration": durations,
        "loop": im.info.get("loop", 0),
    }
    if im.format in ("WEBP", "PNG"):
        params.update(exif=b"", xmp=b"")
    out = io.BytesIO()
    frames[0].save(out, im.format, **params)
    return out.getvalue()


def _reencode(im: Image.Image) -> bytes:
    source_format = im.format
    is_jpeg = source_format in ("JPEG", "MPO")
    icc_profile = im.info.get("icc_profile")
    dpi = im.info.get("dpi")
    transparency = im.info.get("transparency")
    # Read from the source frame: after a transpose "keep" is no longer available.
    subsampling = JpegImagePlugin.get_sampling(im) if is_jpeg else -1
    im.load()
    with contextlib.suppress(Exception):
        # Broken EXIF cannot say how to rotate; the pixels are still worth keeping without it.
        ImageOps.exif_transpose(im, in_place=True)
    # The JPEG writer falls back to info for the comment; nothing from the source may leak.
    im.info = {}

    params: dict[str, object] = {}
    if icc_profile:
        params["icc_profile"] = icc_profile
    if dpi:
        params["dpi"] = dpi
    out = io.BytesIO()
    if is_jpeg:
        if im.mode not in ("L", "RGB", "CMYK"):
            im = im.convert("RGB")
        if subsampling != -1:
            params["subsampling"] = subsampling
        im.save(out, "JPEG", quality=JPEG_QUALITY, **params)
    elif source_format == "PNG":
        if transparency is not None:
            params["transparency"] = transparency
        im.save(out, "PNG", **params)
    else:
        params.pop("dpi", None)
        im.save(out, "WEBP", quality=WEBP_QUALITY, exif=b"", xmp=b"", **params)
    return out.getvalue()
