"""The reference for the start of the window: a bare PySide6 program with an empty QMainWindow."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(900, 650)
window.show()
app.exec()
