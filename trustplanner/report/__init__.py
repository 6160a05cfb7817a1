"""Progress reports: gathered from the store (content), written in words (words), laid out
as a document with charts (document, chart_images) and put on pages (pages, pdf).

Only `content` is free of Qt; the rest is imported when a report is first asked for.
"""
