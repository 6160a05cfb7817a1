"""Printing and saving progress reports from the window."""
