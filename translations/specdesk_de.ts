<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibleChrome</name>
    <message>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>Every command of SpecDesk by menu; Alt with a menu&apos;s underlined letter opens it.</source>
        <translation>Alle Befehle von SpecDesk nach Menü; Alt mit dem unterstrichenen Buchstaben eines Menüs öffnet es.</translation>
    </message>
</context>
<context>
    <name>AdobeFlowRules</name>
    <message>
        <source>%1 must be a UUID such as &quot;c604ff05-7f1a-43c0-8e18-33bf874cb11c&quot;.</source>
        <translation>%1 muss eine UUID sein, etwa &quot;c604ff05-7f1a-43c0-8e18-33bf874cb11c&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a list of UUIDs.</source>
        <translation>%1 muss eine Liste von UUIDs sein.</translation>
    </message>
    <message>
        <source>Each entry of %1</source>
        <translation>Jeder Eintrag von %1</translation>
    </message>
    <message>
        <source>An Adobe flow spec is a JSON object.</source>
        <translation>Eine Adobe-Flow-Spec ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A flow spec needs &apos;%1&apos;: the full PUT replaces the whole object.</source>
        <translation>Eine Flow-Spec braucht &apos;%1&apos;: Das vollständige PUT ersetzt das ganze Objekt.</translation>
    </message>
    <message>
        <source>The server names this field transformationSpecs (plural); &apos;transformationSpec&apos; would be ignored.</source>
        <translation>Der Server nennt dieses Feld transformationSpecs (Plural); &apos;transformationSpec&apos; würde ignoriert.</translation>
    </message>
</context>
<context>
    <name>AdobeFormat</name>
    <message>
        <source>a flow spec</source>
        <translation>eine Flow-Spec</translation>
    </message>
    <message>
        <source>The server&apos;s reply should hold exactly one flow spec in &apos;items&apos;.</source>
        <translation>Die Antwort des Servers sollte genau eine Flow-Spec in &apos;items&apos; enthalten.</translation>
    </message>
    <message>
        <source>The flow spec is not valid JSON (%1). Fix it before saving.</source>
        <translation>Die Flow-Spec ist kein gültiges JSON (%1). Korrigieren Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>The flow spec must be a JSON object.</source>
        <translation>Die Flow-Spec muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required and must be a non-empty string.</source>
        <translation>&apos;%1&apos; ist erforderlich und muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&apos;id&apos; must stay %1: a PUT cannot move the spec to another id.</source>
        <translation>&apos;id&apos; muss %1 bleiben: Ein PUT kann die Spec nicht auf eine andere id verschieben.</translation>
    </message>
</context>
<context>
    <name>ApiKinds</name>
    <message>
        <source>DataFramer</source>
        <translation>DataFramer</translation>
    </message>
    <message>
        <source>Scale GP</source>
        <translation>Scale GP</translation>
    </message>
    <message>
        <source>Adobe Flow Service</source>
        <translation>Adobe Flow Service</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Check each spec: its syntax, then the rules of its kind. Every problem is printed as
FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]. A FILE of &apos;-&apos; is read from the standard input.</source>
        <translation>Prüft jede Spec: erst ihre Syntax, dann die Regeln ihrer Art. Jedes Problem wird als
FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] ausgegeben. Ein FILE &apos;-&apos; wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>dataframer, scalegp, adobe, yaml or json (default: detected).</source>
        <translation>dataframer, scalegp, adobe, yaml oder json (Standard: erkannt).</translation>
    </message>
    <message>
        <source>text or json. Deprecated: use --json.</source>
        <translation>text oder json. Veraltet: Verwenden Sie --json.</translation>
    </message>
    <message>
        <source>Usage: specdesk-cli [--help] [--version] [--workspace DIR] [--quiet] COMMAND [ARGS...]

SpecDesk&apos;s workspace from scripts and CI.

Commands:
  validate [--kind K] [--json] FILE...
                     Check each spec: its syntax, then the rules of its kind. Every
                     problem is printed as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].
                     K is dataframer, scalegp, adobe, yaml or json (default: detected).
                     --json prints one JSON document with every problem. A FILE of
                     &apos;-&apos; is read from the standard input.
</source>
        <translation>Aufruf: specdesk-cli [--help] [--version] [--workspace DIR] [--quiet] COMMAND [ARGS...]

Der Arbeitsbereich von SpecDesk für Skripte und CI.

Befehle:
  validate [--kind K] [--json] FILE...
                     Prüft jede Spec: erst ihre Syntax, dann die Regeln ihrer Art.
                     Jedes Problem wird als FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]
                     ausgegeben. K ist dataframer, scalegp, adobe, yaml oder json
                     (Standard: erkannt). --json gibt ein JSON-Dokument mit allen
                     Problemen aus. Ein FILE &apos;-&apos; wird von der Standardeingabe gelesen.
</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>validate needs at least one FILE.</source>
        <translation>validate braucht mindestens ein FILE.</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use dataframer, scalegp, adobe, yaml or json.</source>
        <translation>unbekannte Art &apos;%1&apos;; verwenden Sie dataframer, scalegp, adobe, yaml oder json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json.</source>
        <translation>unbekanntes Format &apos;%1&apos;; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Try &apos;specdesk-cli --help&apos;.</source>
        <translation>Versuchen Sie &apos;specdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;specdesk-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;specdesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>&apos;-&apos; (the standard input) can be given once.</source>
        <translation>&apos;-&apos; (die Standardeingabe) kann nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>
&apos;specdesk-cli COMMAND --help&apos; describes a command and its options.

Options:
  -h, --help         Show this help and exit.
  -v, --version      Show the version and exit.
  --workspace DIR    Use the workspace in DIR (default: the app&apos;s, in your data folder).
  --quiet            Print no progress or information lines; results and errors still.
  --color WHEN       auto|always|never. auto, the default, colours on a terminal unless
                     NO_COLOR is set or TERM is dumb. Only diffs are coloured; --json
                     output and listings never are.
  --workspace, --quiet and --color may also come after the command and its arguments.

Exit codes:
  0  success: the command ran and found no problem
  1  errors found in the input (warnings alone do not count)
  2  usage error, or a file or the workspace could not be read or written
  3  network failure: unreachable, timed out, server error, rate limited, unreadable reply
  4  authentication: a secret is missing, wrong or expired (401), or not allowed (403)
  5  the server does not have it (404) or refused the request (400, 422)
  6  sync: conflicts, or merges to review, wait for a decision
</source>
        <translation>
&apos;specdesk-cli COMMAND --help&apos; beschreibt einen Befehl und seine Optionen.

Optionen:
  -h, --help         Diese Hilfe anzeigen und beenden.
  -v, --version      Die Version anzeigen und beenden.
  --workspace DIR    Den Arbeitsbereich in DIR verwenden (Standard: den der App, in
                     Ihrem Datenordner).
  --quiet            Keine Fortschritts- oder Informationszeilen ausgeben; Ergebnisse
                     und Fehler weiterhin.
  --color WHEN       auto|always|never. auto, der Standard, färbt in einem Terminal, außer
                     NO_COLOR ist gesetzt oder TERM ist dumb. Nur Diffs werden farbig;
                     --json-Ausgaben und Auflistungen nie.
  --workspace, --quiet und --color dürfen auch nach dem Befehl und seinen Argumenten
  stehen.

Exit-Codes:
  0  Erfolg: Der Befehl lief und fand kein Problem
  1  Fehler in der Eingabe gefunden (Warnungen allein zählen nicht)
  2  Aufruffehler, oder eine Datei oder der Arbeitsbereich war nicht les- oder schreibbar
  3  Netzwerkfehler: nicht erreichbar, Zeitüberschreitung, Serverfehler, Ratenlimit,
     unlesbare Antwort
  4  Authentifizierung: Zugangsdaten fehlen, sind falsch oder abgelaufen (401), oder
     der Zugriff ist nicht erlaubt (403)
  5  der Server hat es nicht (404) oder hat die Anfrage abgelehnt (400, 422)
  6  Synchronisation: Konflikte oder zu prüfende Zusammenführungen warten auf eine
     Entscheidung
</translation>
    </message>
    <message>
        <source>--color must be auto, always or never, not &apos;%1&apos;.</source>
        <translation>--color muss auto, always oder never sein, nicht &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR (default: the app&apos;s, in your data folder).</source>
        <translation>Den Arbeitsbereich in DIR verwenden (Standard: den der App, in Ihrem Datenordner).</translation>
    </message>
    <message>
        <source>Print no progress or information lines; results and errors still.</source>
        <translation>Keine Fortschritts- oder Informationszeilen ausgeben; Ergebnisse und Fehler weiterhin.</translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation>Ein JSON-Dokument statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Usage: specdesk-cli %1 %2</source>
        <translation>Aufruf: specdesk-cli %1 %2</translation>
    </message>
    <message>
        <source>auto (colour on a terminal unless NO_COLOR is set), always or never.</source>
        <translation>auto (Farbe in einem Terminal, außer NO_COLOR ist gesetzt), always oder never.</translation>
    </message>
</context>
<context>
    <name>CliSpecTarget</name>
    <message>
        <source>&apos;%1&apos; names no spec; use CONNECTION/SPEC_ID.</source>
        <translation>&apos;%1&apos; benennt keine Spec; verwenden Sie CONNECTION/SPEC_ID.</translation>
    </message>
    <message>
        <source>no connection named &apos;%1&apos;.</source>
        <translation>keine Verbindung namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is not in the workspace. Run &apos;specdesk-cli pull %2 %3&apos; first.</source>
        <translation>%1 ist nicht im Arbeitsbereich. Führen Sie zuerst &apos;specdesk-cli pull %2 %3&apos; aus.</translation>
    </message>
</context>
<context>
    <name>CliStreams</name>
    <message>
        <source>cannot read the standard input.</source>
        <translation>die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>cannot read the standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command, e.g. “sync all”</source>
        <translation>Befehl eingeben, z. B. „alle synchronisieren“</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type part of a command&apos;s name; Up and Down choose, Enter runs it.</source>
        <translation>Geben Sie einen Teil eines Befehlsnamens ein; Pfeil hoch und Pfeil runter wählen aus, Enter führt ihn aus.</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Commands whose name matches what you typed; Enter runs one.</source>
        <translation>Befehle, deren Name zur Eingabe passt; Enter führt einen davon aus.</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Im Moment nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Merge — %1</source>
        <translation>Zusammenführen — %1</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>What your draft changed since the base, read-only: removed lines then added ones, changed words boxed.</source>
        <translation>Was Ihr Entwurf seit der Basis geändert hat, schreibgeschützt: entfernte Zeilen, dann hinzugefügte, geänderte Wörter umrahmt.</translation>
    </message>
    <message>
        <source>The server&apos;s changes</source>
        <translation>Die Änderungen des Servers</translation>
    </message>
    <message>
        <source>What the server changed since the base, read-only: removed lines then added ones, changed words boxed.</source>
        <translation>Was der Server seit der Basis geändert hat, schreibgeschützt: entfernte Zeilen, dann hinzugefügte, geänderte Wörter umrahmt.</translation>
    </message>
    <message>
        <source>Mine — what your draft changed</source>
        <translation>Meine — was Ihr Entwurf geändert hat</translation>
    </message>
    <message>
        <source>Theirs — what the server changed</source>
        <translation>Server — was der Server geändert hat</translation>
    </message>
    <message>
        <source>Merge result</source>
        <translation>Ergebnis der Zusammenführung</translation>
    </message>
    <message>
        <source>The merged text, editable. Conflicts stand between &lt;&lt;&lt;&lt;&lt;&lt;&lt; mine and &gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs lines.</source>
        <translation>Der zusammengeführte Text, bearbeitbar. Konflikte stehen zwischen den Zeilen &lt;&lt;&lt;&lt;&lt;&lt;&lt; mine und &gt;&gt;&gt;&gt;&gt;&gt;&gt; theirs.</translation>
    </message>
    <message>
        <source>By field — each field both sides changed:</source>
        <translation>Nach Feld — jedes Feld, das beide Seiten geändert haben:</translation>
    </message>
    <message>
        <source>&amp;Result — the text Use Result makes the draft</source>
        <translation>&amp;Ergebnis — der Text, den „Ergebnis verwenden“ zum Entwurf macht</translation>
    </message>
    <message>
        <source>Use Res&amp;ult</source>
        <translation>Erg&amp;ebnis verwenden</translation>
    </message>
    <message>
        <source>The result becomes your draft, on top of the server&apos;s version; Sync sends it.</source>
        <translation>Das Ergebnis wird Ihr Entwurf, auf Basis der Version des Servers; Synchronisieren sendet es.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Keep your draft whole; the next sync sends it over the server&apos;s version.</source>
        <translation>Ihren Entwurf vollständig behalten; die nächste Synchronisation sendet ihn über die Version des Servers.</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Server übernehmen</translation>
    </message>
    <message>
        <source>Replace your draft with the server&apos;s text. Undo in the editor brings yours back.</source>
        <translation>Ihren Entwurf durch den Text des Servers ersetzen. Rückgängig im Editor holt Ihren zurück.</translation>
    </message>
    <message>
        <source>Use &amp;Editor Text</source>
        <translation>E&amp;ditortext verwenden</translation>
    </message>
    <message>
        <source>Keep what the spec&apos;s own editor holds now, for a merge typed there.</source>
        <translation>Behalten, was der Editor der Spec jetzt enthält, für eine dort eingegebene Zusammenführung.</translation>
    </message>
    <message>
        <source>Decide later; the spec stays in conflict and nothing is sent.</source>
        <translation>Später entscheiden; die Spec bleibt im Konflikt, und nichts wird gesendet.</translation>
    </message>
    <message>
        <source>Replace the Draft?</source>
        <translation>Entwurf ersetzen?</translation>
    </message>
    <message>
        <source>Your draft changed in its tab since this merge began. Use the result anyway? Undo in the spec&apos;s tab brings those changes back.</source>
        <translation>Ihr Entwurf wurde in seinem Tab geändert, seit diese Zusammenführung begann. Das Ergebnis trotzdem verwenden? Rückgängig im Tab der Spec holt diese Änderungen zurück.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous change, unresolved ones first (Alt+Up)</source>
        <translation>Die vorherige Änderung, ungelöste zuerst (Alt+Up)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next change, unresolved ones first (Alt+Down)</source>
        <translation>Die nächste Änderung, ungelöste zuerst (Alt+Down)</translation>
    </message>
    <message>
        <source>Use &amp;Mine</source>
        <translation>&amp;Meine verwenden</translation>
    </message>
    <message>
        <source>Use T&amp;heirs</source>
        <translation>Se&amp;rver verwenden</translation>
    </message>
    <message>
        <source>Use B&amp;oth</source>
        <translation>&amp;Beide verwenden</translation>
    </message>
    <message>
        <source>Your lines, then the server&apos;s</source>
        <translation>Ihre Zeilen, dann die des Servers</translation>
    </message>
    <message>
        <source>Use &amp;Base</source>
        <translation>Bas&amp;is verwenden</translation>
    </message>
    <message>
        <source>Neither change: the lines as they were</source>
        <translation>Keine Änderung: die Zeilen wie zuvor</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>The first result again: every one-sided change taken, each conflict marked</source>
        <translation>Wieder das erste Ergebnis: jede einseitige Änderung übernommen, jeder Konflikt markiert</translation>
    </message>
    <message>
        <source>This change as your draft has it (Alt+M)</source>
        <translation>Diese Änderung, wie Ihr Entwurf sie hat (Alt+M)</translation>
    </message>
    <message>
        <source>This change as the server has it (Alt+H)</source>
        <translation>Diese Änderung, wie der Server sie hat (Alt+H)</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>1 conflict left: use a side, or edit the lines between the markers.</source>
        <translation>1 Konflikt übrig: Verwenden Sie eine Seite, oder bearbeiten Sie die Zeilen zwischen den Markierungen.</translation>
    </message>
    <message>
        <source>%1 conflicts left: use a side, or edit the lines between the markers.</source>
        <translation>%1 Konflikte übrig: Verwenden Sie eine Seite, oder bearbeiten Sie die Zeilen zwischen den Markierungen.</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Das Ergebnis wird geprüft…</translation>
    </message>
    <message>
        <source>The result has a problem at line %1:%2: %3</source>
        <translation>Das Ergebnis hat ein Problem in Zeile %1:%2: %3</translation>
    </message>
    <message>
        <source>No line differs from the base on both sides.</source>
        <translation>Keine Zeile unterscheidet sich auf beiden Seiten von der Basis.</translation>
    </message>
    <message>
        <source>The result was edited outside the changes; Start Over to use the buttons again.</source>
        <translation>Das Ergebnis wurde außerhalb der Änderungen bearbeitet; „Neu beginnen“, um die Schaltflächen wieder zu verwenden.</translation>
    </message>
    <message>
        <source>only you changed this</source>
        <translation>nur Sie haben dies geändert</translation>
    </message>
    <message>
        <source>only the server changed this</source>
        <translation>nur der Server hat dies geändert</translation>
    </message>
    <message>
        <source>both made the same change</source>
        <translation>beide haben dasselbe geändert</translation>
    </message>
    <message>
        <source>both changed this differently</source>
        <translation>beide haben dies verschieden geändert</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>using mine</source>
        <translation>meine verwendet</translation>
    </message>
    <message>
        <source>using theirs</source>
        <translation>die des Servers verwendet</translation>
    </message>
    <message>
        <source>using both</source>
        <translation>beide verwendet</translation>
    </message>
    <message>
        <source>using the base</source>
        <translation>Basis verwendet</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Change %1 of %2, line %3: %4; %5.</source>
        <translation>Änderung %1 von %2, Zeile %3: %4; %5.</translation>
    </message>
    <message>
        <source>The result passes the spec&apos;s checks: Use Result makes it your draft.</source>
        <translation>Das Ergebnis besteht die Prüfungen der Spec: „Ergebnis verwenden“ macht es zu Ihrem Entwurf.</translation>
    </message>
    <message>
        <source>The fields could not be merged: %1</source>
        <translation>Die Felder konnten nicht zusammengeführt werden: %1</translation>
    </message>
    <message>
        <source>Replace the Result?</source>
        <translation>Ergebnis ersetzen?</translation>
    </message>
    <message>
        <source>The result has changes of its own. Replace it with the merge of the chosen fields? Undo in the result brings the changes back.</source>
        <translation>Das Ergebnis hat eigene Änderungen. Durch die Zusammenführung der gewählten Felder ersetzen? Rückgängig im Ergebnis holt die Änderungen zurück.</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Allow insecure &amp;HTTP (secrets are sent unencrypted)</source>
        <translation>Unsicheres &amp;HTTP erlauben (Zugangsdaten werden unverschlüsselt gesendet)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>How the connection is shown in the specs tree.</source>
        <translation>Wie die Verbindung im Specs-Baum angezeigt wird.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>The service this connection talks to; fixed once the connection is saved.</source>
        <translation>Der Dienst, mit dem diese Verbindung spricht; steht fest, sobald die Verbindung gespeichert ist.</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The server&apos;s root address; empty means the API&apos;s documented server.</source>
        <translation>Die Stammadresse des Servers; leer bedeutet der dokumentierte Server der API.</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>Scale GP account ID</source>
        <translation>Scale-GP-Konto-ID</translation>
    </message>
    <message>
        <source>Optional; sent as x-selected-account-id</source>
        <translation>Optional; wird als x-selected-account-id gesendet</translation>
    </message>
    <message>
        <source>IMS &amp;organization:</source>
        <translation>IMS-&amp;Organisation:</translation>
    </message>
    <message>
        <source>Adobe IMS organization</source>
        <translation>Adobe-IMS-Organisation</translation>
    </message>
    <message>
        <source>e.g. 0123456789ABCDEF@AdobeOrg (x-gw-ims-org-id)</source>
        <translation>z. B. 0123456789ABCDEF@AdobeOrg (x-gw-ims-org-id)</translation>
    </message>
    <message>
        <source>The Adobe organization the requests are made for.</source>
        <translation>Die Adobe-Organisation, für die die Anfragen gestellt werden.</translation>
    </message>
    <message>
        <source>Sand&amp;box name:</source>
        <translation>Sand&amp;box-Name:</translation>
    </message>
    <message>
        <source>Adobe sandbox name</source>
        <translation>Adobe-Sandbox-Name</translation>
    </message>
    <message>
        <source>e.g. prod (x-sandbox-name)</source>
        <translation>z. B. prod (x-sandbox-name)</translation>
    </message>
    <message>
        <source>The Adobe Experience Platform sandbox the flows live in.</source>
        <translation>Die Sandbox der Adobe Experience Platform, in der die Flows liegen.</translation>
    </message>
    <message>
        <source>Plain http:// is only accepted for this machine (localhost), unless this is checked. Anyone on the network between can then read the secrets.</source>
        <translation>Reines http:// wird nur für diesen Rechner (localhost) akzeptiert, außer dies ist aktiviert. Jeder im Netzwerk dazwischen kann dann die Zugangsdaten lesen.</translation>
    </message>
    <message>
        <source>The %1; kept in the secret store, never in the workspace.</source>
        <translation>%1; wird im sicheren Speicher aufbewahrt, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Environment variable (CLI)</source>
        <translation>Umgebungsvariable (CLI)</translation>
    </message>
    <message>
        <source>Environment variable specdesk-cli reads the %1 from</source>
        <translation>Umgebungsvariable, aus der specdesk-cli %1 liest</translation>
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation>Optional, z. B. %1</translation>
    </message>
    <message>
        <source>specdesk-cli reads the %1 from this environment variable when it is set, so scripts need no keychain.</source>
        <translation>specdesk-cli liest %1 aus dieser Umgebungsvariablen, wenn sie gesetzt ist; so brauchen Skripte keinen Schlüsselbund.</translation>
    </message>
    <message>
        <source>A saved connection keeps its API. Add a new connection for another API.</source>
        <translation>Eine gespeicherte Verbindung behält ihre API. Fügen Sie für eine andere API eine neue Verbindung hinzu.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>A connection named &apos;%1&apos; already exists.</source>
        <translation>Eine Verbindung namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Bearer key</source>
        <translation>Bearer-Schlüssel</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>client ID (x-api-key)</source>
        <translation>Client-ID (x-api-key)</translation>
    </message>
    <message>
        <source>API key (x-api-key)</source>
        <translation>API-Schlüssel (x-api-key)</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A connection&apos;s name cannot contain &apos;/&apos;, which separates it from a spec id.</source>
        <translation>Der Name einer Verbindung darf kein &apos;/&apos; enthalten, da es ihn von einer Spec-ID trennt.</translation>
    </message>
    <message>
        <source>The base URL must not hold a user name, password, query or fragment.</source>
        <translation>Die Basis-URL darf keinen Benutzernamen, kein Passwort, keine Query und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (it starts with &apos;%1&apos;).</source>
        <translation>Die Basis-URL muss mit https:// beginnen (sie beginnt mit &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The base URL uses plain http:// to %1, which would send the secrets unencrypted. Use https://, or explicitly allow insecure HTTP for this connection.</source>
        <translation>Die Basis-URL verwendet reines http:// zu %1, wodurch die Zugangsdaten unverschlüsselt gesendet würden. Verwenden Sie https://, oder erlauben Sie für diese Verbindung ausdrücklich unsicheres HTTP.</translation>
    </message>
    <message>
        <source>An Adobe connection needs the IMS organization (x-gw-ims-org-id) and the sandbox name (x-sandbox-name).</source>
        <translation>Eine Adobe-Verbindung braucht die IMS-Organisation (x-gw-ims-org-id) und den Sandbox-Namen (x-sandbox-name).</translation>
    </message>
    <message>
        <source>The base URL is not a valid URL: %1</source>
        <translation>Die Basis-URL ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; has no host name; it should look like https://host.example.com.</source>
        <translation>Die Basis-URL &apos;%1&apos; hat keinen Hostnamen; sie sollte wie https://host.example.com aussehen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <source>The workspace&apos;s connections; select one to edit it in the form.</source>
        <translation>Die Verbindungen des Arbeitsbereichs; wählen Sie eine aus, um sie im Formular zu bearbeiten.</translation>
    </message>
    <message>
        <source>Start a new connection; Save adds it.</source>
        <translation>Eine neue Verbindung beginnen; Speichern fügt sie hinzu.</translation>
    </message>
    <message>
        <source>Remove the connection with its cached specs and stored secrets.</source>
        <translation>Die Verbindung mit ihren zwischengespeicherten Specs und gespeicherten Zugangsdaten entfernen.</translation>
    </message>
    <message>
        <source>Ask the server once, with the secrets typed here (or the stored ones).</source>
        <translation>Den Server einmal abfragen, mit den hier eingegebenen (oder den gespeicherten) Zugangsdaten.</translation>
    </message>
    <message>
        <source>What the last test or save of this connection said.</source>
        <translation>Was der letzte Test oder das letzte Speichern dieser Verbindung ergab.</translation>
    </message>
    <message>
        <source>Saves the connection, with its secrets in the secret store.</source>
        <translation>Speichert die Verbindung, mit ihren Zugangsdaten im sicheren Speicher.</translation>
    </message>
    <message>
        <source>Closes the dialog; unsaved edits are dropped.</source>
        <translation>Schließt den Dialog; nicht gespeicherte Änderungen werden verworfen.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>read from $%1</source>
        <translation>aus $%1 gelesen</translation>
    </message>
    <message>
        <source>stored in keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>stored for this session</source>
        <translation>für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>not stored yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The connection is saved, but its secrets are not: %1</source>
        <translation>Die Verbindung ist gespeichert, ihre Zugangsdaten aber nicht: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Still missing: %1.</source>
        <translation>Gespeichert. Es fehlt noch: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This deletes its 1 cached spec from this workspace</source>
        <translation>Dadurch wird ihre 1 zwischengespeicherte Spec aus diesem Arbeitsbereich gelöscht</translation>
    </message>
    <message>
        <source>This deletes its %1 cached specs from this workspace</source>
        <translation>Dadurch werden ihre %1 zwischengespeicherten Specs aus diesem Arbeitsbereich gelöscht</translation>
    </message>
    <message>
        <source>, including 1 with local edits never sent to the server</source>
        <translation>, darunter 1 mit lokalen Änderungen, die nie an den Server gesendet wurden</translation>
    </message>
    <message>
        <source>, including %1 with local edits never sent to the server</source>
        <translation>, darunter %1 mit lokalen Änderungen, die nie an den Server gesendet wurden</translation>
    </message>
    <message>
        <source>, and forgets its stored secrets. Nothing changes on the server.</source>
        <translation>, und ihre gespeicherten Zugangsdaten werden vergessen. Auf dem Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Removed “%1” and its cached specs.</source>
        <translation>„%1“ und die zugehörigen zwischengespeicherten Specs wurden entfernt.</translation>
    </message>
    <message>
        <source>Enter the %1 first.</source>
        <translation>Geben Sie zuerst Folgendes ein: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>No system keychain is in use: secrets are kept in memory for this session only and must be entered again after a restart. For scripts, name an environment variable for each secret; specdesk-cli reads it from there.</source>
        <translation>Es wird kein Schlüsselbund des Systems verwendet: Zugangsdaten werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden. Geben Sie für Skripte zu jedem Geheimnis eine Umgebungsvariable an; specdesk-cli liest es von dort.</translation>
    </message>
</context>
<context>
    <name>CopyTargetDialog</name>
    <message>
        <source>Copy “%1” to Connection</source>
        <translation>„%1“ in Verbindung kopieren</translation>
    </message>
    <message>
        <source>The spec the copy goes onto, as its draft. Nothing is sent until you sync it; Undo in its editor brings its text back.</source>
        <translation>Die Spec, auf die die Kopie als Entwurf gelegt wird. Nichts wird gesendet, bis Sie sie synchronisieren; Rückgängig in ihrem Editor holt ihren Text zurück.</translation>
    </message>
    <message>
        <source>&amp;Copy onto:</source>
        <translation>&amp;Kopieren auf:</translation>
    </message>
    <message>
        <source>Specs to copy onto</source>
        <translation>Specs, auf die kopiert werden kann</translation>
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>The keychain did not store the %1: %2</source>
        <translation>Der Schlüsselbund hat %1 nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials for %1</source>
        <translation>Anmeldedaten für %1</translation>
    </message>
    <message>
        <source>The server of “%1” refused its credentials:
%2

Enter new ones; the drafts waiting for this connection are sent again once they are stored.</source>
        <translation>Der Server von „%1“ hat seine Anmeldedaten abgelehnt:
%2

Geben Sie neue ein; die Entwürfe, die auf diese Verbindung warten, werden erneut gesendet, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <source>A new %1 for “%2”; it is stored as a secret, never in the workspace.</source>
        <translation>Neu: %1 für „%2“; wird als Geheimnis gespeichert, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Stores the typed secrets and sends the waiting drafts again.</source>
        <translation>Speichert die eingegebenen Zugangsdaten und sendet die wartenden Entwürfe erneut.</translation>
    </message>
    <message>
        <source>Keeps the old secrets; the drafts stay queued.</source>
        <translation>Behält die alten Zugangsdaten; die Entwürfe bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <source>Enter at least one secret, or Cancel.</source>
        <translation>Geben Sie mindestens ein Geheimnis ein, oder wählen Sie Abbrechen.</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1</source>
        <translation>Die Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>DataFramerFormat</name>
    <message>
        <source>a spec</source>
        <translation>eine Spec</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a list of specs.</source>
        <translation>Die Antwort des Servers ist keine Liste von Specs.</translation>
    </message>
    <message>
        <source>The spec is not valid UTF-8 text, so it cannot be sent. Save it as UTF-8 first.</source>
        <translation>Die Spec ist kein gültiger UTF-8-Text und kann daher nicht gesendet werden. Speichern Sie sie zuerst als UTF-8.</translation>
    </message>
</context>
<context>
    <name>DataFramerRules</name>
    <message>
        <source>A DataFramer spec is a YAML mapping with spec: at the top.</source>
        <translation>Eine DataFramer-Spec ist ein YAML-Mapping mit spec: auf oberster Ebene.</translation>
    </message>
    <message>
        <source>This is the legacy DataFramer shape (specification:, axis_name, possible_values). Current specs use spec: with data_property_variations, each with property_name, property_values and base_distributions.</source>
        <translation>Dies ist die alte DataFramer-Form (specification:, axis_name, possible_values). Aktuelle Specs verwenden spec: mit data_property_variations, jeweils mit property_name, property_values und base_distributions.</translation>
    </message>
    <message>
        <source>A DataFramer spec is one YAML document; the server refuses a second one starting here. Remove the &apos;---&apos; and what follows, or merge it into spec:.</source>
        <translation>Eine DataFramer-Spec ist ein einziges YAML-Dokument; der Server lehnt ein zweites, das hier beginnt, ab. Entfernen Sie das &apos;---&apos; und was folgt, oder führen Sie es in spec: zusammen.</translation>
    </message>
    <message>
        <source>A DataFramer spec needs a spec: key at the top.</source>
        <translation>Eine DataFramer-Spec braucht einen Schlüssel spec: auf oberster Ebene.</translation>
    </message>
    <message>
        <source>metadata is read-only: the server ignores it when the spec is saved.</source>
        <translation>metadata ist schreibgeschützt: Der Server ignoriert es, wenn die Spec gespeichert wird.</translation>
    </message>
    <message>
        <source>Only spec: is saved; &apos;%1&apos; is ignored.</source>
        <translation>Nur spec: wird gespeichert; &apos;%1&apos; wird ignoriert.</translation>
    </message>
    <message>
        <source>spec: must hold a mapping of fields.</source>
        <translation>spec: muss ein Mapping von Feldern enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an editable spec field. The editable fields are %2.</source>
        <translation>&apos;%1&apos; ist kein bearbeitbares Feld der Spec. Die bearbeitbaren Felder sind %2.</translation>
    </message>
    <message>
        <source>%1 must be text; put it in quotes if it is meant as text.</source>
        <translation>%1 muss Text sein; setzen Sie es in Anführungszeichen, wenn es als Text gemeint ist.</translation>
    </message>
    <message>
        <source>data_property_variations must be a list of properties.</source>
        <translation>data_property_variations muss eine Liste von Eigenschaften sein.</translation>
    </message>
    <message>
        <source>Each property needs property_name, property_values and base_distributions.</source>
        <translation>Jede Eigenschaft braucht property_name, property_values und base_distributions.</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <source>This property needs a non-empty property_name.</source>
        <translation>Diese Eigenschaft braucht einen nicht leeren property_name.</translation>
    </message>
    <message>
        <source>The property name &apos;%1&apos; is used twice.</source>
        <translation>Der Eigenschaftsname &apos;%1&apos; wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no property_values.</source>
        <translation>&apos;%1&apos; hat keine property_values.</translation>
    </message>
    <message>
        <source>property_values of &apos;%1&apos; must be a non-empty list.</source>
        <translation>property_values von &apos;%1&apos; muss eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <source>Each value of &apos;%1&apos; must be non-empty text.</source>
        <translation>Jeder Wert von &apos;%1&apos; muss nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>The value &apos;%1&apos; is listed twice in &apos;%2&apos;.</source>
        <translation>Der Wert &apos;%1&apos; ist in &apos;%2&apos; zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no base_distributions.</source>
        <translation>&apos;%1&apos; hat keine base_distributions.</translation>
    </message>
    <message>
        <source>base_distributions of &apos;%1&apos; must map each value to a percentage.</source>
        <translation>base_distributions von &apos;%1&apos; muss jedem Wert einen Prozentsatz zuordnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the property_values of &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; ist keiner der property_values von &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The share of &apos;%1&apos; must be a number (a percentage), not %2.</source>
        <translation>Der Anteil von &apos;%1&apos; muss eine Zahl (ein Prozentsatz) sein, nicht %2.</translation>
    </message>
    <message>
        <source>The share of &apos;%1&apos; cannot be negative.</source>
        <translation>Der Anteil von &apos;%1&apos; kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>base_distributions of &apos;%1&apos; has no share for &apos;%2&apos;.</source>
        <translation>base_distributions von &apos;%1&apos; hat keinen Anteil für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The shares of &apos;%1&apos; add up to %2, not 100.</source>
        <translation>Die Anteile von &apos;%1&apos; ergeben %2, nicht 100.</translation>
    </message>
</context>
<context>
    <name>DiagnosticListModel</name>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>&amp;Inline</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Previous change (Shift+F7)</source>
        <translation>Vorherige Änderung (Shift+F7)</translation>
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation>Nächste Änderung (F7)</translation>
    </message>
    <message>
        <source>Show both versions in one pane, removed lines above added ones</source>
        <translation>Beide Versionen in einem Bereich zeigen, entfernte Zeilen über hinzugefügten</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>Select two entries to compare them, or one and choose Compare with Editor.</source>
        <translation>Wählen Sie zwei Einträge, um sie zu vergleichen, oder einen und dann „Mit Editor vergleichen“.</translation>
    </message>
    <message>
        <source>Older version: %1</source>
        <translation>Ältere Version: %1</translation>
    </message>
    <message>
        <source>Newer version: %1</source>
        <translation>Neuere Version: %1</translation>
    </message>
    <message>
        <source>Both texts, removed lines above added ones; F7: next change.</source>
        <translation>Beide Texte, entfernte Zeilen über hinzugefügten; F7: nächste Änderung.</translation>
    </message>
    <message>
        <source>The older text, removed lines marked; F7: next change.</source>
        <translation>Der ältere Text, entfernte Zeilen markiert; F7: nächste Änderung.</translation>
    </message>
    <message>
        <source>The newer text, added lines marked; F7: next change.</source>
        <translation>Der neuere Text, hinzugefügte Zeilen markiert; F7: nächste Änderung.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Change %1 of %2 (−%3 +%4 lines)</source>
        <translation>Änderung %1 von %2 (−%3 +%4 Zeilen)</translation>
    </message>
</context>
<context>
    <name>DiskFileGuard</name>
    <message>
        <source>%1 changed on disk and was reloaded; Undo (Ctrl+Z) brings back the text before.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen; Rückgängig (Ctrl+Z) holt den vorherigen Text zurück.</translation>
    </message>
    <message>
        <source>%1 changed on disk while you had unsaved edits: choose Reload, Keep Mine or Compare above its text.</source>
        <translation>%1 wurde auf der Festplatte geändert, während Sie nicht gespeicherte Änderungen hatten: Wählen Sie über dem Text Neu laden, Meine behalten oder Vergleichen.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away on disk; its text is still in its tab.</source>
        <translation>%1 wurde auf der Festplatte gelöscht oder verschoben; der Text ist noch in seinem Tab.</translation>
    </message>
    <message>
        <source>Nothing saved: %1 changed on disk, and as you had no edits it was reloaded.</source>
        <translation>Nichts gespeichert: %1 wurde auf der Festplatte geändert und, da Sie keine Änderungen hatten, neu geladen.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on disk since it was opened or saved. Choose Reload, Keep Mine or Compare above its text.</source>
        <translation>Nicht gespeichert: %1 wurde auf der Festplatte geändert, seit es geöffnet oder gespeichert wurde. Wählen Sie über dem Text Neu laden, Meine behalten oder Vergleichen.</translation>
    </message>
    <message>
        <source>Kept your text; Save writes it over %1.</source>
        <translation>Ihr Text wurde behalten; Speichern schreibt ihn über %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved to its file.</source>
        <translation>%1 hat Änderungen, die nicht in der zugehörigen Datei gespeichert sind.</translation>
    </message>
    <message>
        <source>Save writes them to the file. Discard goes back to the file&apos;s text.</source>
        <translation>Speichern schreibt sie in die Datei. Verwerfen kehrt zum Text der Datei zurück.</translation>
    </message>
</context>
<context>
    <name>DistributionBar</name>
    <message>
        <source>%1 %2 percent</source>
        <translation>%1 %2 Prozent</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
</context>
<context>
    <name>DistributionController</name>
    <message>
        <source>This property is no longer in the text.</source>
        <translation>Diese Eigenschaft ist nicht mehr im Text.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changed in the text meanwhile; look at it again before changing it.</source>
        <translation>&apos;%1&apos; wurde inzwischen im Text geändert; sehen Sie es sich erneut an, bevor Sie es ändern.</translation>
    </message>
</context>
<context>
    <name>DistributionEdits</name>
    <message>
        <source>&apos;%1&apos; has no shares yet.</source>
        <translation>&apos;%1&apos; hat noch keine Anteile.</translation>
    </message>
    <message>
        <source>The text has changed; &apos;%1&apos; is no longer where it was.</source>
        <translation>Der Text hat sich geändert; &apos;%1&apos; ist nicht mehr dort, wo es war.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a property_values list first.</source>
        <translation>&apos;%1&apos; braucht zuerst eine Liste property_values.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a base_distributions map first.</source>
        <translation>&apos;%1&apos; braucht zuerst ein Mapping base_distributions.</translation>
    </message>
    <message>
        <source>There is no such value.</source>
        <translation>Diesen Wert gibt es nicht.</translation>
    </message>
    <message>
        <source>Every value is locked; unlock one to equalize.</source>
        <translation>Jeder Wert ist gesperrt; entsperren Sie einen, um anzugleichen.</translation>
    </message>
    <message>
        <source>The locked values alone add up to more than 100%; unlock one to equalize.</source>
        <translation>Die gesperrten Werte allein ergeben mehr als 100 %; entsperren Sie einen, um anzugleichen.</translation>
    </message>
    <message>
        <source>Type a name for the new value.</source>
        <translation>Geben Sie einen Namen für den neuen Wert ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; hat bereits einen Wert &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs at least one value.</source>
        <translation>&apos;%1&apos; braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; hat keinen Wert &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Every value of &apos;%1&apos; has a share.</source>
        <translation>Jeder Wert von &apos;%1&apos; hat einen Anteil.</translation>
    </message>
</context>
<context>
    <name>DistributionMath</name>
    <message>
        <source>There is no such value.</source>
        <translation>Diesen Wert gibt es nicht.</translation>
    </message>
    <message>
        <source>This value is locked; unlock it to change it.</source>
        <translation>Dieser Wert ist gesperrt; entsperren Sie ihn, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Every other value is locked, so this one cannot move without breaking 100%.</source>
        <translation>Alle anderen Werte sind gesperrt, daher kann dieser sich nicht bewegen, ohne die 100 % zu verletzen.</translation>
    </message>
    <message>
        <source>Every value is locked; unlock one to normalize.</source>
        <translation>Jeder Wert ist gesperrt; entsperren Sie einen, um zu normieren.</translation>
    </message>
    <message>
        <source>The locked values alone add up to more than 100%; unlock one to normalize.</source>
        <translation>Die gesperrten Werte allein ergeben mehr als 100 %; entsperren Sie einen, um zu normieren.</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Sample size for expected counts</source>
        <translation>Stichprobengröße für erwartete Anzahlen</translation>
    </message>
    <message>
        <source>How many rows to generate: each value shows how many of them to expect.</source>
        <translation>Wie viele Zeilen erzeugt werden sollen: Jeder Wert zeigt, wie viele davon zu erwarten sind.</translation>
    </message>
    <message>
        <source>&amp;Sample size:</source>
        <translation>&amp;Stichprobengröße:</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Eigenschaften filtern</translation>
    </message>
    <message>
        <source>Filter properties by name</source>
        <translation>Eigenschaften nach Namen filtern</translation>
    </message>
    <message>
        <source>Shows only the properties whose name contains the typed text.</source>
        <translation>Zeigt nur die Eigenschaften, deren Name den eingegebenen Text enthält.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>One group per property of the spec, each with a slider per value.</source>
        <translation>Eine Gruppe pro Eigenschaft der Spec, jeweils mit einem Schieberegler pro Wert.</translation>
    </message>
    <message>
        <source>No spec is open. Open a DataFramer spec to shape its distributions.</source>
        <translation>Keine Spec geöffnet. Öffnen Sie eine DataFramer-Spec, um ihre Verteilungen zu gestalten.</translation>
    </message>
    <message>
        <source>Reading the spec…</source>
        <translation>Die Spec wird gelesen…</translation>
    </message>
    <message>
        <source>The text does not parse, so the distributions cannot be read.
%1</source>
        <translation>Der Text lässt sich nicht parsen, daher können die Verteilungen nicht gelesen werden.
%1</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 matching properties; filter to find the others.</source>
        <translation>Die ersten %1 von %2 passenden Eigenschaften werden angezeigt; filtern Sie, um die anderen zu finden.</translation>
    </message>
    <message>
        <source>%1 of %2 properties match.</source>
        <translation>%1 von %2 Eigenschaften passen.</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <source>This file is %1 MB; SpecDesk reads specs of up to %2 MB.</source>
        <translation>Diese Datei ist %1 MB groß; SpecDesk liest Specs bis %2 MB.</translation>
    </message>
    <message>
        <source>This file holds a NUL byte, so it is binary data, not text.</source>
        <translation>Diese Datei enthält ein NUL-Byte, ist also Binärdaten, kein Text.</translation>
    </message>
    <message>
        <source>This byte is not valid UTF-8; specs must be saved as UTF-8 text.</source>
        <translation>Dieses Byte ist kein gültiges UTF-8; Specs müssen als UTF-8-Text gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>Your edits are still in the editor but could not be saved: %1 SpecDesk keeps trying.</source>
        <translation>Ihre Änderungen sind noch im Editor, konnten aber nicht gespeichert werden: %1 SpecDesk versucht es weiter.</translation>
    </message>
</context>
<context>
    <name>DraftPreflight</name>
    <message>
        <source>metadata is read-only on DataFramer; the server ignores changes to it</source>
        <translation>metadata ist bei DataFramer schreibgeschützt; der Server ignoriert Änderungen daran</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not part of a DataFramer spec; the server saves only spec:</source>
        <translation>&apos;%1&apos; ist nicht Teil einer DataFramer-Spec; der Server speichert nur spec:</translation>
    </message>
    <message>
        <source>%1 is read-only on Scale GP</source>
        <translation>%1 ist bei Scale GP schreibgeschützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of a Scale GP application spec</source>
        <translation>&apos;%1&apos; ist kein Feld einer Scale-GP-Anwendungsspec</translation>
    </message>
    <message>
        <source>%1 is set by the server on Adobe</source>
        <translation>%1 wird bei Adobe vom Server gesetzt</translation>
    </message>
    <message>
        <source>%1: this edit does not reach the server.</source>
        <translation>%1: Diese Änderung erreicht den Server nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent: the draft has %n error(s); the first, at line %1, column %2: %3 [%4]</source>
        <translation>
            <numerusform>Nicht gesendet: Der Entwurf hat %n Fehler, in Zeile %1, Spalte %2: %3 [%4]</numerusform>
            <numerusform>Nicht gesendet: Der Entwurf hat %n Fehler; der erste, in Zeile %1, Spalte %2: %3 [%4]</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
</context>
<context>
    <name>DuplicateKeys</name>
    <message>
        <source>&apos;%1&apos; is given twice in this mapping (first at line %2); a server keeps only one of them. Remove one.</source>
        <translation>&apos;%1&apos; kommt in diesem Mapping zweimal vor (zuerst in Zeile %2); ein Server behält nur einen davon. Entfernen Sie einen.</translation>
    </message>
</context>
<context>
    <name>EditorAreaMaximizer</name>
    <message>
        <source>&amp;Maximize Editor Area</source>
        <translation>Editorbereich &amp;maximieren</translation>
    </message>
    <message>
        <source>Hides the panels so the editor area takes the whole window; again brings them back.</source>
        <translation>Blendet die Bereiche aus, sodass der Editorbereich das ganze Fenster einnimmt; erneut holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>&amp;Restore Archived Spec</source>
        <translation>Archivierte Spec &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Why the server takes no edits to this spec now.</source>
        <translation>Warum der Server jetzt keine Änderungen an dieser Spec annimmt.</translation>
    </message>
    <message>
        <source>Asks the server to restore this archived spec for editing.</source>
        <translation>Bittet den Server, diese archivierte Spec zum Bearbeiten wiederherzustellen.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <source>Open specs</source>
        <translation>Geöffnete Specs</translation>
    </message>
    <message>
        <source>The text of each open spec, one tab per spec.</source>
        <translation>Der Text jeder geöffneten Spec, ein Tab pro Spec.</translation>
    </message>
    <message>
        <source>Open spec tabs</source>
        <translation>Tabs der geöffneten Specs</translation>
    </message>
    <message>
        <source>Choose which open spec to edit; drag a tab to reorder.</source>
        <translation>Wählen Sie, welche geöffnete Spec Sie bearbeiten; ziehen Sie einen Tab, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation>%1: %2 ↔ %3</translation>
    </message>
    <message>
        <source>%1: %2 compared with %3</source>
        <translation>%1: %2 verglichen mit %3</translation>
    </message>
    <message>
        <source>%1 • %2</source>
        <translation>%1 • %2</translation>
    </message>
    <message>
        <source>%1 • not saved</source>
        <translation>%1 • nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 — saved in the workspace</source>
        <translation>%1 — im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>%1 — from its server, as %2</source>
        <translation>%1 — von ihrem Server, als %2</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <source>Not saved in the workspace yet; SpecDesk keeps trying.</source>
        <translation>Noch nicht im Arbeitsbereich gespeichert; SpecDesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Closes this tab; its text stays saved in the workspace.</source>
        <translation>Schließt diesen Tab; sein Text bleibt im Arbeitsbereich gespeichert.</translation>
    </message>
</context>
<context>
    <name>FieldMergeChoices</name>
    <message>
        <source>Was %1 in the base</source>
        <translation>War %1 in der Basis</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>Mine: %1</source>
        <translation>Meine: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>%1: use mine</source>
        <translation>%1: meine verwenden</translation>
    </message>
    <message>
        <source>%1: use theirs</source>
        <translation>%1: die des Servers verwenden</translation>
    </message>
</context>
<context>
    <name>FileChangeBanner</name>
    <message>
        <source>The file of this tab changed on disk; choose what to keep.</source>
        <translation>Die Datei dieses Tabs wurde auf der Festplatte geändert; wählen Sie, was behalten werden soll.</translation>
    </message>
    <message>
        <source>What happened to this tab&apos;s file on disk.</source>
        <translation>Was mit der Datei dieses Tabs auf der Festplatte geschehen ist.</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Replaces the text with the file&apos;s, as one step that Undo takes back.</source>
        <translation>Ersetzt den Text durch den der Datei, als ein Schritt, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Keeps this text; the next Save writes it over the file&apos;s new text.</source>
        <translation>Behält diesen Text; das nächste Speichern schreibt ihn über den neuen Text der Datei.</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Shows the file&apos;s text beside this text, with the differences marked.</source>
        <translation>Zeigt den Text der Datei neben diesem Text, mit markierten Unterschieden.</translation>
    </message>
    <message>
        <source>Save A&amp;gain</source>
        <translation>Erneut s&amp;peichern</translation>
    </message>
    <message>
        <source>Writes this text back to the file&apos;s old place.</source>
        <translation>Schreibt diesen Text zurück an den alten Ort der Datei.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Writes this text to a file you choose.</source>
        <translation>Schreibt diesen Text in eine Datei Ihrer Wahl.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Hides this message; the text stays as it is.</source>
        <translation>Blendet diese Meldung aus; der Text bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Another SpecDesk process changed this spec (for example specdesk-cli edit or a sync).</source>
        <translation>Ein anderer SpecDesk-Prozess hat diese Spec geändert (zum Beispiel specdesk-cli edit oder eine Synchronisation).</translation>
    </message>
    <message>
        <source>%1 was changed in the workspace while this tab held edits not saved yet; nothing is written over that change until you choose.</source>
        <translation>%1 wurde im Arbeitsbereich geändert, während dieser Tab noch nicht gespeicherte Änderungen hatte; nichts wird über diese Änderung geschrieben, bis Sie wählen.</translation>
    </message>
    <message>
        <source>This file changed on disk.</source>
        <translation>Diese Datei wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away. Your text is still here.</source>
        <translation>%1 wurde gelöscht oder verschoben. Ihr Text ist noch hier.</translation>
    </message>
    <message>
        <source>Another program changed the file while this tab held unsaved edits.</source>
        <translation>Ein anderes Programm hat die Datei geändert, während dieser Tab nicht gespeicherte Änderungen hatte.</translation>
    </message>
    <message>
        <source>This spec changed in the workspace; choose what to keep.</source>
        <translation>Diese Spec wurde im Arbeitsbereich geändert; wählen Sie, was behalten werden soll.</translation>
    </message>
    <message>
        <source>Replaces the text with the workspace&apos;s new text, as one step that Undo takes back.</source>
        <translation>Ersetzt den Text durch den neuen Text des Arbeitsbereichs, als ein Schritt, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>Keeps this text; it is saved over the other process&apos;s change.</source>
        <translation>Behält diesen Text; er wird über die Änderung des anderen Prozesses gespeichert.</translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s new text beside this text, with the differences marked.</source>
        <translation>Zeigt den neuen Text des Arbeitsbereichs neben diesem Text, mit markierten Unterschieden.</translation>
    </message>
</context>
<context>
    <name>FileCompareDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation>Mit der Datei auf der Festplatte vergleichen</translation>
    </message>
    <message>
        <source>Compare with the workspace</source>
        <translation>Mit dem Arbeitsbereich vergleichen</translation>
    </message>
    <message>
        <source>The file&apos;s text on disk beside the text in the editor.</source>
        <translation>Der Text der Datei auf der Festplatte neben dem Text im Editor.</translation>
    </message>
    <message>
        <source>The text another SpecDesk process stored beside the text in the editor.</source>
        <translation>Der Text, den ein anderer SpecDesk-Prozess gespeichert hat, neben dem Text im Editor.</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Von der Festplatte neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Reload from Workspace</source>
        <translation>Aus dem Arbeitsbereich neu &amp;laden</translation>
    </message>
    <message>
        <source>Replaces the editor&apos;s text with the file&apos;s, as one step that Undo takes back.</source>
        <translation>Ersetzt den Text des Editors durch den der Datei, als ein Schritt, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>Replaces the editor&apos;s text with the workspace&apos;s, as one step that Undo takes back.</source>
        <translation>Ersetzt den Text des Editors durch den des Arbeitsbereichs, als ein Schritt, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Keeps the editor&apos;s text; the next Save writes it over the file.</source>
        <translation>Behält den Text des Editors; das nächste Speichern schreibt ihn über die Datei.</translation>
    </message>
    <message>
        <source>Keeps the editor&apos;s text; it is saved over the other change.</source>
        <translation>Behält den Text des Editors; er wird über die andere Änderung gespeichert.</translation>
    </message>
    <message>
        <source>Closes this view and decides nothing yet.</source>
        <translation>Schließt diese Ansicht und entscheidet noch nichts.</translation>
    </message>
    <message>
        <source>%1: Disk and Editor</source>
        <translation>%1: Festplatte und Editor</translation>
    </message>
    <message>
        <source>%1: Workspace and Editor</source>
        <translation>%1: Arbeitsbereich und Editor</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <source>In the workspace</source>
        <translation>Im Arbeitsbereich</translation>
    </message>
    <message>
        <source>In the editor</source>
        <translation>Im Editor</translation>
    </message>
</context>
<context>
    <name>FileDropTarget</name>
    <message numerus="yes">
        <source>%n dropped link(s) ignored: only files on this computer can be opened.</source>
        <translation>
            <numerusform>%n abgelegter Link ignoriert: Nur Dateien auf diesem Computer können geöffnet werden.</numerusform>
            <numerusform>%n abgelegte Links ignoriert: Nur Dateien auf diesem Computer können geöffnet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in spec</source>
        <translation>In der Spec suchen</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Text to find in the current spec; Enter finds the next match.</source>
        <translation>Text, der in der aktuellen Spec gesucht wird; Enter sucht den nächsten Treffer.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous match</source>
        <translation>Vorherigen Treffer suchen</translation>
    </message>
    <message>
        <source>Selects the match before the caret (Shift+Enter).</source>
        <translation>Wählt den Treffer vor dem Cursor aus (Shift+Enter).</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next match</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Selects the match after the caret (Enter).</source>
        <translation>Wählt den Treffer nach dem Cursor aus (Enter).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Hides the find bar and returns to the editor (Escape).</source>
        <translation>Blendet die Suchleiste aus und kehrt zum Editor zurück (Escape).</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Ersetzungstext</translation>
    </message>
    <message>
        <source>Text that replaces each match.</source>
        <translation>Text, der jeden Treffer ersetzt.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match</source>
        <translation>Diesen Treffer ersetzen</translation>
    </message>
    <message>
        <source>Replaces the selected match and selects the next one.</source>
        <translation>Ersetzt den ausgewählten Treffer und wählt den nächsten aus.</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match</source>
        <translation>Jeden Treffer ersetzen</translation>
    </message>
    <message>
        <source>Replaces every match in the spec as one undo step.</source>
        <translation>Ersetzt jeden Treffer in der Spec als ein Rückgängig-Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>FindInSpecsDialog</name>
    <message>
        <source>Find in All Specs</source>
        <translation>In allen Specs suchen</translation>
    </message>
    <message>
        <source>Text to find in every spec, as written</source>
        <translation>Text, der in jeder Spec gesucht wird, wie geschrieben</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Type at least one character. Case is ignored.</source>
        <translation>Geben Sie mindestens ein Zeichen ein. Groß- und Kleinschreibung wird ignoriert.</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Fundstellen</translation>
    </message>
    <message>
        <source>By connection and spec; Enter opens the spec at the place.</source>
        <translation>Nach Verbindung und Spec; Enter öffnet die Spec an der Stelle.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The workspace could not be searched: %1</source>
        <translation>Der Arbeitsbereich konnte nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n place(s))</source>
        <translation>
            <numerusform>%1 (%n Stelle)</numerusform>
            <numerusform>%1 (%n Stellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>No spec holds “%1”.</source>
        <translation>Keine Spec enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n place(s) are shown; narrow the text to see the rest.</source>
        <translation>
            <numerusform>Die erste %n Stelle wird angezeigt; grenzen Sie den Text ein, um den Rest zu sehen.</numerusform>
            <numerusform>Die ersten %n Stellen werden angezeigt; grenzen Sie den Text ein, um den Rest zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in %1 spec(s).</source>
        <translation>
            <numerusform>%n Stelle in %1 Spec.</numerusform>
            <numerusform>%n Stellen in %1 Spec(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the generated data is about.</source>
        <translation>Worum es bei den erzeugten Daten geht.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>What every generated record must meet, one requirement per line.</source>
        <translation>Was jeder erzeugte Datensatz erfüllen muss, eine Anforderung pro Zeile.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The application&apos;s name.</source>
        <translation>Der Name der Anwendung.</translation>
    </message>
    <message>
        <source>What the application does.</source>
        <translation>Was die Anwendung tut.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>The id of the theme its pages use.</source>
        <translation>Die ID des Designs, das ihre Seiten verwenden.</translation>
    </message>
    <message>
        <source>Run online evaluation</source>
        <translation>Online-Auswertung ausführen</translation>
    </message>
    <message>
        <source>Whether Scale GP evaluates the application&apos;s answers as they are given.</source>
        <translation>Ob Scale GP die Antworten der Anwendung auswertet, während sie gegeben werden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Set by Scale GP.</source>
        <translation>Von Scale GP gesetzt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>When the application was archived; an archived spec is restored before it is edited.</source>
        <translation>Wann die Anwendung archiviert wurde; eine archivierte Spec wird wiederhergestellt, bevor sie bearbeitet wird.</translation>
    </message>
    <message>
        <source>The flow spec&apos;s name.</source>
        <translation>Der Name der Flow-Spec.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The flow spec&apos;s version, such as 1.0.</source>
        <translation>Die Version der Flow-Spec, etwa 1.0.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The UUID of the provider the flow spec belongs to.</source>
        <translation>Die UUID des Anbieters, zu dem die Flow-Spec gehört.</translation>
    </message>
    <message>
        <source>The flow spec&apos;s UUID.</source>
        <translation>Die UUID der Flow-Spec.</translation>
    </message>
    <message>
        <source>Source connection specs</source>
        <translation>Quell-Verbindungsspecs</translation>
    </message>
    <message>
        <source>The UUIDs of the connection specs it reads from, one per line.</source>
        <translation>Die UUIDs der Verbindungsspecs, aus denen sie liest, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Target connection specs</source>
        <translation>Ziel-Verbindungsspecs</translation>
    </message>
    <message>
        <source>The UUIDs of the connection specs it writes to, one per line.</source>
        <translation>Die UUIDs der Verbindungsspecs, in die sie schreibt, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a UUID such as c604ff05-7f1a-43c0-8e18-33bf874cb11c.</source>
        <translation>Zeile %1: „%2“ ist keine UUID wie c604ff05-7f1a-43c0-8e18-33bf874cb11c.</translation>
    </message>
    <message>
        <source>%1 is set by the server.</source>
        <translation>%1 wird vom Server gesetzt.</translation>
    </message>
    <message>
        <source>%1 is not a list in the text; edit it there.</source>
        <translation>%1 ist im Text keine Liste; bearbeiten Sie es dort.</translation>
    </message>
    <message>
        <source>%1 holds more than one value in the text; edit it there.</source>
        <translation>%1 enthält im Text mehr als einen Wert; bearbeiten Sie es dort.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>  history CONNECTION/SPEC_ID [--json]
                     The spec&apos;s timeline, newest first: the draft, the server&apos;s
                     versions (v1, v2...) and local snapshots (pull-N, sync-N,
                     restore-N, resolution-N).
  diff CONNECTION/SPEC_ID A B [--semantic]
                     A unified diff from entry A to entry B (&apos;draft&apos; is the current
                     text); --semantic adds what changed in analysts&apos; words.
  restore CONNECTION/SPEC_ID ENTRY
                     Make ENTRY&apos;s text the draft; the next sync sends it as a new
                     version. History is never rewritten.
</source>
        <translation>  history CONNECTION/SPEC_ID [--json]
                     Der Zeitverlauf der Spec, neueste zuerst: der Entwurf, die
                     Versionen des Servers (v1, v2...) und lokale Snapshots (pull-N,
                     sync-N, restore-N, resolution-N).
  diff CONNECTION/SPEC_ID A B [--semantic]
                     Ein Unified Diff von Eintrag A zu Eintrag B (&apos;draft&apos; ist der
                     aktuelle Text); --semantic ergänzt in den Worten von Analysten,
                     was sich geändert hat.
  restore CONNECTION/SPEC_ID ENTRY
                     Macht den Text von ENTRY zum Entwurf; die nächste
                     Synchronisation sendet ihn als neue Version. Der Verlauf wird
                     nie umgeschrieben.
</translation>
    </message>
    <message>
        <source>history needs one CONNECTION/SPEC_ID.</source>
        <translation>history braucht genau eine CONNECTION/SPEC_ID.</translation>
    </message>
    <message>
        <source>diff needs CONNECTION/SPEC_ID and two entries (or &apos;draft&apos;).</source>
        <translation>diff braucht CONNECTION/SPEC_ID und zwei Einträge (oder &apos;draft&apos;).</translation>
    </message>
    <message>
        <source>%1 has no entry &apos;%2&apos;; &apos;specdesk-cli history %1&apos; lists them.</source>
        <translation>%1 hat keinen Eintrag &apos;%2&apos;; &apos;specdesk-cli history %1&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>restore needs CONNECTION/SPEC_ID and an ENTRY.</source>
        <translation>restore braucht CONNECTION/SPEC_ID und einen ENTRY.</translation>
    </message>
    <message>
        <source>%1: %2 is now the draft. Run &apos;specdesk-cli sync %1&apos; to send it as a new version.</source>
        <translation>%1: %2 ist jetzt der Entwurf. Führen Sie &apos;specdesk-cli sync %1&apos; aus, um ihn als neue Version zu senden.</translation>
    </message>
    <message>
        <source>The spec&apos;s timeline, newest first: the draft, the server&apos;s versions (v1, v2...) and
local snapshots (pull-N, sync-N, restore-N, resolution-N).</source>
        <translation>Der Zeitverlauf der Spec, neueste zuerst: der Entwurf, die Versionen des Servers (v1, v2...) und
lokale Snapshots (pull-N, sync-N, restore-N, resolution-N).</translation>
    </message>
    <message>
        <source>A unified diff from entry A to entry B (&apos;draft&apos; is the current text).</source>
        <translation>Ein Unified Diff von Eintrag A zu Eintrag B (&apos;draft&apos; ist der aktuelle Text).</translation>
    </message>
    <message>
        <source>Add what changed in analysts&apos; words.</source>
        <translation>In den Worten von Analysten ergänzen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Make ENTRY&apos;s text the draft; the next sync sends it as a new version. History is never
rewritten.</source>
        <translation>Macht den Text von ENTRY zum Entwurf; die nächste Synchronisation sendet ihn als neue Version. Der Verlauf wird nie
umgeschrieben.</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Current draft</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message>
        <source>Server version %1</source>
        <translation>Serverversion %1</translation>
    </message>
    <message>
        <source>Pulled from the server (local #%1)</source>
        <translation>Vom Server abgerufen (lokal #%1)</translation>
    </message>
    <message>
        <source>Synced to the server (local #%1)</source>
        <translation>Zum Server synchronisiert (lokal #%1)</translation>
    </message>
    <message>
        <source>Restored (local #%1)</source>
        <translation>Wiederhergestellt (lokal #%1)</translation>
    </message>
    <message>
        <source>Conflict resolved (local #%1)</source>
        <translation>Konflikt gelöst (lokal #%1)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare with &amp;Editor</source>
        <translation>Mit &amp;Editor vergleichen</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Server versions and recorded snapshots of the spec, newest first; select two to compare them.</source>
        <translation>Serverversionen und aufgezeichnete Snapshots der Spec, neueste zuerst; wählen Sie zwei aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Compare the two selected entries (select them with Ctrl or Shift)</source>
        <translation>Die beiden ausgewählten Einträge vergleichen (mit Ctrl oder Shift auswählen)</translation>
    </message>
    <message>
        <source>Compare the selected entry with the text in the editor</source>
        <translation>Den ausgewählten Eintrag mit dem Text im Editor vergleichen</translation>
    </message>
    <message>
        <source>Put this version&apos;s text in the editor as one undo step; the next Sync sends it as a new version</source>
        <translation>Den Text dieser Version als ein Rückgängig-Schritt in den Editor setzen; die nächste Synchronisation sendet ihn als neue Version</translation>
    </message>
    <message>
        <source>Share &amp;Trends…</source>
        <translation>Anteils&amp;verläufe…</translation>
    </message>
    <message>
        <source>How each share moved across the versions, as a chart and a table</source>
        <translation>Wie sich jeder Anteil über die Versionen bewegt hat, als Diagramm und als Tabelle</translation>
    </message>
    <message>
        <source>Open F&amp;ull Width</source>
        <translation>In voller &amp;Breite öffnen</translation>
    </message>
    <message>
        <source>Shows this comparison in a tab of the editor area, full width</source>
        <translation>Zeigt diesen Vergleich in einem Tab des Editorbereichs, in voller Breite</translation>
    </message>
    <message>
        <source>Select two entries to compare them, or one and choose Compare with Editor.</source>
        <translation>Wählen Sie zwei Einträge, um sie zu vergleichen, oder einen und dann „Mit Editor vergleichen“.</translation>
    </message>
    <message>
        <source>Open a spec to see its history.</source>
        <translation>Öffnen Sie eine Spec, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no history yet: it is recorded on each pull, sync and restore.</source>
        <translation>%1 hat noch keinen Verlauf: Er wird bei jedem Abrufen, Synchronisieren und Wiederherstellen aufgezeichnet.</translation>
    </message>
    <message>
        <source>History of %1 (newest first)</source>
        <translation>Verlauf von %1 (neueste zuerst)</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>This history entry is gone; the list was read again.</source>
        <translation>Dieser Verlaufseintrag existiert nicht mehr; die Liste wurde neu gelesen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>There is no draft to compare: the text is what the server last sent.</source>
        <translation>Es gibt keinen Entwurf zum Vergleichen: Der Text ist der, den der Server zuletzt gesendet hat.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The editor already holds the text of %1.</source>
        <translation>Der Editor enthält bereits den Text von %1.</translation>
    </message>
    <message>
        <source>Restored %1 into the editor, but the restore could not be recorded in the history.</source>
        <translation>%1 wurde im Editor wiederhergestellt, aber die Wiederherstellung konnte nicht im Verlauf aufgezeichnet werden.</translation>
    </message>
    <message>
        <source>Restored %1 into the editor (Undo brings back the previous text). The next Sync sends it as a new version; the history is kept.</source>
        <translation>%1 wurde im Editor wiederhergestellt (Rückgängig holt den vorherigen Text zurück). Die nächste Synchronisation sendet ihn als neue Version; der Verlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Connection to %1 closed before the reply arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>%1 answered something that is not HTTP.</source>
        <translation>%1 hat etwas geantwortet, das kein HTTP ist.</translation>
    </message>
</context>
<context>
    <name>JsonSchemaCheck</name>
    <message>
        <source>&apos;type&apos; must be one of array, boolean, integer, null, number, object and string, or a list of them.</source>
        <translation>&apos;type&apos; muss array, boolean, integer, null, number, object oder string sein, oder eine Liste davon.</translation>
    </message>
    <message>
        <source>The JSON Schema meta-schema is missing from this build, so this schema was not checked.</source>
        <translation>Das Metaschema von JSON Schema fehlt in diesem Build, daher wurde dieses Schema nicht geprüft.</translation>
    </message>
    <message>
        <source>This embedded JSON Schema is %L1 KB, too large to check against draft-07 here; SpecDesk checks schemas of up to %L2 KB.</source>
        <translation>Dieses eingebettete JSON Schema ist %L1 KB groß, zu groß, um es hier gegen draft-07 zu prüfen; SpecDesk prüft Schemas bis %L2 KB.</translation>
    </message>
    <message>
        <source>The JSON Schema in %1 is not valid draft-07%2: %3</source>
        <translation>Das JSON Schema in %1 ist kein gültiges draft-07%2: %3</translation>
    </message>
    <message>
        <source> (at %1)</source>
        <translation> (bei %1)</translation>
    </message>
</context>
<context>
    <name>JsonTreeBuilder</name>
    <message>
        <source>The file is empty; a JSON document needs a value.</source>
        <translation>Die Datei ist leer; ein JSON-Dokument braucht einen Wert.</translation>
    </message>
    <message>
        <source>There is more text after the end of the document.</source>
        <translation>Nach dem Ende des Dokuments folgt noch Text.</translation>
    </message>
    <message>
        <source>This is not a valid JSON value (strings need double quotes; true, false and null are written in lower case).</source>
        <translation>Dies ist kein gültiger JSON-Wert (Zeichenketten brauchen doppelte Anführungszeichen; true, false und null werden kleingeschrieben).</translation>
    </message>
    <message>
        <source>An object key (a string in double quotes) is expected here.</source>
        <translation>Hier wird ein Objektschlüssel (eine Zeichenkette in doppelten Anführungszeichen) erwartet.</translation>
    </message>
    <message>
        <source>A &apos;:&apos; is missing between an object key and its value.</source>
        <translation>Zwischen einem Objektschlüssel und seinem Wert fehlt ein &apos;:&apos;.</translation>
    </message>
    <message>
        <source>A &apos;,&apos; or a &apos;}&apos; is missing here.</source>
        <translation>Hier fehlt ein &apos;,&apos; oder ein &apos;}&apos;.</translation>
    </message>
    <message>
        <source>A &apos;,&apos; or a &apos;]&apos; is missing here.</source>
        <translation>Hier fehlt ein &apos;,&apos; oder ein &apos;]&apos;.</translation>
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits.</source>
        <translation>Eine \u-Escape-Sequenz braucht vier Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>This \u escape is half of a surrogate pair.</source>
        <translation>Diese \u-Escape-Sequenz ist die Hälfte eines Surrogatpaars.</translation>
    </message>
    <message>
        <source>This escape sequence is not valid in a JSON string.</source>
        <translation>Diese Escape-Sequenz ist in einer JSON-Zeichenkette nicht gültig.</translation>
    </message>
    <message>
        <source>A string is not closed, or holds a raw tab or line break: write those as \t and \n.</source>
        <translation>Eine Zeichenkette ist nicht geschlossen oder enthält einen rohen Tabulator oder Zeilenumbruch: Schreiben Sie diese als \t und \n.</translation>
    </message>
    <message>
        <source>This string holds bytes that are not valid UTF-8.</source>
        <translation>Diese Zeichenkette enthält Bytes, die kein gültiges UTF-8 sind.</translation>
    </message>
    <message>
        <source>This number is too big.</source>
        <translation>Diese Zahl ist zu groß.</translation>
    </message>
    <message>
        <source>A number needs digits after its decimal point.</source>
        <translation>Eine Zahl braucht Ziffern nach ihrem Dezimalpunkt.</translation>
    </message>
    <message>
        <source>A number needs digits in its exponent.</source>
        <translation>Eine Zahl braucht Ziffern in ihrem Exponenten.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Dies ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Trailing comma: JSON allows no &apos;,&apos; before this &apos;%1&apos;. Remove the &apos;,&apos; at line %2, column %3.</source>
        <translation>Nachgestelltes Komma: JSON erlaubt kein &apos;,&apos; vor diesem &apos;%1&apos;. Entfernen Sie das &apos;,&apos; in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation>Hier wird ein Wert erwartet.</translation>
    </message>
    <message>
        <source>The document ends before it is complete: a closing &apos;}&apos;, &apos;]&apos; or &apos;&quot;&apos; is missing.</source>
        <translation>Das Dokument endet, bevor es vollständig ist: Ein schließendes &apos;}&apos;, &apos;]&apos; oder &apos;&quot;&apos; fehlt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>Specs</translation>
    </message>
    <message>
        <source>The spec could not be opened to compare it.</source>
        <translation>Die Spec konnte zum Vergleichen nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;DataFramer Spec</source>
        <translation>&amp;DataFramer-Spec</translation>
    </message>
    <message>
        <source>&amp;Scale GP Application Spec</source>
        <translation>&amp;Scale-GP-Anwendungsspec</translation>
    </message>
    <message>
        <source>&amp;Adobe Flow Spec</source>
        <translation>&amp;Adobe-Flow-Spec</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Replaces the text with its file&apos;s, as one step that Undo takes back.</source>
        <translation>Ersetzt den Text durch den seiner Datei, als ein Schritt, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weiters&amp;uchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwär&amp;ts suchen</translation>
    </message>
    <message>
        <source>Find in All Spe&amp;cs…</source>
        <translation>In allen Spe&amp;cs suchen…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation>Sc&amp;hnellkorrektur…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einste&amp;llungen…</translation>
    </message>
    <message>
        <source>&amp;Spec</source>
        <translation>S&amp;pec</translation>
    </message>
    <message>
        <source>Read &amp;As</source>
        <translation>Lesen &amp;als</translation>
    </message>
    <message>
        <source>&amp;Detect from the Text</source>
        <translation>Aus dem Text &amp;erkennen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation>&amp;Gehe zu Bereich</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Tab Moves Focus</source>
        <translation>&amp;Tab wechselt den Fokus</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab leave the editor instead of indenting.</source>
        <translation>Tab und Shift+Tab verlassen den Editor, statt einzurücken.</translation>
    </message>
    <message>
        <source>Tab moves the focus; Ctrl+M makes it indent again.</source>
        <translation>Tab wechselt den Fokus; Ctrl+M lässt ihn wieder einrücken.</translation>
    </message>
    <message>
        <source>Tab indents in the editor; F6 or Ctrl+M moves on.</source>
        <translation>Tab rückt im Editor ein; F6 oder Ctrl+M wechselt weiter.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About SpecDesk</source>
        <translation>&amp;Über SpecDesk</translation>
    </message>
    <message>
        <source>&amp;Remote</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Refresh Connection</source>
        <translation>Verbindung &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Loads the specs of the selected connection from its server again.</source>
        <translation>Lädt die Specs der ausgewählten Verbindung erneut von ihrem Server.</translation>
    </message>
    <message>
        <source>Local only — no connections</source>
        <translation>Nur lokal — keine Verbindungen</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 connections</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>Specs are saved in the local workspace. Add a connection with Remote ▸ Connections to work on specs on a server.</source>
        <translation>Specs werden im lokalen Arbeitsbereich gespeichert. Fügen Sie unter Server ▸ Verbindungen eine Verbindung hinzu, um an Specs auf einem Server zu arbeiten.</translation>
    </message>
    <message>
        <source>Expand a connection in the specs tree to load its specs. Remote ▸ Connections manages them.</source>
        <translation>Klappen Sie eine Verbindung im Specs-Baum auf, um ihre Specs zu laden. Unter Server ▸ Verbindungen werden sie verwaltet.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Queued drafts are sent on their own once the server answers again.</source>
        <translation>Entwürfe in der Warteschlange werden von selbst gesendet, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Some edits could not be written to the workspace (see the status bar). Quit anyway and lose them?</source>
        <translation>Einige Änderungen konnten nicht in den Arbeitsbereich geschrieben werden (siehe Statusleiste). Trotzdem beenden und sie verlieren?</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Open Spec File</source>
        <translation>Spec-Datei öffnen</translation>
    </message>
    <message>
        <source>Specs (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Specs (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation>Im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Spec speichern unter</translation>
    </message>
    <message>
        <source>Spec (*.%1);;All files (*)</source>
        <translation>Spec (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No new spec: %1</source>
        <translation>Keine neue Spec: %1</translation>
    </message>
    <message>
        <source>A new %1 in Local, from its template.</source>
        <translation>Eine neue %1 in „Lokal“, aus ihrer Vorlage.</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <source>About SpecDesk</source>
        <translation>Über SpecDesk</translation>
    </message>
    <message>
        <source>SpecDesk %1

A desktop editor for DataFramer, Scale GP and Adobe flow specs.</source>
        <translation>SpecDesk %1

Ein Desktop-Editor für DataFramer-, Scale-GP- und Adobe-Flow-Specs.</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Move a share with ← and →; the others keep 100%. Then Sync (%1).</source>
        <translation>Verschieben Sie einen Anteil mit ← und →; die anderen halten 100 %. Dann Synchronisieren (%1).</translation>
    </message>
    <message>
        <source>Starts the bundled stand-in server and connects the Sandbox connections to it.</source>
        <translation>Startet den mitgelieferten Ersatzserver und verbindet die Sandbox-Verbindungen mit ihm.</translation>
    </message>
    <message>
        <source>Start Sand&amp;box</source>
        <translation>Sandbox s&amp;tarten</translation>
    </message>
</context>
<context>
    <name>NewSpecs</name>
    <message>
        <source>New %1</source>
        <translation>Neue %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>OpenableFile</name>
    <message>
        <source>%1 was not opened: there is no such file.</source>
        <translation>%1 wurde nicht geöffnet: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 was not opened: it is a folder, not a file.</source>
        <translation>%1 wurde nicht geöffnet: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 was not opened: you may not read it.</source>
        <translation>%1 wurde nicht geöffnet: Sie haben keine Leseberechtigung.</translation>
    </message>
    <message>
        <source>%1 was not opened: it is not a regular file.</source>
        <translation>%1 wurde nicht geöffnet: Es ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The keys of the current spec as a tree; activate one to go to it.</source>
        <translation>Die Schlüssel der aktuellen Spec als Baum; aktivieren Sie einen, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>No spec is open.</source>
        <translation>Keine Spec geöffnet.</translation>
    </message>
    <message>
        <source>Reading the spec…</source>
        <translation>Die Spec wird gelesen…</translation>
    </message>
    <message>
        <source>The outline appears when the text can be read (see Problems).</source>
        <translation>Die Gliederung erscheint, sobald der Text gelesen werden kann (siehe Probleme).</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Errors and warnings in the current spec, with their line and column; activate one to go to it.</source>
        <translation>Fehler und Warnungen in der aktuellen Spec, mit Zeile und Spalte; aktivieren Sie einen Eintrag, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>No spec is open. Problems in the open spec are listed here.</source>
        <translation>Keine Spec geöffnet. Probleme in der geöffneten Spec werden hier aufgelistet.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>1 problem — activate it to go to its place.</source>
        <translation>1 Problem — aktivieren Sie es, um zu seiner Stelle zu springen.</translation>
    </message>
    <message>
        <source>%1 problems — activate one to go to its place.</source>
        <translation>%1 Probleme — aktivieren Sie eines, um zu seiner Stelle zu springen.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops the operation shown next to it.</source>
        <translation>Bricht den daneben angezeigten Vorgang ab.</translation>
    </message>
    <message>
        <source>Stops the operation shown next to it. Edits are never lost.</source>
        <translation>Bricht den daneben angezeigten Vorgang ab. Änderungen gehen nie verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (und %n weiterer)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertyDistribution</name>
    <message>
        <source>The share is empty.</source>
        <translation>Der Anteil ist leer.</translation>
    </message>
    <message>
        <source>The share must be a number, not a list or map.</source>
        <translation>Der Anteil muss eine Zahl sein, keine Liste und kein Mapping.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>Ein Anteil kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is far beyond 100.</source>
        <translation>%1 liegt weit über 100.</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <source>This entry is not a property (property_name, property_values, base_distributions).</source>
        <translation>Dieser Eintrag ist keine Eigenschaft (property_name, property_values, base_distributions).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no base_distributions.</source>
        <translation>&apos;%1&apos; hat keine base_distributions.</translation>
    </message>
    <message>
        <source>base_distributions of &apos;%1&apos; must map each value to a percentage.</source>
        <translation>base_distributions von &apos;%1&apos; muss jedem Wert einen Prozentsatz zuordnen.</translation>
    </message>
    <message>
        <source>Distributions belong to DataFramer specs; this is %1.</source>
        <translation>Verteilungen gehören zu DataFramer-Specs; dies ist %1.</translation>
    </message>
    <message>
        <source>The spec is empty, so it has no distributions.</source>
        <translation>Die Spec ist leer und hat daher keine Verteilungen.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>This spec has no data_property_variations, so there are no distributions to shape.</source>
        <translation>Diese Spec hat keine data_property_variations, daher gibt es keine Verteilungen zu gestalten.</translation>
    </message>
</context>
<context>
    <name>PropertyGroupWidget</name>
    <message>
        <source>Equalize</source>
        <translation>Angleichen</translation>
    </message>
    <message>
        <source>Normalize to 100</source>
        <translation>Auf 100 normieren</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>A value to add to property_values; press Enter or Add value.</source>
        <translation>Ein Wert, der zu property_values hinzugefügt wird; drücken Sie Enter oder „Wert hinzufügen“.</translation>
    </message>
    <message>
        <source>Split what the locked values leave equally among the others.</source>
        <translation>Das, was die gesperrten Werte übrig lassen, gleichmäßig auf die anderen verteilen.</translation>
    </message>
    <message>
        <source>Scale the unlocked values so that all of them add up to exactly 100.</source>
        <translation>Die entsperrten Werte so skalieren, dass alle zusammen genau 100 ergeben.</translation>
    </message>
    <message>
        <source>Add the typed value to property_values, with a share of 0.</source>
        <translation>Den eingegebenen Wert mit einem Anteil von 0 zu property_values hinzufügen.</translation>
    </message>
    <message>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <source>Shows or hides the shares of %1&apos;s values.</source>
        <translation>Zeigt oder verbirgt die Anteile der Werte von %1.</translation>
    </message>
    <message>
        <source>New value for %1</source>
        <translation>Neuer Wert für %1</translation>
    </message>
    <message>
        <source>Equalize %1</source>
        <translation>%1 angleichen</translation>
    </message>
    <message>
        <source>Normalize %1 to 100</source>
        <translation>%1 auf 100 normieren</translation>
    </message>
    <message>
        <source>Add value to %1</source>
        <translation>Wert zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Split of %1</source>
        <translation>Aufteilung von %1</translation>
    </message>
    <message>
        <source>Σ %1 ≠ 100</source>
        <translation>Σ %1 ≠ 100</translation>
    </message>
    <message>
        <source>%1 sums to 100 percent</source>
        <translation>%1 ergibt 100 Prozent</translation>
    </message>
    <message>
        <source>%1 sums to %2 percent, not 100</source>
        <translation>%1 ergibt %2 Prozent, nicht 100</translation>
    </message>
    <message>
        <source>No share for %1, which property_values lists.</source>
        <translation>Kein Anteil für %1, das in property_values aufgeführt ist.</translation>
    </message>
    <message>
        <source>Add missing shares</source>
        <translation>Fehlende Anteile hinzufügen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a share but is not in property_values.</source>
        <translation>&apos;%1&apos; hat einen Anteil, steht aber nicht in property_values.</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to the values</source>
        <translation>&apos;%1&apos; zu den Werten hinzufügen</translation>
    </message>
    <message>
        <source>Remove its share</source>
        <translation>Seinen Anteil entfernen</translation>
    </message>
    <message>
        <source>%1: %2 Fix it in the text; the other values still move.</source>
        <translation>%1: %2 Korrigieren Sie es im Text; die anderen Werte bewegen sich weiterhin.</translation>
    </message>
    <message>
        <source>The shares add up to %1, not 100.</source>
        <translation>Die Anteile ergeben %1, nicht 100.</translation>
    </message>
</context>
<context>
    <name>PropertyListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove Value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The spec&apos;s properties in order. F2 renames, Delete removes, Alt+Up and Alt+Down move one.</source>
        <translation>Die Eigenschaften der Spec in Reihenfolge. F2 benennt um, Delete entfernt, Alt+Up und Alt+Down verschieben eine.</translation>
    </message>
    <message>
        <source>Adds a property at the end, with two values that share 50/50.</source>
        <translation>Fügt am Ende eine Eigenschaft hinzu, mit zwei Werten, die sich 50/50 teilen.</translation>
    </message>
    <message>
        <source>Removes the selected property with its values and shares.</source>
        <translation>Entfernt die ausgewählte Eigenschaft mit ihren Werten und Anteilen.</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the property up (Alt+Up)</source>
        <translation>Eigenschaft nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Moves the selected property one place up (Alt+Up in the list).</source>
        <translation>Verschiebt die ausgewählte Eigenschaft um eine Stelle nach oben (Alt+Up in der Liste).</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the property down (Alt+Down)</source>
        <translation>Eigenschaft nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Moves the selected property one place down (Alt+Down in the list).</source>
        <translation>Verschiebt die ausgewählte Eigenschaft um eine Stelle nach unten (Alt+Down in der Liste).</translation>
    </message>
    <message>
        <source>Values and shares</source>
        <translation>Werte und Anteile</translation>
    </message>
    <message>
        <source>The selected property&apos;s values and their shares in percent, which add up to 100. F2 renames a value or edits a share, and the other shares make room; Insert adds a value, Delete removes one.</source>
        <translation>Die Werte der ausgewählten Eigenschaft und ihre Anteile in Prozent, die zusammen 100 ergeben. F2 benennt einen Wert um oder bearbeitet einen Anteil, und die anderen Anteile machen Platz; Insert fügt einen Wert hinzu, Delete entfernt einen.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>Adds a value to the selected property with a share of 0; the other shares stay (Insert in the table).</source>
        <translation>Fügt der ausgewählten Eigenschaft einen Wert mit einem Anteil von 0 hinzu; die anderen Anteile bleiben (Insert in der Tabelle).</translation>
    </message>
    <message>
        <source>Removes the selected value and its share; the other shares take it up (Delete in the table).</source>
        <translation>Entfernt den ausgewählten Wert und seinen Anteil; die anderen Anteile übernehmen ihn (Delete in der Tabelle).</translation>
    </message>
    <message>
        <source>the text changed since the list was shown; try again in a moment.</source>
        <translation>der Text hat sich geändert, seit die Liste angezeigt wurde; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Not one of property_values: this share is for a value the property does not list.</source>
        <translation>Keiner der property_values: Dieser Anteil gilt für einen Wert, den die Eigenschaft nicht aufführt.</translation>
    </message>
    <message>
        <source>No share yet: type one, and the other shares make room.</source>
        <translation>Noch kein Anteil: Geben Sie einen ein, und die anderen Anteile machen Platz.</translation>
    </message>
    <message>
        <source>Select a property to see its values.</source>
        <translation>Wählen Sie eine Eigenschaft, um ihre Werte zu sehen.</translation>
    </message>
    <message>
        <source>Values and shares of %1</source>
        <translation>Werte und Anteile von %1</translation>
    </message>
    <message>
        <source>The shares add up to %1%.</source>
        <translation>Die Anteile ergeben %1 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1%, not 100%.</source>
        <translation>Die Anteile ergeben %1 %, nicht 100 %.</translation>
    </message>
</context>
<context>
    <name>PropertyListEdits</name>
    <message>
        <source>The text has no list of properties (spec.data_property_variations).</source>
        <translation>Der Text hat keine Liste von Eigenschaften (spec.data_property_variations).</translation>
    </message>
    <message>
        <source>A property needs a name.</source>
        <translation>Eine Eigenschaft braucht einen Namen.</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Eigenschaftsname</translation>
    </message>
</context>
<context>
    <name>PropertyValueEdits</name>
    <message>
        <source>This change cannot be made in place here; make it in the editor.</source>
        <translation>Diese Änderung kann hier nicht direkt vorgenommen werden; nehmen Sie sie im Editor vor.</translation>
    </message>
    <message>
        <source>This change cannot be made in place here without breaking the text (%1). Make it in the editor.</source>
        <translation>Diese Änderung kann hier nicht direkt vorgenommen werden, ohne den Text zu beschädigen (%1). Nehmen Sie sie im Editor vor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a base_distributions map first.</source>
        <translation>&apos;%1&apos; braucht zuerst ein Mapping base_distributions.</translation>
    </message>
    <message>
        <source>The text has changed; the property is no longer where it was.</source>
        <translation>Der Text hat sich geändert; die Eigenschaft ist nicht mehr dort, wo sie war.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a share; type a number from 0 to 100, such as %2.</source>
        <translation>&apos;%1&apos; ist kein Anteil; geben Sie eine Zahl von 0 bis 100 ein, etwa %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; hat keinen Wert &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation>Ein Wert braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; hat bereits einen Wert &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The share of &apos;%1&apos; has a key the form cannot rename; rename it in the editor.</source>
        <translation>Der Anteil von &apos;%1&apos; hat einen Schlüssel, den das Formular nicht umbenennen kann; benennen Sie ihn im Editor um.</translation>
    </message>
</context>
<context>
    <name>QuickFixes</name>
    <message>
        <source>Normalize the shares of &apos;%1&apos; to 100</source>
        <translation>Anteile von &apos;%1&apos; auf 100 normieren</translation>
    </message>
    <message>
        <source>Add the missing shares of &apos;%1&apos; (at 0)</source>
        <translation>Fehlende Anteile von &apos;%1&apos; ergänzen (mit 0)</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from base_distributions</source>
        <translation>&apos;%1&apos; aus base_distributions entfernen</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos; to property_values</source>
        <translation>&apos;%1&apos; zu property_values hinzufügen</translation>
    </message>
    <message>
        <source>Rename to transformationSpecs</source>
        <translation>In transformationSpecs umbenennen</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation>&amp;%1 %2 (fehlt)</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1 is no longer there; it was removed from Open Recent.</source>
        <translation>%1 ist nicht mehr vorhanden und wurde aus „Zuletzt geöffnet“ entfernt.</translation>
    </message>
    <message>
        <source>Open Rece&amp;nt</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>RemoteCall</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish answering within %n second(s).</source>
        <translation>
            <numerusform>%1 hat die Antwort nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>%1 hat die Antwort nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>Environment variable holding the secret.</source>
        <translation>Umgebungsvariable, die das Geheimnis enthält.</translation>
    </message>
    <message>
        <source>the workspace in %1 can only be read; commands that change it will fail.</source>
        <translation>der Arbeitsbereich in %1 ist schreibgeschützt; Befehle, die ihn ändern, schlagen fehl.</translation>
    </message>
    <message>
        <source>no connection named &apos;%1&apos;. &apos;specdesk-cli connection list&apos; shows them.</source>
        <translation>keine Verbindung namens &apos;%1&apos;. &apos;specdesk-cli connection list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <source>connection needs add, list, remove or test.</source>
        <translation>connection erwartet add, list, remove oder test.</translation>
    </message>
    <message>
        <source>connection add needs exactly one NAME.</source>
        <translation>connection add erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>--api must be dataframer, scalegp or adobe.</source>
        <translation>--api muss dataframer, scalegp oder adobe sein.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 gilt nicht für %2.</translation>
    </message>
    <message>
        <source>Added connection &apos;%1&apos; (%2, %3).</source>
        <translation>Verbindung &apos;%1&apos; hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>connection remove needs exactly one NAME.</source>
        <translation>connection remove erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>Removed connection &apos;%1&apos; and its cached specs.</source>
        <translation>Verbindung &apos;%1&apos; und ihre zwischengespeicherten Specs entfernt.</translation>
    </message>
    <message>
        <source>connection test needs exactly one NAME.</source>
        <translation>connection test erwartet genau einen NAME.</translation>
    </message>
    <message>
        <source>%1: connected.</source>
        <translation>%1: verbunden.</translation>
    </message>
    <message>
        <source>list takes at most one CONNECTION.</source>
        <translation>list nimmt höchstens eine CONNECTION an.</translation>
    </message>
    <message>
        <source>pull needs a CONNECTION.</source>
        <translation>pull erwartet eine CONNECTION.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 kept with local edits.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 mit lokalen Änderungen beibehalten.</translation>
    </message>
    <message>
        <source>show needs one CONNECTION/SPEC_ID, and at most one of --remote and --theirs.</source>
        <translation>show erwartet eine CONNECTION/SPEC_ID und höchstens eine der Optionen --remote und --theirs.</translation>
    </message>
    <message>
        <source>%1 is not in conflict; &apos;show --remote&apos; asks the server for its text.</source>
        <translation>%1 ist nicht im Konflikt; &apos;show --remote&apos; fragt den Server nach seinem Text.</translation>
    </message>
    <message>
        <source>dataframer, scalegp or adobe.</source>
        <translation>dataframer, scalegp oder adobe.</translation>
    </message>
    <message>
        <source>The base URL (default: the API&apos;s).</source>
        <translation>Die Basis-URL (Standard: die der API).</translation>
    </message>
    <message>
        <source>The Scale GP account.</source>
        <translation>Das Konto bei Scale GP.</translation>
    </message>
    <message>
        <source>The Adobe IMS org.</source>
        <translation>Die IMS-Organisation bei Adobe.</translation>
    </message>
    <message>
        <source>The Adobe sandbox.</source>
        <translation>Die Sandbox bei Adobe.</translation>
    </message>
    <message>
        <source>Allow a plain http:// URL.</source>
        <translation>Eine unverschlüsselte http://-URL zulassen.</translation>
    </message>
    <message>
        <source>The workspace&apos;s connections to servers. &apos;specdesk-cli connection ACTION --help&apos;
describes each action.</source>
        <translation>Die Verbindungen des Arbeitsbereichs zu Servern.
&apos;specdesk-cli connection ACTION --help&apos; beschreibt jede Aktion.</translation>
    </message>
    <message>
        <source>Add a connection. Secrets are never given on the command line: name the environment
variables that hold them, or store them in the keychain from the app. DataFramer needs
--token-env, Scale GP --api-key-env, Adobe --access-token-env and --api-key-env.</source>
        <translation>Eine Verbindung hinzufügen. Geheimnisse werden nie auf der Befehlszeile angegeben:
Nennen Sie die Umgebungsvariablen, die sie enthalten, oder speichern Sie sie in der
App im Schlüsselbund. DataFramer braucht --token-env, Scale GP --api-key-env, Adobe
--access-token-env und --api-key-env.</translation>
    </message>
    <message>
        <source>List the connections: name, API and URL.</source>
        <translation>Die Verbindungen auflisten: Name, API und URL.</translation>
    </message>
    <message>
        <source>Remove a connection, its cached specs and its stored secrets.</source>
        <translation>Eine Verbindung, ihre zwischengespeicherten Specs und ihre gespeicherten Geheimnisse entfernen.</translation>
    </message>
    <message>
        <source>One authenticated GET, to check the URL and the secrets.</source>
        <translation>Ein authentifiziertes GET, um URL und Geheimnisse zu prüfen.</translation>
    </message>
    <message>
        <source>With CONNECTION: the specs on its server. Without: the specs in the workspace, by
connection.</source>
        <translation>Mit CONNECTION: die Specs auf ihrem Server. Ohne: die Specs im Arbeitsbereich, nach
Verbindung.</translation>
    </message>
    <message>
        <source>Store the connection&apos;s specs (or just these) and their server versions in the
workspace. Local edits are never overwritten.</source>
        <translation>Die Specs der Verbindung (oder nur diese) und ihre Serverversionen im Arbeitsbereich
speichern. Lokale Änderungen werden nie überschrieben.</translation>
    </message>
    <message>
        <source>Print the spec&apos;s text from the workspace, fetching it first when it is not there (or
always, with --remote).</source>
        <translation>Den Text der Spec aus dem Arbeitsbereich ausgeben; fehlt er dort, wird er zuerst
abgerufen (mit --remote immer).</translation>
    </message>
    <message>
        <source>Print the server&apos;s text, fetched now.</source>
        <translation>Den Text des Servers ausgeben, jetzt abgerufen.</translation>
    </message>
    <message>
        <source>Print the server&apos;s text a conflict kept.</source>
        <translation>Den Text des Servers ausgeben, den ein Konflikt festgehalten hat.</translation>
    </message>
    <message>
        <source>connection list takes no arguments.</source>
        <translation>connection list nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Restore an archived Scale GP spec on its server, so that it can be edited and synced
again; edit and sync it after.</source>
        <translation>Eine archivierte Spec von Scale GP auf ihrem Server wiederherstellen, damit sie wieder
bearbeitet und synchronisiert werden kann; danach bearbeiten und synchronisieren.</translation>
    </message>
    <message>
        <source>  connection add NAME --api dataframer|scalegp|adobe [--url URL]
                     [--account-id ID] [--org-id ORG] [--sandbox-name NAME]
                     [--token-env VAR] [--api-key-env VAR] [--access-token-env VAR]
                     [--allow-insecure-http]
                     Add a connection. Secrets are never given on the command line:
                     name the environment variables that hold them, or store them in
                     the keychain from the app. DataFramer needs --token-env, Scale GP
                     --api-key-env, Adobe --access-token-env and --api-key-env.
  connection list [--json]
  connection remove NAME
  connection test NAME   One authenticated GET, to check the URL and the secrets.
  list [CONNECTION] [--json]
                     With CONNECTION: the specs on its server. Without: the specs
                     in the workspace, by connection.
  pull CONNECTION [SPEC_ID...] [--json]
                     Store the connection&apos;s specs (or just these) and their server
                     versions in the workspace. Local edits are never overwritten.
  show CONNECTION/SPEC_ID [--remote | --theirs]
                     Print the spec&apos;s text from the workspace, fetching it first when
                     it is not there (or always, with --remote).
  unarchive CONNECTION/SPEC_ID
                     Restore an archived Scale GP spec on its server, so that it can
                     be edited and synced again; edit and sync it after.
</source>
        <translation>  connection add NAME --api dataframer|scalegp|adobe [--url URL]
                     [--account-id ID] [--org-id ORG] [--sandbox-name NAME]
                     [--token-env VAR] [--api-key-env VAR] [--access-token-env VAR]
                     [--allow-insecure-http]
                     Eine Verbindung hinzufügen. Geheimnisse werden nie auf der
                     Befehlszeile angegeben: Nennen Sie die Umgebungsvariablen, die
                     sie enthalten, oder speichern Sie sie in der App im
                     Schlüsselbund. DataFramer braucht --token-env, Scale GP
                     --api-key-env, Adobe --access-token-env und --api-key-env.
  connection list [--json]
  connection remove NAME
  connection test NAME   Ein authentifiziertes GET, um URL und Geheimnisse zu prüfen.
  list [CONNECTION] [--json]
                     Mit CONNECTION: die Specs auf ihrem Server. Ohne: die Specs im
                     Arbeitsbereich, nach Verbindung.
  pull CONNECTION [SPEC_ID...] [--json]
                     Die Specs der Verbindung (oder nur diese) und ihre
                     Serverversionen im Arbeitsbereich speichern. Lokale Änderungen
                     werden nie überschrieben.
  show CONNECTION/SPEC_ID [--remote | --theirs]
                     Den Text der Spec aus dem Arbeitsbereich ausgeben; fehlt er dort,
                     wird er zuerst abgerufen (mit --remote immer).
  unarchive CONNECTION/SPEC_ID
                     Eine archivierte Spec von Scale GP auf ihrem Server
                     wiederherstellen, damit sie wieder bearbeitet und synchronisiert
                     werden kann; danach bearbeiten und synchronisieren.
</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>unarchive needs one CONNECTION/SPEC_ID.</source>
        <translation>unarchive erwartet eine CONNECTION/SPEC_ID.</translation>
    </message>
    <message>
        <source>%1 specs are not archived; only Scale GP specs are.</source>
        <translation>Specs von %1 werden nicht archiviert; das gibt es nur bei Specs von Scale GP.</translation>
    </message>
    <message>
        <source>%1: restored on the server; it can be edited and synced again.</source>
        <translation>%1: auf dem Server wiederhergestellt; die Spec kann wieder bearbeitet und synchronisiert werden.</translation>
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent: %2. Check the server&apos;s certificate and the system&apos;s trusted certificates, or ask the server&apos;s administrator.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen, daher wurde nichts gesendet: %2. Prüfen Sie das Zertifikat des Servers und die vertrauenswürdigen Zertifikate des Systems, oder fragen Sie den Administrator des Servers.</translation>
    </message>
</context>
<context>
    <name>RemoteErrors</name>
    <message>
        <source>The server refused the request (400 Bad Request).</source>
        <translation>Der Server hat die Anfrage abgelehnt (400 Bad Request).</translation>
    </message>
    <message>
        <source>The server did not accept the credentials (401). Check the key or token; it may have expired.</source>
        <translation>Der Server hat die Anmeldedaten nicht akzeptiert (401). Prüfen Sie den Schlüssel oder das Token; es ist möglicherweise abgelaufen.</translation>
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (403 Forbidden).</source>
        <translation>Die Anmeldedaten sind gültig, erlauben dies aber nicht (403 Forbidden).</translation>
    </message>
    <message>
        <source>The server does not have this spec (404 Not Found). It may have been deleted.</source>
        <translation>Der Server hat diese Spec nicht (404 Not Found). Sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The server reported a conflict (409).</source>
        <translation>Der Server hat einen Konflikt gemeldet (409).</translation>
    </message>
    <message>
        <source>The server found invalid fields in the request (422).</source>
        <translation>Der Server hat ungültige Felder in der Anfrage gefunden (422).</translation>
    </message>
    <message>
        <source>The server is limiting requests (429 Too Many Requests).</source>
        <translation>Der Server begrenzt die Anfragen (429 Too Many Requests).</translation>
    </message>
    <message>
        <source>The server had an internal problem (%1). Try again later.</source>
        <translation>Der Server hatte ein internes Problem (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 (Adobe gateway error %2)</source>
        <translation>%1 (Adobe-Gateway-Fehler %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 Der Server meldete: %2</translation>
    </message>
    <message numerus="yes">
        <source> Try again in %n second(s).</source>
        <translation>
            <numerusform> Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform> Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 answered HTTP %2.)</source>
        <translation>(%1 antwortete mit HTTP %2.)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> If every request fails like this, check the connection&apos;s base URL: %1</source>
        <translation> Wenn jede Anfrage so fehlschlägt, prüfen Sie die Basis-URL der Verbindung: %1</translation>
    </message>
    <message>
        <source>%1 base URLs are usually the server&apos;s address with no path, as in %2, and this one is %3.</source>
        <translation>Basis-URLs für %1 sind meist die Adresse des Servers ohne Pfad, wie %2; diese lautet %3.</translation>
    </message>
    <message>
        <source>%1 base URLs end with %2, as in %3, and this one is %4.</source>
        <translation>Basis-URLs für %1 enden auf %2, wie %3; diese lautet %4.</translation>
    </message>
</context>
<context>
    <name>RemoteJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>es ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
</context>
<context>
    <name>RemoteReplies</name>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>%1 is %2, not an object.</source>
        <translation>%1 ist %2, kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has no &apos;id&apos;.</source>
        <translation>%1 hat keine &apos;id&apos;.</translation>
    </message>
    <message>
        <source>The server&apos;s list is unreadable: %1</source>
        <translation>Die Liste des Servers ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply is unreadable: %1</source>
        <translation>Die Antwort des Servers ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no &apos;items&apos; list.</source>
        <translation>Die Antwort des Servers enthält keine &apos;items&apos;-Liste.</translation>
    </message>
</context>
<context>
    <name>RemoteSpec</name>
    <message>
        <source>DataFramer is still generating this spec (status PROCESSING). It can be edited once it has SUCCEEDED.</source>
        <translation>DataFramer erzeugt diese Spec noch (Status PROCESSING). Sie kann bearbeitet werden, sobald sie den Status SUCCEEDED hat.</translation>
    </message>
    <message>
        <source>DataFramer could not generate this spec (status FAILED).</source>
        <translation>DataFramer konnte diese Spec nicht erzeugen (Status FAILED).</translation>
    </message>
    <message>
        <source>DataFramer could not generate this spec (status FAILED): %1</source>
        <translation>DataFramer konnte diese Spec nicht erzeugen (Status FAILED): %1</translation>
    </message>
    <message>
        <source>This spec is archived. Restore it to edit it.</source>
        <translation>Diese Spec ist archiviert. Stellen Sie sie wieder her, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>The server sent no content for this spec.</source>
        <translation>Der Server hat keinen Inhalt für diese Spec gesendet.</translation>
    </message>
</context>
<context>
    <name>RemoteSpecOpener</name>
    <message>
        <source>Fetching “%1” from its server…</source>
        <translation>„%1“ wird vom Server abgerufen…</translation>
    </message>
    <message>
        <source>Restoring “%1” on its server…</source>
        <translation>„%1“ wird auf dem Server wiederhergestellt…</translation>
    </message>
    <message>
        <source>Fetching “%1”…</source>
        <translation>„%1“ wird abgerufen…</translation>
    </message>
    <message>
        <source>Could not fetch “%1” from %2: %3 Showing the copy kept in the workspace.</source>
        <translation>„%1“ konnte nicht von %2 abgerufen werden: %3 Angezeigt wird die im Arbeitsbereich gespeicherte Kopie.</translation>
    </message>
    <message>
        <source>Could not restore “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Restored “%1”; it can be edited again.</source>
        <translation>„%1“ wiederhergestellt; die Spec kann wieder bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>RemoteStatuses</name>
    <message>
        <source>PROCESSING</source>
        <translation>PROCESSING</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
</context>
<context>
    <name>RemoteTreeController</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Loading… %L1 of %L2</source>
        <translation>Wird geladen… %L1 von %L2</translation>
    </message>
    <message>
        <source>Loading… %L1</source>
        <translation>Wird geladen… %L1</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;store Archived Spec</source>
        <translation>Archivierte Spec &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Asks the server to un-archive this spec, so it can be edited again.</source>
        <translation>Bittet den Server, die Archivierung dieser Spec aufzuheben, damit sie wieder bearbeitet werden kann.</translation>
    </message>
</context>
<context>
    <name>SampleSpecs</name>
    <message>
        <source>Customer support conversations</source>
        <translation>Kundensupport-Gespräche</translation>
    </message>
    <message>
        <source>Claims triage assistant</source>
        <translation>Assistent für die Schadensfall-Triage</translation>
    </message>
    <message>
        <source>RestStorageToAEP flow</source>
        <translation>RestStorageToAEP-Flow</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation>Das Beispiel %1 fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>SandboxSession</name>
    <message>
        <source>Sandbox DataFramer</source>
        <translation>Sandbox DataFramer</translation>
    </message>
    <message>
        <source>Sandbox Scale GP</source>
        <translation>Sandbox Scale GP</translation>
    </message>
    <message>
        <source>Sandbox Adobe</source>
        <translation>Sandbox Adobe</translation>
    </message>
    <message>
        <source>The connection “%1” exists for another API; rename it to use --sandbox.</source>
        <translation>Die Verbindung „%1“ besteht für eine andere API; benennen Sie sie um, um --sandbox zu verwenden.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s secrets could not be kept in memory.</source>
        <translation>Die Geheimnisse der Sandbox konnten nicht im Arbeitsspeicher gehalten werden.</translation>
    </message>
</context>
<context>
    <name>SandboxTour</name>
    <message>
        <source>The sandbox is not part of this build of SpecDesk.</source>
        <translation>Die Sandbox ist nicht Teil dieses Builds von SpecDesk.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s specs could not be loaded: %1</source>
        <translation>Die Specs der Sandbox konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The sandbox has no DataFramer spec ready to edit.</source>
        <translation>Die Sandbox hat keine DataFramer-Spec, die zum Bearbeiten bereit ist.</translation>
    </message>
</context>
<context>
    <name>ScaleGpFormat</name>
    <message>
        <source>an application spec</source>
        <translation>eine Anwendungsspec</translation>
    </message>
    <message>
        <source>Archived at %1.</source>
        <translation>Archiviert am %1.</translation>
    </message>
    <message>
        <source>The copy of the server&apos;s spec is unreadable; fetch the spec again.</source>
        <translation>Die Kopie der Spec des Servers ist nicht lesbar; rufen Sie die Spec erneut ab.</translation>
    </message>
    <message>
        <source>The spec is not valid JSON (%1). Fix it before saving.</source>
        <translation>Die Spec ist kein gültiges JSON (%1). Korrigieren Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>The spec must be a JSON object.</source>
        <translation>Die Spec muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&apos;restore&apos; is not a field of the spec; use the Restore action to un-archive it.</source>
        <translation>&apos;restore&apos; ist kein Feld der Spec; heben Sie die Archivierung mit der Aktion „Wiederherstellen“ auf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by the server and cannot be changed.</source>
        <translation>&apos;%1&apos; wird vom Server gesetzt und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be set to null: the API does not accept it. Give it a value.</source>
        <translation>&apos;%1&apos; kann nicht auf null gesetzt werden: Die API akzeptiert das nicht. Geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation>&apos;%1&apos; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string.</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be removed: the API has no way to clear it.</source>
        <translation>&apos;%1&apos; kann nicht entfernt werden: Die API bietet keine Möglichkeit, das Feld zu leeren.</translation>
    </message>
</context>
<context>
    <name>ScaleGpRules</name>
    <message>
        <source>A Scale GP application spec is a JSON object.</source>
        <translation>Eine Anwendungsspec von Scale GP ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is null. SpecDesk never sends null: remove the field or give it a value.</source>
        <translation>&apos;%1&apos; ist null. SpecDesk sendet nie null: Entfernen Sie das Feld oder geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string in double quotes.</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette in doppelten Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false.</source>
        <translation>&apos;%1&apos; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by the server and cannot be changed; this edit will not be saved.</source>
        <translation>&apos;%1&apos; wird vom Server gesetzt und kann nicht geändert werden; diese Änderung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of a Scale GP application spec; it will not be sent.</source>
        <translation>&apos;%1&apos; ist kein Feld einer Anwendungsspec von Scale GP; es wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>SchemaTreeEditor</name>
    <message>
        <source>This flow spec holds no schemas.</source>
        <translation>Diese Flow-Spec enthält keine Schemas.</translation>
    </message>
    <message>
        <source>Add Property…</source>
        <translation>Eigenschaft hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>The flow spec&apos;s nested JSON Schemas as a tree of names, types and values. F2 changes a value, Insert adds a property to the schema, Delete removes the row.</source>
        <translation>Die verschachtelten JSON-Schemas der Flow-Spec als Baum aus Namen, Typen und Werten. F2 ändert einen Wert, Insert fügt dem Schema eine Eigenschaft hinzu, Delete entfernt die Zeile.</translation>
    </message>
    <message>
        <source>Add Property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Add a property to the schema (Insert)</source>
        <translation>Dem Schema eine Eigenschaft hinzufügen (Insert)</translation>
    </message>
    <message>
        <source>Asks for a name and adds a string property to the schema the selected row is in (Insert in the tree).</source>
        <translation>Fragt nach einem Namen und fügt dem Schema, in dem die ausgewählte Zeile liegt, eine Zeichenketten-Eigenschaft hinzu (Insert im Baum).</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Ausgewählte Zeile entfernen (Delete)</translation>
    </message>
    <message>
        <source>Removes the selected row with everything under it (Delete in the tree).</source>
        <translation>Entfernt die ausgewählte Zeile mit allem darunter (Delete im Baum).</translation>
    </message>
    <message>
        <source>the text changed since the tree was shown; try again in a moment.</source>
        <translation>der Text hat sich geändert, seit der Baum angezeigt wurde; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>select a schema, or one of its properties, to add a property to.</source>
        <translation>wählen Sie ein Schema oder eine seiner Eigenschaften aus, um eine Eigenschaft hinzuzufügen.</translation>
    </message>
    <message>
        <source>a property needs a name.</source>
        <translation>eine Eigenschaft braucht einen Namen.</translation>
    </message>
    <message>
        <source>the selected row is not in a schema that has properties.</source>
        <translation>die ausgewählte Zeile liegt nicht in einem Schema mit Eigenschaften.</translation>
    </message>
    <message>
        <source>Name of the new string property:</source>
        <translation>Name der neuen Zeichenketten-Eigenschaft:</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>%1 schema</source>
        <translation>Schema vom Typ %1</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>SemanticDiff</name>
    <message>
        <source>One side does not parse, so only the text diff is shown.</source>
        <translation>Eine Seite lässt sich nicht lesen, daher wird nur der Textvergleich angezeigt.</translation>
    </message>
    <message>
        <source>description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <source>requirements changed</source>
        <translation>Anforderungen geändert</translation>
    </message>
    <message>
        <source>+%1 (%2)</source>
        <translation>+%1 (%2)</translation>
    </message>
    <message>
        <source>+%1 %2</source>
        <translation>+%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>+%1: %2</source>
        <translation>+%1: %2</translation>
    </message>
    <message>
        <source>One side is not a JSON object, so only the text diff is shown.</source>
        <translation>Eine Seite ist kein JSON-Objekt, daher wird nur der Textvergleich angezeigt.</translation>
    </message>
</context>
<context>
    <name>SemanticSummaryView</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>The changes between the compared entries in the spec&apos;s own terms.</source>
        <translation>Die Änderungen zwischen den verglichenen Einträgen, in den Begriffen der Spec.</translation>
    </message>
    <message>
        <source>No change in meaning (the text differs only in layout or wording).</source>
        <translation>Keine inhaltliche Änderung (der Text unterscheidet sich nur in Layout oder Formulierung).</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not in the older version</source>
        <translation>Nicht in der älteren Version</translation>
    </message>
    <message>
        <source>Not in the newer version</source>
        <translation>Nicht in der neueren Version</translation>
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Secrets are kept in memory for this session only and must be entered again after a restart. specdesk-cli can read them from environment variables instead.</source>
        <translation>Kein Systemschlüsselbund verfügbar (%1). Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten und müssen nach einem Neustart erneut eingegeben werden. specdesk-cli kann sie stattdessen aus Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>no Secret Service</source>
        <translation>kein Secret Service</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saves and applies the settings, then closes the dialog.</source>
        <translation>Speichert die Einstellungen, wendet sie an und schließt dann den Dialog.</translation>
    </message>
    <message>
        <source>Closes the dialog without changing any setting.</source>
        <translation>Schließt den Dialog, ohne eine Einstellung zu ändern.</translation>
    </message>
    <message>
        <source>Saves and applies the settings, and keeps the dialog open.</source>
        <translation>Speichert die Einstellungen, wendet sie an und lässt den Dialog geöffnet.</translation>
    </message>
    <message>
        <source>Puts SpecDesk&apos;s default values in the fields. Nothing changes until OK or Apply.</source>
        <translation>Setzt die Standardwerte von SpecDesk in die Felder. Nichts ändert sich vor OK oder Anwenden.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editorschriftart</translation>
    </message>
    <message>
        <source>The font of the spec text in every editor. Only fixed-width fonts are listed.</source>
        <translation>Die Schriftart des Spec-Texts in jedem Editor. Nur Schriftarten mit fester Zeichenbreite werden aufgeführt.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <source>The size of the editor font, in points.</source>
        <translation>Die Größe der Editorschrift in Punkt.</translation>
    </message>
    <message>
        <source>&amp;Tab width:</source>
        <translation>&amp;Tabulatorbreite:</translation>
    </message>
    <message>
        <source>Tab width</source>
        <translation>Tabulatorbreite</translation>
    </message>
    <message>
        <source>How many columns a tab and one step of indentation take, from %1 to %2.</source>
        <translation>Wie viele Spalten ein Tabulator und eine Einrückungsstufe einnehmen, von %1 bis %2.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation>&amp;Automatisch speichern nach:</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>Verzögerung für automatisches Speichern</translation>
    </message>
    <message>
        <source>How long after an edit the draft is written to the workspace, at most %1 milliseconds.</source>
        <translation>Wie lange nach einer Änderung der Entwurf in den Arbeitsbereich geschrieben wird, höchstens %1 Millisekunden.</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Default sample si&amp;ze:</source>
        <translation>Stan&amp;dard-Stichprobengröße:</translation>
    </message>
    <message>
        <source>Default sample size</source>
        <translation>Standard-Stichprobengröße</translation>
    </message>
    <message>
        <source>How many rows the Distributions panel shows expected counts for.</source>
        <translation>Für wie viele Zeilen der Bereich „Verteilungen“ erwartete Anzahlen anzeigt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours; Light and Dark use SpecDesk&apos;s own.</source>
        <translation>„System“ folgt den Farben des Desktops; „Hell“ und „Dunkel“ verwenden die eigenen Farben von SpecDesk.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation>Manueller HTTP-Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>How SpecDesk reaches the spec servers: through the system&apos;s proxy settings, directly, or through the HTTP proxy given below.</source>
        <translation>Wie SpecDesk die Spec-Server erreicht: über die Proxy-Einstellungen des Systems, direkt oder über den unten angegebenen HTTP-Proxy.</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>The HTTP proxy&apos;s host name or address. Used only with a manual proxy.</source>
        <translation>Hostname oder Adresse des HTTP-Proxys. Wird nur bei einem manuellen Proxy verwendet.</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>The HTTP proxy&apos;s port. Used only with a manual proxy.</source>
        <translation>Port des HTTP-Proxys. Wird nur bei einem manuellen Proxy verwendet.</translation>
    </message>
</context>
<context>
    <name>ShareRow</name>
    <message>
        <source>&apos;%1&apos; is not one of the property_values of &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; gehört nicht zu den property_values von &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1, %2 percent</source>
        <translation>%1, %2 Prozent</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Anteil von %1</translation>
    </message>
    <message>
        <source>Percentage of rows with %1 = %2; the unlocked values adjust to keep 100%.</source>
        <translation>Prozentsatz der Zeilen mit %1 = %2; die nicht gesperrten Werte passen sich an, damit die Summe 100 % bleibt.</translation>
    </message>
    <message>
        <source>%1, exact share</source>
        <translation>%1, genauer Anteil</translation>
    </message>
    <message>
        <source>The share of %1 as the spec writes it; type a number and press Enter.</source>
        <translation>Der Anteil von %1, wie die Spec ihn schreibt; geben Sie eine Zahl ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>%1 of the property&apos;s total</source>
        <translation>%1 der Summe der Eigenschaft</translation>
    </message>
    <message>
        <source>About %1 of the sample&apos;s rows</source>
        <translation>Etwa %1 der Zeilen der Stichprobe</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>Cannot move: %1</source>
        <translation>Nicht verschiebbar: %1</translation>
    </message>
    <message>
        <source>Cannot edit: %1</source>
        <translation>Nicht bearbeitbar: %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Locked: other moves leave it alone. Click to unlock.</source>
        <translation>Gesperrt: Andere Verschiebungen lassen diesen Wert unverändert. Zum Entsperren klicken.</translation>
    </message>
    <message>
        <source>Lock this value so rebalancing never moves it.</source>
        <translation>Diesen Wert sperren, damit ihn das Ausgleichen nie verschiebt.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Removes &apos;%1&apos; from %2; its share goes to the other values.</source>
        <translation>Entfernt &apos;%1&apos; aus %2; sein Anteil geht an die anderen Werte.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from %2 (its share goes to the others).</source>
        <translation>&apos;%1&apos; aus %2 entfernen (sein Anteil geht an die anderen).</translation>
    </message>
</context>
<context>
    <name>ShareSlider</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ShareTrendChart</name>
    <message>
        <source>%1 from %2% to %3%</source>
        <translation>%1 von %2 % auf %3 %</translation>
    </message>
    <message>
        <source>Shares of %1 across versions</source>
        <translation>Anteile von %1 über die Versionen</translation>
    </message>
</context>
<context>
    <name>ShareTrendDialog</name>
    <message>
        <source>Share Trends — %1</source>
        <translation>Anteilsverläufe — %1</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Shares per version</source>
        <translation>Anteile je Version</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Eigenschaft:</translation>
    </message>
    <message>
        <source>No version of this spec has base_distributions to show.</source>
        <translation>Keine Version dieser Spec hat base_distributions zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shows only the commands and keys that contain this text.</source>
        <translation>Zeigt nur die Befehle und Tasten, die diesen Text enthalten.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Commands by menu, then the keys that work inside each panel.</source>
        <translation>Befehle nach Menü, dann die Tasten, die in den einzelnen Bereichen funktionieren.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Closes the list of shortcuts.</source>
        <translation>Schließt die Liste der Tastenkürzel.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation>F6 / Shift+F6</translation>
    </message>
    <message>
        <source>Move to the next / previous panel</source>
        <translation>Zum nächsten / vorherigen Bereich wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Find and run any command</source>
        <translation>Beliebigen Befehl suchen und ausführen</translation>
    </message>
    <message>
        <source>Shift+F10 or Menu</source>
        <translation>Shift+F10 oder Menu</translation>
    </message>
    <message>
        <source>Open the context menu of the focused item</source>
        <translation>Kontextmenü des fokussierten Elements öffnen</translation>
    </message>
    <message>
        <source>Specs tree</source>
        <translation>Spec-Baum</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the spec</source>
        <translation>Spec öffnen</translation>
    </message>
    <message>
        <source>Right / Left</source>
        <translation>Right / Left</translation>
    </message>
    <message>
        <source>Expand (loads a connection&apos;s specs) / collapse</source>
        <translation>Aufklappen (lädt die Specs einer Verbindung) / zuklappen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the tree by name</source>
        <translation>Baum nach Namen filtern</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Indent / unindent; with Tab Moves Focus on, leave the editor</source>
        <translation>Einrücken / ausrücken; mit „Tab wechselt den Fokus“ den Editor verlassen</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Switch Tab Moves Focus on or off</source>
        <translation>„Tab wechselt den Fokus“ ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Nächster / vorheriger Tab</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <source>Move a share by one step; the others keep the total at 100%</source>
        <translation>Einen Anteil um einen Schritt verschieben; die anderen halten die Summe bei 100 %</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Move a share by five steps</source>
        <translation>Einen Anteil um fünf Schritte verschieben</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Share to its lowest / highest</source>
        <translation>Anteil auf seinen niedrigsten / höchsten Wert</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Lock or unlock a value (on its lock button)</source>
        <translation>Einen Wert sperren oder entsperren (auf seiner Sperrschaltfläche)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <source>Choose a version; its diff shows below</source>
        <translation>Eine Version wählen; ihr Vergleich erscheint darunter</translation>
    </message>
    <message>
        <source>F7 / Shift+F7</source>
        <translation>F7 / Shift+F7</translation>
    </message>
    <message>
        <source>Next / previous change in the diff</source>
        <translation>Nächste / vorherige Änderung im Vergleich</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Alt+K / Alt+T / Alt+E</source>
        <translation>Alt+B / Alt+S / Alt+D</translation>
    </message>
    <message>
        <source>Keep mine / take theirs / use the editor&apos;s text</source>
        <translation>Meine behalten / Server übernehmen / Editortext verwenden</translation>
    </message>
    <message>
        <source>Alt+M / Alt+H</source>
        <translation>Alt+M / Alt+R</translation>
    </message>
    <message>
        <source>Read your draft / the server&apos;s text</source>
        <translation>Änderung wie in Ihrem Entwurf / wie auf dem Server übernehmen</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <translation>Dialoge</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close without changes</source>
        <translation>Ohne Änderungen schließen</translation>
    </message>
    <message>
        <source>In panels: %1</source>
        <translation>In Bereichen: %1</translation>
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <source>%1, %2 text</source>
        <translation>%1, %2-Text</translation>
    </message>
    <message>
        <source>Spec text</source>
        <translation>Spec-Text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>No quick fix here</source>
        <translation>Hier keine Schnellkorrektur</translation>
    </message>
</context>
<context>
    <name>SpecEdits</name>
    <message>
        <source>This change cannot be made in place here; make it in the editor.</source>
        <translation>Diese Änderung kann hier nicht direkt vorgenommen werden; nehmen Sie sie im Editor vor.</translation>
    </message>
    <message>
        <source>This change cannot be made in place here without breaking the text (%1). Make it in the editor.</source>
        <translation>Diese Änderung kann hier nicht direkt vorgenommen werden, ohne den Text zu beschädigen (%1). Nehmen Sie sie im Editor vor.</translation>
    </message>
    <message>
        <source>The text cannot be edited structurally until it parses.</source>
        <translation>Der Text kann erst strukturell bearbeitet werden, wenn er sich lesen lässt.</translation>
    </message>
    <message>
        <source>There is no %1 in this spec.</source>
        <translation>%1 gibt es in dieser Spec nicht.</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>%1 is not a single value.</source>
        <translation>%1 ist kein einzelner Wert.</translation>
    </message>
    <message>
        <source>%1 cannot be found in the text; edit it in the editor.</source>
        <translation>%1 ist im Text nicht zu finden; bearbeiten Sie es im Editor.</translation>
    </message>
    <message>
        <source>%1 is empty, and its place cannot be found; type its value in the editor.</source>
        <translation>%1 ist leer, und seine Stelle ist nicht zu finden; geben Sie den Wert im Editor ein.</translation>
    </message>
    <message>
        <source>The whole document cannot be removed.</source>
        <translation>Das ganze Dokument kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>A key is removed with its entry: remove the entry&apos;s value instead.</source>
        <translation>Ein Schlüssel wird mit seinem Eintrag entfernt: Entfernen Sie stattdessen den Wert des Eintrags.</translation>
    </message>
    <message>
        <source>This is a &apos;key: value&apos; pair written inside a list; edit it in the editor.</source>
        <translation>Dies ist ein &apos;key: value&apos;-Paar innerhalb einer Liste; bearbeiten Sie es im Editor.</translation>
    </message>
    <message>
        <source>%1 is not a mapping.</source>
        <translation>%1 ist kein Mapping.</translation>
    </message>
    <message>
        <source>%1 already has &apos;%2&apos;.</source>
        <translation>%1 hat bereits &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 is a &apos;key: value&apos; pair written inside a list; add to it in the editor.</source>
        <translation>%1 ist ein &apos;key: value&apos;-Paar innerhalb einer Liste; ergänzen Sie es im Editor.</translation>
    </message>
    <message>
        <source>%1 is empty; add its first entry by hand.</source>
        <translation>%1 ist leer; fügen Sie den ersten Eintrag von Hand hinzu.</translation>
    </message>
    <message>
        <source>%1 uses explicit &apos;?&apos; keys; add its entry by hand.</source>
        <translation>%1 verwendet explizite &apos;?&apos;-Schlüssel; fügen Sie den Eintrag von Hand hinzu.</translation>
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation>%1 ist keine Liste.</translation>
    </message>
    <message>
        <source>%1 has no items %2 and %3.</source>
        <translation>%1 hat keine Elemente %2 und %3.</translation>
    </message>
    <message>
        <source>An item of %1 is not written where it can be moved safely (a tag, an anchor or a dash on a line of its own); move it in the editor.</source>
        <translation>Ein Element von %1 ist nicht so geschrieben, dass es sicher verschoben werden kann (ein Tag, ein Anker oder ein Bindestrich in einer eigenen Zeile); verschieben Sie es im Editor.</translation>
    </message>
    <message>
        <source>%1 has two items on one line; move them in the editor.</source>
        <translation>%1 hat zwei Elemente in einer Zeile; verschieben Sie sie im Editor.</translation>
    </message>
    <message>
        <source>%1 is empty; add its first item by hand.</source>
        <translation>%1 ist leer; fügen Sie das erste Element von Hand hinzu.</translation>
    </message>
</context>
<context>
    <name>SpecFileIO</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB, and SpecDesk opens specs of up to %3 MB.</source>
        <translation>%1 ist %2 MB groß, und SpecDesk öffnet Specs bis %3 MB.</translation>
    </message>
    <message>
        <source>The disk refused the data.</source>
        <translation>Der Datenträger hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SpecFormPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused this: %1</source>
        <translation>Der Server hat dies abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Un-archives the spec on Scale GP, so it can be edited.</source>
        <translation>Hebt die Archivierung der Spec bei Scale GP auf, damit sie bearbeitet werden kann.</translation>
    </message>
    <message>
        <source>The properties were not changed: %1</source>
        <translation>Die Eigenschaften wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The schemas were not changed: %1</source>
        <translation>Die Schemas wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>No spec is open.</source>
        <translation>Keine Spec geöffnet.</translation>
    </message>
    <message>
        <source>The form appears when the text can be read (see Problems).</source>
        <translation>Das Formular erscheint, sobald der Text gelesen werden kann (siehe Probleme).</translation>
    </message>
    <message>
        <source>This kind of spec has no form; edit its text.</source>
        <translation>Diese Art von Spec hat kein Formular; bearbeiten Sie ihren Text.</translation>
    </message>
    <message>
        <source>Each change here edits the text in place; Undo takes it back.</source>
        <translation>Jede Änderung hier bearbeitet den Text direkt; „Rückgängig“ nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Not in the text; typing here adds it</source>
        <translation>Nicht im Text; Eingaben hier fügen es hinzu</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>SpecHistory</name>
    <message>
        <source>This spec has no history entry &apos;%1&apos;.</source>
        <translation>Diese Spec hat keinen Verlaufseintrag &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SpecJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SpecKinds</name>
    <message>
        <source>DataFramer spec</source>
        <translation>DataFramer-Spec</translation>
    </message>
    <message>
        <source>Scale GP application spec</source>
        <translation>Scale-GP-Anwendungsspec</translation>
    </message>
    <message>
        <source>Adobe flow spec</source>
        <translation>Adobe-Flow-Spec</translation>
    </message>
</context>
<context>
    <name>SpecProvider</name>
    <message>
        <source>%1 has no restore.</source>
        <translation>%1 bietet keine Wiederherstellung.</translation>
    </message>
    <message>
        <source>The connection &apos;%1&apos; has no %2. Enter it in Connections, or set the environment variable the connection names.</source>
        <translation>Der Verbindung &apos;%1&apos; fehlt: %2. Tragen Sie die Angabe unter „Verbindungen“ ein oder setzen Sie die Umgebungsvariable, die die Verbindung nennt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a connection of the bundled sandbox, whose secrets exist only in the SpecDesk window running it. Start it with Remote ▸ Start Sandbox (or specdesk --sandbox); for the CLI, name the environment variables that hold its secrets.</source>
        <translation>&apos;%1&apos; ist eine Verbindung der mitgelieferten Sandbox, deren Zugangsdaten nur im SpecDesk-Fenster existieren, in dem sie läuft. Starten Sie sie mit Server ▸ Sandbox starten (oder specdesk --sandbox); für die CLI nennen Sie die Umgebungsvariablen, die ihre Zugangsdaten enthalten.</translation>
    </message>
</context>
<context>
    <name>SpecPull</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SpecSyncTask</name>
    <message>
        <source>This spec is no longer in the workspace.</source>
        <translation>Diese Spec ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not sent again: the server refused this draft, and it has not changed since. %1</source>
        <translation>Nicht erneut gesendet: Der Server hat diesen Entwurf abgelehnt, und er hat sich seitdem nicht geändert. %1</translation>
    </message>
    <message>
        <source>Being synced by another SpecDesk (PID %1); nothing was sent from here.</source>
        <translation>Wird von einem anderen SpecDesk synchronisiert (PID %1); von hier wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The workspace could not record who is syncing this spec; nothing was sent.</source>
        <translation>Der Arbeitsbereich konnte nicht festhalten, wer diese Spec synchronisiert; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The spec was deleted on the server. The draft is kept; export it to keep your work.</source>
        <translation>Die Spec wurde auf dem Server gelöscht. Der Entwurf bleibt erhalten; exportieren Sie ihn, um Ihre Arbeit zu sichern.</translation>
    </message>
    <message>
        <source>%1 The draft is kept; it can be synced once the server accepts edits again.</source>
        <translation>%1 Der Entwurf bleibt erhalten; er kann synchronisiert werden, sobald der Server wieder Änderungen annimmt.</translation>
    </message>
    <message>
        <source>The workspace could not record the server&apos;s state.</source>
        <translation>Der Arbeitsbereich konnte den Stand des Servers nicht festhalten.</translation>
    </message>
    <message>
        <source>The server changed the same place as your draft (%1). Choose yours, theirs, or merge by hand; nothing is sent until you decide.</source>
        <translation>Der Server hat dieselbe Stelle geändert wie Ihr Entwurf (%1). Wählen Sie Ihre Fassung oder die des Servers, oder führen Sie von Hand zusammen; bis Sie entscheiden, wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Merged with changes made on the server. Review the result, then sync to send it.</source>
        <translation>Mit Änderungen auf dem Server zusammengeführt. Prüfen Sie das Ergebnis und synchronisieren Sie dann, um es zu senden.</translation>
    </message>
    <message>
        <source>The draft changed during the sync; sync again to merge it with the server&apos;s changes.</source>
        <translation>Der Entwurf hat sich während der Synchronisierung geändert; synchronisieren Sie erneut, um ihn mit den Änderungen des Servers zusammenzuführen.</translation>
    </message>
    <message>
        <source>Checking whether an earlier write reached the server before sending again.</source>
        <translation>Vor dem erneuten Senden wird geprüft, ob ein früherer Schreibvorgang den Server erreicht hat.</translation>
    </message>
    <message>
        <source>The workspace could not record the write about to be sent; nothing was sent.</source>
        <translation>Der Arbeitsbereich konnte den zu sendenden Schreibvorgang nicht festhalten; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server may have stored the last attempt; the next sync checks before sending.</source>
        <translation>Der Server hat den letzten Versuch möglicherweise gespeichert; die nächste Synchronisierung prüft das vor dem Senden.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s): %1</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde: %1</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecTransfer</name>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation>Die %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The %1 is not valid JSON: %2</source>
        <translation>Die %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The spec is empty.</source>
        <translation>Die Spec ist leer.</translation>
    </message>
    <message>
        <source>line %1:%2: %3</source>
        <translation>Zeile %1:%2: %3</translation>
    </message>
    <message>
        <source>The copy with the target&apos;s metadata would not read as YAML; copy by hand.</source>
        <translation>Die Kopie mit den Metadaten des Ziels wäre kein lesbares YAML; kopieren Sie von Hand.</translation>
    </message>
    <message>
        <source>spec copied</source>
        <translation>kopierte Spec</translation>
    </message>
    <message>
        <source>spec copied onto</source>
        <translation>Ziel-Spec</translation>
    </message>
</context>
<context>
    <name>SpecTree</name>
    <message>
        <source>This document holds more than %L1 keys and values, more than SpecDesk checks; its text is kept as it is, without checks.</source>
        <translation>Dieses Dokument enthält mehr als %L1 Schlüssel und Werte, mehr als SpecDesk prüft; sein Text bleibt unverändert und ungeprüft.</translation>
    </message>
</context>
<context>
    <name>SpecTreeModel</name>
    <message>
        <source>edited here, not sent to the server yet</source>
        <translation>hier bearbeitet, noch nicht an den Server gesendet</translation>
    </message>
    <message>
        <source>waiting for the server to answer; sent once it does</source>
        <translation>wartet auf die Antwort des Servers; wird dann gesendet</translation>
    </message>
    <message>
        <source>being sent to the server</source>
        <translation>wird an den Server gesendet</translation>
    </message>
    <message>
        <source>changed on the server too; choose which text to keep</source>
        <translation>auch auf dem Server geändert; wählen Sie, welcher Text bleibt</translation>
    </message>
    <message>
        <source>the server did not take the draft</source>
        <translation>der Server hat den Entwurf nicht angenommen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Connection %1: expand it to load its specs from the server.</source>
        <translation>Verbindung %1: aufklappen, um ihre Specs vom Server zu laden.</translation>
    </message>
    <message>
        <source>Connection %1: loading its specs from the server…</source>
        <translation>Verbindung %1: Specs werden vom Server geladen…</translation>
    </message>
    <message>
        <source>Connection %1: the specs could not be loaded. %2
Use Retry in the context menu once this is fixed.</source>
        <translation>Verbindung %1: Die Specs konnten nicht geladen werden. %2
Verwenden Sie „Erneut versuchen“ im Kontextmenü, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>Connection %1: specs as its server last sent them. Refresh (F5) loads them again.</source>
        <translation>Verbindung %1: Specs, wie ihr Server sie zuletzt gesendet hat. „Aktualisieren“ (F5) lädt sie erneut.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — the last fetch failed:
%2</source>
        <translation>%1 — der letzte Abruf ist fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>%1 — on the server as %2</source>
        <translation>%1 — auf dem Server als %2</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Sync: %1 — %2</source>
        <translation>Synchronisation: %1 — %2</translation>
    </message>
</context>
<context>
    <name>SpecTreePanel</name>
    <message>
        <source>Filter specs</source>
        <translation>Specs filtern</translation>
    </message>
    <message>
        <source>Filter specs by name</source>
        <translation>Specs nach Namen filtern</translation>
    </message>
    <message>
        <source>Shows only the specs whose name contains the typed text.</source>
        <translation>Zeigt nur die Specs, deren Name den eingegebenen Text enthält.</translation>
    </message>
    <message>
        <source>Specs</source>
        <translation>Specs</translation>
    </message>
    <message>
        <source>The workspace&apos;s specs by collection and connection; activate a spec to open it in the editor.</source>
        <translation>Die Specs des Arbeitsbereichs nach Sammlung und Verbindung; aktivieren Sie eine Spec, um sie im Editor zu öffnen.</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Resolve &amp;Conflict…</source>
        <translation>&amp;Konflikt lösen…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>E&amp;xport Draft…</source>
        <translation>Entwurf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>What the last sync of this spec left for you to decide.</source>
        <translation>Was die letzte Synchronisierung dieser Spec Ihnen zur Entscheidung überlassen hat.</translation>
    </message>
    <message>
        <source>Merge your draft with the server&apos;s text, change by change.</source>
        <translation>Ihren Entwurf Änderung für Änderung mit dem Text des Servers zusammenführen.</translation>
    </message>
    <message>
        <source>Shows your draft beside the server&apos;s text in a tab of its own.</source>
        <translation>Zeigt Ihren Entwurf neben dem Text des Servers in einem eigenen Tab.</translation>
    </message>
    <message>
        <source>Write the draft to a file, so the work is kept outside the workspace too.</source>
        <translation>Den Entwurf in eine Datei schreiben, damit die Arbeit auch außerhalb des Arbeitsbereichs erhalten bleibt.</translation>
    </message>
    <message>
        <source>Send the reviewed text to the server.</source>
        <translation>Den geprüften Text an den Server senden.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Nicht synchronisiert: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>edit needs CONNECTION/SPEC_ID --from FILE.</source>
        <translation>edit erwartet CONNECTION/SPEC_ID --from FILE.</translation>
    </message>
    <message>
        <source>note: the server does not take edits of this spec now (%1); the draft is kept until it does.</source>
        <translation>Hinweis: Der Server nimmt derzeit keine Änderungen dieser Spec an (%1); der Entwurf bleibt erhalten, bis er es wieder tut.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s) stored as the draft; %2.</source>
        <translation>
            <numerusform>%1: %n Byte als Entwurf gespeichert; %2.</numerusform>
            <numerusform>%1: %n Bytes als Entwurf gespeichert; %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection named &apos;%1&apos;.</source>
        <translation>keine Verbindung namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Nothing to sync.</source>
        <translation>Nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>resolve needs CONNECTION/SPEC_ID and --mine, --theirs or --from FILE.</source>
        <translation>resolve erwartet CONNECTION/SPEC_ID und --mine, --theirs oder --from FILE.</translation>
    </message>
    <message>
        <source>resolve takes one of --mine, --theirs or --from FILE.</source>
        <translation>resolve nimmt nur eine der Optionen --mine, --theirs oder --from FILE an.</translation>
    </message>
    <message>
        <source>%1 is not in conflict.</source>
        <translation>%1 ist nicht im Konflikt.</translation>
    </message>
    <message>
        <source>%1: resolved; %2. Run &apos;specdesk-cli sync %1&apos; to send it.</source>
        <translation>%1: gelöst; %2. Führen Sie &apos;specdesk-cli sync %1&apos; aus, um es zu senden.</translation>
    </message>
    <message>
        <source>The file to read; &apos;-&apos; reads the standard input.</source>
        <translation>Die zu lesende Datei; &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Store FILE&apos;s bytes as the spec&apos;s draft, offline if need be.</source>
        <translation>Die Bytes von FILE als Entwurf der Spec speichern, notfalls offline.</translation>
    </message>
    <message>
        <source>The remote specs that are not synced, and why.</source>
        <translation>Die Server-Specs, die nicht synchronisiert sind, und warum.</translation>
    </message>
    <message>
        <source>List every remote spec, synced ones too.</source>
        <translation>Jede Server-Spec auflisten, auch synchronisierte.</translation>
    </message>
    <message>
        <source>Send drafts safely: the server is checked first, a change made there meanwhile is
merged (left for review unless --accept-merged) or becomes a conflict; a retry never
makes a second version. Without arguments, every pending draft. A draft with errors
is not sent. A draft the server refused is not sent again until it changes.</source>
        <translation>Entwürfe sicher senden: Zuerst wird der Server geprüft; eine dort zwischenzeitlich
gemachte Änderung wird zusammengeführt (zur Prüfung zurückgelassen, außer mit
--accept-merged) oder wird zum Konflikt; ein erneuter Versuch erzeugt nie eine zweite
Version. Ohne Argumente jeder ausstehende Entwurf. Ein Entwurf mit Fehlern wird nicht
gesendet. Ein vom Server abgelehnter Entwurf wird erst nach einer Änderung erneut
gesendet.</translation>
    </message>
    <message>
        <source>Send clean merges without review.</source>
        <translation>Saubere Zusammenführungen ohne Prüfung senden.</translation>
    </message>
    <message>
        <source>End a conflict: keep your draft, take the server&apos;s text, or use FILE (a hand merge).
Then sync to send it.</source>
        <translation>Einen Konflikt beenden: Ihren Entwurf behalten, den Text des Servers übernehmen oder
FILE verwenden (eine Zusammenführung von Hand). Danach synchronisieren, um ihn zu
senden.</translation>
    </message>
    <message>
        <source>Keep your draft.</source>
        <translation>Ihren Entwurf behalten.</translation>
    </message>
    <message>
        <source>Take the server&apos;s text.</source>
        <translation>Den Text des Servers übernehmen.</translation>
    </message>
    <message>
        <source>  edit CONNECTION/SPEC_ID --from FILE
                     Store FILE&apos;s bytes as the spec&apos;s draft, offline if need be.
                     A FILE of &apos;-&apos; is read from the standard input.
  status [--all] [--json]
                     The remote specs that are not synced, and why (--all: every one).
  sync [CONNECTION[/SPEC_ID]...] [--accept-merged] [--json]
                     Send drafts safely: the server is checked first, a change made
                     there meanwhile is merged (left for review unless
                     --accept-merged) or becomes a conflict; a retry never makes a
                     second version. Without arguments, every pending draft.
                     A draft with errors is not sent: they are printed as
                     CONNECTION/SPEC_ID:LINE:COLUMN: error: MESSAGE [CODE]. A draft
                     the server refused is not sent again until it changes.
  resolve CONNECTION/SPEC_ID --mine|--theirs|--from FILE
                     End a conflict: keep your draft, take the server&apos;s text, or use
                     FILE (a hand merge). Then sync to send it.
</source>
        <translation>  edit CONNECTION/SPEC_ID --from FILE
                     Die Bytes von FILE als Entwurf der Spec speichern, notfalls
                     offline. Ist FILE &apos;-&apos;, wird die Standardeingabe gelesen.
  status [--all] [--json]
                     Die Server-Specs, die nicht synchronisiert sind, und warum
                     (--all: alle).
  sync [CONNECTION[/SPEC_ID]...] [--accept-merged] [--json]
                     Entwürfe sicher senden: Zuerst wird der Server geprüft; eine dort
                     zwischenzeitlich gemachte Änderung wird zusammengeführt (zur
                     Prüfung zurückgelassen, außer mit --accept-merged) oder wird zum
                     Konflikt; ein erneuter Versuch erzeugt nie eine zweite Version.
                     Ohne Argumente jeder ausstehende Entwurf. Ein Entwurf mit Fehlern
                     wird nicht gesendet: Die Fehler werden als
                     CONNECTION/SPEC_ID:LINE:COLUMN: error: MESSAGE [CODE] ausgegeben.
                     Ein vom Server abgelehnter Entwurf wird erst nach einer Änderung
                     erneut gesendet.
  resolve CONNECTION/SPEC_ID --mine|--theirs|--from FILE
                     Einen Konflikt beenden: Ihren Entwurf behalten, den Text des
                     Servers übernehmen oder FILE verwenden (eine Zusammenführung von
                     Hand). Danach synchronisieren, um ihn zu senden.
</translation>
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation>status nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>the standard input was empty; the draft was not changed.</source>
        <translation>die Standardeingabe war leer; der Entwurf wurde nicht geändert.</translation>
    </message>
    <message>
        <source>the standard input was empty; the conflict was not resolved.</source>
        <translation>die Standardeingabe war leer; der Konflikt wurde nicht gelöst.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;All</source>
        <translation>A&amp;lle synchronisieren</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflict…</source>
        <translation>&amp;Konflikt lösen…</translation>
    </message>
    <message>
        <source>Sends the current spec&apos;s draft to its server, after looking at what the server has now.</source>
        <translation>Sendet den Entwurf der aktuellen Spec an ihren Server, nachdem geprüft wurde, was der Server jetzt hat.</translation>
    </message>
    <message>
        <source>Sends every draft, queued spec and spec with an error to its server.</source>
        <translation>Sendet jeden Entwurf, jede wartende Spec und jede Spec mit Fehler an ihren Server.</translation>
    </message>
    <message>
        <source>Compares the current spec&apos;s draft with the server&apos;s text, to choose one.</source>
        <translation>Vergleicht den Entwurf der aktuellen Spec mit dem Text des Servers, um einen davon zu wählen.</translation>
    </message>
    <message>
        <source>Choose a spec from a server to sync.</source>
        <translation>Wählen Sie eine Spec von einem Server zum Synchronisieren.</translation>
    </message>
    <message>
        <source>“%1” is kept in this workspace only; there is no server to sync it with.</source>
        <translation>„%1“ liegt nur in diesem Arbeitsbereich; es gibt keinen Server zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Nothing to sync: every spec is as its server has it.</source>
        <translation>Nichts zu synchronisieren: Jede Spec entspricht dem Stand ihres Servers.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Your latest typing in “%1” overlapped the server&apos;s changes; Undo brings it back.</source>
        <translation>Ihre letzten Eingaben in „%1“ haben sich mit den Änderungen des Servers überschnitten; „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <source>Sync: %1 — %2</source>
        <translation>Synchronisation: %1 — %2</translation>
    </message>
    <message>
        <source>“%1” has no conflict to resolve.</source>
        <translation>„%1“ hat keinen Konflikt zu lösen.</translation>
    </message>
    <message>
        <source>Choose a spec in conflict first.</source>
        <translation>Wählen Sie zuerst eine Spec mit Konflikt.</translation>
    </message>
    <message>
        <source>“%1” has no conflict to compare.</source>
        <translation>„%1“ hat keinen Konflikt zum Vergleichen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Ihr Entwurf</translation>
    </message>
    <message>
        <source>“%1” is no longer in conflict; nothing was changed.</source>
        <translation>„%1“ ist nicht mehr im Konflikt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Kept your draft of “%1”; Sync sends it over the server&apos;s version.</source>
        <translation>Ihr Entwurf von „%1“ wurde behalten; „Synchronisieren“ sendet ihn über die Version des Servers.</translation>
    </message>
    <message>
        <source>“%1” now holds the server&apos;s text; Undo in the editor brings your draft back.</source>
        <translation>„%1“ enthält jetzt den Text des Servers; „Rückgängig“ im Editor holt Ihren Entwurf zurück.</translation>
    </message>
    <message>
        <source>The merge is the draft of “%1” now; Sync sends it. Undo in the editor brings your draft back.</source>
        <translation>Die Zusammenführung ist jetzt der Entwurf von „%1“; „Synchronisieren“ sendet sie. „Rückgängig“ im Editor holt Ihren Entwurf zurück.</translation>
    </message>
    <message>
        <source>The editor&apos;s text is the draft of “%1” now; Sync sends it.</source>
        <translation>Der Text des Editors ist jetzt der Entwurf von „%1“; „Synchronisieren“ sendet ihn.</translation>
    </message>
    <message>
        <source>No other %1 connection has specs in the workspace yet: add one, or expand it in the tree to fetch its list.</source>
        <translation>Noch keine andere Verbindung zu %1 hat Specs im Arbeitsbereich: Fügen Sie eine hinzu oder klappen Sie sie im Baum auf, um ihre Liste abzurufen.</translation>
    </message>
    <message>
        <source>“%1” on %2 is in conflict: resolve it before copying onto it.</source>
        <translation>„%1“ auf %2 ist im Konflikt: Lösen Sie ihn, bevor Sie darauf kopieren.</translation>
    </message>
    <message>
        <source>“%1” on %2 has no text in the workspace yet: open it from the tree once to fetch it.</source>
        <translation>„%1“ auf %2 hat noch keinen Text im Arbeitsbereich: Öffnen Sie die Spec einmal aus dem Baum, um ihn abzurufen.</translation>
    </message>
    <message>
        <source>“%1” on %2 takes no edits: %3</source>
        <translation>„%1“ auf %2 nimmt keine Änderungen an: %3</translation>
    </message>
    <message>
        <source>Replace a Draft?</source>
        <translation>Entwurf ersetzen?</translation>
    </message>
    <message>
        <source>“%1” on %2 has a draft that is not synced. Replace it with the copy? Undo in its editor brings the draft back.</source>
        <translation>„%1“ auf %2 hat einen Entwurf, der nicht synchronisiert ist. Durch die Kopie ersetzen? „Rückgängig“ in ihrem Editor holt den Entwurf zurück.</translation>
    </message>
    <message>
        <source>“%1” was not copied: %2</source>
        <translation>„%1“ wurde nicht kopiert: %2</translation>
    </message>
    <message>
        <source>Copied “%1” onto “%2” on %3 as its draft; Sync sends it, Undo takes it back.</source>
        <translation>„%1“ als Entwurf auf „%2“ auf %3 kopiert; „Synchronisieren“ sendet ihn, „Rückgängig“ nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Export Draft</source>
        <translation>Entwurf exportieren</translation>
    </message>
    <message>
        <source>Spec (*.%1);;All files (*)</source>
        <translation>Spec (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The draft of “%1” was not exported: %2</source>
        <translation>Der Entwurf von „%1“ wurde nicht exportiert: %2</translation>
    </message>
    <message>
        <source>Exported the draft of “%1” to %2.</source>
        <translation>Der Entwurf von „%1“ wurde nach %2 exportiert.</translation>
    </message>
    <message>
        <source>S&amp;ync All Drafts</source>
        <translation>Alle Entwürfe s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>E&amp;xport Draft…</source>
        <translation>Entwurf e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Copy to Co&amp;nnection…</source>
        <translation>In Verbindung k&amp;opieren…</translation>
    </message>
    <message>
        <source>Copies this spec onto a spec of another connection of the same service, as its draft.</source>
        <translation>Kopiert diese Spec als Entwurf auf eine Spec einer anderen Verbindung desselben Dienstes.</translation>
    </message>
    <message>
        <source>Co&amp;mpare Draft with Server</source>
        <translation>Entwurf mit Server ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Shows what the draft changed since the server&apos;s last text, in a tab of its own.</source>
        <translation>Zeigt in einem eigenen Tab, was der Entwurf seit dem letzten Text des Servers geändert hat.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Not sent: the credentials of &apos;%1&apos; were refused.</source>
        <translation>Nicht gesendet: Die Anmeldedaten von &apos;%1&apos; wurden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>A sync was interrupted; it runs again and checks the server first.</source>
        <translation>Eine Synchronisierung wurde unterbrochen; sie läuft erneut und prüft zuerst den Server.</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>“%1” was not synced: %2</source>
        <translation>„%1“ wurde nicht synchronisiert: %2</translation>
    </message>
    <message>
        <source>“%1” is already as its server has it.</source>
        <translation>„%1“ entspricht bereits dem Stand des Servers.</translation>
    </message>
    <message>
        <source>Synced “%1”.</source>
        <translation>„%1“ synchronisiert.</translation>
    </message>
    <message>
        <source>Merged “%1” with changes made on the server; review it, then sync again.</source>
        <translation>„%1“ mit Änderungen auf dem Server zusammengeführt; prüfen Sie das Ergebnis und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” conflicts with changes made on the server; nothing was sent.</source>
        <translation>„%1“ steht im Konflikt mit Änderungen auf dem Server; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” waits for its server: %2</source>
        <translation>„%1“ wartet auf den Server: %2</translation>
    </message>
    <message>
        <source>%1 synced</source>
        <translation>%1 synchronisiert</translation>
    </message>
    <message>
        <source>%1 merged for review</source>
        <translation>%1 zur Prüfung zusammengeführt</translation>
    </message>
    <message>
        <source>%1 in conflict</source>
        <translation>%1 im Konflikt</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 in der Warteschlange</translation>
    </message>
    <message>
        <source>%1 not synced</source>
        <translation>%1 nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation>Synchronisierung abgeschlossen: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SyncRetryTimer</name>
    <message>
        <source>Offline — 1 draft queued</source>
        <translation>Offline — 1 Entwurf in der Warteschlange</translation>
    </message>
    <message>
        <source>Offline — %1 drafts queued</source>
        <translation>Offline — %1 Entwürfe in der Warteschlange</translation>
    </message>
    <message>
        <source>Server busy — 1 draft queued</source>
        <translation>Server ausgelastet — 1 Entwurf in der Warteschlange</translation>
    </message>
    <message>
        <source>Server busy — %1 drafts queued</source>
        <translation>Server ausgelastet — %1 Entwürfe in der Warteschlange</translation>
    </message>
</context>
<context>
    <name>SyncStates</name>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>nearby lines</source>
        <translation>benachbarte Zeilen</translation>
    </message>
    <message>
        <source>The draft is not a JSON object (%1); fix it, then sync again.</source>
        <translation>Der Entwurf ist kein JSON-Objekt (%1); korrigieren Sie ihn und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s copy could not be read for merging.</source>
        <translation>Die Kopie des Servers konnte für die Zusammenführung nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to SpecDesk</source>
        <translation>Willkommen bei SpecDesk</translation>
    </message>
    <message>
        <source>Edit DataFramer, Scale GP and Adobe flow specs. Your edits are kept on this computer as you type and reach the server when you sync.</source>
        <translation>Bearbeiten Sie Specs für DataFramer, Scale GP und Adobe Flow. Ihre Änderungen werden beim Tippen auf diesem Computer gespeichert und erreichen den Server, wenn Sie synchronisieren.</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Opens sample specs of all three kinds on a stand-in server that runs on this computer. No account needed; nothing leaves your machine.</source>
        <translation>Öffnet Beispiel-Specs aller drei Arten auf einem Ersatzserver, der auf diesem Computer läuft. Kein Konto nötig; nichts verlässt Ihren Rechner.</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Work on your own specs in DataFramer, Scale GP or Adobe Experience Platform.</source>
        <translation>Arbeiten Sie an Ihren eigenen Specs in DataFramer, Scale GP oder Adobe Experience Platform.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Edit a YAML or JSON spec from disk.</source>
        <translation>Eine YAML- oder JSON-Spec von der Festplatte bearbeiten.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P finds any command · F6 moves between panels · F1 lists every shortcut</source>
        <translation>Ctrl+Shift+P findet jeden Befehl · F6 wechselt zwischen Bereichen · F1 listet alle Tastenkürzel auf</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
</context>
<context>
    <name>WorkspaceChangeGuard</name>
    <message>
        <source>“%1” was changed by another SpecDesk process and reloaded; Undo (Ctrl+Z) brings back the text before.</source>
        <translation>„%1“ wurde von einem anderen SpecDesk-Prozess geändert und neu geladen; „Rückgängig“ (Ctrl+Z) holt den vorherigen Text zurück.</translation>
    </message>
    <message>
        <source>Another SpecDesk process changed “%1” while you had unsaved edits; nothing is written over it until you choose Reload, Keep Mine or Compare above its text.</source>
        <translation>Ein anderer SpecDesk-Prozess hat „%1“ geändert, während Sie ungespeicherte Änderungen hatten; nichts wird darüber geschrieben, bis Sie über dem Text „Neu laden“, „Meine behalten“ oder „Vergleichen“ wählen.</translation>
    </message>
    <message>
        <source>Kept your text of “%1”; it is saved over the other process&apos;s change.</source>
        <translation>Ihr Text von „%1“ wurde behalten; er wird über die Änderung des anderen Prozesses gespeichert.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>Could not upgrade the workspace database: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>This workspace was written by a newer SpecDesk (schema %1; this build knows %2). Update SpecDesk to open it.</source>
        <translation>Dieser Arbeitsbereich wurde von einem neueren SpecDesk geschrieben (Schema %1; dieser Build kennt %2). Aktualisieren Sie SpecDesk, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>The draft in the workspace is damaged: its edits do not fit its text. Nothing was changed.</source>
        <translation>Der Entwurf im Arbeitsbereich ist beschädigt: Seine Änderungen passen nicht zu seinem Text. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace is full. Free some space.</source>
        <translation>Der Datenträger des Arbeitsbereichs ist voll. Geben Sie etwas Speicherplatz frei.</translation>
    </message>
    <message>
        <source>Another program is holding the workspace database locked. It is tried again shortly.</source>
        <translation>Ein anderes Programm hält die Datenbank des Arbeitsbereichs gesperrt. In Kürze wird es erneut versucht.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only, so nothing can be saved there. Check its permissions.</source>
        <translation>Der Ordner des Arbeitsbereichs ist schreibgeschützt, daher kann dort nichts gespeichert werden. Prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The disk that holds the workspace could not be read or written. Check that it is still there and has space.</source>
        <translation>Der Datenträger des Arbeitsbereichs konnte nicht gelesen oder beschrieben werden. Prüfen Sie, ob er noch vorhanden ist und freien Speicherplatz hat.</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Close SpecDesk, keep a copy of the workspace folder, and start SpecDesk with another workspace (--workspace DIR).</source>
        <translation>Die Datenbank des Arbeitsbereichs ist beschädigt. Schließen Sie SpecDesk, bewahren Sie eine Kopie des Arbeitsbereichsordners auf und starten Sie SpecDesk mit einem anderen Arbeitsbereich (--workspace DIR).</translation>
    </message>
    <message>
        <source>The workspace database refused a change: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs hat eine Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not create the workspace folder %1.</source>
        <translation>Der Arbeitsbereichsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the workspace database: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Could not set up the workspace database: %1</source>
        <translation>Die Datenbank des Arbeitsbereichs konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>This workspace is read-only and was written by another SpecDesk version, so it cannot be brought up to date.</source>
        <translation>Dieser Arbeitsbereich ist schreibgeschützt und wurde von einer anderen SpecDesk-Version geschrieben, daher kann er nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The workspace database in %1 is damaged (%2). Nothing was changed. Close SpecDesk, copy the folder somewhere safe, then move %3 out of it and start SpecDesk again for a fresh workspace; the copy can be recovered with sqlite3&apos;s .recover command.</source>
        <translation>Die Datenbank des Arbeitsbereichs in %1 ist beschädigt (%2). Es wurde nichts geändert. Schließen Sie SpecDesk, kopieren Sie den Ordner an einen sicheren Ort, verschieben Sie dann %3 daraus und starten Sie SpecDesk erneut für einen neuen Arbeitsbereich; die Kopie lässt sich mit dem Befehl .recover von sqlite3 wiederherstellen.</translation>
    </message>
    <message>
        <source>This spec is no longer in the workspace.</source>
        <translation>Diese Spec ist nicht mehr im Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>WorkspaceWindowLock</name>
    <message>
        <source>SpecDesk is already open on this workspace (process %1 on %2). Switch to that window, or start SpecDesk with --workspace DIR to use another workspace.</source>
        <translation>SpecDesk ist bereits mit diesem Arbeitsbereich geöffnet (Prozess %1 auf %2). Wechseln Sie zu diesem Fenster, oder starten Sie SpecDesk mit --workspace DIR, um einen anderen Arbeitsbereich zu verwenden.</translation>
    </message>
    <message>
        <source>SpecDesk could not lock its workspace folder, so it cannot tell whether another SpecDesk window uses it. Check that the folder is writable.</source>
        <translation>SpecDesk konnte seinen Arbeitsbereichsordner nicht sperren und kann daher nicht erkennen, ob ein anderes SpecDesk-Fenster ihn verwendet. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>YamlTreeBuilder</name>
    <message>
        <source>A mapping is not closed where it should end.</source>
        <translation>Ein Mapping ist dort, wo es enden sollte, nicht geschlossen.</translation>
    </message>
    <message>
        <source>A flow mapping &apos;{&apos; is not closed: a &apos;}&apos; is missing.</source>
        <translation>Ein Flow-Mapping &apos;{&apos; ist nicht geschlossen: Ein &apos;}&apos; fehlt.</translation>
    </message>
    <message>
        <source>A list is not closed where it should end.</source>
        <translation>Eine Liste ist dort, wo sie enden sollte, nicht geschlossen.</translation>
    </message>
    <message>
        <source>A flow list &apos;[&apos; is not closed: a &apos;]&apos; is missing.</source>
        <translation>Eine Flow-Liste &apos;[&apos; ist nicht geschlossen: Ein &apos;]&apos; fehlt.</translation>
    </message>
    <message>
        <source>A &apos;key: value&apos; pair is not allowed here; check the indentation or quote the text.</source>
        <translation>Ein &apos;key: value&apos;-Paar ist hier nicht erlaubt; prüfen Sie die Einrückung oder setzen Sie den Text in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A list item &apos;- &apos; is not allowed here; check the indentation.</source>
        <translation>Ein Listenelement &apos;- &apos; ist hier nicht erlaubt; prüfen Sie die Einrückung.</translation>
    </message>
    <message>
        <source>A mapping key is not allowed here.</source>
        <translation>Ein Mapping-Schlüssel ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>A closing bracket has no matching opening bracket.</source>
        <translation>Zu einer schließenden Klammer gibt es keine passende öffnende Klammer.</translation>
    </message>
    <message>
        <source>The file ends inside a quoted string.</source>
        <translation>Die Datei endet innerhalb einer Zeichenkette in Anführungszeichen.</translation>
    </message>
    <message>
        <source>This text is not valid YAML here.</source>
        <translation>Dieser Text ist hier kein gültiges YAML.</translation>
    </message>
    <message>
        <source>This alias refers to an anchor that is not defined.</source>
        <translation>Dieser Alias verweist auf einen Anker, der nicht definiert ist.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to read.</source>
        <translation>Das Dokument ist zu tief verschachtelt, um es zu lesen.</translation>
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation>YAML-Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>This quoted text is never closed: add the closing quote.</source>
        <translation>Dieser Text in Anführungszeichen wird nie geschlossen: Fügen Sie das schließende Anführungszeichen hinzu.</translation>
    </message>
    <message>
        <source>YAML syntax error: the text here cannot be read as YAML.</source>
        <translation>YAML-Syntaxfehler: Der Text hier kann nicht als YAML gelesen werden.</translation>
    </message>
    <message>
        <source>The document is nested too deeply to read (more than %1 levels).</source>
        <translation>Das Dokument ist zu tief verschachtelt, um es zu lesen (mehr als %1 Ebenen).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for DataFramer, Scale GP and Adobe flow specs.</source>
        <translation>Desktop-Editor für Specs von DataFramer, Scale GP und Adobe Flow.</translation>
    </message>
    <message>
        <source>Use the workspace in DIR instead of the one in your data folder.</source>
        <translation>Den Arbeitsbereich in DIR statt dem in Ihrem Datenordner verwenden.</translation>
    </message>
    <message>
        <source>Start the bundled stand-in server on a free local port and connect to it as &quot;Sandbox DataFramer&quot;, &quot;Sandbox Scale GP&quot; and &quot;Sandbox Adobe&quot;.</source>
        <translation>Den mitgelieferten Ersatzserver auf einem freien lokalen Port starten und sich damit als &quot;Sandbox DataFramer&quot;, &quot;Sandbox Scale GP&quot; und &quot;Sandbox Adobe&quot; verbinden.</translation>
    </message>
    <message>
        <source>Spec files to open, each in its own tab.</source>
        <translation>Zu öffnende Spec-Dateien, jede in einem eigenen Tab.</translation>
    </message>
    <message>
        <source>Not opened: %1.</source>
        <translation>Nicht geöffnet: %1.</translation>
    </message>
    <message>
        <source>SpecDesk cannot start</source>
        <translation>SpecDesk kann nicht starten</translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>Sandbox nicht gestartet</translation>
    </message>
    <message>
        <source>The stand-in server could not start: %1</source>
        <translation>Der Ersatzserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The sandbox is not running: Remote ▸ Start Sandbox starts it.</source>
        <translation>Die Sandbox läuft nicht: Server ▸ Sandbox starten startet sie.</translation>
    </message>
    <message>
        <source>
Qt&apos;s own options are taken too, among them -platform NAME (e.g. offscreen), -style NAME (e.g. Fusion), -reverse and -qwindowgeometry WxH+X+Y.
</source>
        <translation>
Qts eigene Optionen werden ebenfalls angenommen, darunter -platform NAME (z. B. offscreen), -style NAME (z. B. Fusion), -reverse und -qwindowgeometry BxH+X+Y.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; &apos;specdesk --help&apos; lists them.</source>
        <translation>unbekannte Option &apos;%1&apos;; &apos;specdesk --help&apos; listet alle auf.</translation>
    </message>
</context>
</TS>
