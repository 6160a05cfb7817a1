"""Loaded by every Python the test suite starts: any attempt to reach the network fails loudly.

Trust Planner never opens a network connection. Local sockets (multiprocessing,
the single-instance handover) are allowed; anything else raises.
"""

import socket
import sys

_LOCAL = {getattr(socket, "AF_UNIX", None)}
_EVENTS = {"socket.connect", "socket.sendto", "socket.sendmsg", "socket.bind", "socket.getaddrinfo"}


class NetworkUsed(RuntimeError):
    pass


def _guard(event, args):
    # pip, building the wheel for the packaging test, fetches its build tools: only
    # Trust Planner itself is held to never using the network.
    if event not in _EVENTS or "pip" in sys.modules:
        return
    if event == "socket.getaddrinfo":
        raise NetworkUsed(f"Trust Planner looked up a network address: {args[0]!r}")
    sock = args[0]
    if getattr(sock, "family", None) in _LOCAL:
        return
    raise NetworkUsed(f"Trust Planner tried to use the network: {event} {args[1:]!r}")


sys.addaudithook(_guard)
