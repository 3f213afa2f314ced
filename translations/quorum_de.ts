<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionExport</name>
    <message>
        <location filename="../models/export/actionexport.cpp" line="+93"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignees</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done date</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting date</source>
        <translation>Besprechungsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Assignees: %1</source>
        <translation>Verantwortliche: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting: %1 (%2)</source>
        <translation>Besprechung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda entry: %1</source>
        <translation>Tagesordnungspunkt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
</context>
<context>
    <name>ActionItemRepository</name>
    <message>
        <location filename="../models/storage/actionitemrepository.cpp" line="+14"/>
        <source>read the action items</source>
        <translation>die Aufgaben lesen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>add the action item “%1”</source>
        <translation>die Aufgabe „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>save the assignees</source>
        <translation>die Verantwortlichen speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>save the action items</source>
        <translation>die Aufgaben speichern</translation>
    </message>
</context>
<context>
    <name>ActionMails</name>
    <message>
        <location filename="../models/mail/actionmails.cpp" line="+27"/>
        <source>Open action items for %1</source>
        <translation>Offene Aufgaben für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n open action item(s), %1 of them overdue as of %2.</source>
        <translation>
            <numerusform>%n offene Aufgabe, davon %1 überfällig (Stand %2).</numerusform>
            <numerusform>%n offene Aufgaben, davon %1 überfällig (Stand %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open action item(s), none overdue as of %1.</source>
        <translation>
            <numerusform>%n offene Aufgabe, nicht überfällig (Stand %1).</numerusform>
            <numerusform>%n offene Aufgaben, keine überfällig (Stand %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply to the meeting&apos;s organizer if an action is done or no longer yours.</source>
        <translation>Antworten Sie der organisierenden Person der Besprechung, wenn eine Aufgabe erledigt ist oder nicht mehr bei Ihnen liegt.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Your open action items (%1)</source>
        <translation>Ihre offenen Aufgaben (%1)</translation>
    </message>
</context>
<context>
    <name>AgendaRepository</name>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="+52"/>
        <source>read the agenda</source>
        <translation>die Tagesordnung lesen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>add the agenda entry “%1”</source>
        <translation>den Tagesordnungspunkt „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>save the coordinators</source>
        <translation>die Koordination speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>save the agenda entry “%1”</source>
        <translation>den Tagesordnungspunkt „%1“ speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read what refers to an agenda entry</source>
        <translation>lesen, was auf einen Tagesordnungspunkt verweist</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>restore what referred to an agenda entry</source>
        <translation>wiederherstellen, was auf einen Tagesordnungspunkt verwiesen hat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>save the agenda</source>
        <translation>die Tagesordnung speichern</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>save the parking lot</source>
        <translation>den Themenspeicher speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the parking lot: the agenda entry is no longer in the library.</source>
        <translation>Der Themenspeicher konnte nicht gespeichert werden: Der Tagesordnungspunkt ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save where an agenda entry was carried from</source>
        <translation>speichern, woher ein Tagesordnungspunkt übernommen wurde</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <location filename="../models/attachments/attachmentfile.cpp" line="+15"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is %2, more than the %3 an attachment may have. Nothing was added.</source>
        <translation>„%1“ ist %2 groß, mehr als die %3, die ein Anhang haben darf. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../views/attachmentopener.cpp" line="+28"/>
        <location line="+6"/>
        <source>No private temporary folder could be made.</source>
        <translation>Es konnte kein privater temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No application opens “%1” on this system.</source>
        <translation>Keine Anwendung auf diesem System öffnet „%1“.</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <location filename="../models/storage/attachmentrepository.cpp" line="+23"/>
        <source>read the attachments</source>
        <translation>die Anhänge lesen</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+7"/>
        <source>read an attachment</source>
        <translation>einen Anhang lesen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>store an attachment&apos;s content</source>
        <translation>den Inhalt eines Anhangs speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save the attachments</source>
        <translation>die Anhänge speichern</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>store the attachment “%1”</source>
        <translation>den Anhang „%1“ speichern</translation>
    </message>
</context>
<context>
    <name>AttachmentWriter</name>
    <message>
        <location filename="../models/attachments/attachmentwriter.cpp" line="+23"/>
        <source>The content of “%1” is damaged in the library.</source>
        <translation>Der Inhalt von „%1“ ist in der Bibliothek beschädigt.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+25"/>
        <location line="+54"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No free name for “%1” in the folder.</source>
        <translation>Im Ordner gibt es keinen freien Namen für „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” exists already.</source>
        <translation>„%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create “%1”: %2.</source>
        <translation>„%1“ kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot add “%1” to the ZIP: %2.</source>
        <translation>„%1“ kann nicht zum ZIP hinzugefügt werden: %2.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../models/storage/backups.cpp" line="+51"/>
        <source>The backup folder “%1” cannot be created.</source>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write a backup</source>
        <translation>eine Sicherung schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup of “%1” was written: %2</source>
        <translation>Es wurde keine Sicherung von „%1“ geschrieben: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>“%1” already exists; a backup is restored into a new file only.</source>
        <translation>„%1“ existiert bereits; eine Sicherung wird nur in eine neue Datei wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup could not be copied to “%1”.</source>
        <translation>Die Sicherung konnte nicht nach „%1“ kopiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup cannot be used: %1</source>
        <translation>Die Sicherung kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>BulkIndex</name>
    <message>
        <location filename="../models/storage/bulkindex.cpp" line="+71"/>
        <location line="+45"/>
        <location line="+3"/>
        <source>prepare the search index</source>
        <translation>Suchindex vorbereiten</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>build the search index</source>
        <translation>Suchindex aufbauen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not %1: SQLite did not take the setting.</source>
        <translation>%1 fehlgeschlagen: SQLite hat die Einstellung nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <location filename="../models/data/checkreport.cpp" line="+11"/>
        <source>Library check of %1</source>
        <translation>Prüfung der Bibliothek %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked: %1.</source>
        <translation>Geprüft: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: no problems found.</source>
        <translation>Ergebnis: keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: 1 problem found:</source>
        <translation>Ergebnis: 1 Problem gefunden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: %1 problems found:</source>
        <translation>Ergebnis: %1 Probleme gefunden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search index can be rebuilt from the records: File › Check Library offers it, or run “quorum check --rebuild-index %1”.</source>
        <translation>Der Suchindex kann aus den Datensätzen neu aufgebaut werden: Datei › Bibliothek prüfen bietet das an, oder führen Sie „quorum check --rebuild-index %1“ aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a copy of this file, and restore the library from a backup (File › Restore from Backup…) or ask for help with the copy.</source>
        <translation>Bewahren Sie eine Kopie dieser Datei auf und stellen Sie die Bibliothek aus einer Sicherung wieder her (Datei › Aus Sicherung wiederherstellen…) oder bitten Sie mit der Kopie um Hilfe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/verbsupport.cpp" line="+75"/>
        <source>Cannot write to standard output: %1.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” is busy: another program is writing to it. Waiting up to %2 s…</source>
        <translation>„%1“ ist belegt: Ein anderes Programm schreibt gerade hinein. Es wird bis zu %2 s gewartet …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 Try again when it is done.</source>
        <translation>%1 Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/libraryverbs.cpp" line="+39"/>
        <source>The library file to create.</source>
        <translation>Die anzulegende Bibliotheksdatei.</translation>
    </message>
    <message>
        <location filename="../app/exportverb.cpp" line="+36"/>
        <source>--format %1 needs --kind (available: %2).</source>
        <translation>--format %1 benötigt --kind (verfügbar: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document kind “%1” is not available (available: %2).</source>
        <translation>Die Dokumentart „%1“ ist nicht verfügbar (verfügbar: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--with-timing applies to the minutes (--kind minutes) only.</source>
        <translation>--with-timing gilt nur für das Protokoll (--kind minutes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--variant is participant or moderator.</source>
        <translation>--variant ist participant oder moderator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--variant applies to the agenda only.</source>
        <translation>--variant gilt nur für die Tagesordnung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--paper is a4 or letter.</source>
        <translation>--paper ist a4 oder letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--group-by is assignee or meeting.</source>
        <translation>--group-by ist assignee oder meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--state is one of %1.</source>
        <translation>--state ist eines von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--group-by and --state apply to the action report (--kind actions) only.</source>
        <translation>--group-by und --state gelten nur für den Aufgabenbericht (--kind actions).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Output format: json, csv, ics, pdf, html, md, confluence or eml.</source>
        <translation>Ausgabeformat: json, csv, ics, pdf, html, md, confluence oder eml.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export: actions (csv, ics), meeting (ics: its invitation), decisions (csv), agenda or minutes (confluence), or agenda, minutes, run-sheet, actions or decisions (pdf, html, md), or minutes or actions-by-person (eml).</source>
        <translation>Was exportiert wird: actions (csv, ics), meeting (ics: die Einladung), decisions (csv), agenda oder minutes (confluence), oder agenda, minutes, run-sheet, actions oder decisions (pdf, html, md), oder minutes oder actions-by-person (eml).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting to export (default for agenda, minutes and run sheet: the newest with an agenda).</source>
        <translation>Die zu exportierende Besprechung (Vorgabe für Tagesordnung, Protokoll und Ablaufplan: die neueste mit Tagesordnung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agenda copy: participant (default) or moderator.</source>
        <translation>Exemplar der Tagesordnung: participant (Vorgabe, für Teilnehmende) oder moderator (für die Moderation).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF paper: a4 or letter (default: from the locale).</source>
        <translation>PDF-Papierformat: a4 oder letter (Vorgabe: aus den Spracheinstellungen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action report: group by assignee (default) or meeting.</source>
        <translation>Aufgabenbericht: nach Verantwortlichen (assignee, Vorgabe) oder Besprechung (meeting) gruppieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action report: open (default), overdue, done or all.</source>
        <translation>Aufgabenbericht: open (offen, Vorgabe), overdue (überfällig), done (erledigt) oder all (alle).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes: add planned against actual times per entry, block and day (days that have run).</source>
        <translation>Protokoll: geplante und tatsächliche Zeiten je Punkt, Block und Tag ergänzen (für bereits abgelaufene Tage).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to OUT instead of standard output.</source>
        <translation>In OUT statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision register: only the decisions of this series.</source>
        <translation>Beschlussregister: nur die Beschlüsse dieser Reihe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>eml: the sender, &quot;Name &lt;name@example.org&gt;&quot; (default: none; the mail client&apos;s account).</source>
        <translation>eml: der Absender, &quot;Name &lt;name@example.org&gt;&quot; (Vorgabe: keiner; das Konto des E-Mail-Programms).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting invitation (--format ics --kind meeting): one event per day (default) or block.</source>
        <translation>Besprechungseinladung (--format ics --kind meeting): ein Termin pro Tag (day, Vorgabe) oder pro Block (block).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting invitation: its organizer, a person of the directory by name or email (remembered for the meeting; &quot;&quot; for none).</source>
        <translation>Besprechungseinladung: der Organisator, eine Person aus dem Personenverzeichnis, angegeben mit Name oder E-Mail-Adresse (wird für die Besprechung gespeichert; &quot;&quot; für keinen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 applies to a meeting&apos;s invitation (--format ics --kind meeting) only.</source>
        <translation>--%1 gilt nur für die Einladung einer Besprechung (--format ics --kind meeting).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--variant, --paper, --group-by, --state and --with-timing apply to pdf, html and md only.</source>
        <translation>--variant, --paper, --group-by, --state und --with-timing gelten nur für pdf, html und md.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--meeting needs a meeting ID (a positive number).</source>
        <translation>--meeting benötigt eine Besprechungs-ID (eine positive Zahl).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+160"/>
        <source>The library to export.</source>
        <translation>Die zu exportierende Bibliothek.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>--kind does not apply to JSON, which always holds everything.</source>
        <translation>--kind gilt nicht für JSON, das immer alles enthält.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--format confluence needs --kind agenda or --kind minutes.</source>
        <translation>--format confluence benötigt --kind agenda oder --kind minutes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--format confluence publishes the agenda or the minutes of a meeting (--kind agenda or minutes), not “%1”.</source>
        <translation>--format confluence veröffentlicht die Tagesordnung oder das Protokoll einer Besprechung (--kind agenda oder minutes), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 does not apply to --format confluence.</source>
        <translation>--%1 gilt nicht für --format confluence.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 does not apply to --format eml.</source>
        <translation>--%1 gilt nicht für --format eml.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--from needs a mail address: &quot;Name &lt;name@example.org&gt;&quot; or name@example.org.</source>
        <translation>--from benötigt eine E-Mail-Adresse: &quot;Name &lt;name@example.org&gt;&quot; oder name@example.org.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format eml writes --kind minutes (one message) or --kind actions-by-person (a message per person, -o FOLDER).</source>
        <translation>--format eml schreibt --kind minutes (eine Nachricht) oder --kind actions-by-person (eine Nachricht pro Person, -o FOLDER).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--meeting does not apply to --kind actions-by-person: it covers the whole library.</source>
        <translation>--meeting gilt nicht für --kind actions-by-person: Es umfasst die ganze Bibliothek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind actions-by-person writes a message per person: add -o FOLDER.</source>
        <translation>--kind actions-by-person schreibt eine Nachricht pro Person: Ergänzen Sie -o FOLDER.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 geschrieben.</numerusform>
            <numerusform>%n Nachrichten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped, no mail address: %1.</source>
        <translation>Übersprungen, keine E-Mail-Adresse: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 does not apply to a meeting&apos;s invitation (--kind meeting).</source>
        <translation>--%1 gilt nicht für die Einladung einer Besprechung (--kind meeting).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--events takes day or block, not “%1”.</source>
        <translation>--events erwartet day oder block, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>export needs --format (available: %1).</source>
        <translation>export benötigt --format (verfügbar: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export format “%1” is not available (available: %2).</source>
        <translation>Das Exportformat „%1“ ist nicht verfügbar (verfügbar: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--kind meeting is a meeting&apos;s calendar invitation: it needs --format ics.</source>
        <translation>--kind meeting ist die Kalendereinladung einer Besprechung: Es benötigt --format ics.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from applies to --format eml only.</source>
        <translation>--from gilt nur für --format eml.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format ics exports action items (--kind actions) or a meeting&apos;s invitation (--kind meeting).</source>
        <translation>--format ics exportiert Aufgaben (--kind actions) oder die Einladung einer Besprechung (--kind meeting).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format %1 exports action items: add --kind actions.</source>
        <translation>--format %1 exportiert Aufgaben: Ergänzen Sie --kind actions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--series applies to the decision register (--kind decisions) only.</source>
        <translation>--series gilt nur für das Beschlussregister (--kind decisions).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--series needs the name of a series.</source>
        <translation>--series benötigt den Namen einer Reihe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a PDF is written to a file: add -o OUT.pdf.</source>
        <translation>Ein PDF wird in eine Datei geschrieben: Ergänzen Sie -o OUT.pdf.</translation>
    </message>
    <message>
        <location filename="../app/importverb.cpp" line="+26"/>
        <source>Input format: json, confluence or ics.</source>
        <translation>Eingabeformat: json, confluence oder ics.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confluence, ics: the series of the imported meetings (default: the title without its date).</source>
        <translation>confluence, ics: die Reihe der importierten Besprechungen (Vorgabe: der Titel ohne sein Datum).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confluence: the date of a page that gives none.</source>
        <translation>confluence: das Datum für eine Seite, die keines angibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confluence, ics: print what would be imported, and write nothing.</source>
        <translation>confluence, ics: ausgeben, was importiert würde, und nichts schreiben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+147"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>--date needs a date such as 2020-09-15.</source>
        <translation>--date benötigt ein Datum wie 2020-09-15.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A page gives no date: give it with --date YYYY-MM-DD. Nothing was imported.</source>
        <translation>Eine Seite gibt kein Datum an: Geben Sie es mit --date YYYY-MM-DD an. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported as meeting %1.</source>
        <translation>Als Besprechung %1 importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The JSON document, Confluence pages (a page, an export, a space export ZIP) or calendar invitation (.ics, .eml) to import.</source>
        <translation>Das zu importierende JSON-Dokument, die Confluence-Seiten (eine Seite, ein Export, ein Bereichsexport als ZIP) oder die Kalendereinladung (.ics, .eml).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library to import into; created when it does not exist.</source>
        <translation>Die Bibliothek, in die importiert wird; sie wird angelegt, wenn sie nicht existiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--date applies to --format confluence only; an invitation has its dates.</source>
        <translation>--date gilt nur für --format confluence; eine Einladung enthält ihre Termine selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import needs --format json, confluence or ics.</source>
        <translation>import benötigt --format json, confluence oder ics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 applies to --format confluence or ics only.</source>
        <translation>--%1 gilt nur für --format confluence oder ics.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported meetings: %1; people added: %2, matched in the directory: %3.</source>
        <translation>Importierte Besprechungen: %1; hinzugefügte Personen: %2, im Personenverzeichnis zugeordnet: %3.</translation>
    </message>
    <message>
        <location filename="../app/libraryverbs.cpp" line="+17"/>
        <source>Remove the revisions older than this date (the start of that day, local time).</source>
        <translation>Die Revisionen entfernen, die älter als dieses Datum sind (Beginn dieses Tages, Ortszeit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The library whose history is pruned.</source>
        <translation>Die Bibliothek, deren Verlauf bereinigt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--before needs a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--before benötigt ein Datum im Format YYYY-MM-DD, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was pruned.</source>
        <translation>Es wurde nichts bereinigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prune the history</source>
        <translation>den Verlauf bereinigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 revision older than %1 was removed.</source>
        <translation>1 Revision älter als %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 revisions older than %2 were removed.</source>
        <translation>%1 Revisionen älter als %2 wurden entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rebuild the search index from the records first (it is derived data), then check.</source>
        <translation>Zuerst den Suchindex aus den Datensätzen neu aufbauen (er ist abgeleitet), dann prüfen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The search index of “%1” was not rebuilt: %2</source>
        <translation>Der Suchindex von „%1“ wurde nicht neu aufgebaut: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The search index was rebuilt.</source>
        <translation>Der Suchindex wurde neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library to check.</source>
        <translation>Die zu prüfende Bibliothek.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The empty PostgreSQL database: postgresql://host[:port]/dbname.</source>
        <translation>Die leere PostgreSQL-Datenbank: postgresql://host[:port]/dbname.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is a Quorum team library now (format %2). Give people access with
  GRANT &quot;%3_editors&quot; TO alice;   -- may edit
  GRANT &quot;%3_readers&quot; TO bob;     -- may read
</source>
        <translation>„%1“ ist jetzt eine Quorum-Teambibliothek (Format %2). Geben Sie Personen Zugriff mit
  GRANT &quot;%3_editors&quot; TO alice;   -- darf bearbeiten
  GRANT &quot;%3_readers&quot; TO bob;     -- darf lesen
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library to copy: a file or a server address.</source>
        <translation>Die zu kopierende Bibliothek: eine Datei oder eine Serveradresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new file, or an empty database on a server (set up if needed).</source>
        <translation>Eine neue Datei oder eine leere Datenbank auf einem Server (wird bei Bedarf eingerichtet).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Copied %n meeting(s) (%1 rows in %2 tables).
</source>
        <translation>
            <numerusform>%n Besprechung kopiert (%1 Zeilen in %2 Tabellen).
</numerusform>
            <numerusform>%n Besprechungen kopiert (%1 Zeilen in %2 Tabellen).
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many meetings (default 520).</source>
        <translation>Wie viele Besprechungen (Vorgabe 520).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seed: the same seed gives the same file.</source>
        <translation>Der Startwert: Derselbe Startwert ergibt dieselbe Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library to create.</source>
        <translation>Die anzulegende Bibliothek.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--meetings is a number from 1 to 100000 and --seed a number from 0 to 4294967295.</source>
        <translation>--meetings ist eine Zahl von 1 bis 100000 und --seed eine Zahl von 0 bis 4294967295.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The series of the new meeting.</source>
        <translation>Die Reihe der neuen Besprechung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the series&apos; last meeting (last, the default) or from the template of that name.</source>
        <translation>Von der letzten Besprechung der Reihe ausgehen (last, die Vorgabe) oder von der Vorlage dieses Namens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first day (default: the date the series&apos; cadence suggests).</source>
        <translation>Der erste Tag (Vorgabe: das Datum, das der Rhythmus der Reihe nahelegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title (default: the last one&apos;s with its date moved on).</source>
        <translation>Der Titel (Vorgabe: der der letzten Besprechung mit fortgeschriebenem Datum).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library to add the meeting to.</source>
        <translation>Die Bibliothek, der die Besprechung hinzugefügt wird.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--date “%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>--date „%1“ ist kein Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting was added.</source>
        <translation>Es wurde keine Besprechung hinzugefügt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the meeting</source>
        <translation>die Besprechung hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The library has no series “%1”. Nothing was added.</source>
        <translation>Die Bibliothek hat keine Reihe „%1“. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The library has no template “%1”. Nothing was added.</source>
        <translation>Die Bibliothek hat keine Vorlage „%1“. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series “%1” has no meeting to start from. Nothing was added.</source>
        <translation>Die Reihe „%1“ hat keine Besprechung, von der ausgegangen werden kann. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The series “%1” has no cadence to suggest a date: give --date. Nothing was added.</source>
        <translation>Die Reihe „%1“ hat keinen Rhythmus, aus dem sich ein Datum ergibt: Geben Sie --date an. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--title must not be empty.</source>
        <translation>--title darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1	%2	%3	%4
</source>
        <translation>%1	%2	%3	%4
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>At most N results (default 20).</source>
        <translation>Höchstens N Ergebnisse (Vorgabe 20).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library to search.</source>
        <translation>Die zu durchsuchende Bibliothek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words, &quot;a phrase&quot;, or a prefix*.</source>
        <translation>Wörter, &quot;eine Wortgruppe&quot; oder ein Präfix*.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agenda: %1</source>
        <translation>Tagesordnung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>quorum: nothing found for “%1”.</source>
        <translation>quorum: nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quorum: more than %1 places found; these are the best. Add words to narrow the search, or raise --limit.</source>
        <translation>quorum: mehr als %1 Fundstellen; dies sind die besten. Fügen Sie Wörter hinzu, um die Suche einzugrenzen, oder erhöhen Sie --limit.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="+22"/>
        <location line="+13"/>
        <source>Export a library, its action items or a printed document.</source>
        <translation>Eine Bibliothek, ihre Aufgaben oder ein Druckdokument exportieren.</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>quorum export --format json|csv|ics|pdf|html|md|confluence|eml [--kind agenda|minutes|run-sheet|actions|meeting|actions-by-person] [--variant participant|moderator] [--with-timing] [--meeting ID] [--events day|block] [--organizer NAME-OR-EMAIL] [--from ADDRESS] FILE [-o OUT]</source>
        <translation>quorum export --format json|csv|ics|pdf|html|md|confluence|eml [--kind agenda|minutes|run-sheet|actions|meeting|actions-by-person] [--variant participant|moderator] [--with-timing] [--meeting ID] [--events day|block] [--organizer NAME-OR-EMAIL] [--from ADDRESS] FILE [-o OUT]</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Write the sample library to a new file.</source>
        <translation>Die Beispielbibliothek in eine neue Datei schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum sample OUT.quorum</source>
        <translation>quorum sample OUT.quorum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a JSON document or Confluence meeting pages into a library, new or existing.</source>
        <translation>Ein JSON-Dokument oder Confluence-Besprechungsseiten in eine neue oder bestehende Bibliothek importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quorum import --format json|confluence|ics [--series NAME] [--date YYYY-MM-DD] [--dry-run] IN FILE</source>
        <translation>quorum import --format json|confluence|ics [--series NAME] [--date YYYY-MM-DD] [--dry-run] IN FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove a library&apos;s revision history older than a date, for good.</source>
        <translation>Den Revisionsverlauf einer Bibliothek vor einem Datum endgültig entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum prune-history FILE --before YYYY-MM-DD</source>
        <translation>quorum prune-history FILE --before YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a library for damage; the exit code says whether it is sound.</source>
        <translation>Eine Bibliothek auf Schäden prüfen; der Exit-Code gibt an, ob sie intakt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum check FILE, or quorum check --rebuild-index FILE</source>
        <translation>quorum check FILE oder quorum check --rebuild-index FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up an empty PostgreSQL database as a team library, with its editors&apos; and readers&apos; roles.</source>
        <translation>Eine leere PostgreSQL-Datenbank als Teambibliothek einrichten, mit den Rollen für Bearbeitende und Lesende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quorum server-init postgresql://host[:port]/dbname</source>
        <translation>quorum server-init postgresql://host[:port]/dbname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a whole library between a file and a server, either way, all or nothing.</source>
        <translation>Eine ganze Bibliothek zwischen einer Datei und einem Server kopieren, in beide Richtungen, vollständig oder gar nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum copy SRC DST (each a FILE or a postgresql:// address)</source>
        <translation>quorum copy SRC DST (jeweils eine DATEI oder eine postgresql://-Adresse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a large made-up library, to try Quorum at scale.</source>
        <translation>Eine große erfundene Bibliothek schreiben, um Quorum mit vielen Daten auszuprobieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum generate [--meetings N] [--seed S] OUT.quorum</source>
        <translation>quorum generate [--meetings N] [--seed S] OUT.quorum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a series&apos; next meeting from its last one; prints its id, dates and title.</source>
        <translation>Die nächste Besprechung einer Reihe aus ihrer letzten anlegen; gibt ihre ID, Termine und ihren Titel aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum new-meeting FILE --series NAME [--from last|TEMPLATE] [--date YYYY-MM-DD] [--title TEXT]</source>
        <translation>quorum new-meeting FILE --series NAME [--from last|TEMPLATE] [--date YYYY-MM-DD] [--title TEXT]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search a library&apos;s titles, topics, notes, action items and file names.</source>
        <translation>Titel, Themen, Notizen, Aufgaben und Dateinamen einer Bibliothek durchsuchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quorum search [--limit N] FILE &quot;QUERY&quot;</source>
        <translation>quorum search [--limit N] FILE &quot;QUERY&quot;</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>ConferenceText</name>
    <message>
        <location filename="../models/calendar/conferencetext.cpp" line="+134"/>
        <source>The join link carried a passcode; it was removed.</source>
        <translation>Der Teilnahmelink enthielt einen Kenncode; er wurde entfernt.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>A passcode was not imported.</source>
        <translation>Ein Kenncode wurde nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ConfluenceImport</name>
    <message>
        <location filename="../models/wiki/confluenceimport.cpp" line="+125"/>
        <source>%1 has %2 agenda entries, more than a meeting page (%3 at most); it is not read.</source>
        <translation>%1 hat %2 Tagesordnungspunkte, mehr als eine Besprechungsseite (höchstens %3); sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page</source>
        <translation>Die Seite</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no agenda, participants or action items; not a meeting page</source>
        <translation>%1: keine Tagesordnung, keine Teilnehmenden, keine Aufgaben; keine Besprechungsseite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported meeting</source>
        <translation>Importierte Besprechung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file holds no meeting page: no agenda, participants or action items were found.</source>
        <translation>Die Datei enthält keine Besprechungsseite: Es wurden weder Tagesordnung noch Teilnehmende noch Aufgaben gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the %1 pages is a meeting page.</source>
        <translation>Keine der %1 Seiten ist eine Besprechungsseite.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is larger than %2 MB; a Confluence page or space export is not.</source>
        <translation>„%1“ ist größer als %2 MB; eine Confluence-Seite oder ein Bereichsexport ist das nicht.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The page “%1” gives no date; give the meeting&apos;s date (--date) and import again. Nothing was imported.</source>
        <translation>Die Seite „%1“ nennt kein Datum; geben Sie das Datum der Besprechung an (--date) und importieren Sie erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The meeting “%1” of %2 is final; reopen its minutes to import the page over it. Nothing was imported.</source>
        <translation>Die Besprechung „%1“ vom %2 ist endgültig; öffnen Sie ihr Protokoll wieder, um die Seite darüber zu importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The library is open read-only; nothing was imported.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the Confluence pages</source>
        <translation>Confluence-Seiten importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages read: %1 (%2).</source>
        <translation>Gelesene Seiten: %1 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting: %1</source>
        <translation>Besprechung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Replaces the meeting of this title and date already in the library (imported before).</source>
        <translation>  Ersetzt die Besprechung mit diesem Titel und Datum, die bereits in der Bibliothek ist (früher importiert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Dates: %1 to %2</source>
        <translation>  Daten: %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Dates: none on the page; give one with --date YYYY-MM-DD</source>
        <translation>  Daten: keine auf der Seite; geben Sie eines mit --date YYYY-MM-DD an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Join: %1 (meeting ID %2)</source>
        <translation>  Teilnahmelink: %1 (Besprechungs-ID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Passcode: %1</source>
        <translation>  Kenncode: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>    %1: entries %2</source>
        <translation>    %1: Punkte %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Agenda: days %1, moderated blocks %2, entries %3</source>
        <translation>  Tagesordnung: Tage %1, moderierte Blöcke %2, Punkte %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  Participants (%1): %2</source>
        <translation>  Teilnehmende (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Action items: %1 (%2 done)</source>
        <translation>  Aufgaben: %1 (%2 erledigt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Attached documents: %1 (names only; the files stay on the page)</source>
        <translation>  Angehängte Dokumente: %1 (nur Namen; die Dateien bleiben auf der Seite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Topic requests: %1</source>
        <translation>  Themenwünsche: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Tickets: %1</source>
        <translation>  Tickets: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Action Item Summary: tasks of other meetings %1 (matched in the library, never created here)</source>
        <translation>  Aufgabenübersicht: Aufgaben anderer Besprechungen %1 (in der Bibliothek zugeordnet, hier nie angelegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Not recognised (%1):</source>
        <translation>  Nicht erkannt (%1):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People: %1 found in the directory, %2 new</source>
        <translation>Personen: %1 im Verzeichnis gefunden, %2 neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  New: %1</source>
        <translation>  Neu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported meetings: %1, of which %2 replaced the same meeting imported before.</source>
        <translation>Importierte Besprechungen: %1, davon ersetzten %2 dieselbe, früher importierte Besprechung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People added: %1, matched in the directory: %2.</source>
        <translation>Hinzugefügte Personen: %1, im Verzeichnis zugeordnet: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action Item Summary: %1 updated, %2 already so, %3 not in the library.</source>
        <translation>Aufgabenübersicht: %1 aktualisiert, %2 bereits aktuell, %3 nicht in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>ConfluencePageReader</name>
    <message>
        <location filename="../models/wiki/confluencepage.cpp" line="+328"/>
        <source>Given on the original page (Quorum does not keep passcodes)</source>
        <translation>Auf der ursprünglichen Seite angegeben (Quorum speichert keine Kenncodes)</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Notes without an agenda entry above them were not imported.</source>
        <translation>Notizen ohne Tagesordnungspunkt darüber wurden nicht importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A time the import could not read; the entry has none.</source>
        <translation>Eine Zeitangabe, die der Import nicht lesen konnte; der Punkt hat keine.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>An attached document whose file name the import could not read.</source>
        <translation>Ein angehängtes Dokument, dessen Dateinamen der Import nicht lesen konnte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+270"/>
        <source>Not imported: the file stays on the Confluence page.</source>
        <translation>Nicht importiert: Die Datei bleibt auf der Confluence-Seite.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The page lists its files with a macro; their names are not in the page, so none was imported.</source>
        <translation>Die Seite listet ihre Dateien mit einem Makro auf; ihre Namen stehen nicht in der Seite, daher wurde keine importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text in the attached documents that is not a document.</source>
        <translation>Text bei den angehängten Dokumenten, der kein Dokument ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text in the pre-meeting planning that is not a topic request.</source>
        <translation>Text in der Vorab-Planung, der kein Themenwunsch ist.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The Action Item Summary is a task report; its tasks are read from the pages they are on.</source>
        <translation>Die Aufgabenübersicht ist ein Aufgabenbericht; ihre Aufgaben werden von den Seiten gelesen, auf denen sie stehen.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Text under Decisions that is not a decisions table.</source>
        <translation>Text unter „Beschlüsse“, der keine Beschlusstabelle ist.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>(no description on the page)</source>
        <translation>(keine Beschreibung auf der Seite)</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Not recognised (under “%1”); not imported.</source>
        <translation>Nicht erkannt (unter „%1“); nicht importiert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A day outside the meeting&apos;s dates, or given twice; its entries were not imported.</source>
        <translation>Ein Tag außerhalb der Besprechungsdaten oder doppelt angegeben; seine Punkte wurden nicht importiert.</translation>
    </message>
</context>
<context>
    <name>ConfluencePublisher</name>
    <message>
        <location filename="../views/confluencepublisher.cpp" line="+28"/>
        <source>Choose a meeting in the list first: its agenda or minutes are what is copied.</source>
        <translation>Wählen Sie zuerst eine Besprechung in der Liste: Deren Tagesordnung oder Protokoll wird kopiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied the minutes of “%1” as Confluence storage format (XHTML).</source>
        <translation>Das Protokoll von „%1“ wurde im Confluence-Speicherformat (XHTML) kopiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied the agenda of “%1” as Confluence storage format (XHTML).</source>
        <translation>Die Tagesordnung von „%1“ wurde im Confluence-Speicherformat (XHTML) kopiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confluence storage format (*.html)</source>
        <translation>Confluence-Speicherformat (*.html)</translation>
    </message>
</context>
<context>
    <name>ConfluenceWriter</name>
    <message>
        <location filename="../models/export/confluencewriter.cpp" line="+102"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Logistics</source>
        <translation>Rahmendaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+216"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>All times are %1.</source>
        <translation>Alle Zeiten in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Join: </source>
        <translation>Teilnehmen: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (ID: %1)</source>
        <translation> (ID: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting ID: %1</source>
        <translation>Besprechungs-ID: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join by phone %1</source>
        <translation>Telefonische Einwahl %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join by phone (%1) %2</source>
        <translation>Telefonische Einwahl (%1) %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join using SIP %1</source>
        <translation>Einwahl über SIP %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passcode: %1</source>
        <translation>Kenncode: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+191"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-meeting notes</source>
        <translation>Vorbereitende Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running notes</source>
        <translation>Laufende Notizen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Moderator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The running notes hold %1 of the meeting&apos;s %2 action items, each under the agenda entry it was recorded under.</source>
        <translation>Die laufenden Notizen enthalten %1 der %2 Aufgaben der Besprechung, jeweils unter dem Tagesordnungspunkt, bei dem sie erfasst wurden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Attached documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pre-meeting planning</source>
        <translation>Vorab-Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Gewünscht von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time required</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+60"/>
        <location line="+261"/>
        <location line="+104"/>
        <location line="+74"/>
        <location line="+82"/>
        <location line="+3"/>
        <source>open the library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location line="-501"/>
        <source>its database structure differs from what Quorum creates (%1), so it may have been tampered with; nothing in it was run or changed.</source>
        <translation>Ihre Datenbankstruktur weicht von dem ab, was Quorum anlegt (%1); sie wurde also möglicherweise manipuliert. Nichts darin wurde ausgeführt oder geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read the library header</source>
        <translation>Kopfdaten der Bibliothek lesen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>check the library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>integrity check: %1%2</source>
        <translation>Integritätsprüfung: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+260"/>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>a file with that name already exists.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be created (%1).</source>
        <translation>Die Datei kann nicht angelegt werden (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a file.</source>
        <translation>Es ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty (0 bytes), so it is not a Quorum library.</source>
        <translation>Die Datei ist leer (0 Byte), also keine Quorum-Bibliothek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a Quorum library (not a database file at all).</source>
        <translation>Es ist keine Quorum-Bibliothek (überhaupt keine Datenbankdatei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged (it is cut short).</source>
        <translation>Die Datei ist beschädigt (sie ist abgeschnitten).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it is not a Quorum library (it is a database of another program).</source>
        <translation>Es ist keine Quorum-Bibliothek (sondern die Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer version of Quorum (format %1; this version reads up to %2). Please update Quorum; the file was not changed.</source>
        <translation>Sie wurde von einer neueren Quorum-Version geschrieben (Format %1; diese Version liest bis Format %2). Bitte aktualisieren Sie Quorum; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file is damaged (%1).</source>
        <translation>Die Datei ist beschädigt (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it uses an older format (%1). Open it in Quorum once to upgrade it.</source>
        <translation>Sie verwendet ein älteres Format (%1). Öffnen Sie sie einmal in Quorum, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a program stopped in the middle of an edit of it (a crash or a power cut). Open it in Quorum once: the unfinished edit is undone and everything saved before it is kept.</source>
        <translation>Ein Programm wurde mitten in einer Änderung an ihr unterbrochen (Absturz oder Stromausfall). Öffnen Sie sie einmal in Quorum: Die unvollständige Änderung wird zurückgenommen, alles davor Gespeicherte bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is busy: another program is writing to it.</source>
        <translation>Sie ist belegt: Ein anderes Programm schreibt gerade in sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a Quorum library (not a database file).</source>
        <translation>Es ist keine Quorum-Bibliothek (keine Datenbankdatei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or unreadable (%1).</source>
        <translation>Die Datei ist beschädigt oder unlesbar (%1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the file (or its folder) is read-only, and Quorum saves every edit at once. Copy it somewhere writable and open the copy.</source>
        <translation>Die Datei (oder ihr Ordner) ist schreibgeschützt, Quorum speichert aber jede Änderung sofort. Kopieren Sie sie an einen beschreibbaren Ort und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>enable foreign keys</source>
        <translation>Fremdschlüssel aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign keys cannot be enabled.</source>
        <translation>Fremdschlüssel können nicht aktiviert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set durability</source>
        <translation>Dauerhaftigkeit einstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full durability (synchronous = FULL) cannot be set.</source>
        <translation>Volle Dauerhaftigkeit (synchronous = FULL) kann nicht eingestellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the journal mode cannot be set (it is “%1”).</source>
        <translation>Der Journal-Modus kann nicht eingestellt werden (er ist „%1“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write a backup before upgrading</source>
        <translation>Vor der Aktualisierung eine Sicherung schreiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+128"/>
        <location line="+3"/>
        <source>upgrade the library to format %1</source>
        <translation>Bibliothek auf Format %1 aktualisieren</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+132"/>
        <location line="+55"/>
        <source>apply schema step %1</source>
        <translation>Schemaschritt %1 anwenden</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>mark the file as a Quorum library</source>
        <translation>Datei als Quorum-Bibliothek kennzeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+129"/>
        <location line="+55"/>
        <source>record the library format</source>
        <translation>Format der Bibliothek festhalten</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+6"/>
        <location line="+198"/>
        <source>read the library</source>
        <translation>Bibliothek lesen</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Qt&apos;s PostgreSQL driver is not installed (the package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server asks for a password (%1). Put it in ~/.pgpass or set PGPASSWORD; Quorum never asks for it or keeps it.</source>
        <translation>Der Server verlangt ein Passwort (%1). Hinterlegen Sie es in ~/.pgpass oder setzen Sie PGPASSWORD; Quorum fragt nie danach und speichert es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+158"/>
        <source>the server cannot be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>a team library is set up with “quorum server-init”, not created as a file.</source>
        <translation>Eine Teambibliothek wird mit „quorum server-init“ eingerichtet, nicht als Datei angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database holds no Quorum library. “quorum server-init %1” sets up an empty database as one.</source>
        <translation>Die Datenbank enthält keine Quorum-Bibliothek. „quorum server-init %1“ richtet eine leere Datenbank als Bibliothek ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it was written by a newer version of Quorum (format %1; this version reads up to %2). Please update Quorum; nothing was changed.</source>
        <translation>Sie wurde von einer neueren Quorum-Version geschrieben (Format %1; diese Version liest bis Format %2). Bitte aktualisieren Sie Quorum; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>read what you may do in the library</source>
        <translation>Eigene Rechte in der Bibliothek lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it uses an older format (%1). Its owner opens it in this Quorum once to upgrade it.</source>
        <translation>Sie verwendet ein älteres Format (%1). Ihr Eigentümer öffnet sie einmal in dieser Quorum-Version, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You may read this team library but not change it (ask its owner to add you to its editors).</source>
        <translation>Sie dürfen diese Teambibliothek lesen, aber nicht ändern (bitten Sie den Eigentümer, Sie zu den Bearbeitenden hinzuzufügen).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot set up “%1”: %2</source>
        <translation>„%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it holds a Quorum library already.</source>
        <translation>Sie enthält bereits eine Quorum-Bibliothek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>look into the database</source>
        <translation>Datenbank untersuchen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the database is not empty (%n tables or views). Quorum sets up only an empty database, so that nothing of another program is touched.</source>
        <translation>
            <numerusform>Die Datenbank ist nicht leer (%n Tabelle oder Sicht). Quorum richtet nur eine leere Datenbank ein, damit nichts eines anderen Programms berührt wird.</numerusform>
            <numerusform>Die Datenbank ist nicht leer (%n Tabellen oder Sichten). Quorum richtet nur eine leere Datenbank ein, damit nichts eines anderen Programms berührt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the roles script is missing from this Quorum.</source>
        <translation>Das Rollen-Skript fehlt in dieser Quorum-Version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up the library</source>
        <translation>Bibliothek einrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create the editors&apos; and readers&apos; roles</source>
        <translation>Rollen für Bearbeitende und Lesende anlegen</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <location filename="../models/notes/dateparser.cpp" line="+144"/>
        <source>today</source>
        <comment>Typed as a due date: today&apos;s date. Alternatives separated by |, compared ignoring case and accents; English always reads too.</comment>
        <translation>heute|heut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tomorrow</source>
        <comment>Typed as a due date: tomorrow. Alternatives separated by |.</comment>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day after tomorrow|the day after tomorrow</source>
        <comment>Typed as a due date: the day after tomorrow (German &apos;übermorgen&apos;). Alternatives separated by |.</comment>
        <translation>übermorgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yesterday</source>
        <comment>Typed as a date: yesterday. Alternatives separated by |.</comment>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day before yesterday|the day before yesterday</source>
        <comment>Typed as a date: the day before yesterday (German &apos;vorgestern&apos;). Alternatives separated by |.</comment>
        <translation>vorgestern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in</source>
        <comment>Typed before a count of days, weeks or months from today, as in &apos;in 2 weeks&apos;. Alternatives separated by |.</comment>
        <translation>in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day|days</source>
        <comment>Typed after a count, as in &apos;in 3 days&apos;: every form of the word, separated by |.</comment>
        <translation>Tag|Tage|Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>week|weeks</source>
        <comment>Typed after a count, as in &apos;in 2 weeks&apos;: every form of the word, separated by |.</comment>
        <translation>Woche|Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month|months</source>
        <comment>Typed after a count, as in &apos;in 2 months&apos;: every form of the word, separated by |.</comment>
        <translation>Monat|Monate|Monaten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>next</source>
        <comment>Typed before a weekday for the one of next week, as in &apos;next friday&apos; (German &apos;nächsten|nächster|kommenden&apos;). Alternatives separated by |.</comment>
        <translation>nächsten|nächster|nächste|kommenden|kommender|kommende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this|on</source>
        <comment>Typed before a weekday for the coming one, as in &apos;this friday&apos; (German &apos;diesen|am&apos;). Alternatives separated by |.</comment>
        <translation>diesen|dieser|diese|am</translation>
    </message>
</context>
<context>
    <name>DecisionExport</name>
    <message>
        <location filename="../models/export/decisionexport.cpp" line="+22"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Datum der Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <location filename="../models/storage/decisionrepository.cpp" line="+53"/>
        <source>read the decisions</source>
        <translation>die Beschlüsse lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read the decision register</source>
        <translation>das Beschlussregister lesen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>add the decision “%1”</source>
        <translation>den Beschluss „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>save who decided</source>
        <translation>speichern, wer beschlossen hat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>save the decisions</source>
        <translation>die Beschlüsse speichern</translation>
    </message>
</context>
<context>
    <name>DesktopRecent</name>
    <message>
        <location filename="../models/document/desktoprecent.cpp" line="+116"/>
        <location line="+74"/>
        <source>The list is larger than %1 MB.</source>
        <translation>Die Liste ist größer als %1 MB.</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+51"/>
        <source>It is not a list of bookmarks (its first element is “%1”).</source>
        <translation>Sie ist keine Lesezeichenliste (ihr erstes Element ist „%1“).</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+38"/>
        <source>It is not well-formed XML (line %1: %2).</source>
        <translation>Sie ist kein wohlgeformtes XML (Zeile %1: %2).</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+39"/>
        <source>It is not a list of bookmarks.</source>
        <translation>Sie ist keine Lesezeichenliste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The desktop&apos;s list of recent documents “%1” is larger than %2 MB; it was left as it is.</source>
        <translation>Die Liste der zuletzt verwendeten Dokumente des Desktops „%1“ ist größer als %2 MB; sie blieb, wie sie war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the desktop&apos;s list of recent documents “%1”: %2</source>
        <translation>Die Liste der zuletzt verwendeten Dokumente des Desktops „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The desktop&apos;s list of recent documents “%1” was left as it is: %2</source>
        <translation>Die Liste der zuletzt verwendeten Dokumente des Desktops „%1“ blieb, wie sie war: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the desktop&apos;s list of recent documents “%1”: %2</source>
        <translation>Die Liste der zuletzt verwendeten Dokumente des Desktops „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../models/agenda/duration.cpp" line="+60"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>h|hr|hrs|hour|hours</source>
        <comment>Words for hours that may be typed in a duration, as in &apos;1 h 30 min&apos; or &apos;1.5 hours&apos;; alternatives separated by |, compared ignoring case and a trailing dot. English always reads too.</comment>
        <translation>h|Std|Stunde|Stunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>m|min|mins|minute|minutes</source>
        <comment>Words for minutes that may be typed in a duration, as in &apos;1 h 30 min&apos; or &apos;90 minutes&apos;; alternatives separated by |, compared ignoring case and a trailing dot. English always reads too.</comment>
        <translation>m|min|Min|Minute|Minuten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>o&apos;clock</source>
        <comment>Words that may follow a typed time of day and are ignored, as the German &apos;14 Uhr&apos;; alternatives separated by |. English always reads too.</comment>
        <translation>Uhr</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../models/export/exportfile.cpp" line="+16"/>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../models/export/exporter.cpp" line="+34"/>
        <source>The library has no meeting with ID %1.</source>
        <translation>Die Bibliothek hat keine Besprechung mit der ID %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the library holds no meeting.</source>
        <translation>die Bibliothek enthält keine Besprechung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (every action item)</source>
        <translation>keine (alle Aufgaben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every action item, open and done</source>
        <translation>alle Aufgaben, offene und erledigte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open action items (done ones are left out)</source>
        <translation>offene Aufgaben (erledigte sind ausgelassen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue action items</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open action items due before %1</source>
        <translation>offene Aufgaben, fällig vor %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done action items</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done action items</source>
        <translation>erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>anyone</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+73"/>
        <source>every series</source>
        <translation>alle Reihen</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+60"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every meeting, any date</source>
        <translation>alle Besprechungen, beliebiges Datum</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The library has no series named “%1”.</source>
        <translation>Die Bibliothek hat keine Reihe namens „%1“.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Containing</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided</source>
        <translation>Beschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on or after %1</source>
        <translation>am oder nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on or before %1</source>
        <translation>am oder vor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A mail holds the minutes of a meeting, not %1.</source>
        <translation>Eine E-Mail enthält das Protokoll einer Besprechung, nicht %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An invitation remembers what it sent in the library: it is exported with Exporter::writeInvitation.</source>
        <translation>Eine Einladung merkt sich in der Bibliothek, was sie versendet hat: Sie wird mit Exporter::writeInvitation exportiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A Confluence page holds the agenda or the minutes of a meeting, not %1.</source>
        <translation>Eine Confluence-Seite enthält die Tagesordnung oder das Protokoll einer Besprechung, nicht %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>meeting-%1.json</source>
        <translation>besprechung-%1.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decisions.csv</source>
        <translation>beschluesse.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>action-items.csv</source>
        <translation>aufgaben.csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>action-items.ics</source>
        <translation>aufgaben.ics</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <location filename="../models/storage/historyrepository.cpp" line="+36"/>
        <source>read the final record</source>
        <translation>den Protokollabschluss lesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read the final records</source>
        <translation>die Protokollabschlüsse lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save the final record</source>
        <translation>den Protokollabschluss speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>record the finalization</source>
        <translation>das Festschreiben vermerken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read the finalizations</source>
        <translation>die Festschreibungen lesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>read the history</source>
        <translation>den Verlauf lesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>record the change in the history</source>
        <translation>die Änderung im Verlauf festhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prune the history</source>
        <translation>den Verlauf kürzen</translation>
    </message>
</context>
<context>
    <name>InvitationImport</name>
    <message numerus="yes">
        <location filename="../models/calendar/invitationimport.cpp" line="+163"/>
        <source>The invitation repeats on several days of the week; the series meets every %n week(s) from the first.</source>
        <translation>
            <numerusform>Die Einladung wiederholt sich an mehreren Wochentagen; die Reihe trifft sich ab der ersten Besprechung im Abstand von %n Woche.</numerusform>
            <numerusform>Die Einladung wiederholt sich an mehreren Wochentagen; die Reihe trifft sich ab der ersten Besprechung im Abstand von %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The invitation repeats in a way a series&apos; cadence cannot say (%1); the series has no cadence.</source>
        <translation>Die Einladung wiederholt sich auf eine Weise, die der Rhythmus einer Reihe nicht abbilden kann (%1); die Reihe hat keinen Rhythmus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The message holds no calendar invitation (no text/calendar part); nothing was imported.</source>
        <translation>Die Nachricht enthält keine Kalendereinladung (kein text/calendar-Teil); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is larger than %2 MB; an invitation is not.</source>
        <translation>„%1“ ist größer als %2 MB; eine Einladung ist das nicht.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The file is empty; nothing was imported.</source>
        <translation>Die Datei ist leer; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is larger than %1 MB; an invitation is not.</source>
        <translation>Die Datei ist größer als %1 MB; eine Einladung ist das nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not an iCalendar invitation (the file is not text); nothing was imported.</source>
        <translation>Dies ist keine iCalendar-Einladung (die Datei ist kein Text); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not an iCalendar invitation (it does not begin with BEGIN:VCALENDAR); nothing was imported.</source>
        <translation>Dies ist keine iCalendar-Einladung (sie beginnt nicht mit BEGIN:VCALENDAR); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invitation is incomplete: it is cut short (it does not end with END:VCALENDAR); nothing was imported.</source>
        <translation>Die Einladung ist unvollständig: Sie ist abgeschnitten (sie endet nicht mit END:VCALENDAR); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not an iCalendar invitation; nothing was imported.</source>
        <translation>Dies ist keine iCalendar-Einladung; es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The file holds no event (VEVENT), only %n to-do(s): there is no meeting in it; nothing was imported.</source>
        <translation>
            <numerusform>Die Datei enthält kein Ereignis (VEVENT), nur %n Aufgabe (To-do): Es ist keine Besprechung darin; es wurde nichts importiert.</numerusform>
            <numerusform>Die Datei enthält kein Ereignis (VEVENT), nur %n Aufgaben (To-dos): Es ist keine Besprechung darin; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds no event (VEVENT): there is no meeting in it; nothing was imported.</source>
        <translation>Die Datei enthält kein Ereignis (VEVENT): Es ist keine Besprechung darin; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds %1 events, more than one meeting&apos;s days (%2 at most); it is a calendar, not an invitation.</source>
        <translation>Die Datei enthält %1 Ereignisse, mehr als eine Besprechung Tage hat (höchstens %2); sie ist ein Kalender, keine Einladung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The event “%1” has no start (DTSTART); nothing was imported.</source>
        <translation>Das Ereignis „%1“ hat keinen Beginn (DTSTART); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start of the event “%1” cannot be read; nothing was imported.</source>
        <translation>Der Beginn des Ereignisses „%1“ kann nicht gelesen werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event “%1” is in the time zone “%2”, which the invitation does not define and which is not known; nothing was imported.</source>
        <translation>Das Ereignis „%1“ liegt in der Zeitzone „%2“, die die Einladung nicht definiert und die nicht bekannt ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The event “%1” ends in the time zone “%2”, which the invitation does not define and which is not known; nothing was imported.</source>
        <translation>Das Ereignis „%1“ endet in der Zeitzone „%2“, die die Einladung nicht definiert und die nicht bekannt ist; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n other event(s) in the file, of other titles, were not imported.</source>
        <translation>
            <numerusform>%n weiteres Ereignis mit anderem Titel in der Datei wurde nicht importiert.</numerusform>
            <numerusform>%n weitere Ereignisse mit anderen Titeln in der Datei wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed occurrence(s) of the recurring event were not imported.</source>
        <translation>
            <numerusform>%n geänderter Termin des wiederkehrenden Ereignisses wurde nicht importiert.</numerusform>
            <numerusform>%n geänderte Termine des wiederkehrenden Ereignisses wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The invitation&apos;s time zone has no name Quorum knows; the times are shown in %1.</source>
        <translation>Die Zeitzone der Einladung hat keinen Namen, den Quorum kennt; die Zeiten werden in %1 angezeigt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The recurring invitation has no meeting after %1; its first meeting is imported.</source>
        <translation>Die wiederkehrende Einladung hat nach %1 keine Besprechung mehr; ihre erste Besprechung wird importiert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The invitation spans more than %1 days; it is not one meeting.</source>
        <translation>Die Einladung erstreckt sich über mehr als %1 Tage; sie ist keine einzelne Besprechung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Given in the invitation mail (Quorum does not keep passcodes)</source>
        <translation>Steht in der Einladungs-E-Mail (Quorum speichert keine Kenncodes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given in the invitation (Quorum does not keep passcodes)</source>
        <translation>Steht in der Einladung (Quorum speichert keine Kenncodes)</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The library is open read-only; nothing was imported.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the invitation</source>
        <translation>die Einladung importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meeting: %1</source>
        <translation>Besprechung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series: %1</source>
        <translation>Reihe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: %1 (%2)</source>
        <translation>Datum: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates: %1 to %2 (%3)</source>
        <translation>Daten: %1 bis %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 %2–%3</source>
        <translation>  %1 %2–%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 all day</source>
        <translation>  %1 ganztägig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring: %1; cadence: %2</source>
        <translation>Wiederkehrend: %1; Rhythmus: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join link: %1</source>
        <translation>Teilnahmelink: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ID: %1</source>
        <translation>Besprechungs-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dial-in: %1 %2</source>
        <translation>Einwahl: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIP: %1</source>
        <translation>SIP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passcode hint: %1</source>
        <translation>Hinweis zum Kenncode: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the directory</source>
        <translation>im Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>InvitationRepository</name>
    <message>
        <location filename="../models/storage/invitationrepository.cpp" line="+10"/>
        <location line="+22"/>
        <source>read the meeting&apos;s invitation</source>
        <translation>die Einladung der Besprechung lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>save the meeting&apos;s invitation</source>
        <translation>die Einladung der Besprechung speichern</translation>
    </message>
</context>
<context>
    <name>InvitationWriter</name>
    <message>
        <location filename="../models/calendar/invitationwriter.cpp" line="+80"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ID: %1</source>
        <translation>Besprechungs-ID: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (%1): %2</source>
        <translation>Telefon (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIP: %1</source>
        <translation>SIP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passcode: %1</source>
        <translation>Kenncode: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda, %1 (times in %2):</source>
        <translation>Tagesordnung, %1 (Zeiten in %2):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — day %2 of %3</source>
        <translation>%1 — Tag %2 von %3</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1 has no email in the directory; an organizer needs one.</source>
        <translation>%1 hat keine E-Mail-Adresse im Verzeichnis; die organisierende Person braucht eine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody in the directory is “%1”: the organizer is a person of the directory (a name or an email).</source>
        <translation>Niemand im Verzeichnis ist „%1“: Die organisierende Person muss eine Person des Verzeichnisses sein (ein Name oder eine E-Mail-Adresse).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The meeting “%1” has no days: there is nothing to invite to.</source>
        <translation>Die Besprechung „%1“ hat keine Tage: Es gibt nichts, wozu eingeladen werden könnte.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The library is open read-only: an invitation is remembered (its UIDs and sequence numbers) in the library, so it cannot be exported now.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet: Eine Einladung wird in der Bibliothek vermerkt (ihre UIDs und Sequenznummern), daher kann sie jetzt nicht exportiert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export the invitation</source>
        <translation>Einladung exportieren</translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <location filename="../models/export/jsonexporter.cpp" line="+73"/>
        <source>The library has no meeting with ID %1.</source>
        <translation>Die Bibliothek hat keine Besprechung mit der ID %1.</translation>
    </message>
    <message>
        <location line="+567"/>
        <source>read the library</source>
        <translation>die Bibliothek lesen</translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <location filename="../models/export/jsonimporter.cpp" line="+64"/>
        <source>The JSON document is not a valid Quorum export: %1: %2.</source>
        <translation>Das JSON-Dokument ist kein gültiger Quorum-Export: %1: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+105"/>
        <source>“%1” must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+584"/>
        <source>“%1” is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>“%1” must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+467"/>
        <source>“%1” is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <location line="-457"/>
        <source>“%1” must be a whole number from 0 up</source>
        <translation>„%1“ muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” must be a whole number of minutes from 0 to %2 (a meeting day has 24 hours)</source>
        <translation>„%1“ muss eine ganze Zahl von Minuten zwischen 0 und %2 sein (ein Besprechungstag hat 24 Stunden)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a date of the form 2020-09-15</source>
        <translation>„%1“ ist kein Datum der Form 2020-09-15</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a time of the form 09:30</source>
        <translation>„%1“ ist keine Uhrzeit der Form 09:30</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not an instant of the form %2</source>
        <translation>„%1“ ist kein Zeitpunkt der Form %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+208"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>“%1” must be a list of text</source>
        <translation>„%1“ muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it refers to “%1”, which the document does not define</source>
        <translation>es verweist auf „%1“, das im Dokument nicht definiert ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” names “%2” twice</source>
        <translation>„%1“ nennt „%2“ zweimal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” must be one of: %2</source>
        <translation>„%1“ muss einer dieser Werte sein: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key “%1” is used twice</source>
        <translation>der Schlüssel „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is given without “%2”</source>
        <translation>„%1“ ist ohne „%2“ angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+222"/>
        <source>“%1” lies before “%2”</source>
        <translation>„%1“ liegt vor „%2“</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>it does not say “&quot;format&quot;: &quot;%1&quot;”</source>
        <translation>es enthält nicht „&quot;format&quot;: &quot;%1&quot;“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“formatVersion” is missing</source>
        <translation>„formatVersion“ fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON document was written by a newer version of Quorum (format %1; this version reads up to %2).</source>
        <translation>Das JSON-Dokument wurde von einer neueren Quorum-Version geschrieben (Format %1; diese Version liest Formate bis %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a person needs a display name or a username</source>
        <translation>eine Person braucht einen Anzeigenamen oder einen Benutzernamen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not a known time zone</source>
        <translation>„%1“ ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“cadence” must be empty, “monthly” or “weekly:N” with N from 1 to 99</source>
        <translation>„cadence“ muss leer, „monthly“ oder „weekly:N“ mit N von 1 bis 99 sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>template “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“name” must not be empty</source>
        <translation>„name“ darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>meeting “%1”</source>
        <translation>Besprechung „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the meeting ends before it starts</source>
        <translation>die Besprechung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library already holds the meeting “%1” of %2; nothing was imported.</source>
        <translation>Die Bibliothek enthält bereits die Besprechung „%1“ vom %2; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the person is listed twice</source>
        <translation>die Person ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the meeting has no day (“%1” lists none)</source>
        <translation>die Besprechung hat keinen Tag („%1“ enthält keinen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+40"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the day lies outside the meeting&apos;s dates</source>
        <translation>der Tag liegt außerhalb der Daten der Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>the day is listed twice</source>
        <translation>der Tag ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>“%1” is given for a day that is not running (started and not ended)</source>
        <translation>„%1“ ist für einen Tag angegeben, der nicht läuft (begonnen und nicht beendet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than one day is running (started and not ended)</source>
        <translation>mehr als ein Tag läuft (begonnen und nicht beendet)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entries have actual times, but the day has no “%1”</source>
        <translation>Punkte haben tatsächliche Zeiten, aber der Tag hat kein „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one entry is running (has “%1” and no “%2”)</source>
        <translation>mehr als ein Punkt läuft (hat „%1“ und kein „%2“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry is still running on a day that ended</source>
        <translation>ein Punkt läuft noch an einem beendeten Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the date is not a day of the meeting</source>
        <translation>das Datum ist kein Tag der Besprechung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” lies after “%2”</source>
        <translation>„%1“ liegt nach „%2“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an assignee</source>
        <translation>ein(e) Verantwortliche(r)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an open action item has no done date</source>
        <translation>eine offene Aufgabe hat kein Erledigungsdatum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>decision %1</source>
        <translation>Beschluss %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a decision maker</source>
        <translation>ein(e) Beschlussfassende(r)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“modifiedAt” is not a date and time such as 2020-09-15T17:00:00Z</source>
        <translation>„modifiedAt“ ist kein Datum mit Uhrzeit wie 2020-09-15T17:00:00Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“contentBase64” is not valid base64</source>
        <translation>„contentBase64“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the content does not match its sha256 (the file is damaged)</source>
        <translation>der Inhalt passt nicht zu seinem SHA-256-Wert (die Datei ist beschädigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the content does not match its size (the file is damaged)</source>
        <translation>der Inhalt passt nicht zu seiner Größe (die Datei ist beschädigt)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not a UUID</source>
        <translation>„%1“ ist keine UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <location line="+10"/>
        <source>“%1” is not a sha256 (64 lower-case hexadecimal digits)</source>
        <translation>„%1“ ist kein SHA-256-Wert (64 hexadezimale Ziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>“%1” is negative</source>
        <translation>„%1“ ist negativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the UID “%1” is there twice</source>
        <translation>die UID „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the final minutes it names (by their sha256) are not among the meeting&apos;s attachments</source>
        <translation>das genannte endgültige Protokoll (per SHA-256) gehört nicht zu den Anhängen der Besprechung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a revision of notes has no “%1”</source>
        <translation>einer Notizenfassung fehlt „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>entry “%1”</source>
        <translation>Punkt „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“kind” must be one of: block, topic, break, closing</source>
        <translation>„kind“ muss einer dieser Werte sein: block, topic, break, closing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a block cannot sit inside another block</source>
        <translation>ein Block kann nicht in einem anderen Block liegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only a block has a moderator</source>
        <translation>nur ein Block hat eine Moderation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>only a block holds entries</source>
        <translation>nur ein Block enthält Punkte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>only a topic goes to the parking lot (“%1”, “%2”, “%3”)</source>
        <translation>nur ein Thema kommt in den Themenspeicher („%1“, „%2“, „%3“)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” names the entry “%2”, which the document does not define</source>
        <translation>„%1“ nennt den Punkt „%2“, der im Dokument nicht definiert ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” names an entry of the same meeting</source>
        <translation>„%1“ nennt einen Punkt derselben Besprechung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the entry starts at %1 and lasts %2: it would end after midnight</source>
        <translation>der Punkt beginnt um %1 und dauert %2: Er würde nach Mitternacht enden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with this entry the day&apos;s entries take more than the 24 hours of a day</source>
        <translation>mit diesem Punkt dauern die Punkte des Tages länger als die 24 Stunden eines Tages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is either a “person” or a “group”</source>
        <translation>%1 ist entweder eine „person“ oder eine „group“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” names the agenda entry “%2” of another meeting</source>
        <translation>„%1“ nennt den Tagesordnungspunkt „%2“ einer anderen Besprechung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” must be one of: planned, skipped, parked</source>
        <translation>„%1“ muss einer dieser Werte sein: planned, skipped, parked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a block is not run itself: only its entries have actual times, a run status and an original plan</source>
        <translation>ein Block wird nicht selbst abgehalten: Nur seine Punkte haben tatsächliche Zeiten, einen Ablaufstatus und eine ursprüngliche Planung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a skipped or parked entry has no actual times</source>
        <translation>ein übersprungener oder zurückgestellter Punkt hat keine tatsächlichen Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is given for an entry that was not held</source>
        <translation>„%1“ ist für einen Punkt angegeben, der nicht abgehalten wurde</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The library is open read-only; nothing was imported.</source>
        <translation>Die Bibliothek ist schreibgeschützt geöffnet; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the JSON document</source>
        <translation>das JSON-Dokument importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot make a temporary copy of the document (%1); nothing was imported.</source>
        <translation>Es kann keine temporäre Kopie des Dokuments angelegt werden (%1); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the temporary copy of the document (%1); nothing was imported.</source>
        <translation>Die temporäre Kopie des Dokuments kann nicht gelesen werden (%1); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the document a second time (%1); nothing was imported.</source>
        <translation>Das Dokument kann kein zweites Mal gelesen werden (%1); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The JSON document would leave the library inconsistent: %1 Nothing was imported.</source>
        <translation>Das JSON-Dokument würde die Bibliothek in einen inkonsistenten Zustand bringen: %1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is a folder, not a JSON document; nothing was imported.</source>
        <translation>„%1“ ist ein Ordner, kein JSON-Dokument; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <location filename="../models/export/jsonstream.cpp" line="+89"/>
        <source>a temporary copy cannot be written: %1</source>
        <translation>eine temporäre Kopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>an attachment larger than the %1 an attachment may have</source>
        <translation>ein Anhang, der größer ist als die %1, die ein Anhang haben darf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a text longer than %1</source>
        <translation>ein Text, der länger ist als %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a key longer than %1</source>
        <translation>ein Schlüssel, der länger ist als %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key “%1” is given twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: an attachment larger than the %2 an attachment may have</source>
        <translation>%1: ein Anhang, der größer ist als die %2, die ein Anhang haben darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a text longer than %2</source>
        <translation>%1: ein Text, der länger ist als %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The JSON document is not a valid Quorum export: %1: %2; nothing was imported.</source>
        <translation>Das JSON-Dokument ist kein gültiger Quorum-Export: %1: %2; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+175"/>
        <source>The file is not a Quorum JSON file (not a Quorum export, which starts with {&quot;format&quot;: &quot;%1&quot;, …}); nothing was imported.</source>
        <translation>Die Datei ist keine Quorum-JSON-Datei (kein Quorum-Export, der mit {&quot;format&quot;: &quot;%1&quot;, …} beginnt); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>the meeting takes more than %1 without its attachments</source>
        <translation>die Besprechung umfasst ohne ihre Anhänge mehr als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the people, groups, series and link patterns take more than %1</source>
        <translation>die Personen, Gruppen, Reihen und Ticket-Links umfassen mehr als %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>more than %1 meetings</source>
        <translation>mehr als %1 Besprechungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>“%1” must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The file is not valid JSON for Quorum (at %1 it nests deeper than %2 levels); nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON für Quorum (bei %1 ist sie tiefer als %2 Ebenen verschachtelt); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The file cannot be read (%1); nothing was imported.</source>
        <translation>Die Datei kann nicht gelesen werden (%1); es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The JSON document is not a valid Quorum export: %1; nothing was imported.</source>
        <translation>Das JSON-Dokument ist kein gültiger Quorum-Export: %1; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not valid JSON (%1 at byte %2); nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2); es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>JsonWriter</name>
    <message>
        <location filename="../models/export/jsonwriter.cpp" line="+259"/>
        <source>Cannot write the export: %1.</source>
        <translation>Der Export kann nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>LibraryCheck</name>
    <message>
        <location filename="../models/storage/librarycheck.cpp" line="+31"/>
        <source>series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group membership</source>
        <translation>Gruppenmitgliedschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>group memberships</source>
        <translation>Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dial-in number</source>
        <translation>Einwahlnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dial-in numbers</source>
        <translation>Einwahlnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting day</source>
        <translation>Besprechungstag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meeting days</source>
        <translation>Besprechungstage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agenda entries</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coordinator</source>
        <translation>Koordinierende(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>coordinators</source>
        <translation>Koordinierende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>participant</source>
        <translation>Teilnehmende(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision maker</source>
        <translation>Beschlussfassende(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decision makers</source>
        <translation>Beschlussfassende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attachment content</source>
        <translation>Anhangsinhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment contents</source>
        <translation>Anhangsinhalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>topic request</source>
        <translation>Themenwunsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>topic requests</source>
        <translation>Themenwünsche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requester</source>
        <translation>Anfragende(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>requesters</source>
        <translation>Anfragende</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+102"/>
        <location line="+4"/>
        <source>check the library</source>
        <translation>die Bibliothek prüfen</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The file does not exist or is not a file.</source>
        <translation>Die Datei existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not a Quorum library: it is not a database at all (or its first page is destroyed).</source>
        <translation>Die Datei ist keine Quorum-Bibliothek: Sie ist überhaupt keine Datenbank (oder ihre erste Seite ist zerstört).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file cannot be opened (%1).</source>
        <translation>Die Datei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>check references</source>
        <translation>Verweise prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 that refer to a %2 that is not in the library: %3.</source>
        <translation>%1, die auf einen Eintrag „%2“ verweisen, der nicht in der Bibliothek ist: %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Agenda entries that sit in a block of another day, or under an entry that is not a block: %1.</source>
        <translation>Tagesordnungspunkte in einem Block eines anderen Tages oder unter einem Punkt, der kein Block ist: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meeting days outside their meeting&apos;s dates: %1.</source>
        <translation>Besprechungstage außerhalb der Daten ihrer Besprechung: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings without a single day: %1.</source>
        <translation>Besprechungen ohne einen einzigen Tag: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda entries carried from an entry of their own meeting: %1.</source>
        <translation>Tagesordnungspunkte, die aus einem Punkt ihrer eigenen Besprechung übernommen wurden: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action items that point to an agenda entry of another meeting: %1.</source>
        <translation>Aufgaben, die auf einen Tagesordnungspunkt einer anderen Besprechung verweisen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments that point to an agenda entry of another meeting: %1.</source>
        <translation>Anhänge, die auf einen Tagesordnungspunkt einer anderen Besprechung verweisen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic requests scheduled into another meeting&apos;s agenda: %1.</source>
        <translation>Themenwünsche, die in die Tagesordnung einer anderen Besprechung eingeplant sind: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions that point to an agenda entry of another meeting: %1.</source>
        <translation>Beschlüsse, die auf einen Tagesordnungspunkt einer anderen Besprechung verweisen: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <location line="+201"/>
        <source>read the library header</source>
        <translation>den Bibliothekskopf lesen</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>The file is a database, but not a Quorum library (it belongs to another program).</source>
        <translation>Die Datei ist eine Datenbank, aber keine Quorum-Bibliothek (sie gehört zu einem anderen Programm).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The library is busy: another program is writing to it, so it could not be checked now. Nothing suggests damage; check it again when the other program is done.</source>
        <translation>Die Bibliothek ist belegt: Ein anderes Programm schreibt gerade in sie, daher konnte sie jetzt nicht geprüft werden. Nichts deutet auf eine Beschädigung hin; prüfen Sie sie erneut, wenn das andere Programm fertig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A program stopped in the middle of an edit of this library (a crash or a power cut). Open it in Quorum once: the unfinished edit is undone and everything saved before it is kept. Then check it again.</source>
        <translation>Ein Programm wurde mitten in einer Änderung dieser Bibliothek unterbrochen (Absturz oder Stromausfall). Öffnen Sie sie einmal in Quorum: Die unvollendete Änderung wird rückgängig gemacht, und alles zuvor Gespeicherte bleibt erhalten. Prüfen Sie sie dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged: even its header cannot be read (%1).</source>
        <translation>Die Datei ist beschädigt: Selbst ihr Kopf kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>The library was written by a newer version of Quorum (format %1; this version knows up to %2), so it cannot be checked here.</source>
        <translation>Die Bibliothek wurde von einer neueren Quorum-Version geschrieben (Format %1; diese Version kennt Formate bis %2), daher kann sie hier nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>its database structure against what Quorum creates</source>
        <translation>ihre Datenbankstruktur im Vergleich zu der von Quorum angelegten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s database structure differs from what Quorum creates, so it may have been tampered with: %1. Quorum refuses to open it, and its records were not read, so that nothing planted in it runs.</source>
        <translation>Die Datenbankstruktur der Datei weicht von der ab, die Quorum anlegt; sie wurde also möglicherweise manipuliert: %1. Quorum verweigert das Öffnen, und ihre Datensätze wurden nicht gelesen, damit nichts darin Eingeschleustes ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is damaged: its list of tables cannot be read (%1).</source>
        <translation>Die Datei ist beschädigt: Ihre Tabellenliste kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file&apos;s structure (SQLite integrity check)</source>
        <translation>die Struktur der Datei (SQLite-Integritätsprüfung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is damaged: SQLite&apos;s integrity check found faults in how the data is stored (%1 in all), for example “%2”. Some records may be missing or wrong.</source>
        <translation>Die Datei ist beschädigt: Die Integritätsprüfung von SQLite hat Fehler in der Datenspeicherung gefunden (insgesamt %1), zum Beispiel „%2“. Einige Datensätze können fehlen oder falsch sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is damaged so badly that its structure cannot be checked: none of its records can be trusted.</source>
        <translation>Die Datei ist so schwer beschädigt, dass ihre Struktur nicht geprüft werden kann: Keinem ihrer Datensätze kann vertraut werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>references between records</source>
        <translation>Verweise zwischen Datensätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>records that belong together</source>
        <translation>zusammengehörige Datensätze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check the attachments</source>
        <translation>die Anhänge prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A stored attachment content (no longer used) is damaged: it differs from what was stored.</source>
        <translation>Ein gespeicherter (nicht mehr verwendeter) Anhangsinhalt ist beschädigt: Er weicht vom Gespeicherten ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The content of “%1” is damaged: it differs from what was stored.</source>
        <translation>Der Inhalt von „%1“ ist beschädigt: Er weicht vom Gespeicherten ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment contents against their checksums (%1)</source>
        <translation>Anhangsinhalte anhand ihrer Prüfsummen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment contents kept although no attachment uses them now, so that undo can bring them back: %1 (%2).</source>
        <translation>Anhangsinhalte, die aufbewahrt werden, obwohl kein Anhang sie mehr verwendet, damit „Rückgängig“ sie zurückholen kann: %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of the library cannot be read: %1</source>
        <translation>Ein Teil der Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the search index (FTS5 integrity check)</source>
        <translation>der Suchindex (FTS5-Integritätsprüfung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+97"/>
        <source>check the search index</source>
        <translation>den Suchindex prüfen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The search index is damaged (%1): a search may miss records or show wrong ones. It is made from the records, which are not affected, and can be rebuilt.</source>
        <translation>Der Suchindex ist beschädigt (%1): Eine Suche kann Datensätze übersehen oder falsche anzeigen. Er wird aus den Datensätzen erzeugt, die nicht betroffen sind, und kann neu aufgebaut werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+85"/>
        <source>The search index could not be checked (%1).</source>
        <translation>Der Suchindex konnte nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>rebuild the search index</source>
        <translation>den Suchindex neu aufbauen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database is not a Quorum team library: its quorum_meta does not say so.</source>
        <translation>Die Datenbank ist keine Quorum-Teambibliothek: Ihre quorum_meta weist sie nicht als solche aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its format on the server (%1)</source>
        <translation>ihr Format auf dem Server (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is not a Quorum team library: %1</source>
        <translation>Die Datenbank ist keine Quorum-Teambibliothek: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the search index against the records</source>
        <translation>der Suchindex im Abgleich mit den Datensätzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The search index is out of step with the records (%1 missing, %2 of records that are gone, %3 out of date): a search may miss records or show wrong ones. It is made from the records, which are not affected, and can be rebuilt.</source>
        <translation>Der Suchindex passt nicht zu den Datensätzen (%1 fehlen, %2 von nicht mehr vorhandenen Datensätzen, %3 veraltet): Eine Suche kann Datensätze übersehen oder falsche anzeigen. Er wird aus den Datensätzen erzeugt, die nicht betroffen sind, und kann neu aufgebaut werden.</translation>
    </message>
</context>
<context>
    <name>LibraryCopy</name>
    <message>
        <location filename="../models/storage/librarycopy.cpp" line="+37"/>
        <source>read the library&apos;s tables</source>
        <translation>die Tabellen der Bibliothek lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>look into the target library</source>
        <translation>die Zielbibliothek untersuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>copy the library</source>
        <translation>die Bibliothek kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not copy the library: the two libraries have different formats (%1 and %2).</source>
        <translation>Die Bibliothek konnte nicht kopiert werden: Die beiden Bibliotheken haben unterschiedliche Formate (%1 und %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not copy the library: the target holds meetings or people already. A copy goes into a new file or an empty team library only.</source>
        <translation>Die Bibliothek konnte nicht kopiert werden: Das Ziel enthält bereits Besprechungen oder Personen. Eine Kopie kann nur in eine neue Datei oder eine leere Teambibliothek erfolgen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (Opening it as a library said: %2)</source>
        <translation>%1 (Beim Öffnen als Bibliothek hieß es: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot copy into “%1”: %2</source>
        <translation>In „%1“ kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 Nothing was copied.</source>
        <translation>%1 Es wurde nichts kopiert.</translation>
    </message>
</context>
<context>
    <name>LibraryGenerator</name>
    <message>
        <location filename="../models/librarygenerator.cpp" line="+94"/>
        <source>generate a library</source>
        <translation>eine Bibliothek erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leadership Team</source>
        <translation>Leitungsteam</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>T/CAMs</source>
        <translation>T/CAMs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product Owners</source>
        <translation>Product Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site Leads</source>
        <translation>Standortleitungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leadership Face-to-Face, %1</source>
        <translation>Leitungstreffen vor Ort, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership Meeting - %1</source>
        <translation>Leitungsbesprechung - %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main conference room</source>
        <translation>Großer Konferenzraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom (virtual)</source>
        <translation>Zoom (virtuell)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Notes %1.md</source>
        <translation>Notizen %1.md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status %1.txt</source>
        <translation>Status %1.txt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The library could not be generated: %1</source>
        <translation>Die Bibliothek konnte nicht erzeugt werden: %1</translation>
    </message>
</context>
<context>
    <name>LibraryLocation</name>
    <message>
        <location filename="../models/document/librarylocation.cpp" line="+50"/>
        <source>The host, database and user may not hold a password, a parameter or a second address: give each part alone. The password comes from ~/.pgpass or PGPASSWORD.</source>
        <translation>Host, Datenbank und Benutzer dürfen kein Passwort, keinen Parameter und keine zweite Adresse enthalten: Geben Sie jeden Teil einzeln an. Das Passwort kommt aus ~/.pgpass oder PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>LinkPatternRepository</name>
    <message>
        <location filename="../models/storage/linkpatternrepository.cpp" line="+11"/>
        <source>read the ticket link patterns</source>
        <translation>die Ticket-Links lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save the ticket link patterns</source>
        <translation>die Ticket-Links speichern</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <location filename="../models/storage/meetingrepository.cpp" line="+48"/>
        <source>read the list of meetings</source>
        <translation>die Liste der Besprechungen lesen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read the meeting</source>
        <translation>die Besprechung lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting no longer exists in the library.</source>
        <translation>Die Besprechung ist nicht mehr in der Bibliothek vorhanden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>read the dial-in numbers</source>
        <translation>die Einwahlnummern lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add the meeting “%1”</source>
        <translation>die Besprechung „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>save the meeting</source>
        <translation>die Besprechung speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>save the dial-in numbers</source>
        <translation>die Einwahlnummern speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>Eine Besprechung kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save the meeting dates</source>
        <translation>die Daten der Besprechung speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove the day %1</source>
        <translation>den Tag %1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has agenda entries. Move or remove them before leaving that day out of the meeting.</source>
        <translation>%1 hat Tagesordnungspunkte. Verschieben oder entfernen Sie diese, bevor Sie diesen Tag aus der Besprechung herausnehmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>delete the meeting</source>
        <translation>die Besprechung löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the meeting days</source>
        <translation>die Besprechungstage lesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>add the day %1</source>
        <translation>den Tag %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>save the day %1</source>
        <translation>den Tag %1 speichern</translation>
    </message>
</context>
<context>
    <name>MeetingTitle</name>
    <message>
        <location filename="../models/data/meetingtitle.cpp" line="+41"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>MinutesMail</name>
    <message>
        <location filename="../models/mail/minutesmail.cpp" line="+29"/>
        <source>the library holds no meeting.</source>
        <translation>Die Bibliothek enthält keine Besprechung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library has no meeting with ID %1.</source>
        <translation>Die Bibliothek hat keine Besprechung mit der ID %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Minutes: %1 (%2)</source>
        <translation>Protokoll: %1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The whole minutes, with the notes of every agenda entry, are attached: %1.</source>
        <translation>Das vollständige Protokoll mit den Notizen zu jedem Tagesordnungspunkt ist angehängt: %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <location filename="../models/storage/participantrepository.cpp" line="+15"/>
        <source>read the participants</source>
        <translation>die Teilnehmenden lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+24"/>
        <source>read the attendance per day</source>
        <translation>die Anwesenheit pro Tag lesen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>add a participant</source>
        <translation>eine(n) Teilnehmende(n) hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>save the attendance per day</source>
        <translation>die Anwesenheit pro Tag speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>save the participants</source>
        <translation>die Teilnehmenden speichern</translation>
    </message>
</context>
<context>
    <name>PersonDirectory</name>
    <message>
        <location filename="../models/document/persondirectory.cpp" line="+253"/>
        <source>A person needs a name or a username. Nothing was changed.</source>
        <translation>Eine Person braucht einen Namen oder einen Benutzernamen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” does not look like an email address (name@example.org). Nothing was changed.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus (name@example.org). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change “%1” in the directory</source>
        <translation>„%1“ im Personenverzeichnis ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A group needs a name. Nothing was changed.</source>
        <translation>Eine Gruppe braucht einen Namen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 meeting participation</source>
        <translation>1 Teilnahme an einer Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 meeting participations</source>
        <translation>%1 Teilnahmen an Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 agenda entry coordination</source>
        <translation>1 Koordination eines Tagesordnungspunkts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 agenda entry coordinations</source>
        <translation>%1 Koordinationen von Tagesordnungspunkten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 block moderation</source>
        <translation>1 Moderation eines Blocks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 block moderations</source>
        <translation>%1 Moderationen von Blöcken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 action item</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 action items</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 topic request</source>
        <translation>1 Themenwunsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 topic requests</source>
        <translation>%1 Themenwünsche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 uploaded attachment</source>
        <translation>1 hochgeladener Anhang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 uploaded attachments</source>
        <translation>%1 hochgeladene Anhänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 group membership</source>
        <translation>1 Gruppenmitgliedschaft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 group memberships</source>
        <translation>%1 Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>„%1“ mit „%2“ zusammenführen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing in the library refers to “%1”.</source>
        <translation>Nichts in der Bibliothek verweist auf „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These move to “%1”: %2.</source>
        <translation>Diese gehen auf „%1“ über: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” leaves the directory; typing %2 finds “%3” from then on.</source>
        <translation>„%1“ wird aus dem Verzeichnis entfernt; die Eingabe von %2 findet danach „%3“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit › Undo takes the whole merge back.</source>
        <translation>Bearbeiten › Rückgängig nimmt die gesamte Zusammenführung zurück.</translation>
    </message>
</context>
<context>
    <name>PersonMerger</name>
    <message>
        <location filename="../models/storage/personmerger.cpp" line="+40"/>
        <source>The person is no longer in the directory.</source>
        <translation>Die Person ist nicht mehr im Personenverzeichnis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge two people</source>
        <translation>zwei Personen zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A person cannot be merged into themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>undo merging two people</source>
        <translation>das Zusammenführen zweier Personen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <location filename="../models/storage/personrepository.cpp" line="+16"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>read the person directory</source>
        <translation>das Personenverzeichnis lesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add “%1” to the person directory</source>
        <translation>„%1“ zum Personenverzeichnis hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>save “%1” in the person directory</source>
        <translation>„%1“ im Personenverzeichnis speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove a person from the directory</source>
        <translation>eine Person aus dem Verzeichnis entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>look up a person</source>
        <translation>eine Person nachschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>read the groups</source>
        <translation>die Gruppen lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add the group “%1”</source>
        <translation>die Gruppe „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>save the groups</source>
        <translation>die Gruppen speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The group “%1” has action items. Assign them to someone else before removing it.</source>
        <translation>Die Gruppe „%1“ hat Aufgaben. Weisen Sie diese jemand anderem zu, bevor Sie die Gruppe entfernen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>find where a person appears</source>
        <translation>ermitteln, wo eine Person vorkommt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>look up a group</source>
        <translation>eine Gruppe nachschlagen</translation>
    </message>
</context>
<context>
    <name>Quorum::ActionForm</name>
    <message>
        <location filename="../views/actionform.cpp" line="+40"/>
        <source>Who decided (people or groups, commas between; may stay empty)</source>
        <translation>Wer beschlossen hat (Personen oder Gruppen, durch Kommas getrennt; darf leer bleiben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who (people or groups, commas between; may stay empty)</source>
        <translation>Wer (Personen oder Gruppen, durch Kommas getrennt; darf leer bleiben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was decided</source>
        <translation>Was beschlossen wurde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided on: today when empty, or 28 Sep, yesterday</source>
        <translation>Beschlossen am: leer für heute, sonst z. B. 28. Sep., gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due: 28 Sep, next friday, in 2 weeks (optional)</source>
        <translation>Fällig: z. B. 28. Sep., nächsten Freitag, in 2 Wochen (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the date in a calendar</source>
        <translation>Datum im Kalender auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick the due date in a calendar</source>
        <translation>Fälligkeitsdatum im Kalender auswählen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record Decision</source>
        <translation>Beschluss festhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record Action</source>
        <translation>Aufgabe festhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decided &amp;by:</source>
        <translation>Beschlossen &amp;von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;New decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neuer Beschluss&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;New action item&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neue Aufgabe&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ticket key such as DM-26798 (optional)</source>
        <translation>Ticket-Schlüssel wie DM-26798 (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>Quorum::ActionItemModel</name>
    <message>
        <location filename="../models/itemmodels/actionitemmodel.cpp" line="+63"/>
        <source>Remove the action item “%1”</source>
        <translation>Aufgabe „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 action items</source>
        <translation>%1 Aufgaben entfernen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “%1”</source>
        <translation>Haken bei „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the action item “%1”</source>
        <translation>Aufgabe „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Assign “%1”</source>
        <translation>„%1“ zuweisen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the due date of “%1”</source>
        <translation>Fälligkeit von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the reference of “%1”</source>
        <translation>Referenz von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignees</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appears on</source>
        <translation>Erscheint in</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
</context>
<context>
    <name>Quorum::ActionItemsTab</name>
    <message>
        <location filename="../views/actionitemstab.cpp" line="+63"/>
        <source>28 Sep, next friday</source>
        <translation>28. Sep., nächsten Freitag</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Action items of this meeting</source>
        <translation>Aufgaben dieser Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description, assignees, due date and state of each action item; F2 edits a cell, Space ticks one done</source>
        <translation>Beschreibung, Zuständige, Fälligkeit und Stand jeder Aufgabe; F2 bearbeitet eine Zelle, die Leertaste hakt eine als erledigt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open action items of the library</source>
        <translation>Offene Aufgaben der Bibliothek</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click (or Enter) to go to the meeting and agenda entry the action item was recorded in. F2 edits a cell; Space ticks it.</source>
        <translation>Doppelklick (oder Eingabetaste) führt zur Besprechung und zum Tagesordnungspunkt, in dem die Aufgabe festgehalten wurde. F2 bearbeitet eine Zelle; die Leertaste hakt sie ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Action Item…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an action item for this meeting</source>
        <translation>Eine Aufgabe für diese Besprechung festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected action items (undo brings them back)</source>
        <translation>Die ausgewählten Aufgaben entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recorded the action item “%1”.</source>
        <translation>Aufgabe „%1“ festgehalten.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;b&gt;Action item summary: all meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufgabenübersicht: alle Besprechungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All Meetings</source>
        <translation>Alle Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This meeting&apos;s action items, and what earlier meetings of the series left open</source>
        <translation>Die Aufgaben dieser Besprechung und was frühere Besprechungen der Reihe offen gelassen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action item in the library, with filters</source>
        <translation>Alle Aufgaben der Bibliothek, mit Filtern</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This Meeting (%1)</source>
        <translation>Diese Besprechung (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Removed the action item “%1”. Undo (%2) brings it back.</source>
        <translation>Aufgabe „%1“ entfernt. Rückgängig (%2) holt sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 action items. Undo (%2) brings them back.</source>
        <translation>%1 Aufgaben entfernt. Rückgängig (%2) holt sie zurück.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>&lt;b&gt;Carried forward&lt;/b&gt;: still open from earlier meetings of “%1”: the %2 newest of %3</source>
        <translation>&lt;b&gt;Übernommen&lt;/b&gt;: noch offen aus früheren Besprechungen von „%1“: die %2 neuesten von %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Carried forward&lt;/b&gt;: still open from earlier meetings of “%1” (%2), newest first</source>
        <translation>&lt;b&gt;Übernommen&lt;/b&gt;: noch offen aus früheren Besprechungen von „%1“ (%2), neueste zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show All %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the %1 Newest</source>
        <translation>Die %1 neuesten anzeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter action items</source>
        <translation>Aufgaben filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text…</source>
        <translation>Nach Text filtern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Due within…</source>
        <translation>Fällig innerhalb von…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>due within %1 days</source>
        <translation>fällig innerhalb von %1 Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>series %1</source>
        <translation>Reihe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting %1</source>
        <translation>Besprechung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>containing “%1”</source>
        <translation>mit „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (every action item)</source>
        <translation>keine (alle Aufgaben)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All series</source>
        <translation>Alle Reihen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All meetings</source>
        <translation>Alle Besprechungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Shown: %1 of %2</source>
        <translation>Angezeigt: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Quorum::AddMeeting</name>
    <message>
        <location filename="../models/commands/addmeeting.cpp" line="+18"/>
        <source>New meeting “%1”</source>
        <translation>Neue Besprechung „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add the meeting</source>
        <translation>die Besprechung hinzufügen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>remove the meeting</source>
        <translation>die Besprechung entfernen</translation>
    </message>
</context>
<context>
    <name>Quorum::AddMeetingFromShape</name>
    <message>
        <location filename="../models/commands/addmeetingfromshape.cpp" line="+17"/>
        <source>New meeting “%1”</source>
        <translation>Neue Besprechung „%1“</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>add the meeting</source>
        <translation>die Besprechung hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>remove the meeting</source>
        <translation>die Besprechung entfernen</translation>
    </message>
</context>
<context>
    <name>Quorum::AddPerson</name>
    <message>
        <location filename="../models/commands/addperson.cpp" line="+16"/>
        <source>Add “%1” to the directory</source>
        <translation>„%1“ zum Personenverzeichnis hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>add a person</source>
        <translation>eine Person hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>remove a person</source>
        <translation>eine Person entfernen</translation>
    </message>
</context>
<context>
    <name>Quorum::AgendaDelegate</name>
    <message>
        <location filename="../views/agendadelegate.cpp" line="+27"/>
        <source>09:30 (empty: follows)</source>
        <translation>09:30 (leer: schließt an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10:00</source>
        <translation>10:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>45 min, 1h 30m</source>
        <translation>45 Min., 1 Std. 30 Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ %1</source>
        <comment>a time that runs late</comment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▶ %1</source>
        <comment>the entry running now</comment>
        <translation>▶ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ↻</source>
        <translation>%1  ↻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  (carried from %2)</source>
        <translation>%1  (übernommen vom %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  → next meeting</source>
        <translation>%1  → nächste Besprechung</translation>
    </message>
</context>
<context>
    <name>Quorum::AgendaModel</name>
    <message>
        <location filename="../models/itemmodels/agendamodel.cpp" line="+34"/>
        <source>on plan</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+35"/>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>no entries</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Moderator: %2)</source>
        <translation>%1 (Moderation: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator: (none yet)</source>
        <translation>Moderation: (noch niemand)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Overlaps the entry before it by %1.</source>
        <translation>Überschneidet sich um %1 mit dem vorherigen Punkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts %1 after the entry before it ends.</source>
        <translation>Beginnt %1 nach dem Ende des vorherigen Punkts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pinned: keeps this start when the agenda is re-timed.</source>
        <translation>Fixiert: behält diesen Beginn, wenn die Zeiten der Tagesordnung neu berechnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs %1 past the planned end (%2).</source>
        <translation>Läuft %1 über das geplante Ende (%2) hinaus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agenda entries on this day.</source>
        <translation>An diesem Tag gibt es keine Tagesordnungspunkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (recurring: the next meeting of the series has it too)</source>
        <translation>%1 (wiederkehrend: Die nächste Besprechung der Reihe enthält ihn auch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start and length in the plan as it stood when the day&apos;s run began.</source>
        <translation>Beginn und Dauer laut Plan, wie er zu Beginn des Tagesablaufs stand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When it started and how long it ran, pauses left out.</source>
        <translation>Wann er begann und wie lange er lief, ohne Unterbrechungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes it ran longer (+) or shorter (−) than planned; skipped and parked entries count as none.</source>
        <translation>Minuten, die er länger (+) oder kürzer (−) lief als geplant; übersprungene und zurückgestellte Punkte zählen als keine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carried from %1 (the parking lot).</source>
        <translation>Übernommen aus %1 (Themenspeicher).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked to carry over to the next meeting.</source>
        <translation>Zur Übernahme in die nächste Besprechung markiert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, runs late</source>
        <translation>%1, verspätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, running now</source>
        <translation>%1, läuft gerade</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 ends %2, %3 into %4, pinned at %5.</source>
        <translation>%1 endet um %2 und reicht %3 in %4 hinein (fixiert auf %5).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ends %2, %3 into %4 at %5.</source>
        <translation>%1 endet um %2 und reicht %3 in %4 hinein (Beginn %5).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The day runs %1 past its planned end (%2).</source>
        <translation>Der Tag läuft %1 über sein geplantes Ende (%2) hinaus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its entries take %1 in a day planned for %2: %3 too much.</source>
        <translation>Seine Punkte dauern %1 an einem Tag, der für %2 geplant ist: %3 zu viel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With this change %1 would end after midnight: a meeting day has 24 hours. Nothing was changed.</source>
        <translation>Mit dieser Änderung würde %1 nach Mitternacht enden: Ein Besprechungstag hat 24 Stunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Change the day&apos;s planned start</source>
        <translation>Geplanten Beginn des Tages ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the day&apos;s planned end</source>
        <translation>Geplantes Ende des Tages ändern</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>Change the moderator</source>
        <translation>Moderation ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the start of %1</source>
        <translation>Beginn von %1 ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the end of %1</source>
        <translation>Ende von %1 ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a duration of at most 24 hours (such as 45, 1:30 or 1 h 30 min). Nothing was changed.</source>
        <translation>„%1“ ist keine Dauer von höchstens 24 Stunden (etwa 45, 1:30 oder 1 h 30 min). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the duration of %1</source>
        <translation>Dauer von %1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Change the coordinators of %1</source>
        <translation>Koordination von %1 ändern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change the kind of %1</source>
        <translation>Art von %1 ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pin %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin %1</source>
        <translation>Fixierung von %1 lösen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark %1 as recurring</source>
        <translation>%1 als wiederkehrend markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 as not recurring</source>
        <translation>%1 als nicht wiederkehrend markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit the pre-meeting notes of %1</source>
        <translation>Vorbereitungsnotizen von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the running notes of %1</source>
        <translation>Laufende Notizen von %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a moderated block</source>
        <translation>Moderierten Block hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a break</source>
        <translation>Pause hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a closing line</source>
        <translation>Abschlusszeile hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a topic</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a day</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove day %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move day %1 up</source>
        <translation>Tag %1 nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move day %1 down</source>
        <translation>Tag %1 nach unten verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>Quorum::AgendaTab</name>
    <message>
        <location filename="../views/agendatab.cpp" line="+54"/>
        <source>Pinned: keep this start when the agenda is re-timed</source>
        <translation>Fixiert: diesen Beginn beibehalten, wenn die Zeiten der Tagesordnung neu berechnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrin&amp;g: the next meeting of the series has it too</source>
        <translation>&amp;Wiederkehrend: Die nächste Besprechung der Reihe enthält ihn auch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days, moderated blocks and entries with their times; Insert adds a topic, Alt+Up and Alt+Down move one, F2 edits</source>
        <translation>Tage, moderierte Blöcke und Punkte mit ihren Zeiten; Einfg fügt ein Thema hinzu, Alt+Hoch und Alt+Runter verschieben eines, F2 bearbeitet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show &amp;Planned vs Actual</source>
        <translation>Soll-Ist-&amp;Vergleich anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset Columns (planned vs actual once a day has run)</source>
        <translation>Spalten &amp;zurücksetzen (Soll/Ist, sobald ein Tag gelaufen ist)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;Topic</source>
        <translation>&amp;Thema hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a topic after the selected entry</source>
        <translation>Ein Thema nach dem ausgewählten Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Break</source>
        <translation>&amp;Pause hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a break after the selected entry</source>
        <translation>Eine Pause nach dem ausgewählten Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Closing Line</source>
        <translation>&amp;Abschlusszeile hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a closing line after the selected entry</source>
        <translation>Eine Abschlusszeile nach dem ausgewählten Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Moderated B&amp;lock</source>
        <translation>Moderierten &amp;Block hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a block chaired by a moderator</source>
        <translation>Einen Block hinzufügen, den eine Moderation leitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Day</source>
        <translation>Ta&amp;g hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a day after the last one; the meeting grows by a day</source>
        <translation>Einen Tag nach dem letzten hinzufügen; die Besprechung wird um einen Tag länger</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected day, block or entry</source>
        <translation>Den ausgewählten Tag, Block oder Punkt entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected entry up (into and out of blocks, across days), or the selected day earlier</source>
        <translation>Den ausgewählten Punkt nach oben verschieben (in Blöcke hinein und aus ihnen heraus, über Tage hinweg) oder den ausgewählten Tag früher legen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected entry down (into and out of blocks, across days), or the selected day later</source>
        <translation>Den ausgewählten Punkt nach unten verschieben (in Blöcke hinein und aus ihnen heraus, über Tage hinweg) oder den ausgewählten Tag später legen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Carry Over to Next Meeting</source>
        <translation>In die &amp;nächste Besprechung übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected topic in the series&apos; parking lot, to be scheduled at a later meeting</source>
        <translation>Das ausgewählte Thema in den Themenspeicher der Reihe legen, um es in einer späteren Besprechung einzuplanen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;curring</source>
        <translation>Wieder&amp;kehrend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected entry as recurring: the next meeting of the series has it too</source>
        <translation>Den ausgewählten Punkt als wiederkehrend markieren: Die nächste Besprechung der Reihe enthält ihn auch</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing line</source>
        <translation>Abschlusszeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follows the entry before</source>
        <translation>schließt an den vorherigen Punkt an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carried over by Meeting › New Meeting in Series…, with its block</source>
        <translation>Übernommen durch Besprechung › Neue Besprechung in der Reihe…, mit seinem Block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>45 min, 1h 30m</source>
        <translation>45 Min., 1 Std. 30 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>09:00</source>
        <translation>09:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>17:00</source>
        <translation>17:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre-meeting notes</source>
        <translation>Vorbereitende Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown notes for the selected entry, saved as you type; Ctrl+Tab leaves the editor</source>
        <translation>Markdown-Notizen zum ausgewählten Punkt, beim Tippen gespeichert; Strg+Tab verlässt den Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-meeting notes: what to read, what to decide</source>
        <translation>Vorbereitungsnotizen: was zu lesen, was zu entscheiden ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda has no entries yet</source>
        <translation>Die Tagesordnung hat noch keine Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the first topic, or a moderated block to hold the topics of one moderator; breaks and a closing line keep the day&apos;s shape. Topics take their start from the entry before, so only durations need typing.</source>
        <translation>Fügen Sie das erste Thema hinzu oder einen moderierten Block für die Themen einer Moderation; Pausen und eine Abschlusszeile geben dem Tag seine Form. Themen übernehmen ihren Beginn vom vorherigen Punkt, daher müssen Sie nur die Dauer eingeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+330"/>
        <source>C&amp;oordinators:</source>
        <translation>&amp;Koordination:</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Planned &amp;start:</source>
        <translation>Geplanter B&amp;eginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned &amp;end:</source>
        <translation>Geplantes E&amp;nde:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre-meeting &amp;notes:</source>
        <translation>&amp;Vorbereitungsnotizen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop files onto an entry in the agenda to attach them to it.</source>
        <translation>Ziehen Sie Dateien auf einen Punkt der Tagesordnung, um sie daran anzuhängen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>The agenda is empty: add a day, a block or a topic.</source>
        <translation>Die Tagesordnung ist leer: Fügen Sie einen Tag, einen Block oder ein Thema hinzu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>M&amp;oderator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>follows the entry before (now %1)</source>
        <translation>schließt an den vorherigen Punkt an (jetzt %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlaps the entry before it by %1.</source>
        <translation>Überschneidet sich um %1 mit dem vorherigen Punkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts %1 after the entry before it ends.</source>
        <translation>Beginnt %1 nach dem Ende des vorherigen Punkts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None. Drop files onto the entry to attach them.</source>
        <translation>Keine. Ziehen Sie Dateien auf den Punkt, um sie anzuhängen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Runs %1 past the planned end.</source>
        <translation>Läuft %1 über das geplante Ende hinaus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled: %1.</source>
        <translation>Geplant: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The block&apos;s entries fit before what follows it.</source>
        <translation>Die Punkte des Blocks passen vor das Folgende.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Extend the Day to %1</source>
        <translation>Tag bis %1 verlängern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shorten %1 to %2</source>
        <translation>%1 auf %2 kürzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachFiles</name>
    <message>
        <location filename="../models/commands/attachfiles.cpp" line="+23"/>
        <source>store the attachments</source>
        <translation>die Anhänge speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentModel</name>
    <message>
        <location filename="../models/itemmodels/attachmentmodel.cpp" line="+50"/>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Describe “%1”</source>
        <translation>„%1“ beschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move “%1” to another agenda entry</source>
        <translation>„%1“ einem anderen Tagesordnungspunkt zuordnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by</source>
        <translation>Hochgeladen von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentPreview</name>
    <message>
        <location filename="../views/attachmentpreview.cpp" line="+42"/>
        <source>Select an attachment to see it here.</source>
        <translation>Wählen Sie einen Anhang aus, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attachment description</source>
        <translation>Beschreibung des Anhangs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a description: what the file is, which version</source>
        <translation>Beschreibung hinzufügen: was die Datei ist, welche Version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open With…</source>
        <translation>Ö&amp;ffnen mit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a private copy with the desktop&apos;s application for this type</source>
        <translation>Eine private Kopie mit der Anwendung der Arbeitsumgebung für diesen Typ öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type: %1
Size: %2
Modified: %3
sha256: %4

There is no preview for this type; “Open With…” opens a private copy.</source>
        <translation>Typ: %1
Größe: %2
Geändert: %3
sha256: %4

Für diesen Typ gibt es keine Vorschau; „Öffnen mit…“ öffnet eine private Kopie.</translation>
    </message>
</context>
<context>
    <name>Quorum::AttachmentsTab</name>
    <message>
        <location filename="../views/attachmentstab.cpp" line="+88"/>
        <source>(the whole meeting)</source>
        <translation>(die ganze Besprechung)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Filter attachments</source>
        <translation>Anhänge filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, description, uploader, agenda entry…</source>
        <translation>Nach Name, Beschreibung, hochladender Person, Tagesordnungspunkt filtern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep files in the library (or drop them here)</source>
        <translation>Dateien in der Bibliothek aufbewahren (oder hier ablegen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected attachment with a new version</source>
        <translation>Den ausgewählten Anhang durch eine neue Version ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected attachment (undo brings it back)</source>
        <translation>Den ausgewählten Anhang löschen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected attachment as a file</source>
        <translation>Den ausgewählten Anhang als Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All…</source>
        <translation>Alle speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every attachment of the meeting into a folder</source>
        <translation>Alle Anhänge der Besprechung in einem Ordner speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save All as ZIP…</source>
        <translation>Alle als ZIP speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every attachment of the meeting as one ZIP file</source>
        <translation>Alle Anhänge der Besprechung als eine ZIP-Datei speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the attachments as a grid of thumbnails</source>
        <translation>Die Anhänge als Raster von Vorschaubildern anzeigen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Attached %1 file(s).</source>
        <translation>%1 Datei(en) angehängt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach a File</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace “%1” With</source>
        <translation>„%1“ ersetzen durch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save All Attachments Into</source>
        <translation>Alle Anhänge speichern in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1 files into %2.</source>
        <translation>%1 Dateien in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save All as ZIP</source>
        <translation>Alle als ZIP speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
</context>
<context>
    <name>Quorum::BusyWaitDialog</name>
    <message>
        <location filename="../views/busywaitdialog.cpp" line="+24"/>
        <source>Library Busy</source>
        <translation>Bibliothek belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is busy: another program is writing to it. It is not damaged; Quorum opens it as soon as the other program is done.</source>
        <translation>„%1“ ist belegt: Ein anderes Programm schreibt gerade in sie. Sie ist nicht beschädigt; Quorum öffnet sie, sobald das andere Programm fertig ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting for the library</source>
        <translation>Warten auf die Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try Now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting: %1 s so far…</source>
        <translation>Wartezeit bisher: %1 s…</translation>
    </message>
</context>
<context>
    <name>Quorum::Cadence</name>
    <message>
        <location filename="../models/data/cadence.cpp" line="+106"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly on the same weekday</source>
        <translation>Monatlich am gleichen Wochentag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly on the last %1</source>
        <translation>Monatlich am letzten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the %1 %2</source>
        <translation>Monatlich am %1 %2</translation>
    </message>
</context>
<context>
    <name>Quorum::ClockOption</name>
    <message>
        <location filename="../models/document/clockoption.cpp" line="+17"/>
        <source>expected an ISO 8601 date and time with a UTC offset or a time zone, such as 2020-09-15T09:00:00-07:00 or &quot;2020-09-15T09:00 America/Los_Angeles&quot;</source>
        <translation>Erwartet wird ein Datum mit Uhrzeit nach ISO 8601 mit UTC-Versatz oder Zeitzone, etwa 2020-09-15T09:00:00-07:00 oder &quot;2020-09-15T09:00 America/Los_Angeles&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a time zone this machine knows.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Rechner kennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date and time: %2.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::ColourScheme</name>
    <message>
        <location filename="../views/colourscheme.cpp" line="+133"/>
        <source>C&amp;olours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop&apos;s colours, light or dark as its theme is</source>
        <translation>Die Farben des Desktops, hell oder dunkel wie sein Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light colours whatever the desktop&apos;s theme</source>
        <translation>Helle Farben, gleich welches Design der Desktop hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark colours whatever the desktop&apos;s theme</source>
        <translation>Dunkle Farben, gleich welches Design der Desktop hat</translation>
    </message>
</context>
<context>
    <name>Quorum::ColumnChooser</name>
    <message>
        <location filename="../views/columnchooser.cpp" line="+83"/>
        <source>%1 (empty for everyone)</source>
        <translation>%1 (leer für alle)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset Columns (hide empty ones)</source>
        <translation>Spalten zurücksetzen (leere ausblenden)</translation>
    </message>
</context>
<context>
    <name>Quorum::ConfluenceImportDialog</name>
    <message>
        <location filename="../views/confluenceimportdialog.cpp" line="+45"/>
        <source>Import Confluence Pages</source>
        <translation>Confluence-Seiten importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be imported from &lt;b&gt;%1&lt;/b&gt;. Nothing is written until you import; the import is one step that Edit › Undo takes back.</source>
        <translation>Was aus &lt;b&gt;%1&lt;/b&gt; importiert wird. Bis zum Import wird nichts geschrieben; der Import ist ein einziger Schritt, den Bearbeiten › Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From each page&apos;s title, without its date</source>
        <translation>Aus dem Titel jeder Seite, ohne deren Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Date of a page without one:</source>
        <translation>&amp;Datum einer Seite ohne Datum:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Left out (%1)</source>
        <translation>Ausgelassen (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read as: %1. Meetings: %2 (replacing %3 imported before). New people for the directory: %4. Parts not recognised: %5 (listed below with their page text).</source>
        <translation>Gelesen als: %1. Besprechungen: %2 (ersetzen %3 zuvor importierte). Neue Personen für das Verzeichnis: %4. Nicht erkannte Teile: %5 (unten mit ihrem Seitentext aufgeführt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A page gives no date: choose one above.</source>
        <translation>Eine Seite nennt kein Datum: Wählen Sie oben eines.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date on the page</source>
        <translation>kein Datum auf der Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replaces this meeting in the library</source>
        <translation>Ersetzt diese Besprechung in der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same title and date; the page replaces its contents</source>
        <translation>gleicher Titel und gleiches Datum; die Seite ersetzt ihren Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logistics</source>
        <translation>Organisatorisches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join link</source>
        <translation>Teilnahmelink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting ID</source>
        <translation>Besprechungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode</source>
        <translation>Kenncode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dial-in</source>
        <translation>Einwahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agenda (days: %1)</source>
        <translation>Tagesordnung (Tage: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no entries</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running notes</source>
        <translation>laufende Notizen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moderator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Participants (%1)</source>
        <translation>Teilnehmende (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in the directory</source>
        <translation>im Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new: joins the directory</source>
        <translation>neu: wird ins Personenverzeichnis aufgenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action items (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under “%1”</source>
        <translation>unter „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached documents (%1)</source>
        <translation>Angehängte Dokumente (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names only; the files stay on the page</source>
        <translation>nur Namen; die Dateien bleiben auf der Seite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Topic requests (%1)</source>
        <translation>Themenwünsche (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(%1 min)</source>
        <translation>(%1 Min.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action Item Summary (%1)</source>
        <translation>Aufgabenübersicht (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other meetings&apos; tasks: their state is updated where the library has them; never added to this meeting</source>
        <translation>Aufgaben anderer Besprechungen: Ihr Status wird aktualisiert, wo die Bibliothek sie enthält; sie werden nie dieser Besprechung hinzugefügt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not recognised (%1)</source>
        <translation>Nicht erkannt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not imported; the page text is shown</source>
        <translation>nicht importiert; der Seitentext wird angezeigt</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionModel</name>
    <message>
        <location filename="../models/itemmodels/decisionmodel.cpp" line="+56"/>
        <source>Remove the decision “%1”</source>
        <translation>Beschluss „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 decisions</source>
        <translation>%1 Beschlüsse entfernen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit the decision “%1”</source>
        <translation>Beschluss „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change who decided “%1”</source>
        <translation>Ändern, wer „%1“ beschlossen hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the date of “%1”</source>
        <translation>Datum von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the ticket of “%1”</source>
        <translation>Ticket von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionRegisterDialog</name>
    <message>
        <location filename="../views/decisionregisterdialog.cpp" line="+31"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision Register</source>
        <translation>Beschlussregister</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the decision or its ticket</source>
        <translation>Wörter im Beschluss oder in seinem Ticket</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Double-click (or Enter) to show the meeting the decision was taken at.</source>
        <translation>Doppelklick (oder Eingabetaste) zeigt die Besprechung, in der der Beschluss gefasst wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided &amp;by:</source>
        <translation>Beschlossen vo&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Containing:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No decisions here. A decision is recorded in the Running Notes tab (Record Decision, Ctrl+Shift+D).</source>
        <translation>Hier gibt es keine Beschlüsse. Ein Beschluss wird im Reiter „Laufende Notizen“ festgehalten (Beschluss festhalten, Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 decision</source>
        <translation>1 Beschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 decisions</source>
        <translation>%1 Beschlüsse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every series</source>
        <translation>Alle Reihen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionRegisterModel</name>
    <message>
        <location filename="../models/itemmodels/decisionregistermodel.cpp" line="+51"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Quorum::DecisionsView</name>
    <message>
        <location filename="../views/decisionsview.cpp" line="+32"/>
        <source>Decisions of this meeting</source>
        <translation>Beschlüsse dieser Besprechung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>28 Sep, yesterday</source>
        <translation>28. Sep., gestern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;Decision…</source>
        <translation>&amp;Beschluss erfassen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a decision of this meeting</source>
        <translation>Einen Beschluss dieser Besprechung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected decisions (undo brings them back)</source>
        <translation>Die ausgewählten Beschlüsse entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recorded the decision “%1”.</source>
        <translation>Beschluss „%1“ erfasst.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Decisions of this meeting (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beschlüsse dieser Besprechung (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed a decision.</source>
        <translation>Ein Beschluss wurde entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed %1 decisions.</source>
        <translation>%1 Beschlüsse wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>Quorum::DeleteMeeting</name>
    <message>
        <location filename="../models/commands/deletemeeting.cpp" line="+16"/>
        <source>Delete meeting “%1”</source>
        <translation>Besprechung „%1“ löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the meeting</source>
        <translation>Besprechung löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restore the meeting</source>
        <translation>Besprechung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Quorum::DialInModel</name>
    <message>
        <location filename="../models/itemmodels/dialinmodel.cpp" line="+15"/>
        <source>Country or label</source>
        <translation>Land oder Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
</context>
<context>
    <name>Quorum::Dialect</name>
    <message>
        <location filename="../models/storage/dialect.cpp" line="+40"/>
        <source>take a new number for the row</source>
        <translation>eine neue Nummer für die Zeile beziehen</translation>
    </message>
</context>
<context>
    <name>Quorum::DirectoryDialog</name>
    <message>
        <location filename="../views/directorydialog.cpp" line="+27"/>
        <source>Merge People</source>
        <translation>Personen zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Merge Into</source>
        <translation>Zusammenführen &amp;mit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person Directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes are saved at once; Edit › Undo takes them back.</source>
        <translation>Änderungen werden sofort gespeichert; Bearbeiten › Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library is read-only: the directory can be read, not changed.</source>
        <translation>Die Bibliothek ist schreibgeschützt: Das Verzeichnis kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find by name, username or alias</source>
        <translation>Nach Name, Benutzername oder Alias suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other names, separated by commas (K-T Lim, KT)</source>
        <translation>Weitere Namen, durch Kommas getrennt (K-T Lim, KT)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person to keep</source>
        <translation>Zu behaltende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person to keep…</source>
        <translation>Die zu behaltende Person wählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person becomes the one chosen: every meeting, agenda entry, action item and upload moves there, and this person&apos;s names become aliases. You are asked first; Undo takes it back.</source>
        <translation>Diese Person geht in der gewählten auf: Jede Besprechung, jeder Tagesordnungspunkt, jede Aufgabe und jeder Upload geht auf sie über, und die Namen dieser Person werden zu Aliasnamen. Sie werden vorher gefragt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliasnamen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appears in:</source>
        <translation>Kommt vor in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same person as:</source>
        <translation>Dieselbe Person wie:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New Group</source>
        <translation>&amp;Neue Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Group</source>
        <translation>Gruppe &amp;entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New group %1</source>
        <translation>Neue Gruppe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the group “%1”</source>
        <translation>Gruppe „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove the group “%1”</source>
        <translation>Gruppe „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename the group “%1”</source>
        <translation>Gruppe „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add %1 to “%2”</source>
        <translation>%1 zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take %1 out of “%2”</source>
        <translation>%1 aus „%2“ herausnehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mem&amp;bers:</source>
        <translation>Mitglie&amp;der:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No meetings.</source>
        <translation>Keine Besprechungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings: %1</source>
        <translation>Besprechungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda entries coordinated: %1. Blocks moderated: %2.</source>
        <translation>Koordinierte Tagesordnungspunkte: %1. Moderierte Blöcke: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items: %1. Topics requested: %2. Attachments uploaded: %3.</source>
        <translation>Aufgaben: %1. Gewünschte Themen: %2. Hochgeladene Anhänge: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved: “%1” does not look like an email address (name@example.org).</source>
        <translation>Nicht gespeichert: „%1“ sieht nicht wie eine E-Mail-Adresse aus (name@example.org).</translation>
    </message>
</context>
<context>
    <name>Quorum::DismissParkedTopic</name>
    <message>
        <location filename="../models/commands/dismissparkedtopic.cpp" line="+35"/>
        <source>save the parking lot</source>
        <translation>den Themenspeicher speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::DocumentDialog</name>
    <message>
        <location filename="../views/documentdialog.cpp" line="+34"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sheet: the moderator&apos;s copy of each day, planned and actual times</source>
        <translation>Ablaufplan: das Exemplar der Moderation für jeden Tag, mit geplanten und tatsächlichen Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items (as the summary filters them)</source>
        <translation>Aufgaben (wie in der Übersicht gefiltert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant copy</source>
        <translation>Exemplar für Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderator copy: durations, pre-meeting notes, room for notes</source>
        <translation>Exemplar für die Moderation: Dauer, Notizen vor der Besprechung, Platz für Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By assignee</source>
        <translation>Nach Verantwortlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By meeting</source>
        <translation>Nach Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participant list</source>
        <translation>&amp;Teilnehmendenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table of all action &amp;items</source>
        <translation>Tabelle aller &amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment &amp;list</source>
        <translation>Anhangs&amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned and actual &amp;times (days that have run)</source>
        <translation>Geplante und tatsächliche &amp;Zeiten (Tage, die gelaufen sind)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy:</source>
        <translation>E&amp;xemplar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (safe to open in a browser)</source>
        <translation>HTML (sicher im Browser zu öffnen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include:</source>
        <translation>Einschließen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Document</source>
        <translation>Dokument exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>HTML documents (*.html *.htm)</source>
        <translation>HTML-Dokumente (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Quorum::DuplicateMeeting</name>
    <message>
        <location filename="../models/commands/duplicatemeeting.cpp" line="+16"/>
        <source>Duplicate meeting “%1”</source>
        <translation>Besprechung „%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>copy the meeting</source>
        <translation>die Besprechung kopieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>remove the copy</source>
        <translation>die Kopie entfernen</translation>
    </message>
</context>
<context>
    <name>Quorum::EmptyState</name>
    <message>
        <location filename="../views/emptystate.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::FinalController</name>
    <message>
        <location filename="../views/finalcontroller.cpp" line="+30"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finalize Minutes…</source>
        <translation>Protokoll &amp;abschließen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen Minutes…</source>
        <translation>Protokoll &amp;wieder öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make the minutes editable again (recorded, with who and when)</source>
        <translation>Das Protokoll wieder bearbeitbar machen (wird mit Person und Zeitpunkt festgehalten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the minutes final: the meeting turns read-only and the minutes PDF is kept among its attachments</source>
        <translation>Das Protokoll als endgültig markieren: Die Besprechung wird schreibgeschützt und das Protokoll-PDF wird bei ihren Anhängen aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make final minutes editable again</source>
        <translation>Ein endgültiges Protokoll wieder bearbeitbar machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+H</source>
        <translation>Ctrl+Alt+H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change of the meeting&apos;s notes, agenda and action items</source>
        <translation>Jede Änderung an Notizen, Tagesordnung und Aufgaben der Besprechung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finalize Minutes</source>
        <translation>Protokoll abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting turns read-only and the minutes PDF is kept among its attachments.

Finalized by:</source>
        <translation>Die Besprechung wird schreibgeschützt und das Protokoll-PDF wird bei ihren Anhängen aufbewahrt.

Abgeschlossen von:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen Minutes</source>
        <translation>Protokoll wieder öffnen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final minutes, finalized by %1 on %2. Nothing of this meeting can be changed until they are reopened.</source>
        <translation>Endgültiges Protokoll, abgeschlossen von %1 am %2. An dieser Besprechung kann nichts geändert werden, bis es wieder geöffnet wird.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reopen the final minutes of “%1”? The meeting becomes editable again; the reopening is recorded as by %2, now.</source>
        <translation>Das endgültige Protokoll von „%1“ wieder öffnen? Die Besprechung wird wieder bearbeitbar; das Wiederöffnen wird als durch %2, jetzt, festgehalten.</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryDialog</name>
    <message>
        <location filename="../views/historydialog.cpp" line="+72"/>
        <source>&amp;Restore This Revision</source>
        <translation>Diese Revision &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prune History…</source>
        <translation>Verlauf &amp;bereinigen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the entry&apos;s notes to this revision&apos;s text: a new edit, which Edit › Undo takes back</source>
        <translation>Die Notizen des Punkts auf den Text dieser Revision setzen: eine neue Änderung, die Bearbeiten › Rückgängig zurücknimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the library&apos;s revisions older than a date</source>
        <translation>Revisionen der Bibliothek entfernen, die älter als ein Datum sind</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a notes revision to compare it with the one before, or two to compare them.</source>
        <translation>Wählen Sie eine Notizen-Revision, um sie mit der vorherigen zu vergleichen, oder zwei, um diese zu vergleichen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Prune History</source>
        <translation>Verlauf bereinigen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Revisions older than this date are removed from the whole library, for good. The notes, agenda and action items themselves stay as they are.</source>
        <translation>Revisionen, die älter als dieses Datum sind, werden aus der ganzen Bibliothek endgültig entfernt. Die Notizen, die Tagesordnung und die Aufgaben selbst bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove revisions &amp;before:</source>
        <translation>Revisionen &amp;entfernen vor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1

Only the notes keep their whole text; this change is kept as what it did.</source>
        <translation>%1

Nur Notizen behalten ihren vollständigen Text; diese Änderung wird als das festgehalten, was sie bewirkt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select one notes revision, or two of the same notes, to compare them.</source>
        <translation>Wählen Sie eine Notizen-Revision oder zwei derselben Notizen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing before)</source>
        <translation>(nichts davor)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove every revision of the library older than %1? This cannot be undone.</source>
        <translation>Jede Revision der Bibliothek entfernen, die älter als %1 ist? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 revision was removed.</source>
        <translation>1 Revision wurde entfernt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 revisions were removed.</source>
        <translation>%1 Revisionen wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryModel</name>
    <message>
        <location filename="../models/itemmodels/historymodel.cpp" line="+39"/>
        <source>Running notes of “%1”</source>
        <translation>Laufende Notizen zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-meeting notes of “%1”</source>
        <translation>Vorbereitungsnotizen zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(this library)</source>
        <translation>(diese Bibliothek)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A library on one computer does not record who made a change.</source>
        <translation>Eine Bibliothek auf einem einzelnen Computer erfasst nicht, wer eine Änderung vorgenommen hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Quorum::HistoryRecorder</name>
    <message>
        <location filename="../models/storage/historyrecorder.cpp" line="+26"/>
        <source>record the author</source>
        <translation>Autor festhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>As it was before the first recorded change</source>
        <translation>Stand vor der ersten erfassten Änderung</translation>
    </message>
</context>
<context>
    <name>Quorum::ImportConfluence</name>
    <message>
        <location filename="../models/commands/importconfluence.cpp" line="+17"/>
        <source>Import “%1” from Confluence</source>
        <translation>„%1“ aus Confluence importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1 Confluence pages</source>
        <translation>%1 Confluence-Seiten importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>import the Confluence pages</source>
        <translation>Confluence-Seiten importieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>undo the Confluence import</source>
        <translation>Confluence-Import rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Quorum::InvitationExportDialog</name>
    <message>
        <location filename="../views/invitationexportdialog.cpp" line="+30"/>
        <source>Export Calendar Invitation</source>
        <translation>Kalendereinladung exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One event per day</source>
        <translation>Ein Termin pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One event per block of the agenda</source>
        <translation>Ein Termin pro Block der Tagesordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who sends the invitation: replies go to this address</source>
        <translation>Wer die Einladung versendet: Antworten gehen an diese Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+50"/>
        <source>Event</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No participant has an email: the invitation names no attendee.</source>
        <translation>Keine teilnehmende Person hat eine E-Mail-Adresse: Die Einladung nennt keine Teilnehmenden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Invites %n participant(s) with an email.</source>
        <translation>
            <numerusform>Lädt %n teilnehmende Person mit E-Mail-Adresse ein.</numerusform>
            <numerusform>Lädt %n Teilnehmende mit E-Mail-Adresse ein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Events:</source>
        <translation>&amp;Termine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organisiert von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>When (%1)</source>
        <translation>Wann (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, all day</source>
        <translation>%1, ganztägig</translation>
    </message>
</context>
<context>
    <name>Quorum::InvitationImportDialog</name>
    <message>
        <location filename="../views/invitationimportdialog.cpp" line="+39"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, all day</source>
        <translation>%1, ganztägig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The meeting &lt;b&gt;%1&lt;/b&gt; from %2. Passcodes are never imported. Nothing is written until you import; Edit › Undo takes it back.</source>
        <translation>Die Besprechung &lt;b&gt;%1&lt;/b&gt; aus %2. Kenncodes werden nie importiert. Es wird nichts geschrieben, bevor Sie importieren; Bearbeiten › Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join link:</source>
        <translation>Teilnahmelink:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting ID:</source>
        <translation>Besprechungs-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dial-in:</source>
        <translation>Einwahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP:</source>
        <translation>SIP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode:</source>
        <translation>Kenncode:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meets &amp;%1 (from the invitation&apos;s repeat rule)</source>
        <translation>Findet &amp;%1 statt (laut Wiederholungsregel der Einladung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the series&apos; cadence; a series that has one already keeps its own.</source>
        <translation>Den Rhythmus der Reihe festlegen; eine Reihe, die schon einen hat, behält ihren eigenen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Cadence:</source>
        <translation>Rhythmus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats in a way a series&apos; cadence cannot say; none is set.</source>
        <translation>Wiederholt sich auf eine Weise, die der Rhythmus einer Reihe nicht abbilden kann; es wird keiner festgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;People (a new person is added to the directory when ticked):</source>
        <translation>&amp;Personen (eine neue Person wird dem Personenverzeichnis hinzugefügt, wenn sie angehakt ist):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the directory</source>
        <translation>Im Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the directory: added with this address when ticked</source>
        <translation>Nicht im Personenverzeichnis: wird mit dieser Adresse hinzugefügt, wenn angehakt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;new meeting</source>
        <translation>Eine &amp;neue Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Logistics of the meeting shown (none is shown)</source>
        <translation>&amp;Organisatorisches der angezeigten Besprechung (keine angezeigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logistics of “%1”: location, join link, numbers</source>
        <translation>&amp;Organisatorisches von „%1“: Ort, Teilnahmelink, Nummern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Quorum::LibraryFile</name>
    <message>
        <location filename="../models/document/libraryfile.cpp" line="+38"/>
        <source>by another program</source>
        <translation>von einem anderen Programm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 by %2 since %3 (process %4)</source>
        <translation>auf %1 von %2 seit %3 (Prozess %4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is open in Quorum %2.</source>
        <translation>„%1“ ist in Quorum %2 geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be edited: its folder is read-only.</source>
        <translation>„%1“ kann nicht bearbeitet werden: Sein Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>reach the server</source>
        <translation>den Server erreichen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other people&apos;s changes will show only when this library is opened again: %1</source>
        <translation>Änderungen anderer Personen erscheinen erst, wenn diese Bibliothek erneut geöffnet wird: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not listen for other people&apos;s changes: %1</source>
        <translation>Änderungen anderer Personen können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not listen for who else is editing: %1</source>
        <translation>Es kann nicht verfolgt werden, wer sonst gerade bearbeitet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say who is editing</source>
        <translation>mitteilen, wer gerade bearbeitet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The connection to the team library was lost (%1). It is read-only until the server answers again; Quorum reconnects by itself, and what you type is kept and saved then.</source>
        <translation>Die Verbindung zur Teambibliothek wurde unterbrochen (%1). Sie ist schreibgeschützt, bis der Server wieder antwortet; Quorum verbindet sich selbst neu, und was Sie eingeben, bleibt erhalten und wird dann gespeichert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>see whether the library is busy</source>
        <translation>prüfen, ob die Bibliothek belegt ist</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” cannot be edited: the file or its folder is read-only.</source>
        <translation>„%1“ kann nicht bearbeitet werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A team library on a server is set up with “quorum server-init ADDRESS”.</source>
        <translation>Eine Teambibliothek auf einem Server wird mit „quorum server-init ADDRESS“ eingerichtet.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>it could not be read for its check: %1</source>
        <translation>sie konnte für ihre Prüfung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its check could not even finish</source>
        <translation>ihre Prüfung konnte nicht einmal abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is damaged (%2). It is read-only now, so that nothing makes it worse. File › Restore from Backup… brings back an earlier copy; File › Check Library tells more.</source>
        <translation>„%1“ ist beschädigt (%2). Die Bibliothek ist jetzt schreibgeschützt, damit nichts sie weiter verschlechtert. Datei › Aus Sicherung wiederherstellen… holt eine frühere Kopie zurück; Datei › Bibliothek prüfen liefert Einzelheiten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>see whether another program changed the library</source>
        <translation>prüfen, ob ein anderes Programm die Bibliothek geändert hat</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>“%1” was changed by another program, so this edit was not saved over that change. Quorum has read the library again; please make the edit once more.</source>
        <translation>„%1“ wurde von einem anderen Programm geändert, daher wurde diese Bearbeitung nicht über diese Änderung gespeichert. Quorum hat die Bibliothek neu eingelesen; bitte nehmen Sie die Bearbeitung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing of this edit was saved.</source>
        <translation>%1 Von dieser Bearbeitung wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: %1 What you see is kept on screen and saved with your next edit once the problem is solved.</source>
        <translation>Nicht gespeichert: %1 Was Sie sehen, bleibt auf dem Bildschirm erhalten und wird mit Ihrer nächsten Bearbeitung gespeichert, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>rebuild the search index</source>
        <translation>den Suchindex neu aufbauen</translation>
    </message>
</context>
<context>
    <name>Quorum::LibraryModels</name>
    <message>
        <location filename="../models/document/librarymodels.cpp" line="+49"/>
        <source>Day %1, %2 %3</source>
        <translation>Tag %1, %2 %3</translation>
    </message>
</context>
<context>
    <name>Quorum::LibraryStatus</name>
    <message>
        <location filename="../views/librarystatus.cpp" line="+74"/>
        <source>Library status icon</source>
        <translation>Symbol für den Bibliotheksstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library status</source>
        <translation>Bibliotheksstatus</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached. What you type is kept and saved when it is back.</source>
        <translation>Der Server ist nicht erreichbar. Was Sie eingeben, bleibt erhalten und wird gespeichert, sobald er wieder da ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving fails at the moment; what you see is kept and saved with your next edit once the problem is solved.</source>
        <translation>Das Speichern schlägt zurzeit fehl; was Sie sehen, bleibt erhalten und wird mit Ihrer nächsten Bearbeitung gespeichert, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the library…</source>
        <translation>Bibliothek wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum checks the library for damage after opening it; you can go on working.</source>
        <translation>Quorum prüft die Bibliothek nach dem Öffnen auf Schäden; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A snapshot of the library is being written to the backup folder; you can go on working.</source>
        <translation>Eine Momentaufnahme der Bibliothek wird in den Sicherungsordner geschrieben; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This library can be read but not changed in this window.</source>
        <translation>Diese Bibliothek kann in diesem Fenster gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved just now</source>
        <translation>Soeben gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved at %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Every edit is saved as you make it.</source>
        <translation>Jede Bearbeitung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>Quorum::LiveController</name>
    <message>
        <location filename="../views/livecontroller.cpp" line="+55"/>
        <source>&amp;Start Meeting…</source>
        <translation>&amp;Besprechung beginnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run of a day: its first entry starts now or at its planned time</source>
        <translation>Den Ablauf eines Tages beginnen: Sein erster Punkt beginnt jetzt oder zur geplanten Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the running entry and start the next</source>
        <translation>Den laufenden Punkt beenden und den nächsten beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back: the entry before runs on</source>
        <translation>Zurück: Der vorige Punkt läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <location line="+21"/>
        <source>P&amp;ause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Ctrl+Shift+Space</source>
        <translation>Ctrl+Shift+Space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the running entry&apos;s clock, or start it again</source>
        <translation>Die Uhr des laufenden Punkts anhalten oder wieder starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the running entry (it is not held) and start the next</source>
        <translation>Den laufenden Punkt überspringen (er findet nicht statt) und den nächsten beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End Day</source>
        <translation>&amp;Tag beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+F9</source>
        <translation>Shift+F9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the running entry and the day</source>
        <translation>Den laufenden Punkt und den Tag beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-time the Rest…</source>
        <translation>&amp;Rest neu planen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-time the rest of the day from the actual times: push, shorten or drop entries</source>
        <translation>Den Rest des Tages anhand der tatsächlichen Zeiten neu planen: Punkte verschieben, kürzen oder streichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warning Time…</source>
        <translation>&amp;Warnzeit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many minutes before an entry&apos;s end its countdown turns amber</source>
        <translation>Wie viele Minuten vor dem Ende eines Punkts sein Countdown gelb wird</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Live Panel</source>
        <translation>&amp;Live-Anzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+L</source>
        <translation>Ctrl+Alt+L</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Show Live Panel</source>
        <translation>Live-Anzeige einblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Run</source>
        <translation>&amp;Live-Ablauf</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+7"/>
        <source>● Live: %1 — day %2</source>
        <translation>● Live: %1 — Tag %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Today is day %1 of “%2”. Start the meeting when it begins, or keep an eye on the day with the live panel.</source>
        <translation>Heute ist Tag %1 von „%2“. Beginnen Sie die Besprechung, wenn sie anfängt, oder behalten Sie den Tag mit der Live-Anzeige im Blick.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>That step does not apply to the run as it stands.</source>
        <translation>Dieser Schritt passt nicht zum aktuellen Stand des Ablaufs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-timed the rest of the day. Edit › Undo puts the plan back.</source>
        <translation>Der Rest des Tages wurde neu geplant. Bearbeiten › Rückgängig stellt die Planung wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning Time</source>
        <translation>Warnzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the countdown amber when this many minutes are left:</source>
        <translation>Countdown gelb färben, wenn noch so viele Minuten übrig sind:</translation>
    </message>
</context>
<context>
    <name>Quorum::LivePanel</name>
    <message>
        <location filename="../views/livepanel.cpp" line="+38"/>
        <source>Live Meeting</source>
        <translation>Live-Besprechung</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time left for the running agenda entry; counts past zero, with a minus sign, when it overruns</source>
        <translation>Verbleibende Zeit des laufenden Tagesordnungspunkts; zählt mit Minuszeichen über null hinaus, wenn er überzieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time now, in the meeting&apos;s time zone</source>
        <translation>Die aktuelle Uhrzeit in der Zeitzone der Besprechung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⏸ Paused: the clock stands still</source>
        <translation>⏸ Pausiert: Die Uhr steht still</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting is shown.</source>
        <translation>Es wird keine Besprechung angezeigt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This meeting has no day to run.</source>
        <translation>Diese Besprechung hat keinen Tag, der ablaufen könnte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — led by %2</source>
        <translation>%1 – geleitet von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not started.</source>
        <translation>%1 hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First: %1, planned at %2</source>
        <translation>Zuerst: %1, geplant um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended at %2.</source>
        <translation>%1 endete um %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day ran: %1.</source>
        <translation>Der Tag ist gelaufen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is live.</source>
        <translation>%1 läuft live.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No coordinator</source>
        <translation>Keine Koordination</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Led by %1</source>
        <translation>Geleitet von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over its planned time</source>
        <translation>Über der geplanten Zeit</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minutes or less left</source>
        <translation>
            <numerusform>Noch %n Minute oder weniger</numerusform>
            <numerusform>Noch %n Minuten oder weniger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Over time: elapsed %1 of %n min</source>
        <translation>
            <numerusform>Überzogen: %1 von %n Min. vergangen</numerusform>
            <numerusform>Überzogen: %1 von %n Min. vergangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Elapsed %1 of %n min</source>
        <translation>
            <numerusform>%1 von %n Min. vergangen</numerusform>
            <numerusform>%1 von %n Min. vergangen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Block: %1</source>
        <translation>Block: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block “%1”: %2</source>
        <translation>Block „%1“: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block moderated by %1: %2</source>
        <translation>Block moderiert von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block “%1”, moderated by %2: %3</source>
        <translation>Block „%1“, moderiert von %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is running.</source>
        <translation>Es läuft nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day: %1</source>
        <translation>Tag: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: the end of the day</source>
        <translation>Als Nächstes: das Ende des Tages</translation>
    </message>
</context>
<context>
    <name>Quorum::LiveStyle</name>
    <message>
        <location filename="../views/livestyle.cpp" line="+73"/>
        <source>on time</source>
        <translation>im Zeitplan</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n Min. im Verzug</numerusform>
            <numerusform>%n Min. im Verzug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n Min. voraus</numerusform>
            <numerusform>%n Min. voraus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+96"/>
        <location line="+1403"/>
        <source>Quorum libraries (*.quorum)</source>
        <translation>Quorum-Bibliotheken (*.quorum)</translation>
    </message>
    <message>
        <location line="-1402"/>
        <source>Quorum JSON (*.json)</source>
        <translation>Quorum-JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search Library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search meetings (Ctrl+F)</source>
        <translation>Besprechungen suchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search meetings</source>
        <translation>Besprechungen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library&apos;s meetings, grouped by series, newest first; Enter opens one</source>
        <translation>Die Besprechungen der Bibliothek, nach Reihen gruppiert, die neuesten zuerst; Eingabe öffnet eine</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No library is open</source>
        <translation>Keine Bibliothek geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A library is one file that holds your meetings: their agendas, notes, participants, attachments and action items. Start a new one, or open one you have.</source>
        <translation>Eine Bibliothek ist eine Datei, die Ihre Besprechungen enthält: Tagesordnungen, Notizen, Teilnehmende, Anhänge und Aufgaben. Legen Sie eine neue an oder öffnen Sie eine vorhandene.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Team Library…</source>
        <translation>&amp;Teambibliothek öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+Shift+O</source>
        <translation>Ctrl+Alt+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A library your team shares on a PostgreSQL server</source>
        <translation>Eine Bibliothek, die Ihr Team auf einem PostgreSQL-Server gemeinsam nutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import JSON as New Library…</source>
        <translation>JSON als neue Bibliothek &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Confluence Pa&amp;ges…</source>
        <translation>Confluence-Seiten imp&amp;ortieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting pages from Confluence: storage format, an HTML or Word export, a space export ZIP or their Markdown rendering</source>
        <translation>Besprechungsseiten aus Confluence: Speicherformat, HTML- oder Word-Export, Bereichsexport als ZIP oder ihre Markdown-Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import In&amp;vitation (.ics, .eml)…</source>
        <translation>Einladun&amp;g importieren (.ics, .eml)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A calendar invitation from Zoom, Teams, Google Calendar, Outlook or Webex: a new meeting, or the logistics of the meeting shown</source>
        <translation>Eine Kalendereinladung aus Zoom, Teams, Google Kalender, Outlook oder Webex: als neue Besprechung oder als Rahmendaten der angezeigten Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Meeting as JSON…</source>
        <translation>Besprechung als JSON &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Library as JSON…</source>
        <translation>Bibliothek als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Action Items as &amp;CSV…</source>
        <translation>Aufgaben als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Action Items as i&amp;Calendar…</source>
        <translation>Aufgaben als iCa&amp;lendar exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action items the summary shows, with its filters</source>
        <translation>Die Aufgaben, die die Übersicht anzeigt, mit ihren Filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Calendar In&amp;vitation…</source>
        <translation>&amp;Kalendereinladung exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+Shift+I</source>
        <translation>Ctrl+Alt+Shift+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shown meeting as a calendar invitation (.ics): an event per day or per block, its participants with an email invited</source>
        <translation>Die angezeigte Besprechung als Kalendereinladung (.ics): ein Termin je Tag oder je Block, eingeladen sind die Teilnehmenden mit E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;Document (PDF, HTML, Markdown)…</source>
        <translation>&amp;Dokument exportieren (PDF, HTML, Markdown)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish to Conf&amp;luence</source>
        <translation>In Confluence ve&amp;röffentlichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Minutes as Confluence</source>
        <translation>&amp;Protokoll als Confluence kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;Agenda as Confluence</source>
        <translation>&amp;Tagesordnung als Confluence kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+Shift+C</source>
        <translation>Ctrl+Alt+Shift+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Minutes as Confluence…</source>
        <translation>Protokoll als Confluence &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export A&amp;genda as Confluence…</source>
        <translation>Tagesordnung als Confluence e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;Minutes…</source>
        <translation>Protokoll &amp;senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minutes by mail to the participants: summary, decisions, action items and the PDF</source>
        <translation>Das Protokoll per E-Mail an die Teilnehmenden: Zusammenfassung, Beschlüsse, Aufgaben und das PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Action Mails &amp;by Person…</source>
        <translation>Aufgaben-&amp;Mails je Person exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+Shift+M</source>
        <translation>Ctrl+Alt+Shift+M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One .eml per person with their open action items across the library</source>
        <translation>Eine .eml je Person mit ihren offenen Aufgaben aus der ganzen Bibliothek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chec&amp;k Library…</source>
        <translation>Bibliothek &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup &amp;Folder…</source>
        <translation>Sic&amp;herungsordner…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Meeting…</source>
        <translation>Neue &amp;Besprechung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate Meeting</source>
        <translation>Besprechung &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a copy of the meeting&apos;s plan: logistics, agenda, participants and attachments</source>
        <translation>Eine Kopie der Planung der Besprechung anlegen: Rahmendaten, Tagesordnung, Teilnehmende und Anhänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve Meeting to Series…</source>
        <translation>Besprechung in Reihe &amp;verschieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+M</source>
        <translation>Ctrl+Alt+M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Meeting…</source>
        <translation>Besprechung &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person &amp;Directory…</source>
        <translation>&amp;Personenverzeichnis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ticket Links…</source>
        <translation>&amp;Ticket-Links…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Meeting</source>
        <translation>Bes&amp;prechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Meeting in &amp;Series…</source>
        <translation>Neue Besprechung in &amp;Reihe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the series&apos; next meeting from its last one: logistics, participants and recurring entries</source>
        <translation>Die nächste Besprechung der Reihe aus ihrer letzten anlegen: Rahmendaten, Teilnehmende und wiederkehrende Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ries…</source>
        <translation>R&amp;eihe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A series&apos; meetings, its default time zone and its cadence</source>
        <translation>Die Besprechungen einer Reihe, ihre Standard-Zeitzone und ihr Rhythmus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;Template…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the meeting&apos;s shape (days, blocks, recurring entries, breaks, logistics) as a named template</source>
        <translation>Die Form der Besprechung (Tage, Blöcke, wiederkehrende Punkte, Pausen, Rahmendaten) als benannte Vorlage behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Meeting from Te&amp;mplate…</source>
        <translation>Neue Besprechung aus Vor&amp;lage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a meeting from a template; rename or delete templates</source>
        <translation>Eine Besprechung aus einer Vorlage anlegen; Vorlagen umbenennen oder löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search Meetings</source>
        <translation>Besprechungen &amp;suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search &amp;Library…</source>
        <translation>&amp;Bibliothek durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;List</source>
        <translation>Besprechungs&amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter View</source>
        <translation>&amp;Präsentationsansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Decision Register…</source>
        <translation>Beschluss&amp;register…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every decision of the library, with filters and export</source>
        <translation>Alle Beschlüsse der Bibliothek, mit Filtern und Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes Since Last Meeting…</source>
        <translation>&amp;Änderungen seit der letzten Besprechung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Tagesordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running &amp;Notes</source>
        <translation>Laufende &amp;Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Participants</source>
        <translation>T&amp;eilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction Items</source>
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ttachments</source>
        <translation>&amp;Anhänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;lanning</source>
        <translation>Planun&amp;g</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record Action Item</source>
        <translation>Aufgabe erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an action item for the meeting shown (in the Action Items tab)</source>
        <translation>Eine Aufgabe für die angezeigte Besprechung erfassen (im Reiter „Aufgaben“)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Added a copy of the meeting, without its notes and action items. Change its title and dates on the Overview tab.</source>
        <translation>Eine Kopie der Besprechung wurde angelegt, ohne ihre Notizen und Aufgaben. Ändern Sie Titel und Daten im Reiter „Übersicht“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move Meeting to Series</source>
        <translation>Besprechung in Reihe verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move “%1” to the series (choose one, or type a new name):</source>
        <translation>„%1“ in die Reihe verschieben (wählen Sie eine aus oder geben Sie einen neuen Namen ein):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved the meeting to the series “%1”.</source>
        <translation>Die Besprechung wurde in die Reihe „%1“ verschoben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Delete Meeting</source>
        <translation>Besprechung löschen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete the meeting “%1”?</source>
        <translation>Die Besprechung „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

You can bring it back with Edit › Undo (%2).</source>
        <translation>%1

Sie können sie mit Bearbeiten › Rückgängig (%2) zurückholen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted the meeting. Edit › Undo brings it back.</source>
        <translation>Die Besprechung wurde gelöscht. Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>%1 — %2 — Quorum</source>
        <translation>%1 — %2 — Quorum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Quorum</source>
        <translation>%1 — Quorum</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1

Open it read-only? You can read, search, print and export it, and switch to editing once the other Quorum has closed it.</source>
        <translation>%1

Schreibgeschützt öffnen? Sie können sie lesen, durchsuchen, drucken und exportieren und zum Bearbeiten wechseln, sobald das andere Quorum sie geschlossen hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library in Use</source>
        <translation>Bibliothek in Gebrauch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: %1 You can read, search, print and export it.</source>
        <translation>Schreibgeschützt: %1 Sie können sie lesen, durchsuchen, drucken und exportieren.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Read-only: the other Quorum has closed this library. &lt;a href=&quot;edit&quot;&gt;Switch to editing&lt;/a&gt;</source>
        <translation>Schreibgeschützt: Das andere Quorum hat diese Bibliothek geschlossen. &lt;a href=&quot;edit&quot;&gt;Zum Bearbeiten wechseln&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running Notes</source>
        <translation>Laufende Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action Items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This library has no meetings yet</source>
        <translation>Diese Bibliothek enthält noch keine Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the first meeting: give it a title, its dates and its series; then plan its agenda and invite its participants.</source>
        <translation>Legen Sie die erste Besprechung an: Geben Sie ihr einen Titel, ihre Daten und ihre Reihe; planen Sie dann ihre Tagesordnung und laden Sie die Teilnehmenden ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting is still empty</source>
        <translation>Diese Besprechung ist noch leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan its agenda, invite its participants, or start from a copy of an earlier meeting (Edit › Duplicate Meeting, then move the copy here).</source>
        <translation>Planen Sie ihre Tagesordnung, laden Sie die Teilnehmenden ein oder beginnen Sie mit einer Kopie einer früheren Besprechung (Bearbeiten › Besprechung duplizieren, dann die Kopie hierher verschieben).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Another program changed this library: Quorum has read it again. Edits made before that can no longer be undone.</source>
        <translation>Ein anderes Programm hat diese Bibliothek geändert: Quorum hat sie neu eingelesen. Frühere Bearbeitungen können nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving works again: everything on screen is saved.</source>
        <translation>Speichern funktioniert wieder: Alles auf dem Bildschirm ist gespeichert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Opened %1 read-only.</source>
        <translation>%1 schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened %1. Every edit is saved as you make it.</source>
        <translation>%1 geöffnet. Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings.quorum</source>
        <translation>Besprechungen.quorum</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import JSON</source>
        <translation>JSON importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Imported Library As</source>
        <translation>Importierte Bibliothek speichern unter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a library that you can edit to import Confluence pages into it.</source>
        <translation>Öffnen Sie eine Bibliothek, die Sie bearbeiten können, um Confluence-Seiten in sie zu importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Confluence Pages</source>
        <translation>Confluence-Seiten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confluence pages (*.html *.htm *.xhtml *.xml *.doc *.mht *.mhtml *.zip *.txt *.md);;All files (*)</source>
        <translation>Confluence-Seiten (*.html *.htm *.xhtml *.xml *.doc *.mht *.mhtml *.zip *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>Nothing was imported from “%1”: %2</source>
        <translation>Aus „%1“ wurde nichts importiert: %2</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Imported from Confluence: %1. Edit › Undo takes the import back.</source>
        <translation>Aus Confluence importiert: %1. Bearbeiten › Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 meetings</source>
        <translation>%1 Besprechungen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open a library that you can edit to import an invitation into it.</source>
        <translation>Öffnen Sie eine Bibliothek, die Sie bearbeiten können, um eine Einladung in sie zu importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import Invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar invitations (*.ics *.eml);;All files (*)</source>
        <translation>Kalendereinladungen (*.ics *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The logistics of “%1” were filled from the invitation. Edit › Undo takes them back.</source>
        <translation>Die Rahmendaten von „%1“ wurden aus der Einladung übernommen. Bearbeiten › Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meeting already has the invitation&apos;s logistics.</source>
        <translation>Die Besprechung hat die Rahmendaten der Einladung bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported the invitation “%1”. Edit › Undo takes the import back.</source>
        <translation>Die Einladung „%1“ wurde importiert. Bearbeiten › Rückgängig nimmt den Import zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Library</source>
        <translation>Bibliothek exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Meeting</source>
        <translation>Besprechung exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+159"/>
        <source>%1 Nothing was exported.</source>
        <translation>%1 Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+159"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>%1 Nothing was copied.</source>
        <translation>%1 Es wurde nichts kopiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a meeting in the list first: its agenda or minutes are what is exported.</source>
        <translation>Wählen Sie zuerst eine Besprechung in der Liste: Exportiert wird ihre Tagesordnung oder ihr Protokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish to Confluence</source>
        <translation>In Confluence veröffentlichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a meeting in the list first: its minutes are what is sent.</source>
        <translation>Wählen Sie zuerst eine Besprechung in der Liste: Versendet wird ihr Protokoll.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 No mail was made.</source>
        <translation>%1 Es wurde keine E-Mail erstellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the Action Mails</source>
        <translation>Ordner für die Aufgaben-Mails</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 No mail was written.</source>
        <translation>%1 Es wurde keine E-Mail geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 %n mail(s) were written before it.</source>
        <translation>
            <numerusform>%1 Davor wurde %n E-Mail geschrieben.</numerusform>
            <numerusform>%1 Davor wurden %n E-Mails geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrote %n action mail(s) to %1.</source>
        <translation>
            <numerusform>%n Aufgaben-Mail nach %1 geschrieben.</numerusform>
            <numerusform>%n Aufgaben-Mails nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mail address, no mail: %1.</source>
        <translation>Keine E-Mail-Adresse, keine E-Mail: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a meeting in the list first: its invitation is what is exported.</source>
        <translation>Wählen Sie zuerst eine Besprechung in der Liste: Exportiert wird ihre Einladung.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export Calendar Invitation</source>
        <translation>Kalendereinladung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the invitation</source>
        <translation>Die Einladung exportieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Action Items</source>
        <translation>Aufgaben exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar to-dos (*.ics)</source>
        <translation>iCalendar-Aufgaben (*.ics)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+182"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Export Document</source>
        <translation>Dokument exportieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print Preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” could not be printed: the printer could not be started.</source>
        <translation>„%1“ konnte nicht gedruckt werden: Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 Seiten an den Drucker gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (restored).quorum</source>
        <translation>%1 (wiederhergestellt).quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore into New File</source>
        <translation>In neue Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups now go to %1.</source>
        <translation>Sicherungen werden jetzt in %1 abgelegt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Export Decision Register</source>
        <translation>Beschlussregister exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check Library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found in this library.</source>
        <translation>In dieser Bibliothek wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check found problems in this library. Nothing was changed.</source>
        <translation>Die Prüfung hat Probleme in dieser Bibliothek gefunden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rebuild Search Index</source>
        <translation>Suchindex neu aufbauen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search index was rebuilt.</source>
        <translation>Der Suchindex wurde neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>New Meeting in Series</source>
        <translation>Neue Besprechung in Reihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library has no series yet. Give a meeting a series first (Edit › New Meeting… or Move Meeting to Series…).</source>
        <translation>Die Bibliothek hat noch keine Reihe. Ordnen Sie zuerst eine Besprechung einer Reihe zu (Bearbeiten › Neue Besprechung… oder Besprechung in Reihe verschieben…).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The library has no series yet.</source>
        <translation>Die Bibliothek hat noch keine Reihe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the shape of “%1” (its days, blocks, recurring entries, breaks and logistics):</source>
        <translation>Ein Name für die Form von „%1“ (ihre Tage, Blöcke, wiederkehrenden Punkte, Pausen und Rahmendaten):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A team library is backed up on its server by its administrator; `quorum copy` takes a copy of it as a file.</source>
        <translation>Eine Teambibliothek wird auf ihrem Server von der Administration gesichert; `quorum copy` legt eine Kopie als Datei an.</translation>
    </message>
</context>
<context>
    <name>Quorum::MarkdownEditor</name>
    <message>
        <location filename="../views/markdowneditor.cpp" line="+73"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outdent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☐ Task</source>
        <translation>☐ Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+9</source>
        <translation>Ctrl+Shift+9</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This note is very long (%1 characters), so it is shown and edited as its Markdown text rather than formatted.</source>
        <translation>Diese Notiz ist sehr lang (%1 Zeichen), daher wird sie als Markdown-Text angezeigt und bearbeitet statt formatiert.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Insert Link</source>
        <translation>Link einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingDocument</name>
    <message>
        <location filename="../models/meetingdocument.cpp" line="+174"/>
        <source>The library could not be read.</source>
        <translation>Die Bibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A meeting cannot end before it starts. The dates were not changed.</source>
        <translation>Eine Besprechung kann nicht enden, bevor sie beginnt. Die Daten wurden nicht geändert.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 agenda entry</source>
        <translation>1 Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 agenda entries</source>
        <translation>%1 Tagesordnungspunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with %2 (%3 with running notes)</source>
        <translation>%1 mit %2 (%3 mit laufenden Notizen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 action item</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 action items</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 decision</source>
        <translation>1 Beschluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 decisions</source>
        <translation>%1 Beschlüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 attachment</source>
        <translation>1 Anhang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 attachments</source>
        <translation>%1 Anhänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 participant</source>
        <translation>1 Teilnehmende(r)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 participants</source>
        <translation>%1 Teilnehmende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 topic request</source>
        <translation>1 Themenwunsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 topic requests</source>
        <translation>%1 Themenwünsche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 dial-in number</source>
        <translation>1 Einwahlnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 dial-in numbers</source>
        <translation>%1 Einwahlnummern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The meeting is empty.</source>
        <translation>Die Besprechung ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With it go %1.</source>
        <translation>Mit ihr werden auch gelöscht: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With it go %1 and %2.</source>
        <translation>Mit ihr werden auch gelöscht: %1 und %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>day %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start the run of %1</source>
        <translation>Ablauf von %1 beginnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Next: “%1”</source>
        <translation>Weiter: „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End “%1” and %2</source>
        <translation>„%1“ und %2 beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to “%1”</source>
        <translation>Zurück zu „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip “%1”</source>
        <translation>„%1“ überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause the run</source>
        <translation>Ablauf pausieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume the run</source>
        <translation>Ablauf fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End the run of %1</source>
        <translation>Ablauf von %1 beenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re-time the rest of %1</source>
        <translation>Restliche Zeiten von %1 neu planen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Schedule “%1”</source>
        <translation>„%1“ einplanen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Schedule “%1” from the parking lot</source>
        <translation>„%1“ aus dem Themenspeicher einplanen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Carry “%1” over to the next meeting</source>
        <translation>„%1“ in die nächste Besprechung übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep “%1” from the parking lot</source>
        <translation>„%1“ im Themenspeicher behalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove “%1” from the parking lot</source>
        <translation>„%1“ aus dem Themenspeicher entfernen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Record the action item “%1”</source>
        <translation>Aufgabe „%1“ erfassen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+26"/>
        <source>A decision needs its text: say what was decided.</source>
        <translation>Ein Beschluss braucht einen Text: Halten Sie fest, was beschlossen wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the decision “%1”</source>
        <translation>Beschluss „%1“ erfassen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change the ticket links</source>
        <translation>Ticket-Links ändern</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+5"/>
        <source>Add participants</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Attach “%1”</source>
        <translation>„%1“ anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach %1 files</source>
        <translation>%1 Dateien anhängen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replace “%1” with a new version</source>
        <translation>„%1“ durch eine neue Version ersetzen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The minutes of “%1” are final, so the meeting cannot be changed. Reopen them first (Meeting › Reopen Minutes…).</source>
        <translation>Das Protokoll von „%1“ ist endgültig, daher kann die Besprechung nicht geändert werden. Öffnen Sie es zuerst wieder (Besprechung › Protokoll wieder öffnen…).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The minutes of “%1” are final already.</source>
        <translation>Das Protokoll von „%1“ ist bereits endgültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say who finalizes the minutes. Nothing was changed.</source>
        <translation>Geben Sie an, wer das Protokoll abschließt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The minutes could not be written, so they were not finalized: %1</source>
        <translation>Das Protokoll konnte nicht geschrieben werden und wurde daher nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Minutes %1 %2.pdf</source>
        <translation>Protokoll %1 %2.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Final minutes, finalized by %1</source>
        <translation>Endgültiges Protokoll, abgeschlossen von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finalize the minutes of “%1”</source>
        <translation>Protokoll von „%1“ abschließen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say who reopens the minutes. Nothing was changed.</source>
        <translation>Geben Sie an, wer das Protokoll wieder öffnet. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen the minutes of “%1”</source>
        <translation>Protokoll von „%1“ wieder öffnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“%1” is no longer on the agenda, so its notes cannot be restored.</source>
        <translation>„%1“ steht nicht mehr auf der Tagesordnung, daher können seine Notizen nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the running notes of “%1” as of %2</source>
        <translation>Laufende Notizen von „%1“ auf den Stand vom %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the pre-meeting notes of “%1” as of %2</source>
        <translation>Vorbereitende Notizen von „%1“ auf den Stand vom %2 zurücksetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>prune the history</source>
        <translation>Verlauf bereinigen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change the series “%1”</source>
        <translation>Reihe „%1“ ändern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A page gives no date; choose the meeting’s date. Nothing was imported.</source>
        <translation>Eine Seite nennt kein Datum; wählen Sie das Datum der Besprechung. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import the invitation “%1”</source>
        <translation>Einladung „%1“ importieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Fill the logistics from the invitation</source>
        <translation>Rahmendaten aus der Einladung übernehmen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A template needs a name.</source>
        <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A template named “%1” exists already: choose another name.</source>
        <translation>Eine Vorlage namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the template “%1”</source>
        <translation>Vorlage „%1“ speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename the template “%1”</source>
        <translation>Vorlage „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the template “%1”</source>
        <translation>Vorlage „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingListModel</name>
    <message>
        <location filename="../models/itemmodels/meetinglistmodel.cpp" line="+28"/>
        <source>Not in a series</source>
        <translation>Keine Reihe</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Final minutes</source>
        <translation>%1
Endgültiges Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live now: day %1
%2</source>
        <translation>Jetzt live: Tag %1
%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
</context>
<context>
    <name>Quorum::MeetingRows</name>
    <message>
        <location filename="../models/storage/meetingrows.cpp" line="+123"/>
        <source>Could not read the meeting: it is no longer in the library.</source>
        <translation>Die Besprechung konnte nicht gelesen werden: Sie ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>read the meeting</source>
        <translation>die Besprechung lesen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>delete the meeting</source>
        <translation>die Besprechung löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete the meeting: it is no longer in the library.</source>
        <translation>Die Besprechung konnte nicht gelöscht werden: Sie ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>restore the meeting</source>
        <translation>die Besprechung wiederherstellen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>copy the meeting</source>
        <translation>die Besprechung kopieren</translation>
    </message>
</context>
<context>
    <name>Quorum::MergePeople</name>
    <message>
        <location filename="../models/commands/mergepeople.cpp" line="+24"/>
        <source>merge two people</source>
        <translation>zwei Personen zusammenführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>undo merging two people</source>
        <translation>das Zusammenführen zweier Personen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Quorum::MoveMeeting</name>
    <message>
        <location filename="../models/commands/movemeeting.cpp" line="+19"/>
        <source>Move meeting to series “%1”</source>
        <translation>Besprechung in die Reihe „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>move the meeting to another series</source>
        <translation>die Besprechung in eine andere Reihe verschieben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>move the meeting back</source>
        <translation>die Besprechung zurückverschieben</translation>
    </message>
</context>
<context>
    <name>Quorum::NameQuestionDialog</name>
    <message>
        <location filename="../views/namequestiondialog.cpp" line="+27"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who Is Meant?</source>
        <translation>Wer ist gemeint?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is saved until each name below is settled. Cancel changes nothing.</source>
        <translation>Es wird nichts gespeichert, bevor jeder Name unten geklärt ist. „Abbrechen“ ändert nichts.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add “%1” to the directory as a new person</source>
        <translation>„%1“ als neue Person in das Verzeichnis aufnehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose who “%1” is…</source>
        <translation>Wählen, wer „%1“ ist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not in the directory:</source>
        <translation>„%1“ ist nicht im Verzeichnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could be %2 people:</source>
        <translation>„%1“ könnte eine von %2 Personen sein:</translation>
    </message>
</context>
<context>
    <name>Quorum::NewMeetingDialog</name>
    <message>
        <location filename="../views/newmeetingdialog.cpp" line="+23"/>
        <source>New Meeting</source>
        <translation>Neue Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. DMLT Meeting - 2026-12-07</source>
        <translation>z. B. DMLT-Besprechung - 2026-12-07</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None, an existing series, or a new name</source>
        <translation>Keine, eine vorhandene Reihe oder ein neuer Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
</context>
<context>
    <name>Quorum::NewMeetingInSeriesDialog</name>
    <message>
        <location filename="../views/newmeetinginseriesdialog.cpp" line="+39"/>
        <source>&amp;Logistics</source>
        <translation>&amp;Organisatorisches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Participants (attendance starts again at invited)</source>
        <translation>&amp;Teilnehmende (die Anwesenheit beginnt wieder bei „eingeladen“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recurring agenda entries, with their blocks</source>
        <translation>&amp;Wiederkehrende Tagesordnungspunkte mit ihren Blöcken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;durations</source>
        <translation>Ihre &amp;Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;moderators and coordinators</source>
        <translation>Ihre &amp;Moderation und Koordinierenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Meeting in Series</source>
        <translation>Neue Besprechung in der Reihe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry over from the last meeting</source>
        <translation>Aus der letzten Besprechung übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>From “%1” (%2). %3</source>
        <translation>Aus „%1“ (%2). %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The series has no cadence to suggest the date (Meeting › Series…).</source>
        <translation>Die Reihe hat keinen Rhythmus, aus dem sich das Datum vorschlagen ließe (Besprechung › Reihe…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series has no meeting yet: the new one starts empty.</source>
        <translation>Die Reihe hat noch keine Besprechung: Die neue beginnt leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The library has no series yet: give a meeting a series first.</source>
        <translation>Die Bibliothek hat noch keine Reihe: Weisen Sie zuerst einer Besprechung eine Reihe zu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 days: %2 to %3</source>
        <translation>%1 Tage: %2 bis %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>join link</source>
        <translation>Teilnahmelink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meeting ID</source>
        <translation>Besprechungs-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 phone number</source>
        <translation>1 Telefonnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 phone numbers</source>
        <translation>%1 Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passcode hint</source>
        <translation>Hinweis zum Kenncode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics: %1</source>
        <translation>Organisatorisches: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none set</source>
        <translation>nichts festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 participant</source>
        <translation>1 Teilnehmende(r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 participants</source>
        <translation>%1 Teilnehmende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No entry of the last meeting is marked recurring (Agenda tab: Recurring).</source>
        <translation>Kein Punkt der letzten Besprechung ist als wiederkehrend markiert (Registerkarte „Tagesordnung“: Wiederkehrend).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 recurring entry: %1</source>
        <translation>1 wiederkehrender Punkt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 recurring entries: %2</source>
        <translation>%1 wiederkehrende Punkte: %2</translation>
    </message>
</context>
<context>
    <name>Quorum::NotesMergeDialog</name>
    <message>
        <location filename="../views/notesmergedialog.cpp" line="+19"/>
        <source>Merge Running Notes</source>
        <translation>Laufende Notizen zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved the running notes of “%1” while you were typing. Nothing was overwritten: merge the two on the right, then save.</source>
        <translation>Jemand anderes hat die laufenden Notizen zu „%1“ gespeichert, während Sie getippt haben. Nichts wurde überschrieben: Führen Sie rechts beide zusammen und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 saved the running notes of “%2” while you were typing. Nothing was overwritten: merge the two on the right, then save.</source>
        <translation>%1 hat die laufenden Notizen zu „%2“ gespeichert, während Sie getippt haben. Nichts wurde überschrieben: Führen Sie rechts beide zusammen und speichern Sie dann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their notes, as saved</source>
        <translation>Die anderen Notizen, wie gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your notes, to merge</source>
        <translation>Ihre Notizen, zum Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Their notes (saved):</source>
        <translation>&amp;Notizen der anderen Person (gespeichert):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Your notes (not saved yet) — edit them into the merged text:</source>
        <translation>&amp;Ihre Notizen (noch nicht gespeichert) – arbeiten Sie sie in den zusammengeführten Text ein:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save Merged Notes</source>
        <translation>Zusammengeführte Notizen &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put Theirs &amp;Above Mine</source>
        <translation>Die anderen Notizen &amp;voranstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts the merged text with their notes, then yours.</source>
        <translation>Beginnt den zusammengeführten Text mit den Notizen der anderen Person, danach folgen Ihre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Theirs, Drop Mine</source>
        <translation>Die anderen &amp;behalten, meine verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps your notes in the editor, unsaved.</source>
        <translation>Behält Ihre Notizen ungespeichert im Editor.</translation>
    </message>
</context>
<context>
    <name>Quorum::OverviewTab</name>
    <message>
        <location filename="../views/overviewtab.cpp" line="+58"/>
        <source>Meeting title</source>
        <translation>Titel der Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time &amp;zone:</source>
        <translation>Zeitzo&amp;ne:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Zoom, or a room</source>
        <translation>z. B. Zoom oder ein Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the join link in the browser</source>
        <translation>Den Teilnahmelink im Browser öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The join link is not a web address.</source>
        <translation>Der Teilnahmelink ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join lin&amp;k:</source>
        <translation>Teilnahme&amp;link:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>join link</source>
        <translation>Teilnahmelink</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the conference&apos;s meeting ID</source>
        <translation>die Besprechungs-ID der Konferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting ID:</source>
        <translation>Besprechungs-&amp;ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>meeting ID</source>
        <translation>Besprechungs-ID</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Copy the selected phone number</source>
        <translation>Die ausgewählte Telefonnummer kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a dial-in number</source>
        <translation>Eine Einwahlnummer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected dial-in number</source>
        <translation>Die ausgewählte Einwahlnummer entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New number</source>
        <translation>Neue Nummer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied the phone number %1.</source>
        <translation>Telefonnummer %1 kopiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dial-&amp;in numbers:</source>
        <translation>&amp;Einwahlnummern:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 123456@sip.example.com</source>
        <translation>z. B. 123456@sip.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;IP address:</source>
        <translation>&amp;SIP-Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIP address</source>
        <translation>SIP-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to find the passcode, e.g. “see #channel on Slack”</source>
        <translation>Wo der Kenncode zu finden ist, z. B. „siehe #channel auf Slack“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only say where the passcode can be found. Never write the passcode itself here: it would be printed and exported.</source>
        <translation>Geben Sie nur an, wo der Kenncode zu finden ist. Schreiben Sie nie den Kenncode selbst hierher: Er würde gedruckt und exportiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passcode:</source>
        <translation>&amp;Kenncode:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the meeting is for (Markdown)</source>
        <translation>Wofür die Besprechung da ist (Markdown)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>D&amp;escription:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A meeting needs a title; the last one is kept until you type a new one.</source>
        <translation>Eine Besprechung braucht einen Titel; der bisherige bleibt, bis Sie einen neuen eingeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copy the %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(not in a series)</source>
        <translation>(in keiner Reihe)</translation>
    </message>
</context>
<context>
    <name>Quorum::ParkedTopicsChooser</name>
    <message>
        <location filename="../views/parkedtopicschooser.cpp" line="+14"/>
        <location line="+6"/>
        <source>Parked topics to schedule</source>
        <translation>Einzuplanende zurückgestellte Themen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The series&apos; parking lot is empty: every topic of its meetings was reached.</source>
        <translation>Der Themenspeicher der Reihe ist leer: Jedes Thema ihrer Besprechungen wurde erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticked topics are added at the end of the new meeting&apos;s first day, carried from the meeting where they were not reached.</source>
        <translation>Angehakte Themen werden am Ende des ersten Tages der neuen Besprechung angefügt, übernommen aus der Besprechung, in der sie nicht erreicht wurden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 at %3</source>
        <translation>%1 – %2 um %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n min</source>
        <translation>
            <numerusform>, %n Min.</numerusform>
            <numerusform>, %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::ParkingLotModel</name>
    <message>
        <location filename="../models/itemmodels/parkinglotmodel.cpp" line="+38"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coordinators</source>
        <translation>Koordinierende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped while re-timing</source>
        <translation>Beim Neuplanen der Zeiten entfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried over</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>**Noted on %1:**</source>
        <translation>**Notiert am %1:**</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>Quorum::Participant</name>
    <message>
        <location filename="../models/data/participant.cpp" line="+21"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendee</source>
        <translation>Teilnehmende(r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note-taker</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
</context>
<context>
    <name>Quorum::ParticipantModel</name>
    <message>
        <location filename="../models/itemmodels/participantmodel.cpp" line="+105"/>
        <source>Day %1 — %2</source>
        <translation>Tag %1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+178"/>
        <source>Arrived</source>
        <translation>Gekommen</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+178"/>
        <source>Left</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Attendance (day %1)</source>
        <translation>Anwesenheit (Tag %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance on %1</source>
        <translation>Anwesenheit am %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance at the meeting as a whole</source>
        <translation>Anwesenheit in der Besprechung insgesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days whose attendance differs from the whole meeting&apos;s, late arrivals, early departures</source>
        <translation>Tage, deren Anwesenheit von der der gesamten Besprechung abweicht, spätes Kommen, frühes Gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When they arrived, if late (HH:mm, %1); empty: on time</source>
        <translation>Wann die Person gekommen ist, falls verspätet (HH:mm, %1); leer: pünktlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+103"/>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>When they left, if early (HH:mm, %1); empty: to the end</source>
        <translation>Wann die Person gegangen ist, falls früher (HH:mm, %1); leer: bis zum Ende</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mark %1 %2 on day %3</source>
        <translation>%1 an Tag %3 als %2 markieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make %1 %2</source>
        <translation>%1 die Rolle %2 geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1” is not a time. Type it as shown here (for example %4) in the meeting&apos;s time zone (%2), or leave it empty for %3. Nothing was changed.</source>
        <translation>„%1“ ist keine Uhrzeit. Geben Sie sie so ein, wie sie hier angezeigt wird (zum Beispiel %4), in der Zeitzone der Besprechung (%2), oder lassen Sie das Feld leer für „%3“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to the end</source>
        <translation>bis zum Ende</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a day first: arrival and departure times belong to a day of the meeting. Nothing was changed.</source>
        <translation>Wählen Sie zuerst einen Tag: Ankunfts- und Gehzeiten gehören zu einem Tag der Besprechung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot leave at %2 before arriving at %3 on day %4. Nothing was changed.</source>
        <translation>%1 kann an Tag %4 nicht um %2 gehen, wenn die Ankunft erst um %3 war. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 arrived at %2 on day %3</source>
        <translation>%1 kam an Tag %3 um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on time on day %2</source>
        <translation>%1 an Tag %2 pünktlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left at %2 on day %3</source>
        <translation>%1 ging an Tag %3 um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stayed to the end of day %2</source>
        <translation>%1 blieb an Tag %2 bis zum Ende</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It is %1 now in the meeting&apos;s time zone, not day %2 (%3): type the time into the %4 column instead. Nothing was changed.</source>
        <translation>In der Zeitzone der Besprechung ist jetzt %1, nicht Tag %2 (%3): Geben Sie die Uhrzeit stattdessen in die Spalte „%4“ ein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove %1 from the participants</source>
        <translation>%1 aus den Teilnehmenden entfernen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+2"/>
        <source>day %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 day %2</source>
        <translation>%1: Tag %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late %1</source>
        <translation>verspätet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left early %1</source>
        <translation>früher gegangen %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Arrived at %1 on day %2</source>
        <translation>Gekommen um %1 an Tag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left at %1 on day %2</source>
        <translation>Gegangen um %1 an Tag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time (type HH:mm for a late arrival)</source>
        <translation>Pünktlich (HH:mm für spätes Kommen eingeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed to the end (type HH:mm for an early departure)</source>
        <translation>Bis zum Ende geblieben (HH:mm für frühes Gehen eingeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (as for the whole meeting)</source>
        <translation>%1 (wie für die gesamte Besprechung)</translation>
    </message>
</context>
<context>
    <name>Quorum::ParticipantsTab</name>
    <message>
        <location filename="../views/participantstab.cpp" line="+136"/>
        <source>Filter participants</source>
        <translation>Teilnehmende filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name, username, team, role…</source>
        <translation>Nach Name, Benutzername, Team, Rolle filtern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add people</source>
        <translation>Personen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add people: a name, first name, alias or username (Enter); names the directory cannot tell are asked about</source>
        <translation>Personen hinzufügen: Name, Vorname, Alias oder Benutzername (Eingabetaste); bei Namen, die das Verzeichnis nicht eindeutig zuordnen kann, wird nachgefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste List</source>
        <translation>Liste einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll Call</source>
        <translation>Anwesenheitskontrolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present/Absent</source>
        <translation>Anwesend/abwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Space</source>
        <translation>Ctrl+Alt+Space</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected person present, or absent again, on the day shown</source>
        <translation>Die ausgewählte Person am angezeigten Tag als anwesend markieren, oder wieder als abwesend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrived Now</source>
        <translation>Jetzt gekommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected person arrived late, now, on the day shown</source>
        <translation>Die ausgewählte Person ist am angezeigten Tag verspätet gekommen, jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left Now</source>
        <translation>Jetzt gegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected person left early, now, on the day shown</source>
        <translation>Die ausgewählte Person ist am angezeigten Tag früher gegangen, jetzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roll call: Space marks the selected person present (or absent again) and moves on; P present, A absent, E excused; with a day chosen, I arrived now, O left now (%1)</source>
        <translation>Anwesenheitskontrolle: Die Leertaste markiert die ausgewählte Person als anwesend (oder wieder als abwesend) und geht weiter; P anwesend, A abwesend, E entschuldigt; bei gewähltem Tag I jetzt gekommen, O jetzt gegangen (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Whose attendance to show and take: the whole meeting&apos;s, or one day&apos;s</source>
        <translation>Wessen Anwesenheit angezeigt und erfasst wird: die der gesamten Besprechung oder die eines Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attendance on:</source>
        <translation>&amp;Anwesenheit am:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Whole meeting</source>
        <translation>Gesamte Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (live)</source>
        <translation>%1 (live)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 late</source>
        <translation>%1 verspätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left early</source>
        <translation>%1 früher gegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No participants</source>
        <translation>Keine Teilnehmenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants: %1 (%2)</source>
        <translation>Teilnehmende: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLL CALL — Space: present/absent, P, A, E, I arrived now, O left now. </source>
        <translation>ANWESENHEITSKONTROLLE – Leertaste: anwesend/abwesend, P, A, E, I jetzt gekommen, O jetzt gegangen. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROLL CALL — Space: present/absent, P, A, E. </source>
        <translation>ANWESENHEITSKONTROLLE – Leertaste: anwesend/abwesend, P, A, E. </translation>
    </message>
</context>
<context>
    <name>Quorum::PeopleDateDelegate</name>
    <message>
        <location filename="../views/peopledatedelegate.cpp" line="+35"/>
        <source>⚠ </source>
        <comment>the sign before an overdue date</comment>
        <translation>⚠ </translation>
    </message>
</context>
<context>
    <name>Quorum::PlanningTab</name>
    <message>
        <location filename="../views/planningtab.cpp" line="+58"/>
        <source>45 min, 1h 30m</source>
        <translation>45 Min., 1 Std. 30 Min.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Topic requests</source>
        <translation>Themenwünsche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic request notes</source>
        <translation>Notizen zum Themenwunsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>F2 edits a cell. Double-click “Scheduled as” to see the agenda entry.</source>
        <translation>F2 bearbeitet eine Zelle. Doppelklicken Sie auf „Eingeplant als“, um den Tagesordnungspunkt zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Request</source>
        <translation>Wunsch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>Schedule…</source>
        <translation>Einplanen…</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+186"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+96"/>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Why the topic is needed, what should come out of it</source>
        <translation>Warum das Thema nötig ist und was dabei herauskommen soll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled topics</source>
        <translation>Eingeplante Themen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Time budget&lt;/b&gt;: what was requested, what is on the agenda, what the day allows</source>
        <translation>&lt;b&gt;Zeitbudget&lt;/b&gt;: was gewünscht ist, was auf der Tagesordnung steht, was der Tag hergibt</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&lt;b&gt;Notes on “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen zu „%1“&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>⚠ %1</source>
        <comment>more than the day holds</comment>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day %1, %2</source>
        <translation>Tag %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no planned times</source>
        <translation>keine geplanten Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (over by %2)</source>
        <translation>%1 (%2 zu viel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed and not yet scheduled: %1.</source>
        <translation>Vorgeschlagen und noch nicht eingeplant: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every proposed topic is on the agenda or declined.</source>
        <translation>Jedes vorgeschlagene Thema steht auf der Tagesordnung oder wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parked topics</source>
        <translation>Themenspeicher</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Put the selected parked topic on this meeting&apos;s agenda</source>
        <translation>Das ausgewählte Thema aus dem Themenspeicher auf die Tagesordnung dieser Besprechung setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from Parking Lot</source>
        <translation>Aus dem Themenspeicher entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer offer the selected topic for a later meeting</source>
        <translation>Das ausgewählte Thema nicht mehr für eine spätere Besprechung anbieten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Parking lot&lt;/b&gt;</source>
        <translation>&lt;b&gt;Themenspeicher&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Parking lot&lt;/b&gt;: this meeting is not part of a series, so no earlier meeting leaves topics for it. Topics not reached here are kept for the next meeting once the meeting is moved into a series.</source>
        <translation>&lt;b&gt;Themenspeicher&lt;/b&gt;: Diese Besprechung gehört zu keiner Reihe, daher hinterlässt ihr keine frühere Besprechung Themen. Themen, die hier nicht drankommen, werden für die nächste Besprechung aufbewahrt, sobald die Besprechung in eine Reihe verschoben ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Parking lot&lt;/b&gt;: no topic of an earlier meeting of this series is waiting.</source>
        <translation>&lt;b&gt;Themenspeicher&lt;/b&gt;: Kein Thema einer früheren Besprechung dieser Reihe wartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Parking lot&lt;/b&gt; (%1): topics of earlier meetings of the series not reached (skipped, dropped while re-timing or carried over).</source>
        <translation>&lt;b&gt;Themenspeicher&lt;/b&gt; (%1): Themen früherer Besprechungen der Reihe, die nicht drankamen (übersprungen, beim Neuplanen gestrichen oder übertragen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>*No notes.*</source>
        <translation>*Keine Notizen.*</translation>
    </message>
</context>
<context>
    <name>Quorum::PresenterText</name>
    <message>
        <location filename="../models/agenda/presentertext.cpp" line="+16"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 (your time)</source>
        <translation>%1 %2 (Ihre Zeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting day to show</source>
        <translation>Kein Besprechungstag zum Anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day %1 — %2</source>
        <translation>Tag %1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Day ended at %1</source>
        <translation>Tag endete um %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The meeting has not started</source>
        <translation>Die Besprechung hat nicht begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned to start at %1</source>
        <translation>Geplanter Beginn um %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moderator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over time</source>
        <translation>überzogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left</source>
        <translation>übrig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over time (paused)</source>
        <translation>überzogen (pausiert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left (paused)</source>
        <translation>übrig (pausiert)</translation>
    </message>
</context>
<context>
    <name>Quorum::PresenterView</name>
    <message numerus="yes">
        <location filename="../views/presenterview.cpp" line="+54"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Presenter View</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NOW</source>
        <translation>JETZT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEXT</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LATER TODAY</source>
        <translation>SPÄTER HEUTE</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Quorum::ReplaceAgenda</name>
    <message>
        <location filename="../models/commands/replaceagenda.cpp" line="+26"/>
        <source>save the agenda</source>
        <translation>die Tagesordnung speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a day of the meeting</source>
        <translation>einen Tag der Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this agenda entry</source>
        <translation>diesen Tagesordnungspunkt</translation>
    </message>
</context>
<context>
    <name>Quorum::ReplaceTemplates</name>
    <message>
        <location filename="../models/commands/replacetemplates.cpp" line="+19"/>
        <source>save the meeting templates</source>
        <translation>die Besprechungsvorlagen speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::RestoreDialog</name>
    <message>
        <location filename="../views/restoredialog.cpp" line="+19"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no backups of this library in “%1” yet.</source>
        <translation>In „%1“ gibt es noch keine Sicherungen dieser Bibliothek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups in “%1”. The one you choose is restored into a new file, which then opens; the library open now is not changed.</source>
        <translation>Sicherungen in „%1“. Die gewählte wird in eine neue Datei wiederhergestellt, die dann geöffnet wird; die jetzt geöffnete Bibliothek bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Restore into New File…</source>
        <translation>&amp;In neue Datei wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>Quorum::RetimeDialog</name>
    <message>
        <location filename="../views/retimedialog.cpp" line="+26"/>
        <source>Move &amp;pinned entries too (a break at a fixed time stays unless this is on)</source>
        <translation>&amp;Fixierte Punkte ebenfalls verschieben (eine Pause zu fester Uhrzeit bleibt sonst stehen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-time the Rest of the Day</source>
        <translation>Zeiten für den Rest des Tages anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run is on time: the rest of the day keeps its times.</source>
        <translation>Der Ablauf liegt im Plan: Der Rest des Tages behält seine Zeiten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The run is %n min late.</source>
        <translation>
            <numerusform>Der Ablauf ist %n Min. im Verzug.</numerusform>
            <numerusform>Der Ablauf ist %n Min. im Verzug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The run is %n min early.</source>
        <translation>
            <numerusform>Der Ablauf ist %n Min. voraus.</numerusform>
            <numerusform>Der Ablauf ist %n Min. voraus.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;ush: everything still to come moves</source>
        <translation>&amp;Verschieben: Alles, was noch folgt, rückt nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shorten the chosen entries in proportion to their length</source>
        <translation>Die gewählten Punkte anteilig zu ihrer Länge &amp;kürzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drop the chosen entries to the parking lot</source>
        <translation>Die gewählten Punkte in den &amp;Themenspeicher legen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Entries to take the time from:</source>
        <translation>&amp;Punkte, von denen die Zeit genommen wird:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries to keep at their planned time</source>
        <translation>Punkte, die zu ihrer geplanten Zeit bleiben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1  %2 (%n min)</source>
        <translation>
            <numerusform>%1  %2 (%n Min.)</numerusform>
            <numerusform>%1  %2 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Re-time</source>
        <translation>Zeiten &amp;anpassen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (pinned)</source>
        <translation>%1 (fixiert)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n Min.)</numerusform>
            <numerusform>%1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick the entries to take the time from.</source>
        <translation>Haken Sie die Punkte an, von denen die Zeit genommen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changes.</source>
        <translation>Es ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>Quorum::RunningNotesTab</name>
    <message>
        <location filename="../views/runningnotestab.cpp" line="+59"/>
        <source>Agenda entries</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pre-meeting notes</source>
        <translation>Vorbereitungsnotizen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running notes</source>
        <translation>Laufende Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown notes on the selected entry, saved as you type; Ctrl+Shift+A records an action item, Ctrl+Tab leaves the editor</source>
        <translation>Markdown-Notizen zum ausgewählten Punkt, beim Tippen gespeichert; Strg+Umschalt+A hält eine Aufgabe fest, Strg+Tab verlässt den Editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running notes: type while the meeting runs; it is saved as you go.</source>
        <translation>Laufende Notizen: Schreiben Sie während der Besprechung; alles wird laufend gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items and decisions of this entry</source>
        <translation>Aufgaben und Beschlüsse dieses Punkts</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New &amp;Action Item</source>
        <translation>Neue &amp;Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an action item for this entry; while the meeting runs, for the running entry (%1)</source>
        <translation>Eine Aufgabe zu diesem Punkt festhalten; während der Besprechung zum laufenden Punkt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;Decision</source>
        <translation>&amp;Beschluss festhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a decision taken under this entry; while the meeting runs, under the running entry (%1)</source>
        <translation>Einen Beschluss zu diesem Punkt festhalten; während der Besprechung zum laufenden Punkt (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Carry &amp;Over to Next Meeting</source>
        <translation>In die &amp;nächste Besprechung übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached: put this topic in the series&apos; parking lot for a later meeting (%1)</source>
        <translation>Nicht erreicht: dieses Thema für eine spätere Besprechung in den Themenspeicher der Reihe legen (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Running notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Laufende Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Also editing</source>
        <translation>Ebenfalls in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else is editing this entry&apos;s running notes on the team library</source>
        <translation>Wer in der Teambibliothek außerdem die laufenden Notizen dieses Punkts bearbeitet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the entry shown while the meeting moves on; unpinned, the notes follow the running entry</source>
        <translation>Den Punkt weiter anzeigen, während die Besprechung fortschreitet; ohne Fixierung folgen die Notizen dem laufenden Punkt</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Following the running entry</source>
        <translation>Folgt dem laufenden Punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pinned to %1: not following the meeting. &lt;a href=&quot;follow&quot;&gt;Follow the running entry&lt;/a&gt;</source>
        <translation>Fixiert auf %1: folgt nicht der Besprechung. &lt;a href=&quot;follow&quot;&gt;Dem laufenden Punkt folgen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is also editing these notes</source>
        <translation>%1 bearbeitet diese Notizen ebenfalls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are also editing these notes</source>
        <translation>%1 und %2 bearbeiten diese Notizen ebenfalls</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2 and %n more are also editing these notes</source>
        <translation>
            <numerusform>%1, %2 und %n weitere Person bearbeiten diese Notizen ebenfalls</numerusform>
            <numerusform>%1, %2 und %n weitere Personen bearbeiten diese Notizen ebenfalls</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Carried from %1 (the parking lot).</source>
        <translation>Übernommen aus %1 (Themenspeicher).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried from %1 (the parking lot). Noted then: %2</source>
        <translation>Übernommen aus %1 (Themenspeicher). Damals notiert: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an agenda entry on the left to take its notes.</source>
        <translation>Wählen Sie links einen Tagesordnungspunkt, um Notizen dazu zu schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>*No pre-meeting notes.*</source>
        <translation>*Keine Vorbereitungsnotizen.*</translation>
    </message>
    <message>
        <location line="+56"/>
        <source> (due %1)</source>
        <translation> (fällig %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>**Action items**</source>
        <translation>**Aufgaben**</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>**Attachments**</source>
        <translation>**Anhänge**</translation>
    </message>
</context>
<context>
    <name>Quorum::ScheduleDialog</name>
    <message>
        <location filename="../views/scheduledialog.cpp" line="+18"/>
        <source>Schedule Topic</source>
        <translation>Thema einplanen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1, %2</source>
        <translation>Tag %1, %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: end of the block moderated by %2</source>
        <translation>%1: Ende des von %2 moderierten Blocks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody yet</source>
        <translation>noch niemandem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: end of the day</source>
        <translation>%1: Ende des Tages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add “%1” to the agenda at:</source>
        <translation>„%1“ in die Tagesordnung aufnehmen bei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place:</source>
        <translation>&amp;Stelle:</translation>
    </message>
</context>
<context>
    <name>Quorum::SearchPanel</name>
    <message>
        <location filename="../views/searchpanel.cpp" line="+68"/>
        <location line="+35"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item, %1</source>
        <translation>Aufgabe, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person directory</source>
        <translation>Personenverzeichnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision, %1</source>
        <translation>Beschluss, %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole library (Ctrl+Shift+F): words, &quot;a phrase&quot;, prefix*</source>
        <translation>Die ganze Bibliothek durchsuchen (Ctrl+Shift+F): Wörter, &quot;eine Phrase&quot;, Präfix*</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the words were found; Enter opens the place</source>
        <translation>Wo die Wörter gefunden wurden; Eingabe öffnet die Stelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Show %n More</source>
        <translation>
            <numerusform>%n weiteren anzeigen</numerusform>
            <numerusform>%n weitere anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lists the next %n places found, after those shown</source>
        <translation>
            <numerusform>Zeigt die nächste %n gefundene Stelle nach den angezeigten</numerusform>
            <numerusform>Zeigt die nächsten %n gefundenen Stellen nach den angezeigten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>More than %n places found, best first. Add words to narrow the search, or show more.</source>
        <translation>
            <numerusform>Mehr als %n Stelle gefunden, die besten zuerst. Fügen Sie Wörter hinzu, um die Suche einzugrenzen, oder zeigen Sie mehr an.</numerusform>
            <numerusform>Mehr als %n Stellen gefunden, die besten zuerst. Fügen Sie Wörter hinzu, um die Suche einzugrenzen, oder zeigen Sie mehr an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 place found; Enter opens it.</source>
        <translation>1 Stelle gefunden; Enter öffnet sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n places found, best first; Enter opens the selected one.</source>
        <translation>
            <numerusform>%n Stelle gefunden; Enter öffnet sie.</numerusform>
            <numerusform>%n Stellen gefunden, die besten zuerst; Enter öffnet die ausgewählte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::SendMinutesDialog</name>
    <message>
        <location filename="../views/sendminutesdialog.cpp" line="+37"/>
        <source>Send Minutes</source>
        <translation>Protokoll senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Name &lt;you@example.org&gt; (empty: the mail client&apos;s account)</source>
        <translation>Ihr Name &lt;you@example.org&gt; (leer: das Konto des E-Mail-Programms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;i&gt;No participant has a mail address.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine teilnehmende Person hat eine E-Mail-Adresse.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every participant has a mail address.</source>
        <translation>Alle Teilnehmenden haben eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reachable, no mail address: %1</source>
        <translation>Nicht erreichbar, keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (PDF, %2 KB)</source>
        <translation>%1 (PDF, %2 KB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached:</source>
        <translation>Angehängt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail&apos;s text</source>
        <translation>Der Text der E-Mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open in Mail Client</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As .eml…</source>
        <translation>Als .eml &amp;speichern…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not a mail address: write Your Name &lt;you@example.org&gt;, or leave it empty.</source>
        <translation>Keine E-Mail-Adresse: Schreiben Sie Ihr Name &lt;you@example.org&gt; oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the whole message (text, HTML and the PDF) as a draft a mail client opens</source>
        <translation>Die ganze Nachricht (Text, HTML und das PDF) als Entwurf speichern, den ein E-Mail-Programm öffnen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>xdg-email is not installed (package xdg-utils): save the message as .eml instead.</source>
        <translation>xdg-email ist nicht installiert (Paket xdg-utils): Speichern Sie die Nachricht stattdessen als .eml.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participant has a mail address to send to.</source>
        <translation>Keine teilnehmende Person hat eine E-Mail-Adresse, an die gesendet werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a new message in the desktop&apos;s mail client, with the text and the PDF attached</source>
        <translation>Eine neue Nachricht im E-Mail-Programm der Arbeitsumgebung öffnen, mit dem Text und dem PDF als Anhang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save Minutes Mail</source>
        <translation>Protokoll-E-Mail speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1: open it in a mail client to send it.</source>
        <translation>In %1 gespeichert: Öffnen Sie die Datei in einem E-Mail-Programm, um sie zu senden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write the PDF for the mail client to %1.</source>
        <translation>Das PDF für das E-Mail-Programm konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>xdg-email could not be started: save the message as .eml instead.</source>
        <translation>xdg-email konnte nicht gestartet werden: Speichern Sie die Nachricht stattdessen als .eml.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handed to the mail client: the message opens there, ready to send.</source>
        <translation>An das E-Mail-Programm übergeben: Die Nachricht öffnet sich dort und ist bereit zum Senden.</translation>
    </message>
</context>
<context>
    <name>Quorum::SeriesDialog</name>
    <message>
        <location filename="../views/seriesdialog.cpp" line="+38"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meetings of the series</source>
        <translation>Besprechungen der Reihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: new meetings take this computer&apos;s time zone</source>
        <translation>Keine: Neue Besprechungen verwenden die Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every N weeks</source>
        <translation>Alle N Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the same weekday (e.g. the third Tuesday)</source>
        <translation>Monatlich am gleichen Wochentag (z. B. am dritten Dienstag)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings:</source>
        <translation>&amp;Besprechungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;time zone:</source>
        <translation>Standard-&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cadence:</source>
        <translation>R&amp;hythmus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting:</source>
        <translation>Nächste Besprechung:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The series has no meeting yet.</source>
        <translation>Die Reihe hat noch keine Besprechung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a cadence to have the next dates suggested.</source>
        <translation>Wählen Sie einen Rhythmus, damit die nächsten Termine vorgeschlagen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 after the last meeting: %2</source>
        <translation>%1 nach der letzten Besprechung: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a time zone this computer knows.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt.</translation>
    </message>
</context>
<context>
    <name>Quorum::SetDialIns</name>
    <message>
        <location filename="../models/commands/setdialins.cpp" line="+32"/>
        <source>save the dial-in numbers</source>
        <translation>Einwahlnummern speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::SetMeetingDates</name>
    <message>
        <location filename="../models/commands/setmeetingdates.cpp" line="+24"/>
        <source>Change meeting dates</source>
        <translation>Besprechungstermine ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>save the meeting dates</source>
        <translation>die Besprechungstermine speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::SetMeetingField</name>
    <message>
        <location filename="../models/commands/setmeetingfield.cpp" line="+20"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>join link</source>
        <translation>Teilnahmelink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting ID</source>
        <translation>Besprechungs-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIP address</source>
        <translation>SIP-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passcode hint</source>
        <translation>Hinweis zum Kenncode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save the meeting</source>
        <translation>die Besprechung speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the meeting</source>
        <translation>die Besprechung</translation>
    </message>
</context>
<context>
    <name>Quorum::SetMeetingFinal</name>
    <message>
        <location filename="../models/commands/setmeetingfinal.cpp" line="+42"/>
        <source>save the final record</source>
        <translation>den Protokollabschluss speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::SetSeries</name>
    <message>
        <location filename="../models/commands/setseries.cpp" line="+20"/>
        <source>save the series</source>
        <translation>die Reihe speichern</translation>
    </message>
</context>
<context>
    <name>Quorum::SinceLastMeetingBar</name>
    <message>
        <location filename="../views/sincelastmeetingbar.cpp" line="+29"/>
        <source>Show &amp;Changes…</source>
        <translation>Änderungen &amp;anzeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Since the last meeting (%1, %2), action items closed: %3, opened: %4; decisions taken: %5.</source>
        <translation>Seit der letzten Besprechung (%1, %2) erledigte Aufgaben: %3, neue: %4; gefasste Beschlüsse: %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;This meeting has no earlier meeting in its series (or no series): there is nothing to compare with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Besprechung hat keine frühere Besprechung in ihrer Reihe (oder keine Reihe): Es gibt nichts zu vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Since &lt;b&gt;%1&lt;/b&gt; of %2, across the library:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seit &lt;b&gt;%1&lt;/b&gt; vom %2, in der gesamten Bibliothek:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;i&gt;None.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Keine.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>decided %1</source>
        <translation>beschlossen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1, %2</source>
        <translation>aus %1, %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Changes Since Last Meeting</source>
        <translation>Änderungen seit der letzten Besprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes since the last meeting</source>
        <translation>Änderungen seit der letzten Besprechung</translation>
    </message>
</context>
<context>
    <name>Quorum::SingleInstance</name>
    <message>
        <location filename="../views/singleinstance.cpp" line="+121"/>
        <source>Another Quorum window is running.</source>
        <translation>Ein anderes Quorum-Fenster läuft bereits.</translation>
    </message>
</context>
<context>
    <name>Quorum::StartButton</name>
    <message>
        <location filename="../views/startbutton.cpp" line="+33"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Quorum::StartMeetingDialog</name>
    <message>
        <location filename="../views/startmeetingdialog.cpp" line="+28"/>
        <source>Start Meeting</source>
        <translation>Besprechung beginnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first entry starts:</source>
        <translation>Der erste Punkt beginnt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every day of this meeting has run, or has no agenda to run.</source>
        <translation>Jeder Tag dieser Besprechung ist bereits gelaufen oder hat keine Tagesordnung, die ablaufen könnte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Now (%1)</source>
        <translation>&amp;Jetzt (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At its &amp;planned time (%1)</source>
        <translation>Zur &amp;geplanten Zeit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At its &amp;planned time (none is set)</source>
        <translation>Zur &amp;geplanten Zeit (keine festgelegt)</translation>
    </message>
</context>
<context>
    <name>Quorum::StorageError</name>
    <message>
        <location filename="../models/storage/storageerror.cpp" line="+101"/>
        <source>the connection to the server was lost (%1)</source>
        <translation>die Verbindung zum Server wurde unterbrochen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you may only read this team library (the server refused the change)</source>
        <translation>Sie dürfen diese Teambibliothek nur lesen (der Server hat die Änderung abgelehnt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another person&apos;s change got in the way; try again in a moment</source>
        <translation>die Änderung einer anderen Person ist dazwischengekommen; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Could not %1: %2.</source>
        <translation>Folgendes war nicht möglich: %1 – %2.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>the library is in use by another program; try again in a moment</source>
        <translation>die Bibliothek wird von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the library file is read-only</source>
        <translation>die Bibliotheksdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an input/output error (is it full or removed?)</source>
        <translation>der Datenträger meldet einen Ein-/Ausgabefehler (ist er voll oder wurde er entfernt?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the library file is damaged</source>
        <translation>die Bibliotheksdatei ist beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it conflicts with what the library already holds (%1)</source>
        <translation>es widerspricht dem, was die Bibliothek bereits enthält (%1)</translation>
    </message>
</context>
<context>
    <name>Quorum::TeamLibraryDialog</name>
    <message>
        <location filename="../views/teamlibrarydialog.cpp" line="+37"/>
        <source>Open Team Library</source>
        <translation>Teambibliothek öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login name</source>
        <translation>Ihr Anmeldename</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A library that your team shares on a PostgreSQL server. Quorum never asks for the password: it comes from ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>Eine Bibliothek, die Ihr Team auf einem PostgreSQL-Server teilt. Quorum fragt nie nach dem Passwort: Es stammt aus ~/.pgpass oder der Umgebungsvariable PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
</context>
<context>
    <name>Quorum::TemplateDialog</name>
    <message>
        <location filename="../views/templatedialog.cpp" line="+27"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Meeting from Template</source>
        <translation>Neue Besprechung aus Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename the template (or double-click its name)</source>
        <translation>Vorlage umbenennen (oder auf ihren Namen doppelklicken)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. DMLT Meeting - 2026-12-07</source>
        <translation>z. B. DMLT-Besprechung - 2026-12-07</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Series:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;mplates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The library has no templates yet: Meeting › Save as Template… keeps the shown meeting&apos;s shape.</source>
        <translation>Die Bibliothek hat noch keine Vorlagen: Besprechung › Als Vorlage speichern… behält die Form der angezeigten Besprechung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 entry</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 entries</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
</context>
<context>
    <name>Quorum::TicketLinksDialog</name>
    <message>
        <location filename="../views/ticketlinksdialog.cpp" line="+26"/>
        <source>Ticket Links</source>
        <translation>Ticket-Links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link patterns</source>
        <translation>Link-Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link address ({n} is the number, {key} the whole key)</source>
        <translation>Link-Adresse ({n} ist die Nummer, {key} der ganze Schlüssel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample text</source>
        <translation>Beispieltext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree Gen3 acceptance tests (DM-26798), see RFC-723 and DMTN-148.</source>
        <translation>Gen3-Abnahmetests vereinbaren (DM-26798), siehe RFC-723 und DMTN-148.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ticket keys in notes, such as DM-26798, become links to your tracker: a key is its prefix (DM-) followed by a number. Each pattern is set once for the whole library.</source>
        <translation>Ticket-Schlüssel in Notizen, etwa DM-26798, werden zu Links in Ihren Tracker: Ein Schlüssel ist sein Präfix (DM-) gefolgt von einer Nummer. Jedes Muster wird einmal für die ganze Bibliothek festgelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Try it:</source>
        <translation>Ausprobieren:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Row %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
</context>
<context>
    <name>Quorum::TopicRequestModel</name>
    <message>
        <location filename="../models/itemmodels/topicrequestmodel.cpp" line="+64"/>
        <source>Rename the topic request</source>
        <translation>Themenwunsch umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Change who requested “%1”</source>
        <translation>Ändern, wer „%1“ gewünscht hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the time “%1” needs</source>
        <translation>Zeitbedarf von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark “%1” as %2</source>
        <translation>„%1“ als %2 markieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a topic request</source>
        <translation>Themenwunsch hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the topic request “%1”</source>
        <translation>Themenwunsch „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the notes of “%1”</source>
        <translation>Notizen zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>Gewünscht von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time required</source>
        <translation>Zeitbedarf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scheduled as</source>
        <translation>Eingeplant als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Quorum::ViewSetup</name>
    <message>
        <location filename="../views/viewsetup.cpp" line="+39"/>
        <source>Clear the field</source>
        <translation>Das Feld leeren</translation>
    </message>
</context>
<context>
    <name>Quorum::WikiDom</name>
    <message>
        <location filename="../models/wiki/wikidom.cpp" line="+210"/>
        <location line="+19"/>
        <source>The page has more than %1 elements; it is not read.</source>
        <translation>Die Seite hat mehr als %1 Elemente; sie wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyConnection</name>
    <message>
        <location filename="../models/storage/readonlyconnection.cpp" line="+22"/>
        <source>open the library for reading</source>
        <translation>die Bibliothek zum Lesen öffnen</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../models/export/reportbuilder.cpp" line="+185"/>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+543"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="-542"/>
        <source>Decision register</source>
        <translation>Beschlussregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sheet: %1</source>
        <translation>Ablaufplan: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All times are %1.</source>
        <translation>Alle Zeiten in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All times are %1 (%2).</source>
        <translation>Alle Zeiten in %1 (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting ID</source>
        <translation>Besprechungs-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passcode</source>
        <translation>Kenncode</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Moderator: %1</source>
        <translation>Moderation: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — moderator: %2</source>
        <translation>%1 – Moderation: %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parked</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not held</source>
        <translation>nicht abgehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 min, %2</source>
        <translation>%1 Min., %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held %1 (%2)</source>
        <translation>abgehalten %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held so far %1 (%2)</source>
        <translation>bisher abgehalten %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not held yet: the times are those planned.</source>
        <translation>Noch nicht abgehalten: Die Zeiten sind die geplanten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The day&apos;s run started at %1 and has not ended; planned times are the plan as it stood then.</source>
        <translation>Der Ablauf des Tages begann um %1 und ist nicht beendet; die geplanten Zeiten sind die Planung zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held %1.</source>
        <translation>Abgehalten %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held %1: ended %2 min after the planned end (%3).</source>
        <translation>Abgehalten %1: %2 Min. nach dem geplanten Ende beendet (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Held %1: ended %2 min before the planned end (%3).</source>
        <translation>Abgehalten %1: %2 Min. vor dem geplanten Ende beendet (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held %1: ended as planned (%2).</source>
        <translation>Abgehalten %1: wie geplant beendet (%2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+102"/>
        <location line="+372"/>
        <location line="+83"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="-554"/>
        <location line="+5"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Coordinators</source>
        <translation>Koordinierende</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+6"/>
        <location line="+1"/>
        <location line="+89"/>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+90"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+90"/>
        <source>Held</source>
        <translation>Abgehalten</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 (carried from %2)</source>
        <translation>%1 (übernommen aus %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Day so far</source>
        <translation>Tag bisher</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>Day total</source>
        <translation>Tag gesamt</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Planned and actual times</source>
        <translation>Geplante und tatsächliche Zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned: the plan as it stood when the day&apos;s run began. Held: minutes without pauses. ±: minutes held less those planned (a skipped entry gives its planned minutes back).</source>
        <translation>Geplant: die Planung zu Beginn des Tagesablaufs. Abgehalten: Minuten ohne Pausen. ±: abgehaltene minus geplante Minuten (ein übersprungener Punkt gibt seine geplanten Minuten zurück).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Block total</source>
        <translation>Block gesamt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants (continued)</source>
        <translation>Teilnehmende (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>due %1, overdue</source>
        <translation>fällig %1, überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+356"/>
        <location line="+6"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+362"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+356"/>
        <location line="+6"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+355"/>
        <location line="+6"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-361"/>
        <location line="+28"/>
        <location line="+153"/>
        <source>Agenda entry</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Action items (continued)</source>
        <translation>Aufgaben (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+360"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="-347"/>
        <location line="+231"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+238"/>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+238"/>
        <source>Decided by</source>
        <translation>Beschlossen von</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+238"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+237"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Decisions (continued)</source>
        <translation>Beschlüsse (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Agenda (moderator copy)</source>
        <translation>Tagesordnung (Exemplar für die Moderation)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+137"/>
        <source>Nothing is planned for this day.</source>
        <translation>Für diesen Tag ist nichts geplant.</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+16"/>
        <source>Minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was recorded for this day.</source>
        <translation>Für diesen Tag wurde nichts festgehalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Carried from %1.</source>
        <translation>Übernommen aus %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried over to the next meeting.</source>
        <translation>In die nächste Besprechung übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached: skipped.</source>
        <translation>Nicht erreicht: übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached: dropped while re-timing.</source>
        <translation>Nicht erreicht: beim Neuplanen der Zeiten entfallen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinators: %1</source>
        <translation>Koordinierende: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before the meeting:</source>
        <translation>Vor der Besprechung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other action items</source>
        <translation>Weitere Aufgaben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments (continued)</source>
        <translation>Anhänge (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uploaded by</source>
        <translation>Hochgeladen von</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Run sheet</source>
        <translation>Ablaufplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: the plan as it stood when the day&apos;s run began. Held: the actual times; Min.: minutes held without pauses and, in brackets, more (+) or fewer (−) than planned.</source>
        <translation>Geplant: die Planung zu Beginn des Tagesablaufs. Abgehalten: die tatsächlichen Zeiten; Min.: abgehaltene Minuten ohne Pausen und in Klammern mehr (+) oder weniger (−) als geplant.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>1 decision.</source>
        <translation>1 Beschluss.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 decisions.</source>
        <translation>%1 Beschlüsse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+90"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>By assignee</source>
        <translation>Nach Verantwortlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By meeting</source>
        <translation>Nach Besprechung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 action items: %2 open, %3 of them overdue on %4.</source>
        <translation>%1 Aufgaben: %2 offen, davon %3 am %4 überfällig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ marks a due date that has passed.</source>
        <translation>⚠ kennzeichnet ein überschrittenes Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../models/export/reportprinter.cpp" line="+255"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Generated %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../models/export/reportwriter.cpp" line="+341"/>
        <location line="+42"/>
        <source>%1 — generated by Quorum on %2</source>
        <translation>%1 — erstellt von Quorum am %2</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../models/storage/repository.cpp" line="+12"/>
        <source>read the library</source>
        <translation>die Bibliothek lesen</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <location filename="../models/attachments/safefilename.cpp" line="+54"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../models/storage/schemacheck.cpp" line="+72"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 “%3” on table %4</source>
        <translation>%2 „%3“ für Tabelle %4 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 “%3”</source>
        <translation>%2 „%3“ (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>work out the schema this version creates</source>
        <translation>das Schema ermitteln, das diese Version anlegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not %1: out of memory.</source>
        <translation>Folgendes war nicht möglich: %1 – nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not %1: schema step %2 fails (%3).</source>
        <translation>Folgendes war nicht möglich: %1 – Schemaschritt %2 schlägt fehl (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not %1: %2</source>
        <translation>Folgendes war nicht möglich: %1 – %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>read the library&apos;s schema</source>
        <translation>das Schema der Bibliothek lesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>an unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 “%2” replaced by a %3</source>
        <translation>%1 „%2“ durch %3 ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; and %2 more</source>
        <translation>%1; und %2 weitere</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <location filename="../models/storage/searchrepository.cpp" line="+101"/>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants: %1</source>
        <translation>Teilnehmende: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Led by %1</source>
        <translation>Geleitet von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploaded by %1</source>
        <translation>Hochgeladen von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by %1</source>
        <translation>Beschlossen von %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Moderated block</source>
        <translation>Moderierter Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untitled entry</source>
        <translation>Punkt ohne Titel</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+305"/>
        <source>search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
</context>
<context>
    <name>SeriesHistoryRepository</name>
    <message>
        <location filename="../models/storage/serieshistoryrepository.cpp" line="+19"/>
        <location line="+48"/>
        <source>read the parking lot</source>
        <translation>den Themenspeicher lesen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>read the notes of a carried topic</source>
        <translation>die Notizen eines übernommenen Themas lesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read the meetings of the series</source>
        <translation>die Besprechungen der Reihe lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read what changed since the last meeting</source>
        <translation>lesen, was sich seit der letzten Besprechung geändert hat</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Action items closed</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items opened</source>
        <translation>Neue Aufgaben</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Decisions taken</source>
        <translation>Gefasste Beschlüsse</translation>
    </message>
</context>
<context>
    <name>SeriesRepository</name>
    <message>
        <location filename="../models/storage/seriesrepository.cpp" line="+14"/>
        <location line="+47"/>
        <source>read the meeting series</source>
        <translation>Besprechungsreihen lesen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>look up a meeting series</source>
        <translation>Besprechungsreihe nachschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete a meeting series</source>
        <translation>Besprechungsreihe löschen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>add the series “%1”</source>
        <translation>Reihe „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the series: it is no longer in the library.</source>
        <translation>Die Reihe konnte nicht gelesen werden: Sie ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>save the series “%1”</source>
        <translation>Reihe „%1“ speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the series “%1”: it is no longer in the library.</source>
        <translation>Die Reihe „%1“ konnte nicht gespeichert werden: Sie ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>read the meetings of a series</source>
        <translation>Besprechungen einer Reihe lesen</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../models/storage/serveraddress.cpp" line="+62"/>
        <source>“%1” is not a PostgreSQL address (postgresql://host/database).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://host/database).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address is not valid: %1.</source>
        <translation>Die Adresse ist nicht gültig: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address contains a password. Quorum never takes a password from an address (it would stay in the shell history and the recent files): put it in ~/.pgpass or set PGPASSWORD, and give the address without it.</source>
        <translation>Die Adresse enthält ein Passwort. Quorum übernimmt nie ein Passwort aus einer Adresse (es bliebe im Shell-Verlauf und in den zuletzt geöffneten Dateien): Hinterlegen Sie es in ~/.pgpass oder setzen Sie PGPASSWORD, und geben Sie die Adresse ohne Passwort an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The port “%1” is not a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address contains a password. Put it in ~/.pgpass or set PGPASSWORD instead.</source>
        <translation>Die Adresse enthält ein Passwort. Hinterlegen Sie es stattdessen in ~/.pgpass oder setzen Sie PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address has a parameter Quorum does not pass on: “%1”.</source>
        <translation>Die Adresse enthält einen Parameter, den Quorum nicht weitergibt: „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of “%1” in the address is empty or contains spaces or quotes.</source>
        <translation>Der Wert von „%1“ in der Adresse ist leer oder enthält Leerzeichen oder Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address names no database: postgresql://host/database.</source>
        <translation>Die Adresse nennt keine Datenbank: postgresql://host/database.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(an address that is not valid)</source>
        <translation>(eine ungültige Adresse)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <location filename="../models/storage/snapshot.cpp" line="+51"/>
        <source>Could not %1: %2</source>
        <translation>Folgendes war nicht möglich: %1 – %2</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Could not %1: the copy did not pass its check.</source>
        <translation>Folgendes war nicht möglich: %1 – die Kopie hat ihre Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not %1: the copy could not be saved on disk.</source>
        <translation>Folgendes war nicht möglich: %1 – die Kopie konnte nicht auf dem Datenträger gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SqliteHandle</name>
    <message>
        <location filename="../models/storage/sqlitehandle.cpp" line="+40"/>
        <source>Could not %1: the library&apos;s connection is not an open SQLite connection.</source>
        <translation>%1 fehlgeschlagen: Die Verbindung der Bibliothek ist keine offene SQLite-Verbindung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not %1: the script begins or ends a transaction, but it runs inside one.</source>
        <translation>%1 fehlgeschlagen: Das Skript beginnt oder beendet eine Transaktion, läuft aber innerhalb einer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not %1: the connection cannot be made safe for a file from someone else (defensive mode, untrusted schema).</source>
        <translation>%1 fehlgeschlagen: Die Verbindung kann nicht für eine Datei aus fremder Hand abgesichert werden (Defensive Mode, nicht vertrauenswürdiges Schema).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not %1: the library&apos;s own schema cannot be allowed to run.</source>
        <translation>%1 fehlgeschlagen: Das eigene Schema der Bibliothek darf nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>StaleCheck</name>
    <message>
        <location filename="../models/commands/stalecheck.cpp" line="+23"/>
        <source>wait for another person&apos;s save</source>
        <translation>auf das Speichern einer anderen Person warten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read who changed it</source>
        <translation>lesen, wer es geändert hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Someone else removed or changed %1 since this window read it, so your change was not saved. It is shown as it is now.</source>
        <translation>Jemand anderes hat %1 entfernt oder geändert, seit dieses Fenster die Daten gelesen hat; Ihre Änderung wurde daher nicht gespeichert. Es wird der aktuelle Stand angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed by %2 since this window read it, so your change was not saved over theirs. It is shown as it is now: make your change again on it.</source>
        <translation>%2 hat %1 geändert, seit dieses Fenster die Daten gelesen hat; Ihre Änderung wurde daher nicht über diese gespeichert. Es wird der aktuelle Stand angezeigt: Nehmen Sie Ihre Änderung daran erneut vor.</translation>
    </message>
</context>
<context>
    <name>TemplateRepository</name>
    <message>
        <location filename="../models/storage/templaterepository.cpp" line="+23"/>
        <source>read the meeting templates</source>
        <translation>die Besprechungsvorlagen lesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The meeting template “%1” is damaged: %2</source>
        <translation>Die Besprechungsvorlage „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its shape is not a JSON object</source>
        <translation>ihre Struktur ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>look up a meeting template</source>
        <translation>eine Besprechungsvorlage nachschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add the meeting template “%1”</source>
        <translation>die Besprechungsvorlage „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+27"/>
        <source>save the meeting template “%1”</source>
        <translation>die Besprechungsvorlage „%1“ speichern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Could not save the meeting template “%1”: it is no longer in the library.</source>
        <translation>Die Besprechungsvorlage „%1“ konnte nicht gespeichert werden: Sie ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete a meeting template</source>
        <translation>eine Besprechungsvorlage löschen</translation>
    </message>
</context>
<context>
    <name>TicketLinker</name>
    <message>
        <location filename="../models/notes/ticketlinker.cpp" line="+283"/>
        <source>the key prefix is empty; write what stands before the number, such as DM-</source>
        <translation>Das Schlüsselpräfix ist leer; geben Sie an, was vor der Nummer steht, etwa DM-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a key prefix: write the letters, digits, “-”, “_” or “#” that stand before the number, such as DM- (a regular expression is not used, and only one of the form DM-(\d+) from an earlier version is converted)</source>
        <translation>„%1“ ist kein Schlüsselpräfix: Geben Sie die Buchstaben, Ziffern, „-“, „_“ oder „#“ an, die vor der Nummer stehen, etwa DM- (reguläre Ausdrücke werden nicht verwendet; nur einer der Form DM-(\d+) aus einer früheren Version wird umgewandelt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the key prefix “%1” is longer than %2 characters</source>
        <translation>Das Schlüsselpräfix „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key prefix “%1” ends with a digit; it is what stands before the number</source>
        <translation>Das Schlüsselpräfix „%1“ endet mit einer Ziffer; es ist das, was vor der Nummer steht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the address for “%1” has neither {n} (the number) nor {key} (the whole key)</source>
        <translation>Die Adresse für „%1“ enthält weder {n} (die Nummer) noch {key} (den ganzen Schlüssel)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the address for “%1” must be a web address (https://…) without spaces or brackets</source>
        <translation>Die Adresse für „%1“ muss eine Webadresse (https://…) ohne Leerzeichen oder Klammern sein</translation>
    </message>
</context>
<context>
    <name>TopicRequestRepository</name>
    <message>
        <location filename="../models/storage/topicrequestrepository.cpp" line="+14"/>
        <source>read the topic requests</source>
        <translation>Themenwünsche lesen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>add the topic request “%1”</source>
        <translation>Themenwunsch „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>save who requested a topic</source>
        <translation>Speichern, wer ein Thema gewünscht hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>save the topic requests</source>
        <translation>Themenwünsche speichern</translation>
    </message>
</context>
<context>
    <name>WikiSource</name>
    <message>
        <location filename="../models/wiki/wikisource.cpp" line="+87"/>
        <source>space export (ZIP)</source>
        <translation>Bereichsexport (ZIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIME HTML (Export to Word)</source>
        <translation>MIME-HTML (Export nach Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storage format</source>
        <translation>Speicherformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown rendering</source>
        <translation>Markdown-Darstellung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is larger than %1 MB; a Confluence page or space export is not.</source>
        <translation>Die Datei ist größer als %1 MB; eine Confluence-Seite oder ein Bereichsexport ist das nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is not a Confluence page: it is not text.</source>
        <translation>Die Datei ist keine Confluence-Seite: Sie ist kein Text.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The ZIP file cannot be read.</source>
        <translation>Die ZIP-Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ZIP file is damaged: %1.</source>
        <translation>Die ZIP-Datei ist beschädigt: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ZIP file holds %1 entries, more than a space export of meetings (%2 at most).</source>
        <translation>Die ZIP-Datei enthält %1 Einträge, mehr als ein Bereichsexport von Besprechungen (höchstens %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: a path outside the export; left out</source>
        <translation>%1: ein Pfad außerhalb des Exports; ausgelassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: larger than %2 MB; left out</source>
        <translation>%1: größer als %2 MB; ausgelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be read (%2); left out</source>
        <translation>%1: kann nicht gelesen werden (%2); ausgelassen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The ZIP file inflates to more than %1 MB; it is not read.</source>
        <translation>Die ZIP-Datei wird entpackt größer als %1 MB; sie wird nicht gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: larger than %2 MB or damaged; left out</source>
        <translation>%1: größer als %2 MB oder beschädigt; ausgelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the space&apos;s index; not a meeting</source>
        <translation>%1: der Index des Bereichs; keine Besprechung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ZIP file holds no Confluence pages (HTML files).</source>
        <translation>Die ZIP-Datei enthält keine Confluence-Seiten (HTML-Dateien).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ZIP file holds no Confluence page that can be read: %1.</source>
        <translation>Die ZIP-Datei enthält keine lesbare Confluence-Seite: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The MIME file names no boundary between its parts.</source>
        <translation>Die MIME-Datei nennt keine Grenze zwischen ihren Teilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The MIME file has no HTML part.</source>
        <translation>Die MIME-Datei hat keinen HTML-Teil.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/windowmodule.cpp" line="+89"/>
        <source>Quorum, a meeting organizer.

Verbs (run without a window; quorum VERB --help lists a verb&apos;s options alone):
%1</source>
        <translation>Quorum, ein Besprechungsorganisator.

Befehle (laufen ohne Fenster; quorum BEFEHL --help listet nur die Optionen dieses Befehls):
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a fresh copy of the sample library.</source>
        <translation>Eine frische Kopie der Beispielbibliothek öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the clock at DATETIME (ISO 8601 with a UTC offset or a time zone, e.g. 2020-09-15T09:00:00-07:00) and let it run on from there: for rehearsals, demos and screenshots of a live meeting.</source>
        <translation>Die Uhr auf DATETIME stellen (ISO 8601 mit UTC-Versatz oder Zeitzone, z. B. 2020-09-15T09:00:00-07:00) und von dort weiterlaufen lassen: für Proben, Vorführungen und Bildschirmfotos einer laufenden Besprechung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a window of its own even when Quorum is running already (without it, FILE is handed to the running window).</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Quorum bereits läuft (ohne diese Option wird FILE an das laufende Fenster übergeben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library to open: a file, or a team library&apos;s address postgresql://[user@]host[:port]/database.</source>
        <translation>Die zu öffnende Bibliothek: eine Datei oder die Adresse einer Teambibliothek, postgresql://[user@]host[:port]/database.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>quorum: too many arguments; use: quorum [FILE], quorum --sample, or quorum %1 …
</source>
        <translation>quorum: zu viele Argumente; Aufruf: quorum [FILE], quorum --sample oder quorum %1 …
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quorum: --clock: %1
</source>
        <translation>quorum: --clock: %1
</translation>
    </message>
</context>
</TS>
