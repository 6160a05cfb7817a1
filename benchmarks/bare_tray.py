"""The reference for the tray's memory: a bare PySide6 program showing one tray icon."""

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

app = QApplication(sys.argv)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("teal"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
app.exec()
