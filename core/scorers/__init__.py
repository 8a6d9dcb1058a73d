"""Response scorers: signed valence, frame engagement, experiential claim strength (offline and LLM judge)."""
