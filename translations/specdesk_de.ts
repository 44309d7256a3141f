<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessibleChrome</name>
    <message>
        <source>Main menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every command of SpecDesk by menu; Alt with a menu's underlined letter opens it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdobeFlowRules</name>
    <message>
        <source>%1 must be a UUID such as "c604ff05-7f1a-43c0-8e18-33bf874cb11c".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a list of UUIDs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each entry of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Adobe flow spec is a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A flow spec needs '%1': the full PUT replaces the whole object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server names this field transformationSpecs (plural); 'transformationSpec' would be ignored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdobeFormat</name>
    <message>
        <source>a flow spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's reply should hold exactly one flow spec in 'items'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow spec is not valid JSON (%1). Fix it before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow spec must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is required and must be a non-empty string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'id' must stay %1: a PUT cannot move the spec to another id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKinds</name>
    <message>
        <source>DataFramer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale GP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adobe Flow Service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Check each spec: its syntax, then the rules of its kind. Every problem is printed as
FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]. A FILE of '-' is read from the standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dataframer, scalegp, adobe, yaml or json (default: detected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text or json. Deprecated: use --json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: specdesk-cli [--help] [--version] [--workspace DIR] [--quiet] COMMAND [ARGS...]

SpecDesk's workspace from scripts and CI.

Commands:
  validate [--kind K] [--json] FILE...
                     Check each spec: its syntax, then the rules of its kind. Every
                     problem is printed as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE].
                     K is dataframer, scalegp, adobe, yaml or json (default: detected).
                     --json prints one JSON document with every problem. A FILE of
                     '-' is read from the standard input.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
'specdesk-cli COMMAND --help' describes a command and its options.

Options:
  -h, --help         Show this help and exit.
  -v, --version      Show the version and exit.
  --workspace DIR    Use the workspace in DIR (default: the app's, in your data folder).
  --quiet            Print no progress or information lines; results and errors still.
  --workspace and --quiet may also come after the command and its arguments.

specdesk-cli never prints colour or other terminal escape codes.

Exit codes:
  0  success: the command ran and found no problem
  1  errors found in the input (warnings alone do not count)
  2  usage error, or a file or the workspace could not be read or written
  3  network failure: unreachable, timed out, server error, rate limited, unreadable reply
  4  authentication: a secret is missing, wrong or expired (401), or not allowed (403)
  5  the server does not have it (404) or refused the request (400, 422)
  6  sync: conflicts, or merges to review, wait for a decision
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate needs at least one FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind '%1'; use dataframer, scalegp, adobe, yaml or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown format '%1'; use text or json.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try 'specdesk-cli --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try 'specdesk-cli %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'-' (the standard input) can be given once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the workspace in DIR (default: the app's, in your data folder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print no progress or information lines; results and errors still.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: specdesk-cli %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliSpecTarget</name>
    <message>
        <source>'%1' names no spec; use CONNECTION/SPEC_ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no connection named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the workspace. Run 'specdesk-cli pull %2 %3' first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliStreams</name>
    <message>
        <source>cannot read the standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the standard input: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a command, e.g. “sync all”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type part of a command's name; Up and Down choose, Enter runs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands whose name matches what you typed; Enter runs one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available right now.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's changes</source>
        <translation>Die Änderungen des Servers</translation>
    </message>
    <message>
        <source>What the server changed since the base, read-only: removed lines then added ones, changed words boxed.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>By field — each field both sides changed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Result — the text Use Result makes the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use Res&amp;ult</source>
        <translation>Erg&amp;ebnis verwenden</translation>
    </message>
    <message>
        <source>The result becomes your draft, on top of the server's version; Sync sends it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Keep your draft whole; the next sync sends it over the server's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>&amp;Server übernehmen</translation>
    </message>
    <message>
        <source>Replace your draft with the server's text. Undo in the editor brings yours back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use &amp;Editor Text</source>
        <translation>E&amp;ditortext verwenden</translation>
    </message>
    <message>
        <source>Keep what the spec's own editor holds now, for a merge typed there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decide later; the spec stays in conflict and nothing is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the Draft?</source>
        <translation>Entwurf ersetzen?</translation>
    </message>
    <message>
        <source>Your draft changed in its tab since this merge began. Use the result anyway? Undo in the spec's tab brings those changes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous change, unresolved ones first (Alt+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next change, unresolved ones first (Alt+Down)</source>
        <translation type="unfinished" />
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
        <source>Your lines, then the server's</source>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change as your draft has it (Alt+M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change as the server has it (Alt+H)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 conflicts left: use a side, or edit the lines between the markers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>Das Ergebnis wird geprüft…</translation>
    </message>
    <message>
        <source>The result has a problem at line %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No line differs from the base on both sides.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result was edited outside the changes; Start Over to use the buttons again.</source>
        <translation type="unfinished" />
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
        <source>The result passes the spec's checks: Use Result makes it your draft.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Allow insecure &amp;HTTP (secrets are sent unencrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the connection is shown in the specs tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service this connection talks to; fixed once the connection is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's root address; empty means the API's documented server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale GP account ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional; sent as x-selected-account-id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMS &amp;organization:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adobe IMS organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 0123456789ABCDEF@AdobeOrg (x-gw-ims-org-id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Adobe organization the requests are made for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sand&amp;box name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adobe sandbox name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. prod (x-sandbox-name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Adobe Experience Platform sandbox the flows live in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain http:// is only accepted for this machine (localhost), unless this is checked. Anyone on the network between can then read the secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1; kept in the secret store, never in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment variable (CLI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment variable specdesk-cli reads the %1 from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, e.g. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>specdesk-cli reads the %1 from this environment variable when it is set, so scripts need no keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A saved connection keeps its API. Add a new connection for another API.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>A connection named '%1' already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <source>Bearer key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>client ID (x-api-key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key (x-api-key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A connection's name cannot contain '/', which separates it from a spec id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL '%1' is not a valid URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL must not hold a user name, password, query or fragment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL must start with https:// (it starts with '%1').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL uses plain http:// to %1, which would send the secrets unencrypted. Use https://, or explicitly allow insecure HTTP for this connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Adobe connection needs the IMS organization (x-gw-ims-org-id) and the sandbox name (x-sandbox-name).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace's connections; select one to edit it in the form.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new connection; Save adds it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the connection with its cached specs and stored secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the server once, with the secrets typed here (or the stored ones).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the last test or save of this connection said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves the connection, with its secrets in the secret store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes the dialog; unsaved edits are dropped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read from $%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored in keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not stored yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection is saved, but its secrets are not: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. Still missing: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deletes its 1 cached spec from this workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deletes its %1 cached specs from this workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, including 1 with local edits never sent to the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, including %1 with local edits never sent to the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, and forgets its stored secrets. Nothing changes on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the connection “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed “%1” and its cached specs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the %1 first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is in use: secrets are kept in memory for this session only and must be entered again after a restart. For scripts, name an environment variable for each secret; specdesk-cli reads it from there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CopyTargetDialog</name>
    <message>
        <source>Copy “%1” to Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec the copy goes onto, as its draft. Nothing is sent until you sync it; Undo in its editor brings its text back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy onto:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specs to copy onto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ▸ %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>The keychain did not store the %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server of “%1” refused its credentials:
%2

Enter new ones; the drafts waiting for this connection are sent again once they are stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new %1 for “%2”; it is stored as a secret, never in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stores the typed secrets and sends the waiting drafts again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the old secrets; the drafts stay queued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter at least one secret, or Cancel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secrets could not be stored: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataFramerFormat</name>
    <message>
        <source>a spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's reply is not a list of specs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec is not valid UTF-8 text, so it cannot be sent. Save it as UTF-8 first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataFramerRules</name>
    <message>
        <source>A DataFramer spec is a YAML mapping with spec: at the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the legacy DataFramer shape (specification:, axis_name, possible_values). Current specs use spec: with data_property_variations, each with property_name, property_values and base_distributions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DataFramer spec is one YAML document; the server refuses a second one starting here. Remove the '---' and what follows, or merge it into spec:.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DataFramer spec needs a spec: key at the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>metadata is read-only: the server ignores it when the spec is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only spec: is saved; '%1' is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec: must hold a mapping of fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an editable spec field. The editable fields are %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be text; put it in quotes if it is meant as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data_property_variations must be a list of properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each property needs property_name, property_values and base_distributions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This property needs a non-empty property_name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The property name '%1' is used twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no property_values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property_values of '%1' must be a non-empty list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each value of '%1' must be non-empty text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value '%1' is listed twice in '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no base_distributions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base_distributions of '%1' must map each value to a percentage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of the property_values of '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of '%1' must be a number (a percentage), not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of '%1' cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base_distributions of '%1' has no share for '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shares of '%1' add up to %2, not 100.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosticListModel</name>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line:Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>&amp;Previous Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next change (F7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show both versions in one pane, removed lines above added ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two entries to compare them, or one and choose Compare with Editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newer version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both texts, removed lines above added ones; F7: next change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The older text, removed lines marked; F7: next change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newer text, added lines marked; F7: next change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2 (−%3 +%4 lines)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiskFileGuard</name>
    <message>
        <source>%1 changed on disk and was reloaded; Undo (Ctrl+Z) brings back the text before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on disk while you had unsaved edits: choose Reload, Keep Mine or Compare above its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted or moved away on disk; its text is still in its tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing saved: %1 changed on disk, and as you had no edits it was reloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1 changed on disk since it was opened or saved. Choose Reload, Keep Mine or Compare above its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept your text; Save writes it over %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has changes that are not saved to its file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save writes them to the file. Discard goes back to the file's text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionBar</name>
    <message>
        <source>%1 %2 percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionController</name>
    <message>
        <source>This property is no longer in the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' changed in the text meanwhile; look at it again before changing it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionEdits</name>
    <message>
        <source>'%1' has no shares yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text has changed; '%1' is no longer where it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs a property_values list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs a base_distributions map first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every value is locked; unlock one to equalize.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The locked values alone add up to more than 100%; unlock one to equalize.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a name for the new value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' already has a value '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs at least one value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no value '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every value of '%1' has a share.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionMath</name>
    <message>
        <source>There is no such value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is locked; unlock it to change it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every other value is locked, so this one cannot move without breaking 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every value is locked; unlock one to normalize.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The locked values alone add up to more than 100%; unlock one to normalize.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>One group per property of the spec, each with a slider per value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No spec is open. Open a DataFramer spec to shape its distributions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the spec…</source>
        <translation>Die Spec wird gelesen…</translation>
    </message>
    <message>
        <source>The text does not parse, so the distributions cannot be read.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing the first %1 of %2 matching properties; filter to find the others.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file holds a NUL byte, so it is binary data, not text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This byte is not valid UTF-8; specs must be saved as UTF-8 text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftAutosave</name>
    <message>
        <source>Your edits are still in the editor but could not be saved: %1 SpecDesk keeps trying.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftPreflight</name>
    <message>
        <source>metadata is read-only on DataFramer; the server ignores changes to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not part of a DataFramer spec; the server saves only spec:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only on Scale GP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a field of a Scale GP application spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is set by the server on Adobe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this edit does not reach the server.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not sent: the draft has %n error(s); the first, at line %1, column %2: %3 [%4]</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateKeys</name>
    <message>
        <source>'%1' is given twice in this mapping (first at line %2); a server keeps only one of them. Remove one.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>&amp;Restore Archived Spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the server takes no edits to this spec now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks the server to restore this archived spec for editing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open spec tabs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose which open spec to edit; drag a tab to reorder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 ↔ %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 compared with %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 • %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 • not saved</source>
        <translation>%1 • nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 — saved in the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — from its server, as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <source>Not saved in the workspace yet; SpecDesk keeps trying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Closes this tab; its text stays saved in the workspace.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldMergeChoices</name>
    <message>
        <source>Was %1 in the base</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: use mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: use theirs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileChangeBanner</name>
    <message>
        <source>The file of this tab changed on disk; choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened to this tab's file on disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces the text with the file's, as one step that Undo takes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Keeps this text; the next Save writes it over the file's new text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the file's text beside this text, with the differences marked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save A&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes this text back to the file's old place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Writes this text to a file you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hides this message; the text stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another SpecDesk process changed this spec (for example specdesk-cli edit or a sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed in the workspace while this tab held edits not saved yet; nothing is written over that change until you choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file changed on disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was deleted or moved away. Your text is still here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program changed the file while this tab held unsaved edits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This spec changed in the workspace; choose what to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces the text with the workspace's new text, as one step that Undo takes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps this text; it is saved over the other process's change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows the workspace's new text beside this text, with the differences marked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileCompareDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file's text on disk beside the text in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text another SpecDesk process stored beside the text in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload from Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces the editor's text with the file's, as one step that Undo takes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replaces the editor's text with the workspace's, as one step that Undo takes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Keeps the editor's text; the next Save writes it over the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps the editor's text; it is saved over the other change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes this view and decides nothing yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Disk and Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: Workspace and Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the editor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileDropTarget</name>
    <message numerus="yes">
        <source>%n dropped link(s) ignored: only files on this computer can be opened.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text that replaces each match.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to find in every spec, as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least one character. Case is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Places found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By connection and spec; Enter opens the spec at the place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace could not be searched: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n place(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No spec holds “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The first %n place(s) are shown; narrow the text to see the rest.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) in %1 spec(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the generated data is about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What every generated record must meet, one requirement per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The application's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the application does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id of the theme its pages use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run online evaluation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether Scale GP evaluates the application's answers as they are given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set by Scale GP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the application was archived; an archived spec is restored before it is edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow spec's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow spec's version, such as 1.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UUID of the provider the flow spec belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The flow spec's UUID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source connection specs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UUIDs of the connection specs it reads from, one per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target connection specs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The UUIDs of the connection specs it writes to, one per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: “%2” is not a UUID such as c604ff05-7f1a-43c0-8e18-33bf874cb11c.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is set by the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a list in the text; edit it there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds more than one value in the text; edit it there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>  history CONNECTION/SPEC_ID [--json]
                     The spec's timeline, newest first: the draft, the server's
                     versions (v1, v2...) and local snapshots (pull-N, sync-N,
                     restore-N, resolution-N).
  diff CONNECTION/SPEC_ID A B [--semantic]
                     A unified diff from entry A to entry B ('draft' is the current
                     text); --semantic adds what changed in analysts' words.
  restore CONNECTION/SPEC_ID ENTRY
                     Make ENTRY's text the draft; the next sync sends it as a new
                     version. History is never rewritten.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history needs one CONNECTION/SPEC_ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>diff needs CONNECTION/SPEC_ID and two entries (or 'draft').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no entry '%2'; 'specdesk-cli history %1' lists them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore needs CONNECTION/SPEC_ID and an ENTRY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is now the draft. Run 'specdesk-cli sync %1' to send it as a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec's timeline, newest first: the draft, the server's versions (v1, v2...) and
local snapshots (pull-N, sync-N, restore-N, resolution-N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unified diff from entry A to entry B ('draft' is the current text).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add what changed in analysts' words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make ENTRY's text the draft; the next sync sends it as a new version. History is never
rewritten.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Current draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulled from the server (local #%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced to the server (local #%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored (local #%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict resolved (local #%1)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the two selected entries (select them with Ctrl or Shift)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the selected entry with the text in the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this version's text in the editor as one undo step; the next Sync sends it as a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share &amp;Trends…</source>
        <translation>Anteils&amp;verläufe…</translation>
    </message>
    <message>
        <source>How each share moved across the versions, as a chart and a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open F&amp;ull Width</source>
        <translation>In voller &amp;Breite öffnen</translation>
    </message>
    <message>
        <source>Shows this comparison in a tab of the editor area, full width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two entries to compare them, or one and choose Compare with Editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a spec to see its history.</source>
        <translation>Öffnen Sie eine Spec, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no history yet: it is recorded on each pull, sync and restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History of %1 (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This history entry is gone; the list was read again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no draft to compare: the text is what the server last sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The editor already holds the text of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 into the editor, but the restore could not be recorded in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 into the editor (Undo brings back the previous text). The next Sync sends it as a new version; the history is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryTimelineModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection to %1 closed before the reply arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered something that is not HTTP.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonSchemaCheck</name>
    <message>
        <source>'type' must be one of array, boolean, integer, null, number, object and string, or a list of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON Schema meta-schema is missing from this build, so this schema was not checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This embedded JSON Schema is %L1 KB, too large to check against draft-07 here; SpecDesk checks schemas of up to %L2 KB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON Schema in %1 is not valid draft-07%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (at %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonTreeBuilder</name>
    <message>
        <source>The file is empty; a JSON document needs a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is more text after the end of the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a valid JSON value (strings need double quotes; true, false and null are written in lower case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An object key (a string in double quotes) is expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ':' is missing between an object key and its value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ',' or a '}' is missing here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ',' or a ']' is missing here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A \u escape needs four hexadecimal digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This \u escape is half of a surrogate pair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This escape sequence is not valid in a JSON string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A string is not closed, or holds a raw tab or line break: write those as \t and \n.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This string holds bytes that are not valid UTF-8.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number is too big.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number needs digits after its decimal point.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number needs digits in its exponent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trailing comma: JSON allows no ',' before this '%1'. Remove the ',' at line %2, column %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value is expected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document ends before it is complete: a closing '}', ']' or '"' is missing.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>Replaces the text with its file's, as one step that Undo takes back.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab moves the focus; Ctrl+M makes it indent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab indents in the editor; F6 or Ctrl+M moves on.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand a connection in the specs tree to load its specs. Remote ▸ Connections manages them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Queued drafts are sent on their own once the server answers again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Some edits could not be written to the workspace (see the status bar). Quit anyway and lose them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a share with ← and →; the others keep 100%. Then Sync (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts the bundled stand-in server and connects the Sandbox connections to it.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenableFile</name>
    <message>
        <source>%1 was not opened: there is no such file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not opened: it is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not opened: you may not read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not opened: it is not a regular file.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>No spec is open. Problems in the open spec are listed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>1 problem — activate it to go to its place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 problems — activate one to go to its place.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the operation shown next to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stops the operation shown next to it. Edits are never lost.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>PropertyDistribution</name>
    <message>
        <source>The share is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share must be a number, not a list or map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is far beyond 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>property %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This entry is not a property (property_name, property_values, base_distributions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no base_distributions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>base_distributions of '%1' must map each value to a percentage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distributions belong to DataFramer specs; this is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec is empty, so it has no distributions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This spec has no data_property_variations, so there are no distributions to shape.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split what the locked values leave equally among the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale the unlocked values so that all of them add up to exactly 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the typed value to property_values, with a share of 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property %1</source>
        <translation>Eigenschaft %1</translation>
    </message>
    <message>
        <source>Shows or hides the shares of %1's values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New value for %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Σ %1 ≠ 100</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add missing shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has a share but is not in property_values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add '%1' to the values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove its share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 Fix it in the text; the other values still move.</source>
        <translation type="unfinished" />
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
        <source>The spec's properties in order. F2 renames, Delete removes, Alt+Up and Alt+Down move one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds a property at the end, with two values that share 50/50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the selected property with its values and shares.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values and shares</source>
        <translation>Werte und Anteile</translation>
    </message>
    <message>
        <source>The selected property's values and their shares in percent, which add up to 100. F2 renames a value or edits a share, and the other shares make room; Insert adds a value, Delete removes one.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the selected value and its share; the other shares take it up (Delete in the table).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text changed since the list was shown; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not one of property_values: this share is for a value the property does not list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No share yet: type one, and the other shares make room.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>A property needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PropertyValueEdits</name>
    <message>
        <source>This change cannot be made in place here; make it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change cannot be made in place here without breaking the text (%1). Make it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs a base_distributions map first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text has changed; the property is no longer where it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a share; type a number from 0 to 100, such as %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no value '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' already has a value '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of '%1' has a key the form cannot rename; rename it in the editor.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuickFixes</name>
    <message>
        <source>Normalize the shares of '%1' to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the missing shares of '%1' (at 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove '%1' from base_distributions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add '%1' to property_values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename to transformationSpecs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;%1 %2 (missing)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 did not finish answering within %n second(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteCommands</name>
    <message>
        <source>Environment variable holding the secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace in %1 can only be read; commands that change it will fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no connection named '%1'. 'specdesk-cli connection list' shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection needs add, list, remove or test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection add needs exactly one NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--api must be dataframer, scalegp or adobe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added connection '%1' (%2, %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection remove needs exactly one NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed connection '%1' and its cached specs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection test needs exactly one NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list takes at most one CONNECTION.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pull needs a CONNECTION.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 kept with local edits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show needs one CONNECTION/SPEC_ID, and at most one of --remote and --theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in conflict; 'show --remote' asks the server for its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dataframer, scalegp or adobe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL (default: the API's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Scale GP account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Adobe IMS org.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Adobe sandbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow a plain http:// URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace's connections to servers. 'specdesk-cli connection ACTION --help'
describes each action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a connection. Secrets are never given on the command line: name the environment
variables that hold them, or store them in the keychain from the app. DataFramer needs
--token-env, Scale GP --api-key-env, Adobe --access-token-env and --api-key-env.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the connections: name, API and URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a connection, its cached specs and its stored secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One authenticated GET, to check the URL and the secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With CONNECTION: the specs on its server. Without: the specs in the workspace, by
connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the connection's specs (or just these) and their server versions in the
workspace. Local edits are never overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the spec's text from the workspace, fetching it first when it is not there (or
always, with --remote).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the server's text, fetched now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the server's text a conflict kept.</source>
        <translation type="unfinished" />
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
                     Store the connection's specs (or just these) and their server
                     versions in the workspace. Local edits are never overwritten.
  show CONNECTION/SPEC_ID [--remote | --theirs]
                     Print the spec's text from the workspace, fetching it first when
                     it is not there (or always, with --remote).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection list takes no arguments.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteError</name>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent: %2. Check the server's certificate and the system's trusted certificates, or ask the server's administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteErrors</name>
    <message>
        <source>The server refused the request (400 Bad Request).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not accept the credentials (401). Check the key or token; it may have expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The credentials are valid but not allowed to do this (403 Forbidden).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server does not have this spec (404 Not Found). It may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server reported a conflict (409).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server found invalid fields in the request (422).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is limiting requests (429 Too Many Requests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server had an internal problem (%1). Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Adobe gateway error %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>RemoteJson</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteReplies</name>
    <message>
        <source>The server's reply is not valid JSON (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2, not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no 'id'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's list is unreadable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's reply is unreadable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's reply has no 'items' list.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteSpec</name>
    <message>
        <source>DataFramer is still generating this spec (status PROCESSING). It can be edited once it has SUCCEEDED.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DataFramer could not generate this spec (status FAILED).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DataFramer could not generate this spec (status FAILED): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This spec is archived. Restore it to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent no content for this spec.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteSpecOpener</name>
    <message>
        <source>Fetching “%1” from its server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restoring “%1” on its server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not fetch “%1” from %2: %3 Showing the copy kept in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not restore “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored “%1”; it can be edited again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteStatuses</name>
    <message>
        <source>PROCESSING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteTreeController</name>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading… %L1 of %L2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading… %L1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;store Archived Spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks the server to un-archive this spec, so it can be edited again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleSpecs</name>
    <message>
        <source>Customer support conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims triage assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RestStorageToAEP flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sample %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SandboxSession</name>
    <message>
        <source>Sandbox DataFramer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox Scale GP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox Adobe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection “%1” exists for another API; rename it to use --sandbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox's secrets could not be kept in memory.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SandboxTour</name>
    <message>
        <source>The sandbox is not part of this build of SpecDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox's specs could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox has no DataFramer spec ready to edit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScaleGpFormat</name>
    <message>
        <source>an application spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy of the server's spec is unreadable; fetch the spec again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec is not valid JSON (%1). Fix it before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'restore' is not a field of the spec; use the Restore action to un-archive it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is set by the server and cannot be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be set to null: the API does not accept it. Give it a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' must be a string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be removed: the API has no way to clear it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScaleGpRules</name>
    <message>
        <source>A Scale GP application spec is a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is null. SpecDesk never sends null: remove the field or give it a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' must be a string in double quotes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is set by the server and cannot be changed; this edit will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a field of a Scale GP application spec; it will not be sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaTreeEditor</name>
    <message>
        <source>This flow spec holds no schemas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Property…</source>
        <translation type="unfinished" />
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
        <source>The flow spec's nested JSON Schemas as a tree of names, types and values. F2 changes a value, Insert adds a property to the schema, Delete removes the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Property</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a property to the schema (Insert)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks for a name and adds a string property to the schema the selected row is in (Insert in the tree).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removes the selected row with everything under it (Delete in the tree).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text changed since the tree was shown; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select a schema, or one of its properties, to add a property to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a property needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the selected row is not in a schema that has properties.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new string property:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>description changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requirements changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One side is not a JSON object, so only the text diff is shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SemanticSummaryView</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes between the compared entries in the spec's own terms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change in meaning (the text differs only in layout or wording).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the older version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the newer version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Secrets are kept in memory for this session only and must be entered again after a restart. specdesk-cli can read them from environment variables instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Secret Service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves and applies the settings, then closes the dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes the dialog without changing any setting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves and applies the settings, and keeps the dialog open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Puts SpecDesk's default values in the fields. Nothing changes until OK or Apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The font of the spec text in every editor. Only fixed-width fonts are listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The size of the editor font, in points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tab width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many columns a tab and one step of indentation take, from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Autosave after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Autosave delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long after an edit the draft is written to the workspace, at most %1 milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Default sample si&amp;ze:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default sample size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many rows the Distributions panel shows expected counts for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System follows the desktop's colours; Light and Dark use SpecDesk's own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual HTTP proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How SpecDesk reaches the spec servers: through the system's proxy settings, directly, or through the HTTP proxy given below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The HTTP proxy's host name or address. Used only with a manual proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The HTTP proxy's port. Used only with a manual proxy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareRow</name>
    <message>
        <source>'%1' is not one of the property_values of '%2'.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, exact share</source>
        <translation>%1, genauer Anteil</translation>
    </message>
    <message>
        <source>The share of %1 as the spec writes it; type a number and press Enter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the property's total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About %1 of the sample's rows</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock this value so rebalancing never moves it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Removes '%1' from %2; its share goes to the other values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove '%1' from %2 (its share goes to the others).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareSlider</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareTrendChart</name>
    <message>
        <source>%1 from %2% to %3%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares of %1 across versions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShareTrendDialog</name>
    <message>
        <source>Share Trends — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shares per version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version of this spec has base_distributions to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows only the commands and keys that contain this text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands by menu, then the keys that work inside each panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closes the list of shortcuts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F6 / Shift+F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to the next / previous panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find and run any command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+F10 or Menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the context menu of the focused item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specs tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right / Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand (loads a connection's specs) / collapse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the tree by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indent / unindent; with Tab Moves Focus on, leave the editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch Tab Moves Focus on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distributions</source>
        <translation>Verteilungen</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a share by one step; the others keep the total at 100%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move a share by five steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share to its lowest / highest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock or unlock a value (on its lock button)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a version; its diff shows below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F7 / Shift+F7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next / previous change in the diff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+K / Alt+T / Alt+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep mine / take theirs / use the editor's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+M / Alt+H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read your draft / the server's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dialogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In panels: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecEditor</name>
    <message>
        <source>%1, %2 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spec text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quick fix here</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecEdits</name>
    <message>
        <source>This change cannot be made in place here; make it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This change cannot be made in place here without breaking the text (%1). Make it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text cannot be edited structurally until it parses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no %1 in this spec.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a single value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be found in the text; edit it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty, and its place cannot be found; type its value in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole document cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key is removed with its entry: remove the entry's value instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a 'key: value' pair written inside a list; edit it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a mapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a 'key: value' pair written inside a list; add to it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty; add its first entry by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses explicit '?' keys; add its entry by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no items %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An item of %1 is not written where it can be moved safely (a tag, an anchor or a dash on a line of its own); move it in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has two items on one line; move them in the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty; add its first item by hand.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecFileIO</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB, and SpecDesk opens specs of up to %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk refused the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecFormPanel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The properties were not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The schemas were not changed: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of spec has no form; edit its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each change here edits the text in place; Undo takes it back.</source>
        <translation type="unfinished" />
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
        <source>This spec has no history entry '%1'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecKinds</name>
    <message>
        <source>DataFramer spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale GP application spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adobe flow spec</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecProvider</name>
    <message>
        <source>%1 has no restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection '%1' has no %2. Enter it in Connections, or set the environment variable the connection names.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecPull</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecSyncTask</name>
    <message>
        <source>This spec is no longer in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent again: the server refused this draft, and it has not changed since. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being synced by another SpecDesk (PID %1); nothing was sent from here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace could not record who is syncing this spec; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec was deleted on the server. The draft is kept; export it to keep your work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The draft is kept; it can be synced once the server accepts edits again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace could not record the server's state.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server changed the same place as your draft (%1). Choose yours, theirs, or merge by hand; nothing is sent until you decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged with changes made on the server. Review the result, then sync to send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft changed during the sync; sync again to merge it with the server's changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking whether an earlier write reached the server before sending again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace could not record the write about to be sent; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server may have stored the last attempt; the next sync checks before sending.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Retrying in %n second(s): %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SpecTransfer</name>
    <message>
        <source>The %1 is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is not valid JSON: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The spec is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy with the target's metadata would not read as YAML; copy by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spec copied onto</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecTree</name>
    <message>
        <source>This document holds more than %L1 keys and values, more than SpecDesk checks; its text is kept as it is, without checks.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpecTreeModel</name>
    <message>
        <source>edited here, not sent to the server yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for the server to answer; sent once it does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>being sent to the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed on the server too; choose which text to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server did not take the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection %1: expand it to load its specs from the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection %1: loading its specs from the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection %1: the specs could not be loaded. %2
Use Retry in the context menu once this is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection %1: specs as its server last sent them. Refresh (F5) loads them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — the last fetch failed:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — on the server as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: %1 — %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specs</source>
        <translation>Specs</translation>
    </message>
    <message>
        <source>The workspace's specs by collection and connection; activate a spec to open it in the editor.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge your draft with the server's text, change by change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows your draft beside the server's text in a tab of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the draft to a file, so the work is kept outside the workspace too.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: the server does not take edits of this spec now (%1); the draft is kept until it does.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n byte(s) stored as the draft; %2.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>no connection named '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolve needs CONNECTION/SPEC_ID and --mine, --theirs or --from FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolve takes one of --mine, --theirs or --from FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: resolved; %2. Run 'specdesk-cli sync %1' to send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to read; '-' reads the standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store FILE's bytes as the spec's draft, offline if need be.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The remote specs that are not synced, and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List every remote spec, synced ones too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send drafts safely: the server is checked first, a change made there meanwhile is
merged (left for review unless --accept-merged) or becomes a conflict; a retry never
makes a second version. Without arguments, every pending draft. A draft with errors
is not sent. A draft the server refused is not sent again until it changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send clean merges without review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End a conflict: keep your draft, take the server's text, or use FILE (a hand merge).
Then sync to send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep your draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the server's text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  edit CONNECTION/SPEC_ID --from FILE
                     Store FILE's bytes as the spec's draft, offline if need be.
                     A FILE of '-' is read from the standard input.
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
                     End a conflict: keep your draft, take the server's text, or use
                     FILE (a hand merge). Then sync to send it.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the standard input was empty; the draft was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the standard input was empty; the conflict was not resolved.</source>
        <translation type="unfinished" />
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
        <source>Sends the current spec's draft to its server, after looking at what the server has now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends every draft, queued spec and spec with an error to its server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compares the current spec's draft with the server's text, to choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a spec from a server to sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is kept in this workspace only; there is no server to sync it with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to sync: every spec is as its server has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your latest typing in “%1” overlapped the server's changes; Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synchronisation: %1</translation>
    </message>
    <message>
        <source>Sync: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no conflict to resolve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a spec in conflict first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no conflict to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is no longer in conflict; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept your draft of “%1”; Sync sends it over the server's version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” now holds the server's text; Undo in the editor brings your draft back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge is the draft of “%1” now; Sync sends it. Undo in the editor brings your draft back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The editor's text is the draft of “%1” now; Sync sends it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other %1 connection has specs in the workspace yet: add one, or expand it in the tree to fetch its list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” on %2 is in conflict: resolve it before copying onto it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” on %2 has no text in the workspace yet: open it from the tree once to fetch it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” on %2 takes no edits: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace a Draft?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” on %2 has a draft that is not synced. Replace it with the copy? Undo in its editor brings the draft back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not copied: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied “%1” onto “%2” on %3 as its draft; Sync sends it, Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spec (*.%1);;All files (*)</source>
        <translation>Spec (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The draft of “%1” was not exported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the draft of “%1” to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync All Drafts</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies this spec onto a spec of another connection of the same service, as its draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;mpare Draft with Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows what the draft changed since the server's last text, in a tab of its own.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Not sent: the credentials of '%1' were refused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>A sync was interrupted; it runs again and checks the server first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>“%1” was not synced: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is already as its server has it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged “%1” with changes made on the server; review it, then sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” conflicts with changes made on the server; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” waits for its server: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 merged for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync finished: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncRetryTimer</name>
    <message>
        <source>Offline — 1 draft queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline — %1 drafts queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server busy — 1 draft queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server busy — %1 drafts queued</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStates</name>
    <message>
        <source>synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nearby lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft is not a JSON object (%1); fix it, then sync again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's copy could not be read for merging.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Opens sample specs of all three kinds on a stand-in server that runs on this computer. No account needed; nothing leaves your machine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Work on your own specs in DataFramer, Scale GP or Adobe Experience Platform.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another SpecDesk process changed “%1” while you had unsaved edits; nothing is written over it until you choose Reload, Keep Mine or Compare above its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept your text of “%1”; it is saved over the other process's change.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>Could not upgrade the workspace database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workspace was written by a newer SpecDesk (schema %1; this build knows %2). Update SpecDesk to open it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>The draft in the workspace is damaged: its edits do not fit its text. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk that holds the workspace is full. Free some space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program is holding the workspace database locked. It is tried again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace folder is read-only, so nothing can be saved there. Check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk that holds the workspace could not be read or written. Check that it is still there and has space.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database is damaged. Close SpecDesk, keep a copy of the workspace folder, and start SpecDesk with another workspace (--workspace DIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database refused a change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the workspace folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open the workspace database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not set up the workspace database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workspace is read-only and was written by another SpecDesk version, so it cannot be brought up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace database in %1 is damaged (%2). Nothing was changed. Close SpecDesk, copy the folder somewhere safe, then move %3 out of it and start SpecDesk again for a fresh workspace; the copy can be recovered with sqlite3's .recover command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This spec is no longer in the workspace.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkspaceWindowLock</name>
    <message>
        <source>SpecDesk is already open on this workspace (process %1 on %2). Switch to that window, or start SpecDesk with --workspace DIR to use another workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SpecDesk could not lock its workspace folder, so it cannot tell whether another SpecDesk window uses it. Check that the folder is writable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>YamlTreeBuilder</name>
    <message>
        <source>A mapping is not closed where it should end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A flow mapping '{' is not closed: a '}' is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A list is not closed where it should end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A flow list '[' is not closed: a ']' is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 'key: value' pair is not allowed here; check the indentation or quote the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A list item '- ' is not allowed here; check the indentation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mapping key is not allowed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A closing bracket has no matching opening bracket.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file ends inside a quoted string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is not valid YAML here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This alias refers to an anchor that is not defined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is nested too deeply to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML syntax error: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quoted text is never closed: add the closing quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML syntax error: the text here cannot be read as YAML.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is nested too deeply to read (more than %1 levels).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop editor for DataFramer, Scale GP and Adobe flow specs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the workspace in DIR instead of the one in your data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the bundled stand-in server on a free local port and connect to it as "Sandbox DataFramer", "Sandbox Scale GP" and "Sandbox Adobe".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spec files to open, each in its own tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not opened: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SpecDesk cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>Sandbox nicht gestartet</translation>
    </message>
    <message>
        <source>The stand-in server could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sandbox is not running: Remote ▸ Start Sandbox starts it.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>