"""Qt widgets: one widget per file, each handed the core object it shows."""
