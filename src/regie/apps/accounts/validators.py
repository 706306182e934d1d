"""Password rules beyond Django's: a long password of one repeated character is still a weak password."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class GevarieerdWachtwoordValidator:
    """Refuses passwords with too few different characters ("aaaaaaaaaaaa", "abababababab") or a long run of one
    character ("wachtwoord1111111")."""

    def __init__(self, min_verschillend: int = 6, max_herhaling: int = 3):
        self.min_verschillend = min_verschillend
        self.max_herhaling = max_herhaling
        self._herhaling = re.compile(r"(.)\1{" + str(max_herhaling) + ",}", re.DOTALL)

    def validate(self, password, user=None):
        fouten = []
        if len(set(password)) < self.min_verschillend:
            fouten.append(
                ValidationError(
                    ngettext(
                        "Dit wachtwoord bevat te weinig verschillende tekens: gebruik er minstens %(aantal)d.",
                        "Dit wachtwoord bevat te weinig verschillende tekens: gebruik er minstens %(aantal)d.",
                        self.min_verschillend,
                    ),
                    code="te_weinig_verschillende_tekens",
                    params={"aantal": self.min_verschillend},
                )
            )
        if self._herhaling.search(password):
            fouten.append(
                ValidationError(
                    _("Dit wachtwoord herhaalt hetzelfde teken te vaak achter elkaar: hoogstens %(aantal)d keer."),
                    code="herhaald_teken",
                    params={"aantal": self.max_herhaling},
                )
            )
        if fouten:
            raise ValidationError(fouten)

    def get_help_text(self):
        return _(
            "Uw wachtwoord bevat minstens %(verschillend)d verschillende tekens en niet meer dan %(herhaling)d keer "
            "hetzelfde teken achter elkaar."
        ) % {"verschillend": self.min_verschillend, "herhaling": self.max_herhaling}
