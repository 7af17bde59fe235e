"""The CI files of ci/, ready to copy for each forge.

Each parses as YAML and passes its forge's published schema; checks run on every push and
merge request, `make check` before `make test`; the site is published from the main branch
only, and rebuilt weekly. Shell lines call Makefile targets only, apart from a short, explicit
list of setup lines (apt, copying output/ for GitLab Pages, pushing the pages branch).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from helpers import ROOT

CI = ROOT / "ci"
SCHEMAS = {"gitlab-ci.yml": "gitlab-ci", "github-workflow.yml": "github-workflows",
           "forgejo-workflow.yml": "github-workflows", "woodpecker.yml": "woodpecker-ci"}
ACTIONS = ("github-workflow.yml", "forgejo-workflow.yml")
SETUP = [re.compile(line) for line in (
    r"apt-get update -qq",
    r"apt-get install -y -qq --no-install-recommends( [a-z0-9.+-]+)+",
    r"cp -r output public",
    r"git -C output (init|add|commit|push) .+",
)]
MAKE = re.compile(r"(?:[A-Z_]+=\S* )*make ([a-z][a-z0-9-]*)")
WEEKLY = re.compile(r"[0-5]?[0-9] [0-2]?[0-9] \* \* [0-7]")


def load(name: str) -> dict:
    data = yaml.safe_load((CI / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict), name
    return data


def triggers(data: dict) -> dict:
    """GitHub's `on:` (YAML 1.1 reads the bare key `on` as True)."""
    value = data.get("on", data.get(True))
    return {key: {} for key in value} if isinstance(value, list) else value


def jobs(name: str) -> dict[str, list[str]]:
    """Shell lines of each job (GitLab, Actions) or step (Woodpecker), comments left out."""
    data = load(name)
    found: dict[str, list[str]] = {}
    if name == "gitlab-ci.yml":
        for job, spec in data.items():
            if isinstance(spec, dict) and "script" in spec:
                found[job] = [*spec.get("before_script", []), *spec["script"],
                              *spec.get("after_script", [])]
    elif name in ACTIONS:
        for job, spec in data["jobs"].items():
            found[job] = [line for step in spec["steps"] if "run" in step
                          for line in step["run"].splitlines()]
    else:
        for step in data["steps"]:
            found[step["name"]] = list(step["commands"])
    return {job: [line.strip() for line in lines if line.strip()
                  and not line.strip().startswith("#")] for job, lines in found.items()}


def makefile_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z0-9-]*):(?![:=])", text, re.MULTILINE))


def test_one_file_per_forge():
    assert sorted(p.name for p in CI.iterdir()) == sorted(SCHEMAS)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_file_passes_its_forge_schema(name):
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                             f"vendor.{SCHEMAS[name]}", str(CI / name)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_shell_lines_call_only_makefile_targets_or_listed_setup(name):
    targets = makefile_targets()
    for job, lines in jobs(name).items():
        for line in lines:
            make = MAKE.fullmatch(line)
            if make:
                assert make.group(1) in targets, (name, job, line)
            else:
                assert any(p.fullmatch(line) for p in SETUP), f"{name}, {job} : « {line} »"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_make_check_runs_before_make_test_and_publish_runs_apart(name):
    made = {job: [MAKE.fullmatch(line).group(1) for line in lines if MAKE.fullmatch(line)]
            for job, lines in jobs(name).items()}
    checking = [targets for targets in made.values() if "test" in targets]
    assert checking == [["check", "test"]], made
    assert [targets for targets in made.values() if "publish" in targets] == [["publish"]]


@pytest.mark.parametrize("name", ACTIONS)
def test_actions_run_on_push_pull_request_and_weekly(name):
    data = load(name)
    on = triggers(data)
    assert {"push", "pull_request", "schedule"} <= set(on)
    assert on["push"] is None and on["pull_request"] is None  # every branch
    assert [WEEKLY.fullmatch(entry["cron"]) is not None for entry in on["schedule"]] == [True]
    publish = data["jobs"]["publier"]
    assert publish["needs"] == "verifier"
    assert "refs/heads/main" in publish["if"] and "pull_request" in publish["if"]


def test_github_deploys_with_the_pages_actions():
    data = load("github-workflow.yml")
    publish = data["jobs"]["publier"]
    assert publish["permissions"] == {"pages": "write", "id-token": "write"}
    assert data["permissions"] == {"contents": "read"}
    uses = [step["uses"].split("@")[0] for step in publish["steps"] if "uses" in step]
    assert uses[-2:] == ["actions/upload-pages-artifact", "actions/deploy-pages"]
    upload = next(s for s in publish["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "output"


def test_forgejo_pushes_the_built_site_to_the_pages_branch():
    steps = load("forgejo-workflow.yml")["jobs"]["publier"]["steps"]
    push = next(s for s in steps if "git -C output push" in s.get("run", ""))
    assert push["env"]["PAGES_TOKEN"] == "${{ secrets.PAGES_TOKEN }}"
    assert push["run"].rstrip().endswith(" pages")


def test_gitlab_checks_every_pipeline_and_publishes_pages_from_the_default_branch():
    data = load("gitlab-ci.yml")
    every = {job: spec for job, spec in data.items() if isinstance(spec, dict) and "script" in spec}
    assert all(spec["stage"] in data["stages"] for spec in every.values())
    rules = [rule["if"] for rule in data["workflow"]["rules"]]
    assert '$CI_PIPELINE_SOURCE == "merge_request_event"' in rules and "$CI_COMMIT_BRANCH" in rules
    assert "rules" not in every["verifier"]
    pages = every["pages"]
    assert pages["artifacts"]["paths"] == ["public"]
    assert pages["script"][-2:] == ["make publish", "cp -r output public"]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert data["stages"].index(pages["stage"]) > data["stages"].index("verifier")


def test_woodpecker_runs_on_push_pull_request_and_cron():
    data = load("woodpecker.yml")
    events = {event for rule in data["when"] for event in rule["event"]}
    assert {"push", "pull_request", "cron"} <= events
    steps = {step["name"]: step for step in data["steps"]}
    assert list(steps) == ["verifier", "publier"]
    assert all(step["image"].startswith("python:") for step in steps.values())
    publish = steps["publier"]
    assert publish["environment"]["PAGES_TOKEN"] == {"from_secret": "pages_token"}
    assert "CI_REPO_DEFAULT_BRANCH" in publish["when"][0]["evaluate"]


@pytest.mark.parametrize("name", ["gitlab-ci.yml", "woodpecker.yml"])
def test_forges_without_a_schedule_key_say_how_to_set_the_weekly_rebuild(name):
    text = (CI / name).read_text(encoding="utf-8")
    assert re.search(r"« 0 6 \* \* 1 »", text), name


def test_github_workflow_passes_actionlint():
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint absent : la forme du workflow est vérifiée par son schéma "
                    "(test_each_file_passes_its_forge_schema)")
    result = subprocess.run([actionlint, "-no-color", str(CI / "github-workflow.yml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_make_deploy_refuses_without_a_target_before_building():
    env = {k: v for k, v in os.environ.items()
           if k not in {"DEPLOY_TARGET", "MAKEFLAGS", "MAKELEVEL", "MFLAGS"}}
    result = subprocess.run(["make", "-s", "deploy"], cwd=ROOT, env=env, capture_output=True,
                            text=True)
    assert result.returncode != 0
    assert "DEPLOY_TARGET manquant" in result.stderr
    assert "Site construit" not in result.stdout + result.stderr
