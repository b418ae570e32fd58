import os
import subprocess
import sys

import pytest

from masthead.settings.environment import env_bool, env_int, env_list

PYTHON = sys.executable


def run_python(code: str, **env) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DATABASE_URL")}
    environment.update(env)
    return subprocess.run(
        [PYTHON, "-c", code], capture_output=True, text=True, env=environment, timeout=60
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python("import masthead.settings.production")
    assert result.returncode != 0
    assert "Set SECRET_KEY to a random value of at least 32 characters" in result.stderr


def test_production_refuses_a_development_key():
    result = run_python(
        "import masthead.settings.production",
        SECRET_KEY="masthead-dev-only-insecure-key-never-use-in-production",
    )
    assert "SECRET_KEY is a development key" in result.stderr


def test_production_starts_with_a_real_key():
    result = run_python(
        "import masthead.settings.production as s; print(s.DEBUG)", SECRET_KEY="k" * 50
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_environment_helpers_refuse_nonsense(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("MASTHEAD_X", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="must be one of yes/no"):
        env_bool("MASTHEAD_X")
    monkeypatch.setenv("MASTHEAD_X", "12k")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("MASTHEAD_X", 1)
    monkeypatch.setenv("MASTHEAD_X", " a, ,b ")
    assert env_list("MASTHEAD_X", []) == ["a", "b"]


def test_masthead_command_lists_demo_and_serve():
    result = subprocess.run(
        [PYTHON, "-m", "masthead", "help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "masthead.settings.test"},
    )
    assert result.returncode == 0, result.stderr
    assert "demo" in result.stdout and "serve" in result.stdout
