"""What happens when a review workflow finishes.

Its own module: Wagtail imports it while `wagtail.models` is still loading, so nothing here
may import models at the top.
"""


def publish_approved(workflow_state, user=None):
    """Publish what a finished workflow approved (`WAGTAIL_FINISH_WORKFLOW_ACTION`).

    Under the two-person rule nobody may publish directly, so Wagtail's own check of the last
    approver's publish permission would refuse; here the approval is the permission, and
    `ReviewTask.may_approve` already refused anyone who wrote the version.
    """
    from masthead.editorial.scope import needs_second_person

    page = workflow_state.content_object.specific
    revision = page.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=needs_second_person(page))
