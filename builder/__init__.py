"""kutipan's builder: quote, speaker and stance records from Indonesian news text."""
from builder.clean import clean
from builder.extract import extract, extract_body
from builder.schema import QUOTE_TYPES, SPEAKER_KINDS, STANCES, Quote

__all__ = ["QUOTE_TYPES", "SPEAKER_KINDS", "STANCES", "Quote", "clean", "extract", "extract_body"]
