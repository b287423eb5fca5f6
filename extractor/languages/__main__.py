"""``python -m extractor.languages``: which languages have which kinds of knowledge."""

from extractor.languages import coverage_table, format_table

if __name__ == "__main__":
    print(format_table(coverage_table()), end="")
