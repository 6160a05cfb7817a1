"""Keeping two of the person's computers in step through a folder they already sync.

Each computer writes only its own files there (sync/segments.py): numbered segments of
its changes, each written whole and carrying a checksum, stamped with hybrid logical
clocks (domain/hlc.py) so that every computer orders them alike. No server of ours.
"""
