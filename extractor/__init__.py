"""Extract grounded, validated meeting records from multilingual news articles."""

__version__ = "0.1.0"
