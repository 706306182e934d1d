"""Cursor pagination: no COUNT over large tables, stable pages while rows are added."""

from rest_framework.pagination import CursorPagination


class Cursor(CursorPagination):
    ordering = "pk"
    page_size = 50
    page_size_query_param = "aantal"
    max_page_size = 200
    cursor_query_param = "cursor"
    invalid_cursor_message = "Ongeldige cursor: gebruik de link ‘volgende’ of ‘vorige’ uit het vorige antwoord."
