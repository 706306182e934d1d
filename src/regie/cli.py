"""The ``regie`` command.

Engine commands (``bereken``, ``mi``, ``match``) run without Django so they start fast and work on plain files;
every other word is handed to Django's management commands (``regie migrate``, ``regie demo``, ``regie runserver``).
"""

import importlib
import os
import sys

# Each engine command lives next to its engine; imported lazily so one engine's dependencies never slow another.
ENGINE_COMMANDS = {
    "bereken": "regie.rules.cli",
    "mi": "regie.mi.cli",
    "match": "regie.matching.cli",
    "oefen": "regie.mi.oefen.cli",
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ENGINE_COMMANDS:
        module = importlib.import_module(ENGINE_COMMANDS[argv[0]])
        return int(module.main(argv[1:]) or 0)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regie.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["regie", *argv])
    return 0


if __name__ == "__main__":
    sys.exit(main())
