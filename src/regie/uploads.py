"""Uploads with a hard size limit that is enforced while the request body streams in.

Django's own handlers keep a large upload on disk and let the view check its size afterwards, so a 600 MB upload is
read completely before anyone says "too large". ``BegrensdeUploadHandler`` keeps files in memory only up to
``REGIE_MAX_UPLOAD_BYTES`` for the whole request and stops reading the body as soon as that is passed. The view then
calls ``bestanden(request)``: a file that was too large comes back as an empty ``TeGrootBestand`` whose ``size`` says
how much was received, so the form's size check answers with its Dutch message instead of "choose a file".
"""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopFutureHandlers, StopUpload
from django.utils.datastructures import MultiValueDict


def max_upload_bytes() -> int:
    return int(getattr(settings, "REGIE_MAX_UPLOAD_BYTES", 2 * 1024 * 1024))


class TeGrootBestand(InMemoryUploadedFile):
    """Stands in for a file whose upload was stopped; it has no content and ``te_groot`` is True."""

    te_groot = True

    def __init__(self, field_name: str, name: str, ontvangen: int):
        super().__init__(BytesIO(b""), field_name, name or "bestand", "application/octet-stream", ontvangen, None)


class BegrensdeUploadHandler(FileUploadHandler):
    """Keeps uploaded files in memory up to the limit for the whole request; beyond it, stops reading the body."""

    def __init__(self, request=None):
        super().__init__(request)
        self.limiet = max_upload_bytes()
        self.ontvangen = 0
        self.buffer: BytesIO | None = None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.buffer = BytesIO()
        raise StopFutureHandlers

    def receive_data_chunk(self, raw_data, start):
        self.ontvangen += len(raw_data)
        if self.ontvangen > self.limiet:
            if self.request is not None:
                self.request.upload_te_groot = (self.field_name, self.file_name, self.ontvangen)
            # connection_reset: Django does not read the rest of the body; the server closes the connection.
            raise StopUpload(connection_reset=True)
        self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size):
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


def bestanden(request) -> MultiValueDict:
    """``request.FILES``, with a ``TeGrootBestand`` in place of a file whose upload was stopped for its size."""
    files = request.FILES
    te_groot = getattr(request, "upload_te_groot", None)
    if not te_groot:
        return files
    veld, naam, ontvangen = te_groot
    kopie = files.copy()
    kopie[veld] = TeGrootBestand(veld, naam, ontvangen)
    return kopie
