"""The inwoner reports a change with an optional document (PDF or image), checked on its content, not its name."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regie.apps.accounts.permissions import Actie, Categorie, mag
from regie.apps.dossier.models import Inwoner
from regie.forms import DateInput, UtrechtFormMixin
from regie.uploads import max_upload_bytes

from .models import SoortWijziging, Wijziging

# What a file starts with decides what it is; a name ending in .pdf proves nothing.
HANDTEKENINGEN = {
    b"%PDF-": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}


def soort_document(begin: bytes) -> str | None:
    return next((soort for handtekening, soort in HANDTEKENINGEN.items() if begin.startswith(handtekening)), None)


class WijzigingFormulier(UtrechtFormMixin, forms.ModelForm):
    bestand = forms.FileField(
        label=gettext_lazy("Document"),
        required=False,
        help_text=gettext_lazy("Bijvoorbeeld een loonstrook of huurcontract: een PDF of een foto (JPG of PNG)."),
    )

    class Meta:
        model = Wijziging
        fields = ["soort", "ingangsdatum", "omschrijving"]
        widgets = {
            "soort": forms.RadioSelect,
            "ingangsdatum": DateInput,
            "omschrijving": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["soort"].choices = SoortWijziging.choices  # radios without an empty "---------" choice

    def clean_bestand(self):
        bestand = self.cleaned_data.get("bestand")
        if not bestand:
            return None
        if getattr(bestand, "te_groot", False) or bestand.size > max_upload_bytes():
            raise forms.ValidationError(
                _("Het document is te groot. Het mag maximaal %(grootte)s zijn.")
                % {"grootte": filesizeformat(max_upload_bytes())}
            )
        inhoud = bestand.read()
        soort = soort_document(inhoud[:16])
        if soort is None:
            raise forms.ValidationError(_("Stuur een PDF of een foto (JPG of PNG). Dit bestand is geen van beide."))
        return {"naam": bestand.name[:200], "type": soort, "inhoud": inhoud}


@transaction.atomic
def geef_wijziging_door(*, door, inwoner: Inwoner, gegevens: dict) -> Wijziging:
    if not mag(door, Actie.WIJZIGEN, Categorie.FINANCIEEL, inwoner) and inwoner.account_id != door.pk:
        raise PermissionDenied
    bestand = gegevens.pop("bestand", None) or {}
    wijziging = Wijziging(
        inwoner=inwoner,
        gemeld_door=door,
        document=bestand.get("inhoud"),
        document_naam=bestand.get("naam", ""),
        document_type=bestand.get("type", ""),
        **gegevens,
    )
    wijziging.full_clean()
    wijziging.save()
    return wijziging
