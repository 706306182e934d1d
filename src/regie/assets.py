"""Static files: the few files the pages take from npm packages, and the storage that fingerprints them for production.

The NL Design System packages ship whole ``dist`` folders. Some files there point at images the package does not ship
(``background-image-icon.css`` in ``@utrecht/design-tokens`` asks for ``pijltje.svg``), which stops ``collectstatic``
with a ``MissingFileError`` and leaves every page without its manifest entries. So Regie collects only the files its
templates use (``settings.REGIE_VENDOR_STATIC``: public name to file), and the storage tolerates, with a warning, a
missing reference inside those vendor files only; a broken reference in Regie's own CSS still stops the build.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import utils
from django.contrib.staticfiles.finders import BaseFinder
from django.core import checks
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage

logger = logging.getLogger(__name__)

VENDOR_PREFIX = "vendor/"


class VendorFinder(BaseFinder):
    """Finds exactly the files listed in ``settings.REGIE_VENDOR_STATIC``, for runserver and for collectstatic."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.files: dict[str, Path] = {name: Path(path) for name, path in settings.REGIE_VENDOR_STATIC.items()}

    def check(self, **kwargs):
        problems = []
        for name, path in self.files.items():
            if not name.startswith(VENDOR_PREFIX):
                problems.append(
                    checks.Error(f"{name}: bestanden uit npm-pakketten staan onder {VENDOR_PREFIX}.", id="regie.E101")
                )
            elif not path.is_file():
                # Production without the file would answer every page with a 500; the demo only misses its styling.
                niveau = checks.Error if getattr(settings, "PRODUCTION", False) else checks.Warning
                problems.append(
                    niveau(
                        f"{path} ontbreekt (nodig voor {name}).",
                        hint="Installeer de npm-pakketten met 'npm ci' in de map van Regie.",
                        id="regie.E102",
                    )
                )
        return problems

    def find(self, path, find_all=False, **kwargs):
        found = self.files.get(path)
        if found is None or not found.is_file():
            return []  # as Django's finders do: an empty list, never None
        return [str(found)] if find_all else str(found)

    def list(self, ignore_patterns):
        for name, path in self.files.items():
            if not path.is_file() or utils.matches_patterns(name, ignore_patterns or []):
                continue
            storage = FileSystemStorage(location=str(path.parent))
            storage.prefix = name.rsplit("/", 1)[0]
            yield path.name, storage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's fingerprinted, compressed storage; a missing ``url()`` target in a vendor file is only logged.

    The reference is then left as it was: the browser asks for a file that is not there (a 404 for a decoration),
    instead of the whole build failing on a package's mistake.
    """

    def url_converter(self, name, hashed_files, template=None):
        converter = super().url_converter(name, hashed_files, template)
        if not name.replace("\\", "/").startswith(VENDOR_PREFIX):
            return converter

        def tolerant(matchobj):
            try:
                return converter(matchobj)
            except ValueError:
                logger.warning(
                    "%s verwijst naar %s, dat niet bestaat; de verwijzing blijft ongewijzigd.",
                    name,
                    matchobj.group("url"),
                )
                return matchobj.group("matched")

        return tolerant
