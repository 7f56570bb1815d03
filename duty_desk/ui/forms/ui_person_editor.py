# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(PersonEditor)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(PersonEditor)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(PersonEditor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.titleEditLabel = QLabel(PersonEditor)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(PersonEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.organisationComboLabel = QLabel(PersonEditor)
        self.organisationComboLabel.setObjectName(u"organisationComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationComboLabel)

        self.organisationCombo = QComboBox(PersonEditor)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.officeEditLabel = QLabel(PersonEditor)
        self.officeEditLabel.setObjectName(u"officeEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeEditLabel)

        self.officeEdit = QLineEdit(PersonEditor)
        self.officeEdit.setObjectName(u"officeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.mobileEditLabel = QLabel(PersonEditor)
        self.mobileEditLabel.setObjectName(u"mobileEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mobileEditLabel)

        self.mobileEdit = QLineEdit(PersonEditor)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.officePhoneEditLabel = QLabel(PersonEditor)
        self.officePhoneEditLabel.setObjectName(u"officePhoneEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officePhoneEditLabel)

        self.officePhoneEdit = QLineEdit(PersonEditor)
        self.officePhoneEdit.setObjectName(u"officePhoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.officePhoneEdit)

        self.securePhoneEditLabel = QLabel(PersonEditor)
        self.securePhoneEditLabel.setObjectName(u"securePhoneEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.securePhoneEditLabel)

        self.securePhoneEdit = QLineEdit(PersonEditor)
        self.securePhoneEdit.setObjectName(u"securePhoneEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.securePhoneEdit)

        self.leaderCheckLabel = QLabel(PersonEditor)
        self.leaderCheckLabel.setObjectName(u"leaderCheckLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.leaderCheckLabel)

        self.leaderCheck = QCheckBox(PersonEditor)
        self.leaderCheck.setObjectName(u"leaderCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.leaderCheck)

        self.notesEditLabel = QLabel(PersonEditor)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(PersonEditor)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PersonEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PersonEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.organisationComboLabel.setBuddy(self.organisationCombo)
        self.officeEditLabel.setBuddy(self.officeEdit)
        self.mobileEditLabel.setBuddy(self.mobileEdit)
        self.officePhoneEditLabel.setBuddy(self.officePhoneEdit)
        self.securePhoneEditLabel.setBuddy(self.securePhoneEdit)
        self.leaderCheckLabel.setBuddy(self.leaderCheck)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.officeEdit)
        QWidget.setTabOrder(self.officeEdit, self.mobileEdit)
        QWidget.setTabOrder(self.mobileEdit, self.officePhoneEdit)
        QWidget.setTabOrder(self.officePhoneEdit, self.securePhoneEdit)
        QWidget.setTabOrder(self.securePhoneEdit, self.leaderCheck)
        QWidget.setTabOrder(self.leaderCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(PersonEditor)

        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.nameEditLabel.setText(QCoreApplication.translate("PersonEditor", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("PersonEditor", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.organisationComboLabel.setText(QCoreApplication.translate("PersonEditor", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisationCombo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.officeEditLabel.setText(QCoreApplication.translate("PersonEditor", u"O&ffice", None))
#if QT_CONFIG(accessibility)
        self.officeEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Office", None))
#endif // QT_CONFIG(accessibility)
        self.mobileEditLabel.setText(QCoreApplication.translate("PersonEditor", u"&Mobile", None))
#if QT_CONFIG(accessibility)
        self.mobileEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Mobile", None))
#endif // QT_CONFIG(accessibility)
        self.mobileEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"e.g. 139 0000 0001", None))
        self.officePhoneEditLabel.setText(QCoreApplication.translate("PersonEditor", u"Office &phone", None))
#if QT_CONFIG(accessibility)
        self.officePhoneEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Office phone", None))
#endif // QT_CONFIG(accessibility)
        self.officePhoneEdit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"e.g. 010-6519 2233", None))
        self.securePhoneEditLabel.setText(QCoreApplication.translate("PersonEditor", u"&Secure line", None))
#if QT_CONFIG(accessibility)
        self.securePhoneEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Secure line", None))
#endif // QT_CONFIG(accessibility)
        self.leaderCheckLabel.setText(QCoreApplication.translate("PersonEditor", u"&Leader", None))
#if QT_CONFIG(accessibility)
        self.leaderCheck.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Leader", None))
#endif // QT_CONFIG(accessibility)
        self.leaderCheck.setText(QCoreApplication.translate("PersonEditor", u"Municipal or unit leader (shown first)", None))
        self.notesEditLabel.setText(QCoreApplication.translate("PersonEditor", u"Not&es", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Error message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

