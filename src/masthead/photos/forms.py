"""The admin's photo form: refuses damaged or oversized uploads with a sentence, not a traceback."""

import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.images.forms import BaseImageForm


def check_image_decodes(uploaded) -> None:
    """Raise ValidationError unless the whole image decodes within the pixel limit."""
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 1x and 2x its limit; a bomb must fail, not warn.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(uploaded) as image:
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("This image has too many pixels to be processed safely; resize it and try again."),
            code="too_many_pixels",
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This image file is damaged or incomplete; export it again and upload the new file."),
            code="damaged_image",
        ) from error
    finally:
        uploaded.seek(0)


class PhotoForm(BaseImageForm):
    """Image form base: alt text required, the upload fully decoded before anything is stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].label = _("Alt text")
            self.fields["description"].widget = forms.TextInput()

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # Only a new upload is checked; an untouched file was checked when it arrived.
        if uploaded and hasattr(uploaded, "content_type"):
            check_image_decodes(uploaded)
        return uploaded
