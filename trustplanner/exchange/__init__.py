"""Export and import: everything in the store as one documented, versioned JSON file.

Imports are checked whole before anything is written, and written in one
transaction, so a file is either imported completely or not at all.
"""
