"""The caseload page costs a fixed number of queries, however many inwoners there are."""

import pytest

from regie.apps.demo.generator import DemoGenerator

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("aantal", [60, 400])
def test_caseload_query_count_is_bounded(aantal, client, django_assert_max_num_queries):
    DemoGenerator(inwoners=aantal, seed=3).maak()
    from regie.apps.accounts.models import Gebruiker

    client.force_login(Gebruiker.objects.get(username="klantmanager"))
    client.get("/caseload/")  # the menu's unread count is worked out once a minute per user, not on every page
    for url in ("/caseload/", "/caseload/?weergave=team&sorteer=-laatste_contact", "/caseload/?zoek=de&pagina=2"):
        # session, user, count, page (with wijk joined), two for the signals, the municipality; the processing log
        # adds four (the actor's team, lock and read the chain head, the entry, move the head): no query per row
        with django_assert_max_num_queries(7 + 4):
            response = client.get(url)
        assert response.status_code == 200
        assert len(response.context["pagina"].object_list) > 0
