"""Form helpers shared by every app: NL Design System classes and accessible error states on widgets."""

import copy

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.forms import renderers
from django.template import TemplateDoesNotExist
from django.utils import formats
from django.utils.text import capfirst
from django.utils.translation import gettext

from regie.datums import DatumBereik, heeft_datumbereik
from regie.opmaak import bedrag

WIDGET_CLASSES = {
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "utrecht-radio-button utrecht-radio-button--html-input",
}
TEXTBOX_CLASS = "utrecht-textbox utrecht-textbox--html-input"


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class UtrechtFormMixin:
    """Adds the design-system classes and a plausible date range to every date field (``regie.datums``), and after
    validation marks invalid fields for assistive technology."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if isinstance(field, (forms.DateField, forms.DateTimeField)) and not heeft_datumbereik(field.validators):
                field.validators = [*field.validators, DatumBereik(field.label or name)]
            _grensmeldingen(field, name)
            widget = field.widget
            css = next((c for kind, c in WIDGET_CLASSES.items() if isinstance(widget, kind)), TEXTBOX_CLASS)
            widget.attrs["class"] = f"{widget.attrs.get('class', '')} {css}".strip()
            described_by = [f"{self.prefix + '-' if self.prefix else ''}{name}-beschrijving"] if field.help_text else []
            if described_by:
                widget.attrs["aria-describedby"] = " ".join(described_by)

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                widget.attrs["class"] += " utrecht-textbox--invalid"
                error_id = f"{self.add_prefix(name)}-fout"
                existing = widget.attrs.get("aria-describedby", "")
                widget.attrs["aria-describedby"] = f"{existing} {error_id}".strip()


def _grens(field, waarde) -> str:
    """A limit as people read it: an amount (two decimals) as € 0,00, another number with a decimal comma."""
    if isinstance(field, forms.DecimalField) and field.decimal_places == 2:
        return bedrag(waarde)
    return formats.number_format(waarde, use_l10n=True)


def _grensmeldingen(field, name: str) -> None:
    """Minimum and maximum messages that name the field and write the limit the Regie way ("minstens € 0,00"),
    unless the form chose its own message. Each validator gets its own message: a field may carry several."""
    if not isinstance(field, (forms.DecimalField, forms.IntegerField, forms.FloatField)):
        return
    veld = capfirst(str(field.label or name))
    validators = []
    for validator in field.validators:
        if isinstance(validator, MinValueValidator) and "min_value" not in field.error_messages:
            tekst = gettext("%(veld)s: vul minstens %(grens)s in.")
        elif isinstance(validator, MaxValueValidator) and "max_value" not in field.error_messages:
            tekst = gettext("%(veld)s: vul hoogstens %(grens)s in.")
        else:
            validators.append(validator)
            continue
        eigen = copy.copy(validator)
        # Django fills the message's parameters in afterwards, so a literal % is doubled.
        eigen.message = (tekst % {"veld": veld, "grens": _grens(field, validator.limit_value)}).replace("%", "%%")
        validators.append(eigen)
    field.validators = validators


class WidgetRenderer(renderers.Jinja2):
    """Form widgets through Django's own Jinja2 widget templates (the same HTML, in about a third of the time);
    a widget that ships only a Django template (such as the admin's read-only password hash) falls back to it."""

    def get_template(self, template_name):
        try:
            return super().get_template(template_name)
        except TemplateDoesNotExist:
            return _django_templates.get_template(template_name)


_django_templates = renderers.DjangoTemplates()
