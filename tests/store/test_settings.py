from trustplanner.domain.settings import Settings
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
