"""The newsroom settings form: the publication's name, tagline and notice in every edition."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel

from masthead.editions.texts import form_field_name, other_edition_languages, texts_from_form

# field: (label, maximum length, several lines), as the model's own fields.
EDITION_TEXT_FIELDS = {
    "publication_name": (_("Publication name ({language})"), 120, False),
    "tagline": (_("Tagline ({language})"), 200, False),
    "privacy_notice": (_("Privacy notice ({language})"), 600, True),
}


def edition_text_form_fields() -> dict[str, forms.Field]:
    """Return a form field per text and other edition: `publication_name_ru` and so on."""
    fields = {}
    for code, name in other_edition_languages():
        for field, (label, max_length, several_lines) in EDITION_TEXT_FIELDS.items():
            fields[form_field_name(field, code)] = forms.CharField(
                label=format_lazy(label, language=name),
                required=False,
                max_length=max_length,
                widget=forms.Textarea(attrs={"rows": 3}) if several_lines else forms.TextInput,
                help_text=_("Leave empty to show the main one on that edition's pages."),
            )
    return fields


class EditionTextsForm(WagtailAdminModelForm):
    """Fills and saves the per-edition texts; `NewsroomSettingsForm` declares their fields."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.instance.texts_in_other_languages or {}
        for code, _name in other_edition_languages():
            for field in EDITION_TEXT_FIELDS:
                name = form_field_name(field, code)
                if name in self.fields and not self.is_bound:
                    self.initial[name] = (stored.get(code) or {}).get(field, "")

    @staticmethod
    def panels_for_other_editions(fields: tuple[str, ...]) -> list[FieldPanel]:
        return [
            FieldPanel(form_field_name(field, code))
            for code, _name in other_edition_languages()
            for field in fields
        ]

    def save(self, commit=True):
        self.instance.texts_in_other_languages = texts_from_form(self, tuple(EDITION_TEXT_FIELDS))
        return super().save(commit=commit)


# Wagtail's panels name form fields that must be declared on the class; the editions are fixed
# when the process starts, so the class is made then, through the forms' own metaclass.
NewsroomSettingsForm = type(EditionTextsForm)(
    "NewsroomSettingsForm", (EditionTextsForm,), edition_text_form_fields()
)
