"""Qt's own words that its Chinese catalogue (qtbase_zh_CN) lacks in this Qt version, listed so our catalogue
carries them: the file dialog's labels gained mnemonics ('&Look in:') after the catalogue was last translated,
and a folder's type is looked up with a disambiguation it has no entry for. Qt looks them up itself."""

from PySide6.QtCore import QCoreApplication


def qt_words() -> list[str]:
    """The words as the interface language says them now (the tests check that none is left in English)."""
    return [QCoreApplication.translate("QFileDialog", "&Look in:"),
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms")]
