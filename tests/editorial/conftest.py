from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from masthead.editorial.models import DeskAssignment

ROLE_GROUPS = {
    "contributor": "Contributors",
    "reporter": "Reporters",
    "section_editor": "Section editors",
    "photo_editor": "Photo editors",
    "chief": "Editors in chief",
    "administrator": "Administrators",
}


def make_staff(username: str, role: str, sections=()):
    """A member of staff in one role (the groups the roles migration made), in some sections."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "a long and unguessable passphrase"
    )
    user.groups.add(Group.objects.get(name=ROLE_GROUPS[role]))
    if sections:
        DeskAssignment.objects.create(user=user).sections.set(sections)
    return user


@dataclass
class Desk:
    contributor: object
    reporter: object
    politics_editor: object
    second_politics_editor: object
    culture_editor: object
    photo_editor: object
    chief: object
    administrator: object


@pytest.fixture
def desk(newsroom) -> Desk:
    """Staff in every role: the politics desk, the culture desk, the chief and the admin."""
    return Desk(
        contributor=make_staff("contributor", "contributor", [newsroom.politics]),
        reporter=make_staff("reporter", "reporter", [newsroom.politics]),
        # News covers News › Politics.
        politics_editor=make_staff("politics-editor", "section_editor", [newsroom.news]),
        second_politics_editor=make_staff("second-editor", "section_editor", [newsroom.politics]),
        culture_editor=make_staff("culture-editor", "section_editor", [newsroom.culture]),
        photo_editor=make_staff("photo-editor", "photo_editor"),
        chief=make_staff("chief", "chief"),
        administrator=make_staff("administrator", "administrator"),
    )
