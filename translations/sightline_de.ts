<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppServices</name>
    <message>
        <source>The login to %1 did not finish in time</source>
        <translation>Die Anmeldung bei %1 wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>Not logged in to %1; run: sightline login &quot;%2&quot;</source>
        <translation>Nicht bei %1 angemeldet; ausführen: sightline login &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>The appearance settings could not be saved to %1</source>
        <translation>Die Darstellungseinstellungen konnten nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>an audit journal other than this user&apos;s</source>
        <translation>ein anderes Audit-Journal als das dieses Benutzers</translation>
    </message>
    <message>
        <source>Check the audit journal&apos;s hash chain.</source>
        <translation>Die Hash-Kette des Audit-Journals prüfen.</translation>
    </message>
    <message>
        <source>Write audit events as NDJSON.</source>
        <translation>Audit-Ereignisse als NDJSON schreiben.</translation>
    </message>
    <message>
        <source>events from this date or date-time on (ISO 8601)</source>
        <translation>Ereignisse ab diesem Datum oder Zeitpunkt (ISO 8601)</translation>
    </message>
    <message>
        <source>events up to this date or date-time (ISO 8601)</source>
        <translation>Ereignisse bis zu diesem Datum oder Zeitpunkt (ISO 8601)</translation>
    </message>
    <message>
        <source>only this patient&apos;s events</source>
        <translation>nur die Ereignisse dieses Patienten</translation>
    </message>
    <message>
        <source>the file (default: standard output)</source>
        <translation>die Datei (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>Dates are ISO 8601: 2026-11-01 or 2026-11-01T08:00:00Z</source>
        <translation>Datumsangaben sind ISO 8601: 2026-11-01 oder 2026-11-01T08:00:00Z</translation>
    </message>
</context>
<context>
    <name>BulkExportManifest</name>
    <message>
        <source>The export manifest&apos;s %1 is not a list.</source>
        <translation>Der Eintrag %1 im Export-Manifest ist keine Liste.</translation>
    </message>
    <message>
        <source>An export file in the manifest&apos;s %1 has no usable URL.</source>
        <translation>Eine Exportdatei im Eintrag %1 des Manifests hat keine verwendbare URL.</translation>
    </message>
    <message>
        <source>The export manifest is not JSON.</source>
        <translation>Das Export-Manifest ist kein JSON.</translation>
    </message>
    <message>
        <source>The export manifest has no output list.</source>
        <translation>Das Export-Manifest hat keine output-Liste.</translation>
    </message>
</context>
<context>
    <name>BulkExportRequest</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>alle Typen</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1, de-identified</source>
        <translation>%1, de-identifiziert</translation>
    </message>
</context>
<context>
    <name>CacheIntake</name>
    <message>
        <source>An instance of another study arrived (%1)</source>
        <translation>Eine Instanz einer anderen Studie ist eingetroffen (%1)</translation>
    </message>
    <message>
        <source>Nothing of this series is cached</source>
        <translation>Von dieser Serie ist nichts im Cache</translation>
    </message>
</context>
<context>
    <name>CapabilityComparison</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>(no statement: %1)</source>
        <translation>(kein Statement: %1)</translation>
    </message>
    <message>
        <source>FHIR base</source>
        <translation>FHIR-Basis</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>FHIR-Version</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>System interactions</source>
        <translation>System-Interaktionen</translation>
    </message>
    <message>
        <source>System operations</source>
        <translation>System-Operationen</translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation>Ressourcentypen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Scopes supported</source>
        <translation>Unterstützte Scopes</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>CapabilityStatement</name>
    <message>
        <source>The server&apos;s /metadata is not a CapabilityStatement</source>
        <translation>Das /metadata des Servers ist kein CapabilityStatement</translation>
    </message>
</context>
<context>
    <name>ClientAuthentication</name>
    <message>
        <source>Unknown client authentication method: %1</source>
        <translation>Unbekannte Client-Authentifizierungsmethode: %1</translation>
    </message>
    <message>
        <source>The server accepts no client secret at its token endpoint</source>
        <translation>Der Server nimmt an seinem Token-Endpunkt kein Client-Geheimnis an</translation>
    </message>
    <message>
        <source>It accepts: %1</source>
        <translation>Er nimmt an: %1</translation>
    </message>
    <message>
        <source>The server accepts no signed client assertion (private_key_jwt) at its token endpoint</source>
        <translation>Der Server nimmt an seinem Token-Endpunkt keine signierte Client-Assertion (private_key_jwt) an</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>More: sightline help %1</source>
        <translation>Mehr: sightline help %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>More: sightline --help</source>
        <translation>Mehr: sightline --help</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>Commands: sightline --help</source>
        <translation>Befehle: sightline --help</translation>
    </message>
    <message>
        <source>--headless needs --server SERVER</source>
        <translation>--headless braucht --server SERVER</translation>
    </message>
    <message>
        <source>--headless goes with --server and --json only</source>
        <translation>--headless geht nur mit --server und --json</translation>
    </message>
    <message>
        <source>--json goes with --headless or a command</source>
        <translation>--json geht mit --headless oder einem Befehl</translation>
    </message>
    <message>
        <source>No command is called %1</source>
        <translation>Es gibt keinen Befehl namens %1</translation>
    </message>
    <message>
        <source>%1 needs one of its commands</source>
        <translation>%1 braucht einen seiner Befehle</translation>
    </message>
    <message>
        <source>More: sightline help %1</source>
        <translation>Mehr: sightline help %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineJobs</name>
    <message>
        <source> %1/%2 files, %3 resources, %4 kB</source>
        <translation> %1/%2 Dateien, %3 Ressourcen, %4 kB</translation>
    </message>
    <message>
        <source> %1/%2 files, %3 kB</source>
        <translation> %1/%2 Dateien, %3 kB</translation>
    </message>
    <message>
        <source> %1/%2 resources</source>
        <translation> %1/%2 Ressourcen</translation>
    </message>
    <message>
        <source>rate-limited by the server, next try at %1</source>
        <translation>vom Server gedrosselt, nächster Versuch um %1</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>Unexpected argument %1</source>
        <translation>Unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>Usage: sightline [COMMAND] [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: sightline [BEFEHL] [ARGUMENTE] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Without a command, Sightline opens its window:</source>
        <translation>Ohne Befehl öffnet Sightline sein Fenster:</translation>
    </message>
    <message>
        <source>open Sightline, with SERVER selected (--no-browser: print login addresses instead of opening the browser)</source>
        <translation>Sightline öffnen, mit SERVER ausgewählt (--no-browser: Anmeldeadressen ausgeben, statt den Browser zu öffnen)</translation>
    </message>
    <message>
        <source>do the same main job without a window: load SERVER&apos;s capabilities and print a summary</source>
        <translation>dieselbe Hauptaufgabe ohne Fenster: die Fähigkeiten von SERVER laden und eine Zusammenfassung ausgeben</translation>
    </message>
    <message>
        <source>an EHR launch link: log in to that server with the EHR&apos;s context</source>
        <translation>ein EHR-Launch-Link: bei diesem Server mit dem Kontext des EHR anmelden</translation>
    </message>
    <message>
        <source>open a study of a configured server in a viewer</source>
        <translation>eine Studie eines eingerichteten Servers in einem Viewer öffnen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;sightline help COMMAND&apos; (or &apos;sightline COMMAND --help&apos;) for a command&apos;s arguments and options.</source>
        <translation>Die Argumente und Optionen eines Befehls zeigt &apos;sightline help BEFEHL&apos; (oder &apos;sightline BEFEHL --help&apos;).</translation>
    </message>
    <message>
        <source>SERVER is a configured server&apos;s name or id, a FHIR base URL, or a connection string (fhir://host/path?client_id=…&amp;scope=…; fhir+http:// for a local test server; dicomweb+http(s):// for a PACS without FHIR).</source>
        <translation>SERVER ist Name oder ID eines eingerichteten Servers, eine FHIR-Basis-URL oder eine Verbindungszeichenfolge (fhir://host/pfad?client_id=…&amp;scope=…; fhir+http:// für einen lokalen Testserver; dicomweb+http(s):// für ein PACS ohne FHIR).</translation>
    </message>
    <message>
        <source>One window runs per user: starting Sightline again (or opening a sightline:// link) hands the arguments to the running one.</source>
        <translation>Pro Benutzer läuft ein Fenster: Ein weiterer Start von Sightline (oder ein sightline://-Link) übergibt die Argumente an das laufende.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 the server could not be used, a job failed or the audit chain is broken, 3 images whose DICOM patient differs from the FHIR Patient.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 der Server war nicht nutzbar, ein Auftrag ist fehlgeschlagen oder die Audit-Kette ist gebrochen, 3 Bilder, deren DICOM-Patient vom FHIR-Patienten abweicht.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>(may be repeated)</source>
        <translation>(mehrfach möglich)</translation>
    </message>
    <message>
        <source>Commands in detail:</source>
        <translation>Die Befehle im Einzelnen:</translation>
    </message>
</context>
<context>
    <name>ComponentVersions</name>
    <message>
        <source>this application</source>
        <translation>diese Anwendung</translation>
    </message>
    <message>
        <source>windows, networking, SQL, WebEngine, WebSockets</source>
        <translation>Fenster, Netzwerk, SQL, WebEngine, WebSockets</translation>
    </message>
    <message>
        <source>DICOM parsing, pixel decoding, export</source>
        <translation>DICOM-Lesen, Pixeldekodierung, Export</translation>
    </message>
    <message>
        <source>TLS, token signing, hashes</source>
        <translation>TLS, Token-Signaturen, Hashes</translation>
    </message>
    <message>
        <source>image cache index, audit journal, jobs</source>
        <translation>Bild-Cache-Index, Audit-Journal, Aufträge</translation>
    </message>
    <message>
        <source>ZIP study archives</source>
        <translation>ZIP-Studienarchive</translation>
    </message>
    <message>
        <source>tokens and passwords in the OS keychain</source>
        <translation>Tokens und Passwörter im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>the local DICOMweb gateway</source>
        <translation>das lokale DICOMweb-Gateway</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>not bundled</source>
        <translation>nicht mitgeliefert</translation>
    </message>
    <message>
        <source>the bundled web viewer</source>
        <translation>der mitgelieferte Web-Viewer</translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>The connection string is empty</source>
        <translation>Der Verbindungsstring ist leer</translation>
    </message>
    <message>
        <source>The connection string is not a valid URL</source>
        <translation>Der Verbindungsstring ist keine gültige URL</translation>
    </message>
    <message>
        <source>found scheme &quot;%1&quot;</source>
        <translation>gefundenes Schema „%1“</translation>
    </message>
    <message>
        <source>The connection string names no host</source>
        <translation>Der Verbindungsstring nennt keinen Host</translation>
    </message>
    <message>
        <source>A plain server URL cannot carry parameters; use fhir://…?client_id=…</source>
        <translation>Eine einfache Server-URL kann keine Parameter tragen; verwenden Sie fhir://…?client_id=…</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot; in the connection string</source>
        <translation>Unbekannter Parameter „%1“ im Verbindungsstring</translation>
    </message>
    <message>
        <source>A dicomweb:// connection string takes name, auth and user only, not &quot;%1&quot;</source>
        <translation>Eine dicomweb://-Verbindungszeichenfolge kennt nur name, auth und user, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice</source>
        <translation>Der Parameter „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>token_url must be an http(s) URL</source>
        <translation>token_url muss eine http(s)-URL sein</translation>
    </message>
    <message>
        <source>use_jwt_assertion must be true or false</source>
        <translation>use_jwt_assertion muss true oder false sein</translation>
    </message>
    <message>
        <source>Give either client_secret or client_secret_path, not both</source>
        <translation>Geben Sie entweder client_secret oder client_secret_path an, nicht beide</translation>
    </message>
    <message>
        <source>Client credentials need a client_id</source>
        <translation>Client-Anmeldedaten brauchen eine client_id</translation>
    </message>
    <message>
        <source>use_jwt_assertion signs with a private key: give its file as client_secret_path, not a client_secret</source>
        <translation>use_jwt_assertion signiert mit einem privaten Schlüssel: geben Sie dessen Datei als client_secret_path an, nicht als client_secret</translation>
    </message>
    <message>
        <source>use_jwt_assertion=true needs client_secret_path, the private key file</source>
        <translation>use_jwt_assertion=true braucht client_secret_path, die Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Unknown auth kind &quot;%1&quot;</source>
        <translation>Unbekannte Autorisierungsart „%1“</translation>
    </message>
    <message>
        <source>A PACS without FHIR is open (auth=none) or takes a user name and password (auth=basic)</source>
        <translation>Ein PACS ohne FHIR ist offen (auth=none) oder nimmt Benutzername und Passwort (auth=basic)</translation>
    </message>
    <message>
        <source>The connection string contains characters that are not valid text (bytes that are not UTF-8, or Unicode noncharacters)</source>
        <translation>Die Verbindungszeichenfolge enthält Zeichen, die kein gültiger Text sind (Bytes, die kein UTF-8 sind, oder Unicode-Nichtzeichen)</translation>
    </message>
    <message>
        <source>token_endpoint_auth_method must be client_secret_basic or client_secret_post</source>
        <translation>token_endpoint_auth_method muss client_secret_basic oder client_secret_post sein</translation>
    </message>
    <message>
        <source>A connection string starts with fhir://, fhir+http://, dicomweb://, dicomweb+http://, dicom://, https:// or http://</source>
        <translation>Eine Verbindungszeichenfolge beginnt mit fhir://, fhir+http://, dicomweb://, dicomweb+http://, dicom://, https:// oder http://</translation>
    </message>
    <message>
        <source>A dicom:// connection string names the node&apos;s AE title before the host: dicom://PACS@host:104</source>
        <translation>Eine dicom://-Verbindungszeichenfolge nennt den AE-Titel des Knotens vor dem Host: dicom://PACS@host:104</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>A dicom:// connection string has no path</source>
        <translation>Eine dicom://-Verbindungszeichenfolge hat keinen Pfad</translation>
    </message>
    <message>
        <source>A dicom:// connection string carries no password</source>
        <translation>Eine dicom://-Verbindungszeichenfolge enthält kein Passwort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>„%1“ ist kein gültiger Wert für %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AE title: 1 to 16 characters, no backslash</source>
        <translation>„%1“ ist kein AE-Titel: 1 bis 16 Zeichen, kein Backslash</translation>
    </message>
    <message>
        <source>retrieve is get or move, not &quot;%1&quot;</source>
        <translation>retrieve ist get oder move, nicht „%1“</translation>
    </message>
    <message>
        <source>tls is 1 or 0, not &quot;%1&quot;</source>
        <translation>tls ist 1 oder 0, nicht „%1“</translation>
    </message>
    <message>
        <source>ca names a file of PEM certificates</source>
        <translation>ca nennt eine Datei mit PEM-Zertifikaten</translation>
    </message>
    <message>
        <source>A dicom:// connection string takes calling, name, timeout, max_pdu, retrieve, tls and ca, not &quot;%1&quot;</source>
        <translation>Eine dicom://-Verbindungszeichenfolge nimmt calling, name, timeout, max_pdu, retrieve, tls und ca, nicht „%1“</translation>
    </message>
    <message>
        <source>ca is for DICOM TLS: add tls=1</source>
        <translation>ca gilt für DICOM TLS: Fügen Sie tls=1 hinzu</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>--clearance takes U, L, M, N, R or V</source>
        <translation>--clearance nimmt U, L, M, N, R oder V</translation>
    </message>
    <message>
        <source>--at takes a FHIR date or dateTime, e.g. 2026-06-01</source>
        <translation>--at nimmt ein FHIR-Datum oder dateTime, z. B. 2026-06-01</translation>
    </message>
    <message>
        <source>--default takes permit, deny or none</source>
        <translation>--default nimmt permit, deny oder none</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>element %1 removed: %2</source>
        <translation>Element %1 entfernt: %2</translation>
    </message>
    <message>
        <source>reference to %1 masked</source>
        <translation>Verweis auf %1 maskiert</translation>
    </message>
    <message>
        <source>%1 shared, %2 redacted, %3 withheld, %4 undecided</source>
        <translation>%1 geteilt, %2 geschwärzt, %3 zurückgehalten, %4 unentschieden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: %2 consent(s)</source>
        <translation>%1: %2 Einwilligung(en)</translation>
    </message>
    <message>
        <source>the purpose of use (default TREAT); SYSTEM|CODE for another code system</source>
        <translation>der Verwendungszweck (Standard TREAT); SYSTEM|CODE für ein anderes Codesystem</translation>
    </message>
    <message>
        <source>who asks</source>
        <translation>wer fragt</translation>
    </message>
    <message>
        <source>the asker&apos;s role</source>
        <translation>die Rolle des Fragenden</translation>
    </message>
    <message>
        <source>what is asked (default access)</source>
        <translation>was erfragt wird (Standard access)</translation>
    </message>
    <message>
        <source>the highest confidentiality the asker may see</source>
        <translation>die höchste Vertraulichkeit, die der Fragende sehen darf</translation>
    </message>
    <message>
        <source>when (default now)</source>
        <translation>wann (Standard jetzt)</translation>
    </message>
    <message>
        <source>the newest applicable consent decides alone</source>
        <translation>die neueste zutreffende Einwilligung entscheidet allein</translation>
    </message>
    <message>
        <source>the decision when no consent applies (default deny)</source>
        <translation>die Entscheidung, wenn keine Einwilligung zutrifft (Standard deny)</translation>
    </message>
    <message>
        <source>print the decision as JSON</source>
        <translation>die Entscheidung als JSON ausgeben</translation>
    </message>
    <message>
        <source>Decide whether the consents permit the data (a resource or a Bundle), with the reasons.</source>
        <translation>Entscheiden, ob die Einwilligungen die Daten (eine Ressource oder ein Bundle) erlauben, mit den Gründen.</translation>
    </message>
    <message>
        <source>a Consent resource (JSON)</source>
        <translation>eine Consent-Ressource (JSON)</translation>
    </message>
    <message>
        <source>the data asked for: a resource or a Bundle (JSON)</source>
        <translation>die erfragten Daten: eine Ressource oder ein Bundle (JSON)</translation>
    </message>
    <message>
        <source>Preview what of a patient&apos;s data would be shared, withheld or redacted, and why.</source>
        <translation>Vorschau, welche Daten eines Patienten geteilt, zurückgehalten oder geschwärzt würden, und warum.</translation>
    </message>
    <message>
        <source>the server with the patient&apos;s consents</source>
        <translation>der Server mit den Einwilligungen des Patienten</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>der Patient</translation>
    </message>
</context>
<context>
    <name>ConsentParser</name>
    <message>
        <source>%1 is not a Period.</source>
        <translation>%1 ist keine Period.</translation>
    </message>
    <message>
        <source>%1 starts on &quot;%2&quot;, which is not a FHIR date.</source>
        <translation>%1 beginnt am „%2“, das ist kein FHIR-Datum.</translation>
    </message>
    <message>
        <source>%1 ends on &quot;%2&quot;, which is not a FHIR date.</source>
        <translation>%1 endet am „%2“, das ist kein FHIR-Datum.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3).</source>
        <translation>%1 endet (%2), bevor es beginnt (%3).</translation>
    </message>
    <message>
        <source>%1: a %2 without a code is ignored.</source>
        <translation>%1: ein %2 ohne Code wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no system; it matches that code in any system.</source>
        <translation>%1: %2 „%3“ hat kein System; es passt zu diesem Code in jedem System.</translation>
    </message>
    <message>
        <source>Provision %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>The provision tree is deeper than %1 levels (at provision %2).</source>
        <translation>Der Regelbaum ist tiefer als %1 Ebenen (bei Regel %2).</translation>
    </message>
    <message>
        <source>The consent has more than %1 provisions.</source>
        <translation>Die Einwilligung hat mehr als %1 Regeln.</translation>
    </message>
    <message>
        <source>%1 has no type; read as an exception to its parent (%2).</source>
        <translation>%1 hat keinen Typ; gelesen als Ausnahme zur übergeordneten Regel (%2).</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>%1 has type &quot;%2&quot;; only permit and deny are defined.</source>
        <translation>%1 hat den Typ „%2“; definiert sind nur permit und deny.</translation>
    </message>
    <message>
        <source>%1 period</source>
        <translation>%1 Zeitraum</translation>
    </message>
    <message>
        <source>%1 dataPeriod</source>
        <translation>%1 Datenzeitraum</translation>
    </message>
    <message>
        <source>%1: an actor without role or reference is ignored.</source>
        <translation>%1: ein Akteur ohne Rolle oder Verweis wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: security label &quot;%2&quot; is not a code Sightline knows; it matches resources carrying exactly that label.</source>
        <translation>%1: Sicherheitslabel „%2“ ist kein Code, den Sightline kennt; es passt zu Ressourcen, die genau dieses Label tragen.</translation>
    </message>
    <message>
        <source>%1: purpose &quot;%2&quot; is not a v3-ActReason code Sightline knows; only requests naming it exactly match.</source>
        <translation>%1: Zweck „%2“ ist kein v3-ActReason-Code, den Sightline kennt; nur Anfragen, die ihn genau nennen, passen.</translation>
    </message>
    <message>
        <source>%1: data meaning &quot;%2&quot; is unknown; read as instance.</source>
        <translation>%1: Datenbedeutung „%2“ ist unbekannt; gelesen als instance.</translation>
    </message>
    <message>
        <source>%1: a data entry without a reference is ignored.</source>
        <translation>%1: ein Dateneintrag ohne Verweis wird ignoriert.</translation>
    </message>
    <message>
        <source>%1: nested provisions must be a list.</source>
        <translation>%1: verschachtelte Regeln müssen eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: nested provision %2 is not an object.</source>
        <translation>%1: verschachtelte Regel %2 ist kein Objekt.</translation>
    </message>
    <message>
        <source>The consent is not valid JSON: %1 at offset %2.</source>
        <translation>Die Einwilligung ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The consent is not a JSON object.</source>
        <translation>Die Einwilligung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a Consent resource (resourceType &quot;%1&quot;).</source>
        <translation>Das ist keine Consent-Ressource (resourceType „%1“).</translation>
    </message>
    <message>
        <source>Consent (no id)</source>
        <translation>Consent (ohne ID)</translation>
    </message>
    <message>
        <source>The consent has no status; it is treated as not active.</source>
        <translation>Die Einwilligung hat keinen Status; sie gilt als nicht aktiv.</translation>
    </message>
    <message>
        <source>The consent date &quot;%1&quot; is not a FHIR date; it counts as the oldest.</source>
        <translation>Das Datum der Einwilligung „%1“ ist kein FHIR-Datum; sie zählt als die älteste.</translation>
    </message>
    <message>
        <source>The consent period</source>
        <translation>Der Zeitraum der Einwilligung</translation>
    </message>
    <message>
        <source>The consent&apos;s decision is &quot;%1&quot;; only permit and deny are defined.</source>
        <translation>Die Entscheidung der Einwilligung ist „%1“; definiert sind nur permit und deny.</translation>
    </message>
    <message>
        <source>The consent states no decision; its provisions are read as exceptions to %1.</source>
        <translation>Die Einwilligung nennt keine Entscheidung; ihre Regeln werden als Ausnahmen zu %1 gelesen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>its policy</source>
        <translation>ihrer Richtlinie</translation>
    </message>
    <message>
        <source>Provision %1 is not an object.</source>
        <translation>Regel %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>The consent has no provision and no opt-in/opt-out policy; it decides nothing.</source>
        <translation>Die Einwilligung hat keine Regel und keine Opt-in/Opt-out-Richtlinie; sie entscheidet nichts.</translation>
    </message>
    <message>
        <source>The consent has no provision; its policy (%1) applies to everything.</source>
        <translation>Die Einwilligung hat keine Regel; ihre Richtlinie (%1) gilt für alles.</translation>
    </message>
    <message>
        <source>The consent&apos;s provision is not an object.</source>
        <translation>Die Regel der Einwilligung ist kein Objekt.</translation>
    </message>
    <message>
        <source>Provision 1 has no type and the policy names none; it decides nothing itself.</source>
        <translation>Regel 1 hat keinen Typ und die Richtlinie nennt keinen; sie entscheidet selbst nichts.</translation>
    </message>
    <message>
        <source>Provision 1 has no type; the policy (%1) gives it.</source>
        <translation>Regel 1 hat keinen Typ; die Richtlinie (%1) gibt ihn vor.</translation>
    </message>
</context>
<context>
    <name>ConsentPreview</name>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
</context>
<context>
    <name>DecisionExplainer</name>
    <message>
        <source>permit</source>
        <translation>erlauben</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>verweigern</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>Consent decision: %1</source>
        <translation>Entscheidung der Einwilligung: %1</translation>
    </message>
    <message>
        <source>Provision %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>Akteur %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>purpose %1</source>
        <translation>Zweck %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>labels %1</source>
        <translation>Labels %1</translation>
    </message>
    <message>
        <source>data dated %1</source>
        <translation>Daten datiert %1</translation>
    </message>
    <message>
        <source>data %1 (%2)</source>
        <translation>Daten %1 (%2)</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <source>Clearance: the data is %1, within the user&apos;s clearance %2.</source>
        <translation>Freigabestufe: die Daten sind %1, innerhalb der Freigabe %2 des Benutzers.</translation>
    </message>
    <message>
        <source>Clearance: the data is %1, above the user&apos;s clearance %2; denied whatever the consents say.</source>
        <translation>Freigabestufe: die Daten sind %1, über der Freigabe %2 des Benutzers; verweigert, was immer die Einwilligungen sagen.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 ist aktiv.</translation>
    </message>
    <message>
        <source>%1 is %2, not active; it does not apply.</source>
        <translation>%1 ist %2, nicht aktiv; sie gilt nicht.</translation>
    </message>
    <message>
        <source>without status</source>
        <translation>ohne Status</translation>
    </message>
    <message>
        <source>%1 is about %2.</source>
        <translation>%1 betrifft %2.</translation>
    </message>
    <message>
        <source>%1 is about %2, not %3; it does not apply.</source>
        <translation>%1 betrifft %2, nicht %3; sie gilt nicht.</translation>
    </message>
    <message>
        <source>%1: its period %2 covers %3.</source>
        <translation>%1: ihr Zeitraum %2 umfasst %3.</translation>
    </message>
    <message>
        <source>%1: its period %2 does not cover %3; it does not apply.</source>
        <translation>%1: ihr Zeitraum %2 umfasst %3 nicht; sie gilt nicht.</translation>
    </message>
    <message>
        <source>%1 has no provision; it decides nothing.</source>
        <translation>%1 hat keine Regel; sie entscheidet nichts.</translation>
    </message>
    <message>
        <source>%1: period %2 covers %3.</source>
        <translation>%1: Zeitraum %2 umfasst %3.</translation>
    </message>
    <message>
        <source>%1: period %2 does not cover %3.</source>
        <translation>%1: Zeitraum %2 umfasst %3 nicht.</translation>
    </message>
    <message>
        <source>nobody stated</source>
        <translation>niemand angegeben</translation>
    </message>
    <message>
        <source>%1: actor %2 matches the request&apos;s %3.</source>
        <translation>%1: Akteur %2 passt zu %3 der Anfrage.</translation>
    </message>
    <message>
        <source>%1: actor %2 does not match the request&apos;s %3.</source>
        <translation>%1: Akteur %2 passt nicht zu %3 der Anfrage.</translation>
    </message>
    <message>
        <source>%1: action %2 matches %3.</source>
        <translation>%1: Aktion %2 passt zu %3.</translation>
    </message>
    <message>
        <source>%1: action %2 does not match %3.</source>
        <translation>%1: Aktion %2 passt nicht zu %3.</translation>
    </message>
    <message>
        <source>%1: purpose %2 does not cover %3.</source>
        <translation>%1: Zweck %2 umfasst %3 nicht.</translation>
    </message>
    <message>
        <source>%1: purpose %2 matches.</source>
        <translation>%1: Zweck %2 passt.</translation>
    </message>
    <message>
        <source>%1: purpose %2 covers %3 (%4).</source>
        <translation>%1: Zweck %2 umfasst %3 (%4).</translation>
    </message>
    <message>
        <source>%1: class %2 matches %3.</source>
        <translation>%1: Klasse %2 passt zu %3.</translation>
    </message>
    <message>
        <source>%1: class %2 does not match %3.</source>
        <translation>%1: Klasse %2 passt nicht zu %3.</translation>
    </message>
    <message>
        <source>%1: code %2 matches.</source>
        <translation>%1: Code %2 passt.</translation>
    </message>
    <message>
        <source>%1: code %2 is not among the data&apos;s codes %3.</source>
        <translation>%1: Code %2 ist nicht unter den Codes %3 der Daten.</translation>
    </message>
    <message>
        <source>%1: labels %2 match the data&apos;s %3.</source>
        <translation>%1: Labels %2 passen zu %3 der Daten.</translation>
    </message>
    <message>
        <source>%1: labels %2 do not match the data&apos;s %3.</source>
        <translation>%1: Labels %2 passen nicht zu %3 der Daten.</translation>
    </message>
    <message>
        <source>%1: data period %2, but the data has no date.</source>
        <translation>%1: Datenzeitraum %2, aber die Daten haben kein Datum.</translation>
    </message>
    <message>
        <source>%1: data dated %2 lies in %3.</source>
        <translation>%1: Daten vom %2 liegen in %3.</translation>
    </message>
    <message>
        <source>%1: data dated %2 lies outside %3.</source>
        <translation>%1: Daten vom %2 liegen außerhalb von %3.</translation>
    </message>
    <message>
        <source>unnamed data</source>
        <translation>unbenannte Daten</translation>
    </message>
    <message>
        <source>%1: data %2 covers %3.</source>
        <translation>%1: Daten %2 umfassen %3.</translation>
    </message>
    <message>
        <source>%1: data %2 does not cover %3.</source>
        <translation>%1: Daten %2 umfassen %3 nicht.</translation>
    </message>
    <message>
        <source>%1 applies.</source>
        <translation>%1 greift.</translation>
    </message>
    <message>
        <source>%1 does not apply.</source>
        <translation>%1 greift nicht.</translation>
    </message>
    <message>
        <source>%1 decides.</source>
        <translation>%1 entscheidet.</translation>
    </message>
    <message>
        <source>Deny overrides</source>
        <translation>Verweigerung hat Vorrang</translation>
    </message>
    <message>
        <source>Latest consent wins</source>
        <translation>Neueste Einwilligung gewinnt</translation>
    </message>
    <message>
        <source>%1: %2 decides.</source>
        <translation>%1: %2 entscheidet.</translation>
    </message>
    <message>
        <source>No consent decides; the configured default is %1.</source>
        <translation>Keine Einwilligung entscheidet; die eingestellte Vorgabe ist %1.</translation>
    </message>
    <message>
        <source>Denied by the clearance rule.</source>
        <translation>Durch die Freigabestufen-Regel verweigert.</translation>
    </message>
    <message>
        <source>Deny: the data is more confidential than the user&apos;s clearance.</source>
        <translation>Verweigert: die Daten sind vertraulicher als die Freigabe des Benutzers.</translation>
    </message>
    <message>
        <source>%1: no consent decides; this is the configured default.</source>
        <translation>%1: keine Einwilligung entscheidet; das ist die eingestellte Vorgabe.</translation>
    </message>
    <message>
        <source>%1 by %2, %3 (%4).</source>
        <translation>%1 durch %2, %3 (%4).</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>purpose of use</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>data date</source>
        <translation>Datum der Daten</translation>
    </message>
    <message>
        <source>%1: the question gives no %2, so its condition (%3) was not checked.</source>
        <translation>%1: die Frage nennt kein(e) %2, daher wurde ihre Bedingung (%3) nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>DicomDeidentifier</name>
    <message>
        <source>The image says it has burned-in annotation: names or dates may be part of the pixels.</source>
        <translation>Das Bild gibt eingebrannte Beschriftung an: Namen oder Daten können Teil der Pixel sein.</translation>
    </message>
    <message>
        <source>The image does not say whether it has burned-in annotation, and %1 images often do.</source>
        <translation>Das Bild sagt nicht, ob es eingebrannte Beschriftung hat, und %1-Bilder haben oft welche.</translation>
    </message>
    <message>
        <source>secondary capture</source>
        <translation>Secondary-Capture</translation>
    </message>
    <message>
        <source>%1 is not a readable DICOM file.</source>
        <translation>%1 ist keine lesbare DICOM-Datei.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DicomDirWriter</name>
    <message>
        <source>%1 is not a valid DICOM file ID.</source>
        <translation>%1 ist keine gültige DICOM-Datei-ID.</translation>
    </message>
    <message>
        <source>%1 could not be listed in the DICOMDIR.</source>
        <translation>%1 konnte nicht in das DICOMDIR aufgenommen werden.</translation>
    </message>
    <message>
        <source>Could not write the DICOMDIR in %1.</source>
        <translation>Das DICOMDIR in %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DicomNodeAddress</name>
    <message>
        <source>%1 is an IPv6 address, which Sightline cannot call over DICOM: use the node&apos;s host name.</source>
        <translation>%1 ist eine IPv6-Adresse, die Sightline über DICOM nicht rufen kann: den Hostnamen des Knotens verwenden.</translation>
    </message>
    <message>
        <source>The host name %1 is longer than DICOM networking takes (57 characters): use a shorter name or the address.</source>
        <translation>Der Hostname %1 ist länger, als DICOM-Netzwerk erlaubt (57 Zeichen): einen kürzeren Namen oder die Adresse verwenden.</translation>
    </message>
</context>
<context>
    <name>DicomNodeCommand</name>
    <message>
        <source>a saved DICOM node, or dicom://CALLED@host:port?calling=AE</source>
        <translation>ein gespeicherter DICOM-Knoten oder dicom://GERUFEN@host:port?calling=AE</translation>
    </message>
    <message>
        <source>%1 is not a DICOM node</source>
        <translation>%1 ist kein DICOM-Knoten</translation>
    </message>
    <message>
        <source>print the answer as JSON</source>
        <translation>die Antwort als JSON ausgeben</translation>
    </message>
    <message>
        <source>Test the connection to a DICOM node (C-ECHO).</source>
        <translation>Die Verbindung zu einem DICOM-Knoten testen (C-ECHO).</translation>
    </message>
    <message>
        <source>On failure, says what to change: the node&apos;s host and port, its AE title, or Sightline&apos;s AE title as the node must know it.</source>
        <translation>Sagt bei einem Fehler, was zu ändern ist: Host und Port des Knotens, sein AE-Titel oder der AE-Titel von Sightline, wie der Knoten ihn kennen muss.</translation>
    </message>
    <message>
        <source>Find patients, studies, series or images on a DICOM node (C-FIND).</source>
        <translation>Patienten, Studien, Serien oder Bilder auf einem DICOM-Knoten suchen (C-FIND).</translation>
    </message>
    <message>
        <source>Names match as DICOM matches them: * and ? are wildcards, and &quot;MÜLLER*&quot; finds every Müller. Dates are yyyy-mm-dd; a range is FROM..TO, with either end left open.</source>
        <translation>Namen passen, wie DICOM sie vergleicht: * und ? sind Platzhalter, und „MÜLLER*“ findet jeden Müller. Datumsangaben sind jjjj-mm-tt; ein Bereich ist VON..BIS, jedes Ende darf offen bleiben.</translation>
    </message>
    <message>
        <source>patient, study (the default), series or image</source>
        <translation>patient, study (Standard), series oder image</translation>
    </message>
    <message>
        <source>the patient&apos;s name (DICOM form: FAMILY^GIVEN; wildcards)</source>
        <translation>der Name des Patienten (DICOM-Form: NACHNAME^VORNAME; Platzhalter)</translation>
    </message>
    <message>
        <source>the PatientID</source>
        <translation>die PatientID</translation>
    </message>
    <message>
        <source>the patient&apos;s birth date</source>
        <translation>das Geburtsdatum des Patienten</translation>
    </message>
    <message>
        <source>the study date, or a range FROM..TO</source>
        <translation>das Studiendatum oder ein Bereich VON..BIS</translation>
    </message>
    <message>
        <source>a modality (CT, MR …)</source>
        <translation>eine Modalität (CT, MR …)</translation>
    </message>
    <message>
        <source>the accession number</source>
        <translation>die Accession Number</translation>
    </message>
    <message>
        <source>the study (required for series and images)</source>
        <translation>die Studie (nötig für Serien und Bilder)</translation>
    </message>
    <message>
        <source>the series (required for images)</source>
        <translation>die Serie (nötig für Bilder)</translation>
    </message>
    <message>
        <source>stop after N matches (default 1000; 0: no limit)</source>
        <translation>nach N Treffern aufhören (Standard 1000; 0: ohne Grenze)</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO in %2 ms</source>
        <translation>%1 hat C-ECHO in %2 ms beantwortet</translation>
    </message>
    <message>
        <source>--level is patient, study, series or image</source>
        <translation>--level ist patient, study, series oder image</translation>
    </message>
    <message>
        <source>--limit is a number of matches (0: no limit)</source>
        <translation>--limit ist eine Anzahl Treffer (0: ohne Grenze)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %n match(es); more may exist (--limit).</source>
        <translation>
            <numerusform>Bei %n Treffer angehalten; es kann mehr geben (--limit).</numerusform>
            <numerusform>Bei %n Treffern angehalten; es kann mehr geben (--limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>PatientID</source>
        <translation>PatientID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Study Instance UID</source>
        <translation>Study Instance UID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Series Instance UID</source>
        <translation>Series Instance UID</translation>
    </message>
    <message>
        <source>SOP Instance UID</source>
        <translation>SOP Instance UID</translation>
    </message>
</context>
<context>
    <name>DicomStudyExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>De-identified study %1</source>
        <translation>De-identifizierte Studie %1</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <source> as ZIP</source>
        <translation> als ZIP</translation>
    </message>
    <message>
        <source> to a DICOMDIR folder</source>
        <translation> in einen DICOMDIR-Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Study Instance UID.</source>
        <translation>„%1“ ist keine Study Instance UID.</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Wählen Sie, wohin exportiert werden soll.</translation>
    </message>
    <message>
        <source>%1 already exists; Sightline does not overwrite exports.</source>
        <translation>%1 existiert bereits; Sightline überschreibt keine Exporte.</translation>
    </message>
    <message>
        <source>Study %1 is not in the image cache: open it once to retrieve it.</source>
        <translation>Studie %1 ist nicht im Bildzwischenspeicher: öffnen Sie sie einmal, um sie abzurufen.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 from the image cache.</source>
        <translation>%1 konnte nicht aus dem Bildzwischenspeicher kopiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s), first %2)</source>
        <translation>
            <numerusform>%1 (%n Datei, zuerst %2)</numerusform>
            <numerusform>%1 (%n Dateien, zuerst %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the export summary.</source>
        <translation>Die Exportzusammenfassung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The study is too large for a ZIP file (over 4 GiB); export it to a folder instead.</source>
        <translation>Die Studie ist zu groß für eine ZIP-Datei (über 4 GiB); exportieren Sie sie stattdessen in einen Ordner.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not move the export into %1.</source>
        <translation>Der Export konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>DicomTls</name>
    <message>
        <source>The CA certificate file %1 of %2 cannot be read: check the node&apos;s DICOM TLS settings.</source>
        <translation>Die CA-Zertifikatsdatei %1 von %2 kann nicht gelesen werden: Prüfen Sie die DICOM-TLS-Einstellungen des Knotens.</translation>
    </message>
    <message>
        <source>DICOM TLS with %1 cannot be prepared (%2).</source>
        <translation>DICOM TLS mit %1 kann nicht vorbereitet werden (%2).</translation>
    </message>
    <message>
        <source>DICOM TLS cannot be prepared: OpenSSL did not start.</source>
        <translation>DICOM TLS kann nicht vorbereitet werden: OpenSSL ist nicht gestartet.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate Sightline can trust for %2.</source>
        <translation>%1 enthält kein PEM-Zertifikat, dem Sightline für %2 vertrauen kann.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not name %2: connect by the name or address its certificate carries (the node&apos;s host).</source>
        <translation>Das Zertifikat von %1 nennt %2 nicht: Verbinden Sie sich über den Namen oder die Adresse, die das Zertifikat trägt (Host des Knotens).</translation>
    </message>
    <message>
        <source>Sightline does not trust the certificate of %1, or it does not name %2: give the CA certificate that signed it in the node&apos;s settings (DICOM TLS), and reach the node by the name its certificate carries.</source>
        <translation>Sightline vertraut dem Zertifikat von %1 nicht, oder es nennt %2 nicht: Geben Sie in den Einstellungen des Knotens (DICOM TLS) das CA-Zertifikat an, das es signiert hat, und erreichen Sie den Knoten über den Namen, den sein Zertifikat trägt.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: check that the node speaks DICOM TLS on port %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: Prüfen Sie, ob der Knoten auf Port %2 DICOM TLS spricht.</translation>
    </message>
    <message>
        <source>TLS profile</source>
        <translation>TLS-Profil</translation>
    </message>
    <message>
        <source>cipher suites</source>
        <translation>Cipher-Suites</translation>
    </message>
    <message>
        <source>DICOM TLS cannot check that a certificate names %1: give the node&apos;s host as a name or a full IP address.</source>
        <translation>DICOM TLS kann nicht prüfen, ob ein Zertifikat %1 nennt: Geben Sie den Host des Knotens als Namen oder vollständige IP-Adresse an.</translation>
    </message>
    <message>
        <source>%1 refused Sightline&apos;s certificate (%2): the node must trust the CA that signed it (ask its administrator), or give a certificate it knows in the node&apos;s DICOM TLS settings.</source>
        <translation>%1 hat Sightlines Zertifikat abgelehnt (%2): Der Knoten muss der CA vertrauen, die es signiert hat (fragen Sie seinen Administrator), oder geben Sie in den DICOM-TLS-Einstellungen des Knotens ein Zertifikat an, das er kennt.</translation>
    </message>
    <message>
        <source>%1 lets in only callers with a certificate it trusts (%2): give Sightline&apos;s certificate and its private key in the node&apos;s DICOM TLS settings.</source>
        <translation>%1 lässt nur Aufrufer mit einem Zertifikat ein, dem er vertraut (%2): Geben Sie Sightlines Zertifikat und seinen privaten Schlüssel in den DICOM-TLS-Einstellungen des Knotens an.</translation>
    </message>
    <message>
        <source>%1 closed the connection after the TLS handshake: it may not accept Sightline&apos;s certificate (the node must trust the CA that signed it), or may not know Sightline&apos;s AE title and address.</source>
        <translation>%1 hat die Verbindung nach dem TLS-Handshake geschlossen: Der Knoten nimmt Sightlines Zertifikat vielleicht nicht an (er muss der CA vertrauen, die es signiert hat), oder er kennt Sightlines AE-Titel und Adresse nicht.</translation>
    </message>
    <message>
        <source>%1 closed the connection after the TLS handshake. If it lets in only callers with a certificate it trusts, give Sightline&apos;s certificate and its private key in the node&apos;s DICOM TLS settings; otherwise check that it knows Sightline&apos;s AE title and address.</source>
        <translation>%1 hat die Verbindung nach dem TLS-Handshake geschlossen. Lässt der Knoten nur Aufrufer mit einem Zertifikat ein, dem er vertraut, geben Sie Sightlines Zertifikat und seinen privaten Schlüssel in den DICOM-TLS-Einstellungen des Knotens an; prüfen Sie sonst, ob er Sightlines AE-Titel und Adresse kennt.</translation>
    </message>
</context>
<context>
    <name>DicomTlsIdentity</name>
    <message>
        <source>This file is too large to be a private key.</source>
        <translation>Diese Datei ist zu groß für einen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key is encrypted: give its passphrase.</source>
        <translation>Der private Schlüssel ist verschlüsselt: Geben Sie seine Passphrase an.</translation>
    </message>
    <message>
        <source>The passphrase does not open the private key.</source>
        <translation>Die Passphrase öffnet den privaten Schlüssel nicht.</translation>
    </message>
    <message>
        <source>The file holds no private key Sightline can read (PEM or DER, PKCS#8 or RSA/EC).</source>
        <translation>Die Datei enthält keinen privaten Schlüssel, den Sightline lesen kann (PEM oder DER, PKCS#8 oder RSA/EC).</translation>
    </message>
    <message>
        <source>The private key cannot be converted.</source>
        <translation>Der private Schlüssel kann nicht umgewandelt werden.</translation>
    </message>
    <message>
        <source>The certificate file %1 of %2 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 für %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 holds no certificate Sightline can use for %2 (a PEM certificate, with a key of at least 2048 bits and a SHA-2 signature).</source>
        <translation>%1 enthält kein Zertifikat, das Sightline für %2 verwenden kann (ein PEM-Zertifikat mit einem Schlüssel von mindestens 2048 Bit und einer SHA-2-Signatur).</translation>
    </message>
    <message>
        <source>The private key kept for %1 cannot be read: import it again in the settings.</source>
        <translation>Der für %1 gespeicherte private Schlüssel kann nicht gelesen werden: Importieren Sie ihn in den Einstellungen erneut.</translation>
    </message>
    <message>
        <source>The private key is not the key of the certificate %1 (%2): import the key that belongs to it.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat %1 (%2): Importieren Sie den Schlüssel, der dazu gehört.</translation>
    </message>
    <message>
        <source>OpenSSL did not start.</source>
        <translation>OpenSSL ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <source>The certificate %1 has expired.</source>
        <translation>Das Zertifikat %1 ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate %1 is not valid yet.</source>
        <translation>Das Zertifikat %1 ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Sightline&apos;s certificate for %1 has no private key in the OS keychain: import the key in the DICOM TLS settings.</source>
        <translation>Zu Sightlines Zertifikat für %1 liegt kein privater Schlüssel im Schlüsselbund des Systems: Importieren Sie den Schlüssel in den DICOM-TLS-Einstellungen.</translation>
    </message>
    <message>
        <source>The private key of Sightline&apos;s certificate for %1 could not be read from the OS keychain: %2</source>
        <translation>Der private Schlüssel von Sightlines Zertifikat für %1 konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DimseAssociation</name>
    <message>
        <source>Nothing accepts DICOM connections at %1:%2: check the node&apos;s host and port, and that its DICOM service is running.</source>
        <translation>Unter %1:%2 nimmt nichts DICOM-Verbindungen an: Host und Port des Knotens prüfen und ob sein DICOM-Dienst läuft.</translation>
    </message>
    <message>
        <source>%1 did not answer in time while %2: check the host and port, and that no firewall drops the connection.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2): Host und Port prüfen und ob keine Firewall die Verbindung verwirft.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be found: check the node&apos;s host.</source>
        <translation>Der Hostname %1 ist nicht auffindbar: den Host des Knotens prüfen.</translation>
    </message>
    <message>
        <source>%1 ended the association while %2.</source>
        <translation>%1 hat die Assoziation beendet (%2).</translation>
    </message>
    <message>
        <source>The DICOM exchange with %1 failed while %2.</source>
        <translation>Der DICOM-Austausch mit %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 does not know Sightline&apos;s AE title %2: register %2 (this computer&apos;s address) at the node, or set the calling AE title the node expects in the node&apos;s settings.</source>
        <translation>%1 kennt den AE-Titel %2 von Sightline nicht: %2 (mit der Adresse dieses Computers) am Knoten eintragen oder in den Einstellungen des Knotens den rufenden AE-Titel setzen, den der Knoten erwartet.</translation>
    </message>
    <message>
        <source>The node at %1:%2 does not answer to the AE title %3, at least not when Sightline calls as %4: check the node&apos;s AE title (upper and lower case count), and that the node lets %4 from this computer call it.</source>
        <translation>Der Knoten unter %1:%2 antwortet nicht auf den AE-Titel %3, zumindest nicht, wenn Sightline als %4 ruft: den AE-Titel des Knotens prüfen (Groß- und Kleinschreibung zählt) und ob der Knoten %4 von diesem Computer rufen lässt.</translation>
    </message>
    <message>
        <source>%1 does not support the DICOM application context Sightline proposes.</source>
        <translation>%1 unterstützt den DICOM-Anwendungskontext nicht, den Sightline vorschlägt.</translation>
    </message>
    <message>
        <source>%1 refused the association without giving a reason: check that it accepts Sightline&apos;s AE title %2 from this computer.</source>
        <translation>%1 hat die Assoziation ohne Grund abgelehnt: prüfen, ob er den AE-Titel %2 von Sightline von diesem Computer annimmt.</translation>
    </message>
    <message>
        <source>%1 is busy (too many associations at once); try again in a moment.</source>
        <translation>%1 ist ausgelastet (zu viele Assoziationen gleichzeitig); gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>%1 does not support this DICOM protocol version.</source>
        <translation>%1 unterstützt diese DICOM-Protokollversion nicht.</translation>
    </message>
    <message>
        <source>%1 refused the association.</source>
        <translation>%1 hat die Assoziation abgelehnt.</translation>
    </message>
    <message>
        <source>The node says the refusal is temporary.</source>
        <translation>Der Knoten nennt die Ablehnung vorübergehend.</translation>
    </message>
    <message>
        <source>AE titles have 1 to 16 characters (letters, digits, spaces and most punctuation, no backslash): check the called and calling AE titles of %1.</source>
        <translation>AE-Titel haben 1 bis 16 Zeichen (Buchstaben, Ziffern, Leerzeichen und die meisten Satzzeichen, kein Backslash): den gerufenen und den rufenden AE-Titel von %1 prüfen.</translation>
    </message>
    <message>
        <source>The node needs a host and a port.</source>
        <translation>Der Knoten braucht einen Host und einen Port.</translation>
    </message>
    <message>
        <source>preparing the network</source>
        <translation>beim Vorbereiten des Netzwerks</translation>
    </message>
    <message>
        <source>preparing the association</source>
        <translation>beim Vorbereiten der Assoziation</translation>
    </message>
    <message>
        <source>opening an association</source>
        <translation>beim Öffnen einer Assoziation</translation>
    </message>
    <message>
        <source>%1 accepted the association but none of what Sightline asked for: %2. Check that the node offers these services to Sightline&apos;s AE title.</source>
        <translation>%1 hat die Assoziation angenommen, aber nichts von dem, was Sightline angefragt hat: %2. Prüfen, ob der Knoten diese Dienste dem AE-Titel von Sightline anbietet.</translation>
    </message>
    <message>
        <source>%1 does not accept C-ECHO (Verification).</source>
        <translation>%1 nimmt kein C-ECHO (Verification) an.</translation>
    </message>
    <message>
        <source>waiting for the C-ECHO reply</source>
        <translation>beim Warten auf die C-ECHO-Antwort</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO with status %2.</source>
        <translation>%1 hat C-ECHO mit Status %2 beantwortet.</translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation>die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the node is out of resources (the query may match too much: narrow it)</source>
        <translation>der Knoten hat keine Ressourcen mehr (die Abfrage trifft vielleicht zu viel: eingrenzen)</translation>
    </message>
    <message>
        <source>the node says the query does not fit its information model</source>
        <translation>der Knoten sagt, die Abfrage passt nicht zu seinem Informationsmodell</translation>
    </message>
    <message>
        <source>the node does not support this query model</source>
        <translation>der Knoten unterstützt dieses Abfragemodell nicht</translation>
    </message>
    <message>
        <source>the node is unable to process the query (status %1)</source>
        <translation>der Knoten kann die Abfrage nicht verarbeiten (Status %1)</translation>
    </message>
    <message>
        <source>the node answered with status %1</source>
        <translation>der Knoten hat mit Status %1 geantwortet</translation>
    </message>
    <message>
        <source>%1 does not accept this kind of query (%2).</source>
        <translation>%1 nimmt diese Art Abfrage nicht an (%2).</translation>
    </message>
    <message>
        <source>The query attribute (%1,%2) cannot be sent: %3</source>
        <translation>Das Abfrageattribut (%1,%2) kann nicht gesendet werden: %3</translation>
    </message>
    <message>
        <source>waiting for query results</source>
        <translation>beim Warten auf Abfrageergebnisse</translation>
    </message>
    <message>
        <source>%1 did not complete the query: %2.</source>
        <translation>%1 hat die Abfrage nicht abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>%1 ended the association at the query. Nodes do this most often to callers they do not let query them: check that Sightline&apos;s AE title %2 (this computer) is registered at the node and allowed to query, then the node&apos;s log.</source>
        <translation>%1 hat die Assoziation bei der Abfrage beendet. Knoten tun das meist bei Rufenden, die nicht abfragen dürfen: prüfen, ob der AE-Titel %2 von Sightline (dieser Computer) am Knoten eingetragen ist und abfragen darf, dann das Protokoll des Knotens.</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET: retrieve by C-MOVE instead, or ask for C-GET to be enabled for Sightline&apos;s AE title.</source>
        <translation>%1 bietet kein C-GET an: stattdessen per C-MOVE abrufen oder C-GET für den AE-Titel von Sightline freischalten lassen.</translation>
    </message>
    <message>
        <source>asking for the images</source>
        <translation>beim Anfordern der Bilder</translation>
    </message>
    <message>
        <source>waiting for the images</source>
        <translation>beim Warten auf die Bilder</translation>
    </message>
    <message>
        <source>receiving an image</source>
        <translation>beim Empfangen eines Bildes</translation>
    </message>
    <message>
        <source>confirming an image</source>
        <translation>beim Bestätigen eines Bildes</translation>
    </message>
    <message>
        <source>%1 sent an unexpected DICOM message during C-GET.</source>
        <translation>%1 hat während C-GET eine unerwartete DICOM-Nachricht gesendet.</translation>
    </message>
    <message>
        <source>%1 did not complete the C-GET (status %2).</source>
        <translation>%1 hat das C-GET nicht abgeschlossen (Status %2).</translation>
    </message>
    <message>
        <source>%1 does not offer C-MOVE to Sightline&apos;s AE title: retrieve by C-GET instead, or ask for C-MOVE to be enabled.</source>
        <translation>%1 bietet Sightlines AE-Titel kein C-MOVE an: Rufen Sie stattdessen per C-GET ab, oder lassen Sie C-MOVE freischalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 said nothing for %n second(s) while moving the images.</source>
        <translation>
            <numerusform>%1 hat %n Sekunde lang beim Verschieben der Bilder nichts gesagt.</numerusform>
            <numerusform>%1 hat %n Sekunden lang beim Verschieben der Bilder nichts gesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the images to be moved</source>
        <translation>beim Warten auf das Verschieben der Bilder</translation>
    </message>
    <message>
        <source>%1 sent an unexpected DICOM message during C-MOVE.</source>
        <translation>%1 hat während C-MOVE eine unerwartete DICOM-Nachricht gesendet.</translation>
    </message>
    <message>
        <source>%1 does not know the move destination %2: register %2 at the node with this computer&apos;s address and the port of Sightline&apos;s receiving node, or retrieve by C-GET.</source>
        <translation>%1 kennt das Verschiebeziel %2 nicht: Tragen Sie %2 beim Knoten mit der Adresse dieses Computers und dem Port von Sightlines Empfangsknoten ein, oder rufen Sie per C-GET ab.</translation>
    </message>
    <message>
        <source>%1 did not complete the C-MOVE (status %2).</source>
        <translation>%1 hat das C-MOVE nicht abgeschlossen (Status %2).</translation>
    </message>
    <message>
        <source>preparing DICOM TLS</source>
        <translation>beim Vorbereiten von DICOM TLS</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: if the node expects DICOM TLS on port %2, turn TLS on in its settings; otherwise check that this is its DICOM port.</source>
        <translation>%1 hat die Verbindung vor einer Antwort geschlossen: Erwartet der Knoten auf Port %2 DICOM TLS, schalten Sie TLS in seinen Einstellungen ein; sonst prüfen Sie, ob dies sein DICOM-Port ist.</translation>
    </message>
    <message>
        <source>%1 sent an image larger than %2, more than Sightline takes in one object; the retrieval was stopped.</source>
        <translation>%1 hat ein Bild größer als %2 gesendet, mehr als Sightline in einem Objekt annimmt; der Abruf wurde beendet.</translation>
    </message>
    <message>
        <source>%1 stopped answering while %2 (nothing came for %3 s): the node may be busy or the network interrupted. Try again later.</source>
        <translation>%1 hat aufgehört zu antworten, während %2 (seit %3 s kam nichts): Der Knoten ist vielleicht ausgelastet oder das Netzwerk unterbrochen. Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>DimseQuery</name>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd)</source>
        <translation>„%1“ ist kein Datum (jjjj-mm-tt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a range of dates (yyyy-mm-dd, yyyy-mm-dd..yyyy-mm-dd, with either end left open)</source>
        <translation>„%1“ ist kein Datum und kein Datumsbereich (jjjj-mm-tt, jjjj-mm-tt..jjjj-mm-tt, jedes Ende darf offen bleiben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Study Instance UID</source>
        <translation>„%1“ ist keine Study Instance UID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Series Instance UID</source>
        <translation>„%1“ ist keine Series Instance UID</translation>
    </message>
    <message>
        <source>Series and images are looked up within a study: give its Study Instance UID</source>
        <translation>Serien und Bilder werden innerhalb einer Studie gesucht: ihre Study Instance UID angeben</translation>
    </message>
    <message>
        <source>Images are looked up within a series: give its Series Instance UID</source>
        <translation>Bilder werden innerhalb einer Serie gesucht: ihre Series Instance UID angeben</translation>
    </message>
</context>
<context>
    <name>DimseStore</name>
    <message>
        <source>The disk is full: the image was not written (%1)</source>
        <translation>Der Datenträger ist voll: Das Bild wurde nicht geschrieben (%1)</translation>
    </message>
    <message>
        <source>The image could not be written: %1</source>
        <translation>Das Bild konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The image came in a transfer syntax Sightline cannot file (%1)</source>
        <translation>Das Bild kam in einer Transfersyntax, die Sightline nicht als Datei ablegen kann (%1)</translation>
    </message>
    <message>
        <source>The image came on another presentation context than its C-STORE request</source>
        <translation>Das Bild kam in einem anderen Präsentationskontext als seine C-STORE-Anfrage</translation>
    </message>
</context>
<context>
    <name>DimseStudyRetriever</name>
    <message>
        <source>Not a DICOM Study Instance UID: %1</source>
        <translation>Keine DICOM-Study-Instance-UID: %1</translation>
    </message>
    <message>
        <source>The image cache cannot be opened: %1</source>
        <translation>Der Bild-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The node named a series with an invalid UID</source>
        <translation>Der Knoten hat eine Serie mit ungültiger UID genannt</translation>
    </message>
    <message>
        <source>%1 has no series of this study</source>
        <translation>%1 hat keine Serie dieser Studie</translation>
    </message>
    <message>
        <source>%1 has none of the series asked for in this study</source>
        <translation>%1 hat keine der angefragten Serien dieser Studie</translation>
    </message>
    <message>
        <source>%1 did not list the images of series %2 (%3): what arrived is kept, but whether the series is complete is not known</source>
        <translation>%1 hat die Bilder der Serie %2 nicht aufgelistet (%3): Was eingetroffen ist, bleibt erhalten, aber ob die Serie vollständig ist, ist nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not send %n image(s)</source>
        <translation>
            <numerusform>%1 konnte %n Bild nicht senden</numerusform>
            <numerusform>%1 konnte %n Bilder nicht senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Series %1: %2</source>
        <translation>Serie %1: %2</translation>
    </message>
    <message>
        <source>%1 did not deliver the images to %2: check at the node that %2 is registered as a move destination with this computer&apos;s address and port %3, and that no firewall blocks that port.</source>
        <translation>%1 hat die Bilder nicht an %2 geliefert: Prüfen Sie beim Knoten, dass %2 als Verschiebeziel mit der Adresse dieses Computers und Port %3 eingetragen ist und keine Firewall diesen Port sperrt.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--since takes an ISO date or date-time, e.g. 2026-01-01</source>
        <translation>--since nimmt ein ISO-Datum oder Datum mit Uhrzeit, z. B. 2026-01-01</translation>
    </message>
    <message>
        <source>Job %1: %2 → %3</source>
        <translation>Auftrag %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 resources written to %2</source>
        <translation>%1 Ressourcen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Keine Aufträge.</translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation>Nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>A Bulk Data export as a background job; if interrupted, &apos;sightline jobs resume&apos; continues it.</source>
        <translation>Ein Bulk-Data-Export als Hintergrundauftrag; unterbrochen, setzt &apos;sightline jobs resume&apos; ihn fort.</translation>
    </message>
    <message>
        <source>System level by default; --group ID or --patient for those levels. --deidentify adds de-identified copies of the files.</source>
        <translation>Standardmäßig auf Systemebene; --group ID oder --patient für diese Ebenen. --deidentify fügt de-identifizierte Kopien der Dateien hinzu.</translation>
    </message>
    <message>
        <source>the FHIR server to export from</source>
        <translation>der FHIR-Server, aus dem exportiert wird</translation>
    </message>
    <message>
        <source>export one Group&apos;s patients</source>
        <translation>die Patienten einer Group exportieren</translation>
    </message>
    <message>
        <source>export at the Patient level</source>
        <translation>auf Patientenebene exportieren</translation>
    </message>
    <message>
        <source>only these resource types</source>
        <translation>nur diese Ressourcentypen</translation>
    </message>
    <message>
        <source>only resources changed since (ISO 8601)</source>
        <translation>nur seitdem geänderte Ressourcen (ISO 8601)</translation>
    </message>
    <message>
        <source>a _typeFilter search, e.g. Observation?code=…</source>
        <translation>eine _typeFilter-Suche, z. B. Observation?code=…</translation>
    </message>
    <message>
        <source>only these elements</source>
        <translation>nur diese Elemente</translation>
    </message>
    <message>
        <source>kick off with POST and a Parameters body</source>
        <translation>mit POST und einem Parameters-Body starten</translation>
    </message>
    <message>
        <source>ask the server to ignore what it does not support</source>
        <translation>den Server bitten, Nicht-Unterstütztes zu übergehen</translation>
    </message>
    <message>
        <source>also write de-identified copies</source>
        <translation>auch de-identifizierte Kopien schreiben</translation>
    </message>
    <message>
        <source>the pseudonymisation key (for --deidentify)</source>
        <translation>der Pseudonymisierungsschlüssel (für --deidentify)</translation>
    </message>
    <message>
        <source>the folder the files go to</source>
        <translation>der Ordner für die Dateien</translation>
    </message>
    <message>
        <source>The background jobs, newest first.</source>
        <translation>Die Hintergrundaufträge, neueste zuerst.</translation>
    </message>
    <message>
        <source>print them as JSON</source>
        <translation>als JSON ausgeben</translation>
    </message>
    <message>
        <source>Continue a paused job, or every interrupted one, and wait for them.</source>
        <translation>Einen pausierten Auftrag oder jeden unterbrochenen fortsetzen und auf sie warten.</translation>
    </message>
    <message>
        <source>the job (default: every interrupted one)</source>
        <translation>der Auftrag (Standard: jeder unterbrochene)</translation>
    </message>
    <message>
        <source>Cancel a job (a server&apos;s export is deleted there too).</source>
        <translation>Einen Auftrag abbrechen (der Export eines Servers wird dort ebenfalls gelöscht).</translation>
    </message>
    <message>
        <source>the job</source>
        <translation>der Auftrag</translation>
    </message>
    <message>
        <source>--group and --patient are different levels: give one</source>
        <translation>--group und --patient sind verschiedene Ebenen: eine angeben</translation>
    </message>
    <message>
        <source>A job id is a number, as &apos;sightline jobs list&apos; shows</source>
        <translation>Eine Auftragsnummer ist eine Zahl, wie &apos;sightline jobs list&apos; sie zeigt</translation>
    </message>
</context>
<context>
    <name>FhirDeidentifier</name>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FhircastEvent</name>
    <message>
        <source>A FHIRcast message without event, hub.event or hub.topic</source>
        <translation>Eine FHIRcast-Nachricht ohne event, hub.event oder hub.topic</translation>
    </message>
    <message>
        <source>A FHIRcast event without an id</source>
        <translation>Ein FHIRcast-Ereignis ohne id</translation>
    </message>
</context>
<context>
    <name>HttpPolicy</name>
    <message>
        <source>Too many redirects from %1</source>
        <translation>Zu viele Weiterleitungen von %1</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http</source>
        <translation>Eine Weiterleitung von https auf unverschlüsseltes http wurde abgelehnt</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>Weiterleitung nach %1</translation>
    </message>
    <message>
        <source>Refused a redirect to a non-web address</source>
        <translation>Eine Weiterleitung an eine Adresse, die keine Web-Adresse ist, wurde abgelehnt</translation>
    </message>
</context>
<context>
    <name>ImagingCommand</name>
    <message>
        <source>print the answer as JSON</source>
        <translation>die Antwort als JSON ausgeben</translation>
    </message>
    <message>
        <source>A patient&apos;s imaging studies, and how much of each is cached.</source>
        <translation>Die Bildgebungsstudien eines Patienten und wie viel davon im Cache liegt.</translation>
    </message>
    <message>
        <source>the study&apos;s Study Instance UID</source>
        <translation>die Study Instance UID der Studie</translation>
    </message>
    <message>
        <source>only this series</source>
        <translation>nur diese Serie</translation>
    </message>
    <message>
        <source>What the image cache holds, and its budget.</source>
        <translation>Was der Bild-Cache enthält, und sein Budget.</translation>
    </message>
    <message>
        <source>Check every cached image against its checksum.</source>
        <translation>Jedes Bild im Cache gegen seine Prüfsumme prüfen.</translation>
    </message>
    <message>
        <source>remove missing, changed and stray files from the cache</source>
        <translation>fehlende, veränderte und verwaiste Dateien aus dem Cache entfernen</translation>
    </message>
    <message>
        <source>Remove a study, or everything, from the image cache.</source>
        <translation>Eine Studie oder alles aus dem Bild-Cache entfernen.</translation>
    </message>
    <message>
        <source>the study to remove</source>
        <translation>die zu entfernende Studie</translation>
    </message>
    <message>
        <source>remove every study</source>
        <translation>jede Studie entfernen</translation>
    </message>
    <message>
        <source>cache purge takes a Study Instance UID or --all</source>
        <translation>cache purge nimmt eine Study Instance UID oder --all</translation>
    </message>
    <message>
        <source>a FHIR server, a PACS without FHIR (DICOMweb), or a DICOM node</source>
        <translation>ein FHIR-Server, ein PACS ohne FHIR (DICOMweb) oder ein DICOM-Knoten</translation>
    </message>
    <message>
        <source>the patient: a FHIR Patient id (Patient/ID), or the DICOM PatientID on a PACS without FHIR or a DICOM node</source>
        <translation>der Patient: eine FHIR-Patient-ID (Patient/ID) oder die DICOM-PatientID bei einem PACS ohne FHIR oder einem DICOM-Knoten</translation>
    </message>
    <message>
        <source>Retrieve a study (or some of its series) into the image cache: by DICOMweb, or from a DICOM node by C-GET.</source>
        <translation>Eine Studie (oder einige ihrer Serien) in den Bild-Cache abrufen: per DICOMweb oder von einem DICOM-Knoten per C-GET.</translation>
    </message>
    <message>
        <source>from a DICOM node: by C-GET (whatever its settings say)</source>
        <translation>von einem DICOM-Knoten: per C-GET (gleich, was seine Einstellungen sagen)</translation>
    </message>
    <message>
        <source>from a DICOM node: by C-MOVE to Sightline&apos;s receiving node, started for it</source>
        <translation>von einem DICOM-Knoten: per C-MOVE an Sightlines Empfangsknoten, der dafür gestartet wird</translation>
    </message>
    <message>
        <source>--get and --move exclude each other</source>
        <translation>--get und --move schließen einander aus</translation>
    </message>
    <message>
        <source>with --move: the receiving node accepts the node&apos;s connection from another computer</source>
        <translation>mit --move: Der Empfangsknoten nimmt die Verbindung des Knotens von einem anderen Computer an</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list cannot be opened.</source>
        <translation>Die Auftragsliste kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The job list cannot be prepared.</source>
        <translation>Die Auftragsliste kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The job cannot be stored.</source>
        <translation>Der Auftrag kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The job cannot be updated.</source>
        <translation>Der Auftrag kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The job cannot be removed.</source>
        <translation>Der Auftrag kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>The launch names no valid FHIR server (iss)</source>
        <translation>Der Launch nennt keinen gültigen FHIR-Server (iss)</translation>
    </message>
    <message>
        <source>The launch carries no launch value</source>
        <translation>Der Launch enthält keinen launch-Wert</translation>
    </message>
    <message>
        <source>Not a Sightline launch link (sightline://launch?iss=…&amp;launch=…)</source>
        <translation>Kein Sightline-Launch-Link (sightline://launch?iss=…&amp;launch=…)</translation>
    </message>
</context>
<context>
    <name>LowSpeedLimit</name>
    <message>
        <source>under %1 bytes/s for %2 s</source>
        <translation>unter %1 Bytes/s über %2 s</translation>
    </message>
</context>
<context>
    <name>NdjsonResources</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 line %2 is not a FHIR resource; it is left out.</source>
        <translation>%1 Zeile %2 ist keine FHIR-Ressource; sie wird ausgelassen.</translation>
    </message>
    <message>
        <source>There are no NDJSON files in %1.</source>
        <translation>In %1 gibt es keine NDJSON-Dateien.</translation>
    </message>
    <message>
        <source>The NDJSON files hold no resources.</source>
        <translation>Die NDJSON-Dateien enthalten keine Ressourcen.</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>The network settings could not be saved to %1</source>
        <translation>Die Netzwerkeinstellungen konnten nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s host name, without http:// or a path.</source>
        <translation>Geben Sie den Hostnamen des Proxys an, ohne http:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s port (1 to 65535).</source>
        <translation>Geben Sie den Port des Proxys an (1 bis 65535).</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist.</source>
        <translation>Das CA-Bündel %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Das CA-Bündel %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>OpenLink</name>
    <message>
        <source>Not a Sightline open link (sightline://open?server=…&amp;study=…)</source>
        <translation>Kein Sightline-Öffnen-Link (sightline://open?server=…&amp;study=…)</translation>
    </message>
    <message>
        <source>The link names no server</source>
        <translation>Der Link nennt keinen Server</translation>
    </message>
    <message>
        <source>The link names no valid study UID</source>
        <translation>Der Link nennt keine gültige Studien-UID</translation>
    </message>
    <message>
        <source>The link names no valid viewer</source>
        <translation>Der Link nennt keinen gültigen Viewer</translation>
    </message>
</context>
<context>
    <name>OperationOutcome</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Der Server antwortete %1 %2</translation>
    </message>
</context>
<context>
    <name>PatientSummary</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>other</source>
        <translation>divers</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The key file %1 cannot be read or holds fewer than 16 bytes.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden oder enthält weniger als 16 Bytes.</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>Job %1: %2 (report in %3)</source>
        <translation>Auftrag %1: %2 (Bericht in %3)</translation>
    </message>
    <message>
        <source>Push resources without duplicates (conditional creates) as a background job.</source>
        <translation>Ressourcen ohne Duplikate übertragen (bedingtes Anlegen), als Hintergrundauftrag.</translation>
    </message>
    <message>
        <source>From NDJSON files (--ndjson), or from SOURCE&apos;s search (--type, with --patient). --dry-run predicts 201/200/412 without writing; each entry&apos;s outcome goes to the report folder.</source>
        <translation>Aus NDJSON-Dateien (--ndjson) oder aus einer Suche auf SOURCE (--type, mit --patient). --dry-run sagt 201/200/412 voraus, ohne zu schreiben; das Ergebnis jedes Eintrags kommt in den Berichtsordner.</translation>
    </message>
    <message>
        <source>the server to read from (with --type)</source>
        <translation>der Server, von dem gelesen wird (mit --type)</translation>
    </message>
    <message>
        <source>the server to write to</source>
        <translation>der Server, auf den geschrieben wird</translation>
    </message>
    <message>
        <source>the identifier system that makes a resource the same one</source>
        <translation>das Identifier-System, das eine Ressource als dieselbe erkennt</translation>
    </message>
    <message>
        <source>resources to push</source>
        <translation>zu übertragende Ressourcen</translation>
    </message>
    <message>
        <source>push SOURCE&apos;s resources of this type</source>
        <translation>die Ressourcen dieses Typs von SOURCE übertragen</translation>
    </message>
    <message>
        <source>only this patient&apos;s (with --type)</source>
        <translation>nur die dieses Patienten (mit --type)</translation>
    </message>
    <message>
        <source>predict, write nothing</source>
        <translation>vorhersagen, nichts schreiben</translation>
    </message>
    <message>
        <source>entries per transaction</source>
        <translation>Einträge pro Transaktion</translation>
    </message>
    <message>
        <source>do not add a Provenance</source>
        <translation>keine Provenance hinzufügen</translation>
    </message>
    <message>
        <source>where the report goes</source>
        <translation>wohin der Bericht kommt</translation>
    </message>
    <message>
        <source>print the outcomes as JSON</source>
        <translation>die Ergebnisse als JSON ausgeben</translation>
    </message>
    <message>
        <source>With --ndjson, export push takes TARGET only</source>
        <translation>Mit --ndjson nimmt export push nur TARGET</translation>
    </message>
    <message>
        <source>export push needs SOURCE and TARGET with --type, or --ndjson FILE and TARGET</source>
        <translation>export push braucht SOURCE und TARGET mit --type, oder --ndjson DATEI und TARGET</translation>
    </message>
</context>
<context>
    <name>PushRequest</name>
    <message>
        <source>Choose the server to push to.</source>
        <translation>Wählen Sie den Server, an den übertragen wird.</translation>
    </message>
    <message>
        <source>Name the identifier system that recognises resources already on the target.</source>
        <translation>Nennen Sie das Identifier-System, an dem schon vorhandene Ressourcen erkannt werden.</translation>
    </message>
    <message>
        <source>A transaction needs at least one resource.</source>
        <translation>Eine Transaktion braucht mindestens eine Ressource.</translation>
    </message>
    <message>
        <source>Choose NDJSON files or a server to push from.</source>
        <translation>Wählen Sie NDJSON-Dateien oder einen Quellserver.</translation>
    </message>
    <message>
        <source>Name the resource type to search for on the source server.</source>
        <translation>Nennen Sie den Ressourcentyp, der auf dem Quellserver gesucht wird.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of patient %2 from %3</source>
        <translation>%1 des Patienten %2 von %3</translation>
    </message>
    <message>
        <source>Dry run: push %1 to %2</source>
        <translation>Probelauf: %1 an %2 übertragen</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>%1 an %2 übertragen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&quot;%1&quot; is neither a configured server nor a URL or connection string</source>
        <translation>„%1“ ist weder ein eingerichteter Server noch eine URL oder ein Verbindungsstring</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Suchparameter</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>_include</source>
        <translation>_include</translation>
    </message>
    <message>
        <source>_revinclude</source>
        <translation>_revinclude</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Bedingt</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a FHIR resource</source>
        <translation>Die Antwort des Servers ist keine FHIR-Ressource</translation>
    </message>
    <message>
        <source>JSON without resourceType; Content-Type %1</source>
        <translation>JSON ohne resourceType; Content-Type %1</translation>
    </message>
    <message>
        <source>The server profile has no valid FHIR base URL</source>
        <translation>Das Serverprofil hat keine gültige FHIR-Basis-URL</translation>
    </message>
    <message>
        <source>Could not read a PEM certificate from %1</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>No secret is stored for this server</source>
        <translation>Für diesen Server ist kein Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>The OS keychain reported an error</source>
        <translation>Der Schlüsselbund des Betriebssystems meldete einen Fehler</translation>
    </message>
    <message>
        <source>record %1 does not follow the record before it (edited or reordered)</source>
        <translation>Eintrag %1 folgt nicht auf den Eintrag davor (bearbeitet oder umsortiert)</translation>
    </message>
    <message>
        <source>records are missing before %1</source>
        <translation>vor %1 fehlen Einträge</translation>
    </message>
    <message>
        <source>record %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>the sealed file&apos;s last record is missing</source>
        <translation>der letzte Eintrag der versiegelten Datei fehlt</translation>
    </message>
    <message>
        <source>The audit archive %1 exists already</source>
        <translation>Das Audit-Archiv %1 existiert bereits</translation>
    </message>
    <message>
        <source>Could not move the audit journal to %1</source>
        <translation>Das Audit-Journal konnte nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>The audit journal could not be opened</source>
        <translation>Das Audit-Journal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The audit journal could not be prepared</source>
        <translation>Das Audit-Journal konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The audit journal could not be initialised</source>
        <translation>Das Audit-Journal konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>The audit journal could not record an event</source>
        <translation>Das Audit-Journal konnte kein Ereignis aufzeichnen</translation>
    </message>
    <message>
        <source>The audit journal could not start a transaction</source>
        <translation>Das Audit-Journal konnte keine Transaktion beginnen</translation>
    </message>
    <message>
        <source>The audit journal could not commit an event</source>
        <translation>Das Audit-Journal konnte ein Ereignis nicht festschreiben</translation>
    </message>
    <message>
        <source>The audit journal could not commit events</source>
        <translation>Das Audit-Journal konnte Ereignisse nicht festschreiben</translation>
    </message>
    <message>
        <source>The audit journal could not be sealed</source>
        <translation>Das Audit-Journal konnte nicht versiegelt werden</translation>
    </message>
    <message>
        <source>No audit journal at %1</source>
        <translation>Kein Audit-Journal unter %1</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events verified in %2</source>
        <translation>Audit-Kette intakt: %1 Ereignisse in %2 geprüft</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2 (%3 records checked)</source>
        <translation>Audit-Kette GEBROCHEN bei Eintrag %1: %2 (%3 Einträge geprüft)</translation>
    </message>
    <message>
        <source>%1 audit events written to %2</source>
        <translation>%1 Audit-Ereignisse nach %2 geschrieben</translation>
    </message>
    <message>
        <source>The audit journal could not record a forwarding</source>
        <translation>Das Audit-Journal konnte eine Weiterleitung nicht vermerken</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Complete the login in your browser…</source>
        <translation>Schließen Sie die Anmeldung im Browser ab…</translation>
    </message>
    <message>
        <source>Open this address in a browser to log in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Not logged in; run: sightline login %1</source>
        <translation>Nicht angemeldet; ausführen: sightline login %1</translation>
    </message>
    <message>
        <source>The server did not answer with a multipart body</source>
        <translation>Der Server antwortete nicht mit einem Multipart-Body</translation>
    </message>
    <message>
        <source>The multipart body names no usable boundary</source>
        <translation>Der Multipart-Body nennt keine verwendbare Boundary</translation>
    </message>
    <message numerus="yes">
        <source>after %n complete part(s)</source>
        <translation>
            <numerusform>nach %n vollständigen Teil</numerusform>
            <numerusform>nach %n vollständigen Teilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The multipart body has text after a boundary</source>
        <translation>Der Multipart-Body enthält Text nach einer Boundary</translation>
    </message>
    <message>
        <source>A multipart part&apos;s headers are too long</source>
        <translation>Die Header eines Multipart-Teils sind zu lang</translation>
    </message>
    <message>
        <source>A multipart part has a malformed header line</source>
        <translation>Ein Multipart-Teil hat eine fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>The multipart body holds no part (boundary not found)</source>
        <translation>Der Multipart-Body enthält keinen Teil (Boundary nicht gefunden)</translation>
    </message>
    <message>
        <source>The multipart body ended before its closing boundary (the transfer was cut short)</source>
        <translation>Der Multipart-Body endete vor seiner schließenden Boundary (die Übertragung wurde abgebrochen)</translation>
    </message>
    <message>
        <source>The DICOM object cannot be read (corrupt or truncated)</source>
        <translation>Das DICOM-Objekt ist nicht lesbar (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>The DICOM object has no SOP Instance UID</source>
        <translation>Das DICOM-Objekt hat keine SOP Instance UID</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n Byte)</numerusform>
            <numerusform>(%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a DICOM file (no DICM marker)</source>
        <translation>Keine DICOM-Datei (keine DICM-Kennung)</translation>
    </message>
    <message>
        <source>JPEG 2000 images cannot be decoded locally</source>
        <translation>JPEG-2000-Bilder können lokal nicht dekodiert werden</translation>
    </message>
    <message>
        <source>The object holds no image</source>
        <translation>Das Objekt enthält kein Bild</translation>
    </message>
    <message>
        <source>The image cannot be decoded</source>
        <translation>Das Bild kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>The image has no pixels</source>
        <translation>Das Bild hat keine Pixel</translation>
    </message>
    <message>
        <source>The DICOM file cannot be read (corrupt or truncated)</source>
        <translation>Die DICOM-Datei ist nicht lesbar (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>The image cache cannot be opened</source>
        <translation>Der Bild-Cache kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Refused to cache an instance with an invalid UID</source>
        <translation>Eine Instanz mit ungültiger UID wird nicht zwischengespeichert</translation>
    </message>
    <message>
        <source>The image cache index could not record an instance</source>
        <translation>Der Index des Bild-Caches konnte eine Instanz nicht vermerken</translation>
    </message>
    <message>
        <source>The instance is not cached</source>
        <translation>Die Instanz ist nicht zwischengespeichert</translation>
    </message>
    <message>
        <source>A cached file is missing</source>
        <translation>Eine zwischengespeicherte Datei fehlt</translation>
    </message>
    <message>
        <source>The image cache index could not drop an entry</source>
        <translation>Der Index des Bild-Caches konnte einen Eintrag nicht entfernen</translation>
    </message>
    <message>
        <source>The image cache index cannot be read</source>
        <translation>Der Index des Bild-Caches ist nicht lesbar</translation>
    </message>
    <message>
        <source>Not a DICOM UID: %1</source>
        <translation>Keine DICOM-UID: %1</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not an Endpoint</source>
        <translation>%1 ist kein Endpoint</translation>
    </message>
    <message>
        <source>The endpoint %1 is not active (%2)</source>
        <translation>Der Endpoint %1 ist nicht aktiv (%2)</translation>
    </message>
    <message>
        <source>The endpoint %1 has no http(s) address</source>
        <translation>Der Endpoint %1 hat keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>The endpoint %1 is not DICOMweb (%2)</source>
        <translation>Der Endpoint %1 ist kein DICOMweb (%2)</translation>
    </message>
    <message>
        <source>The ImagingStudy has no DICOM Study Instance UID</source>
        <translation>Die ImagingStudy hat keine DICOM Study Instance UID</translation>
    </message>
    <message>
        <source>The ImagingStudy names no DICOMweb endpoint</source>
        <translation>Die ImagingStudy nennt keinen DICOMweb-Endpoint</translation>
    </message>
    <message>
        <source>%1 wants credentials for DICOMweb (log in, or check the server profile)</source>
        <translation>%1 verlangt Anmeldedaten für DICOMweb (melden Sie sich an oder prüfen Sie das Serverprofil)</translation>
    </message>
    <message>
        <source>%1 refused access to these images</source>
        <translation>%1 verweigert den Zugriff auf diese Bilder</translation>
    </message>
    <message>
        <source>%1 does not have these images</source>
        <translation>%1 hat diese Bilder nicht</translation>
    </message>
    <message>
        <source>%1 cannot send the images in the form asked for</source>
        <translation>%1 kann die Bilder nicht in der verlangten Form senden</translation>
    </message>
    <message>
        <source>%1 is busy and asked to try later</source>
        <translation>%1 ist ausgelastet und bittet um einen späteren Versuch</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
    <message>
        <source>The DICOMweb answer is not a DICOM JSON array</source>
        <translation>Die DICOMweb-Antwort ist kein DICOM-JSON-Array</translation>
    </message>
    <message>
        <source>The server sent no images</source>
        <translation>Der Server hat keine Bilder gesendet</translation>
    </message>
    <message>
        <source>The rendered image is unreadable</source>
        <translation>Das gerenderte Bild ist nicht lesbar</translation>
    </message>
    <message>
        <source>DICOM Patient ID %1 is not an identifier of %2</source>
        <translation>Die DICOM-Patienten-ID %1 ist kein Identifier von %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>DICOM name %1 differs from %2, %3</source>
        <translation>Der DICOM-Name %1 weicht von %2, %3 ab</translation>
    </message>
    <message>
        <source>DICOM birth date %1 differs from %2</source>
        <translation>Das DICOM-Geburtsdatum %1 weicht von %2 ab</translation>
    </message>
    <message>
        <source>%1 series, %2 cached of %3</source>
        <translation>%1 Serien, %2 von %3 im Cache</translation>
    </message>
    <message>
        <source>Retrieving: %1 of %2 images, %3</source>
        <translation>Abruf: %1 von %2 Bildern, %3</translation>
    </message>
    <message>
        <source>WARNING: PATIENT MISMATCH: %1</source>
        <translation>WARNUNG: PATIENTEN-ABWEICHUNG: %1</translation>
    </message>
    <message>
        <source>%1 stored, %2 were cached, %3 missing, in %4 s</source>
        <translation>%1 gespeichert, %2 waren im Cache, %3 fehlen, in %4 s</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%1 (%2) für %3</translation>
    </message>
    <message>
        <source>The image cache cannot be opened: %1</source>
        <translation>Der Bild-Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Image cache %1
%2 patients, %3 studies, %4 series, %5 images
%6 of %7 used</source>
        <translation>Bild-Cache %1
%2 Patienten, %3 Studien, %4 Serien, %5 Bilder
%6 von %7 belegt</translation>
    </message>
    <message>
        <source>%1 images checked: %2 missing, %3 changed, %4 stray files%5</source>
        <translation>%1 Bilder geprüft: %2 fehlen, %3 verändert, %4 verirrte Dateien%5</translation>
    </message>
    <message>
        <source> — repaired</source>
        <translation> — repariert</translation>
    </message>
    <message>
        <source>The image cache is empty</source>
        <translation>Der Bild-Cache ist leer</translation>
    </message>
    <message>
        <source>Study %1 removed from the cache</source>
        <translation>Studie %1 aus dem Cache entfernt</translation>
    </message>
    <message>
        <source>The image cache index could not be updated</source>
        <translation>Der Index des Bild-Caches konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>A cached DICOM file cannot be read</source>
        <translation>Eine zwischengespeicherte DICOM-Datei ist nicht lesbar</translation>
    </message>
    <message>
        <source>A cached DICOM file cannot be written as DICOM JSON</source>
        <translation>Eine zwischengespeicherte DICOM-Datei kann nicht als DICOM JSON geschrieben werden</translation>
    </message>
    <message>
        <source>The instance holds no pixel data</source>
        <translation>Die Instanz enthält keine Pixeldaten</translation>
    </message>
    <message>
        <source>The instance has no frame %1</source>
        <translation>Die Instanz hat kein Frame %1</translation>
    </message>
    <message>
        <source>Big-endian pixel data is not served from the cache</source>
        <translation>Big-Endian-Pixeldaten werden nicht aus dem Cache geliefert</translation>
    </message>
    <message>
        <source>The pixel data is shorter than its frames</source>
        <translation>Die Pixeldaten sind kürzer als ihre Frames</translation>
    </message>
    <message>
        <source>The encapsulated pixel data cannot be read</source>
        <translation>Die gekapselten Pixeldaten sind nicht lesbar</translation>
    </message>
    <message>
        <source>The fragments of frame %1 cannot be found</source>
        <translation>Die Fragmente von Frame %1 sind nicht auffindbar</translation>
    </message>
    <message>
        <source>Frame %1 has no data</source>
        <translation>Frame %1 enthält keine Daten</translation>
    </message>
    <message>
        <source>The IID viewer needs an absolute base URL</source>
        <translation>Der IID-Viewer braucht eine absolute Basis-URL</translation>
    </message>
    <message>
        <source>An IID study request names study UIDs or an accession number (one of the two)</source>
        <translation>Eine IID-Studienanfrage nennt Studien-UIDs oder eine Accession-Nummer (eines von beiden)</translation>
    </message>
    <message>
        <source>An IID patient request needs a patient id</source>
        <translation>Eine IID-Patientenanfrage braucht eine Patienten-ID</translation>
    </message>
    <message>
        <source>mostRecentResults must be a positive number</source>
        <translation>mostRecentResults muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>Not a DICOM modality: %1</source>
        <translation>Keine DICOM-Modalität: %1</translation>
    </message>
    <message>
        <source>The viewer profile does not make a valid URL</source>
        <translation>Das Viewer-Profil ergibt keine gültige URL</translation>
    </message>
    <message>
        <source>This study&apos;s DICOM patient differs from the FHIR Patient; confirm before opening it</source>
        <translation>Der DICOM-Patient dieser Studie weicht vom FHIR-Patienten ab; bestätigen Sie vor dem Öffnen</translation>
    </message>
    <message>
        <source>This build of Sightline has no bundled OHIF viewer</source>
        <translation>Dieser Build von Sightline enthält keinen OHIF-Viewer</translation>
    </message>
    <message>
        <source>The viewer program %1 is not installed (or not executable)</source>
        <translation>Das Viewer-Programm %1 ist nicht installiert (oder nicht ausführbar)</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>No application is registered for %1 links</source>
        <translation>Für %1-Links ist keine Anwendung registriert</translation>
    </message>
    <message>
        <source>A viewer profile needs an id and a name</source>
        <translation>Ein Viewer-Profil braucht eine ID und einen Namen</translation>
    </message>
    <message>
        <source>Unknown placeholder(s): %1</source>
        <translation>Unbekannte Platzhalter: %1</translation>
    </message>
    <message>
        <source>{accessToken} is used but not allowed for this profile</source>
        <translation>{accessToken} wird verwendet, ist für dieses Profil aber nicht erlaubt</translation>
    </message>
    <message>
        <source>The URL is empty</source>
        <translation>Die URL ist leer</translation>
    </message>
    <message>
        <source>A scheme (such as weasis://) and a command are needed</source>
        <translation>Ein Schema (etwa weasis://) und ein Befehl werden gebraucht</translation>
    </message>
    <message>
        <source>The program is empty</source>
        <translation>Das Programm ist leer</translation>
    </message>
    <message>
        <source>Only web viewers can open in Sightline&apos;s viewer tab</source>
        <translation>Nur Web-Viewer können im Viewer-Tab von Sightline öffnen</translation>
    </message>
    <message>
        <source>Unknown placeholder(s) in the viewer profile: %1</source>
        <translation>Unbekannte Platzhalter im Viewer-Profil: %1</translation>
    </message>
    <message>
        <source>This viewer profile may not put the access token into the launch (allow it in the viewer settings)</source>
        <translation>Dieses Viewer-Profil darf das Zugriffstoken nicht in den Aufruf setzen (in den Viewer-Einstellungen erlauben)</translation>
    </message>
    <message>
        <source>The launch has no value for {%1}</source>
        <translation>Der Aufruf hat keinen Wert für {%1}</translation>
    </message>
    <message>
        <source>{%1} holds control characters; the viewer is not started</source>
        <translation>{%1} enthält Steuerzeichen; der Viewer wird nicht gestartet</translation>
    </message>
    <message>
        <source>{%1} starts with &quot;-&quot; and would be read as an option; the viewer is not started</source>
        <translation>{%1} beginnt mit „-“ und würde als Option gelesen; der Viewer wird nicht gestartet</translation>
    </message>
    <message>
        <source>{%1} holds a quotation mark; the viewer is not started</source>
        <translation>{%1} enthält ein Anführungszeichen; der Viewer wird nicht gestartet</translation>
    </message>
    <message>
        <source>No browser could be started; open %1</source>
        <translation>Es konnte kein Browser gestartet werden; öffnen Sie %1</translation>
    </message>
    <message>
        <source>Opened in %1. Serving the study through %2 — press Ctrl+C when done.</source>
        <translation>In %1 geöffnet. Die Studie wird über %2 bereitgestellt — Strg+C, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Not opened; add --confirm-mismatch to open it anyway (recorded in the audit trail).</source>
        <translation>Nicht geöffnet; mit --confirm-mismatch trotzdem öffnen (wird im Audit-Trail vermerkt).</translation>
    </message>
    <message>
        <source>Gateway stopped.</source>
        <translation>Gateway beendet.</translation>
    </message>
    <message>
        <source>This viewer downloads the whole study: retrieve it into the cache first</source>
        <translation>Dieser Viewer lädt die ganze Studie herunter: rufen Sie sie zuerst in den Cache ab</translation>
    </message>
    <message>
        <source>The cache settings could not be saved to %1</source>
        <translation>Die Cache-Einstellungen konnten nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Give the cache folder as a full path.</source>
        <translation>Geben Sie den Cache-Ordner als vollständigen Pfad an.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Sightline cannot write in %1.</source>
        <translation>Sightline kann nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>The PACS gave no Study Instance UID for this study</source>
        <translation>Das PACS nannte für diese Studie keine Study Instance UID</translation>
    </message>
    <message numerus="yes">
        <source>Retrieving: %n image(s), %1</source>
        <translation>
            <numerusform>Abruf: %n Bild, %1</numerusform>
            <numerusform>Abruf: %n Bilder, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sightline is running already; handed over to it.</source>
        <translation>Sightline läuft bereits; an die laufende Instanz übergeben.</translation>
    </message>
    <message>
        <source>The multipart body could not be read</source>
        <translation>Der Multipart-Body konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>Nicht darstellbar: %1</translation>
    </message>
    <message>
        <source>%1 is not set up for a SMART login (its authentication is %2)</source>
        <translation>%1 ist nicht für eine SMART-Anmeldung eingerichtet (Authentifizierung: %2)</translation>
    </message>
    <message>
        <source>Not a DICOM object (neither a Part 10 file nor a dataset)</source>
        <translation>Kein DICOM-Objekt (weder eine Part-10-Datei noch ein Datensatz)</translation>
    </message>
    <message>
        <source>A DICOM dataset cannot be given its file meta header</source>
        <translation>Ein DICOM-Datensatz kann keinen Datei-Metaheader erhalten</translation>
    </message>
    <message>
        <source>The instance has no bulk data at %1</source>
        <translation>Die Instanz hat keine Bulk-Daten unter %1</translation>
    </message>
    <message>
        <source>Encapsulated pixel data is served as frames</source>
        <translation>Gekapselte Pixeldaten werden als Frames geliefert</translation>
    </message>
    <message>
        <source>The bulk data at %1 cannot be read</source>
        <translation>Die Bulk-Daten unter %1 sind nicht lesbar</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The ImagingStudy&apos;s Study Instance UID &quot;%1&quot; is not a DICOM UID (digits separated by dots)</source>
        <translation>Die Study Instance UID „%1“ der ImagingStudy ist keine DICOM-UID (durch Punkte getrennte Ziffern)</translation>
    </message>
</context>
<context>
    <name>QidoOverCFind</name>
    <message>
        <source>A DICOM node is searched for series and instances within one study: name one StudyInstanceUID</source>
        <translation>Ein DICOM-Knoten wird innerhalb einer Studie nach Serien und Instanzen durchsucht: nennen Sie eine StudyInstanceUID</translation>
    </message>
    <message>
        <source>A DICOM node is searched for instances within one series: name its SeriesInstanceUID</source>
        <translation>Ein DICOM-Knoten wird innerhalb einer Serie nach Instanzen durchsucht: nennen Sie ihre SeriesInstanceUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for %2</source>
        <translation>„%1“ ist keine Zahl für %2</translation>
    </message>
    <message>
        <source>A DICOM node cannot be searched by the attributes of a sequence (%1)</source>
        <translation>Ein DICOM-Knoten kann nicht nach den Attributen einer Sequenz durchsucht werden (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DICOM attribute</source>
        <translation>„%1“ ist kein DICOM-Attribut</translation>
    </message>
    <message>
        <source>%1 is not something a DICOM node can be searched by</source>
        <translation>Nach %1 kann ein DICOM-Knoten nicht durchsucht werden</translation>
    </message>
    <message>
        <source>The value searched for %1 is too long</source>
        <translation>Der gesuchte Wert für %1 ist zu lang</translation>
    </message>
    <message>
        <source>The value searched for %1 has characters a DICOM query cannot carry</source>
        <translation>Der gesuchte Wert für %1 enthält Zeichen, die eine DICOM-Abfrage nicht transportieren kann</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>%1 is not among the server&apos;s resources</source>
        <translation>%1 gehört nicht zu den Ressourcen des Servers</translation>
    </message>
    <message>
        <source>%1 does not declare search-type</source>
        <translation>%1 deklariert kein search-type</translation>
    </message>
    <message>
        <source>%1 search-type with parameter &apos;%2&apos;</source>
        <translation>%1 search-type mit Parameter „%2“</translation>
    </message>
    <message>
        <source>%1 is searchable but declares none of: %2</source>
        <translation>%1 ist durchsuchbar, deklariert aber keinen von: %2</translation>
    </message>
    <message>
        <source>%1 does not declare &apos;%2&apos;</source>
        <translation>%1 deklariert „%2“ nicht</translation>
    </message>
    <message>
        <source>%1 declares &apos;%2&apos;</source>
        <translation>%1 deklariert „%2“</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>FHIR R4 (4.0.x)</source>
        <translation>FHIR R4 (4.0.x)</translation>
    </message>
    <message>
        <source>JSON format</source>
        <translation>JSON-Format</translation>
    </message>
    <message>
        <source>Read Patient</source>
        <translation>Patient lesen</translation>
    </message>
    <message>
        <source>Search ImagingStudy by patient</source>
        <translation>ImagingStudy nach Patient suchen</translation>
    </message>
    <message>
        <source>_include ImagingStudy:endpoint</source>
        <translation>_include ImagingStudy:endpoint</translation>
    </message>
    <message>
        <source>Search Consent by patient</source>
        <translation>Consent nach Patient suchen</translation>
    </message>
    <message>
        <source>Bulk Data $export</source>
        <translation>Bulk Data $export</translation>
    </message>
    <message>
        <source>Transaction bundles</source>
        <translation>Transaktions-Bundles</translation>
    </message>
    <message>
        <source>Conditional create (If-None-Exist)</source>
        <translation>Bedingtes Anlegen (If-None-Exist)</translation>
    </message>
    <message>
        <source>Create AuditEvent</source>
        <translation>AuditEvent anlegen</translation>
    </message>
    <message>
        <source>SMART discovery</source>
        <translation>SMART-Discovery</translation>
    </message>
    <message>
        <source>PKCE S256</source>
        <translation>PKCE S256</translation>
    </message>
    <message>
        <source>SMART standalone launch</source>
        <translation>SMART Standalone Launch</translation>
    </message>
    <message>
        <source>SMART backend services</source>
        <translation>SMART Backend Services</translation>
    </message>
    <message>
        <source>SMART scopes v2</source>
        <translation>SMART-Scopes v2</translation>
    </message>
    <message>
        <source>SMART Imaging Access</source>
        <translation>SMART Imaging Access</translation>
    </message>
    <message>
        <source>No CapabilityStatement: %1</source>
        <translation>Kein CapabilityStatement: %1</translation>
    </message>
    <message>
        <source>fhirVersion %1</source>
        <translation>fhirVersion %1</translation>
    </message>
    <message>
        <source>fhirVersion %1: Sightline speaks R4; most reads will work</source>
        <translation>fhirVersion %1: Sightline spricht R4; die meisten Lesezugriffe funktionieren</translation>
    </message>
    <message>
        <source>fhirVersion &apos;%1&apos; is not R4</source>
        <translation>fhirVersion „%1“ ist nicht R4</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format: %1</translation>
    </message>
    <message>
        <source>format lists no JSON (%1)</source>
        <translation>format nennt kein JSON (%1)</translation>
    </message>
    <message>
        <source>searchInclude lists ImagingStudy:endpoint</source>
        <translation>searchInclude nennt ImagingStudy:endpoint</translation>
    </message>
    <message>
        <source>No _include; Sightline reads each Endpoint separately</source>
        <translation>Kein _include; Sightline liest jeden Endpoint einzeln</translation>
    </message>
    <message>
        <source>Neither _include nor Endpoint read: only contained Endpoints can be used</source>
        <translation>Weder _include noch Endpoint-read: nur enthaltene Endpoints sind nutzbar</translation>
    </message>
    <message>
        <source>$export is declared</source>
        <translation>$export ist deklariert</translation>
    </message>
    <message>
        <source>No $export operation declared</source>
        <translation>Keine $export-Operation deklariert</translation>
    </message>
    <message>
        <source>System interaction &apos;transaction&apos;</source>
        <translation>System-Interaktion „transaction“</translation>
    </message>
    <message>
        <source>Only &apos;batch&apos;: pushes are not atomic</source>
        <translation>Nur „batch“: Übertragungen sind nicht atomar</translation>
    </message>
    <message>
        <source>Neither transaction nor batch is declared</source>
        <translation>Weder transaction noch batch ist deklariert</translation>
    </message>
    <message>
        <source>conditionalCreate on %1</source>
        <translation>conditionalCreate für %1</translation>
    </message>
    <message>
        <source>conditionalCreate missing on %1</source>
        <translation>conditionalCreate fehlt für %1</translation>
    </message>
    <message>
        <source>Patient has no conditionalCreate: pushes could duplicate patients</source>
        <translation>Patient hat kein conditionalCreate: Übertragungen könnten Patienten doppelt anlegen</translation>
    </message>
    <message>
        <source>no SMART configuration</source>
        <translation>keine SMART-Konfiguration</translation>
    </message>
    <message>
        <source>No SMART configuration (%1); the server may be open or use other authorization</source>
        <translation>Keine SMART-Konfiguration (%1); der Server ist vielleicht offen oder nutzt eine andere Autorisierung</translation>
    </message>
    <message>
        <source>/.well-known/smart-configuration is complete</source>
        <translation>/.well-known/smart-configuration ist vollständig</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1</source>
        <translation>code_challenge_methods_supported: %1</translation>
    </message>
    <message>
        <source>S256 offered, but so is &apos;plain&apos;</source>
        <translation>S256 wird angeboten, aber auch „plain“</translation>
    </message>
    <message>
        <source>S256 not offered: Sightline refuses to log in without PKCE</source>
        <translation>S256 wird nicht angeboten: Sightline meldet sich ohne PKCE nicht an</translation>
    </message>
    <message>
        <source>launch-standalone; authorize at %1</source>
        <translation>launch-standalone; Autorisierung bei %1</translation>
    </message>
    <message>
        <source>An authorization endpoint exists, but launch-standalone is not declared</source>
        <translation>Ein Autorisierungs-Endpoint existiert, aber launch-standalone ist nicht deklariert</translation>
    </message>
    <message>
        <source>No authorization endpoint</source>
        <translation>Kein Autorisierungs-Endpoint</translation>
    </message>
    <message>
        <source>client_credentials with private_key_jwt</source>
        <translation>client_credentials mit private_key_jwt</translation>
    </message>
    <message>
        <source>private_key_jwt, but client_credentials is not listed</source>
        <translation>private_key_jwt, aber client_credentials ist nicht aufgeführt</translation>
    </message>
    <message>
        <source>client_credentials, but no asymmetric client authentication</source>
        <translation>client_credentials, aber keine asymmetrische Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Neither client_credentials nor private_key_jwt is declared</source>
        <translation>Weder client_credentials noch private_key_jwt ist deklariert</translation>
    </message>
    <message>
        <source>permission-v2</source>
        <translation>permission-v2</translation>
    </message>
    <message>
        <source>Only permission-v1: Sightline will request v1 scopes</source>
        <translation>Nur permission-v1: Sightline fordert v1-Scopes an</translation>
    </message>
    <message>
        <source>Neither permission-v1 nor permission-v2 is declared</source>
        <translation>Weder permission-v1 noch permission-v2 ist deklariert</translation>
    </message>
    <message>
        <source>smart-imaging-access is declared</source>
        <translation>smart-imaging-access ist deklariert</translation>
    </message>
    <message>
        <source>smart-imaging-access is not declared; images come from Endpoint addresses with their own credentials</source>
        <translation>smart-imaging-access ist nicht deklariert; Bilder kommen von Endpoint-Adressen mit eigenen Anmeldedaten</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>Usable with limits: %1</source>
        <translation>Eingeschränkt nutzbar: %1</translation>
    </message>
    <message>
        <source>Ready for Sightline</source>
        <translation>Bereit für Sightline</translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <source>Receive images pushed by PACSes and modalities (a Storage SCP) into the image cache, until stopped.</source>
        <translation>Von PACS und Modalitäten gesendete Bilder (Storage SCP) in den Bild-Cache empfangen, bis zum Beenden.</translation>
    </message>
    <message>
        <source>accept connections from other computers, not only this one</source>
        <translation>Verbindungen von anderen Computern annehmen, nicht nur von diesem</translation>
    </message>
    <message>
        <source>let in only these calling AE titles</source>
        <translation>nur diese rufenden AE-Titel einlassen</translation>
    </message>
    <message>
        <source>print one JSON object per association</source>
        <translation>ein JSON-Objekt pro Assoziation ausgeben</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, not %1</source>
        <translation>--port nimmt eine Portnummer von 1 bis 65535, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not an AE title (1 to 16 characters, no backslash)</source>
        <translation>%1 ist kein AE-Titel (1 bis 16 Zeichen, kein Backslash)</translation>
    </message>
    <message>
        <source>%1@%2: %3 received, %4 kept; studies %5</source>
        <translation>%1@%2: %3 empfangen, %4 behalten; Studien %5</translation>
    </message>
    <message>
        <source>Refused %1@%2: %3</source>
        <translation>Abgewiesen %1@%2: %3</translation>
    </message>
    <message>
        <source>Receiving as %1 on %2:%3 (Ctrl+C stops)</source>
        <translation>Empfang als %1 auf %2:%3 (Strg+C beendet)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>the port to listen on (default: as in Preferences, else 11112)</source>
        <translation>der Port, auf dem gelauscht wird (Standard: wie in den Einstellungen, sonst 11112)</translation>
    </message>
    <message>
        <source>Sightline&apos;s AE title, as senders call it (default: as in Preferences, else SIGHTLINE)</source>
        <translation>Sightlines AE-Titel, wie Sender ihn aufrufen (Standard: wie in den Einstellungen, sonst SIGHTLINE)</translation>
    </message>
    <message>
        <source>Register Sightline at the sender as a DICOM node: its AE title, this computer&apos;s address and the port. Listens on 127.0.0.1 unless --accept-remote is given.</source>
        <translation>Tragen Sie Sightline beim Sender als DICOM-Knoten ein: seinen AE-Titel, die Adresse dieses Computers und den Port. Lauscht nur auf 127.0.0.1, außer mit --accept-remote.</translation>
    </message>
</context>
<context>
    <name>ReceivingNodeSettings</name>
    <message>
        <source>The receiving node&apos;s settings could not be saved to %1</source>
        <translation>Die Einstellungen des Empfangsknotens konnten nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>Give Sightline&apos;s AE title: 1 to 16 characters, no backslash.</source>
        <translation>Geben Sie Sightlines AE-Titel an: 1 bis 16 Zeichen, kein Backslash.</translation>
    </message>
    <message>
        <source>Give the port to listen on (1 to 65535; 11112 is DICOM&apos;s usual one).</source>
        <translation>Geben Sie den Port an, auf dem gelauscht wird (1 bis 65535; 11112 ist der übliche DICOM-Port).</translation>
    </message>
    <message>
        <source>%1 is not an AE title (1 to 16 characters, no backslash).</source>
        <translation>%1 ist kein AE-Titel (1 bis 16 Zeichen, kein Backslash).</translation>
    </message>
    <message>
        <source>Register Sightline at the sender as AE title %1, host 127.0.0.1, port %2: only programs on this computer can send until other computers are accepted.</source>
        <translation>Tragen Sie Sightline beim Sender mit AE-Titel %1, Host 127.0.0.1, Port %2 ein: Nur Programme auf diesem Computer können senden, bis andere Computer zugelassen sind.</translation>
    </message>
    <message>
        <source>Register Sightline at the sender as AE title %1, host %2 (or this computer&apos;s IP address), port %3.</source>
        <translation>Tragen Sie Sightline beim Sender mit AE-Titel %1, Host %2 (oder der IP-Adresse dieses Computers), Port %3 ein.</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>FHIR base</source>
        <translation>FHIR-Basis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Patient in context</source>
        <translation>Patient im Kontext</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Token expires in</source>
        <translation>Token läuft ab in</translation>
    </message>
    <message>
        <source>Refreshable</source>
        <translation>Erneuerbar</translation>
    </message>
    <message>
        <source>Token identity</source>
        <translation>Token-Kennung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>the server (a SMART profile)</source>
        <translation>der Server (ein SMART-Profil)</translation>
    </message>
    <message>
        <source>print the session as JSON</source>
        <translation>die Sitzung als JSON ausgeben</translation>
    </message>
    <message>
        <source>print the login address (to open elsewhere) instead of opening the browser</source>
        <translation>die Anmeldeadresse ausgeben (zum Öffnen anderswo), statt den Browser zu öffnen</translation>
    </message>
    <message>
        <source>EHR launch: open Sightline and log in to the EHR&apos;s server with its context.</source>
        <translation>EHR-Launch: Sightline öffnen und beim Server des EHR mit dessen Kontext anmelden.</translation>
    </message>
    <message>
        <source>What an EHR&apos;s sightline://launch?iss=…&amp;launch=… link does.</source>
        <translation>Was der Link sightline://launch?iss=…&amp;launch=… eines EHR tut.</translation>
    </message>
    <message>
        <source>the EHR&apos;s FHIR server</source>
        <translation>der FHIR-Server des EHR</translation>
    </message>
    <message>
        <source>the EHR&apos;s launch value</source>
        <translation>der Launch-Wert des EHR</translation>
    </message>
    <message>
        <source>Log in (SMART standalone launch); the session is kept in the OS keychain.</source>
        <translation>Anmelden (SMART Standalone Launch); die Sitzung wird im Schlüsselbund des Betriebssystems aufbewahrt.</translation>
    </message>
    <message>
        <source>Show the kept session: user, patient, scopes, expiry.</source>
        <translation>Die aufbewahrte Sitzung zeigen: Benutzer, Patient, Scopes, Ablauf.</translation>
    </message>
    <message>
        <source>Revoke the session and remove it from the keychain.</source>
        <translation>Die Sitzung widerrufen und aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Make a Backend Services key pair: the private key goes to FILE (readable by you only), the public JWKS to the screen.</source>
        <translation>Ein Schlüsselpaar für Backend Services erzeugen: der private Schlüssel kommt in DATEI (nur für Sie lesbar), das öffentliche JWKS auf den Bildschirm.</translation>
    </message>
    <message>
        <source>the signing algorithm (default ES384)</source>
        <translation>der Signaturalgorithmus (Standard ES384)</translation>
    </message>
    <message>
        <source>where the private key goes; never overwritten</source>
        <translation>wohin der private Schlüssel kommt; wird nie überschrieben</translation>
    </message>
    <message>
        <source>--alg is ES384 or RS384</source>
        <translation>--alg ist ES384 oder RS384</translation>
    </message>
    <message>
        <source>%1 exists already; Sightline does not overwrite keys</source>
        <translation>%1 existiert bereits; Sightline überschreibt keine Schlüssel</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register the JWKS above with the server; set the key file as the server profile&apos;s key file.</source>
        <translation>Privater Schlüssel in %1 geschrieben (nur für Sie lesbar). Registrieren Sie das JWKS oben beim Server; tragen Sie die Schlüsseldatei im Serverprofil ein.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Could not create a key pair</source>
        <translation>Es konnte kein Schlüsselpaar erzeugt werden</translation>
    </message>
    <message>
        <source>The file holds no readable private key (PEM)</source>
        <translation>Die Datei enthält keinen lesbaren privaten Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>EC keys must be on P-384 for ES384</source>
        <translation>EC-Schlüssel müssen für ES384 auf P-384 liegen</translation>
    </message>
    <message>
        <source>Only RSA (RS384) and P-384 (ES384) keys are supported</source>
        <translation>Nur RSA- (RS384) und P-384-Schlüssel (ES384) werden unterstützt</translation>
    </message>
    <message>
        <source>Cannot read the key file %1</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write the key file %1</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not sign the assertion</source>
        <translation>Die Assertion konnte nicht signiert werden</translation>
    </message>
    <message>
        <source>Could not read the ECDSA signature</source>
        <translation>Die ECDSA-Signatur konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SmartConfiguration</name>
    <message>
        <source>The smart-configuration document is a FHIR resource, not SMART JSON</source>
        <translation>Das smart-configuration-Dokument ist eine FHIR-Ressource, kein SMART-JSON</translation>
    </message>
    <message>
        <source>The smart-configuration document names no endpoints and no capabilities</source>
        <translation>Das smart-configuration-Dokument nennt keine Endpoints und keine Fähigkeiten</translation>
    </message>
    <message>
        <source>No /.well-known/smart-configuration; endpoints come from the CapabilityStatement (pre-SMART 2.0 server)</source>
        <translation>Kein /.well-known/smart-configuration; die Endpoints stammen aus dem CapabilityStatement (Server vor SMART 2.0)</translation>
    </message>
    <message>
        <source>authorization_endpoint is missing</source>
        <translation>authorization_endpoint fehlt</translation>
    </message>
    <message>
        <source>token_endpoint is missing</source>
        <translation>token_endpoint fehlt</translation>
    </message>
    <message>
        <source>capabilities is missing or empty</source>
        <translation>capabilities fehlt oder ist leer</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported lacks S256: PKCE cannot be used, Sightline will not log in</source>
        <translation>code_challenge_methods_supported fehlt S256: PKCE ist nicht möglich, Sightline meldet sich nicht an</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported offers &apos;plain&apos;, which SMART forbids</source>
        <translation>code_challenge_methods_supported bietet „plain“ an, was SMART verbietet</translation>
    </message>
    <message>
        <source>sso-openid-connect is claimed but issuer or jwks_uri is missing</source>
        <translation>sso-openid-connect wird angegeben, aber issuer oder jwks_uri fehlt</translation>
    </message>
    <message>
        <source>%1 is not https</source>
        <translation>%1 ist nicht https</translation>
    </message>
</context>
<context>
    <name>StorageScp</name>
    <message>
        <source>The caller closed the connection before asking for anything</source>
        <translation>Der Anrufer hat die Verbindung geschlossen, bevor er etwas angefragt hat</translation>
    </message>
    <message>
        <source>The caller sent something that is not a DICOM association request</source>
        <translation>Der Anrufer hat etwas gesendet, das keine DICOM-Assoziationsanfrage ist</translation>
    </message>
    <message>
        <source>The caller&apos;s association request is too large (%1 bytes)</source>
        <translation>Die Assoziationsanfrage des Anrufers ist zu groß (%1 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>The caller asked for nothing within %n second(s)</source>
        <translation>
            <numerusform>Der Anrufer hat in %n Sekunde nichts angefragt</numerusform>
            <numerusform>Der Anrufer hat in %n Sekunden nichts angefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>No network socket could be made</source>
        <translation>Es konnte kein Netzwerk-Socket angelegt werden</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program: choose another port for Sightline&apos;s receiving node.</source>
        <translation>Port %1 wird von einem anderen Programm benutzt: Wählen Sie einen anderen Port für Sightlines Empfangsknoten.</translation>
    </message>
    <message>
        <source>Port %1 may only be opened by the administrator: choose a port above 1023 for Sightline&apos;s receiving node.</source>
        <translation>Port %1 darf nur der Administrator öffnen: Wählen Sie einen Port über 1023 für Sightlines Empfangsknoten.</translation>
    </message>
    <message>
        <source>Sightline&apos;s receiving node cannot listen on port %1</source>
        <translation>Sightlines Empfangsknoten kann nicht auf Port %1 lauschen</translation>
    </message>
    <message>
        <source>The sender&apos;s association request could not be read: %1</source>
        <translation>Die Assoziationsanfrage des Senders war nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Refused: it called the AE title %1, and Sightline&apos;s is %2</source>
        <translation>Abgewiesen: Er rief den AE-Titel %1, Sightlines ist %2</translation>
    </message>
    <message>
        <source>Refused: %1 is not among the callers Sightline lets in</source>
        <translation>Abgewiesen: %1 gehört nicht zu den Anrufern, die Sightline einlässt</translation>
    </message>
    <message>
        <source>The association could not be accepted: %1</source>
        <translation>Die Assoziation konnte nicht angenommen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sender said nothing for %n second(s); the association was aborted</source>
        <translation>
            <numerusform>Der Sender hat %n Sekunde nichts gesagt; die Assoziation wurde abgebrochen</numerusform>
            <numerusform>Der Sender hat %n Sekunden nichts gesagt; die Assoziation wurde abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender aborted the association</source>
        <translation>Der Sender hat die Assoziation abgebrochen</translation>
    </message>
    <message>
        <source>The association broke off: %1</source>
        <translation>Die Assoziation ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>The sender asked for a service a receiving node does not offer (command %1); the association was aborted</source>
        <translation>Der Sender hat einen Dienst angefragt, den ein Empfangsknoten nicht anbietet (Befehl %1); die Assoziation wurde abgebrochen</translation>
    </message>
    <message>
        <source>Sightline&apos;s receiving node stopped</source>
        <translation>Sightlines Empfangsknoten wurde beendet</translation>
    </message>
    <message>
        <source>An image broke off while it was received: %1</source>
        <translation>Ein Bild ist beim Empfang abgebrochen: %1</translation>
    </message>
    <message>
        <source>The sender went away before it was told what was kept</source>
        <translation>Der Sender war weg, bevor ihm gesagt wurde, was behalten wurde</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>An image larger than %1 was refused and the association ended: Sightline&apos;s receiving node keeps objects of up to that size</source>
        <translation>Ein Bild größer als %1 wurde abgewiesen und die Assoziation beendet: Sightlines Empfangsknoten behält Objekte bis zu dieser Größe</translation>
    </message>
    <message>
        <source>The caller closed the connection before its association request was complete</source>
        <translation>Der Absender hat die Verbindung geschlossen, bevor seine Assoziationsanfrage vollständig war</translation>
    </message>
</context>
<context>
    <name>StudyExportCommand</name>
    <message>
        <source>--pseudonym and --key-file go with --deidentify</source>
        <translation>--pseudonym und --key-file gehören zu --deidentify</translation>
    </message>
    <message>
        <source>Job %1: %2 → %3</source>
        <translation>Auftrag %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 instances in %2 series written to %3</source>
        <translation>%1 Instanzen in %2 Serien nach %3 geschrieben</translation>
    </message>
    <message>
        <source>De-identified: patient %1, study %2</source>
        <translation>De-identifiziert: Patient %1, Studie %2</translation>
    </message>
    <message>
        <source>Warning: the cache holds only part of this study.</source>
        <translation>Warnung: Der Zwischenspeicher enthält nur einen Teil dieser Studie.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the output would overwrite the input</source>
        <translation>%1: die Ausgabe würde die Eingabe überschreiben</translation>
    </message>
    <message>
        <source>%1: %2 resources, %3 elements removed, %4 dates shifted → %5</source>
        <translation>%1: %2 Ressourcen, %3 Elemente entfernt, %4 Daten verschoben → %5</translation>
    </message>
    <message>
        <source>%1: %2 malformed lines left out (lines %3)</source>
        <translation>%1: %2 fehlerhafte Zeilen ausgelassen (Zeilen %3)</translation>
    </message>
    <message>
        <source>Free text outside notes and narrative (e.g. valueString) is kept: review it before sharing.</source>
        <translation>Freitext außerhalb von Notizen und Narrativ (z. B. valueString) bleibt erhalten: prüfen Sie ihn vor der Weitergabe.</translation>
    </message>
    <message>
        <source>the pseudonymisation key (made and kept there when new)</source>
        <translation>der Pseudonymisierungsschlüssel (dort erzeugt und aufbewahrt, wenn neu)</translation>
    </message>
    <message>
        <source>A cached study to a DICOMDIR folder or a ZIP, optionally de-identified (PS3.15 Basic).</source>
        <translation>Eine Studie aus dem Cache in einen DICOMDIR-Ordner oder eine ZIP-Datei, wahlweise de-identifiziert (PS3.15 Basic).</translation>
    </message>
    <message>
        <source>the cached study</source>
        <translation>die Studie im Cache</translation>
    </message>
    <message>
        <source>one ZIP file instead of a folder</source>
        <translation>eine ZIP-Datei statt eines Ordners</translation>
    </message>
    <message>
        <source>de-identify on the way</source>
        <translation>unterwegs de-identifizieren</translation>
    </message>
    <message>
        <source>the patient name the copy gets (with --deidentify)</source>
        <translation>der Patientenname der Kopie (mit --deidentify)</translation>
    </message>
    <message>
        <source>the folder, or the ZIP file</source>
        <translation>der Ordner oder die ZIP-Datei</translation>
    </message>
    <message>
        <source>De-identified copies of NDJSON files (one key for all, so references and date shifts agree).</source>
        <translation>De-identifizierte Kopien von NDJSON-Dateien (ein Schlüssel für alle, damit Verweise und Datumsverschiebungen übereinstimmen).</translation>
    </message>
    <message>
        <source>the files</source>
        <translation>die Dateien</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>der Ordner</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Der Token-Endpoint antwortete ohne Access-Token</translation>
    </message>
    <message>
        <source>Unsupported token type &quot;%1&quot; (Sightline uses Bearer tokens)</source>
        <translation>Nicht unterstützter Token-Typ „%1“ (Sightline verwendet Bearer-Tokens)</translation>
    </message>
    <message>
        <source>The token endpoint answered %1</source>
        <translation>Der Token-Endpoint antwortete %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this login (invalid_grant); log in again</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr (invalid_grant); melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>The server does not accept Sightline&apos;s client credentials (invalid_client)</source>
        <translation>Der Server akzeptiert die Client-Anmeldedaten von Sightline nicht (invalid_client)</translation>
    </message>
    <message>
        <source>The token endpoint refused: %1</source>
        <translation>Der Token-Endpoint lehnte ab: %1</translation>
    </message>
</context>
<context>
    <name>ViewerCommand</name>
    <message>
        <source>Open a study in a viewer through the local gateway (serves until Ctrl+C).</source>
        <translation>Eine Studie über das lokale Gateway in einem Viewer öffnen (bedient bis Strg+C).</translation>
    </message>
    <message>
        <source>the server the study is on</source>
        <translation>der Server, auf dem die Studie liegt</translation>
    </message>
    <message>
        <source>the study&apos;s Study Instance UID</source>
        <translation>die Study Instance UID der Studie</translation>
    </message>
    <message>
        <source>the viewer (default: the first one)</source>
        <translation>der Viewer (Standard: der erste)</translation>
    </message>
    <message>
        <source>show the launch without starting it</source>
        <translation>den Start zeigen, ohne ihn auszuführen</translation>
    </message>
    <message>
        <source>open even though the cached images&apos; DICOM patient differs from the FHIR Patient</source>
        <translation>öffnen, obwohl der DICOM-Patient der Bilder im Cache vom FHIR-Patienten abweicht</translation>
    </message>
    <message>
        <source>Print an IHE Invoke Image Display (IID) URL.</source>
        <translation>Eine IHE-Invoke-Image-Display-URL (IID) ausgeben.</translation>
    </message>
    <message>
        <source>Give --study, --accession or --patient (with what narrows a patient&apos;s studies).</source>
        <translation>Geben Sie --study, --accession oder --patient an (mit dem, was die Studien eines Patienten eingrenzt).</translation>
    </message>
    <message>
        <source>the viewer&apos;s IID base URL</source>
        <translation>die IID-Basis-URL des Viewers</translation>
    </message>
    <message>
        <source>the studies to show</source>
        <translation>die anzuzeigenden Studien</translation>
    </message>
    <message>
        <source>the study with this accession number</source>
        <translation>die Studie mit dieser Accession Number</translation>
    </message>
    <message>
        <source>the patient&apos;s studies</source>
        <translation>die Studien des Patienten</translation>
    </message>
    <message>
        <source>the patient ID&apos;s assigning authority</source>
        <translation>die vergebende Stelle der Patienten-ID</translation>
    </message>
    <message>
        <source>the patient&apos;s name, as DICOM writes it</source>
        <translation>der Name des Patienten, wie DICOM ihn schreibt</translation>
    </message>
    <message>
        <source>the patient&apos;s birth date</source>
        <translation>das Geburtsdatum des Patienten</translation>
    </message>
    <message>
        <source>studies from this date and time</source>
        <translation>Studien ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>studies up to this date and time</source>
        <translation>Studien bis zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>only the N most recent studies</source>
        <translation>nur die N neuesten Studien</translation>
    </message>
    <message>
        <source>only studies with these modalities</source>
        <translation>nur Studien mit diesen Modalitäten</translation>
    </message>
    <message>
        <source>the kind of viewer asked for</source>
        <translation>die gewünschte Art von Viewer</translation>
    </message>
    <message>
        <source>ask for diagnostic quality</source>
        <translation>diagnostische Qualität anfordern</translation>
    </message>
    <message>
        <source>only key images</source>
        <translation>nur Schlüsselbilder</translation>
    </message>
    <message>
        <source>--birth-date is a date: 1970-03-01</source>
        <translation>--birth-date ist ein Datum: 1970-03-01</translation>
    </message>
    <message>
        <source>--%1 is a date and time: 2026-01-01T00:00:00</source>
        <translation>--%1 ist ein Zeitpunkt: 2026-01-01T00:00:00</translation>
    </message>
    <message>
        <source>--most-recent is a positive number</source>
        <translation>--most-recent ist eine positive Zahl</translation>
    </message>
    <message>
        <source>--%1 is true or false</source>
        <translation>--%1 ist true oder false</translation>
    </message>
</context>
<context>
    <name>sightline::AboutDialog</name>
    <message>
        <source>About Sightline</source>
        <translation>Über Sightline</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sightline %1&lt;/h2&gt;&lt;p&gt;Clinical integration workstation: SMART on FHIR logins, server capabilities, imaging through ImagingStudy, Endpoint and DICOMweb, viewers through a local gateway, consent, audit and export jobs.&lt;/p&gt;&lt;p&gt;Free software under the Apache License 2.0. The licences of the components below are in &lt;tt&gt;/usr/share/doc/sightline/copyright&lt;/tt&gt; when installed from the package.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sightline %1&lt;/h2&gt;&lt;p&gt;Klinischer Integrationsarbeitsplatz: SMART-on-FHIR-Anmeldung, Server-Fähigkeiten, Bildgebung über ImagingStudy, Endpoint und DICOMweb, Viewer über ein lokales Gateway, Einwilligungen, Audit und Exportaufträge.&lt;/p&gt;&lt;p&gt;Freie Software unter der Apache License 2.0. Die Lizenzen der Komponenten unten stehen in &lt;tt&gt;/usr/share/doc/sightline/copyright&lt;/tt&gt;, wenn Sightline aus dem Paket installiert ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Copy Sightline&apos;s and its libraries&apos; versions, for a bug report</source>
        <translation>Die Versionen von Sightline und seinen Bibliotheken kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>sightline::AuditForwarder</name>
    <message>
        <source>The server refused an AuditEvent (%1)</source>
        <translation>Der Server hat ein AuditEvent abgelehnt (%1)</translation>
    </message>
    <message>
        <source>The server answered without entries</source>
        <translation>Der Server antwortete ohne Einträge</translation>
    </message>
</context>
<context>
    <name>sightline::AuditPanel</name>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Search everything in the events…</source>
        <translation>In allen Ereignisdaten suchen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Export NDJSON…</source>
        <translation>NDJSON exportieren…</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Audit-Ereignisse exportieren</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson)</source>
        <translation>NDJSON (*.ndjson)</translation>
    </message>
    <message>
        <source>Chain not verified yet</source>
        <translation>Kette noch nicht geprüft</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>
Record %1 · hash %2
previous %3</source>
        <translation>
Eintrag %1 · Hash %2
vorheriger %3</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain verified: %n event(s) intact</source>
        <translation>
            <numerusform>✓ Kette geprüft: %n Ereignis intakt</numerusform>
            <numerusform>✓ Kette geprüft: %n Ereignisse intakt</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Chain broken at record %1: %2</source>
        <translation>✗ Kette gebrochen bei Eintrag %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1</source>
        <translation>
            <numerusform>%n Audit-Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Audit-Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n ausstehend</numerusform>
            <numerusform>%1: %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source> (retrying: %1)</source>
        <translation> (neuer Versuch: %1)</translation>
    </message>
    <message>
        <source>Not forwarded to any server</source>
        <translation>An keinen Server weitergeleitet</translation>
    </message>
    <message>
        <source>Forwarding — </source>
        <translation>Weiterleitung — </translation>
    </message>
    <message>
        <source>S&amp;yslog…</source>
        <translation>S&amp;yslog…</translation>
    </message>
    <message>
        <source>Send the audit trail to an ATNA syslog repository over TLS</source>
        <translation>Das Audit-Protokoll per TLS an ein ATNA-Syslog-Repository senden</translation>
    </message>
    <message>
        <source>The syslog settings could not be saved</source>
        <translation>Die Syslog-Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>syslog %1:%2: %n pending</source>
        <translation>
            <numerusform>Syslog %1:%2: %n ausstehend</numerusform>
            <numerusform>Syslog %1:%2: %n ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::AuditRecordModel</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>minor failure</source>
        <translation>leichter Fehler</translation>
    </message>
    <message>
        <source>serious failure</source>
        <translation>schwerer Fehler</translation>
    </message>
    <message>
        <source>major failure</source>
        <translation>gravierender Fehler</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(nicht angemeldet)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
</context>
<context>
    <name>sightline::AuditTimeline</name>
    <message>
        <source>No audit events in this range</source>
        <translation>Keine Audit-Ereignisse in diesem Zeitraum</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sightline::AuthorizationCodeFlow</name>
    <message>
        <source>The login was not completed in time</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>The server publishes no authorization or token endpoint</source>
        <translation>Der Server veröffentlicht keinen Autorisierungs- oder Token-Endpoint</translation>
    </message>
    <message>
        <source>The server does not offer PKCE with S256; Sightline will not log in without it</source>
        <translation>Der Server bietet kein PKCE mit S256 an; ohne das meldet sich Sightline nicht an</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
</context>
<context>
    <name>sightline::BulkExportJob</name>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The server accepted the export but gave no status URL (Content-Location).</source>
        <translation>Der Server hat den Export angenommen, aber keine Status-URL (Content-Location) genannt.</translation>
    </message>
    <message>
        <source>The export could not be started: %1</source>
        <translation>Der Export konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server refused the export: %1</source>
        <translation>Der Server hat den Export abgelehnt: %1</translation>
    </message>
    <message>
        <source>The export is no longer on the server (expired or cancelled).</source>
        <translation>Der Export ist nicht mehr auf dem Server (abgelaufen oder abgebrochen).</translation>
    </message>
    <message>
        <source>The export&apos;s status cannot be read: %1</source>
        <translation>Der Status des Exports kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export failed on the server: %1</source>
        <translation>Der Export ist auf dem Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be completed.</source>
        <translation>%1 kann nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: the server sent it too slowly (%2), %3 times in a row</source>
        <translation>%1 konnte nicht heruntergeladen werden: Der Server hat sie %3-mal hintereinander zu langsam gesendet (%2)</translation>
    </message>
    <message>
        <source>Finished files kept in %1: %2</source>
        <translation>Fertige Dateien in %1 behalten: %2</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a line</source>
        <translation>%1 endet mitten in einer Zeile</translation>
    </message>
    <message>
        <source>%1 has %2 lines, the manifest says %3</source>
        <translation>%1 hat %2 Zeilen, das Manifest nennt %3</translation>
    </message>
    <message>
        <source>%1 could not be downloaded whole: %2</source>
        <translation>%1 konnte nicht vollständig heruntergeladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server reported %n error(s), the first: %2</source>
        <translation>
            <numerusform>%1: der Server meldete %n Fehler, der erste: %2</numerusform>
            <numerusform>%1: der Server meldete %n Fehler, der erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 lines, the manifest says %3</source>
        <translation>%1: %2 Zeilen, das Manifest nennt %3</translation>
    </message>
</context>
<context>
    <name>sightline::BulkExportRunner</name>
    <message>
        <source>%1 resources in %2 files</source>
        <translation>%1 Ressourcen in %2 Dateien</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>(de-identified copies in %1)</source>
        <translation>(de-identifizierte Kopien in %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CacheDialog</name>
    <message>
        <source>Image cache</source>
        <translation>Bild-Cache</translation>
    </message>
    <message>
        <source>Empty the image cache</source>
        <translation>Bild-Cache leeren</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Image cache folder</source>
        <translation>Ordner des Bild-Caches</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>until the space is needed</source>
        <translation>bis der Platz gebraucht wird</translation>
    </message>
    <message>
        <source>When the cache is over its budget, the images used least recently leave it first. A new location is used from the next start; images already cached stay where they are.</source>
        <translation>Überschreitet der Cache sein Budget, verlassen ihn die am längsten ungenutzten Bilder zuerst. Ein neuer Ort gilt ab dem nächsten Start; bereits gespeicherte Bilder bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Size budget</source>
        <translation>Größenbudget</translation>
    </message>
    <message>
        <source>Keep unused images</source>
        <translation>Ungenutzte Bilder behalten</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Remove damaged and stray files (they are retrieved again when needed)</source>
        <translation>Beschädigte und verwaiste Dateien entfernen (sie werden bei Bedarf neu abgerufen)</translation>
    </message>
    <message>
        <source>Empty the cache…</source>
        <translation>Cache leeren…</translation>
    </message>
    <message>
        <source>Upkeep</source>
        <translation>Pflege</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(y/ies)</source>
        <translation>
            <numerusform>%n Studie</numerusform>
            <numerusform>%n Studien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Least recently used image: last opened %1</source>
        <translation>Am längsten ungenutztes Bild: zuletzt geöffnet %1</translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Der Cache ist leer.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Repariere…</translation>
    </message>
    <message>
        <source>Checking every cached image…</source>
        <translation>Prüfe jedes Bild im Cache…</translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are intact.</source>
        <translation>
            <numerusform>Das %n Bild ist unversehrt.</numerusform>
            <numerusform>Alle %n Bilder sind unversehrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missing, %2 damaged, %3 stray file(s).</source>
        <translation>%1 fehlend, %2 beschädigt, %3 verwaiste Datei(en).</translation>
    </message>
    <message>
        <source>Repaired: %1 They are retrieved again when needed.</source>
        <translation>Repariert: %1 Sie werden bei Bedarf neu abgerufen.</translation>
    </message>
    <message>
        <source>Found %1 Repair removes them.</source>
        <translation>Gefunden: %1 Reparieren entfernt sie.</translation>
    </message>
    <message>
        <source>Studies are being retrieved: cancel them or wait, then empty the cache.</source>
        <translation>Es werden Studien abgerufen: Brechen Sie sie ab oder warten Sie, und leeren Sie dann den Cache.</translation>
    </message>
    <message>
        <source>Remove every image, thumbnail and index entry from the cache? Studies are retrieved again from their servers when next opened.</source>
        <translation>Alle Bilder, Vorschaubilder und Indexeinträge aus dem Cache entfernen? Studien werden beim nächsten Öffnen erneut von ihren Servern abgerufen.</translation>
    </message>
    <message>
        <source>The cache could not be emptied: %1</source>
        <translation>Der Cache konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>Read every cached image and compare it with its recorded checksum</source>
        <translation>Jedes Bild im Cache lesen und mit seiner gespeicherten Prüfsumme vergleichen</translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesCommand</name>
    <message>
        <source>Could not load the CapabilityStatement: %1</source>
        <translation>Das CapabilityStatement konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Print a server&apos;s capabilities and readiness for Sightline.</source>
        <translation>Die Fähigkeiten eines Servers und seine Bereitschaft für Sightline ausgeben.</translation>
    </message>
    <message>
        <source>Reads the CapabilityStatement and the SMART configuration (public: no login) and checks what Sightline needs.</source>
        <translation>Liest das CapabilityStatement und die SMART-Konfiguration (öffentlich: ohne Anmeldung) und prüft, was Sightline braucht.</translation>
    </message>
    <message>
        <source>the server to ask</source>
        <translation>der zu fragende Server</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>den Bericht als JSON ausgeben</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP exchange(s) made</source>
        <translation>
            <numerusform>%n HTTP-Austausch</numerusform>
            <numerusform>%n HTTP-Austausche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesPanel</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Load capabilities</source>
        <translation>Fähigkeiten laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter: resource, interaction, search parameter, operation…</source>
        <translation>Filter: Ressource, Interaktion, Suchparameter, Operation…</translation>
    </message>
    <message>
        <source> </source>
        <translation> </translation>
    </message>
    <message>
        <source>What Sightline needs</source>
        <translation>Was Sightline braucht</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>CapabilityStatement (/metadata)</source>
        <translation>CapabilityStatement (/metadata)</translation>
    </message>
    <message>
        <source>SMART configuration (/.well-known/smart-configuration)</source>
        <translation>SMART-Konfiguration (/.well-known/smart-configuration)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Add a FHIR server to see what it can do.</source>
        <translation>Fügen Sie einen FHIR-Server hinzu, um zu sehen, was er kann.</translation>
    </message>
    <message>
        <source>The client secret was not stored: %1</source>
        <translation>Das Client-Geheimnis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Client secret stored in the OS keychain</source>
        <translation>Client-Geheimnis im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from Sightline? Its stored secret is removed too.</source>
        <translation>%1 aus Sightline entfernen? Sein gespeichertes Geheimnis wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Capabilities of %1 loaded in %2 ms</source>
        <translation>Fähigkeiten von %1 in %2 ms geladen</translation>
    </message>
    <message>
        <source>Could not load capabilities: %1</source>
        <translation>Fähigkeiten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>CapabilityStatement: %1</source>
        <translation>CapabilityStatement: %1</translation>
    </message>
    <message>
        <source>SMART configuration: %1</source>
        <translation>SMART-Konfiguration: %1</translation>
    </message>
    <message>
        <source>(nothing received)</source>
        <translation>(nichts empfangen)</translation>
    </message>
    <message>
        <source>Loading the other server&apos;s capabilities…</source>
        <translation>Die Fähigkeiten des anderen Servers werden geladen…</translation>
    </message>
    <message>
        <source>Load this server&apos;s capabilities first.</source>
        <translation>Laden Sie zuerst die Fähigkeiten dieses Servers.</translation>
    </message>
    <message>
        <source>DICOMweb PACS without FHIR: find patients and studies on it in the Studies panel (QIDO-RS), retrieve them and open them in a viewer. It has no FHIR capabilities to show.</source>
        <translation>DICOMweb-PACS ohne FHIR: Patienten und Studien darauf im Bereich Studien suchen (QIDO-RS), abrufen und in einem Viewer öffnen. Es hat keine FHIR-Fähigkeiten, die sich zeigen ließen.</translation>
    </message>
    <message>
        <source>Set up SMART login…</source>
        <translation>SMART-Anmeldung einrichten…</translation>
    </message>
    <message>
        <source>This server offers SMART on FHIR; its profile does not use it.</source>
        <translation>Dieser Server bietet SMART on FHIR an; sein Profil nutzt es nicht.</translation>
    </message>
    <message>
        <source>%1 offers SMART on FHIR. Enter the client id registered for Sightline at its authorization server (and a secret or key if the client is confidential), then log in from the Session tab.</source>
        <translation>%1 bietet SMART on FHIR an. Geben Sie die Client-ID ein, die für Sightline bei seinem Autorisierungsserver registriert ist (und ein Geheimnis oder einen Schlüssel, wenn der Client vertraulich ist), und melden Sie sich dann im Tab „Sitzung“ an.</translation>
    </message>
    <message>
        <source>DICOM node: test the connection with Edit… → Test connection (C-ECHO); query it with sightline find. It has no FHIR capabilities to show.</source>
        <translation>DICOM-Knoten: die Verbindung mit Bearbeiten… → Verbindung testen (C-ECHO) prüfen; mit sightline find abfragen. Er hat keine FHIR-Fähigkeiten zum Anzeigen.</translation>
    </message>
    <message>
        <source>The private key of Sightline&apos;s certificate was not stored: %1</source>
        <translation>Der private Schlüssel von Sightlines Zertifikat wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Private key stored in the OS keychain</source>
        <translation>Privater Schlüssel im Schlüsselbund des Systems gespeichert</translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Dieser Server</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n Unterschied zwischen %1 und %2</numerusform>
            <numerusform>%n Unterschiede zwischen %1 und %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityLoader</name>
    <message>
        <source>Fetching %1/metadata and SMART configuration…</source>
        <translation>%1/metadata und SMART-Konfiguration werden abgerufen…</translation>
    </message>
    <message>
        <source>CapabilityStatement received</source>
        <translation>CapabilityStatement empfangen</translation>
    </message>
    <message>
        <source>CapabilityStatement failed</source>
        <translation>CapabilityStatement fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityTreeModel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>FHIR-Version</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Patch formats</source>
        <translation>Patch-Formate</translation>
    </message>
    <message>
        <source>Implementation guides</source>
        <translation>Implementation Guides</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>OAuth URIs</source>
        <translation>OAuth-URIs</translation>
    </message>
    <message>
        <source>CapabilityStatement</source>
        <translation>CapabilityStatement</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>.well-known/smart-configuration</source>
        <translation>.well-known/smart-configuration</translation>
    </message>
    <message>
        <source>from CapabilityStatement</source>
        <translation>aus dem CapabilityStatement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Suchparameter</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>sightline::ConsentLoader</name>
    <message>
        <source>No FHIR server to ask.</source>
        <translation>Kein FHIR-Server zum Fragen.</translation>
    </message>
    <message>
        <source>Reading the patient</source>
        <translation>Patient wird gelesen</translation>
    </message>
    <message>
        <source>Loading the patient&apos;s consents was cancelled.</source>
        <translation>Das Laden der Einwilligungen des Patienten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Searching consents</source>
        <translation>Einwilligungen werden gesucht</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>%1 wird gesucht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sightline::ConsentPanel</name>
    <message>
        <source>Open a patient in the Studies panel (or through a launch) to inspect their consents.</source>
        <translation>Öffnen Sie einen Patienten im Studien-Bereich (oder über einen Launch), um seine Einwilligungen zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Consents and provisions</source>
        <translation>Einwilligungen und Regeln</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Was wäre, wenn…</translation>
    </message>
    <message>
        <source>Decision and why</source>
        <translation>Entscheidung und Begründung</translation>
    </message>
    <message>
        <source>The patient&apos;s data under this question (preview; nothing on the server changes)</source>
        <translation>Die Daten des Patienten unter dieser Frage (Vorschau; auf dem Server ändert sich nichts)</translation>
    </message>
    <message>
        <source>Loading the consents of Patient/%1 from %2…</source>
        <translation>Einwilligungen von Patient/%1 werden von %2 geladen…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>The consents could not be loaded: %1</source>
        <translation>Die Einwilligungen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consent(s), %3 resources</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — %n Einwilligung, %3 Ressourcen</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — %n Einwilligungen, %3 Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read and is left out of decisions: %2</source>
        <translation>%1 kann nicht gelesen werden und bleibt bei Entscheidungen außen vor: %2</translation>
    </message>
    <message>
        <source> (R5)</source>
        <translation> (R5)</translation>
    </message>
    <message>
        <source>what-if %1</source>
        <translation>Was-wäre-wenn %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n resource(s)…</source>
        <translation>
            <numerusform>%n Ressource wird ausgewertet…</numerusform>
            <numerusform>%n Ressourcen werden ausgewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared, %2 redacted, %3 withheld, %4 undecided</source>
        <translation>%1 geteilt, %2 geschwärzt, %3 zurückgehalten, %4 unentschieden</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) redacted; </source>
        <translation>
            <numerusform>%n Element geschwärzt; </numerusform>
            <numerusform>%n Elemente geschwärzt; </numerusform>
        </translation>
    </message>
    <message>
        <source>Element %1 (%2) is redacted: %3</source>
        <translation>Element %1 (%2) ist geschwärzt: %3</translation>
    </message>
    <message>
        <source>The reference to %1 is masked: that resource is withheld.</source>
        <translation>Der Verweis auf %1 ist maskiert: diese Ressource wird zurückgehalten.</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Sicherheitslabels:</translation>
    </message>
</context>
<context>
    <name>sightline::ContextFollower</name>
    <message>
        <source>%1 without a patient was ignored</source>
        <translation>%1 ohne Patient wurde ignoriert</translation>
    </message>
    <message>
        <source>ImagingStudy-open without a Study Instance UID was ignored</source>
        <translation>ImagingStudy-open ohne Study Instance UID wurde ignoriert</translation>
    </message>
    <message>
        <source>ImagingStudy-open refused: the study belongs to %1, the event names %2</source>
        <translation>ImagingStudy-open abgelehnt: Die Studie gehört zu %1, das Ereignis nennt %2</translation>
    </message>
</context>
<context>
    <name>sightline::ContextSettingsDialog</name>
    <message>
        <source>EHR context sync</source>
        <translation>Kontextsynchronisation mit dem KIS</translation>
    </message>
    <message>
        <source>Follow this FHIRcast hub</source>
        <translation>Diesem FHIRcast-Hub folgen</translation>
    </message>
    <message>
        <source>Usually the EHR names its hub and session when you log in, and Sightline follows it by itself. Enter them here when it does not. The server&apos;s session token is sent to the hub.</source>
        <translation>Normalerweise nennt das KIS seinen Hub und seine Sitzung bei der Anmeldung, und Sightline folgt ihm von selbst. Tragen Sie sie hier ein, wenn es das nicht tut. Das Sitzungstoken des Servers wird an den Hub gesendet.</translation>
    </message>
    <message>
        <source>Server (token)</source>
        <translation>Server (Token)</translation>
    </message>
    <message>
        <source>Hub URL</source>
        <translation>Hub-URL</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>The hub URL must be an http(s) address</source>
        <translation>Die Hub-URL muss eine http(s)-Adresse sein</translation>
    </message>
    <message>
        <source>The topic is missing</source>
        <translation>Das Topic fehlt</translation>
    </message>
</context>
<context>
    <name>sightline::ContextStatus</name>
    <message>
        <source>Follow EHR</source>
        <translation>KIS folgen</translation>
    </message>
    <message>
        <source>Switch to the patient and study the EHR opens</source>
        <translation>Zu Patient und Studie wechseln, die das KIS öffnet</translation>
    </message>
    <message>
        <source>Open studies</source>
        <translation>Studien öffnen</translation>
    </message>
    <message>
        <source>Open each study the EHR opens in the default viewer, once it is in the cache</source>
        <translation>Jede Studie, die das KIS öffnet, im Standard-Viewer öffnen, sobald sie im Cache ist</translation>
    </message>
    <message>
        <source>EHR sync: %1</source>
        <translation>KIS-Sync: %1</translation>
    </message>
    <message>
        <source> · last %1 at %2</source>
        <translation> · zuletzt %1 um %2</translation>
    </message>
</context>
<context>
    <name>sightline::ContextSync</name>
    <message>
        <source>The study the EHR opened could not be fetched: %1</source>
        <translation>Die vom KIS geöffnete Studie konnte nicht geholt werden: %1</translation>
    </message>
    <message>
        <source>Prefetch for the EHR: study %1 of %2</source>
        <translation>Vorabruf für das KIS: Studie %1 von %2</translation>
    </message>
    <message>
        <source>The study the EHR opened (%1) was not found: %2</source>
        <translation>Die vom KIS geöffnete Studie (%1) wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>no such study</source>
        <translation>keine solche Studie</translation>
    </message>
    <message>
        <source>The study %1 belongs to %2, not to %3 on screen: not opened</source>
        <translation>Die Studie %1 gehört zu %2, nicht zu %3 auf dem Bildschirm: nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>sightline::DecisionView</name>
    <message>
        <source>No question asked yet</source>
        <translation>Noch keine Frage gestellt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Matched path: %1</source>
        <translation>Zutreffender Pfad: %1</translation>
    </message>
</context>
<context>
    <name>sightline::DesktopLinks</name>
    <message>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <source>Sightline is already running; start commands such as &quot;%1&quot; without its window, or close the window first.</source>
        <translation>Sightline läuft bereits; starten Sie Befehle wie „%1“ ohne sein Fenster, oder schließen Sie zuerst das Fenster.</translation>
    </message>
    <message>
        <source>EHR launch</source>
        <translation>EHR-Launch</translation>
    </message>
    <message>
        <source>Sightline has no client registration for %1. Add that server (with its client id) in the Capabilities panel, then launch again.</source>
        <translation>Sightline hat keine Client-Registrierung für %1. Fügen Sie diesen Server (mit seiner Client-ID) im Bereich Fähigkeiten hinzu und starten Sie den Launch erneut.</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Studie öffnen</translation>
    </message>
    <message>
        <source>The link names the server &quot;%1&quot;, which is not configured in Sightline. Add it in the Capabilities panel, then open the link again.</source>
        <translation>Der Link nennt den Server „%1“, der in Sightline nicht eingerichtet ist. Fügen Sie ihn im Bereich Fähigkeiten hinzu und öffnen Sie den Link erneut.</translation>
    </message>
</context>
<context>
    <name>sightline::DicomExportRunner</name>
    <message numerus="yes">
        <source>%n instance(s), %1 MB</source>
        <translation>
            <numerusform>%n Instanz, %1 MB</numerusform>
            <numerusform>%n Instanzen, %1 MB</numerusform>
        </translation>
    </message>
    <message>
        <source>(check for burned-in annotation)</source>
        <translation>(auf eingebrannte Beschriftung prüfen)</translation>
    </message>
</context>
<context>
    <name>sightline::DicomNodeFields</name>
    <message>
        <source>as configured at the node, e.g. ORTHANC</source>
        <translation>wie am Knoten eingestellt, z. B. ORTHANC</translation>
    </message>
    <message>
        <source>Sightline&apos;s AE title: the node must know it (with this computer&apos;s address) to let Sightline query and retrieve</source>
        <translation>Der AE-Titel von Sightline: Der Knoten muss ihn (mit der Adresse dieses Computers) kennen, damit Sightline abfragen und abrufen darf</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Node&apos;s AE title</source>
        <translation>AE-Titel des Knotens</translation>
    </message>
    <message>
        <source>Sightline&apos;s AE title</source>
        <translation>AE-Titel von Sightline</translation>
    </message>
    <message>
        <source>Response timeout</source>
        <translation>Antwort-Zeitlimit</translation>
    </message>
    <message>
        <source>Enter the node&apos;s host name or address.</source>
        <translation>Hostnamen oder Adresse des Knotens eingeben.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s AE title (1 to 16 characters, no backslash).</source>
        <translation>AE-Titel des Knotens eingeben (1 bis 16 Zeichen, kein Backslash).</translation>
    </message>
    <message>
        <source>Enter Sightline&apos;s AE title (1 to 16 characters, no backslash).</source>
        <translation>AE-Titel von Sightline eingeben (1 bis 16 Zeichen, kein Backslash).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>The node answered (C-ECHO) in %1 ms.</source>
        <translation>Der Knoten hat (C-ECHO) in %1 ms geantwortet.</translation>
    </message>
    <message>
        <source>C-GET (nothing to set up at the node)</source>
        <translation>C-GET (beim Knoten ist nichts einzurichten)</translation>
    </message>
    <message>
        <source>C-MOVE to Sightline&apos;s receiving node</source>
        <translation>C-MOVE an Sightlines Empfangsknoten</translation>
    </message>
    <message>
        <source>C-MOVE needs Sightline registered at the node as a move destination: its AE title, this computer&apos;s address and the receiving node&apos;s port</source>
        <translation>C-MOVE braucht Sightline beim Knoten als Verschiebeziel eingetragen: sein AE-Titel, die Adresse dieses Computers und der Port des Empfangsknotens</translation>
    </message>
    <message>
        <source>Retrieve by</source>
        <translation>Abrufen per</translation>
    </message>
    <message>
        <source>DICOM TLS (the node&apos;s certificate is checked)</source>
        <translation>DICOM TLS (das Zertifikat des Knotens wird geprüft)</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>PEM certificates trusted besides the system&apos;s, e.g. the hospital&apos;s own certificate authority that signed the node&apos;s certificate</source>
        <translation>PEM-Zertifikate, denen neben denen des Systems vertraut wird, z. B. die eigene Zertifizierungsstelle des Krankenhauses, die das Zertifikat des Knotens signiert hat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>None: only for nodes that ask callers for one</source>
        <translation>Keines: nur für Knoten, die von Aufrufern eines verlangen</translation>
    </message>
    <message>
        <source>Sightline&apos;s own certificate (PEM, then any intermediate CAs), for a node that lets in only callers it knows</source>
        <translation>Sightlines eigenes Zertifikat (PEM, danach etwaige Zwischen-CAs), für einen Knoten, der nur ihm bekannte Aufrufer einlässt</translation>
    </message>
    <message>
        <source>Sightline&apos;s certificate</source>
        <translation>Sightlines Zertifikat</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Schlüssel importieren…</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key goes into the OS keychain when you save; the file is not used again</source>
        <translation>Der private Schlüssel des Zertifikats kommt beim Speichern in den Schlüsselbund des Systems; die Datei wird danach nicht mehr verwendet</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key *.der);;All files (*)</source>
        <translation>Private Schlüssel (*.pem *.key *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>Imported: kept in the OS keychain when you save</source>
        <translation>Importiert: kommt beim Speichern in den Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Kept in the OS keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Import the private key of Sightline&apos;s certificate.</source>
        <translation>Importieren Sie den privaten Schlüssel von Sightlines Zertifikat.</translation>
    </message>
</context>
<context>
    <name>sightline::DicomTagDialog</name>
    <message>
        <source>DICOM tags — %1</source>
        <translation>DICOM-Tags — %1</translation>
    </message>
    <message>
        <source>Filter by tag, keyword or value</source>
        <translation>Nach Tag, Schlüsselwort oder Wert filtern</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>sightline::DicomWebDirectory</name>
    <message>
        <source>The PACS has no study of patient %1</source>
        <translation>Das PACS hat keine Studie des Patienten %1</translation>
    </message>
    <message>
        <source>The PACS has no study with UID %1</source>
        <translation>Das PACS hat keine Studie mit der UID %1</translation>
    </message>
</context>
<context>
    <name>sightline::DicomWebGateway</name>
    <message>
        <source>The gateway cannot listen on port %1: it is in use</source>
        <translation>Das Gateway kann nicht auf Port %1 lauschen: er ist belegt</translation>
    </message>
    <message>
        <source>The gateway cannot open a local port</source>
        <translation>Das Gateway kann keinen lokalen Port öffnen</translation>
    </message>
    <message>
        <source>the server stopped sending in the middle of an answer</source>
        <translation>der Server hat mitten in einer Antwort aufgehört zu senden</translation>
    </message>
    <message>
        <source>The gateway has no image cache to answer from.</source>
        <translation>Das Gateway hat keinen Bild-Cache, aus dem es antworten kann.</translation>
    </message>
</context>
<context>
    <name>sightline::DimseService</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::DimseStudySource</name>
    <message>
        <source>DICOM nodes cannot be queried here</source>
        <translation>DICOM-Knoten können hier nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1 has no study of patient %2</source>
        <translation>%1 hat keine Studie des Patienten %2</translation>
    </message>
    <message>
        <source>%1 has no study with UID %2</source>
        <translation>%1 hat keine Studie mit der UID %2</translation>
    </message>
</context>
<context>
    <name>sightline::EmbeddedLoginWindow</name>
    <message>
        <source>Log in — %1</source>
        <translation>Anmelden — %1</translation>
    </message>
</context>
<context>
    <name>sightline::FhirClient</name>
    <message>
        <source>The server&apos;s next-page link points to another origin</source>
        <translation>Der Link des Servers zur nächsten Seite zeigt auf einen anderen Ursprung</translation>
    </message>
</context>
<context>
    <name>sightline::FhirSearchPager</name>
    <message>
        <source>A search answered with something other than a Bundle</source>
        <translation>Eine Suche lieferte etwas anderes als ein Bundle</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Suche abgebrochen</translation>
    </message>
</context>
<context>
    <name>sightline::FhirStudySource</name>
    <message>
        <source>The server has no ImagingStudy with UID %1</source>
        <translation>Der Server hat keine ImagingStudy mit der UID %1</translation>
    </message>
</context>
<context>
    <name>sightline::FhircastSubscriber</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbinde neu</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>No FHIRcast hub or topic</source>
        <translation>Kein FHIRcast-Hub oder Topic</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>der Hub antwortete %1</translation>
    </message>
    <message>
        <source>The hub refused the subscription (%1): %2</source>
        <translation>Der Hub lehnte das Abonnement ab (%1): %2</translation>
    </message>
    <message>
        <source>the hub gave no hub.channel.endpoint</source>
        <translation>der Hub nannte keinen hub.channel.endpoint</translation>
    </message>
    <message>
        <source>the hub closed the connection</source>
        <translation>der Hub schloss die Verbindung</translation>
    </message>
    <message>
        <source>The hub denied the subscription: %1</source>
        <translation>Der Hub verweigerte das Abonnement: %1</translation>
    </message>
    <message>
        <source>The FHIRcast hub did not take the event</source>
        <translation>Der FHIRcast-Hub nahm das Ereignis nicht an</translation>
    </message>
</context>
<context>
    <name>sightline::GatewayStatus</name>
    <message>
        <source>Gateway: off</source>
        <translation>Gateway: aus</translation>
    </message>
    <message>
        <source>Gateway 127.0.0.1:%1 · %2 requests, %3 from the cache</source>
        <translation>Gateway 127.0.0.1:%1 · %2 Anfragen, %3 aus dem Cache</translation>
    </message>
    <message>
        <source> · upstream failed: %1</source>
        <translation> · Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Viewers read DICOMweb through this local gateway, which adds the credentials itself; only this computer can reach it.</source>
        <translation>Viewer lesen DICOMweb über dieses lokale Gateway, das die Anmeldedaten selbst hinzufügt; nur dieser Computer erreicht es.</translation>
    </message>
</context>
<context>
    <name>sightline::ImagingService</name>
    <message>
        <source>Sightline cannot list the studies of %1</source>
        <translation>Sightline kann die Studien von %1 nicht auflisten</translation>
    </message>
    <message>
        <source>C-MOVE needs Sightline&apos;s receiving node, which is not available here: retrieve by C-GET</source>
        <translation>C-MOVE braucht Sightlines Empfangsknoten, der hier nicht verfügbar ist: Rufen Sie per C-GET ab</translation>
    </message>
    <message>
        <source>C-MOVE needs Sightline&apos;s receiving node, which cannot start: %1</source>
        <translation>C-MOVE braucht Sightlines Empfangsknoten, der nicht starten kann: %1</translation>
    </message>
    <message>
        <source>C-MOVE from %1 needs Sightline&apos;s receiving node to accept connections from other computers, and it listens on this computer only: allow that (sightline retrieve --move --accept-remote), or retrieve by C-GET</source>
        <translation>C-MOVE von %1 braucht einen Empfangsknoten, der Verbindungen von anderen Computern annimmt, und Sightlines lauscht nur auf diesem Computer: Erlauben Sie das (sightline retrieve --move --accept-remote), oder rufen Sie per C-GET ab</translation>
    </message>
</context>
<context>
    <name>sightline::JobManager</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 has already ended.</source>
        <translation>Auftrag %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>Job %1 is not running.</source>
        <translation>Auftrag %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Job %1 is not paused.</source>
        <translation>Auftrag %1 ist nicht pausiert.</translation>
    </message>
    <message>
        <source>Job %1 has not failed.</source>
        <translation>Auftrag %1 ist nicht fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sightline does not know jobs of kind &quot;%1&quot;.</source>
        <translation>Sightline kennt keine Aufträge der Art „%1“.</translation>
    </message>
    <message>
        <source>Job %1 has not finished; cancel it first.</source>
        <translation>Auftrag %1 ist nicht beendet; brechen Sie ihn zuerst ab.</translation>
    </message>
</context>
<context>
    <name>sightline::JobsPanel</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Exports run here in the background, survive closing Sightline and continue at the next start.</source>
        <translation>Exporte laufen hier im Hintergrund, überstehen das Schließen von Sightline und laufen beim nächsten Start weiter.</translation>
    </message>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Neuer Export…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Export %1 queued: %2</source>
        <translation>Export %1 eingereiht: %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;Auftrag %1&lt;/b&gt; — %2 (%3)</translation>
    </message>
    <message>
        <source>Phase: %1. %2 of %3 files, %4 resources, %5.</source>
        <translation>Phase: %1. %2 von %3 Dateien, %4 Ressourcen, %5.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3.</source>
        <translation>%1 von %2 Dateien, %3.</translation>
    </message>
    <message>
        <source>De-identified as patient %1; study %2.</source>
        <translation>De-identifiziert als Patient %1; Studie %2.</translation>
    </message>
    <message>
        <source>Only part of the study was in the cache.</source>
        <translation>Nur ein Teil der Studie war im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Would create %1; already there %2; ambiguous %3; skipped (no identifier) %4.</source>
        <translation>Würde anlegen: %1; schon vorhanden: %2; mehrdeutig: %3; übersprungen (kein Identifier): %4.</translation>
    </message>
    <message>
        <source>Created %1; already there %2; ambiguous %3; skipped (no identifier) %4; refused %5.</source>
        <translation>Angelegt: %1; schon vorhanden: %2; mehrdeutig: %3; übersprungen (kein Identifier): %4; abgelehnt: %5.</translation>
    </message>
    <message>
        <source>%1 of %2 resources.</source>
        <translation>%1 von %2 Ressourcen.</translation>
    </message>
    <message numerus="yes">
        <source>Reading resources: %n so far.</source>
        <translation>
            <numerusform>Ressourcen werden gelesen: bisher %n.</numerusform>
            <numerusform>Ressourcen werden gelesen: bisher %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) were not FHIR resources and were left out.</source>
        <translation>
            <numerusform>%n Eingabezeile war keine FHIR-Ressource und wurde ausgelassen.</numerusform>
            <numerusform>%n Eingabezeilen waren keine FHIR-Ressourcen und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry&apos;s status, location and ETag are in %1.</source>
        <translation>Status, Location und ETag jedes Eintrags stehen in %1.</translation>
    </message>
    <message>
        <source>New pu&amp;sh…</source>
        <translation>Neue Über&amp;tragung…</translation>
    </message>
    <message>
        <source>Send resources to a FHIR server without duplicates; with a finished export selected, its files are offered.</source>
        <translation>Ressourcen ohne Duplikate an einen FHIR-Server senden; ist ein fertiger Export ausgewählt, werden seine Dateien angeboten.</translation>
    </message>
    <message>
        <source>Push %1 queued: %2</source>
        <translation>Übertragung %1 eingereiht: %2</translation>
    </message>
    <message>
        <source>Phase: %1. %2 resources, %3; de-identified copies of %4 resources in %5.</source>
        <translation>Phase: %1. %2 Ressourcen, %3; de-identifizierte Kopien von %4 Ressourcen in %5.</translation>
    </message>
    <message>
        <source>Into the image cache: %1 of %2 instances, %3.</source>
        <translation>In den Bild-Cache: %1 von %2 Instanzen, %3.</translation>
    </message>
    <message>
        <source>Rate-limited by the server: next try at %1</source>
        <translation>Vom Server gedrosselt: nächster Versuch um %1</translation>
    </message>
    <message>
        <source>starting on the server</source>
        <translation>wird auf dem Server gestartet</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>wartet auf den Server</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>herunterladen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>de-identifying</source>
        <translation>de-identifizieren</translation>
    </message>
    <message>
        <source>checking what exists</source>
        <translation>prüfen, was vorhanden ist</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>retrieving</source>
        <translation>abrufen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Takes a finished job off the list; its files stay where they are.</source>
        <translation>Nimmt einen beendeten Auftrag aus der Liste; seine Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>server %1 %</source>
        <translation>Server %1 %</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
</context>
<context>
    <name>sightline::KeyPairDialog</name>
    <message>
        <source>Create a Backend Services key pair</source>
        <translation>Ein Schlüsselpaar für Backend Services erzeugen</translation>
    </message>
    <message>
        <source>ES384 (P-384, recommended)</source>
        <translation>ES384 (P-384, empfohlen)</translation>
    </message>
    <message>
        <source>RS384 (RSA 3072)</source>
        <translation>RS384 (RSA 3072)</translation>
    </message>
    <message>
        <source>Create key pair</source>
        <translation>Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <source>The private key is written readable by you only and never leaves this computer. Register the public key set below with the server.</source>
        <translation>Der private Schlüssel wird nur für Sie lesbar geschrieben und verlässt diesen Computer nie. Registrieren Sie den öffentlichen Schlüsselsatz unten beim Server.</translation>
    </message>
    <message>
        <source>The public JWKS appears here</source>
        <translation>Hier erscheint das öffentliche JWKS</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>JWKS kopieren</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Choose where the private key goes.</source>
        <translation>Wählen Sie, wohin der private Schlüssel geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 exists already; Sightline does not overwrite keys. Choose another file.</source>
        <translation>%1 existiert bereits; Sightline überschreibt keine Schlüssel. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Creating the key pair…</source>
        <translation>Schlüsselpaar wird erzeugt…</translation>
    </message>
    <message>
        <source>No key was created: %1</source>
        <translation>Es wurde kein Schlüssel erzeugt: %1</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register this public JWKS with the server for the client.</source>
        <translation>Privater Schlüssel nach %1 geschrieben (nur für Sie lesbar). Registrieren Sie dieses öffentliche JWKS beim Server für den Client.</translation>
    </message>
</context>
<context>
    <name>sightline::KeychainTlsKeys</name>
    <message>
        <source>The private key is still being read from the OS keychain: try again in a moment.</source>
        <translation>Der private Schlüssel wird noch aus dem Schlüsselbund des Systems gelesen: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The OS keychain did not give the private key in time.</source>
        <translation>Der Schlüsselbund des Systems hat den privaten Schlüssel nicht rechtzeitig geliefert.</translation>
    </message>
    <message>
        <source>Sightline stopped waiting for the OS keychain.</source>
        <translation>Sightline wartet nicht mehr auf den Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>sightline::LogPanel</name>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>sightline::LoopbackListener</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the login redirect</source>
        <translation>Auf 127.0.0.1:%1 konnte nicht auf die Anmelde-Weiterleitung gewartet werden</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>Hier gibt es nichts zu tun</translation>
    </message>
    <message>
        <source>This address only receives one Sightline login.</source>
        <translation>Diese Adresse nimmt nur eine Sightline-Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>The login answer did not match the request (state mismatch); nothing was accepted</source>
        <translation>Die Anmeldeantwort passte nicht zur Anfrage (state stimmt nicht überein); nichts wurde übernommen</translation>
    </message>
    <message>
        <source>Login not accepted</source>
        <translation>Anmeldung nicht übernommen</translation>
    </message>
    <message>
        <source>Access was denied at the login page</source>
        <translation>Der Zugriff wurde auf der Anmeldeseite verweigert</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Login did not complete</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The login answer came from another issuer (mix-up defence, RFC 9207)</source>
        <translation>Die Anmeldeantwort kam von einem anderen Aussteller (Mix-up-Schutz, RFC 9207)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <source>The login answer carried no authorization code</source>
        <translation>Die Anmeldeantwort enthielt keinen Autorisierungscode</translation>
    </message>
    <message>
        <source>You are logged in to Sightline</source>
        <translation>Sie sind bei Sightline angemeldet</translation>
    </message>
    <message>
        <source>You can close this tab and return to Sightline.</source>
        <translation>Sie können diesen Tab schließen und zu Sightline zurückkehren.</translation>
    </message>
</context>
<context>
    <name>sightline::MainWindow</name>
    <message>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sightline</source>
        <translation>Ü&amp;ber Sightline</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Viewers…</source>
        <translation>&amp;Viewer…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;EHR context sync…</source>
        <translation>&amp;KIS-Kontextsynchronisation…</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Opened by the EHR</source>
        <translation>Vom KIS geöffnet</translation>
    </message>
    <message>
        <source>The EHR closed the patient</source>
        <translation>Das KIS hat den Patienten geschlossen</translation>
    </message>
    <message>
        <source>The EHR closed study %1</source>
        <translation>Das KIS hat die Studie %1 geschlossen</translation>
    </message>
    <message>
        <source>Image &amp;cache…</source>
        <translation>Bild-&amp;Cache…</translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation>Patient &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>What the image cache holds; its folder, size budget and how long unused images stay; check, repair, empty.</source>
        <translation>Was der Bild-Cache enthält; sein Ordner, sein Größenbudget und wie lange ungenutzte Bilder bleiben; prüfen, reparieren, leeren.</translation>
    </message>
    <message>
        <source>The viewers studies open in, the default one, and your own viewer profiles.</source>
        <translation>Die Viewer, in denen Studien geöffnet werden, der Standard-Viewer und Ihre eigenen Viewer-Profile.</translation>
    </message>
    <message>
        <source>Follow the patient and studies the EHR opens (FHIRcast).</source>
        <translation>Dem Patienten und den Studien folgen, die das EHR öffnet (FHIRcast).</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>Add, edit and remove FHIR servers and PACS in the Capabilities panel, with their logins and audit forwarding.</source>
        <translation>FHIR-Server und PACS im Bereich Fähigkeiten hinzufügen, bearbeiten und entfernen, mit ihren Anmeldungen und der Audit-Weiterleitung.</translation>
    </message>
    <message>
        <source>Audit repository (syslog)…</source>
        <translation>Audit-Repository (Syslog)…</translation>
    </message>
    <message>
        <source>Send the audit trail to an ATNA repository over syslog (TLS).</source>
        <translation>Den Audit-Trail über Syslog (TLS) an ein ATNA-Repository senden.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>The receiving node cannot start: %1 (Preferences → Receiving node)</source>
        <translation>Der Empfangsknoten kann nicht starten: %1 (Einstellungen → Empfangsknoten)</translation>
    </message>
</context>
<context>
    <name>sightline::NetworkExchangeModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>sightline::NetworkPanel</name>
    <message>
        <source>Filter by URL, method or status</source>
        <translation>Nach URL, Methode oder Status filtern</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Credentials are left out; export SIGHTLINE_TOKEN to use the command.</source>
        <translation>Anmeldedaten werden weggelassen; exportieren Sie SIGHTLINE_TOKEN, um den Befehl zu verwenden.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange first</source>
        <translation>Zuerst einen Austausch auswählen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 von %n Austausch</numerusform>
            <numerusform>%1 von %n Austauschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::NewExportDialog</name>
    <message>
        <source>New Bulk Data export</source>
        <translation>Neuer Bulk-Data-Export</translation>
    </message>
    <message>
        <source>Whole system</source>
        <translation>Ganzes System</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Alle Patienten</translation>
    </message>
    <message>
        <source>One group</source>
        <translation>Eine Gruppe</translation>
    </message>
    <message>
        <source>Group id, e.g. export-cohort</source>
        <translation>Gruppen-ID, z. B. export-cohort</translation>
    </message>
    <message>
        <source>all types; or e.g. Patient, Observation</source>
        <translation>alle Typen; oder z. B. Patient, Observation</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>Nur Änderungen seit</translation>
    </message>
    <message>
        <source>Send the parameters with POST</source>
        <translation>Parameter per POST senden</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>Resource types:</source>
        <translation>Ressourcentypen:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation>Lese, was %1 anbietet…</translation>
    </message>
    <message>
        <source>Its CapabilityStatement could not be read; every level is offered.</source>
        <translation>Sein CapabilityStatement konnte nicht gelesen werden; jede Ebene wird angeboten.</translation>
    </message>
    <message>
        <source>This server offers: %1.</source>
        <translation>Dieser Server bietet: %1.</translation>
    </message>
    <message>
        <source>whole system</source>
        <translation>ganzes System</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>alle Patienten</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>This server does not declare Bulk Data export.</source>
        <translation>Dieser Server erklärt keinen Bulk-Data-Export.</translation>
    </message>
    <message>
        <source>Also write de-identified copies</source>
        <translation>Zusätzlich de-identifizierte Kopien schreiben</translation>
    </message>
    <message>
        <source>Copies in the &quot;deidentified&quot; folder: identifiers, names, addresses, telecom, photos, notes and narrative removed, ids replaced by pseudonyms, dates shifted by the same number of days per patient. Other free text is kept: review it.</source>
        <translation>Kopien im Ordner &quot;deidentified&quot;: Identifier, Namen, Adressen, Telekom-Angaben, Fotos, Notizen und Narrative entfernt, IDs durch Pseudonyme ersetzt, Datumsangaben je Patient um dieselbe Zahl von Tagen verschoben. Anderer Freitext bleibt erhalten: prüfen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>sightline::OpenInButton</name>
    <message>
        <source>Open in %1</source>
        <translation>In %1 öffnen</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
</context>
<context>
    <name>sightline::PatientBanner</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · born %3 · %4 · from %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · geboren %3 · %4 · von %5</translation>
    </message>
    <message>
        <source>No patient open — no patient data is shown.</source>
        <translation>Kein Patient geöffnet – es werden keine Patientendaten angezeigt.</translation>
    </message>
</context>
<context>
    <name>sightline::PatientPrefetch</name>
    <message>
        <source>Prefetch: %1 %2 of %3</source>
        <translation>Vorabruf: %1 %2 von %3</translation>
    </message>
</context>
<context>
    <name>sightline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Die des Systems (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
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
        <source>A new language takes effect when Sightline starts next; the theme changes at once.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Sightline; das Farbschema ändert sich sofort.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Die Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>proxy.hospital.example</source>
        <translation>proxy.klinik.example</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Keines: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted besides the system&apos;s, e.g. your hospital&apos;s own certificate authority. Certificates are always checked.</source>
        <translation>Zertifikaten in dieser Datei wird zusätzlich zu denen des Systems vertraut, z. B. der eigenen Zertifizierungsstelle Ihrer Klinik. Zertifikate werden immer geprüft.</translation>
    </message>
    <message>
        <source>Extra CA bundle (PEM):</source>
        <translation>Zusätzliches CA-Bündel (PEM):</translation>
    </message>
    <message>
        <source>Receiving node</source>
        <translation>Empfangsknoten</translation>
    </message>
    <message>
        <source>The receiving node cannot start: %1</source>
        <translation>Der Empfangsknoten kann nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>sightline::PrefetchRunner</name>
    <message>
        <source>Nothing to prefetch</source>
        <translation>Nichts vorab abzurufen</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) could not be retrieved</source>
        <translation>
            <numerusform>%n Instanz konnte nicht abgerufen werden</numerusform>
            <numerusform>%n Instanzen konnten nicht abgerufen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stored, %2 already in the cache</source>
        <translation>%1 gespeichert, %2 schon im Cache</translation>
    </message>
    <message>
        <source>Study %1 was not found</source>
        <translation>Studie %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Study %1 names no DICOMweb service to retrieve it from</source>
        <translation>Die Studie %1 nennt keinen DICOMweb-Dienst, von dem sie abgerufen werden kann</translation>
    </message>
</context>
<context>
    <name>sightline::ProvisionTree</name>
    <message>
        <source>Provision</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>Greift, wenn</translation>
    </message>
    <message>
        <source>No provision</source>
        <translation>Keine Regel</translation>
    </message>
    <message>
        <source>This consent states no rules.</source>
        <translation>Diese Einwilligung nennt keine Regeln.</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (abgeleitet)</translation>
    </message>
</context>
<context>
    <name>sightline::PushDialog</name>
    <message>
        <source>Push resources to a FHIR server</source>
        <translation>Ressourcen an einen FHIR-Server übertragen</translation>
    </message>
    <message>
        <source>NDJSON files or an export&apos;s folder</source>
        <translation>NDJSON-Dateien oder der Ordner eines Exports</translation>
    </message>
    <message>
        <source>Resources found on a server</source>
        <translation>Auf einem Server gefundene Ressourcen</translation>
    </message>
    <message>
        <source>files or folders, separated by &quot;;&quot;</source>
        <translation>Dateien oder Ordner, getrennt durch &quot;;&quot;</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>all; or one Patient id</source>
        <translation>alle; oder eine Patienten-ID</translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s MRN system, urn:oid:…</source>
        <translation>z. B. das Patientennummern-System des Krankenhauses, urn:oid:…</translation>
    </message>
    <message>
        <source>Each resource is created only if none on the target carries its identifier in this system, so pushing twice creates nothing twice.</source>
        <translation>Jede Ressource wird nur angelegt, wenn keine auf dem Ziel ihren Identifier in diesem System trägt; zweimal übertragen legt also nichts doppelt an.</translation>
    </message>
    <message>
        <source> resources per transaction</source>
        <translation> Ressourcen je Transaktion</translation>
    </message>
    <message>
        <source>Dry run: predict created / already there / ambiguous, send nothing</source>
        <translation>Probelauf: angelegt / schon vorhanden / mehrdeutig vorhersagen, nichts senden</translation>
    </message>
    <message>
        <source>Record a Provenance for each transaction</source>
        <translation>Für jede Transaktion eine Provenance festhalten</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Source server:</source>
        <translation>Quellserver:</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Ressourcentyp:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>Push to:</source>
        <translation>Übertragen an:</translation>
    </message>
    <message>
        <source>Identifier system:</source>
        <translation>Identifier-System:</translation>
    </message>
    <message>
        <source>Chunks of:</source>
        <translation>Pakete zu:</translation>
    </message>
    <message>
        <source>NDJSON files</source>
        <translation>NDJSON-Dateien</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson);;All files (*)</source>
        <translation>NDJSON (*.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>An export&apos;s folder</source>
        <translation>Der Ordner eines Exports</translation>
    </message>
    <message>
        <source>Add a server first (Servers panel).</source>
        <translation>Fügen Sie zuerst einen Server hinzu (Bereich Server).</translation>
    </message>
    <message>
        <source>%1 does not accept transaction Bundles, so it cannot take a push.</source>
        <translation>%1 nimmt keine Transaktions-Bundles an und kann daher keine Übertragung empfangen.</translation>
    </message>
    <message>
        <source>Choose NDJSON files or an export&apos;s folder.</source>
        <translation>Wählen Sie NDJSON-Dateien oder den Ordner eines Exports.</translation>
    </message>
    <message>
        <source>The source and the target are the same server.</source>
        <translation>Quelle und Ziel sind derselbe Server.</translation>
    </message>
    <message>
        <source>Start dry run</source>
        <translation>Probelauf starten</translation>
    </message>
    <message>
        <source>Start push</source>
        <translation>Übertragung starten</translation>
    </message>
    <message>
        <source>Reading what %1 accepts…</source>
        <translation>Es wird gelesen, was %1 annimmt…</translation>
    </message>
    <message>
        <source>Its CapabilityStatement could not be read; the push will show whether it accepts transactions.</source>
        <translation>Sein CapabilityStatement konnte nicht gelesen werden; die Übertragung wird zeigen, ob er Transaktionen annimmt.</translation>
    </message>
    <message>
        <source>It does not declare transactions.</source>
        <translation>Er gibt keine Transaktionen an.</translation>
    </message>
    <message>
        <source>It accepts transaction Bundles.</source>
        <translation>Er nimmt Transaktions-Bundles an.</translation>
    </message>
    <message>
        <source>It accepts transaction Bundles but not Provenance resources.</source>
        <translation>Er nimmt Transaktions-Bundles an, aber keine Provenance-Ressourcen.</translation>
    </message>
</context>
<context>
    <name>sightline::PushRunner</name>
    <message>
        <source>There is no push report in %1.</source>
        <translation>In %1 gibt es keinen Übertragungsbericht.</translation>
    </message>
    <message>
        <source>The push report %1 is damaged.</source>
        <translation>Der Übertragungsbericht %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has no %2 to push.</source>
        <translation>%1 hat keine %2 zum Übertragen.</translation>
    </message>
    <message>
        <source>would create %1, already there %2, ambiguous %3, skipped %4</source>
        <translation>würde anlegen %1, schon vorhanden %2, mehrdeutig %3, übersprungen %4</translation>
    </message>
    <message>
        <source>created %1, already there %2, ambiguous %3, refused %4, skipped %5</source>
        <translation>angelegt %1, schon vorhanden %2, mehrdeutig %3, abgelehnt %4, übersprungen %5</translation>
    </message>
    <message>
        <source>%1 does not take Provenance resources: pushed without them.</source>
        <translation>%1 nimmt keine Provenance-Ressourcen an: ohne sie übertragen.</translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNode</name>
    <message>
        <source>The image cache failed</source>
        <translation>Der Bild-Cache ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 received, %2 kept</source>
        <translation>%1 empfangen, %2 behalten</translation>
    </message>
    <message>
        <source>Study %1 is cached for patient %2; an image of it for patient %3 was refused (remove the study from the cache first if its patient really changed)</source>
        <translation>Studie %1 liegt für Patient %2 im Cache; ein Bild davon für Patient %3 wurde abgewiesen (entfernen Sie die Studie zuerst aus dem Cache, wenn sich ihr Patient wirklich geändert hat)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier refusal(s) from this host were not recorded one by one</source>
        <translation>
            <numerusform>%n frühere Abweisung dieses Hosts wurde nicht einzeln festgehalten</numerusform>
            <numerusform>%n frühere Abweisungen dieses Hosts wurden nicht einzeln festgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNodePage</name>
    <message>
        <source>&amp;Receive images pushed by PACSes and modalities</source>
        <translation>Von PACS und Modalitäten gesendete Bilder &amp;empfangen</translation>
    </message>
    <message>
        <source>Accept images from &amp;other computers (listens on every network interface, not only 127.0.0.1)</source>
        <translation>Bilder von anderen &amp;Computern annehmen (lauscht auf jeder Netzwerkschnittstelle, nicht nur auf 127.0.0.1)</translation>
    </message>
    <message>
        <source>Any caller</source>
        <translation>Jeder Absender</translation>
    </message>
    <message>
        <source>Studies that arrive go into the image cache, checked and indexed, and each association is recorded in the audit trail. Retrievals by C-MOVE use the same AE title and port.</source>
        <translation>Eintreffende Studien kommen geprüft und indiziert in den Bildcache, und jede Assoziation wird im Audit-Protokoll festgehalten. Abrufe per C-MOVE verwenden denselben AE-Titel und Port.</translation>
    </message>
    <message>
        <source>&amp;AE title:</source>
        <translation>&amp;AE-Titel:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Let &amp;in only:</source>
        <translation>Nur diese &amp;zulassen:</translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNodeStatus</name>
    <message>
        <source>Refused %1 at %2: %3</source>
        <translation>%1 auf %2 abgewiesen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n image(s) kept</source>
        <translation>
            <numerusform>%1 auf %2: %n Bild behalten</numerusform>
            <numerusform>%1 auf %2: %n Bilder behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n nicht behalten</numerusform>
            <numerusform>%n nicht behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving as %1 on port %2</source>
        <translation>Empfängt als %1 auf Port %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) received</source>
        <translation>
            <numerusform>%n Bild empfangen</numerusform>
            <numerusform>%n Bilder empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>a caller was refused</source>
        <translation>ein Absender wurde abgewiesen</translation>
    </message>
    <message>
        <source>Last arrivals:</source>
        <translation>Zuletzt eingetroffen:</translation>
    </message>
</context>
<context>
    <name>sightline::RestCall</name>
    <message>
        <source>Not an http(s) address: %1</source>
        <translation>Keine http(s)-Adresse: %1</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>%1 refused the connection (is the server running?)</source>
        <translation>%1 hat die Verbindung abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>The host %1 was not found</source>
        <translation>Der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>; other origin, Authorization dropped</source>
        <translation>; anderer Ursprung, Authorization entfernt</translation>
    </message>
    <message>
        <source>will retry in %1 ms</source>
        <translation>neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer</source>
        <translation>%1 hat die Verbindung mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 sent its answer too slowly; the transfer was stopped</source>
        <translation>%1 hat seine Antwort zu langsam gesendet; die Übertragung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>sightline::RetrievalQueue</name>
    <message>
        <source>%1 stored, %2 from the cache, %3 missing</source>
        <translation>%1 gespeichert, %2 aus dem Cache, %3 fehlen</translation>
    </message>
</context>
<context>
    <name>sightline::SandboxLauncher</name>
    <message>
        <source>The sandbox comes with Sightline&apos;s source code: run tests/sandbox/demo from a checkout to try it.</source>
        <translation>Die Sandbox gehört zum Quellcode von Sightline: Führen Sie tests/sandbox/demo in einem Checkout aus, um sie auszuprobieren.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s packages are not installed: run .ci/install-deps in the source folder.</source>
        <translation>Die Pakete der Sandbox sind nicht installiert: Führen Sie .ci/install-deps im Quellordner aus.</translation>
    </message>
    <message>
        <source>The sandbox needs Node.js (the nodejs package).</source>
        <translation>Die Sandbox braucht Node.js (das Paket nodejs).</translation>
    </message>
    <message>
        <source>The sandbox did not come up within %1 minutes</source>
        <translation>Die Sandbox ist nicht innerhalb von %1 Minuten bereit geworden</translation>
    </message>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Node.js konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox stopped (exit code %1). %2</source>
        <translation>Die Sandbox wurde beendet (Exit-Code %1). %2</translation>
    </message>
    <message>
        <source>The sandbox announced no FHIR server</source>
        <translation>Die Sandbox hat keinen FHIR-Server gemeldet</translation>
    </message>
</context>
<context>
    <name>sightline::SecretStore</name>
    <message>
        <source>No OS keychain is available (is a Secret Service such as GNOME Keyring or KWallet running and unlocked?). Sightline does not store secrets in plain files.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (läuft ein Secret Service wie GNOME Keyring oder KWallet und ist er entsperrt?). Sightline speichert Geheimnisse nicht in einfachen Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Is it waiting for its password, or has its service hung?</source>
        <translation>
            <numerusform>Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %n Sekunde geantwortet. Wartet er auf sein Passwort, oder hängt sein Dienst?</numerusform>
            <numerusform>Der Schlüsselbund des Betriebssystems hat nicht innerhalb von %n Sekunden geantwortet. Wartet er auf sein Passwort, oder hängt sein Dienst?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::SecurityLabelChips</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>no system</source>
        <translation>kein System</translation>
    </message>
</context>
<context>
    <name>sightline::SeriesThumbnailGrid</name>
    <message>
        <source>Not in the cache yet</source>
        <translation>Noch nicht im Cache</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3 (%n Bild)</numerusform>
            <numerusform>%1 %2
%3 (%n Bilder)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ServerDialog</name>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Fill from string</source>
        <translation>Aus String übernehmen</translation>
    </message>
    <message>
        <source>None (open server)</source>
        <translation>Keine (offener Server)</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>SMART App Launch, public client</source>
        <translation>SMART App Launch, öffentlicher Client</translation>
    </message>
    <message>
        <source>SMART App Launch, confidential client</source>
        <translation>SMART App Launch, vertraulicher Client</translation>
    </message>
    <message>
        <source>SMART Backend Services</source>
        <translation>SMART Backend Services</translation>
    </message>
    <message>
        <source>from SMART discovery when empty</source>
        <translation>aus der SMART-Discovery, wenn leer</translation>
    </message>
    <message>
        <source>the FHIR base when empty</source>
        <translation>die FHIR-Basis, wenn leer</translation>
    </message>
    <message>
        <source>Sign a JWT assertion (private_key_jwt)</source>
        <translation>Eine JWT-Assertion signieren (private_key_jwt)</translation>
    </message>
    <message>
        <source>private key or secret file</source>
        <translation>Datei mit privatem Schlüssel oder Geheimnis</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM); verification stays on</source>
        <translation>zusätzliches CA-Zertifikat (PEM); die Prüfung bleibt aktiv</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Log in inside Sightline instead of the system browser</source>
        <translation>In Sightline statt im System-Browser anmelden</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungsstring</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>FHIR base URL</source>
        <translation>FHIR-Basis-URL</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Key / secret file</source>
        <translation>Schlüssel-/Geheimnisdatei</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Redirect-Port</translation>
    </message>
    <message>
        <source>The client secret will be stored in the OS keychain, not in settings.</source>
        <translation>Das Client-Geheimnis wird im Schlüsselbund des Betriebssystems gespeichert, nicht in den Einstellungen.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s FHIR base URL, starting with https:// (or http:// for a local test server).</source>
        <translation>Geben Sie die FHIR-Basis-URL des Servers ein, beginnend mit https:// (oder http:// für einen lokalen Testserver).</translation>
    </message>
    <message>
        <source>SMART authorization needs a client ID.</source>
        <translation>SMART-Autorisierung braucht eine Client-ID.</translation>
    </message>
    <message>
        <source>The token URL is not a valid URL.</source>
        <translation>Die Token-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Send Sightline&apos;s audit trail to this server (AuditEvent)</source>
        <translation>Sightlines Audit-Protokoll an diesen Server senden (AuditEvent)</translation>
    </message>
    <message>
        <source>Create key pair…</source>
        <translation>Schlüsselpaar erzeugen…</translation>
    </message>
    <message>
        <source>Make a private key for this client and show the public key set to register with the server</source>
        <translation>Einen privaten Schlüssel für diesen Client erzeugen und den öffentlichen Schlüsselsatz zur Registrierung beim Server zeigen</translation>
    </message>
    <message>
        <source>FHIR server</source>
        <translation>FHIR-Server</translation>
    </message>
    <message>
        <source>DICOMweb PACS without FHIR</source>
        <translation>DICOMweb-PACS ohne FHIR</translation>
    </message>
    <message>
        <source>A PACS without FHIR is browsed with QIDO-RS: patients and studies come from its DICOM data</source>
        <translation>Ein PACS ohne FHIR wird mit QIDO-RS durchsucht: Patienten und Studien stammen aus seinen DICOM-Daten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>DICOMweb base URL</source>
        <translation>DICOMweb-Basis-URL</translation>
    </message>
    <message>
        <source>Enter the PACS&apos;s DICOMweb base URL, starting with https:// (or http:// for a local test server).</source>
        <translation>Geben Sie die DICOMweb-Basis-URL des PACS ein, beginnend mit https:// (oder http:// für einen lokalen Testserver).</translation>
    </message>
    <message>
        <source>A DICOMweb PACS without FHIR is open or takes a user name and password (Basic).</source>
        <translation>Ein DICOMweb-PACS ohne FHIR ist offen oder nimmt Benutzername und Passwort (Basic).</translation>
    </message>
    <message>
        <source>DICOM node (DIMSE)</source>
        <translation>DICOM-Knoten (DIMSE)</translation>
    </message>
    <message>
        <source>fhir://host/path?client_id=…, dicomweb://host/path or dicom://AE@host:port</source>
        <translation>fhir://host/pfad?client_id=…, dicomweb://host/pfad oder dicom://AE@host:port</translation>
    </message>
</context>
<context>
    <name>sightline::SessionManager</name>
    <message>
        <source>The Backend Services private key cannot be used</source>
        <translation>Der private Schlüssel für Backend Services ist nicht verwendbar</translation>
    </message>
    <message>
        <source> — check that the public key is registered for this client and that this computer&apos;s clock is right (the assertion is valid for five minutes from local time)</source>
        <translation> — prüfen Sie, ob der öffentliche Schlüssel für diesen Client registriert ist und ob die Uhr dieses Computers stimmt (die Assertion gilt fünf Minuten ab lokaler Zeit)</translation>
    </message>
    <message>
        <source>The session cannot be kept for the next start: %1</source>
        <translation>Die Sitzung kann nicht für den nächsten Start gehalten werden: %1</translation>
    </message>
    <message>
        <source>The client secret file cannot be read</source>
        <translation>Die Datei mit dem Client-Geheimnis ist nicht lesbar</translation>
    </message>
    <message>
        <source>The client secret file is empty</source>
        <translation>Die Datei mit dem Client-Geheimnis ist leer</translation>
    </message>
    <message>
        <source>No keychain is available for the client secret</source>
        <translation>Für das Client-Geheimnis ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>No client secret is stored for %1: enter it in the server&apos;s settings</source>
        <translation>Für %1 ist kein Client-Geheimnis gespeichert: geben Sie es in den Einstellungen des Servers ein</translation>
    </message>
    <message>
        <source>The client&apos;s private key cannot be used</source>
        <translation>Der private Schlüssel des Clients kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>sightline::SessionPanel</name>
    <message>
        <source>A one-way identity of the access token, as the audit trail records it; never the token</source>
        <translation>Eine Einweg-Kennung des Access-Tokens, wie das Audit-Protokoll sie vermerkt; nie das Token selbst</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Complete the login in your browser…</source>
        <translation>Schließen Sie die Anmeldung im Browser ab…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Patient in context</source>
        <translation>Patient im Kontext</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Access-Token läuft ab</translation>
    </message>
    <message>
        <source>Token identity</source>
        <translation>Token-Kennung</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Asked for but not granted</source>
        <translation>Angefragt, aber nicht gewährt</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser…</source>
        <translation>Warte auf die Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Log in again: the session could not be renewed</source>
        <translation>Erneut anmelden: die Sitzung konnte nicht verlängert werden</translation>
    </message>
    <message>
        <source>(the server did not say)</source>
        <translation>(vom Server nicht angegeben)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>in %1:%2 min</source>
        <translation>in %1:%2 min</translation>
    </message>
    <message>
        <source>Could not open the launch patient: %1</source>
        <translation>Der Launch-Patient konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Resuming the session kept in the keychain…</source>
        <translation>Die im Schlüsselbund gehaltene Sitzung wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Requesting a token with the client&apos;s signed assertion…</source>
        <translation>Token wird mit der signierten Assertion des Clients angefordert…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The login address is on the clipboard</source>
        <translation>Die Anmeldeadresse ist in der Zwischenablage</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below in a browser to log in</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie die Adresse unten in einem Browser, um sich anzumelden</translation>
    </message>
    <message>
        <source>Login page (if your browser did not show it):</source>
        <translation>Anmeldeseite (falls Ihr Browser sie nicht gezeigt hat):</translation>
    </message>
    <message>
        <source>Login page:</source>
        <translation>Anmeldeseite:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No SMART server configured: a server that offers SMART on FHIR is set up from the Capabilities tab</source>
        <translation>Kein SMART-Server eingerichtet: Ein Server, der SMART on FHIR anbietet, wird im Tab „Fähigkeiten“ eingerichtet</translation>
    </message>
</context>
<context>
    <name>sightline::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>sightline::SingleInstance</name>
    <message>
        <source>Sightline could not tell whether it runs already</source>
        <translation>Sightline konnte nicht feststellen, ob es bereits läuft</translation>
    </message>
    <message>
        <source>No running Sightline to hand over to</source>
        <translation>Kein laufendes Sightline, an das übergeben werden kann</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over</source>
        <translation>Die Argumente sind zu lang für die Übergabe</translation>
    </message>
    <message>
        <source>The running Sightline did not answer; close it and try again</source>
        <translation>Das laufende Sightline hat nicht geantwortet; schließen Sie es und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>sightline::StudiesPanel</name>
    <message>
        <source>Name, identifier (MRN) or birth date (yyyy-mm-dd)</source>
        <translation>Name, Identifier (MRN) oder Geburtsdatum (jjjj-mm-tt)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Patient suchen</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>DICOM tags…</source>
        <translation>DICOM-Tags…</translation>
    </message>
    <message>
        <source>%v of %m images</source>
        <translation>%v von %m Bildern</translation>
    </message>
    <message>
        <source>PATIENT MISMATCH in %1: %2. Check before using these images.</source>
        <translation>PATIENTEN-ABWEICHUNG in %1: %2. Prüfen Sie das, bevor Sie diese Bilder verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Study retrieved: %n image(s) stored</source>
        <translation>
            <numerusform>Studie abgerufen: %n Bild gespeichert</numerusform>
            <numerusform>Studie abgerufen: %n Bilder gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieval ended: %1</source>
        <translation>Abruf beendet: %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Kein Patient gefunden</translation>
    </message>
    <message>
        <source>Loading the patient&apos;s studies…</source>
        <translation>Die Studien des Patienten werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n imaging stud(y/ies)</source>
        <translation>
            <numerusform>%n Bildgebungsstudie</numerusform>
            <numerusform>%n Bildgebungsstudien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be retrieved: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Retrieve the study first: its images are not in the cache</source>
        <translation>Rufen Sie die Studie zuerst ab: ihre Bilder sind nicht im Cache</translation>
    </message>
    <message numerus="yes">
        <source>Cache: %n stud(y/ies), %1 of %2</source>
        <translation>
            <numerusform>Cache: %n Studie, %1 von %2</numerusform>
            <numerusform>Cache: %n Studien, %1 von %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient mismatch</source>
        <translation>Patienten-Abweichung</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>In %1 geöffnet</translation>
    </message>
    <message>
        <source>Select one study to open</source>
        <translation>Wählen Sie eine Studie zum Öffnen</translation>
    </message>
    <message>
        <source>The images of this study may belong to another patient than %1 (their DICOM patient differs from the FHIR Patient).

Open them anyway? This is recorded in the audit trail.</source>
        <translation>Die Bilder dieser Studie gehören vielleicht einem anderen Patienten als %1 (ihr DICOM-Patient weicht vom FHIR-Patienten ab).

Trotzdem öffnen? Das wird im Audit-Trail vermerkt.</translation>
    </message>
    <message>
        <source>Not opened: patient mismatch</source>
        <translation>Nicht geöffnet: Patienten-Abweichung</translation>
    </message>
    <message>
        <source>Security labels of the selected study</source>
        <translation>Sicherheitslabels der ausgewählten Studie</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Sicherheitslabels:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the cached study to a folder or ZIP, optionally de-identified</source>
        <translation>Die zwischengespeicherte Studie in einen Ordner oder als ZIP exportieren, wahlweise de-identifiziert</translation>
    </message>
    <message>
        <source>Select one study to export</source>
        <translation>Wählen Sie eine Studie zum Exportieren</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(y/ies) queued for prefetch (see Jobs)</source>
        <translation>
            <numerusform>%n Studie zum Vorabruf eingereiht (siehe Aufträge)</numerusform>
            <numerusform>%n Studien zum Vorabruf eingereiht (siehe Aufträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prefetch on open</source>
        <translation>Beim Öffnen vorab abrufen</translation>
    </message>
    <message>
        <source>When a patient is opened, put their studies into the image cache in the background (as jobs)</source>
        <translation>Beim Öffnen eines Patienten seine Studien im Hintergrund (als Aufträge) in den Bild-Cache holen</translation>
    </message>
    <message>
        <source>%1 (PACS: patient as the DICOM data names them)</source>
        <translation>%1 (PACS: Patient, wie ihn die DICOM-Daten nennen)</translation>
    </message>
    <message>
        <source>No server %1 is configured</source>
        <translation>Kein Server %1 ist eingerichtet</translation>
    </message>
    <message>
        <source>Looking up study %1…</source>
        <translation>Studie %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Study %1 was not found: %2</source>
        <translation>Studie %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>no such study</source>
        <translation>keine solche Studie</translation>
    </message>
    <message>
        <source>Study %1 is not among the patient&apos;s studies</source>
        <translation>Studie %1 gehört nicht zu den Studien des Patienten</translation>
    </message>
    <message>
        <source>Found ignoring accents: the server matches names only as spelled</source>
        <translation>Ohne Rücksicht auf Akzente gefunden: Der Server findet Namen nur in genau dieser Schreibweise</translation>
    </message>
    <message>
        <source>Only the first %1 patients whose names begin with “%2” were compared: type an identifier or a birth date to narrow the search</source>
        <translation>Nur die ersten %1 Patienten, deren Namen mit „%2“ beginnen, wurden verglichen: Geben Sie einen Identifier oder ein Geburtsdatum ein, um die Suche einzugrenzen</translation>
    </message>
    <message>
        <source>%1 (DICOM node: patient as the DICOM data names them)</source>
        <translation>%1 (DICOM-Knoten: Patient, wie ihn die DICOM-Daten nennen)</translation>
    </message>
</context>
<context>
    <name>sightline::StudyExportDialog</name>
    <message>
        <source>Export study</source>
        <translation>Studie exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Folder with DICOMDIR</source>
        <translation>Ordner mit DICOMDIR</translation>
    </message>
    <message>
        <source>ZIP file</source>
        <translation>ZIP-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>De-identify (DICOM PS3.15 Basic profile)</source>
        <translation>De-identifizieren (DICOM PS3.15 Basic-Profil)</translation>
    </message>
    <message>
        <source>generated, e.g. SL-3F9A…</source>
        <translation>erzeugt, z. B. SL-3F9A…</translation>
    </message>
    <message>
        <source>none: a new key for this export</source>
        <translation>keine: ein neuer Schlüssel für diesen Export</translation>
    </message>
    <message>
        <source>Names, IDs, dates, institutions, descriptions and private attributes are removed or replaced; UIDs are replaced consistently. &lt;b&gt;Pixel data is not changed&lt;/b&gt;: images with burned-in text are listed in the job&apos;s details for you to check. Use a key file to give several exports the same pseudonyms and UIDs.</source>
        <translation>Namen, IDs, Daten, Einrichtungen, Beschreibungen und private Attribute werden entfernt oder ersetzt; UIDs werden einheitlich ersetzt. &lt;b&gt;Pixeldaten werden nicht verändert&lt;/b&gt;: Bilder mit eingebranntem Text werden in den Details des Auftrags zur Prüfung aufgeführt. Mit einer Schlüsseldatei erhalten mehrere Exporte dieselben Pseudonyme und UIDs.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudonym:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export to ZIP file</source>
        <translation>Als ZIP-Datei exportieren</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Project key file</source>
        <translation>Projekt-Schlüsseldatei</translation>
    </message>
</context>
<context>
    <name>sightline::StudyOpener</name>
    <message>
        <source>No viewer profile %1</source>
        <translation>Kein Viewer-Profil %1</translation>
    </message>
    <message>
        <source>The study names no DICOMweb endpoint</source>
        <translation>Die Studie nennt keinen DICOMweb-Endpoint</translation>
    </message>
    <message>
        <source>Sightline&apos;s local gateway is not running</source>
        <translation>Das lokale Gateway von Sightline läuft nicht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the patient in context</source>
        <translation>den Patienten im Kontext</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The study cannot be retrieved</source>
        <translation>Die Studie kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Retrieving the study from %1 for the viewer…</source>
        <translation>Die Studie wird für den Viewer von %1 abgerufen …</translation>
    </message>
    <message>
        <source>The study was not retrieved from %1</source>
        <translation>Die Studie wurde nicht von %1 abgerufen</translation>
    </message>
    <message>
        <source>Not all of the study came from %1; the viewer shows what did: %2</source>
        <translation>Nicht die ganze Studie kam von %1; der Viewer zeigt, was ankam: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing</source>
        <translation>
            <numerusform>%n Bild fehlt</numerusform>
            <numerusform>%n Bilder fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::StudyRetriever</name>
    <message>
        <source>Not a DICOM Study Instance UID: %1</source>
        <translation>Keine DICOM Study Instance UID: %1</translation>
    </message>
    <message>
        <source>The server lists no series for this study</source>
        <translation>Der Server nennt keine Serien für diese Studie</translation>
    </message>
    <message>
        <source>The server named a series with an invalid UID</source>
        <translation>Der Server nannte eine Serie mit ungültiger UID</translation>
    </message>
    <message>
        <source>The server sent a part that is not DICOM (%1)</source>
        <translation>Der Server sandte einen Teil, der kein DICOM ist (%1)</translation>
    </message>
    <message>
        <source>Retrieval stopped</source>
        <translation>Abruf angehalten</translation>
    </message>
    <message>
        <source>Series %1: %2; the server could not render it: %3</source>
        <translation>Serie %1: %2; der Server konnte sie nicht darstellen: %3</translation>
    </message>
    <message>
        <source>The server would not send the study as a whole (HTTP 404); it was retrieved series by series</source>
        <translation>Der Server wollte die Studie nicht als Ganzes senden (HTTP 404); sie wurde Serie für Serie abgerufen</translation>
    </message>
    <message>
        <source>The server does not have this study (HTTP 404), and lists none of its series</source>
        <translation>Der Server hat diese Studie nicht (HTTP 404) und nennt keine ihrer Serien</translation>
    </message>
    <message>
        <source>The server lists this study but will not send it, whole or series by series (HTTP 404): it may hold this Study Instance UID under two patients</source>
        <translation>Der Server nennt diese Studie, sendet sie aber weder ganz noch Serie für Serie (HTTP 404): vielleicht führt er diese Study Instance UID unter zwei Patienten</translation>
    </message>
</context>
<context>
    <name>sightline::StudyTableModel</name>
    <message>
        <source>Retrieving %1 of %2…</source>
        <translation>Abruf %1 von %2…</translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 cached</source>
        <translation>Abgebrochen: %1 von %2 im Cache</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) missing</source>
        <translation>
            <numerusform>%n Instanz fehlt</numerusform>
            <numerusform>%n Instanzen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>PATIENT MISMATCH — the images may belong to someone else:
%1</source>
        <translation>PATIENTEN-ABWEICHUNG — die Bilder gehören vielleicht jemand anderem:
%1</translation>
    </message>
    <message>
        <source>(no DICOMweb endpoint)</source>
        <translation>(kein DICOMweb-Endpoint)</translation>
    </message>
    <message>
        <source>⚠ PATIENT MISMATCH: %1</source>
        <translation>⚠ PATIENTEN-ABWEICHUNG: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>sightline::SyslogDialog</name>
    <message>
        <source>Audit syslog</source>
        <translation>Audit-Syslog</translation>
    </message>
    <message>
        <source>Send the audit trail to a syslog audit repository (ATNA)</source>
        <translation>Das Audit-Protokoll an ein Syslog-Audit-Repository (ATNA) senden</translation>
    </message>
    <message>
        <source>Optional: a PEM file with the repository&apos;s CA</source>
        <translation>Optional: eine PEM-Datei mit der CA des Repositorys</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Each audit event is sent as an RFC 5424 message over TLS (RFC 5425), in order, including what was recorded while the repository could not be reached. The repository&apos;s certificate must verify against the system&apos;s CAs or the CA file; otherwise nothing is sent.</source>
        <translation>Jedes Audit-Ereignis wird als RFC-5424-Nachricht über TLS (RFC 5425) gesendet, in Reihenfolge, auch was aufgezeichnet wurde, während das Repository nicht erreichbar war. Das Zertifikat des Repositorys muss sich gegen die CAs des Systems oder die CA-Datei prüfen lassen; sonst wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
</context>
<context>
    <name>sightline::SyslogForwarder</name>
    <message>
        <source>No syslog host is set</source>
        <translation>Kein Syslog-Host eingetragen</translation>
    </message>
    <message>
        <source>No syslog port is set</source>
        <translation>Kein Syslog-Port eingetragen</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate</source>
        <translation>Die CA-Datei %1 enthält kein Zertifikat</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>%1:%2 did not answer</source>
        <translation>%1:%2 antwortete nicht</translation>
    </message>
</context>
<context>
    <name>sightline::TokenEndpointClient</name>
    <message>
        <source>No refresh token was granted; log in again</source>
        <translation>Es wurde kein Refresh-Token gewährt; melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>sightline::TokenVault</name>
    <message>
        <source>The stored session in the keychain is unreadable; log in again</source>
        <translation>Die im Schlüsselbund gespeicherte Sitzung ist unlesbar; melden Sie sich erneut an</translation>
    </message>
</context>
<context>
    <name>sightline::TransactionPush</name>
    <message>
        <source>No identifier in %1: it could not be recognised on the next push, so it is not sent.</source>
        <translation>Kein Identifier in %1: er wäre beim nächsten Übertragen nicht wiederzuerkennen, daher wird er nicht gesendet.</translation>
    </message>
    <message>
        <source>No target server.</source>
        <translation>Kein Zielserver.</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>Das Übertragen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 resources already carry %2: the server cannot tell which one is meant.</source>
        <translation>%1 Ressourcen tragen bereits %2: der Server kann nicht erkennen, welche gemeint ist.</translation>
    </message>
</context>
<context>
    <name>sightline::UpstreamFetcher</name>
    <message>
        <source>Sightline&apos;s gateway stopped</source>
        <translation>Das Gateway von Sightline wurde beendet</translation>
    </message>
    <message>
        <source>The server stopped sending: %1</source>
        <translation>Der Server hat das Senden abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 sent its answer too slowly (%2); the transfer was stopped</source>
        <translation>%1 hat seine Antwort zu langsam gesendet (%2); die Übertragung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>sightline::ViewerRegistry</name>
    <message>
        <source>%1 is not a viewer settings file; the built-in viewers are used</source>
        <translation>%1 ist keine Viewer-Einstellungsdatei; die eingebauten Viewer werden verwendet</translation>
    </message>
    <message>
        <source>No viewer profile %1</source>
        <translation>Kein Viewer-Profil %1</translation>
    </message>
</context>
<context>
    <name>sightline::ViewerSettingsDialog</name>
    <message>
        <source>Viewers</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Bundled OHIF</source>
        <translation>Mitgelieferter OHIF</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL scheme with a command</source>
        <translation>URL-Schema mit Befehl</translation>
    </message>
    <message>
        <source>IHE Invoke Image Display</source>
        <translation>IHE Invoke Image Display</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>Lokales Programm</translation>
    </message>
    <message>
        <source>One argument per line, e.g. {studyFolder}</source>
        <translation>Ein Argument pro Zeile, z. B. {studyFolder}</translation>
    </message>
    <message>
        <source>Open inside Sightline (web viewers)</source>
        <translation>In Sightline öffnen (Web-Viewer)</translation>
    </message>
    <message>
        <source>Allow {accessToken} in this profile (the token leaves Sightline)</source>
        <translation>{accessToken} in diesem Profil erlauben (das Token verlässt Sightline)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>URL or command</source>
        <translation>URL oder Befehl</translation>
    </message>
    <message>
        <source>IID base URL</source>
        <translation>IID-Basis-URL</translation>
    </message>
    <message>
        <source>IID viewer type</source>
        <translation>IID-Viewer-Typ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>Test launch</source>
        <translation>Testaufruf</translation>
    </message>
    <message>
        <source>My viewer</source>
        <translation>Mein Viewer</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Test launch with a sample study:
%1</source>
        <translation>Testaufruf mit einer Beispielstudie:
%1</translation>
    </message>
</context>
<context>
    <name>sightline::ViewerTab</name>
    <message>
        <source>The viewer page did not load (%1)</source>
        <translation>Die Viewer-Seite wurde nicht geladen (%1)</translation>
    </message>
</context>
<context>
    <name>sightline::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Sightline&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Sightline&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sightline works with your FHIR server (or a DICOMweb PACS): it checks what the server can do, finds a patient&apos;s imaging studies and opens them in the viewer you choose. Start by adding a server.</source>
        <translation>Sightline arbeitet mit Ihrem FHIR-Server (oder einem DICOMweb-PACS): Es prüft, was der Server kann, findet die Bildgebungsstudien eines Patienten und öffnet sie im Viewer Ihrer Wahl. Fügen Sie zuerst einen Server hinzu.</translation>
    </message>
    <message>
        <source>Add your server</source>
        <translation>Ihren Server hinzufügen</translation>
    </message>
    <message>
        <source>https://fhir.hospital.org/r4 or fhir://host/path?client_id=…</source>
        <translation>https://fhir.klinik.example/r4 oder fhir://host/pfad?client_id=…</translation>
    </message>
    <message>
        <source>&amp;Add server</source>
        <translation>Server &amp;hinzufügen</translation>
    </message>
    <message>
        <source>All &amp;settings…</source>
        <translation>Alle &amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Paste the server&apos;s FHIR base URL, or a connection string from your integration team (fhir://…, dicomweb://…). Logins, client ids and keys can be set in all settings; secrets are kept in the OS keychain.</source>
        <translation>Fügen Sie die FHIR-Basis-URL des Servers ein oder eine Verbindungszeichenfolge Ihres Integrationsteams (fhir://…, dicomweb://…). Anmeldung, Client-IDs und Schlüssel lassen sich in allen Einstellungen festlegen; Geheimnisse liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Or try the sandbox</source>
        <translation>Oder die Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Open the sandbox</source>
        <translation>Sandbox ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Test servers on this computer with sample patients, imaging studies and consents: Orthanc (DICOMweb), a SMART authorization server and a FHIR server. Nothing leaves this computer. The first start generates the test images and takes about a minute.</source>
        <translation>Testserver auf diesem Computer mit Beispielpatienten, Bildgebungsstudien und Einwilligungen: Orthanc (DICOMweb), ein SMART-Autorisierungsserver und ein FHIR-Server. Nichts verlässt diesen Computer. Der erste Start erzeugt die Testbilder und dauert etwa eine Minute.</translation>
    </message>
    <message>
        <source>Sandbox start cancelled.</source>
        <translation>Start der Sandbox abgebrochen.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox runs at %1 until Sightline quits.</source>
        <translation>Die Sandbox läuft unter %1, bis Sightline beendet wird.</translation>
    </message>
</context>
<context>
    <name>sightline::WhatIfForm</name>
    <message>
        <source>Organization/… or Practitioner/…</source>
        <translation>Organization/… oder Practitioner/…</translation>
    </message>
    <message>
        <source>system|code, e.g. http://loinc.org|44261-6</source>
        <translation>System|Code, z. B. http://loinc.org|44261-6</translation>
    </message>
    <message>
        <source>e.g. R, PSY</source>
        <translation>z. B. R, PSY</translation>
    </message>
    <message>
        <source>date of the data, e.g. 2025-06-01</source>
        <translation>Datum der Daten, z. B. 2025-06-01</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Deny overrides</source>
        <translation>Verweigerung hat Vorrang</translation>
    </message>
    <message>
        <source>Latest consent wins</source>
        <translation>Neueste Einwilligung gewinnt</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>Wer fragt:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Purpose of use:</source>
        <translation>Verwendungszweck:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Ressourcentyp:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Sicherheitslabels:</translation>
    </message>
    <message>
        <source>Data date:</source>
        <translation>Datum der Daten:</translation>
    </message>
    <message>
        <source>User clearance:</source>
        <translation>Freigabe des Benutzers:</translation>
    </message>
    <message>
        <source>Time of access:</source>
        <translation>Zeitpunkt des Zugriffs:</translation>
    </message>
    <message>
        <source>Several consents:</source>
        <translation>Mehrere Einwilligungen:</translation>
    </message>
    <message>
        <source>When no consent applies:</source>
        <translation>Wenn keine Einwilligung greift:</translation>
    </message>
    <message>
        <source>The data date &quot;%1&quot; is not a FHIR date (e.g. 2025-06-01).</source>
        <translation>Das Datum der Daten „%1“ ist kein FHIR-Datum (z. B. 2025-06-01).</translation>
    </message>
</context>
</TS>
