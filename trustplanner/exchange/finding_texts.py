"""What is wrong with an import file, in plain words for the person who chose it."""

from __future__ import annotations

from trustplanner.exchange.checking import Finding, ImportRejected, Problem
from trustplanner.words.light import translate


def _what(finding: Finding) -> str:
    detail = [str(value) for value in finding.detail]
    texts = {
        Problem.NOT_READABLE: translate("import", "the file cannot be read (%1)"),
        Problem.TOO_LARGE: translate(
            "import", "the file is larger than %1 MB, too large to be an export"
        ),
        Problem.NOT_JSON: translate("import", "this is not a JSON file (the problem is on line %1)")
        if finding.detail and finding.detail[0]
        else translate("import", "this is not a JSON text file"),
        Problem.TOO_DEEP: translate("import", "the file is nested too deeply to be an export"),
        Problem.NOT_AN_EXPORT: translate("import", "this is not a Trust Planner export"),
        Problem.UNKNOWN_VERSION: translate(
            "import",
            "this export has format version %1, and this Trust Planner reads version %2; "
            "a newer Trust Planner may read it",
        ),
        Problem.UNKNOWN_PART: translate("import", "there is no part called “%1” in an export"),
        Problem.NOT_A_LIST: translate("import", "should be a list of records"),
        Problem.NOT_AN_OBJECT: translate("import", "should be a record with named fields"),
        Problem.TOO_MANY: translate("import", "holds more than %1 records"),
        Problem.UNKNOWN_FIELD: translate("import", "is not a field that an export has"),
        Problem.MISSING: translate("import", "is missing"),
        Problem.NOT_TEXT: translate("import", "should be text"),
        Problem.EMPTY_TEXT: translate("import", "should not be empty"),
        Problem.TOO_LONG: translate("import", "is longer than %1 characters"),
        Problem.NOT_WHOLE: translate("import", "should be a whole number"),
        Problem.OUT_OF_RANGE: translate("import", "should be a whole number from %1 to %2"),
        Problem.NOT_A_NUMBER: translate("import", "should be a number"),
        Problem.NOT_TRUE_OR_FALSE: translate("import", "should be true or false"),
        Problem.NOT_A_DAY: translate(
            "import", "should be a date written as YYYY-MM-DD, from 1970 to 2200"
        ),
        Problem.NOT_A_TIME: translate(
            "import", "should be a date and time, like 2026-11-25T09:10:00+01:00"
        ),
        Problem.NOT_A_CHOICE: translate("import", "should be one of: %1"),
        Problem.BAD_TAGS: translate(
            "import", "should be a list of at most %1 tags of at most %2 characters"
        ),
        Problem.SAME_ID: translate(
            "import", "uses %1, which an earlier record of this kind uses too"
        ),
        Problem.NO_SUCH_RECORD: translate("import", "refers to %1, which is not in the file"),
        Problem.IN_A_CIRCLE: translate("import", "leads back to the record itself"),
        Problem.ENDING_HALF_GIVEN: translate(
            "import", "an ending needs both its outcome and its time"
        ),
        Problem.BAD_SETTING: translate("import", "%1 is not a value this setting can have"),
        Problem.REFUSED: translate("import", "the data folder refused a record (%1)"),
        Problem.BROKEN_TEXT: translate(
            "import", "holds a broken character (half of a pair), so it cannot be kept as text"
        ),
        Problem.CONTROL_IN_NAME: translate(
            "import", "holds a control character, which a name cannot have"
        ),
        Problem.NOT_A_CLOCK_TIME: translate("import", "should be a time of day, such as 19:00"),
    }
    text = texts[finding.problem]
    for number, value in enumerate(detail, start=1):
        text = text.replace(f"%{number}", value)
    return text


def finding_text(finding: Finding) -> str:
    """One finding as a line: where it is, then what is wrong."""
    what = _what(finding)
    if finding.kind and finding.number:
        where = (
            translate("import", "%1, record %2, “%3”")
            .replace("%1", finding.kind)
            .replace("%2", str(finding.number))
            .replace("%3", finding.field)
            if finding.field
            else translate("import", "%1, record %2")
            .replace("%1", finding.kind)
            .replace("%2", str(finding.number))
        )
    elif finding.kind or finding.field:
        where = " ".join(
            part for part in (finding.kind, f"“{finding.field}”" if finding.field else "") if part
        )
    else:
        return what
    return f"{where}: {what}"


def rejection_lines(rejected: ImportRejected) -> list[str]:
    """Every finding as a line, and how many more there were."""
    lines = [finding_text(finding) for finding in rejected.findings]
    if rejected.more:
        more = rejected.more  # a plain name: pyside6-lupdate misses a count written otherwise
        lines.append(translate("import", "and %n more problem(s) like these", None, more))
    return lines


def rejection_summary(rejected: ImportRejected) -> str:
    """The first finding, and how many more there are: for one line on the command line."""
    first = finding_text(rejected.findings[0])
    more = len(rejected.findings) - 1 + rejected.more
    if not more:
        return first
    return translate("import", "%1 (and %n more problem(s))", None, more).replace("%1", first)
