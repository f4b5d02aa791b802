"""Step pictures: each technique step posed on the figure (``content/poses/<muscle>.yaml``).

``step_pictures`` (the typed pictures and their frames), ``arrows`` (how a movement is shown),
``pose_file`` (reading the YAML), ``checks`` (is every keyframe physically sensible) and
``word_checks`` (does every picture show what its step's text says).
"""
