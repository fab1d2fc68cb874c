"""The JSON API: schema, publication rule, filters, HTTP behaviour, query counts."""

import hashlib
import json

import pytest
from jsonschema import Draft202012Validator

from api.api import api
from tests.factories import (
    ConsultationFactory,
    CrisisPhaseFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    OutcomeDocumentFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    StakeholderTypeFactory,
    ToolFactory,
)
from tests.factories.factsheets import PDF_EN
from tests.support.urls import page_path

LISTS = {
    "/api/v1/phases": "PhaseList",
    "/api/v1/principles": "PrincipleList",
    "/api/v1/guidelines": "GuidelineList",
    "/api/v1/practices": "PracticeList",
    "/api/v1/factsheets": "FactsheetList",
    "/api/v1/consultations": "ConsultationList",
}


@pytest.fixture
def openapi(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def validate(openapi, name, data):
    schema = {"$ref": f"#/components/schemas/{name}", "components": openapi["components"]}
    Draft202012Validator(schema).validate(data)


@pytest.mark.parametrize(("path", "schema"), LISTS.items())
def test_lists_match_their_openapi_schema(client, content, openapi, path, schema):
    response = client.get(path)
    assert response.status_code == 200
    assert response.json()["count"] >= 1
    validate(openapi, schema, response.json())


def test_details_match_their_openapi_schema(client, content, openapi):
    for path, schema in [
        ("/api/v1/principles/1", "Principle"),
        ("/api/v1/guidelines/1", "Guideline"),
        (f"/api/v1/practices/{content['practice'].pk}", "Practice"),
        (f"/api/v1/factsheets/{content['tool'].factsheet.pk}", "Factsheet"),
        (f"/api/v1/consultations/{content['document'].consultation.pk}", "Consultation"),
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        validate(openapi, schema, response.json())
        assert "Last-Modified" in response


@pytest.mark.parametrize("path", [*LISTS, "/api/v1/guidelines/1"])
def test_drafts_never_appear(client, content, path):
    body = client.get(path).content.decode()
    assert "Draft" not in body
    assert "draft" not in body


def test_unpublished_items_are_404(client, content):
    assert client.get("/api/v1/guidelines/2").status_code == 404
    assert client.get("/api/v1/principles/2").status_code == 404


def test_items_carry_both_languages_their_pages_and_missing_translations(client, content):
    guideline = content["guideline"]
    guideline.summary_fr = ""
    guideline.save()
    item = client.get("/api/v1/guidelines/1").json()
    assert item["title"] == {"en": guideline.title_en, "fr": guideline.title_fr}
    assert item["summary"]["fr"] is None
    assert item["missing_translations"] == {"fr": ["summary"]}
    assert item["urls"]["en"].endswith(f"/en/guidelines/1/{guideline.slug_en}/")
    assert item["urls"]["fr"].endswith(f"/fr/lignes-directrices/1/{guideline.slug_fr}/")
    [group] = item["practices_by_stakeholder"]
    assert group["stakeholder"] == {
        "key": "host-states",
        "name": {
            "en": group["stakeholder"]["name"]["en"],
            "fr": group["stakeholder"]["name"]["fr"],
        },
        "parent": "states",
    }
    assert len(group["practices"]) == 1  # the draft practice is left out


def test_files_have_url_language_size_and_checksum(client, content):
    [factsheet] = client.get("/api/v1/factsheets").json()["results"]
    [tool] = factsheet["tools"]
    english = next(f for f in tool["files"] if f["language"] == "en")
    assert english["size"] == len(PDF_EN)
    assert english["sha256"] == hashlib.sha256(PDF_EN).hexdigest()
    assert english["url"].endswith(f"/en/tools/{content['tool'].slug}/en/download/")
    assert {f["language"] for f in tool["files"]} == {"en", "fr"}


def test_checksums_are_computed_once_per_file(client, content, monkeypatch):
    client.get("/api/v1/factsheets")
    monkeypatch.setattr(hashlib, "file_digest", lambda *a: pytest.fail("read again"))
    assert client.get("/api/v1/factsheets").status_code == 200


# Filters --------------------------------------------------------------------------


@pytest.fixture
def repository(db):
    preparedness = CrisisPhaseFactory(key="preparedness")
    response = CrisisPhaseFactory(key="emergency-response")
    states = StakeholderTypeFactory(key="states")
    host = StakeholderTypeFactory(key="host-states", parent=states)
    civil = StakeholderTypeFactory(key="civil-society")
    g1, g2 = GuidelineFactory(number=1), GuidelineFactory(number=2)
    hidden = GuidelineFactory(number=3, status="draft")
    RepositoryPracticeFactory(
        countries=["SN"],
        guidelines=[g1],
        phases=[preparedness],
        stakeholder_types=[host],
        start_year=2015,
    )
    RepositoryPracticeFactory(
        countries=["ML", "SN"],
        guidelines=[g1, g2],
        phases=[response],
        stakeholder_types=[states],
        crisis_natural_disaster=True,
    )
    RepositoryPracticeFactory(
        countries=["PH"],
        guidelines=[g2, hidden],
        stakeholder_types=[civil],
        practice_type="hotline",
        start_year=2010,
        end_year=2012,
    )
    RepositoryPracticeFactory(
        countries=["TH"], guidelines=[hidden], crisis_conflict=False, crisis_natural_disaster=True
    )
    RepositoryPracticeFactory(countries=["SN"], guidelines=[g1], status="draft")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "guideline=1",
        "guideline=2",
        "guideline=1&guideline=2",
        "phase=preparedness",
        "stakeholder=states",
        "stakeholder=civil-society&stakeholder=host-states",
        "crisis=natural-disaster",
        "crisis=conflict&guideline=2",
        "country=SN",
        "country=sn&country=PH",
        "region=011",
        "region=035",
        "type=hotline",
        "type=training&region=011",
    ],
)
def test_filters_match_the_public_page_counts(client, repository, query, lang):
    page = client.get(page_path(lang, f"/practices/?{query}"))
    api_response = client.get(f"/api/v1/practices?{query}")
    assert api_response.json()["count"] == page.context["total"]


def test_year_filter_keeps_practices_running_that_year(client, repository):
    assert client.get("/api/v1/practices?year=2011").json()["count"] == 1
    assert client.get("/api/v1/practices?year=2020").json()["count"] == 1  # ongoing since 2015
    assert client.get("/api/v1/practices?year=2011&year=2016").json()["count"] == 2


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("guideline=99", "guideline"),
        ("guideline=one", "guideline"),
        ("crisis=flood", "crisis"),
        ("country=XX", "country"),
        ("region=999", "region"),
        ("type=magic", "type"),
        ("year=3000", "year"),
        ("page=0", "page"),
        ("page_size=1000", "page_size"),
        ("phase=nowhere", "phase"),
        ("stakeholder=nobody", "stakeholder"),
        ("guidline=1", "guidline"),
    ],
)
def test_bad_parameters_are_400_naming_the_parameter(client, repository, query, parameter):
    response = client.get(f"/api/v1/practices?{query}")
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "bad_parameter"
    assert body["detail"][0]["parameter"] == parameter
    assert body["detail"][0]["message"]


def test_pages_link_to_the_next_in_a_stable_order(client, repository):
    first = client.get("/api/v1/practices?page_size=3&country=SN&country=ML&country=PH&country=TH")
    body = first.json()
    assert body["count"] == 4 and body["previous"] is None
    assert "page=2" in body["next"] and "page_size=3" in body["next"]
    second = client.get(body["next"]).json()
    assert second["next"] is None and second["previous"]
    ids = [p["id"] for p in body["results"] + second["results"]]
    assert ids == sorted(ids) and len(set(ids)) == 4


# HTTP ---------------------------------------------------------------------------------


def test_etag_gives_304(client, content):
    response = client.get("/api/v1/practices")
    etag = response["ETag"]
    again = client.get("/api/v1/practices", headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_last_modified_gives_304(client, content):
    response = client.get("/api/v1/guidelines/1")
    again = client.get(
        "/api/v1/guidelines/1", headers={"If-Modified-Since": response["Last-Modified"]}
    )
    assert again.status_code == 304


def test_cors_is_open_for_the_api_only(client, content):
    origin = {"Origin": "https://partner.example"}
    response = client.get("/api/v1/phases", headers=origin)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Origin" not in client.get("/en/", headers=origin)
    preflight = client.options(
        "/api/v1/phases",
        headers={
            **origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match",
        },
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_too_many_requests_get_429_with_retry_after(client, content, monkeypatch):
    monkeypatch.setattr(api.throttle[0], "num_requests", 3)
    for _ in range(3):
        assert client.get("/api/v1/phases").status_code == 200
    response = client.get("/api/v1/phases")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    # Per address: another client is still served.
    assert client.get("/api/v1/phases", REMOTE_ADDR="10.0.0.2").status_code == 200


def test_docs_page_loads_nothing_from_other_hosts(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html


# Query counts ---------------------------------------------------------------------------


def _make(n):
    phase = CrisisPhaseFactory(key="preparedness")
    kind = StakeholderTypeFactory(key=f"kind-{n}", parent=StakeholderTypeFactory())
    guidelines = [GuidelineFactory(phase=phase, number=i + 1) for i in range(min(n, 15))]
    for i in range(n):
        GuidelinePracticeFactory(guideline=guidelines[i % len(guidelines)], stakeholder_type=kind)
        RepositoryPracticeFactory(
            countries=["SN", "ML"],
            guidelines=guidelines[:2],
            phases=[phase],
            stakeholder_types=[kind],
        )
        ToolFactory()
        OutcomeDocumentFactory()
    for number in range(1, min(n, 10) + 1):
        PrincipleFactory(number=number)
    ConsultationFactory()


@pytest.mark.parametrize("amount", [2, 20])
@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/api/v1/phases", 3),
        ("/api/v1/principles", 2),
        ("/api/v1/guidelines", 3),
        ("/api/v1/guidelines/1", 2),
        ("/api/v1/practices", 5),
        ("/api/v1/practices?guideline=1&phase=preparedness&region=011", 6),
        ("/api/v1/factsheets", 4),
        ("/api/v1/consultations", 4),
    ],
)
def test_query_count_is_constant(client, db, django_assert_max_num_queries, amount, path, queries):
    _make(amount)
    client.get(path)  # checksums are computed on a first visit only
    with django_assert_max_num_queries(queries):
        response = client.get(path)
    assert response.status_code == 200
    assert json.loads(response.content)
