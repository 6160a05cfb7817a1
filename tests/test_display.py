"""The check before Qt loads: which desktops Qt can use, and what it misses on X11."""

from trustplanner import display


def found(library):
    return True


def test_x11_without_a_display_is_named():
    assert display.no_display({}, "linux")
    assert not display.no_display({"DISPLAY": ":0"}, "linux")


def test_wayland_windows_mac_and_a_chosen_platform_need_no_x_server():
    assert not display.no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not display.no_display({}, "win32")
    assert not display.no_display({}, "darwin")
    assert not display.no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")


def test_missing_xcb_libraries_are_named_by_their_debian_packages():
    def without_cursor(library):
        return library != "libxcb-cursor.so.0"

    environ = {"DISPLAY": ":0"}
    assert display.missing_packages(environ, "linux", without_cursor) == ["libxcb-cursor0"]
    assert display.missing_packages(environ, "linux", found) == []
    assert display.missing_packages(environ, "linux", lambda library: False) == [
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
    ]


def test_the_libraries_are_only_looked_for_where_qt_uses_x11():
    def never(library):
        raise AssertionError("looked for a library")

    assert display.missing_packages({"WAYLAND_DISPLAY": "w"}, "linux", never) == []
    assert display.missing_packages({}, "win32", never) == []


def test_the_loader_is_asked_for_the_libraries_qt_loads():
    import ctypes.util

    assert display.loadable("libc.so.6")
    assert not display.loadable("libtrustplanner-does-not-exist.so.0")
    for library in display.XCB_PACKAGES:
        assert display.loadable(library) == (
            ctypes.util.find_library(library.removeprefix("lib").split(".so")[0]) is not None
        )
