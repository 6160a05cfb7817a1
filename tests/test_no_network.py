"""Trust Planner never opens a network connection, and the suite fails if anything tries."""

import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import trustplanner

# The single-instance handover uses QLocalSocket, which never leaves the computer.
NETWORK_NAMES = re.compile(
    r"\b(?:import|from) (?:urllib|http|requests|socket|ssl|ftplib|smtplib)\b"
    r"|\b(?:QNetworkAccessManager|QTcpSocket|QUdpSocket|QSslSocket|QWebSocket|QDnsLookup)\b"
)


def test_the_guard_stops_a_connection_in_the_suite():
    with pytest.raises(RuntimeError, match="network"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with pytest.raises(RuntimeError, match="network address"):
        socket.getaddrinfo("example.org", 443)


def test_the_guard_stops_a_connection_in_every_program_the_suite_starts():
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "NetworkUsed: Trust Planner" in result.stderr


def test_local_sockets_stay_allowed():
    left, right = socket.socketpair()
    left.sendall(b"ok")
    assert right.recv(2) == b"ok"
    left.close(), right.close()


def test_the_code_uses_no_network_module():
    package = Path(trustplanner.__file__).parent
    found = [
        f"{path.relative_to(package)}: {match.group(0)}"
        for path in package.rglob("*.py")
        for match in NETWORK_NAMES.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
