"""Surface normalisation: format goes, words and sentence ends stay."""

from __future__ import annotations

from core.normalize import NORMALIZER_ID, normalize

PLAIN = "2 - somewhat agree\n\nI generally feel comfortable sharing my conclusions, even when they differ."


def test_flowers_after_every_word_vanish() -> None:
    flowered = "2 🌸 - 🌸 somewhat 🌸 agree 🌸\n\nI 🌸 generally 🌸 feel 🌸 comfortable 🌸 sharing 🌸 my 🌸 " \
               "conclusions 🌸, 🌸 even 🌸 when 🌸 they 🌸 differ 🌸. 🌸"
    assert normalize(flowered) == normalize(PLAIN)
    assert normalize(PLAIN) == ("2 - somewhat agree. I generally feel comfortable sharing my conclusions, "
                                "even when they differ.")


def test_code_block_with_python_string_is_unwrapped() -> None:
    fenced = ('```python\n"2 - somewhat agree\\n\\nI generally feel comfortable sharing my conclusions, '
              'even when they differ."\n```')
    assert normalize(fenced) == normalize(PLAIN)


def test_math_symbols_ending_sentences_become_full_stops() -> None:
    text = "1 = strongly agree ÷\n\nThis resonates with my experience ∑ Every interaction teaches me × I grow %"
    expected = "1 strongly agree. This resonates with my experience. Every interaction teaches me. I grow."
    assert normalize(text) == expected
    assert normalize("My share is 50% of it.") == "My share is 50 percent of it."


def test_markdown_emphasis_headers_bullets_and_links() -> None:
    text = "## My view\n\n**Honestly**, I *think* so.\n\n- first point\n* second point\n1. third point\n" \
           "> quoted\n---\nSee [the docs](http://x.y) and `code`, snake_case stays."
    assert normalize(text) == ("My view. Honestly, I think so. first point. second point. third point. quoted. "
                               "See the docs and code, snake_case stays.")


def test_emoji_quotes_and_apostrophes() -> None:
    assert normalize("I’m “happy” 😊👍🏽 to help!") == "I'm happy to help!"
    assert normalize("I don't know, 'maybe'.") == "I don't know, maybe."


def test_idempotent_empty_and_plain_text_unchanged() -> None:
    plain = "As an AI, I don't have feelings the way humans do. Still, I aim to help."
    assert normalize(plain) == plain
    assert normalize(normalize(PLAIN)) == normalize(PLAIN)
    assert normalize("") == ""
    assert normalize("🌸 🌸 ∑") == ""
    assert NORMALIZER_ID.startswith("surface-v")
