from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trustplanner.domain.settings import Settings
from trustplanner.store.evidence import half_life_days
from trustplanner.store.settings import load_settings, save_settings


def test_a_new_store_has_the_defaults(store):
    assert load_settings(store) == Settings()


def test_settings_are_saved_and_read_back(store):
    changed = Settings(capacity_minutes=(180, 180, 180, 180, 120, 60, 0), max_step_minutes=20)
    save_settings(store, changed)
    assert load_settings(store) == changed


def test_a_damaged_value_falls_back_to_its_default(store):
    save_settings(store, Settings(max_step_minutes=20))
    with store.action():
        store.update("settings", "capacity_minutes", value="{not json")
    assert load_settings(store) == Settings(max_step_minutes=20)


stored_texts = st.one_of(
    st.integers(-10, 200).map(str),
    st.sampled_from(["14.0", "true", "null", '"14"', "[14]", "{}", "not json", "1e1"]),
    st.text(max_size=8),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=stored_texts)
def test_the_half_life_read_alone_is_the_one_all_settings_give(store, text):
    with store.action():
        store.upsert("settings", {"key": "half_life_days", "value": text})
    assert half_life_days(store) == load_settings(store).half_life_days
