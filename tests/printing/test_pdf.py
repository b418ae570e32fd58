import io
import time

import pytest
from django.test import override_settings
from pypdf import PdfReader

from masthead.printing.backends import get_pdf_renderer, local_file_for_url

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(content))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_article_pdf_has_headline_byline_credit_url_and_page_numbers(
    newsroom, a_june_evening, client
):
    paragraphs = [
        ("paragraph", f"<p>Paragraph {n} of the long report on the budget.</p>") for n in range(60)
    ]
    article = newsroom.publish_article(
        headline="Parliament passes the budget after a night session",
        slug="budget-vote",
        when=a_june_evening,
        body=paragraphs,
    )
    started = time.perf_counter()
    response = client.get(article.pdf_url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="budget-vote.pdf"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content)
    assert content.startswith(b"%PDF-")
    pages, text = pdf_text(content)
    flat = " ".join(text.split())
    assert pages >= 2
    assert "Parliament passes the budget after a night session" in flat
    assert "By Anna Keller" in flat
    assert "19 June 2026" in flat
    assert "Photo: EPA-EFE / Ilse Marten / SPUTNIK / KREMLIN POOL" in flat
    assert "http://testserver/articles/2026/06/19/budget-vote/" in flat
    assert f"1 / {pages}" in flat and f"{pages} / {pages}" in flat
    assert "Paragraph 59 of the long report" in flat
    # Navigation and tools are not printed.
    assert "Share" not in flat and "Culture" not in flat
    print(f"article PDF rendered in {elapsed:.2f} s")


def test_pdf_is_tagged_for_accessibility(newsroom, client):
    article = newsroom.publish_article()
    reader = PdfReader(io.BytesIO(b"".join(client.get(article.pdf_url).streaming_content)))
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]


def test_pdf_is_cached_and_regenerated_when_what_it_shows_changes(newsroom, client, settings):
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "tests.printing.recording.SharedRecorder"}
    }
    from tests.printing.recording import SharedRecorder

    SharedRecorder.reset()
    cache = settings.MASTHEAD_PDF_CACHE_DIR
    article = newsroom.publish_article(headline="First version")
    client.get(article.pdf_url)
    client.get(article.pdf_url)
    assert len(SharedRecorder.instance.rendered) == 1
    first_cache = list(cache.glob(f"{article.pk}-*.pdf"))
    assert len(first_cache) == 1

    newsroom.publish_article(headline="Another story", slug="another")
    client.get(article.pdf_url)
    assert len(SharedRecorder.instance.rendered) == 1, "related articles are not in the PDF"

    article.headline = "Second version"
    article.save_revision().publish()
    client.get(article.pdf_url)
    assert len(SharedRecorder.instance.rendered) == 2
    assert "Second version" in SharedRecorder.instance.rendered[-1][0]
    assert not first_cache[0].exists(), "the stale PDF is removed"

    newsroom.photo.credit_photographer = "Corrected Name"
    newsroom.photo.save()
    client.get(article.pdf_url)
    assert len(SharedRecorder.instance.rendered) == 3
    assert "Corrected Name" in SharedRecorder.instance.rendered[-1][0]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "https://example.com/tracker.png",
        "http://169.254.169.254/latest/meta-data/",
        "http://testserver/static/../../../../etc/passwd",
        "http://testserver/media/%2e%2e/%2e%2e/etc/passwd",
        "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        "ftp://testserver/static/theme/css/site.css",
    ],
)
def test_pdf_renderer_refuses_anything_but_local_static_and_media(url):
    assert local_file_for_url(url) is None


def test_pdf_renderer_does_not_follow_symlinks_out_of_media(settings):
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "escape.txt").symlink_to("/etc/passwd")
    assert local_file_for_url("http://testserver/media/escape.txt") is None
    assert local_file_for_url("http://testserver/static//etc/passwd") is None
    assert local_file_for_url("http://testserver/static/theme") is None


def test_pdf_renderer_reads_own_static_files():
    path = local_file_for_url("http://testserver/static/theme/css/site.css")
    assert path is not None and path.name == "site.css"


@override_settings(
    MASTHEAD_PDF_RENDERER={"default": {"BACKEND": "masthead.printing.backends.WeasyPrintRenderer"}}
)
def test_hostile_references_render_without_being_fetched():
    html = """<html><body><h1>Report</h1>
    <img src="file:///etc/passwd"><img src="https://example.com/pixel.png">
    <link rel="stylesheet" href="https://example.com/evil.css">
    <p>Body text stays.</p></body></html>"""
    pdf = get_pdf_renderer().render(html, base_url="http://testserver/articles/x/")
    pages, text = pdf_text(pdf)
    assert "Body text stays." in text
    assert "root:" not in text


def test_pdf_of_a_non_article_page_is_404(newsroom, client):
    assert client.get("/news/news.pdf").status_code == 404


def test_pdf_of_cyrillic_rtl_and_hostile_article_without_photo(newsroom, client):
    headline = "Путин прибыл в Пхеньян <script>alert(1)</script> " + "и " * 120
    article = newsroom.publish_article(
        headline=headline[:300],
        authors=[],
        lead_photo=None,
        body=[("paragraph", "<p>Надпись гласила: <i>مرحبا بكم</i>.</p>")],
    )
    response = client.get(article.pdf_url)
    assert response.status_code == 200
    pages, text = pdf_text(b"".join(response.streaming_content))
    flat = " ".join(text.split())
    assert "Путин прибыл в Пхеньян <script>alert(1)</script>" in flat
    assert "Надпись гласила" in flat


def test_pdf_metadata_names_the_article_and_its_authors(newsroom, client):
    article = newsroom.publish_article(headline="Budget passes", authors=newsroom.reporters)
    reader = PdfReader(io.BytesIO(b"".join(client.get(article.pdf_url).streaming_content)))
    assert reader.metadata.title.startswith("Budget passes")
    assert reader.metadata.author == "Anna Keller, Pavel Orlov"
    assert reader.trailer["/Root"]["/Lang"] == "en"
