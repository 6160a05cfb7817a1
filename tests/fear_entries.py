"""Fear entries for tests: a ladder step's draft, answered as a person would."""

from __future__ import annotations

from trustplanner.domain.fears import FearDraft, FearEntry, FearOutcome


def faced(
    draft: FearDraft,
    before: int | None = None,
    after: int | None = None,
    outcome: FearOutcome = FearOutcome.NOT,
    **more,
) -> FearEntry:
    """The entry the person writes from `draft`: the anxiety before and after (the
    step's expected anxiety unless given) and what happened."""
    expected = draft.expected_anxiety if draft.expected_anxiety is not None else 50
    return FearEntry(
        day=draft.day,
        situation=draft.situation,
        anxiety_before=expected if before is None else before,
        anxiety_after=expected if after is None else after,
        outcome=outcome,
        feared=draft.feared,
        expected_anxiety=draft.expected_anxiety,
        step_id=draft.step_id,
        agreement_id=draft.agreement_id,
        **more,
    )
