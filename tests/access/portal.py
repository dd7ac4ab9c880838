#!/usr/bin/python3
"""A stand-in for the desktop portal's file chooser, on the session bus of the access test.

It owns org.freedesktop.portal.Desktop, answers the FileChooser's `version` and `SaveFile` as
xdg-desktop-portal does (a request handle, then the `Response` signal on it), and always "chooses"
ANSWER, after WAIT seconds, as a person would after looking. What the game asked (title, name,
folder, filters) goes to RECORD as JSON.

usage: portal.py ANSWER RECORD [WAIT]
"""

import json
import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.freedesktop.portal.FileChooser">
    <method name="SaveFile">
      <arg type="s" name="parent_window" direction="in"/>
      <arg type="s" name="title" direction="in"/>
      <arg type="a{sv}" name="options" direction="in"/>
      <arg type="o" name="handle" direction="out"/>
    </method>
    <property name="version" type="u" access="read"/>
  </interface>
</node>
"""

answer, record = sys.argv[1], sys.argv[2]
wait = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
loop = GLib.MainLoop()


def text(value):
    """A portal option as JSON can hold it (a folder comes as bytes ending in a zero)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).rstrip(b"\0").decode(errors="replace")
    if isinstance(value, list) and all(isinstance(b, int) for b in value):
        return bytes(value).rstrip(b"\0").decode(errors="replace")
    return value


def on_call(conn, sender, path, interface, method, params, invocation):
    if method != "SaveFile":
        invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)
        return
    _parent, title, options = params.unpack()
    token = options.get("handle_token", "t")
    handle = "/org/freedesktop/portal/desktop/request/%s/%s" % (
        sender[1:].replace(".", "_"),
        token,
    )
    with open(record, "w") as f:
        json.dump({"title": title, "options": {k: text(v) for k, v in options.items()}}, f)
    invocation.return_value(GLib.Variant("(o)", (handle,)))

    def respond():
        results = {"uris": GLib.Variant("as", ["file://" + answer])}
        conn.emit_signal(
            sender,
            handle,
            "org.freedesktop.portal.Request",
            "Response",
            GLib.Variant("(ua{sv})", (0, results)),
        )
        return False

    GLib.timeout_add(int(wait * 1000), respond)


def on_get(conn, sender, path, interface, prop):
    return GLib.Variant("u", 3)


def on_bus(conn, name):
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    conn.register_object("/org/freedesktop/portal/desktop", info, on_call, on_get, None)


def on_name(conn, name):
    print("portal: ready", flush=True)


def on_lost(conn, name):
    print("portal: could not own the name", flush=True)
    loop.quit()


Gio.bus_own_name(
    Gio.BusType.SESSION,
    "org.freedesktop.portal.Desktop",
    Gio.BusNameOwnerFlags.NONE,
    on_bus,
    on_name,
    on_lost,
)
loop.run()
