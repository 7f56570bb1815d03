"""Every validation sentence the domain and services raise, marked so lupdate puts it in the .ts files.

tests/ui/test_translations.py checks this list against the templates used in the code.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "password must be at least {n} characters long"),
    QT_TRANSLATE_NOOP("Validation", "password must not start or end with a space"),
    QT_TRANSLATE_NOOP("Validation", "user name is required"),
    QT_TRANSLATE_NOOP("Validation", "user name must be 2-32 letters, digits, '.', '_' or '-'"),
    QT_TRANSLATE_NOOP("Validation", "a user named {name} already exists"),
    QT_TRANSLATE_NOOP("Validation", "a display name is required"),
    QT_TRANSLATE_NOOP("Validation", "an administrator already exists; log in instead"),
    QT_TRANSLATE_NOOP("Validation", "no user named {name}"),
    QT_TRANSLATE_NOOP("Validation", "the two passwords differ"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "a phone number may contain only digits, spaces, '-', '()', a leading '+' and an extension of up to 6 digits"
    ),
    QT_TRANSLATE_NOOP("Validation", "an international number needs 8 to 15 digits"),
    QT_TRANSLATE_NOOP("Validation", "a service or secure-line number has at least 3 digits"),
    QT_TRANSLATE_NOOP("Validation", "a mobile number has 11 digits starting with 13-19"),
    QT_TRANSLATE_NOOP("Validation", "a fixed-line number has 6 to 12 digits (area code included)"),
    QT_TRANSLATE_NOOP("Validation", "at most {limit} characters"),
    QT_TRANSLATE_NOOP("Validation", "the organisation's name is required"),
    QT_TRANSLATE_NOOP("Validation", "unknown district code {code}"),
    QT_TRANSLATE_NOOP("Validation", "the person's name is required"),
    QT_TRANSLATE_NOOP("Validation", "that organisation no longer exists"),
    QT_TRANSLATE_NOOP("Validation", "an organisation named {name} already exists"),
    QT_TRANSLATE_NOOP("Validation", "that person was removed from the directory"),
    QT_TRANSLATE_NOOP("Validation", "that person was already removed from the directory"),
    QT_TRANSLATE_NOOP("Validation", "{org} still has {count} people; move or remove them first"),
    QT_TRANSLATE_NOOP("Validation", "this conflict was already resolved"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "this data folder has real accounts; demo data goes only into an empty or demo folder (duty-desk --demo)",
    ),
    QT_TRANSLATE_NOOP("Validation", "contains invisible control characters; retype it"),
    QT_TRANSLATE_NOOP("Validation", "a display name has at most 100 characters"),
    QT_TRANSLATE_NOOP("Validation", "choose one of the two values for this field"),
    # directory CSV import
    QT_TRANSLATE_NOOP("Validation", "unknown kind {value}; use one of {kinds}"),
    QT_TRANSLATE_NOOP(
        "Validation", "unknown district {value}; use its code or name, e.g. 110105 or 朝阳区 or Chaoyang"
    ),
    QT_TRANSLATE_NOOP("Validation", "{value} is not yes/no (是/否, true/false, 1/0)"),
    QT_TRANSLATE_NOOP("Validation", "{count} cell(s) outside the header's columns"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not organisation or person (单位/人员)"),
    QT_TRANSLATE_NOOP("Validation", "not used for an organisation"),
    QT_TRANSLATE_NOOP("Validation", "not used for a person"),
    QT_TRANSLATE_NOOP("Validation", "{name} is already on line {line}"),
    QT_TRANSLATE_NOOP("Validation", "no organisation named {name} in the file or directory"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "the directory holds {count} people named {name} in that organisation; tidy them up in the app first",
    ),
    # reporting deadline rules (resources/rules/deadlines.toml)
    QT_TRANSLATE_NOOP("Validation", "a number of minutes is required"),
    QT_TRANSLATE_NOOP("Validation", "must be a whole number of minutes from 1 to {max}"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a time of day like 08:00"),
    QT_TRANSLATE_NOOP("Validation", "not a valid TOML file: {problem}"),
    QT_TRANSLATE_NOOP("Validation", "give at least one time of day, e.g. [\"08:00\", \"17:00\"]"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not one of I, II, III, IV"),
    QT_TRANSLATE_NOOP("Validation", "this level is missing"),
    QT_TRANSLATE_NOOP("Validation", "the telephone report cannot be due after the written one"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not daily or as_new_facts"),
    QT_TRANSLATE_NOOP("Validation", "unknown setting {name}"),
    # incidents
    QT_TRANSLATE_NOOP("Validation", "say in a few words what happened"),
    QT_TRANSLATE_NOOP("Validation", "the report cannot have been received in the future"),
    QT_TRANSLATE_NOOP("Validation", "the incident cannot have happened in the future"),
    QT_TRANSLATE_NOOP("Validation", "a number of people, 0 or more"),
    QT_TRANSLATE_NOOP("Validation", "no such incident"),
    QT_TRANSLATE_NOOP("Validation", "not a field of an incident"),
    QT_TRANSLATE_NOOP("Validation", "give the reason for closing"),
    QT_TRANSLATE_NOOP("Validation", "the incident already has that status"),
    QT_TRANSLATE_NOOP("Validation", "say what is new"),
    QT_TRANSLATE_NOOP("Validation", "say whom the report went to"),
    QT_TRANSLATE_NOOP("Validation", "no incident numbered {number}"),
    QT_TRANSLATE_NOOP("Validation", "an incident cannot duplicate itself"),
    QT_TRANSLATE_NOOP("Validation", "give a limit between 1 and {limit}"),
    QT_TRANSLATE_NOOP("Validation", "the end of the date range must come after its start"),
    QT_TRANSLATE_NOOP("Validation", "the file needs a name"),
    QT_TRANSLATE_NOOP("Validation", "the file name has at most {limit} characters"),
    QT_TRANSLATE_NOOP("Validation", "the file {name} is empty"),
    QT_TRANSLATE_NOOP("Validation", "{name} is {size} MB; attachments may be at most {limit} MB"),
    QT_TRANSLATE_NOOP("Validation", "no such attachment"),
    QT_TRANSLATE_NOOP("Validation", "{name} has not fully arrived yet ({have} of {total} parts); sync and try again"),
    QT_TRANSLATE_NOOP("Validation", "{name} is damaged: its content does not match the digest taken when it was added"),
)
