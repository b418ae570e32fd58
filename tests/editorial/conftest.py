from dataclasses import dataclass

import pytest

from tests.factories import make_staff


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
def desk(newsroom, roles) -> Desk:
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
