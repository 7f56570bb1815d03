"""Loading the Chinese or English translation, and translating messages that come from the domain layer."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from duty_desk.domain.sentence import Sentence
from duty_desk.domain.validation import FieldError
from duty_desk.domain.vocabulary import Language
from duty_desk.paths import resource

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    if setting != "system":
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(language: str) -> str:
    """Replace the installed translators; returns the language in force ('zh_CN' or 'en')."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = resolve_language(language)
    ours = QTranslator()
    if ours.load(str(resource("translations", f"duty_desk_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()  # Qt's own strings (standard buttons) where Qt ships them
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_GB"))
    return lang


def is_chinese() -> bool:
    return bool(_installed) and QLocale().language() == QLocale.Language.Chinese


def language() -> Language:
    """The interface language, in which the vocabulary's labels are shown and printouts are made."""
    return Language.ZH if is_chinese() else Language.EN


def said(text: str) -> str:
    """A service's Sentence in the interface language, translated whole then filled; other text as it is."""
    if isinstance(text, Sentence):
        return QCoreApplication.translate("Validation", text.template).format(**text.params)
    return text


def field_message(error: FieldError) -> str:
    """Translate the whole sentence first, then fill in its values (never glue translated fragments)."""
    template = QCoreApplication.translate("Validation", error.template)
    return template.format(**dict(error.params))
