"""The admin's photo form: refuses damaged or oversized uploads with a sentence, not a traceback."""

import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from masthead.editions.texts import form_field_name, other_edition_languages, texts_from_form


def check_image_decodes(uploaded) -> None:
    """Raise ValidationError unless the whole image decodes within the pixel limit."""
    uploaded.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between 1x and 2x its limit; a bomb must fail, not warn.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(uploaded) as image:
                width, height = image.size
                # Wagtail's limit is checked later, after our decode; a 60-89 MP file must not
                # be decoded (about 270 MB of memory) only to be refused afterwards.
                if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                    raise Image.DecompressionBombError(f"{width}x{height}")
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("This image has too many pixels to be processed safely; resize it and try again."),
            code="too_many_pixels",
        ) from error
    except UnidentifiedImageError as error:
        raise ValidationError(
            _("This file is not an image we can read; upload a JPEG, PNG, WebP or GIF file."),
            code="not_an_image",
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This image file is damaged or incomplete; export it again and upload the new file."),
            code="damaged_image",
        ) from error
    finally:
        uploaded.seek(0)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, after a full decode: Wagtail's own checks crash on truncated files."""

    def to_python(self, data):
        oversized = (
            self.max_upload_size is not None and getattr(data, "size", 0) > self.max_upload_size
        )
        # An oversized file is refused by Wagtail's size check without being decoded at all.
        if data not in self.empty_values and hasattr(data, "seek") and not oversized:
            check_image_decodes(data)
        return super().to_python(data)


class PhotoForm(BaseImageForm):
    """Image form base: alt text required, the upload fully decoded before anything is stored."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail's form factory hard-codes the field class (no `field_classes` hook), so the
            # field is narrowed to our subclass, which only adds a check and keeps all state.
            self.fields["file"].__class__ = CheckedImageField
        if "description" in self.fields:
            self.fields["description"].required = True
            self.fields["description"].label = _("Alt text")
            self.fields["description"].widget = forms.TextInput()
        self.add_fields_for_other_editions()

    def add_fields_for_other_editions(self) -> None:
        """Add the alt text and caption in each other edition's language, after the main ones."""
        if "description" not in self.fields:
            return
        stored = self.instance.texts_in_other_languages or {}
        added = {}
        for code, name in other_edition_languages():
            texts = stored.get(code) or {}
            added[form_field_name("alt_text", code)] = forms.CharField(
                label=format_lazy(_("Alt text ({language})"), language=name),
                required=False,
                max_length=255,
                initial=texts.get("alt_text", ""),
                help_text=_("Leave empty to use the main alt text on that edition's pages."),
            )
            added[form_field_name("caption", code)] = forms.CharField(
                label=format_lazy(_("Caption ({language})"), language=name),
                required=False,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=texts.get("caption", ""),
            )
        # Wagtail's edit page shows fields in the form's order: these belong with the main
        # caption, not after the focal point.
        ordered = {}
        for field_name, field in self.fields.items():
            ordered[field_name] = field
            if field_name == "caption":
                ordered.update(added)
        ordered.update({name: field for name, field in added.items() if name not in ordered})
        self.fields = ordered

    def save(self, commit=True):
        self.instance.texts_in_other_languages = texts_from_form(self, ("alt_text", "caption"))
        return super().save(commit=commit)
