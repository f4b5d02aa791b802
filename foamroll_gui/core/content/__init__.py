"""The content: what the app teaches, read from YAML into frozen, validated objects.

``model`` (the typed content), ``yaml_source`` (safe YAML that keeps line numbers),
``loader`` (files to model, every problem named), ``cache`` (the start-up cache) and ``cards``
(plain-text renderings for the terminal). Knows nothing of figures or pictures.
"""
