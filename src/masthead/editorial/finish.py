"""What happens when a review workflow finishes.

Its own module: Wagtail imports it while `wagtail.models` is still loading, so nothing here
may import models at the top.
"""

import contextlib
import contextvars

# Set while a finished review publishes: the one way an article under the two-person rule goes
# live (see `refuse_unreviewed_publish`).
_publishing_approved_review = contextvars.ContextVar("publishing_approved_review", default=False)


@contextlib.contextmanager
def approved_review():
    token = _publishing_approved_review.set(True)
    try:
        yield
    finally:
        _publishing_approved_review.reset(token)


def refuse_unreviewed_publish(article, user) -> None:
    """Refuse to publish (or schedule) an article under the two-person rule outside review.

    Checked on the version being published, so that neither a new article nor a change of
    section in the same submission slips past the editor's Publish button, whose permission
    Wagtail worked out from the page as it was before the form.
    """
    from django.core.exceptions import PermissionDenied

    from masthead.editorial.scope import needs_second_person

    if user is not None and not _publishing_approved_review.get() and needs_second_person(article):
        raise PermissionDenied("an article under the two-person rule goes live only through review")


def publish_approved(workflow_state, user=None):
    """Publish what a finished workflow approved (`WAGTAIL_FINISH_WORKFLOW_ACTION`).

    Under the two-person rule nobody may publish directly, so Wagtail's own check of the last
    approver's publish permission would refuse; here the approval is the permission, and
    `ReviewTask.may_approve` already refused anyone who wrote the version.
    """
    from masthead.editorial.scope import needs_second_person

    page = workflow_state.content_object.specific
    revision = page.get_latest_revision()
    with approved_review():
        revision.publish(user=user, skip_permission_checks=needs_second_person(page))
