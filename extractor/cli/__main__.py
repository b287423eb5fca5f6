"""``python -m extractor.cli``: the same as the ``extractor`` console script."""

from extractor.cli import main

main()
