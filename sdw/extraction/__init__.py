"""Linguistic extraction from Arabic news: normalize, dates, places, events, tallies."""
