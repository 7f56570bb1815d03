"""Every validation sentence the domain and services raise, marked so lupdate puts it in the .ts files.

tests/ui/test_translations.py checks this list against the templates used in the code.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "password must be at least {n} characters long"),
    QT_TRANSLATE_NOOP("Validation", "password must not start or end with a space"),
    QT_TRANSLATE_NOOP("Validation", "password must mix at least {n} of upper case, lower case, digits and symbols"),
    QT_TRANSLATE_NOOP("Validation", "password must not contain the user name"),
    QT_TRANSLATE_NOOP("Validation", "password must differ from the last {n} passwords"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "the combined administrator role is no longer given; choose the system, security or audit administrator"
    ),
    QT_TRANSLATE_NOOP("Validation", "you cannot change your own account's role or state"),
    QT_TRANSLATE_NOOP("Validation", "user name is required"),
    QT_TRANSLATE_NOOP("Validation", "user name must be 2-32 letters, digits, '.', '_' or '-'"),
    QT_TRANSLATE_NOOP("Validation", "a user named {name} already exists"),
    QT_TRANSLATE_NOOP("Validation", "a display name is required"),
    QT_TRANSLATE_NOOP("Validation", "an administrator already exists; log in instead"),
    QT_TRANSLATE_NOOP("Validation", "no user named {name}"),
    QT_TRANSLATE_NOOP(
        "Validation", "the account's role {role} is unknown to this version of Duty Desk; it cannot log in here"
    ),
    QT_TRANSLATE_NOOP("Validation", "the two passwords differ"),
    QT_TRANSLATE_NOOP(
        "Validation",
        "a phone number may contain only digits, spaces, '-', '()', a leading '+' and an extension of up to 6 digits"
    ),
    QT_TRANSLATE_NOOP("Validation", "an international number needs 8 to 15 digits"),
    QT_TRANSLATE_NOOP("Validation", "a service or secure-line number has at least 3 digits"),
    QT_TRANSLATE_NOOP("Validation", "a mobile number has 11 digits starting with 13-19"),
    QT_TRANSLATE_NOOP("Validation", "a fixed-line number has 6 to 12 digits (area code included)"),
    QT_TRANSLATE_NOOP("Validation", "a mobile number has no extension"),
    QT_TRANSLATE_NOOP("Validation", "a fixed line is its area code then the number, e.g. 010-12345678"),
    QT_TRANSLATE_NOOP("Validation", "an organisation's line is a fixed line with its area code (010-12345678) or a "
                                    "service number such as 12345"),
    QT_TRANSLATE_NOOP("Validation", "a secure line is a number of 3 to 8 digits, or a fixed line with its area "
                                    "code"),
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
    QT_TRANSLATE_NOOP("Validation", "the incident cannot have happened after the report of it was received"),
    QT_TRANSLATE_NOOP("Validation", "a time before {year} cannot be right; check the date"),
    QT_TRANSLATE_NOOP("Validation", "the report cannot have been made in the future"),
    QT_TRANSLATE_NOOP("Validation", "the report cannot have been made before the incident was received ({received})"),
    QT_TRANSLATE_NOOP("Validation", "a number of people, 0 or more"),
    QT_TRANSLATE_NOOP("Validation", "no such incident"),
    QT_TRANSLATE_NOOP("Validation", "not a field of an incident"),
    QT_TRANSLATE_NOOP("Validation", "give the reason for closing"),
    QT_TRANSLATE_NOOP("Validation", "give the reason for lowering the severity"),
    QT_TRANSLATE_NOOP("Validation", "the incident already has that status"),
    QT_TRANSLATE_NOOP("Validation", "it already has that status"),
    QT_TRANSLATE_NOOP("Validation", "cannot go from {state} to {target}"),
    QT_TRANSLATE_NOOP("Validation", "cannot {name} from {state}"),
    QT_TRANSLATE_NOOP("Validation", "no such step: {name}"),
    QT_TRANSLATE_NOOP("Validation", "say what is new"),
    QT_TRANSLATE_NOOP("Validation", "say whom the report went to"),
    QT_TRANSLATE_NOOP("Validation", "no incident numbered {number}"),
    QT_TRANSLATE_NOOP("Validation", "an incident cannot duplicate itself"),
    QT_TRANSLATE_NOOP("Validation", "give a limit between 1 and {limit}"),
    QT_TRANSLATE_NOOP("Validation", "the end of the date range must come after its start"),
    QT_TRANSLATE_NOOP("Validation", "the file {name} is empty"),
    QT_TRANSLATE_NOOP("Validation", "{name} is {size} MB; attachments may be at most {limit} MB"),
    QT_TRANSLATE_NOOP("Validation", "no such attachment"),
    QT_TRANSLATE_NOOP("Validation", "{name} has not fully arrived yet ({have} of {total} parts); sync and try again"),
    QT_TRANSLATE_NOOP("Validation", "{name} is damaged: its content does not match the digest taken when it was added"),
    QT_TRANSLATE_NOOP("Validation", "give the pattern a name"),
    QT_TRANSLATE_NOOP("Validation", "a shift needs 1 to 20 duty officers"),
    QT_TRANSLATE_NOOP("Validation", "the shifts must add up to 24 hours"),
    QT_TRANSLATE_NOOP("Validation", "each shift must start when the one before ends"),
    QT_TRANSLATE_NOOP("Validation", "the end date is before the start date"),
    QT_TRANSLATE_NOOP("Validation", "no one is listed for {position}"),
    QT_TRANSLATE_NOOP("Validation", "a pattern is 24-hour duty or day and night shifts"),
    QT_TRANSLATE_NOOP("Validation", "no such shift pattern"),
    QT_TRANSLATE_NOOP("Validation", "{count} listed people are not in the directory"),
    QT_TRANSLATE_NOOP("Validation", "no such duty"),
    QT_TRANSLATE_NOOP("Validation", "that person is not in the directory"),
    QT_TRANSLATE_NOOP("Validation", "the end is before the start"),
    QT_TRANSLATE_NOOP("Validation", "a swap needs two different people on duty"),
    QT_TRANSLATE_NOOP("Validation", "this swap request was already decided"),
    QT_TRANSLATE_NOOP("Validation", "sign in or sign out"),
    QT_TRANSLATE_NOOP("Validation", "at most {days} days at a time"),
    QT_TRANSLATE_NOOP("Validation", "give days between 2000 and 2199"),
    QT_TRANSLATE_NOOP("Validation", "the format is pdf, ics or csv"),
    QT_TRANSLATE_NOOP("Validation", "{person} would be on two duties at once ({at})"),
    QT_TRANSLATE_NOOP("Validation", "{person} would rest less than {hours} hours before the duty at {at}"),
    QT_TRANSLATE_NOOP("Validation", "{person} is on leave at {at}"),
    QT_TRANSLATE_NOOP("Validation", "the file has no {column} column"),
    QT_TRANSLATE_NOOP("Validation", "no shift pattern named {name}"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a day like 2026-12-01"),
    QT_TRANSLATE_NOOP("Validation", "the pattern has no shift {value}"),
    QT_TRANSLATE_NOOP("Validation", "unknown position {value}"),
    QT_TRANSLATE_NOOP("Validation", "{name} is not in the directory"),
    QT_TRANSLATE_NOOP("Validation", "{name} is in the directory more than once; keep one"),
    QT_TRANSLATE_NOOP("Validation", "the file holds no duties"),
    QT_TRANSLATE_NOOP("Validation", "the time must lie within the duty and end after it starts"),
    # a directory CSV file that cannot be used at all
    QT_TRANSLATE_NOOP("Validation", "{path} is larger than {mb} MB; is it the right file?"),
    QT_TRANSLATE_NOOP("Validation", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("Validation", "{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or "
                                    "without a BOM, then GB18030); save it from Excel as 'CSV UTF-8'"),
    QT_TRANSLATE_NOOP("Validation", "{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or "
                                    "without a BOM, then GB18030): read as GB18030, line {line} would be "
                                    "“{sample}”, so it is in another encoding (Latin-1?); save it from Excel as "
                                    "'CSV UTF-8'"),
    QT_TRANSLATE_NOOP("Validation", "unknown columns: {columns}"),
    QT_TRANSLATE_NOOP("Validation", "missing columns: {columns}"),
    QT_TRANSLATE_NOOP("Validation", "repeated columns: {columns}"),
    QT_TRANSLATE_NOOP("Validation", "the header should be {header} (or the Chinese column names)"),
    QT_TRANSLATE_NOOP("Validation", "{path} is empty: line 1 must be the header {header}"),
    QT_TRANSLATE_NOOP("Validation", "line {line}: a quote opened here is never closed"),
    QT_TRANSLATE_NOOP("Validation", 'line {line}: a stray quote (a quote inside a cell is written twice: "")'),
    QT_TRANSLATE_NOOP("Validation", "line {line}: not valid CSV ({reason})"),
    QT_TRANSLATE_NOOP("Validation", "line {line}, column {column}: a cell of {length} characters; a cell holds at "
                                    "most {limit}"),
    QT_TRANSLATE_NOOP("Validation", "{path} has a header but no records"),
    QT_TRANSLATE_NOOP("Validation", "cannot write {path}: {reason}"),
    # the data folder and database (storage.StorageError), shown at start-up
    QT_TRANSLATE_NOOP("Validation", "The database {path} cannot be read ({reason}). Check its permissions."),
    QT_TRANSLATE_NOOP("Validation", "{path} is a folder or a device, not a Duty Desk database. It was left "
                                    "untouched; choose another data folder with --data-dir, or move it aside."),
    QT_TRANSLATE_NOOP("Validation", "{path} is another program's database, not a Duty Desk database. It was left "
                                    "untouched; choose another data folder with --data-dir, or move it aside."),
    QT_TRANSLATE_NOOP("Validation", "The database {path} was made by a newer Duty Desk (revision {revision}); "
                                    "install that version. It was left untouched."),
    QT_TRANSLATE_NOOP("Validation", "Cannot create the data folder {folder}: {reason}. Choose another folder with "
                                    "--data-dir."),
    QT_TRANSLATE_NOOP("Validation", "The data folder {folder} is read-only. Make it writable or choose another folder "
                                    "with --data-dir."),
    QT_TRANSLATE_NOOP("Validation", "The database {path} cannot be read and written. Check its permissions."),
    QT_TRANSLATE_NOOP("Validation", "The database {path} is damaged or is not a Duty Desk database ({reason}). It was "
                                    "left untouched; restore it from a backup or move it aside."),
    QT_TRANSLATE_NOOP("Validation", "The database {path} failed its integrity check ({reason}). It was left "
                                    "untouched; restore it from a backup or move it aside."),
    QT_TRANSLATE_NOOP("Validation", "The database {path} needs an upgrade: run 'duty-desk db upgrade'."),
    QT_TRANSLATE_NOOP("Validation", "the database could not be written just now ({reason}); nothing was saved, try "
                                    "again"),
    # the office's rules
    QT_TRANSLATE_NOOP("Validation", "must be between {low} and {high}"),
    # separation of duties and least privilege: what a role may not do, and why not on this record
    QT_TRANSLATE_NOOP("Validation", "a duty is signed in or out between {start} and {end}"),
    QT_TRANSLATE_NOOP("Validation", "only the person on a duty signs in or out of it"),
    QT_TRANSLATE_NOOP("Validation", "only one of the two people on duty asks for their swap"),
    QT_TRANSLATE_NOOP("Validation", "another shift leader decides a swap one asked for or is part of"),
    # the audit trail's check: what it found, and how far it could reach (services.audit_check)
    QT_TRANSLATE_NOOP("Validation", "not linked to a server: only local checks (another workstation's removed "
                                    "latest entries cannot be found offline)"),
    QT_TRANSLATE_NOOP("Validation", "checked against the server's heads as of {time}"),
    QT_TRANSLATE_NOOP("Validation", "the server could not be reached ({reason}): only local checks"),
    QT_TRANSLATE_NOOP("Validation", "audit entry #{seq} of workstation …{site}"),
    QT_TRANSLATE_NOOP("Validation", "audit entry #{seq} of workstation …{site} (id {id})"),
    QT_TRANSLATE_NOOP("Validation", "the audit trail of workstation …{site}"),
    QT_TRANSLATE_NOOP("Validation", "the audit trail (id {id})"),
    QT_TRANSLATE_NOOP("Validation", "the audit trail"),
    QT_TRANSLATE_NOOP("Validation", "this workstation's trail is empty but it made accounts: the trail was wiped"),
    QT_TRANSLATE_NOOP("Validation", "the trail is empty but the database holds accounts: it was wiped"),
    QT_TRANSLATE_NOOP("Validation", "missing (the next entry found is #{seq})"),
    QT_TRANSLATE_NOOP("Validation", "does not follow the entry before it"),
    QT_TRANSLATE_NOOP("Validation", "its content was changed after it was written"),
    QT_TRANSLATE_NOOP("Validation", "workstation …{site} has published no audit key yet: its {n} entries are "
                                    "checked by their hash chain only"),
    QT_TRANSLATE_NOOP("Validation", "workstation …{site} changed its audit key {n} time(s) (at #{at})"),
    QT_TRANSLATE_NOOP("Validation", "not signed by its workstation's key: forged, or the trail was re-chained"),
    QT_TRANSLATE_NOOP("Validation", "this workstation's audit key is not in its keyring: a new key is made and "
                                    "published at its next audited write"),
    QT_TRANSLATE_NOOP("Validation", "the audit key published for this workstation is not the one in its keyring"),
    QT_TRANSLATE_NOOP("Validation", "this workstation holds an audit key but none is published for it: the key row "
                                    "was removed"),
    QT_TRANSLATE_NOOP("Validation", "no OS keyring: this workstation's signing key and head are kept in files in "
                                    "its data folder, so whoever can read that folder could re-sign the trail; "
                                    "only the server's heads protect it then"),
    QT_TRANSLATE_NOOP("Validation", "the latest entries of this workstation were removed (its kept head is #{seq})"),
    QT_TRANSLATE_NOOP("Validation", "differs from the head this workstation kept outside its database"),
    QT_TRANSLATE_NOOP("Validation", "the latest entries of this workstation were removed"),
    QT_TRANSLATE_NOOP("Validation", "differs from the server's record of this chain: re-chained or forged"),
    QT_TRANSLATE_NOOP("Validation", "missing: the server holds this chain up to #{seq}; entries were removed here"),
    QT_TRANSLATE_NOOP("Validation", "workstation …{site}: entries #{first}–#{last} are on the server, not pulled "
                                    "here yet"),
    QT_TRANSLATE_NOOP("Validation", "account {name}: its latest change came from the server without its audit "
                                    "entry yet (next sync)"),
    QT_TRANSLATE_NOOP("Validation", "account {name} is as the server has it: the server refused the change its "
                                    "last audit entry records"),
    QT_TRANSLATE_NOOP("Validation", "account {name} has no audit entry: it was made outside Duty Desk"),
    QT_TRANSLATE_NOOP("Validation", "account {name}: its role, password or active flag was changed outside Duty "
                                    "Desk since this entry"),
    QT_TRANSLATE_NOOP("Validation", "{n} account(s) from before audit digests: their state is checked from their "
                                    "next audited change"),
    QT_TRANSLATE_NOOP("Validation", "a step is { position = \"leader\", minutes = 10 }"),
    QT_TRANSLATE_NOOP("Validation", "name one of position, person, organisation or in_charge"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not leader or secretary_general"),
    QT_TRANSLATE_NOOP("Validation", "give a name from the directory"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a list of I, II, III, IV"),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a category"),
    QT_TRANSLATE_NOOP("Validation", "give at least one [[policy]]"),
    QT_TRANSLATE_NOOP("Validation", "a policy is a table of severity, category and steps"),
    QT_TRANSLATE_NOOP("Validation", "give at least one step"),
    QT_TRANSLATE_NOOP("Validation", "{name} is not in the directory"),
    QT_TRANSLATE_NOOP("Validation", "{name} is in the directory more than once; rename one"),
    QT_TRANSLATE_NOOP("Validation", "no shift pattern has the position {name}"),
    QT_TRANSLATE_NOOP("Validation", "no such escalation"),
    QT_TRANSLATE_NOOP("Validation", "a closed incident is not escalated; reopen it first"),
    QT_TRANSLATE_NOOP("Validation", "this incident is already being escalated"),
    QT_TRANSLATE_NOOP("Validation", "this escalation is no longer in progress"),
    QT_TRANSLATE_NOOP("Validation", "the step due has changed meanwhile; look at it again"),
    QT_TRANSLATE_NOOP("Validation", "the attempt cannot have been made in the future"),
    QT_TRANSLATE_NOOP("Validation", "the attempt cannot have been made before the escalation started ({started})"),
    QT_TRANSLATE_NOOP("Validation", "say why the step is not needed"),
)
