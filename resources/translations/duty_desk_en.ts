<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>About Duty Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Duty Desk {version}&lt;/h3&gt;&lt;p&gt;The duty room&apos;s desktop application: roster, duty log and handover, incidents, escalations and instructions, visitors and the contacts directory. It keeps working without the network.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+7&lt;/b&gt;&lt;/td&gt;&lt;td&gt;go to a panel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous panel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;search in the current panel (Esc in the box clears it)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the panel&apos;s primary action (e.g. add a person)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save a form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cancel a form&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sync with the server now&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settings&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;log out and switch user (Esc at the login quits)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {panel}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…  {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments. Add a photo or a scanned fax with Ctrl+Shift+A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}) — {by}, {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — still arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open it. A copy was saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Attempt: {number}, step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling {whom} ({step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionWatcher</name>
    <message>
        <source>✖ overdue {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ due in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user, action or record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The audit trail is intact: no entry was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ The audit trail was tampered with: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has expired. Choose a new one to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>Chase the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingPanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two workstations changed the same field before either saw the other&apos;s change. The value shown in the app is the provisional winner; both are kept here until a shift leader or administrator decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By, when, where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: no two workstations have changed the same field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shift leader or an administrator can resolve conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refused changes: the server has taken every change from this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows from the server this workstation could not read or store. Sync went on past them; a later good version of the same record replaces each one. Upgrading Duty Desk may make them readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows set aside: every row from the server could be read and stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can resolve conflicts about accounts or the office&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value for {field}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hour is uncovered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) with a required position uncovered.</source>
        <translation>
            <numerusform>%n stretch with a required position uncovered.</numerusform>
            <numerusform>%n stretches with a required position uncovered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineRulesDialog</name>
    <message>
        <source>Reporting deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are counted from when the duty room received the report. Changes apply to every incident&apos;s clocks on every workstation as soon as they are saved (and synced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone report within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written report within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}: telephone report within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}: written report within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day, before the times below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when there are new facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level}: follow-up reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily follow-ups due before (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock turns amber this long before it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unassessed incident&apos;s clocks run as for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot read the office&apos;s rule file, so the default rules apply on this workstation until it is corrected (saving this form replaces it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Return the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What more is needed *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>Creating the demo accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the contacts directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering demo incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing up the duty roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording leaders&apos; instructions and their tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalating demo incidents to the leaders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the leaders&apos; whereabouts and written reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty Desk demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials, title, organisation or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “{text}”. Try pinyin initials (e.g. zw), part of a phone number, or an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is empty. Add a person with Ctrl+N or import a CSV file with Ctrl+I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows need correcting; nothing was imported.

{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {new} new and {updated} changed records ({same} unchanged)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {new} new and {updated} changed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} rows to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyChangeDialog</name>
    <message>
        <source>{position} {name}, {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationPoliciesDialog</name>
    <message>
        <source>Escalation steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each severity (and, if wanted, category): the steps in order, each informing a position on duty (leader, secretary_general), a person or an organisation from the directory by name, or the municipal leader in charge of the category (in_charge), within so many minutes of the step before. Saved for every workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationTab</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;attempt… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on to the next step (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not needed… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}: {step} (call again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody to inform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in progress matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation in progress. Escalate an incident from Incidents with Ctrl+Shift+E; the levels the office chose (I and II by default) start on registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting for: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is step {n} ({step}) not needed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationsPanel</name>
    <message>
        <source>Escalations &amp; instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search instructions, leaders, departments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ feedback overdue {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ feedback due in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ call again: overdue {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ call again in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ escalation step overdue {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ escalation step due in {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty Desk — Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no accounts yet. Create the administrator who will add the duty officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Correct {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is new *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final report (终报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditDialog</name>
    <message>
        <source>Correct {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the &amp;correction *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFilters</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I and II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {what} made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ {what} overdue {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {what} due in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} at {made} (deadline {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{clock} (deadline {due})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DRILL] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary, place, caller, follow-ups (any Chinese from 1 character)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…  {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents registered. When a report comes in, press Ctrl+N and take it down as the caller speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close / reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to leaders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”. Try fewer or shorter words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident matches these filters. Change them, or show everything with Clear filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident to see its clocks and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DRILL] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A further report of {number}: its reporting deadlines are that incident&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reporting deadlines for this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({source}, from {reporter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the follow-up report to correct in the timeline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incidents.</source>
        <translation>
            <numerusform>Exported %n incident.</numerusform>
            <numerusform>Exported %n incidents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>Correct the instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given at *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instruction, word for word *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matter (document, meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident number, e.g. 2026-AB12-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;cident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionTab</name>
    <message>
        <source>&amp;Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the selected instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instructions yet. Record one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print implementation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions &amp; tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ overdue {time} · {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ due in {time} · {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the record of {given}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at} chased {whom} by {means}: {outcome} {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print supervision notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Register incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is looked up in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site commander, contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders on site, &amp;measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a drill (演练): printed with a watermark, never counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly registered already. Choose it to add this call to it as a follow-up report (续报) instead of registering a new incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: a new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sam&amp;e incident as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate incident: register it, lin&amp;ked to the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people have this number; type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: {name}, {title}, {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} ({time}): {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum rest between duties (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderReportDialog</name>
    <message>
        <source>Written report {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {number}; the leaders&apos; whereabouts decide who receives it for an absent leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  {title} — {where}, {acting} acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the l&amp;eaders *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed handling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderReportTab</name>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {at} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}; corrects {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No written reports yet. Draft one from an incident: Incidents → Write to leaders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print written report {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} has already been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {number} as sent to {to} now? It stops the incident&apos;s written-report clock and cannot be edited afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sent report is corrected; edit a draft with Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Leave or unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Demo database: log in as {user} with password {password}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Too many failed attempts: this account is locked until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the system administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed, so you are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty Desk — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the duty room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Duty Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — DEMO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of Duty Desk is not built yet. Until it is, keep this record on paper as before; nothing you do elsewhere in the app is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty log &amp; handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here officers will keep the duty log and hand the watch over to the next shift with a signed handover sheet (交接班记录).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here the reception desk will pre-register official visitors, check them in and out and print their badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out and switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalation steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Duty Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty now and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) overdue</source>
        <translation>
            <numerusform>%n deadline overdue</numerusform>
            <numerusform>%n deadlines overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n deadline(s) overdue — {first}</source>
        <translation>
            <numerusform>✖ %n deadline overdue — {first}</numerusform>
            <numerusform>✖ %n deadlines overdue — {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>Beijing {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgEditor</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 010-6519 2233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgEditorDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(municipal level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations &amp; instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what needs attention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as {name}, {role}.
Data folder: {folder}
{server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention: nothing is overdue or due within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is rostered for now or the next two days. Draw up the roster in Duty roster ({key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is empty. Open Directory ({key}) to add people or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n escalation(s) in progress</source>
        <translation>
            <numerusform>%n escalation in progress</numerusform>
            <numerusform>%n escalations in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n step(s) overdue</source>
        <translation>
            <numerusform>, %n step overdue</numerusform>
            <numerusform>, %n steps overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instruction(s) awaiting tasks</source>
        <translation>
            <numerusform>%n instruction awaiting tasks</numerusform>
            <numerusform>%n instructions awaiting tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision task(s) open</source>
        <translation>
            <numerusform>%n supervision task open</numerusform>
            <numerusform>%n supervision tasks open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({title}): {where}, {acting} acting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({title}): {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every leader on the board is in the office today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up who is on duty…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {url} as workstation {name}; the status bar shows the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: none configured; everything is kept on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DRILL] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody — a gap!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {at}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones: {phones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{orgs} organisations, {people} people, of whom {leaders} leaders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatternDialog</name>
    <message>
        <source>New shift pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and night shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leader in charge of each shift (带班领导)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty secretary-general (值班秘书长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty &amp;officers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrintPreview</name>
    <message>
        <source>Cannot write {file}; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {name} could not be started; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 139 0000 0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 010-6519 2233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secure line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal or unit leader (shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Remove {name} from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Feedback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledged by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What the department reported *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMadeDialog</name>
    <message>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made at *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To whom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterLabels</name>
    <message>
        <source>{position} {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: nobody rostered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty: {now} — from {at}: {next}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duties in this period. An administrator draws up the roster with Ctrl+N; pick a pattern, the people and the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty now and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (接班)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out (交班)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s holidays for {years} are not announced yet: those days are shown as ordinary working days and weekends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{signed_in} signed in (接班) · {signed_out} signed out (交班)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a day&apos;s duty in the grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which duty?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {name} off the duty of {day}? The coverage report will show any gap it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} recorded for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap {name}&apos;s duty on {day} with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap asked for; a shift leader decides it under Swap requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed roster (*.pdf);;Calendar (*.ics);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Draw up the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who rotates through each position, in turn as listed. Leave the weekends and holidays list empty to use the working-day list every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with person number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no shift pattern yet: make one with New pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or make a shift pattern first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one person for {position}, on the working days list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duties would be drawn up.</source>
        <translation>
            <numerusform>%n duty would be drawn up.</numerusform>
            <numerusform>%n duties would be drawn up.</numerusform>
        </translation>
    </message>
    <message>
        <source>China&apos;s holidays for {years} are not announced yet: those days are taken as ordinary working days and weekends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: two duties at once ({at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: less than the minimum rest before the duty at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: on leave at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the roster from {first} to {last}? Duties of this pattern already on those days are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duties saved.</source>
        <translation>
            <numerusform>%n duty saved.</numerusform>
            <numerusform>%n duties saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Locked. {name}, enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as &amp;someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s rules (every workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the system administrator can change the office&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum rest between duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;rest between duties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityDialog</name>
    <message>
        <source>Severity of {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required when lowering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting deadlines are recomputed from the new level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower {number} from {old} to {new}? Its reporting deadlines are recomputed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Duty Desk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwapsDialog</name>
    <message>
        <source>Swap requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} ({a_position}, {a_day}) ⇄ {b} ({b_position}, {b_day}) — asked by {who}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No swap requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Offline — no server configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is kept on this workstation. An administrator can link it to the server with &apos;duty-desk connect&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts · synced {time}</source>
        <translation>
            <numerusform>%n conflict · synced {time}</numerusform>
            <numerusform>%n conflicts · synced {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused</source>
        <translation>
            <numerusform> · %n refused</numerusform>
            <numerusform> · %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n set aside</source>
        <translation>
            <numerusform> · %n set aside</numerusform>
            <numerusform> · %n set aside</numerusform>
        </translation>
    </message>
    <message>
        <source> · clock {minutes:+d} min off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting · this version is too old for the server: upgrade Duty Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled} changes in {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline since {time} · %n changes waiting</source>
        <translation>
            <numerusform>Offline since {time} · %n change waiting</numerusform>
            <numerusform>Offline since {time} · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}. Work goes on here and is sent when the link returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Issue a supervision task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report back by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instruction&apos;s own words when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>password must be at least {n} characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password must not start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password must mix at least {n} of upper case, lower case, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password must not contain the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password must differ from the last {n} passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the combined administrator role is no longer given; choose the system, security or audit administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot change your own account&apos;s role or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name must be 2-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user named {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a display name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator already exists; log in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s role {role} is unknown to this version of Duty Desk; it cannot log in here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number may contain only digits, spaces, &apos;-&apos;, &apos;()&apos;, a leading &apos;+&apos; and an extension of up to 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an international number needs 8 to 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service or secure-line number has at least 3 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number has 11 digits starting with 13-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed-line number has 6 to 12 digits (area code included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mobile number has no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed line is its area code then the number, e.g. 010-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation&apos;s line is a fixed line with its area code (010-12345678) or a service number such as 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure line is a number of 3 to 8 digits, or a fixed line with its area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown district code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that organisation no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation named {name} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that person was removed from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that person was already removed from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} still has {count} people; move or remove them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conflict was already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this data folder has real accounts; demo data goes only into an empty or demo folder (duty-desk --demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains invisible control characters; retype it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a display name has at most 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of the two values for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind {value}; use one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown district {value}; use its code or name, e.g. 110105 or 朝阳区 or Chaoyang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not yes/no (是/否, true/false, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cell(s) outside the header&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not organisation or person (单位/人员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used for an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation named {name} in the file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory holds {count} people named {name} in that organisation; tidy them up in the app first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of minutes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 1 to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day like 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid TOML file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one time of day, e.g. [&quot;08:00&quot;, &quot;17:00&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not one of I, II, III, IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this level is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the telephone report cannot be due after the written one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not daily or as_new_facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say in a few words what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot have been received in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident cannot have happened in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident cannot have happened after the report of it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time before {year} cannot be right; check the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot have been made in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot have been made before the incident was received ({received})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of people, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a field of an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for lowering the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident already has that status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it already has that status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot go from {state} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot {name} from {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such step: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whom the report went to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident numbered {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incident cannot duplicate itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a limit between 1 and {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the date range must come after its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or without a BOM, then GB18030); save it from Excel as &apos;CSV UTF-8&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither UTF-8 nor GB18030 text (the encodings read: UTF-8 with or without a BOM, then GB18030): read as GB18030, line {line} would be “{sample}”, so it is in another encoding (Latin-1?); save it from Excel as &apos;CSV UTF-8&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a quote opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a stray quote (a quote inside a cell is written twice: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: not valid CSV ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}: a cell of {length} characters; a cell holds at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a server: only local checks (another workstation&apos;s removed latest entries cannot be found offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against the server&apos;s heads as of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not be reached ({reason}): only local checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry #{seq} of workstation …{site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry #{seq} of workstation …{site} (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail of workstation …{site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation&apos;s trail is empty but it made accounts: the trail was wiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail is empty but the database holds accounts: it was wiped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (the next entry found is #{seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation …{site} has published no audit key yet: its {n} entries are checked by their hash chain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation …{site} changed its audit key {n} time(s) (at #{at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed by its workstation&apos;s key: forged, or the trail was re-chained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation&apos;s audit key is not in its keyring: a new key is made and published at its next audited write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit key published for this workstation is not the one in its keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workstation holds an audit key but none is published for it: the key row was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OS keyring: this workstation&apos;s signing key and head are kept in files in its data folder, so whoever can read that folder could re-sign the trail; only the server&apos;s heads protect it then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest entries of this workstation were removed (its kept head is #{seq})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the head this workstation kept outside its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest entries of this workstation were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the server&apos;s record of this chain: re-chained or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the server holds this chain up to #{seq}; entries were removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation …{site}: entries #{first}–#{last} are on the server, not pulled here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {name}: its latest change came from the server without its audit entry yet (next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {name} is as the server has it: the server refused the change its last audit entry records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {name} has no audit entry: it was made outside Duty Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {name}: its role, password or active flag was changed outside Duty Desk since this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} account(s) from before audit digests: their state is checked from their next audited change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the instruction down as the leader gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instruction cannot have been given in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a leader from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline cannot be before the task was issued ({issued})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task cannot be issued in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one task per department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such supervision task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot have happened in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot have happened before the task was issued ({issued})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who acknowledged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is closed; nothing more can be recorded on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department has acknowledged the task already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say whom you chased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit} characters, no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is closed; there is nothing to chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {kind} has the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} names more than one {kind}; give the whole id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what more is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write down what the department reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such organisation in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a leader in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such entry on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that entry has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day is before the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a leader cannot act for themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft is corrected by editing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the report a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report goes to leaders in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report has been sent and cannot be changed; correct it with a new report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this report has already been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the leaders the report goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot have been sent in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no written report numbered {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot have been received after it was reported up ({made})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in its own dialog, not corrected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such follow-up report of this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this follow-up report is corrected already; correct its correction instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step is { position = &quot;leader&quot;, minutes = 10 }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one of position, person, organisation or in_charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not leader or secretary_general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a name from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a list of I, II, III, IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one [[policy]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a policy is a table of severity, category and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the directory more than once; rename one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift pattern has the position {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closed incident is not escalated; reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this incident is already being escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this escalation is no longer in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step due has changed meanwhile; look at it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attempt cannot have been made in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attempt cannot have been made before the escalation started ({started})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the step is not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; attachments may be at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not fully arrived yet ({have} of {total} parts); sync and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its content does not match the digest taken when it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the pattern a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shift needs 1 to 20 duty officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shifts must add up to 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each shift must start when the one before ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one is listed for {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern is 24-hour duty or day and night shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such shift pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} listed people are not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that person is not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a swap needs two different people on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this swap request was already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in or sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {days} days at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give days between 2000 and 2199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format is pdf, ics or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} would be on two duties at once ({at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} would rest less than {hours} hours before the duty at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is on leave at {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no {column} column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift pattern named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a day like 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern has no shift {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown position {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in the directory more than once; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time must lie within the duty and end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than {mb} MB; is it the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated columns: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header should be {header} (or the Chinese column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: line 1 must be the header {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a header but no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({reason}). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder or a device, not a Duty Desk database. It was left untouched; choose another data folder with --data-dir, or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is another program&apos;s database, not a Duty Desk database. It was left untouched; choose another data folder with --data-dir, or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was made by a newer Duty Desk (revision {revision}); install that version. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}. Choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only. Make it writable or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} cannot be read and written. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged or is not a Duty Desk database ({reason}). It was left untouched; restore it from a backup or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} failed its integrity check ({reason}). It was left untouched; restore it from a backup or move it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} needs an upgrade: run &apos;duty-desk db upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database could not be written just now ({reason}); nothing was saved, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duty is signed in or out between {start} and {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the person on a duty signs in or out of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of the two people on duty asks for their swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another shift leader decides a swap one asked for or is part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not {action}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role {role} may not {action}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereaboutsDialog</name>
    <message>
        <source>Leader&apos;s whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the leader&apos;s whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody named —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whereabouts *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until (included) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to &amp;reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acting for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhereaboutsTab</name>
    <message>
        <source>Record whereabouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (end the entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; whereabouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leaders in the directory yet. Mark municipal leaders as leaders in Directory, or roster a leader in charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{away} of {count} leaders away today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the office?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End {name}&apos;s entry now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_WhoAndWhen</name>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
