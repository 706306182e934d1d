"""Signing in with username and password, and loading the signed-in user on every request.

Django's ``ModelBackend`` with one change: the user of a request comes with their team and municipality in the same
query, as nearly every page (menu, caseload scope, the processing log's organisation) reads them.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class GebruikerBackend(ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        try:
            gebruiker = model._default_manager.select_related("team__gemeente", "gemeente").get(pk=user_id)
        except model.DoesNotExist:
            return None
        return gebruiker if self.user_can_authenticate(gebruiker) else None
