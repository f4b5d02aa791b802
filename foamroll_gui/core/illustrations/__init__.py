"""Step pictures: each technique step posed on the figure (``content/poses/<muscle>.yaml``).

``step_pictures`` (the typed pictures and their frames), ``arrows`` (how a movement is shown),
``pose_file`` (reading the YAML) and ``checks`` (is every keyframe physically sensible).
"""
