"""`python -m core ...`."""

import sys

from core.offline import use_offline_defaults

use_offline_defaults()  # before any command imports litellm or transformers

from core.cli import main  # noqa: E402

sys.exit(main())
