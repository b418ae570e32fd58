"""The article form's desk rules: file only in your sections; never overwrite a newer save;
published corrections are changed or removed only by the editor in chief."""

import copy

from django.core.exceptions import ValidationError
from django.utils import formats, timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from masthead.core.forms import MastheadPageForm
from masthead.editorial.scheduling import newsroom_time
from masthead.editorial.scope import desk_scope, needs_second_person


class ArticlePageForm(MastheadPageForm):
    def clean_primary_section(self):
        section = self.cleaned_data.get("primary_section")
        if self.for_user is None:
            return section
        scope = desk_scope(self.for_user)
        if scope.all_sections:
            return section
        if section is None:
            raise ValidationError(_("Choose the section this article is filed in."))
        if not scope.covers_section(section):
            raise ValidationError(
                _("You can file articles only in your own sections; “%(section)s” is not one.")
                % {"section": section.title}
            )
        return section

    def clean(self):
        cleaned_data = super().clean()
        self._refuse_stale_save()
        self._keep_published_notes()
        self._keep_embargo(cleaned_data)
        self._keep_two_person_rule(cleaned_data)
        return cleaned_data

    def _keep_two_person_rule(self, cleaned_data):
        """Say so before saving, where the two-person rule would refuse what was asked.

        The rule is checked on the article as this form would leave it: a new article, or one
        moved into a section under the rule, is under it already.
        """
        article = copy.copy(self.instance)
        if "primary_section" in cleaned_data:
            article.primary_section = cleaned_data["primary_section"]
        article.sensitive = cleaned_data.get("sensitive", article.sensitive)
        if not needs_second_person(article):
            return
        if self.data.get("action-publish"):
            raise ValidationError(
                _(
                    "This article is under the two-person rule: it goes live only when someone "
                    "who did not write it approves it. Submit it for review instead."
                ),
                code="two_person_rule",
            )
        approving = (
            self.data.get("action-workflow-action")
            and self.data.get("workflow-action-name") == "approve"
        )
        if approving and self.has_changed():
            raise ValidationError(
                _(
                    "You changed this article while reviewing it, and it is under the two-person "
                    "rule: your approval would cover your own changes. Save your changes (nothing "
                    "is lost), then ask a colleague to approve it."
                ),
                code="two_person_rule",
            )

    def _keep_published_notes(self):
        """Refuse a change to, or removal of, a note readers have seen, unless by the chief.

        A correction that quietly disappears or changes its wording is what corrections exist to
        prevent. The published rows are the reference, not the form: a crafted POST can leave a
        note out or rename its fields, and modelcluster deletes whatever the formset omits.
        """
        from masthead.articles.models import ArticleNote

        formset = self.formsets.get("notes")
        page = self.instance
        if formset is None or page.pk is None or self.for_user is None:
            return
        if desk_scope(self.for_user).all_sections:
            return
        published = {
            note.pk: note
            for note in ArticleNote.objects.filter(page_id=page.pk, published_at__isnull=False)
        }
        if not published or not formset.is_valid():
            # Errors in the notes themselves are shown on the notes.
            return
        kept = {
            form.instance.pk: form.instance
            for form in formset.forms
            if form.instance.pk and not form.cleaned_data.get("DELETE")
        }
        for pk, note in published.items():
            submitted = kept.get(pk)
            if submitted is None:
                message = _(
                    "The note “%(note)s” has been published and readers have seen it, so it "
                    "cannot be removed. Ask the editor in chief if it must go, or add a new note "
                    "that explains the change."
                )
            elif (submitted.kind, submitted.text) != (note.kind, note.text):
                message = _(
                    "The note “%(note)s” has been published and readers have seen it as it is, so "
                    "it cannot be reworded. Undo your change to it, or add a new note that "
                    "explains the change."
                )
            else:
                continue
            raise ValidationError(
                message % {"note": Truncator(note.text).chars(80)}, code="published_note"
            )

    def _keep_embargo(self, cleaned_data):
        """Refuse a go-live, expiry or publication that would show the article before its embargo.

        Publishing now under embargo is refused rather than turned into a schedule: the editor
        pressed "Publish" and must not believe it is live. The model schedules instead
        (`EmbargoRespectingPublishAction`) only where nobody is there to read an error.
        """
        embargo = cleaned_data.get("embargo_until")
        if embargo is None or "embargo_until" in self.errors:
            return
        go_live = cleaned_data.get("go_live_at")
        expire = cleaned_data.get("expire_at")
        times = {
            "embargo": newsroom_time(embargo),
            "zone": timezone.get_current_timezone_name(),
        }
        if go_live is not None and go_live < embargo:
            self.add_error(
                "embargo_until",
                _(
                    "The go-live time, %(go_live)s, is before the embargo, %(embargo)s "
                    "(%(zone)s times). Set the go-live time to %(embargo)s or later, or change "
                    "the embargo."
                )
                % {**times, "go_live": newsroom_time(go_live)},
            )
        elif expire is not None and expire <= embargo:
            self.add_error(
                "embargo_until",
                _(
                    "The expiry time, %(expire)s, is not after the embargo, %(embargo)s "
                    "(%(zone)s times), so readers would never see the article. Set a later "
                    "expiry, or none."
                )
                % {**times, "expire": newsroom_time(expire)},
            )
        elif self.data.get("action-publish") and go_live is None and embargo > timezone.now():
            self.add_error(
                "embargo_until",
                _(
                    "This article is under embargo until %(embargo)s (%(zone)s time), so it "
                    "cannot be published now. To publish it then, set its go-live time to "
                    "%(embargo)s or later and publish again; to publish now, clear the embargo."
                )
                % times,
            )

    def _refuse_stale_save(self):
        """Stop a save made from a version older than the latest: someone saved in between.

        Wagtail checks this only for autosaves. The form comes back with this editor's text
        intact and the latest version marked as loaded, so saving again is a deliberate choice.
        """
        page = self.instance
        loaded_id = self.data.get("loaded_revision_id")
        if not (page.pk and loaded_id and page.latest_revision_id):
            return
        if self.data.get("overwrite_revision_id") or loaded_id == str(page.latest_revision_id):
            return
        latest = page.latest_revision
        who = (latest.user.get_full_name() or latest.user.get_username()) if latest.user else "?"
        raise ValidationError(
            _(
                "%(who)s saved this article at %(time)s, after you opened it. Nothing of yours "
                "is lost and nothing was saved: your text is still below. Compare it with theirs "
                "in the history, then save again to replace their version."
            )
            % {
                "who": who,
                "time": formats.time_format(timezone.localtime(latest.created_at), "H:i"),
            },
            code="stale",
        )
