"""Tests for masthead.photos.metadata, built on real images and real metadata blocks."""

import io
import time

import pytest
from PIL import Image, ImageCms, JpegImagePlugin, TiffImagePlugin, features
from PIL.PngImagePlugin import PngInfo

from masthead.photos.metadata import (
    MAX_VALUE_LENGTH,
    CreditMetadata,
    read_credit_metadata,
    strip_private_metadata,
)

SERIAL = "SN-0123456789"
XMP_NAMESPACE = b"http://ns.adobe.com/xap/1.0/"
UTF8_MARKER = (1, 90, b"\x1b%G")
NAMESPACES = (
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
    'xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"'
)
needs_webp = pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")


# Builders


def make_image(size=(64, 48), mode="RGB"):
    return Image.linear_gradient("L").resize(size).convert(mode)


def encode(image, fmt="JPEG", **params):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def iim(record, dataset, value):
    if isinstance(value, str):
        value = value.encode("utf-8")
    if len(value) < 0x8000:
        return bytes([0x1C, record, dataset]) + len(value).to_bytes(2, "big") + value
    # Extended dataset: flag bit plus the width of the 4-byte length field that follows.
    return bytes([0x1C, record, dataset]) + b"\x80\x04" + len(value).to_bytes(4, "big") + value


def iim_block(*datasets):
    return b"".join(iim(*dataset) for dataset in datasets)


def with_iptc(jpeg, iim_bytes):
    """Insert an APP13 "Photoshop 3.0" segment with an 8BIM 0x0404 resource after JFIF APP0."""
    resource = b"8BIM" + b"\x04\x04" + b"\x00\x00" + len(iim_bytes).to_bytes(4, "big") + iim_bytes
    if len(iim_bytes) % 2:
        resource += b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload
    position = 2
    if jpeg[2:4] == b"\xff\xe0":
        position += 2 + int.from_bytes(jpeg[4:6], "big")
    return jpeg[:position] + segment + jpeg[position:]


def xmp_packet(body="", attributes=""):
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        f"<rdf:RDF {NAMESPACES}>"
        f'<rdf:Description rdf:about="" {attributes}>{body}</rdf:Description>'
        "</rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def private_exif(orientation=None):
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "EOS R5"
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (52.0, 31.0, 12.5), 3: "E", 4: (13.0, 24.0, 0.0)})
    exif.get_ifd(0x8769)[0xA431] = SERIAL
    return exif


def srgb_profile():
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def jpeg_with_everything(image=None, orientation=None):
    """A JPEG carrying EXIF with GPS and serial, XMP, IPTC, a comment and an ICC profile."""
    jpeg = encode(
        image or make_image(),
        exif=private_exif(orientation),
        xmp=xmp_packet(attributes='photoshop:Credit="EPA-EFE"'),
        icc_profile=srgb_profile(),
        comment=b"shot from the roof of the embassy",
    )
    return with_iptc(jpeg, iim_block((2, 80, "Jane Doe"), (2, 116, "(c) EPA")))


def assert_no_private_metadata(data):
    for marker in (b"Exif", SERIAL.encode(), b"Photoshop 3.0", XMP_NAMESPACE, b"embassy"):
        assert marker not in data
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert not exif
        assert not exif.get_ifd(0x8825)
        assert not exif.get_ifd(0x8769)
        assert "exif" not in image.info
        assert "xmp" not in image.info
        assert "comment" not in image.info
        assert "photoshop" not in image.info


# Reading: IPTC


def test_iptc_only_maps_every_field():
    jpeg = with_iptc(
        encode(make_image()),
        iim_block(
            UTF8_MARKER,
            (2, 5, "Object name"),
            (2, 80, "Jane Doe"),
            (2, 105, "Putin meets Xi"),
            (2, 110, "EPA-EFE"),
            (2, 115, "SPUTNIK / KREMLIN POOL"),
            (2, 116, "(c) EPA-EFE, editorial use only"),
            (2, 120, "Russian President attends a meeting in Moscow."),
        ),
    )

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(
        agencies=("EPA-EFE",),
        photographer="Jane Doe",
        source="SPUTNIK / KREMLIN POOL",
        caption="Russian President attends a meeting in Moscow.",
        licence_note="(c) EPA-EFE, editorial use only",
        title="Putin meets Xi",
    )


def test_iptc_object_name_is_the_title_without_a_headline():
    jpeg = with_iptc(encode(make_image()), iim_block((2, 5, "MOSCOW-SUMMIT")))

    assert read_credit_metadata(io.BytesIO(jpeg)).title == "MOSCOW-SUMMIT"


def test_iptc_multiple_agencies_keep_order_and_drop_empties_and_repeats():
    jpeg = with_iptc(
        encode(make_image()),
        iim_block((2, 110, "EPA-EFE / SPUTNIK,, AFP/Getty Images / epa-efe /"), (2, 110, "AP")),
    )

    assert read_credit_metadata(io.BytesIO(jpeg)).agencies == (
        "EPA-EFE",
        "SPUTNIK",
        "AFP",
        "Getty Images",
        "AP",
    )


def test_iptc_repeated_bylines_are_joined():
    jpeg = with_iptc(
        encode(make_image()), iim_block((2, 80, "Jane Doe"), (2, 80, "John Roe"), (2, 80, ""))
    )

    assert read_credit_metadata(io.BytesIO(jpeg)).photographer == "Jane Doe, John Roe"


def test_iptc_utf8_with_charset_marker():
    jpeg = with_iptc(encode(make_image()), iim_block(UTF8_MARKER, (2, 80, "Гавриил Григоров")))

    assert read_credit_metadata(io.BytesIO(jpeg)).photographer == "Гавриил Григоров"


def test_iptc_utf8_without_charset_marker():
    jpeg = with_iptc(encode(make_image()), iim_block((2, 80, "Гавриил Григоров")))

    assert read_credit_metadata(io.BytesIO(jpeg)).photographer == "Гавриил Григоров"


def test_iptc_latin1_and_cp1252_without_marker():
    jpeg = with_iptc(
        encode(make_image()),
        iim_block(
            (2, 80, "José Müller".encode("latin-1")),
            (2, 120, "\u201cNo comment\u201d, said the minister".encode("cp1252")),
            (2, 115, b"Agence \x81 Presse"),
        ),
    )

    metadata = read_credit_metadata(io.BytesIO(jpeg))

    assert metadata.photographer == "José Müller"
    assert metadata.caption == "\u201cNo comment\u201d, said the minister"
    # 0x81 is undefined in cp1252, so Latin-1 takes it and it is dropped as a control char.
    assert metadata.source == "Agence Presse"


def test_iptc_values_are_cleaned_and_limited():
    jpeg = with_iptc(
        encode(make_image()),
        iim_block(
            (2, 80, "  Jane\x00\x07 \t Doe\r\n"),
            (2, 120, "word " * 2000),
            (2, 115, "Source after the long caption"),
        ),
    )

    metadata = read_credit_metadata(io.BytesIO(jpeg))

    assert metadata.photographer == "Jane Doe"
    assert len(metadata.caption) <= MAX_VALUE_LENGTH
    assert metadata.caption.startswith("word word")
    assert metadata.source == "Source after the long caption"


def test_iptc_extended_length_dataset_is_read_and_limited():
    jpeg = with_iptc(
        encode(make_image()),
        iim_block((2, 120, "x" * 40_000), (2, 80, "Jane Doe")),
    )

    metadata = read_credit_metadata(io.BytesIO(jpeg))

    assert metadata.caption == "x" * MAX_VALUE_LENGTH
    assert metadata.photographer == "Jane Doe"


def test_truncated_iptc_keeps_what_was_read():
    full = iim_block(
        UTF8_MARKER, (2, 110, "EPA-EFE"), (2, 80, "Гавриил Григоров"), (2, 120, "Never seen")
    )
    # Cut inside the two-byte "р" of the by-line, before the caption.
    cut = full.index("Григоров".encode()) + len("Григо".encode()) + 1
    jpeg = with_iptc(encode(make_image()), full[:cut])

    metadata = read_credit_metadata(io.BytesIO(jpeg))

    assert metadata.agencies == ("EPA-EFE",)
    assert metadata.photographer == "Гавриил Григо"
    assert metadata.caption == ""


def test_iptc_followed_by_garbage_keeps_what_was_read():
    iim_bytes = iim_block((2, 80, "Jane Doe")) + b"\x00\xff garbage \x1c\x02"
    jpeg = with_iptc(encode(make_image()), iim_bytes)

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(photographer="Jane Doe")


def test_iptc_with_impossible_extended_length_stops_there():
    iim_bytes = iim_block((2, 80, "Jane Doe")) + b"\x1c\x02\x78\x80\x09" + b"\xff" * 9
    jpeg = with_iptc(encode(make_image()), iim_bytes)

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(photographer="Jane Doe")


# Reading: XMP


def test_xmp_only_element_form():
    body = (
        "<dc:creator><rdf:Seq><rdf:li>Гавриил Григоров</rdf:li></rdf:Seq></dc:creator>"
        "<photoshop:Credit>EPA-EFE / SPUTNIK</photoshop:Credit>"
        "<photoshop:Source>SPUTNIK / KREMLIN POOL</photoshop:Source>"
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">A meeting in Moscow.</rdf:li>'
        "</rdf:Alt></dc:description>"
        '<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">(c) EPA-EFE</rdf:li></rdf:Alt>'
        "</dc:rights>"
        '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">MOSCOW</rdf:li></rdf:Alt></dc:title>'
        "<photoshop:Headline>Putin meets Xi</photoshop:Headline>"
    )
    jpeg = encode(make_image(), xmp=xmp_packet(body))

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(
        agencies=("EPA-EFE", "SPUTNIK"),
        photographer="Гавриил Григоров",
        source="SPUTNIK / KREMLIN POOL",
        caption="A meeting in Moscow.",
        licence_note="(c) EPA-EFE",
        title="Putin meets Xi",
    )


def test_xmp_only_attribute_form():
    attributes = (
        'photoshop:Credit="EPA-EFE / SPUTNIK" photoshop:Source="KREMLIN POOL" '
        'photoshop:Headline="Putin meets Xi" xmpRights:UsageTerms="Editorial use only"'
    )
    body = "<dc:creator><rdf:Seq><rdf:li>Jane Doe</rdf:li><rdf:li>John Roe</rdf:li></rdf:Seq>"
    body += "</dc:creator>"
    jpeg = encode(make_image(), xmp=xmp_packet(body, attributes))

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(
        agencies=("EPA-EFE", "SPUTNIK"),
        photographer="Jane Doe, John Roe",
        source="KREMLIN POOL",
        licence_note="Editorial use only",
        title="Putin meets Xi",
    )


def test_xmp_prefers_x_default_and_dc_rights_over_usage_terms():
    body = (
        "<dc:description><rdf:Alt>"
        '<rdf:li xml:lang="de-DE">Ein Treffen</rdf:li>'
        '<rdf:li xml:lang="x-default">A meeting</rdf:li>'
        "</rdf:Alt></dc:description>"
        "<xmpRights:UsageTerms><rdf:Alt><rdf:li>Editorial use only</rdf:li></rdf:Alt>"
        "</xmpRights:UsageTerms>"
        "<dc:rights><rdf:Alt><rdf:li>(c) Reuters</rdf:li></rdf:Alt></dc:rights>"
        "<dc:title><rdf:Alt><rdf:li>Fallback title</rdf:li></rdf:Alt></dc:title>"
    )
    metadata = read_credit_metadata(io.BytesIO(encode(make_image(), xmp=xmp_packet(body))))

    assert metadata.caption == "A meeting"
    assert metadata.licence_note == "(c) Reuters"
    assert metadata.title == "Fallback title"


def test_xmp_in_separate_descriptions_and_padding_is_read():
    packet = xmp_packet(attributes='photoshop:Credit="AP"').replace(
        b"</rdf:RDF>",
        b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        b"<photoshop:Source>POOL</photoshop:Source></rdf:Description></rdf:RDF>",
    )
    padded = packet + b"\x00" * 64

    metadata = read_credit_metadata(io.BytesIO(encode(make_image(), xmp=padded)))

    assert metadata.agencies == ("AP",)
    assert metadata.source == "POOL"


def test_xmp_in_png_itxt():
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp_packet(attributes='photoshop:Credit="EPA-EFE"').decode())
    png = encode(make_image(), "PNG", pnginfo=info)

    assert read_credit_metadata(io.BytesIO(png)).agencies == ("EPA-EFE",)


def test_iptc_and_xmp_in_tiff():
    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[33723] = iim_block((2, 80, "Jane Doe"), (2, 110, "EPA-EFE"))
    tags.tagtype[33723] = 7
    tags[700] = xmp_packet(attributes='photoshop:Credit="Reuters" photoshop:Source="POOL"')
    tags.tagtype[700] = 1
    tiff = encode(make_image(), "TIFF", tiffinfo=tags)

    assert read_credit_metadata(io.BytesIO(tiff)) == CreditMetadata(
        agencies=("Reuters",), photographer="Jane Doe", source="POOL"
    )
    assert strip_private_metadata(io.BytesIO(tiff)) is None


@needs_webp
def test_xmp_in_webp():
    webp = encode(make_image(), "WEBP", xmp=xmp_packet(attributes='photoshop:Source="POOL"'))

    assert read_credit_metadata(io.BytesIO(webp)).source == "POOL"


# Reading: both, garbage, file handling


def test_xmp_wins_and_iptc_fills_the_gaps():
    attributes = 'photoshop:Credit="Reuters" photoshop:Source=""'
    body = '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">XMP caption</rdf:li>'
    body += "</rdf:Alt></dc:description>"
    jpeg = with_iptc(
        encode(make_image(), xmp=xmp_packet(body, attributes)),
        iim_block(
            (2, 80, "Jane Doe"),
            (2, 110, "EPA-EFE"),
            (2, 115, "IPTC POOL"),
            (2, 120, "IPTC caption"),
            (2, 105, "IPTC headline"),
        ),
    )

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(
        agencies=("Reuters",),
        photographer="Jane Doe",
        source="IPTC POOL",
        caption="XMP caption",
        title="IPTC headline",
    )


def test_malformed_xmp_falls_back_to_iptc():
    broken = xmp_packet(attributes='photoshop:Credit="Reuters"').replace(b"</rdf:RDF>", b"<rdf:")
    jpeg = with_iptc(encode(make_image(), xmp=broken), iim_block((2, 110, "EPA-EFE")))

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata(agencies=("EPA-EFE",))


def test_malformed_xmp_alone_gives_empty_metadata():
    jpeg = encode(make_image(), xmp=b"<x:xmpmeta><<<not xml")

    assert read_credit_metadata(io.BytesIO(jpeg)) == CreditMetadata()


def test_xmp_entity_bomb_is_not_expanded():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10 if level > 1 else "&lol;" * 10}">'
        for level in range(1, 10)
    )
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE x:xmpmeta [{entities}]>'
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {NAMESPACES}>'
        '<rdf:Description rdf:about=""><photoshop:Headline>&lol9;</photoshop:Headline>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()
    jpeg = with_iptc(encode(make_image(), xmp=bomb), iim_block((2, 80, "Jane Doe")))

    started = time.perf_counter()
    metadata = read_credit_metadata(io.BytesIO(jpeg))

    assert time.perf_counter() - started < 1
    assert metadata == CreditMetadata(photographer="Jane Doe")


def test_huge_xmp_value_is_limited():
    attributes = f'photoshop:Source="{"POOL " * 50_000}" photoshop:Credit="{"A/" * 5000}"'
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", xmp_packet(attributes=attributes).decode(), zip=True)

    metadata = read_credit_metadata(io.BytesIO(encode(make_image(), "PNG", pnginfo=info)))

    assert len(metadata.source) <= MAX_VALUE_LENGTH
    assert metadata.agencies == ("A",)


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all" * 10, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\xff\xd8\xff\xed\x00"],
)
def test_non_image_bytes(data):
    assert read_credit_metadata(io.BytesIO(data)) == CreditMetadata()
    assert strip_private_metadata(io.BytesIO(data)) is None


def test_read_from_any_position_restores_it():
    jpeg = with_iptc(encode(make_image()), iim_block((2, 80, "Jane Doe")))
    upload = io.BytesIO(jpeg)
    upload.read()

    assert read_credit_metadata(upload).photographer == "Jane Doe"
    assert upload.tell() == len(jpeg)
    assert strip_private_metadata(upload) is not None
    assert upload.tell() == len(jpeg)


def test_accepts_bytes():
    jpeg = with_iptc(encode(make_image()), iim_block((2, 80, "Jane Doe")))

    assert read_credit_metadata(jpeg).photographer == "Jane Doe"
    assert_no_private_metadata(strip_private_metadata(jpeg_with_everything()))


# Stripping


def test_jpeg_fixture_really_carries_private_metadata():
    data = jpeg_with_everything()

    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert exif[0x010F] == "Canon"
        assert exif.get_ifd(0x8825)[2] == (52.0, 31.0, 12.5)
        assert exif.get_ifd(0x8769)[0xA431] == SERIAL
        assert image.info["xmp"]
        assert image.info["comment"]
        assert image.info["photoshop"][0x0404]
    for marker in (b"Exif", SERIAL.encode(), b"Photoshop 3.0", XMP_NAMESPACE, b"embassy"):
        assert marker in data


def test_strip_jpeg_removes_everything_private_and_keeps_icc():
    stripped = strip_private_metadata(io.BytesIO(jpeg_with_everything()))

    assert_no_private_metadata(stripped)
    with Image.open(io.BytesIO(stripped)) as image:
        assert image.format == "JPEG"
        assert image.size == (64, 48)
        assert image.info["icc_profile"] == srgb_profile()
    assert read_credit_metadata(io.BytesIO(stripped)) == CreditMetadata()


def test_strip_jpeg_applies_exif_orientation():
    image = Image.new("RGB", (40, 20), "red")
    image.paste("blue", (20, 0, 40, 20))

    stripped = strip_private_metadata(io.BytesIO(jpeg_with_everything(image, orientation=6)))

    assert_no_private_metadata(stripped)
    with Image.open(io.BytesIO(stripped)) as result:
        assert result.size == (20, 40)
        # Orientation 6 means "rotate 90 degrees clockwise to display": the left half goes on top.
        red, green, blue = result.convert("RGB").getpixel((10, 5))
        assert red > 200 and blue < 60
        red, green, blue = result.convert("RGB").getpixel((10, 35))
        assert blue > 200 and red < 60
        assert result.info["icc_profile"] == srgb_profile()


@pytest.mark.parametrize("subsampling", [0, 1, 2])
@pytest.mark.parametrize("orientation", [None, 8])
def test_strip_jpeg_keeps_chroma_subsampling(subsampling, orientation):
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    source = encode(make_image((64, 64)), quality=80, subsampling=subsampling, exif=exif)

    with Image.open(io.BytesIO(strip_private_metadata(io.BytesIO(source)))) as result:
        assert JpegImagePlugin.get_sampling(result) == subsampling


def test_strip_grayscale_and_cmyk_jpeg():
    for mode in ("L", "CMYK"):
        source = encode(make_image(mode=mode), exif=private_exif())

        stripped = strip_private_metadata(io.BytesIO(source))

        assert_no_private_metadata(stripped)
        with Image.open(io.BytesIO(stripped)) as result:
            assert result.mode == mode


@pytest.mark.filterwarnings("ignore:Corrupt EXIF data")
def test_strip_jpeg_with_broken_exif_still_strips():
    jpeg = encode(make_image())
    broken_exif = b"Exif\x00\x00II*\x00\xff\xff\xff\x7f garbage"
    segment = b"\xff\xe1" + (len(broken_exif) + 2).to_bytes(2, "big") + broken_exif
    source = jpeg[:2] + segment + jpeg[2:]

    assert_no_private_metadata(strip_private_metadata(io.BytesIO(source)))


def test_strip_multi_picture_jpeg_keeps_the_first_picture_only():
    first, second = make_image(), Image.new("RGB", (64, 48), "green")
    buffer = io.BytesIO()
    first.save(buffer, "MPO", save_all=True, append_images=[second], exif=private_exif())
    with Image.open(io.BytesIO(buffer.getvalue())) as mpo:
        assert mpo.format == "MPO"

    stripped = strip_private_metadata(io.BytesIO(buffer.getvalue()))

    assert_no_private_metadata(stripped)
    with Image.open(io.BytesIO(stripped)) as result:
        assert result.format == "JPEG"
        assert getattr(result, "n_frames", 1) == 1


def test_strip_png_removes_text_exif_and_xmp_keeps_icc_and_alpha():
    info = PngInfo()
    info.add_text("Comment", "shot from the roof of the embassy")
    info.add_itxt("XML:com.adobe.xmp", xmp_packet(attributes='photoshop:Credit="AP"').decode())
    image = make_image(mode="RGBA")
    image.putpixel((0, 0), (1, 2, 3, 0))
    source = encode(image, "PNG", pnginfo=info, exif=private_exif(6), icc_profile=srgb_profile())
    with Image.open(io.BytesIO(source)) as original:
        assert original.getexif().get_ifd(0x8769)[0xA431] == SERIAL
        assert original.info["xmp"]

    stripped = strip_private_metadata(io.BytesIO(source))

    assert_no_private_metadata(stripped)
    assert b"Comment" not in stripped
    with Image.open(io.BytesIO(stripped)) as result:
        assert result.format == "PNG"
        assert result.size == (48, 64)
        assert result.mode == "RGBA"
        assert result.text == {}
        assert result.info["icc_profile"] == srgb_profile()
        assert result.getchannel("A").getextrema()[0] == 0


def test_strip_palette_png_keeps_transparency():
    image = make_image().convert("P")
    source = encode(image, "PNG", transparency=0, exif=private_exif())

    with Image.open(io.BytesIO(strip_private_metadata(io.BytesIO(source)))) as result:
        assert result.mode == "P"
        assert result.info["transparency"] == 0
        assert not result.getexif()


@needs_webp
def test_strip_webp_removes_exif_and_xmp_keeps_icc():
    source = encode(
        make_image(),
        "WEBP",
        exif=private_exif(),
        xmp=xmp_packet(attributes='photoshop:Credit="AP"'),
        icc_profile=srgb_profile(),
    )
    assert SERIAL.encode() in source and XMP_NAMESPACE in source

    stripped = strip_private_metadata(io.BytesIO(source))

    assert_no_private_metadata(stripped)
    with Image.open(io.BytesIO(stripped)) as result:
        assert result.format == "WEBP"
        assert result.info["icc_profile"] == srgb_profile()


def test_strip_reencodes_gif_and_animations_keeping_every_frame():
    frames = [make_image(), Image.new("RGB", (64, 48), "green")]
    sources = {
        "GIF": encode(frames[0].convert("P"), "GIF"),
        "PNG": encode(frames[0], "PNG", save_all=True, append_images=frames[1:]),
    }
    if features.check("webp"):
        sources["WEBP"] = encode(frames[0], "WEBP", save_all=True, append_images=frames[1:])
    for image_format, source in sources.items():
        stripped = strip_private_metadata(io.BytesIO(source))
        with Image.open(io.BytesIO(stripped)) as image:
            assert image.format == image_format
            assert getattr(image, "n_frames", 1) == (1 if image_format == "GIF" else 2)


def test_strip_truncated_jpeg_raises_value_error():
    source = jpeg_with_everything(Image.effect_noise((256, 256), 80).convert("RGB"))

    truncated = source[: len(source) * 2 // 3]

    with pytest.raises(ValueError, match="cannot remove the metadata"):
        strip_private_metadata(io.BytesIO(truncated))
    # The headers survived, so the form can still be pre-filled before the upload is refused.
    assert read_credit_metadata(io.BytesIO(truncated)).photographer == "Jane Doe"
