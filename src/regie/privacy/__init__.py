"""Pure engine: imports nothing from Django."""
