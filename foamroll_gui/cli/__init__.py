"""Terminal commands that need no window (each module adds one sub-command)."""
