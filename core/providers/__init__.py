"""Our litellm custom providers: `fake/` (scriptable test double) and `local/` (in-process GGUF)."""
