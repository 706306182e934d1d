"""Filters per resource (query parameters); a wrong value answers 400 naming the parameter."""

import django_filters as df
from django import forms
from django.db.models import Q

from regie.apps.dossier.models import Contactmoment, Huishouden, Inwoner
from regie.apps.gesprekken.models import Gesprek
from regie.apps.inkomen.models import Berekening
from regie.apps.participatie.models import Plaatsing, Plek
from regie.apps.plan.models import Doel, Plan


class IdFilter(df.NumberFilter):
    """A database id: a whole number that fits the column, so no value can overflow the query."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=1, max_value=2**63 - 1, **kwargs)


class InwonerFilter(df.FilterSet):
    postcode = df.CharFilter(field_name="postcode", lookup_expr="iexact", max_length=7)
    wijk = IdFilter(field_name="wijk_id")

    class Meta:
        model = Inwoner
        fields = ["postcode", "wijk"]


class HuishoudenFilter(df.FilterSet):
    inwoner = IdFilter(field_name="inwoner_id")
    geldig_op = df.DateFilter(method="filter_geldig_op", label="geldig op (JJJJ-MM-DD)")

    class Meta:
        model = Huishouden
        fields = ["inwoner", "geldig_op"]

    def filter_geldig_op(self, queryset, name, value):
        return queryset.filter(Q(geldig_vanaf__lte=value) & (Q(geldig_tot__isnull=True) | Q(geldig_tot__gte=value)))


class PlanFilter(df.FilterSet):
    inwoner = IdFilter(field_name="inwoner_id")

    class Meta:
        model = Plan
        fields = ["inwoner"]


class DoelFilter(df.FilterSet):
    inwoner = IdFilter(field_name="plan__inwoner_id")

    class Meta:
        model = Doel
        fields = ["inwoner", "status", "leefgebied"]


class ContactmomentFilter(df.FilterSet):
    inwoner = IdFilter(field_name="inwoner_id")
    vanaf = df.DateFilter(field_name="datum", lookup_expr="gte")
    tot = df.DateFilter(field_name="datum", lookup_expr="lte")

    class Meta:
        model = Contactmoment
        fields = ["inwoner", "soort", "vanaf", "tot"]


class BerekeningFilter(df.FilterSet):
    inwoner = IdFilter(field_name="inwoner_id")
    peildatum_vanaf = df.DateFilter(field_name="peildatum", lookup_expr="gte")
    peildatum_tot = df.DateFilter(field_name="peildatum", lookup_expr="lte")

    class Meta:
        model = Berekening
        fields = ["inwoner", "peildatum_vanaf", "peildatum_tot"]


class PlekFilter(df.FilterSet):
    wijk = IdFilter(field_name="wijk_id")

    class Meta:
        model = Plek
        fields = ["actief", "wijk"]


class PlaatsingFilter(df.FilterSet):
    inwoner = IdFilter(field_name="inwoner_id")
    plek = IdFilter(field_name="plek_id")

    class Meta:
        model = Plaatsing
        fields = ["inwoner", "plek", "status"]


class GesprekFilter(df.FilterSet):
    inwoner = IdFilter(field_name="inwoner_id")

    class Meta:
        model = Gesprek
        fields = ["inwoner"]
