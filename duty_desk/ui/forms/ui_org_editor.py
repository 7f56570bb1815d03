# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'org_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrgEditor(object):
    def setupUi(self, OrgEditor):
        if not OrgEditor.objectName():
            OrgEditor.setObjectName(u"OrgEditor")
        OrgEditor.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(OrgEditor)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(OrgEditor)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(OrgEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindComboLabel = QLabel(OrgEditor)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(OrgEditor)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.districtComboLabel = QLabel(OrgEditor)
        self.districtComboLabel.setObjectName(u"districtComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.districtComboLabel)

        self.districtCombo = QComboBox(OrgEditor)
        self.districtCombo.setObjectName(u"districtCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.districtCombo)

        self.phoneEditLabel = QLabel(OrgEditor)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(OrgEditor)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.dutyPhoneEditLabel = QLabel(OrgEditor)
        self.dutyPhoneEditLabel.setObjectName(u"dutyPhoneEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dutyPhoneEditLabel)

        self.dutyPhoneEdit = QLineEdit(OrgEditor)
        self.dutyPhoneEdit.setObjectName(u"dutyPhoneEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dutyPhoneEdit)

        self.addressEditLabel = QLabel(OrgEditor)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(OrgEditor)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.notesEditLabel = QLabel(OrgEditor)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(OrgEditor)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(OrgEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(OrgEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.districtComboLabel.setBuddy(self.districtCombo)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.dutyPhoneEditLabel.setBuddy(self.dutyPhoneEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.districtCombo)
        QWidget.setTabOrder(self.districtCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.dutyPhoneEdit)
        QWidget.setTabOrder(self.dutyPhoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(OrgEditor)

        QMetaObject.connectSlotsByName(OrgEditor)
    # setupUi

    def retranslateUi(self, OrgEditor):
        OrgEditor.setWindowTitle(QCoreApplication.translate("OrgEditor", u"Organisation", None))
        self.nameEditLabel.setText(QCoreApplication.translate("OrgEditor", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("OrgEditor", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.districtComboLabel.setText(QCoreApplication.translate("OrgEditor", u"&District", None))
#if QT_CONFIG(accessibility)
        self.districtCombo.setAccessibleName(QCoreApplication.translate("OrgEditor", u"District", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEditLabel.setText(QCoreApplication.translate("OrgEditor", u"&Switchboard", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Switchboard", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("OrgEditor", u"e.g. 010-6519 2233", None))
        self.dutyPhoneEditLabel.setText(QCoreApplication.translate("OrgEditor", u"D&uty phone", None))
#if QT_CONFIG(accessibility)
        self.dutyPhoneEdit.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Duty phone", None))
#endif // QT_CONFIG(accessibility)
        self.addressEditLabel.setText(QCoreApplication.translate("OrgEditor", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.notesEditLabel.setText(QCoreApplication.translate("OrgEditor", u"Not&es", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("OrgEditor", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

