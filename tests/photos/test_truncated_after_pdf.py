import pytest
from PIL import ImageFile

from masthead.printing.backends import get_pdf_renderer


@pytest.mark.django_db
def test_rendering_a_pdf_does_not_make_pillow_accept_truncated_images(settings):
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.WeasyPrintRenderer"}
    }
    get_pdf_renderer().render("<p>x</p>", base_url="http://testserver/")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False
