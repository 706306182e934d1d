"""Regie: one dossier for rechtmatigheid and doelmatigheid."""

__version__ = "0.1.0"
