"""Every item model passes Qt's model tester, empty, filled and while it changes."""

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from trustplanner.domain.agreements import Agreement, Item, ItemState, Outcome
from trustplanner.store.plans import SaidNo
from trustplanner.ui.plan.plan_model import ESTIMATE, STATUS, TITLE, PlanModel, PlanRow, plan_rows
from trustplanner.ui.plan.steps_model import Step, StepsModel
from trustplanner.ui.review.agreement_model import ENDING, AgreementModel, ReviewRow
from trustplanner.ui.review.said_no_model import SaidNoModel

DAY = dt.date(2026, 11, 25)
MADE = dt.datetime(2026, 11, 25, 8, tzinfo=dt.UTC)


def items(*minutes):
    return [Item(i + 10, f"Item {i}", m, DAY, ItemState.PLANNED) for i, m in enumerate(minutes)]


def agreements(*outcomes):
    return [
        Agreement(i + 1, None, f"Agreement {i}", 15, DAY, MADE, outcome)
        for i, outcome in enumerate(outcomes)
    ]


def test_plan_model(qtmodeltester):
    model = PlanModel()
    qtmodeltester.check(model)
    model.set_rows(plan_rows(items(10, None, 120), agreements(None, Outcome.KEPT), 30))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    # agreements come first, then the items to choose from
    assert model.index(0, TITLE).data() == "Agreement 0"
    assert model.index(1, STATUS).data() == "Kept"
    assert model.index(3, ESTIMATE).data() == "—"
    assert model.index(3, STATUS).data() == "Needs an estimate"
    assert model.index(4, STATUS).data() == ""  # a mark, not a word on every big row
    assert model.index(4, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(4, ESTIMATE).data() == "2 h"
    assert model.flags(model.index(2, TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable
    model.set_rows(plan_rows(items(10), [], 30))
    qtmodeltester.check(model)
    # The rest of a long plan, added at the end.
    model.append_rows(plan_rows(items(20, 40), [], 30))
    qtmodeltester.check(model)
    assert [model.index(row, ESTIMATE).data() for row in range(3)] == ["10 min", "20 min", "40 min"]
    model.append_rows([])
    assert model.rowCount() == 3


def test_plan_model_updates_in_place_when_the_same_rows_change(qtbot):
    model = PlanModel()
    model.set_rows(plan_rows(items(10, 20), [], 30))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_rows(plan_rows(items(10, 45), [], 30))
    assert model.index(1, ESTIMATE).data() == "45 min"
    with qtbot.waitSignal(model.modelReset):
        model.set_rows(plan_rows(items(10), [], 30))


def test_plan_model_asks_its_editor_and_reports_refusals(qtbot):
    seen = []

    def editor(row: PlanRow, column: int, text: str):
        seen.append((row.id, column, text))
        return "nope" if text == "bad" else None

    model = PlanModel(editor)
    model.set_rows(plan_rows(items(10), [], 30))
    assert model.setData(model.index(0, ESTIMATE), "20 min")
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, TITLE), "bad")
    assert refused.args == ["nope"]
    assert seen == [(10, ESTIMATE, "20 min"), (10, TITLE, "bad")]


def test_agreement_model(qtmodeltester):
    model = AgreementModel(DAY)
    qtmodeltester.check(model)
    old, new = agreements(Outcome.RENEGOTIATED, None)
    new = Agreement(2, None, "Agreement 1", 15, DAY + dt.timedelta(days=1), MADE)
    model.set_rows([ReviewRow(old, new), ReviewRow(agreements(Outcome.DIDNT_HAPPEN)[0])], DAY)
    qtmodeltester.check(model)
    assert model.index(0, ENDING).data().startswith("Renegotiated · to ")
    assert model.index(1, ENDING).data() == "Didn't happen"
    assert model.index(0, 0).data() == "Today"


def test_said_no_model(qtmodeltester):
    model = SaidNoModel(DAY)
    qtmodeltester.check(model)
    model.set_rows(
        [
            SaidNo("moved", "Clean", MADE, DAY + dt.timedelta(days=1), "busy"),
            SaidNo("let_go", "Novel", MADE, None, None),
        ],
        DAY,
    )
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Moved to tomorrow: Clean (busy)"
    assert model.index(1, 0).data() == "Let go: Novel"


def test_steps_model_inserts_removes_and_refuses_bad_edits(qtmodeltester, qtbot):
    model = StepsModel([Step("Start", 10), Step("Rest", 30)], 30)
    qtmodeltester.check(model)
    assert model.insertRows(1, 2)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.removeRows(0, 1)
    assert not model.removeRows(5, 1)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.problem) as problem:
        assert not model.setData(model.index(0, 1), "0")
    assert "more than 0" in problem.args[0]
    with qtbot.waitSignal(model.problem):
        assert not model.setData(model.index(0, 0), "   ")
    assert model.setData(model.index(0, 1), "1h30")
    assert model.steps[0].minutes == 90
    assert model.total == 90 + 15 + 30
    assert not model.insertRows(1, 1, model.index(0, 0))  # a table has no children
    assert model.rowCount(QModelIndex()) == 3
