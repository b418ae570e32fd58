"""Search is answered by Django in every edition: never baked, always sent to the application."""

from pathlib import Path

from masthead.baking.nginx import nginx_server_config
from masthead.baking.paths import is_dynamic


def test_search_is_dynamic_in_every_edition():
    assert is_dynamic("/search/") and is_dynamic("/ru/search/")
    config = nginx_server_config(Path("/srv/masthead/site"))
    dynamic_location = next(line for line in config.splitlines() if "location ~ ^/(" in line)
    assert "|search|" in dynamic_location or "|search)" in dynamic_location
    assert "ru/search" in dynamic_location
