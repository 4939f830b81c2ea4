<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppServices</name>
    <message>
        <source>The login to %1 did not finish in time</source>
        <translation>La connexion à %1 ne s’est pas terminée à temps</translation>
    </message>
    <message>
        <source>Not logged in to %1; run: sightline login &quot;%2&quot;</source>
        <translation>Non connecté à %1 ; exécutez : sightline login &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>AppearanceSettings</name>
    <message>
        <source>The appearance settings could not be saved to %1</source>
        <translation>Les paramètres d&apos;apparence n&apos;ont pas pu être enregistrés dans %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>an audit journal other than this user&apos;s</source>
        <translation>un journal d&apos;audit autre que celui de cet utilisateur</translation>
    </message>
    <message>
        <source>Check the audit journal&apos;s hash chain.</source>
        <translation>Vérifier la chaîne de hachage du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Write audit events as NDJSON.</source>
        <translation>Écrire les événements d&apos;audit en NDJSON.</translation>
    </message>
    <message>
        <source>events from this date or date-time on (ISO 8601)</source>
        <translation>les événements à partir de cette date ou date-heure (ISO 8601)</translation>
    </message>
    <message>
        <source>events up to this date or date-time (ISO 8601)</source>
        <translation>les événements jusqu&apos;à cette date ou date-heure (ISO 8601)</translation>
    </message>
    <message>
        <source>only this patient&apos;s events</source>
        <translation>seulement les événements de ce patient</translation>
    </message>
    <message>
        <source>the file (default: standard output)</source>
        <translation>le fichier (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>Dates are ISO 8601: 2026-11-01 or 2026-11-01T08:00:00Z</source>
        <translation>Les dates sont en ISO 8601 : 2026-11-01 ou 2026-11-01T08:00:00Z</translation>
    </message>
</context>
<context>
    <name>BulkExportManifest</name>
    <message>
        <source>The export manifest&apos;s %1 is not a list.</source>
        <translation>Le champ %1 du manifeste d&apos;export n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>An export file in the manifest&apos;s %1 has no usable URL.</source>
        <translation>Un fichier d&apos;export dans le champ %1 du manifeste n&apos;a pas d&apos;URL utilisable.</translation>
    </message>
    <message>
        <source>The export manifest is not JSON.</source>
        <translation>Le manifeste d&apos;export n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The export manifest has no output list.</source>
        <translation>Le manifeste d&apos;export n&apos;a pas de liste de sorties.</translation>
    </message>
</context>
<context>
    <name>BulkExportRequest</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1, de-identified</source>
        <translation>%1, désidentifié</translation>
    </message>
</context>
<context>
    <name>CacheIntake</name>
    <message>
        <source>An instance of another study arrived (%1)</source>
        <translation>Une instance d&apos;une autre étude est arrivée (%1)</translation>
    </message>
    <message>
        <source>Nothing of this series is cached</source>
        <translation>Rien de cette série n&apos;est en cache</translation>
    </message>
</context>
<context>
    <name>CapabilityComparison</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>(no statement: %1)</source>
        <translation>(pas de déclaration : %1)</translation>
    </message>
    <message>
        <source>FHIR base</source>
        <translation>Base FHIR</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>Version FHIR</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>System interactions</source>
        <translation>Interactions système</translation>
    </message>
    <message>
        <source>System operations</source>
        <translation>Opérations système</translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation>Types de ressources</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Aptitude</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Scopes supported</source>
        <translation>Scopes pris en charge</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
</context>
<context>
    <name>CapabilityStatement</name>
    <message>
        <source>The server&apos;s /metadata is not a CapabilityStatement</source>
        <translation>Le /metadata du serveur n&apos;est pas un CapabilityStatement</translation>
    </message>
</context>
<context>
    <name>ClientAuthentication</name>
    <message>
        <source>Unknown client authentication method: %1</source>
        <translation>Méthode d’authentification du client inconnue : %1</translation>
    </message>
    <message>
        <source>The server accepts no client secret at its token endpoint</source>
        <translation>Le serveur n’accepte aucun secret client à son point de terminaison de jeton</translation>
    </message>
    <message>
        <source>It accepts: %1</source>
        <translation>Il accepte : %1</translation>
    </message>
    <message>
        <source>The server accepts no signed client assertion (private_key_jwt) at its token endpoint</source>
        <translation>Le serveur n&apos;accepte aucune assertion client signée (private_key_jwt) à son point de terminaison de jeton</translation>
    </message>
</context>
<context>
    <name>CommandArguments</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>More: sightline help %1</source>
        <translation>Plus : sightline help %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>More: sightline --help</source>
        <translation>Plus : sightline --help</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Commande inconnue %1</translation>
    </message>
    <message>
        <source>Commands: sightline --help</source>
        <translation>Commandes : sightline --help</translation>
    </message>
    <message>
        <source>--headless needs --server SERVER</source>
        <translation>--headless a besoin de --server SERVER</translation>
    </message>
    <message>
        <source>--headless goes with --server and --json only</source>
        <translation>--headless ne va qu&apos;avec --server et --json</translation>
    </message>
    <message>
        <source>--json goes with --headless or a command</source>
        <translation>--json va avec --headless ou une commande</translation>
    </message>
    <message>
        <source>No command is called %1</source>
        <translation>Aucune commande ne s&apos;appelle %1</translation>
    </message>
    <message>
        <source>%1 needs one of its commands</source>
        <translation>%1 a besoin d&apos;une de ses commandes</translation>
    </message>
    <message>
        <source>More: sightline help %1</source>
        <translation>Plus : sightline help %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
</context>
<context>
    <name>CommandLineJobs</name>
    <message>
        <source> %1/%2 files, %3 resources, %4 kB</source>
        <translation> %1/%2 fichiers, %3 ressources, %4 ko</translation>
    </message>
    <message>
        <source> %1/%2 files, %3 kB</source>
        <translation> %1/%2 fichiers, %3 ko</translation>
    </message>
    <message>
        <source> %1/%2 resources</source>
        <translation> %1/%2 ressources</translation>
    </message>
    <message>
        <source>rate-limited by the server, next try at %1</source>
        <translation>limité par le serveur, prochain essai à %1</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 a besoin de %2</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 est donné plus d&apos;une fois</translation>
    </message>
    <message>
        <source>Unexpected argument %1</source>
        <translation>Argument inattendu %1</translation>
    </message>
    <message>
        <source>Usage: sightline [COMMAND] [ARGUMENTS] [OPTIONS]</source>
        <translation>Utilisation : sightline [COMMANDE] [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <source>Without a command, Sightline opens its window:</source>
        <translation>Sans commande, Sightline ouvre sa fenêtre :</translation>
    </message>
    <message>
        <source>open Sightline, with SERVER selected (--no-browser: print login addresses instead of opening the browser)</source>
        <translation>ouvrir Sightline, avec SERVER sélectionné (--no-browser : afficher les adresses de connexion au lieu d&apos;ouvrir le navigateur)</translation>
    </message>
    <message>
        <source>do the same main job without a window: load SERVER&apos;s capabilities and print a summary</source>
        <translation>faire le même travail principal sans fenêtre : charger les capacités de SERVER et afficher un résumé</translation>
    </message>
    <message>
        <source>an EHR launch link: log in to that server with the EHR&apos;s context</source>
        <translation>un lien de lancement du DPI : se connecter à ce serveur avec le contexte du DPI</translation>
    </message>
    <message>
        <source>open a study of a configured server in a viewer</source>
        <translation>ouvrir une étude d&apos;un serveur configuré dans une visionneuse</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;sightline help COMMAND&apos; (or &apos;sightline COMMAND --help&apos;) for a command&apos;s arguments and options.</source>
        <translation>&apos;sightline help COMMANDE&apos; (ou &apos;sightline COMMANDE --help&apos;) montre les arguments et options d&apos;une commande.</translation>
    </message>
    <message>
        <source>SERVER is a configured server&apos;s name or id, a FHIR base URL, or a connection string (fhir://host/path?client_id=…&amp;scope=…; fhir+http:// for a local test server; dicomweb+http(s):// for a PACS without FHIR).</source>
        <translation>SERVER est le nom ou l&apos;identifiant d&apos;un serveur configuré, une URL de base FHIR ou une chaîne de connexion (fhir://hôte/chemin?client_id=…&amp;scope=… ; fhir+http:// pour un serveur de test local ; dicomweb+http(s):// pour un PACS sans FHIR).</translation>
    </message>
    <message>
        <source>One window runs per user: starting Sightline again (or opening a sightline:// link) hands the arguments to the running one.</source>
        <translation>Une seule fenêtre par utilisateur : relancer Sightline (ou ouvrir un lien sightline://) transmet les arguments à celle qui tourne.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 the server could not be used, a job failed or the audit chain is broken, 3 images whose DICOM patient differs from the FHIR Patient.</source>
        <translation>Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 le serveur n&apos;était pas utilisable, une tâche a échoué ou la chaîne d&apos;audit est rompue, 3 des images dont le patient DICOM diffère du Patient FHIR.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>(may be repeated)</source>
        <translation>(peut être répété)</translation>
    </message>
    <message>
        <source>Commands in detail:</source>
        <translation>Les commandes en détail :</translation>
    </message>
</context>
<context>
    <name>ComponentVersions</name>
    <message>
        <source>this application</source>
        <translation>cette application</translation>
    </message>
    <message>
        <source>windows, networking, SQL, WebEngine, WebSockets</source>
        <translation>fenêtres, réseau, SQL, WebEngine, WebSockets</translation>
    </message>
    <message>
        <source>DICOM parsing, pixel decoding, export</source>
        <translation>lecture DICOM, décodage des pixels, export</translation>
    </message>
    <message>
        <source>TLS, token signing, hashes</source>
        <translation>TLS, signature des jetons, empreintes</translation>
    </message>
    <message>
        <source>image cache index, audit journal, jobs</source>
        <translation>index du cache d&apos;images, journal d&apos;audit, tâches</translation>
    </message>
    <message>
        <source>ZIP study archives</source>
        <translation>archives ZIP d&apos;études</translation>
    </message>
    <message>
        <source>tokens and passwords in the OS keychain</source>
        <translation>jetons et mots de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>the local DICOMweb gateway</source>
        <translation>la passerelle DICOMweb locale</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installé)</translation>
    </message>
    <message>
        <source>not bundled</source>
        <translation>non fourni</translation>
    </message>
    <message>
        <source>the bundled web viewer</source>
        <translation>la visionneuse web fournie</translation>
    </message>
</context>
<context>
    <name>ConnectionString</name>
    <message>
        <source>The connection string is empty</source>
        <translation>La chaîne de connexion est vide</translation>
    </message>
    <message>
        <source>The connection string is not a valid URL</source>
        <translation>La chaîne de connexion n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>found scheme &quot;%1&quot;</source>
        <translation>schéma « %1 » trouvé</translation>
    </message>
    <message>
        <source>The connection string names no host</source>
        <translation>La chaîne de connexion ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>A plain server URL cannot carry parameters; use fhir://…?client_id=…</source>
        <translation>Une simple URL de serveur ne peut pas porter de paramètres ; utilisez fhir://…?client_id=…</translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot; in the connection string</source>
        <translation>Paramètre inconnu « %1 » dans la chaîne de connexion</translation>
    </message>
    <message>
        <source>A dicomweb:// connection string takes name, auth and user only, not &quot;%1&quot;</source>
        <translation>Une chaîne de connexion dicomweb:// n&apos;accepte que name, auth et user, pas « %1 »</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice</source>
        <translation>Le paramètre « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>token_url must be an http(s) URL</source>
        <translation>token_url doit être une URL http(s)</translation>
    </message>
    <message>
        <source>use_jwt_assertion must be true or false</source>
        <translation>use_jwt_assertion doit valoir true ou false</translation>
    </message>
    <message>
        <source>Give either client_secret or client_secret_path, not both</source>
        <translation>Indiquez client_secret ou client_secret_path, pas les deux</translation>
    </message>
    <message>
        <source>Client credentials need a client_id</source>
        <translation>Les identifiants client nécessitent un client_id</translation>
    </message>
    <message>
        <source>use_jwt_assertion signs with a private key: give its file as client_secret_path, not a client_secret</source>
        <translation>use_jwt_assertion signe avec une clé privée : indiquez son fichier par client_secret_path, pas un client_secret</translation>
    </message>
    <message>
        <source>use_jwt_assertion=true needs client_secret_path, the private key file</source>
        <translation>use_jwt_assertion=true nécessite client_secret_path, le fichier de clé privée</translation>
    </message>
    <message>
        <source>Unknown auth kind &quot;%1&quot;</source>
        <translation>Type d&apos;authentification inconnu « %1 »</translation>
    </message>
    <message>
        <source>A PACS without FHIR is open (auth=none) or takes a user name and password (auth=basic)</source>
        <translation>Un PACS sans FHIR est ouvert (auth=none) ou demande un nom d&apos;utilisateur et un mot de passe (auth=basic)</translation>
    </message>
    <message>
        <source>The connection string contains characters that are not valid text (bytes that are not UTF-8, or Unicode noncharacters)</source>
        <translation>La chaîne de connexion contient des caractères qui ne sont pas du texte valide (octets qui ne sont pas de l’UTF-8, ou non-caractères Unicode)</translation>
    </message>
    <message>
        <source>token_endpoint_auth_method must be client_secret_basic or client_secret_post</source>
        <translation>token_endpoint_auth_method doit valoir client_secret_basic ou client_secret_post</translation>
    </message>
    <message>
        <source>A connection string starts with fhir://, fhir+http://, dicomweb://, dicomweb+http://, dicom://, https:// or http://</source>
        <translation>Une chaîne de connexion commence par fhir://, fhir+http://, dicomweb://, dicomweb+http://, dicom://, https:// ou http://</translation>
    </message>
    <message>
        <source>A dicom:// connection string names the node&apos;s AE title before the host: dicom://PACS@host:104</source>
        <translation>Une chaîne de connexion dicom:// donne le titre AE du nœud avant l&apos;hôte : dicom://PACS@hote:104</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535</source>
        <translation>Le port doit être entre 1 et 65535</translation>
    </message>
    <message>
        <source>A dicom:// connection string has no path</source>
        <translation>Une chaîne de connexion dicom:// n&apos;a pas de chemin</translation>
    </message>
    <message>
        <source>A dicom:// connection string carries no password</source>
        <translation>Une chaîne de connexion dicom:// ne contient pas de mot de passe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>« %1 » n&apos;est pas une valeur valable pour %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AE title: 1 to 16 characters, no backslash</source>
        <translation>« %1 » n&apos;est pas un titre AE : 1 à 16 caractères, sans barre oblique inverse</translation>
    </message>
    <message>
        <source>retrieve is get or move, not &quot;%1&quot;</source>
        <translation>retrieve vaut get ou move, pas « %1 »</translation>
    </message>
    <message>
        <source>tls is 1 or 0, not &quot;%1&quot;</source>
        <translation>tls vaut 1 ou 0, pas « %1 »</translation>
    </message>
    <message>
        <source>ca names a file of PEM certificates</source>
        <translation>ca désigne un fichier de certificats PEM</translation>
    </message>
    <message>
        <source>A dicom:// connection string takes calling, name, timeout, max_pdu, retrieve, tls and ca, not &quot;%1&quot;</source>
        <translation>Une chaîne de connexion dicom:// accepte calling, name, timeout, max_pdu, retrieve, tls et ca, pas « %1 »</translation>
    </message>
    <message>
        <source>ca is for DICOM TLS: add tls=1</source>
        <translation>ca sert à DICOM TLS : ajoutez tls=1</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>--clearance takes U, L, M, N, R or V</source>
        <translation>--clearance accepte U, L, M, N, R ou V</translation>
    </message>
    <message>
        <source>--at takes a FHIR date or dateTime, e.g. 2026-06-01</source>
        <translation>--at accepte une date ou un dateTime FHIR, p. ex. 2026-06-01</translation>
    </message>
    <message>
        <source>--default takes permit, deny or none</source>
        <translation>--default accepte permit, deny ou none</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>element %1 removed: %2</source>
        <translation>élément %1 supprimé : %2</translation>
    </message>
    <message>
        <source>reference to %1 masked</source>
        <translation>référence à %1 masquée</translation>
    </message>
    <message>
        <source>%1 shared, %2 redacted, %3 withheld, %4 undecided</source>
        <translation>%1 partagé(s), %2 masqué(s), %3 retenu(s), %4 non décidé(s)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: %2 consent(s)</source>
        <translation>%1 : %2 consentement(s)</translation>
    </message>
    <message>
        <source>the purpose of use (default TREAT); SYSTEM|CODE for another code system</source>
        <translation>la finalité d&apos;usage (par défaut TREAT) ; SYSTEME|CODE pour un autre système de codes</translation>
    </message>
    <message>
        <source>who asks</source>
        <translation>qui demande</translation>
    </message>
    <message>
        <source>the asker&apos;s role</source>
        <translation>le rôle du demandeur</translation>
    </message>
    <message>
        <source>what is asked (default access)</source>
        <translation>ce qui est demandé (par défaut access)</translation>
    </message>
    <message>
        <source>the highest confidentiality the asker may see</source>
        <translation>la confidentialité la plus haute que le demandeur peut voir</translation>
    </message>
    <message>
        <source>when (default now)</source>
        <translation>quand (par défaut maintenant)</translation>
    </message>
    <message>
        <source>the newest applicable consent decides alone</source>
        <translation>le consentement applicable le plus récent décide seul</translation>
    </message>
    <message>
        <source>the decision when no consent applies (default deny)</source>
        <translation>la décision quand aucun consentement ne s&apos;applique (par défaut deny)</translation>
    </message>
    <message>
        <source>print the decision as JSON</source>
        <translation>afficher la décision en JSON</translation>
    </message>
    <message>
        <source>Decide whether the consents permit the data (a resource or a Bundle), with the reasons.</source>
        <translation>Décider si les consentements permettent les données (une ressource ou un Bundle), avec les raisons.</translation>
    </message>
    <message>
        <source>a Consent resource (JSON)</source>
        <translation>une ressource Consent (JSON)</translation>
    </message>
    <message>
        <source>the data asked for: a resource or a Bundle (JSON)</source>
        <translation>les données demandées : une ressource ou un Bundle (JSON)</translation>
    </message>
    <message>
        <source>Preview what of a patient&apos;s data would be shared, withheld or redacted, and why.</source>
        <translation>Aperçu des données d&apos;un patient qui seraient partagées, retenues ou caviardées, et pourquoi.</translation>
    </message>
    <message>
        <source>the server with the patient&apos;s consents</source>
        <translation>le serveur avec les consentements du patient</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
</context>
<context>
    <name>ConsentParser</name>
    <message>
        <source>%1 is not a Period.</source>
        <translation>%1 n&apos;est pas une Period.</translation>
    </message>
    <message>
        <source>%1 starts on &quot;%2&quot;, which is not a FHIR date.</source>
        <translation>%1 commence le « %2 », qui n&apos;est pas une date FHIR.</translation>
    </message>
    <message>
        <source>%1 ends on &quot;%2&quot;, which is not a FHIR date.</source>
        <translation>%1 se termine le « %2 », qui n&apos;est pas une date FHIR.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3).</source>
        <translation>%1 se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>%1: a %2 without a code is ignored.</source>
        <translation>%1 : un %2 sans code est ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; has no system; it matches that code in any system.</source>
        <translation>%1 : %2 « %3 » n&apos;a pas de système ; il correspond à ce code dans n&apos;importe quel système.</translation>
    </message>
    <message>
        <source>Provision %1</source>
        <translation>Disposition %1</translation>
    </message>
    <message>
        <source>The provision tree is deeper than %1 levels (at provision %2).</source>
        <translation>L&apos;arbre des dispositions a plus de %1 niveaux (à la disposition %2).</translation>
    </message>
    <message>
        <source>The consent has more than %1 provisions.</source>
        <translation>Le consentement a plus de %1 dispositions.</translation>
    </message>
    <message>
        <source>%1 has no type; read as an exception to its parent (%2).</source>
        <translation>%1 n&apos;a pas de type ; lue comme une exception à sa parente (%2).</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <source>%1 has type &quot;%2&quot;; only permit and deny are defined.</source>
        <translation>%1 a le type « %2 » ; seuls permit et deny sont définis.</translation>
    </message>
    <message>
        <source>%1 period</source>
        <translation>période de %1</translation>
    </message>
    <message>
        <source>%1 dataPeriod</source>
        <translation>dataPeriod de %1</translation>
    </message>
    <message>
        <source>%1: an actor without role or reference is ignored.</source>
        <translation>%1 : un acteur sans rôle ni référence est ignoré.</translation>
    </message>
    <message>
        <source>%1: security label &quot;%2&quot; is not a code Sightline knows; it matches resources carrying exactly that label.</source>
        <translation>%1 : le label de sécurité « %2 » n&apos;est pas un code connu de Sightline ; il correspond aux ressources portant exactement ce label.</translation>
    </message>
    <message>
        <source>%1: purpose &quot;%2&quot; is not a v3-ActReason code Sightline knows; only requests naming it exactly match.</source>
        <translation>%1 : la finalité « %2 » n&apos;est pas un code v3-ActReason connu de Sightline ; seules les demandes qui le nomment exactement correspondent.</translation>
    </message>
    <message>
        <source>%1: data meaning &quot;%2&quot; is unknown; read as instance.</source>
        <translation>%1 : la signification de données « %2 » est inconnue ; lue comme instance.</translation>
    </message>
    <message>
        <source>%1: a data entry without a reference is ignored.</source>
        <translation>%1 : une entrée data sans référence est ignorée.</translation>
    </message>
    <message>
        <source>%1: nested provisions must be a list.</source>
        <translation>%1 : les dispositions imbriquées doivent être une liste.</translation>
    </message>
    <message>
        <source>%1: nested provision %2 is not an object.</source>
        <translation>%1 : la disposition imbriquée %2 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The consent is not valid JSON: %1 at offset %2.</source>
        <translation>Le consentement n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The consent is not a JSON object.</source>
        <translation>Le consentement n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>This is not a Consent resource (resourceType &quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas une ressource Consent (resourceType « %1 »).</translation>
    </message>
    <message>
        <source>Consent (no id)</source>
        <translation>Consent (sans id)</translation>
    </message>
    <message>
        <source>The consent has no status; it is treated as not active.</source>
        <translation>Le consentement n&apos;a pas de statut ; il est traité comme inactif.</translation>
    </message>
    <message>
        <source>The consent date &quot;%1&quot; is not a FHIR date; it counts as the oldest.</source>
        <translation>La date du consentement « %1 » n&apos;est pas une date FHIR ; il compte comme le plus ancien.</translation>
    </message>
    <message>
        <source>The consent period</source>
        <translation>La période du consentement</translation>
    </message>
    <message>
        <source>The consent&apos;s decision is &quot;%1&quot;; only permit and deny are defined.</source>
        <translation>La décision du consentement est « %1 » ; seuls permit et deny sont définis.</translation>
    </message>
    <message>
        <source>The consent states no decision; its provisions are read as exceptions to %1.</source>
        <translation>Le consentement n&apos;indique aucune décision ; ses dispositions sont lues comme des exceptions à %1.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>its policy</source>
        <translation>sa politique</translation>
    </message>
    <message>
        <source>Provision %1 is not an object.</source>
        <translation>La disposition %1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The consent has no provision and no opt-in/opt-out policy; it decides nothing.</source>
        <translation>Le consentement n&apos;a ni disposition ni politique opt-in/opt-out ; il ne décide rien.</translation>
    </message>
    <message>
        <source>The consent has no provision; its policy (%1) applies to everything.</source>
        <translation>Le consentement n&apos;a pas de disposition ; sa politique (%1) s&apos;applique à tout.</translation>
    </message>
    <message>
        <source>The consent&apos;s provision is not an object.</source>
        <translation>La disposition du consentement n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Provision 1 has no type and the policy names none; it decides nothing itself.</source>
        <translation>La disposition 1 n&apos;a pas de type et la politique n&apos;en nomme aucun ; elle ne décide rien elle-même.</translation>
    </message>
    <message>
        <source>Provision 1 has no type; the policy (%1) gives it.</source>
        <translation>La disposition 1 n&apos;a pas de type ; la politique (%1) le lui donne.</translation>
    </message>
</context>
<context>
    <name>ConsentPreview</name>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>non décidé</translation>
    </message>
</context>
<context>
    <name>DecisionExplainer</name>
    <message>
        <source>permit</source>
        <translation>autoriser</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <source>Consent decision: %1</source>
        <translation>Décision de consentement : %1</translation>
    </message>
    <message>
        <source>Provision %1: %2</source>
        <translation>Disposition %1 : %2</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>période %1</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>acteur %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>purpose %1</source>
        <translation>finalité %1</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>labels %1</source>
        <translation>labels %1</translation>
    </message>
    <message>
        <source>data dated %1</source>
        <translation>données datées %1</translation>
    </message>
    <message>
        <source>data %1 (%2)</source>
        <translation>données %1 (%2)</translation>
    </message>
    <message>
        <source>any request</source>
        <translation>toute demande</translation>
    </message>
    <message>
        <source>Clearance: the data is %1, within the user&apos;s clearance %2.</source>
        <translation>Habilitation : les données sont %1, dans l&apos;habilitation %2 de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Clearance: the data is %1, above the user&apos;s clearance %2; denied whatever the consents say.</source>
        <translation>Habilitation : les données sont %1, au-dessus de l&apos;habilitation %2 de l&apos;utilisateur ; refusé quoi que disent les consentements.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 est actif.</translation>
    </message>
    <message>
        <source>%1 is %2, not active; it does not apply.</source>
        <translation>%1 est %2, pas actif ; il ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>without status</source>
        <translation>sans statut</translation>
    </message>
    <message>
        <source>%1 is about %2.</source>
        <translation>%1 concerne %2.</translation>
    </message>
    <message>
        <source>%1 is about %2, not %3; it does not apply.</source>
        <translation>%1 concerne %2, pas %3 ; il ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>%1: its period %2 covers %3.</source>
        <translation>%1 : sa période %2 couvre %3.</translation>
    </message>
    <message>
        <source>%1: its period %2 does not cover %3; it does not apply.</source>
        <translation>%1 : sa période %2 ne couvre pas %3 ; il ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>%1 has no provision; it decides nothing.</source>
        <translation>%1 n&apos;a pas de disposition ; il ne décide rien.</translation>
    </message>
    <message>
        <source>%1: period %2 covers %3.</source>
        <translation>%1 : la période %2 couvre %3.</translation>
    </message>
    <message>
        <source>%1: period %2 does not cover %3.</source>
        <translation>%1 : la période %2 ne couvre pas %3.</translation>
    </message>
    <message>
        <source>nobody stated</source>
        <translation>personne d&apos;indiqué</translation>
    </message>
    <message>
        <source>%1: actor %2 matches the request&apos;s %3.</source>
        <translation>%1 : l&apos;acteur %2 correspond au %3 de la demande.</translation>
    </message>
    <message>
        <source>%1: actor %2 does not match the request&apos;s %3.</source>
        <translation>%1 : l&apos;acteur %2 ne correspond pas au %3 de la demande.</translation>
    </message>
    <message>
        <source>%1: action %2 matches %3.</source>
        <translation>%1 : l&apos;action %2 correspond à %3.</translation>
    </message>
    <message>
        <source>%1: action %2 does not match %3.</source>
        <translation>%1 : l&apos;action %2 ne correspond pas à %3.</translation>
    </message>
    <message>
        <source>%1: purpose %2 does not cover %3.</source>
        <translation>%1 : la finalité %2 ne couvre pas %3.</translation>
    </message>
    <message>
        <source>%1: purpose %2 matches.</source>
        <translation>%1 : la finalité %2 correspond.</translation>
    </message>
    <message>
        <source>%1: purpose %2 covers %3 (%4).</source>
        <translation>%1 : la finalité %2 couvre %3 (%4).</translation>
    </message>
    <message>
        <source>%1: class %2 matches %3.</source>
        <translation>%1 : la classe %2 correspond à %3.</translation>
    </message>
    <message>
        <source>%1: class %2 does not match %3.</source>
        <translation>%1 : la classe %2 ne correspond pas à %3.</translation>
    </message>
    <message>
        <source>%1: code %2 matches.</source>
        <translation>%1 : le code %2 correspond.</translation>
    </message>
    <message>
        <source>%1: code %2 is not among the data&apos;s codes %3.</source>
        <translation>%1 : le code %2 ne fait pas partie des codes des données %3.</translation>
    </message>
    <message>
        <source>%1: labels %2 match the data&apos;s %3.</source>
        <translation>%1 : les labels %2 correspondent à ceux des données %3.</translation>
    </message>
    <message>
        <source>%1: labels %2 do not match the data&apos;s %3.</source>
        <translation>%1 : les labels %2 ne correspondent pas à ceux des données %3.</translation>
    </message>
    <message>
        <source>%1: data period %2, but the data has no date.</source>
        <translation>%1 : période de données %2, mais les données n&apos;ont pas de date.</translation>
    </message>
    <message>
        <source>%1: data dated %2 lies in %3.</source>
        <translation>%1 : les données datées %2 sont dans %3.</translation>
    </message>
    <message>
        <source>%1: data dated %2 lies outside %3.</source>
        <translation>%1 : les données datées %2 sont hors de %3.</translation>
    </message>
    <message>
        <source>unnamed data</source>
        <translation>données sans nom</translation>
    </message>
    <message>
        <source>%1: data %2 covers %3.</source>
        <translation>%1 : les données %2 couvrent %3.</translation>
    </message>
    <message>
        <source>%1: data %2 does not cover %3.</source>
        <translation>%1 : les données %2 ne couvrent pas %3.</translation>
    </message>
    <message>
        <source>%1 applies.</source>
        <translation>%1 s&apos;applique.</translation>
    </message>
    <message>
        <source>%1 does not apply.</source>
        <translation>%1 ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>%1 decides.</source>
        <translation>%1 décide.</translation>
    </message>
    <message>
        <source>Deny overrides</source>
        <translation>Le refus l&apos;emporte</translation>
    </message>
    <message>
        <source>Latest consent wins</source>
        <translation>Le consentement le plus récent l&apos;emporte</translation>
    </message>
    <message>
        <source>%1: %2 decides.</source>
        <translation>%1 : %2 décide.</translation>
    </message>
    <message>
        <source>No consent decides; the configured default is %1.</source>
        <translation>Aucun consentement ne décide ; le défaut configuré est %1.</translation>
    </message>
    <message>
        <source>Denied by the clearance rule.</source>
        <translation>Refusé par la règle d&apos;habilitation.</translation>
    </message>
    <message>
        <source>Deny: the data is more confidential than the user&apos;s clearance.</source>
        <translation>Refus : les données sont plus confidentielles que l&apos;habilitation de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1: no consent decides; this is the configured default.</source>
        <translation>%1 : aucun consentement ne décide ; c&apos;est le défaut configuré.</translation>
    </message>
    <message>
        <source>%1 by %2, %3 (%4).</source>
        <translation>%1 par %2, %3 (%4).</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>acteur</translation>
    </message>
    <message>
        <source>purpose of use</source>
        <translation>finalité d’utilisation</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>data date</source>
        <translation>date des données</translation>
    </message>
    <message>
        <source>%1: the question gives no %2, so its condition (%3) was not checked.</source>
        <translation>%1 : la question ne donne pas de %2, sa condition (%3) n’a donc pas été vérifiée.</translation>
    </message>
</context>
<context>
    <name>DicomDeidentifier</name>
    <message>
        <source>The image says it has burned-in annotation: names or dates may be part of the pixels.</source>
        <translation>L&apos;image indique une annotation incrustée : des noms ou des dates peuvent faire partie des pixels.</translation>
    </message>
    <message>
        <source>The image does not say whether it has burned-in annotation, and %1 images often do.</source>
        <translation>L&apos;image n&apos;indique pas si elle a une annotation incrustée, et les images %1 en ont souvent.</translation>
    </message>
    <message>
        <source>secondary capture</source>
        <translation>capture secondaire</translation>
    </message>
    <message>
        <source>%1 is not a readable DICOM file.</source>
        <translation>%1 n&apos;est pas un fichier DICOM lisible.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>DicomDirWriter</name>
    <message>
        <source>%1 is not a valid DICOM file ID.</source>
        <translation>%1 n&apos;est pas un identifiant de fichier DICOM valide.</translation>
    </message>
    <message>
        <source>%1 could not be listed in the DICOMDIR.</source>
        <translation>%1 n&apos;a pas pu être répertorié dans le DICOMDIR.</translation>
    </message>
    <message>
        <source>Could not write the DICOMDIR in %1.</source>
        <translation>Impossible d&apos;écrire le DICOMDIR dans %1.</translation>
    </message>
</context>
<context>
    <name>DicomNodeAddress</name>
    <message>
        <source>%1 is an IPv6 address, which Sightline cannot call over DICOM: use the node&apos;s host name.</source>
        <translation>%1 est une adresse IPv6, que Sightline ne peut pas appeler en DICOM : utilisez le nom d&apos;hôte du nœud.</translation>
    </message>
    <message>
        <source>The host name %1 is longer than DICOM networking takes (57 characters): use a shorter name or the address.</source>
        <translation>Le nom d&apos;hôte %1 est plus long que ce qu&apos;accepte le réseau DICOM (57 caractères) : utilisez un nom plus court ou l&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>DicomNodeCommand</name>
    <message>
        <source>a saved DICOM node, or dicom://CALLED@host:port?calling=AE</source>
        <translation>un nœud DICOM enregistré, ou dicom://APPELÉ@hote:port?calling=AE</translation>
    </message>
    <message>
        <source>%1 is not a DICOM node</source>
        <translation>%1 n&apos;est pas un nœud DICOM</translation>
    </message>
    <message>
        <source>print the answer as JSON</source>
        <translation>afficher la réponse en JSON</translation>
    </message>
    <message>
        <source>Test the connection to a DICOM node (C-ECHO).</source>
        <translation>Tester la connexion à un nœud DICOM (C-ECHO).</translation>
    </message>
    <message>
        <source>On failure, says what to change: the node&apos;s host and port, its AE title, or Sightline&apos;s AE title as the node must know it.</source>
        <translation>En cas d&apos;échec, dit quoi changer : l&apos;hôte et le port du nœud, son titre AE, ou le titre AE de Sightline tel que le nœud doit le connaître.</translation>
    </message>
    <message>
        <source>Find patients, studies, series or images on a DICOM node (C-FIND).</source>
        <translation>Chercher des patients, études, séries ou images sur un nœud DICOM (C-FIND).</translation>
    </message>
    <message>
        <source>Names match as DICOM matches them: * and ? are wildcards, and &quot;MÜLLER*&quot; finds every Müller. Dates are yyyy-mm-dd; a range is FROM..TO, with either end left open.</source>
        <translation>Les noms se comparent comme en DICOM : * et ? sont des jokers, et « MÜLLER* » trouve tous les Müller. Les dates sont aaaa-mm-jj ; un intervalle est DE..À, chaque bout pouvant rester ouvert.</translation>
    </message>
    <message>
        <source>patient, study (the default), series or image</source>
        <translation>patient, study (par défaut), series ou image</translation>
    </message>
    <message>
        <source>the patient&apos;s name (DICOM form: FAMILY^GIVEN; wildcards)</source>
        <translation>le nom du patient (forme DICOM : NOM^PRÉNOM ; jokers)</translation>
    </message>
    <message>
        <source>the PatientID</source>
        <translation>le PatientID</translation>
    </message>
    <message>
        <source>the patient&apos;s birth date</source>
        <translation>la date de naissance du patient</translation>
    </message>
    <message>
        <source>the study date, or a range FROM..TO</source>
        <translation>la date de l&apos;étude, ou un intervalle DE..À</translation>
    </message>
    <message>
        <source>a modality (CT, MR …)</source>
        <translation>une modalité (CT, MR …)</translation>
    </message>
    <message>
        <source>the accession number</source>
        <translation>le numéro d&apos;accession</translation>
    </message>
    <message>
        <source>the study (required for series and images)</source>
        <translation>l&apos;étude (requise pour les séries et les images)</translation>
    </message>
    <message>
        <source>the series (required for images)</source>
        <translation>la série (requise pour les images)</translation>
    </message>
    <message>
        <source>stop after N matches (default 1000; 0: no limit)</source>
        <translation>arrêter après N résultats (par défaut 1000 ; 0 : sans limite)</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO in %2 ms</source>
        <translation>%1 a répondu au C-ECHO en %2 ms</translation>
    </message>
    <message>
        <source>--level is patient, study, series or image</source>
        <translation>--level vaut patient, study, series ou image</translation>
    </message>
    <message>
        <source>--limit is a number of matches (0: no limit)</source>
        <translation>--limit est un nombre de résultats (0 : sans limite)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %n match(es); more may exist (--limit).</source>
        <translation>
            <numerusform>Arrêté à %n résultat ; il peut y en avoir d&apos;autres (--limit).</numerusform>
            <numerusform>Arrêté à %n résultats ; il peut y en avoir d&apos;autres (--limit).</numerusform>
        </translation>
    </message>
    <message>
        <source>PatientID</source>
        <translation>PatientID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Study Instance UID</source>
        <translation>Study Instance UID</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
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
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>De-identified study %1</source>
        <translation>Étude désidentifiée %1</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Étude %1</translation>
    </message>
    <message>
        <source> as ZIP</source>
        <translation> en ZIP</translation>
    </message>
    <message>
        <source> to a DICOMDIR folder</source>
        <translation> vers un dossier DICOMDIR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Study Instance UID.</source>
        <translation>« %1 » n&apos;est pas un Study Instance UID.</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Choisissez où exporter.</translation>
    </message>
    <message>
        <source>%1 already exists; Sightline does not overwrite exports.</source>
        <translation>%1 existe déjà ; Sightline n&apos;écrase pas les exports.</translation>
    </message>
    <message>
        <source>Study %1 is not in the image cache: open it once to retrieve it.</source>
        <translation>L&apos;étude %1 n&apos;est pas dans le cache d&apos;images : ouvrez-la une fois pour la récupérer.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not copy %1 from the image cache.</source>
        <translation>Impossible de copier %1 depuis le cache d&apos;images.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s), first %2)</source>
        <translation>
            <numerusform>%1 (%n fichier, premier %2)</numerusform>
            <numerusform>%1 (%n fichiers, premier %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the export summary.</source>
        <translation>Impossible d&apos;écrire le résumé de l&apos;export.</translation>
    </message>
    <message>
        <source>The study is too large for a ZIP file (over 4 GiB); export it to a folder instead.</source>
        <translation>L&apos;étude est trop grande pour un fichier ZIP (plus de 4 Gio) ; exportez-la plutôt vers un dossier.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Could not move the export into %1.</source>
        <translation>Impossible de déplacer l&apos;export dans %1.</translation>
    </message>
</context>
<context>
    <name>DicomTls</name>
    <message>
        <source>The CA certificate file %1 of %2 cannot be read: check the node&apos;s DICOM TLS settings.</source>
        <translation>Le fichier de certificats d&apos;AC %1 de %2 ne peut pas être lu : vérifiez les réglages DICOM TLS du nœud.</translation>
    </message>
    <message>
        <source>DICOM TLS with %1 cannot be prepared (%2).</source>
        <translation>DICOM TLS avec %1 ne peut pas être préparé (%2).</translation>
    </message>
    <message>
        <source>DICOM TLS cannot be prepared: OpenSSL did not start.</source>
        <translation>DICOM TLS ne peut pas être préparé : OpenSSL n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate Sightline can trust for %2.</source>
        <translation>%1 ne contient aucun certificat PEM auquel Sightline puisse se fier pour %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 does not name %2: connect by the name or address its certificate carries (the node&apos;s host).</source>
        <translation>Le certificat de %1 ne nomme pas %2 : connectez-vous par le nom ou l&apos;adresse que porte son certificat (l&apos;hôte du nœud).</translation>
    </message>
    <message>
        <source>Sightline does not trust the certificate of %1, or it does not name %2: give the CA certificate that signed it in the node&apos;s settings (DICOM TLS), and reach the node by the name its certificate carries.</source>
        <translation>Sightline ne fait pas confiance au certificat de %1, ou il ne nomme pas %2 : indiquez dans les réglages du nœud (DICOM TLS) le certificat de l&apos;AC qui l&apos;a signé, et joignez le nœud par le nom que porte son certificat.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: check that the node speaks DICOM TLS on port %2.</source>
        <translation>La négociation TLS avec %1 a échoué : vérifiez que le nœud parle DICOM TLS sur le port %2.</translation>
    </message>
    <message>
        <source>TLS profile</source>
        <translation>profil TLS</translation>
    </message>
    <message>
        <source>cipher suites</source>
        <translation>suites de chiffrement</translation>
    </message>
    <message>
        <source>DICOM TLS cannot check that a certificate names %1: give the node&apos;s host as a name or a full IP address.</source>
        <translation>DICOM TLS ne peut pas vérifier qu&apos;un certificat nomme %1 : donnez l&apos;hôte du nœud sous forme de nom ou d&apos;adresse IP complète.</translation>
    </message>
    <message>
        <source>%1 refused Sightline&apos;s certificate (%2): the node must trust the CA that signed it (ask its administrator), or give a certificate it knows in the node&apos;s DICOM TLS settings.</source>
        <translation>%1 a refusé le certificat de Sightline (%2) : le nœud doit faire confiance à l&apos;AC qui l&apos;a signé (demandez à son administrateur), ou indiquez dans les réglages DICOM TLS du nœud un certificat qu&apos;il connaît.</translation>
    </message>
    <message>
        <source>%1 lets in only callers with a certificate it trusts (%2): give Sightline&apos;s certificate and its private key in the node&apos;s DICOM TLS settings.</source>
        <translation>%1 n&apos;admet que les appelants munis d&apos;un certificat auquel il fait confiance (%2) : indiquez le certificat de Sightline et sa clé privée dans les réglages DICOM TLS du nœud.</translation>
    </message>
    <message>
        <source>%1 closed the connection after the TLS handshake: it may not accept Sightline&apos;s certificate (the node must trust the CA that signed it), or may not know Sightline&apos;s AE title and address.</source>
        <translation>%1 a fermé la connexion après la négociation TLS : le nœud n&apos;accepte peut-être pas le certificat de Sightline (il doit faire confiance à l&apos;AC qui l&apos;a signé), ou ne connaît pas le titre AE et l&apos;adresse de Sightline.</translation>
    </message>
    <message>
        <source>%1 closed the connection after the TLS handshake. If it lets in only callers with a certificate it trusts, give Sightline&apos;s certificate and its private key in the node&apos;s DICOM TLS settings; otherwise check that it knows Sightline&apos;s AE title and address.</source>
        <translation>%1 a fermé la connexion après la négociation TLS. S&apos;il n&apos;admet que les appelants munis d&apos;un certificat auquel il fait confiance, indiquez le certificat de Sightline et sa clé privée dans les réglages DICOM TLS du nœud ; sinon vérifiez qu&apos;il connaît le titre AE et l&apos;adresse de Sightline.</translation>
    </message>
</context>
<context>
    <name>DicomTlsIdentity</name>
    <message>
        <source>This file is too large to be a private key.</source>
        <translation>Ce fichier est trop grand pour être une clé privée.</translation>
    </message>
    <message>
        <source>The private key is encrypted: give its passphrase.</source>
        <translation>La clé privée est chiffrée : indiquez sa phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase does not open the private key.</source>
        <translation>La phrase secrète n&apos;ouvre pas la clé privée.</translation>
    </message>
    <message>
        <source>The file holds no private key Sightline can read (PEM or DER, PKCS#8 or RSA/EC).</source>
        <translation>Le fichier ne contient aucune clé privée que Sightline sache lire (PEM ou DER, PKCS#8 ou RSA/EC).</translation>
    </message>
    <message>
        <source>The private key cannot be converted.</source>
        <translation>La clé privée ne peut pas être convertie.</translation>
    </message>
    <message>
        <source>The certificate file %1 of %2 cannot be read.</source>
        <translation>Le fichier de certificat %1 de %2 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 holds no certificate Sightline can use for %2 (a PEM certificate, with a key of at least 2048 bits and a SHA-2 signature).</source>
        <translation>%1 ne contient aucun certificat utilisable par Sightline pour %2 (un certificat PEM, avec une clé d&apos;au moins 2048 bits et une signature SHA-2).</translation>
    </message>
    <message>
        <source>The private key kept for %1 cannot be read: import it again in the settings.</source>
        <translation>La clé privée conservée pour %1 ne peut pas être lue : importez-la de nouveau dans les réglages.</translation>
    </message>
    <message>
        <source>The private key is not the key of the certificate %1 (%2): import the key that belongs to it.</source>
        <translation>La clé privée n&apos;est pas celle du certificat %1 (%2) : importez la clé qui lui correspond.</translation>
    </message>
    <message>
        <source>OpenSSL did not start.</source>
        <translation>OpenSSL n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <source>The certificate %1 has expired.</source>
        <translation>Le certificat %1 a expiré.</translation>
    </message>
    <message>
        <source>The certificate %1 is not valid yet.</source>
        <translation>Le certificat %1 n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Sightline&apos;s certificate for %1 has no private key in the OS keychain: import the key in the DICOM TLS settings.</source>
        <translation>Le certificat de Sightline pour %1 n&apos;a pas de clé privée dans le trousseau du système : importez la clé dans les réglages DICOM TLS.</translation>
    </message>
    <message>
        <source>The private key of Sightline&apos;s certificate for %1 could not be read from the OS keychain: %2</source>
        <translation>La clé privée du certificat de Sightline pour %1 n&apos;a pas pu être lue dans le trousseau du système : %2</translation>
    </message>
</context>
<context>
    <name>DimseAssociation</name>
    <message>
        <source>Nothing accepts DICOM connections at %1:%2: check the node&apos;s host and port, and that its DICOM service is running.</source>
        <translation>Rien n&apos;accepte de connexions DICOM à %1:%2 : vérifiez l&apos;hôte et le port du nœud, et que son service DICOM tourne.</translation>
    </message>
    <message>
        <source>%1 did not answer in time while %2: check the host and port, and that no firewall drops the connection.</source>
        <translation>%1 n&apos;a pas répondu à temps (%2) : vérifiez l&apos;hôte et le port, et qu&apos;aucun pare-feu ne coupe la connexion.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be found: check the node&apos;s host.</source>
        <translation>Le nom d&apos;hôte %1 est introuvable : vérifiez l&apos;hôte du nœud.</translation>
    </message>
    <message>
        <source>%1 ended the association while %2.</source>
        <translation>%1 a mis fin à l&apos;association (%2).</translation>
    </message>
    <message>
        <source>The DICOM exchange with %1 failed while %2.</source>
        <translation>L&apos;échange DICOM avec %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 does not know Sightline&apos;s AE title %2: register %2 (this computer&apos;s address) at the node, or set the calling AE title the node expects in the node&apos;s settings.</source>
        <translation>%1 ne connaît pas le titre AE %2 de Sightline : enregistrez %2 (l&apos;adresse de cet ordinateur) sur le nœud, ou indiquez dans les réglages du nœud le titre AE appelant qu&apos;il attend.</translation>
    </message>
    <message>
        <source>The node at %1:%2 does not answer to the AE title %3, at least not when Sightline calls as %4: check the node&apos;s AE title (upper and lower case count), and that the node lets %4 from this computer call it.</source>
        <translation>Le nœud à %1:%2 ne répond pas au titre AE %3, du moins pas quand Sightline appelle en tant que %4 : vérifiez le titre AE du nœud (majuscules et minuscules comptent), et que le nœud laisse %4 l&apos;appeler depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 does not support the DICOM application context Sightline proposes.</source>
        <translation>%1 ne prend pas en charge le contexte d&apos;application DICOM proposé par Sightline.</translation>
    </message>
    <message>
        <source>%1 refused the association without giving a reason: check that it accepts Sightline&apos;s AE title %2 from this computer.</source>
        <translation>%1 a refusé l&apos;association sans donner de raison : vérifiez qu&apos;il accepte le titre AE %2 de Sightline depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is busy (too many associations at once); try again in a moment.</source>
        <translation>%1 est occupé (trop d&apos;associations à la fois) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 does not support this DICOM protocol version.</source>
        <translation>%1 ne prend pas en charge cette version du protocole DICOM.</translation>
    </message>
    <message>
        <source>%1 refused the association.</source>
        <translation>%1 a refusé l&apos;association.</translation>
    </message>
    <message>
        <source>The node says the refusal is temporary.</source>
        <translation>Le nœud dit que le refus est temporaire.</translation>
    </message>
    <message>
        <source>AE titles have 1 to 16 characters (letters, digits, spaces and most punctuation, no backslash): check the called and calling AE titles of %1.</source>
        <translation>Les titres AE ont 1 à 16 caractères (lettres, chiffres, espaces et la plupart des ponctuations, sans barre oblique inverse) : vérifiez les titres AE appelé et appelant de %1.</translation>
    </message>
    <message>
        <source>The node needs a host and a port.</source>
        <translation>Le nœud a besoin d&apos;un hôte et d&apos;un port.</translation>
    </message>
    <message>
        <source>preparing the network</source>
        <translation>en préparant le réseau</translation>
    </message>
    <message>
        <source>preparing the association</source>
        <translation>en préparant l&apos;association</translation>
    </message>
    <message>
        <source>opening an association</source>
        <translation>en ouvrant une association</translation>
    </message>
    <message>
        <source>%1 accepted the association but none of what Sightline asked for: %2. Check that the node offers these services to Sightline&apos;s AE title.</source>
        <translation>%1 a accepté l&apos;association mais rien de ce que Sightline demandait : %2. Vérifiez que le nœud offre ces services au titre AE de Sightline.</translation>
    </message>
    <message>
        <source>%1 does not accept C-ECHO (Verification).</source>
        <translation>%1 n&apos;accepte pas le C-ECHO (Verification).</translation>
    </message>
    <message>
        <source>waiting for the C-ECHO reply</source>
        <translation>en attendant la réponse au C-ECHO</translation>
    </message>
    <message>
        <source>%1 answered C-ECHO with status %2.</source>
        <translation>%1 a répondu au C-ECHO avec le statut %2.</translation>
    </message>
    <message>
        <source>the query was cancelled</source>
        <translation>la requête a été annulée</translation>
    </message>
    <message>
        <source>the node is out of resources (the query may match too much: narrow it)</source>
        <translation>le nœud manque de ressources (la requête correspond peut-être à trop de choses : affinez-la)</translation>
    </message>
    <message>
        <source>the node says the query does not fit its information model</source>
        <translation>le nœud dit que la requête ne correspond pas à son modèle d&apos;information</translation>
    </message>
    <message>
        <source>the node does not support this query model</source>
        <translation>le nœud ne prend pas en charge ce modèle de requête</translation>
    </message>
    <message>
        <source>the node is unable to process the query (status %1)</source>
        <translation>le nœud ne peut pas traiter la requête (statut %1)</translation>
    </message>
    <message>
        <source>the node answered with status %1</source>
        <translation>le nœud a répondu avec le statut %1</translation>
    </message>
    <message>
        <source>%1 does not accept this kind of query (%2).</source>
        <translation>%1 n&apos;accepte pas ce genre de requête (%2).</translation>
    </message>
    <message>
        <source>The query attribute (%1,%2) cannot be sent: %3</source>
        <translation>L&apos;attribut de requête (%1,%2) ne peut pas être envoyé : %3</translation>
    </message>
    <message>
        <source>waiting for query results</source>
        <translation>en attendant les résultats de la requête</translation>
    </message>
    <message>
        <source>%1 did not complete the query: %2.</source>
        <translation>%1 n&apos;a pas terminé la requête : %2.</translation>
    </message>
    <message>
        <source>%1 ended the association at the query. Nodes do this most often to callers they do not let query them: check that Sightline&apos;s AE title %2 (this computer) is registered at the node and allowed to query, then the node&apos;s log.</source>
        <translation>%1 a mis fin à l&apos;association à la requête. Les nœuds le font le plus souvent avec les appelants qu&apos;ils ne laissent pas interroger : vérifiez que le titre AE %2 de Sightline (cet ordinateur) est enregistré sur le nœud et autorisé à interroger, puis le journal du nœud.</translation>
    </message>
    <message>
        <source>%1 does not offer C-GET: retrieve by C-MOVE instead, or ask for C-GET to be enabled for Sightline&apos;s AE title.</source>
        <translation>%1 n&apos;offre pas le C-GET : récupérez plutôt par C-MOVE, ou faites activer le C-GET pour le titre AE de Sightline.</translation>
    </message>
    <message>
        <source>asking for the images</source>
        <translation>en demandant les images</translation>
    </message>
    <message>
        <source>waiting for the images</source>
        <translation>en attendant les images</translation>
    </message>
    <message>
        <source>receiving an image</source>
        <translation>en recevant une image</translation>
    </message>
    <message>
        <source>confirming an image</source>
        <translation>en confirmant une image</translation>
    </message>
    <message>
        <source>%1 sent an unexpected DICOM message during C-GET.</source>
        <translation>%1 a envoyé un message DICOM inattendu pendant le C-GET.</translation>
    </message>
    <message>
        <source>%1 did not complete the C-GET (status %2).</source>
        <translation>%1 n&apos;a pas terminé le C-GET (statut %2).</translation>
    </message>
    <message>
        <source>%1 does not offer C-MOVE to Sightline&apos;s AE title: retrieve by C-GET instead, or ask for C-MOVE to be enabled.</source>
        <translation>%1 n&apos;offre pas C-MOVE au titre AE de Sightline : récupérez par C-GET, ou demandez que C-MOVE soit activé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 said nothing for %n second(s) while moving the images.</source>
        <translation>
            <numerusform>%1 n&apos;a rien dit pendant %n seconde en déplaçant les images.</numerusform>
            <numerusform>%1 n&apos;a rien dit pendant %n secondes en déplaçant les images.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the images to be moved</source>
        <translation>en attendant le déplacement des images</translation>
    </message>
    <message>
        <source>%1 sent an unexpected DICOM message during C-MOVE.</source>
        <translation>%1 a envoyé un message DICOM inattendu pendant le C-MOVE.</translation>
    </message>
    <message>
        <source>%1 does not know the move destination %2: register %2 at the node with this computer&apos;s address and the port of Sightline&apos;s receiving node, or retrieve by C-GET.</source>
        <translation>%1 ne connaît pas la destination %2 : enregistrez %2 sur le nœud avec l&apos;adresse de cet ordinateur et le port du nœud de réception de Sightline, ou récupérez par C-GET.</translation>
    </message>
    <message>
        <source>%1 did not complete the C-MOVE (status %2).</source>
        <translation>%1 n&apos;a pas terminé le C-MOVE (statut %2).</translation>
    </message>
    <message>
        <source>preparing DICOM TLS</source>
        <translation>en préparant DICOM TLS</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering: if the node expects DICOM TLS on port %2, turn TLS on in its settings; otherwise check that this is its DICOM port.</source>
        <translation>%1 a fermé la connexion avant de répondre : si le nœud attend DICOM TLS sur le port %2, activez TLS dans ses réglages ; sinon vérifiez que c&apos;est bien son port DICOM.</translation>
    </message>
    <message>
        <source>%1 sent an image larger than %2, more than Sightline takes in one object; the retrieval was stopped.</source>
        <translation>%1 a envoyé une image de plus de %2, plus que Sightline n&apos;accepte en un objet ; la récupération a été arrêtée.</translation>
    </message>
    <message>
        <source>%1 stopped answering while %2 (nothing came for %3 s): the node may be busy or the network interrupted. Try again later.</source>
        <translation>%1 a cessé de répondre pendant %2 (plus rien depuis %3 s) : le nœud est peut-être occupé ou le réseau interrompu. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>DimseQuery</name>
    <message>
        <source>&quot;%1&quot; is not a date (yyyy-mm-dd)</source>
        <translation>« %1 » n&apos;est pas une date (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a range of dates (yyyy-mm-dd, yyyy-mm-dd..yyyy-mm-dd, with either end left open)</source>
        <translation>« %1 » n&apos;est ni une date ni un intervalle de dates (aaaa-mm-jj, aaaa-mm-jj..aaaa-mm-jj, chaque bout pouvant rester ouvert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Study Instance UID</source>
        <translation>« %1 » n&apos;est pas un Study Instance UID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Series Instance UID</source>
        <translation>« %1 » n&apos;est pas un Series Instance UID</translation>
    </message>
    <message>
        <source>Series and images are looked up within a study: give its Study Instance UID</source>
        <translation>Les séries et les images se cherchent dans une étude : donnez son Study Instance UID</translation>
    </message>
    <message>
        <source>Images are looked up within a series: give its Series Instance UID</source>
        <translation>Les images se cherchent dans une série : donnez son Series Instance UID</translation>
    </message>
</context>
<context>
    <name>DimseStore</name>
    <message>
        <source>The disk is full: the image was not written (%1)</source>
        <translation>Le disque est plein : l&apos;image n&apos;a pas été écrite (%1)</translation>
    </message>
    <message>
        <source>The image could not be written: %1</source>
        <translation>L&apos;image n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>The image came in a transfer syntax Sightline cannot file (%1)</source>
        <translation>L&apos;image est arrivée dans une syntaxe de transfert que Sightline ne peut pas enregistrer dans un fichier (%1)</translation>
    </message>
    <message>
        <source>The image came on another presentation context than its C-STORE request</source>
        <translation>L&apos;image est arrivée dans un autre contexte de présentation que sa requête C-STORE</translation>
    </message>
</context>
<context>
    <name>DimseStudyRetriever</name>
    <message>
        <source>Not a DICOM Study Instance UID: %1</source>
        <translation>Pas un Study Instance UID DICOM : %1</translation>
    </message>
    <message>
        <source>The image cache cannot be opened: %1</source>
        <translation>Le cache d&apos;images ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>The node named a series with an invalid UID</source>
        <translation>Le nœud a nommé une série avec un UID invalide</translation>
    </message>
    <message>
        <source>%1 has no series of this study</source>
        <translation>%1 n&apos;a aucune série de cette étude</translation>
    </message>
    <message>
        <source>%1 has none of the series asked for in this study</source>
        <translation>%1 n&apos;a aucune des séries demandées de cette étude</translation>
    </message>
    <message>
        <source>%1 did not list the images of series %2 (%3): what arrived is kept, but whether the series is complete is not known</source>
        <translation>%1 n&apos;a pas listé les images de la série %2 (%3) : ce qui est arrivé est conservé, mais on ne sait pas si la série est complète</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not send %n image(s)</source>
        <translation>
            <numerusform>%1 n&apos;a pas pu envoyer %n image</numerusform>
            <numerusform>%1 n&apos;a pas pu envoyer %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Series %1: %2</source>
        <translation>Série %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not deliver the images to %2: check at the node that %2 is registered as a move destination with this computer&apos;s address and port %3, and that no firewall blocks that port.</source>
        <translation>%1 n&apos;a pas livré les images à %2 : vérifiez sur le nœud que %2 est enregistré comme destination avec l&apos;adresse de cet ordinateur et le port %3, et qu&apos;aucun pare-feu ne bloque ce port.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--since takes an ISO date or date-time, e.g. 2026-01-01</source>
        <translation>--since accepte une date ou une date-heure ISO, p. ex. 2026-01-01</translation>
    </message>
    <message>
        <source>Job %1: %2 → %3</source>
        <translation>Tâche %1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 resources written to %2</source>
        <translation>%1 ressources écrites dans %2</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>A Bulk Data export as a background job; if interrupted, &apos;sightline jobs resume&apos; continues it.</source>
        <translation>Un export Bulk Data en tâche de fond ; interrompu, &apos;sightline jobs resume&apos; le poursuit.</translation>
    </message>
    <message>
        <source>System level by default; --group ID or --patient for those levels. --deidentify adds de-identified copies of the files.</source>
        <translation>Au niveau système par défaut ; --group ID ou --patient pour ces niveaux. --deidentify ajoute des copies désidentifiées des fichiers.</translation>
    </message>
    <message>
        <source>the FHIR server to export from</source>
        <translation>le serveur FHIR d&apos;où exporter</translation>
    </message>
    <message>
        <source>export one Group&apos;s patients</source>
        <translation>exporter les patients d&apos;un Group</translation>
    </message>
    <message>
        <source>export at the Patient level</source>
        <translation>exporter au niveau Patient</translation>
    </message>
    <message>
        <source>only these resource types</source>
        <translation>seulement ces types de ressources</translation>
    </message>
    <message>
        <source>only resources changed since (ISO 8601)</source>
        <translation>seulement les ressources modifiées depuis (ISO 8601)</translation>
    </message>
    <message>
        <source>a _typeFilter search, e.g. Observation?code=…</source>
        <translation>une recherche _typeFilter, p. ex. Observation?code=…</translation>
    </message>
    <message>
        <source>only these elements</source>
        <translation>seulement ces éléments</translation>
    </message>
    <message>
        <source>kick off with POST and a Parameters body</source>
        <translation>lancer avec POST et un corps Parameters</translation>
    </message>
    <message>
        <source>ask the server to ignore what it does not support</source>
        <translation>demander au serveur d&apos;ignorer ce qu&apos;il ne prend pas en charge</translation>
    </message>
    <message>
        <source>also write de-identified copies</source>
        <translation>écrire aussi des copies désidentifiées</translation>
    </message>
    <message>
        <source>the pseudonymisation key (for --deidentify)</source>
        <translation>la clé de pseudonymisation (pour --deidentify)</translation>
    </message>
    <message>
        <source>the folder the files go to</source>
        <translation>le dossier où vont les fichiers</translation>
    </message>
    <message>
        <source>The background jobs, newest first.</source>
        <translation>Les tâches de fond, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>print them as JSON</source>
        <translation>les afficher en JSON</translation>
    </message>
    <message>
        <source>Continue a paused job, or every interrupted one, and wait for them.</source>
        <translation>Reprendre une tâche en pause, ou toutes celles interrompues, et les attendre.</translation>
    </message>
    <message>
        <source>the job (default: every interrupted one)</source>
        <translation>la tâche (par défaut : toutes celles interrompues)</translation>
    </message>
    <message>
        <source>Cancel a job (a server&apos;s export is deleted there too).</source>
        <translation>Annuler une tâche (l&apos;export d&apos;un serveur y est aussi supprimé).</translation>
    </message>
    <message>
        <source>the job</source>
        <translation>la tâche</translation>
    </message>
    <message>
        <source>--group and --patient are different levels: give one</source>
        <translation>--group et --patient sont des niveaux différents : en donner un</translation>
    </message>
    <message>
        <source>A job id is a number, as &apos;sightline jobs list&apos; shows</source>
        <translation>Un identifiant de tâche est un nombre, comme le montre &apos;sightline jobs list&apos;</translation>
    </message>
</context>
<context>
    <name>FhirDeidentifier</name>
    <message>
        <source>Could not read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>FhircastEvent</name>
    <message>
        <source>A FHIRcast message without event, hub.event or hub.topic</source>
        <translation>Un message FHIRcast sans event, hub.event ni hub.topic</translation>
    </message>
    <message>
        <source>A FHIRcast event without an id</source>
        <translation>Un événement FHIRcast sans id</translation>
    </message>
</context>
<context>
    <name>HttpPolicy</name>
    <message>
        <source>Too many redirects from %1</source>
        <translation>Trop de redirections depuis %1</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http</source>
        <translation>Une redirection de https vers http simple a été refusée</translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation>redirection vers %1</translation>
    </message>
    <message>
        <source>Refused a redirect to a non-web address</source>
        <translation>Une redirection vers une adresse non web a été refusée</translation>
    </message>
</context>
<context>
    <name>ImagingCommand</name>
    <message>
        <source>print the answer as JSON</source>
        <translation>afficher la réponse en JSON</translation>
    </message>
    <message>
        <source>A patient&apos;s imaging studies, and how much of each is cached.</source>
        <translation>Les études d&apos;imagerie d&apos;un patient, et la part de chacune en cache.</translation>
    </message>
    <message>
        <source>the study&apos;s Study Instance UID</source>
        <translation>le Study Instance UID de l&apos;étude</translation>
    </message>
    <message>
        <source>only this series</source>
        <translation>seulement cette série</translation>
    </message>
    <message>
        <source>What the image cache holds, and its budget.</source>
        <translation>Ce que contient le cache d&apos;images, et son budget.</translation>
    </message>
    <message>
        <source>Check every cached image against its checksum.</source>
        <translation>Vérifier chaque image en cache par rapport à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>remove missing, changed and stray files from the cache</source>
        <translation>retirer du cache les fichiers manquants, modifiés et orphelins</translation>
    </message>
    <message>
        <source>Remove a study, or everything, from the image cache.</source>
        <translation>Retirer une étude, ou tout, du cache d&apos;images.</translation>
    </message>
    <message>
        <source>the study to remove</source>
        <translation>l&apos;étude à retirer</translation>
    </message>
    <message>
        <source>remove every study</source>
        <translation>retirer toutes les études</translation>
    </message>
    <message>
        <source>cache purge takes a Study Instance UID or --all</source>
        <translation>cache purge prend un Study Instance UID ou --all</translation>
    </message>
    <message>
        <source>a FHIR server, a PACS without FHIR (DICOMweb), or a DICOM node</source>
        <translation>un serveur FHIR, un PACS sans FHIR (DICOMweb) ou un nœud DICOM</translation>
    </message>
    <message>
        <source>the patient: a FHIR Patient id (Patient/ID), or the DICOM PatientID on a PACS without FHIR or a DICOM node</source>
        <translation>le patient : un identifiant de Patient FHIR (Patient/ID), ou le PatientID DICOM sur un PACS sans FHIR ou un nœud DICOM</translation>
    </message>
    <message>
        <source>Retrieve a study (or some of its series) into the image cache: by DICOMweb, or from a DICOM node by C-GET.</source>
        <translation>Récupérer une étude (ou certaines de ses séries) dans le cache d&apos;images : par DICOMweb, ou depuis un nœud DICOM par C-GET.</translation>
    </message>
    <message>
        <source>from a DICOM node: by C-GET (whatever its settings say)</source>
        <translation>depuis un nœud DICOM : par C-GET (quels que soient ses réglages)</translation>
    </message>
    <message>
        <source>from a DICOM node: by C-MOVE to Sightline&apos;s receiving node, started for it</source>
        <translation>depuis un nœud DICOM : par C-MOVE vers le nœud de réception de Sightline, démarré pour cela</translation>
    </message>
    <message>
        <source>--get and --move exclude each other</source>
        <translation>--get et --move s&apos;excluent</translation>
    </message>
    <message>
        <source>with --move: the receiving node accepts the node&apos;s connection from another computer</source>
        <translation>avec --move : le nœud de réception accepte la connexion du nœud depuis un autre ordinateur</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list cannot be opened.</source>
        <translation>La liste des tâches ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The job list cannot be prepared.</source>
        <translation>La liste des tâches ne peut pas être préparée.</translation>
    </message>
    <message>
        <source>The job cannot be stored.</source>
        <translation>La tâche ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>The job cannot be updated.</source>
        <translation>La tâche ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <source>The job cannot be removed.</source>
        <translation>La tâche ne peut pas être supprimée.</translation>
    </message>
</context>
<context>
    <name>LaunchRequest</name>
    <message>
        <source>The launch names no valid FHIR server (iss)</source>
        <translation>Le lancement ne nomme aucun serveur FHIR valide (iss)</translation>
    </message>
    <message>
        <source>The launch carries no launch value</source>
        <translation>Le lancement ne porte aucune valeur launch</translation>
    </message>
    <message>
        <source>Not a Sightline launch link (sightline://launch?iss=…&amp;launch=…)</source>
        <translation>Ce n&apos;est pas un lien de lancement Sightline (sightline://launch?iss=…&amp;launch=…)</translation>
    </message>
</context>
<context>
    <name>LowSpeedLimit</name>
    <message>
        <source>under %1 bytes/s for %2 s</source>
        <translation>moins de %1 octets/s pendant %2 s</translation>
    </message>
</context>
<context>
    <name>NdjsonResources</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>La lecture a été annulée.</translation>
    </message>
    <message>
        <source>%1 line %2 is not a FHIR resource; it is left out.</source>
        <translation>%1 ligne %2 n&apos;est pas une ressource FHIR ; elle est laissée de côté.</translation>
    </message>
    <message>
        <source>There are no NDJSON files in %1.</source>
        <translation>Il n&apos;y a pas de fichiers NDJSON dans %1.</translation>
    </message>
    <message>
        <source>The NDJSON files hold no resources.</source>
        <translation>Les fichiers NDJSON ne contiennent aucune ressource.</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>The network settings could not be saved to %1</source>
        <translation>Les paramètres réseau n&apos;ont pas pu être enregistrés dans %1</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s host name, without http:// or a path.</source>
        <translation>Indiquez le nom d&apos;hôte du proxy, sans http:// ni chemin.</translation>
    </message>
    <message>
        <source>Give the proxy&apos;s port (1 to 65535).</source>
        <translation>Indiquez le port du proxy (1 à 65535).</translation>
    </message>
    <message>
        <source>The CA bundle %1 does not exist.</source>
        <translation>Le bundle d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>Le bundle d&apos;AC %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>OpenLink</name>
    <message>
        <source>Not a Sightline open link (sightline://open?server=…&amp;study=…)</source>
        <translation>Ce n&apos;est pas un lien d&apos;ouverture Sightline (sightline://open?server=…&amp;study=…)</translation>
    </message>
    <message>
        <source>The link names no server</source>
        <translation>Le lien ne nomme aucun serveur</translation>
    </message>
    <message>
        <source>The link names no valid study UID</source>
        <translation>Le lien ne nomme aucun UID d&apos;étude valide</translation>
    </message>
    <message>
        <source>The link names no valid viewer</source>
        <translation>Le lien ne nomme aucune visionneuse valide</translation>
    </message>
</context>
<context>
    <name>OperationOutcome</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Le serveur a répondu %1 %2</translation>
    </message>
</context>
<context>
    <name>PatientSummary</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>Pseudonymizer</name>
    <message>
        <source>The key file %1 cannot be read or holds fewer than 16 bytes.</source>
        <translation>Le fichier de clé %1 ne peut pas être lu ou contient moins de 16 octets.</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <source>Job %1: %2 (report in %3)</source>
        <translation>Tâche %1 : %2 (rapport dans %3)</translation>
    </message>
    <message>
        <source>Push resources without duplicates (conditional creates) as a background job.</source>
        <translation>Pousser des ressources sans doublons (créations conditionnelles) en tâche de fond.</translation>
    </message>
    <message>
        <source>From NDJSON files (--ndjson), or from SOURCE&apos;s search (--type, with --patient). --dry-run predicts 201/200/412 without writing; each entry&apos;s outcome goes to the report folder.</source>
        <translation>Depuis des fichiers NDJSON (--ndjson), ou depuis une recherche sur SOURCE (--type, avec --patient). --dry-run prédit 201/200/412 sans écrire ; le résultat de chaque entrée va dans le dossier du rapport.</translation>
    </message>
    <message>
        <source>the server to read from (with --type)</source>
        <translation>le serveur à lire (avec --type)</translation>
    </message>
    <message>
        <source>the server to write to</source>
        <translation>le serveur où écrire</translation>
    </message>
    <message>
        <source>the identifier system that makes a resource the same one</source>
        <translation>le système d&apos;identifiant qui fait d&apos;une ressource la même</translation>
    </message>
    <message>
        <source>resources to push</source>
        <translation>les ressources à pousser</translation>
    </message>
    <message>
        <source>push SOURCE&apos;s resources of this type</source>
        <translation>pousser les ressources de ce type de SOURCE</translation>
    </message>
    <message>
        <source>only this patient&apos;s (with --type)</source>
        <translation>seulement celles de ce patient (avec --type)</translation>
    </message>
    <message>
        <source>predict, write nothing</source>
        <translation>prédire, ne rien écrire</translation>
    </message>
    <message>
        <source>entries per transaction</source>
        <translation>entrées par transaction</translation>
    </message>
    <message>
        <source>do not add a Provenance</source>
        <translation>ne pas ajouter de Provenance</translation>
    </message>
    <message>
        <source>where the report goes</source>
        <translation>où va le rapport</translation>
    </message>
    <message>
        <source>print the outcomes as JSON</source>
        <translation>afficher les résultats en JSON</translation>
    </message>
    <message>
        <source>With --ndjson, export push takes TARGET only</source>
        <translation>Avec --ndjson, export push ne prend que TARGET</translation>
    </message>
    <message>
        <source>export push needs SOURCE and TARGET with --type, or --ndjson FILE and TARGET</source>
        <translation>export push a besoin de SOURCE et TARGET avec --type, ou de --ndjson FICHIER et TARGET</translation>
    </message>
</context>
<context>
    <name>PushRequest</name>
    <message>
        <source>Choose the server to push to.</source>
        <translation>Choisissez le serveur vers lequel envoyer.</translation>
    </message>
    <message>
        <source>Name the identifier system that recognises resources already on the target.</source>
        <translation>Nommez le système d&apos;identifiants qui reconnaît les ressources déjà présentes sur la cible.</translation>
    </message>
    <message>
        <source>A transaction needs at least one resource.</source>
        <translation>Une transaction nécessite au moins une ressource.</translation>
    </message>
    <message>
        <source>Choose NDJSON files or a server to push from.</source>
        <translation>Choisissez des fichiers NDJSON ou un serveur d&apos;où envoyer.</translation>
    </message>
    <message>
        <source>Name the resource type to search for on the source server.</source>
        <translation>Nommez le type de ressource à rechercher sur le serveur source.</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 of patient %2 from %3</source>
        <translation>%1 du patient %2 depuis %3</translation>
    </message>
    <message>
        <source>Dry run: push %1 to %2</source>
        <translation>Essai à blanc : envoyer %1 vers %2</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>Envoyer %1 vers %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&quot;%1&quot; is neither a configured server nor a URL or connection string</source>
        <translation>« %1 » n&apos;est ni un serveur configuré, ni une URL, ni une chaîne de connexion</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Paramètres de recherche</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
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
        <translation>Profils</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Conditionnel</translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation>Gestion des versions</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a FHIR resource</source>
        <translation>La réponse du serveur n&apos;est pas une ressource FHIR</translation>
    </message>
    <message>
        <source>JSON without resourceType; Content-Type %1</source>
        <translation>JSON sans resourceType ; Content-Type %1</translation>
    </message>
    <message>
        <source>The server profile has no valid FHIR base URL</source>
        <translation>Le profil du serveur n&apos;a pas d&apos;URL de base FHIR valide</translation>
    </message>
    <message>
        <source>Could not read a PEM certificate from %1</source>
        <translation>Impossible de lire un certificat PEM depuis %1</translation>
    </message>
    <message>
        <source>No secret is stored for this server</source>
        <translation>Aucun secret n&apos;est enregistré pour ce serveur</translation>
    </message>
    <message>
        <source>The OS keychain reported an error</source>
        <translation>Le trousseau du système a signalé une erreur</translation>
    </message>
    <message>
        <source>record %1 does not follow the record before it (edited or reordered)</source>
        <translation>l&apos;enregistrement %1 ne suit pas celui qui le précède (modifié ou réordonné)</translation>
    </message>
    <message>
        <source>records are missing before %1</source>
        <translation>des enregistrements manquent avant %1</translation>
    </message>
    <message>
        <source>record %1 was changed after it was written</source>
        <translation>l&apos;enregistrement %1 a été modifié après avoir été écrit</translation>
    </message>
    <message>
        <source>the sealed file&apos;s last record is missing</source>
        <translation>le dernier enregistrement du fichier scellé manque</translation>
    </message>
    <message>
        <source>The audit archive %1 exists already</source>
        <translation>L&apos;archive d&apos;audit %1 existe déjà</translation>
    </message>
    <message>
        <source>Could not move the audit journal to %1</source>
        <translation>Impossible de déplacer le journal d&apos;audit vers %1</translation>
    </message>
    <message>
        <source>The audit journal could not be opened</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>The audit journal could not be prepared</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être préparé</translation>
    </message>
    <message>
        <source>The audit journal could not be initialised</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être initialisé</translation>
    </message>
    <message>
        <source>The audit journal could not record an event</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu enregistrer un événement</translation>
    </message>
    <message>
        <source>The audit journal could not start a transaction</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu démarrer une transaction</translation>
    </message>
    <message>
        <source>The audit journal could not commit an event</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu valider un événement</translation>
    </message>
    <message>
        <source>The audit journal could not commit events</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu valider des événements</translation>
    </message>
    <message>
        <source>The audit journal could not be sealed</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être scellé</translation>
    </message>
    <message>
        <source>No audit journal at %1</source>
        <translation>Pas de journal d&apos;audit dans %1</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events verified in %2</source>
        <translation>Chaîne d&apos;audit intacte : %1 événements vérifiés dans %2</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at record %1: %2 (%3 records checked)</source>
        <translation>Chaîne d&apos;audit ROMPUE à l&apos;enregistrement %1 : %2 (%3 enregistrements vérifiés)</translation>
    </message>
    <message>
        <source>%1 audit events written to %2</source>
        <translation>%1 événements d&apos;audit écrits dans %2</translation>
    </message>
    <message>
        <source>The audit journal could not record a forwarding</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu enregistrer un transfert</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Complete the login in your browser…</source>
        <translation>Terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Open this address in a browser to log in:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>Not logged in; run: sightline login %1</source>
        <translation>Non connecté ; lancez : sightline login %1</translation>
    </message>
    <message>
        <source>The server did not answer with a multipart body</source>
        <translation>Le serveur n&apos;a pas répondu avec un corps multipart</translation>
    </message>
    <message>
        <source>The multipart body names no usable boundary</source>
        <translation>Le corps multipart ne nomme aucune frontière utilisable</translation>
    </message>
    <message numerus="yes">
        <source>after %n complete part(s)</source>
        <translation>
            <numerusform>après %n partie complète</numerusform>
            <numerusform>après %n parties complètes</numerusform>
        </translation>
    </message>
    <message>
        <source>The multipart body has text after a boundary</source>
        <translation>Le corps multipart contient du texte après une frontière</translation>
    </message>
    <message>
        <source>A multipart part&apos;s headers are too long</source>
        <translation>Les en-têtes d&apos;une partie multipart sont trop longs</translation>
    </message>
    <message>
        <source>A multipart part has a malformed header line</source>
        <translation>Une partie multipart a une ligne d&apos;en-tête mal formée</translation>
    </message>
    <message>
        <source>The multipart body holds no part (boundary not found)</source>
        <translation>Le corps multipart ne contient aucune partie (frontière introuvable)</translation>
    </message>
    <message>
        <source>The multipart body ended before its closing boundary (the transfer was cut short)</source>
        <translation>Le corps multipart s&apos;est terminé avant sa frontière de fermeture (le transfert a été interrompu)</translation>
    </message>
    <message>
        <source>The DICOM object cannot be read (corrupt or truncated)</source>
        <translation>L&apos;objet DICOM ne peut pas être lu (corrompu ou tronqué)</translation>
    </message>
    <message>
        <source>The DICOM object has no SOP Instance UID</source>
        <translation>L&apos;objet DICOM n&apos;a pas de SOP Instance UID</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n octet)</numerusform>
            <numerusform>(%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a DICOM file (no DICM marker)</source>
        <translation>Ce n&apos;est pas un fichier DICOM (pas de marqueur DICM)</translation>
    </message>
    <message>
        <source>JPEG 2000 images cannot be decoded locally</source>
        <translation>Les images JPEG 2000 ne peuvent pas être décodées localement</translation>
    </message>
    <message>
        <source>The object holds no image</source>
        <translation>L&apos;objet ne contient aucune image</translation>
    </message>
    <message>
        <source>The image cannot be decoded</source>
        <translation>L&apos;image ne peut pas être décodée</translation>
    </message>
    <message>
        <source>The image has no pixels</source>
        <translation>L&apos;image n&apos;a pas de pixels</translation>
    </message>
    <message>
        <source>The DICOM file cannot be read (corrupt or truncated)</source>
        <translation>Le fichier DICOM ne peut pas être lu (corrompu ou tronqué)</translation>
    </message>
    <message>
        <source>The image cache cannot be opened</source>
        <translation>Le cache d&apos;images ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Refused to cache an instance with an invalid UID</source>
        <translation>Mise en cache refusée pour une instance à l&apos;UID invalide</translation>
    </message>
    <message>
        <source>The image cache index could not record an instance</source>
        <translation>L&apos;index du cache d&apos;images n&apos;a pas pu enregistrer une instance</translation>
    </message>
    <message>
        <source>The instance is not cached</source>
        <translation>L&apos;instance n&apos;est pas en cache</translation>
    </message>
    <message>
        <source>A cached file is missing</source>
        <translation>Un fichier en cache manque</translation>
    </message>
    <message>
        <source>The image cache index could not drop an entry</source>
        <translation>L&apos;index du cache d&apos;images n&apos;a pas pu retirer une entrée</translation>
    </message>
    <message>
        <source>The image cache index cannot be read</source>
        <translation>L&apos;index du cache d&apos;images ne peut pas être lu</translation>
    </message>
    <message>
        <source>Not a DICOM UID: %1</source>
        <translation>Ce n&apos;est pas un UID DICOM : %1</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written</source>
        <translation>Le disque est plein : %1 n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is not an Endpoint</source>
        <translation>%1 n&apos;est pas un Endpoint</translation>
    </message>
    <message>
        <source>The endpoint %1 is not active (%2)</source>
        <translation>L&apos;endpoint %1 n&apos;est pas actif (%2)</translation>
    </message>
    <message>
        <source>The endpoint %1 has no http(s) address</source>
        <translation>L&apos;endpoint %1 n&apos;a pas d&apos;adresse http(s)</translation>
    </message>
    <message>
        <source>The endpoint %1 is not DICOMweb (%2)</source>
        <translation>L&apos;endpoint %1 n&apos;est pas DICOMweb (%2)</translation>
    </message>
    <message>
        <source>The ImagingStudy has no DICOM Study Instance UID</source>
        <translation>L&apos;ImagingStudy n&apos;a pas de Study Instance UID DICOM</translation>
    </message>
    <message>
        <source>The ImagingStudy names no DICOMweb endpoint</source>
        <translation>L&apos;ImagingStudy ne nomme aucun endpoint DICOMweb</translation>
    </message>
    <message>
        <source>%1 wants credentials for DICOMweb (log in, or check the server profile)</source>
        <translation>%1 demande des identifiants pour DICOMweb (connectez-vous ou vérifiez le profil du serveur)</translation>
    </message>
    <message>
        <source>%1 refused access to these images</source>
        <translation>%1 a refusé l&apos;accès à ces images</translation>
    </message>
    <message>
        <source>%1 does not have these images</source>
        <translation>%1 n&apos;a pas ces images</translation>
    </message>
    <message>
        <source>%1 cannot send the images in the form asked for</source>
        <translation>%1 ne peut pas envoyer les images sous la forme demandée</translation>
    </message>
    <message>
        <source>%1 is busy and asked to try later</source>
        <translation>%1 est occupé et demande de réessayer plus tard</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
    <message>
        <source>The DICOMweb answer is not a DICOM JSON array</source>
        <translation>La réponse DICOMweb n&apos;est pas un tableau DICOM JSON</translation>
    </message>
    <message>
        <source>The server sent no images</source>
        <translation>Le serveur n&apos;a envoyé aucune image</translation>
    </message>
    <message>
        <source>The rendered image is unreadable</source>
        <translation>L&apos;image rendue est illisible</translation>
    </message>
    <message>
        <source>DICOM Patient ID %1 is not an identifier of %2</source>
        <translation>Le Patient ID DICOM %1 n&apos;est pas un identifiant de %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>DICOM name %1 differs from %2, %3</source>
        <translation>Le nom DICOM %1 diffère de %2, %3</translation>
    </message>
    <message>
        <source>DICOM birth date %1 differs from %2</source>
        <translation>La date de naissance DICOM %1 diffère de %2</translation>
    </message>
    <message>
        <source>%1 series, %2 cached of %3</source>
        <translation>%1 séries, %2 en cache sur %3</translation>
    </message>
    <message>
        <source>Retrieving: %1 of %2 images, %3</source>
        <translation>Récupération : %1 sur %2 images, %3</translation>
    </message>
    <message>
        <source>WARNING: PATIENT MISMATCH: %1</source>
        <translation>ATTENTION : PATIENT DIFFÉRENT : %1</translation>
    </message>
    <message>
        <source>%1 stored, %2 were cached, %3 missing, in %4 s</source>
        <translation>%1 enregistrées, %2 étaient en cache, %3 manquantes, en %4 s</translation>
    </message>
    <message>
        <source>%1 (%2) for %3</source>
        <translation>%1 (%2) pour %3</translation>
    </message>
    <message>
        <source>The image cache cannot be opened: %1</source>
        <translation>Le cache d&apos;images ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>Image cache %1
%2 patients, %3 studies, %4 series, %5 images
%6 of %7 used</source>
        <translation>Cache d&apos;images %1
%2 patients, %3 études, %4 séries, %5 images
%6 sur %7 utilisés</translation>
    </message>
    <message>
        <source>%1 images checked: %2 missing, %3 changed, %4 stray files%5</source>
        <translation>%1 images vérifiées : %2 manquantes, %3 modifiées, %4 fichiers égarés%5</translation>
    </message>
    <message>
        <source> — repaired</source>
        <translation> — réparé</translation>
    </message>
    <message>
        <source>The image cache is empty</source>
        <translation>Le cache d&apos;images est vide</translation>
    </message>
    <message>
        <source>Study %1 removed from the cache</source>
        <translation>Étude %1 retirée du cache</translation>
    </message>
    <message>
        <source>The image cache index could not be updated</source>
        <translation>L&apos;index du cache d&apos;images n&apos;a pas pu être mis à jour</translation>
    </message>
    <message>
        <source>A cached DICOM file cannot be read</source>
        <translation>Un fichier DICOM en cache ne peut pas être lu</translation>
    </message>
    <message>
        <source>A cached DICOM file cannot be written as DICOM JSON</source>
        <translation>Un fichier DICOM en cache ne peut pas être écrit en DICOM JSON</translation>
    </message>
    <message>
        <source>The instance holds no pixel data</source>
        <translation>L&apos;instance ne contient pas de données de pixels</translation>
    </message>
    <message>
        <source>The instance has no frame %1</source>
        <translation>L&apos;instance n&apos;a pas de trame %1</translation>
    </message>
    <message>
        <source>Big-endian pixel data is not served from the cache</source>
        <translation>Les données de pixels big-endian ne sont pas servies depuis le cache</translation>
    </message>
    <message>
        <source>The pixel data is shorter than its frames</source>
        <translation>Les données de pixels sont plus courtes que leurs trames</translation>
    </message>
    <message>
        <source>The encapsulated pixel data cannot be read</source>
        <translation>Les données de pixels encapsulées ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>The fragments of frame %1 cannot be found</source>
        <translation>Les fragments de la trame %1 sont introuvables</translation>
    </message>
    <message>
        <source>Frame %1 has no data</source>
        <translation>La trame %1 n&apos;a pas de données</translation>
    </message>
    <message>
        <source>The IID viewer needs an absolute base URL</source>
        <translation>La visionneuse IID nécessite une URL de base absolue</translation>
    </message>
    <message>
        <source>An IID study request names study UIDs or an accession number (one of the two)</source>
        <translation>Une requête d&apos;étude IID nomme des UID d&apos;étude ou un numéro d&apos;accession (l&apos;un des deux)</translation>
    </message>
    <message>
        <source>An IID patient request needs a patient id</source>
        <translation>Une requête de patient IID nécessite un identifiant de patient</translation>
    </message>
    <message>
        <source>mostRecentResults must be a positive number</source>
        <translation>mostRecentResults doit être un nombre positif</translation>
    </message>
    <message>
        <source>Not a DICOM modality: %1</source>
        <translation>Ce n&apos;est pas une modalité DICOM : %1</translation>
    </message>
    <message>
        <source>The viewer profile does not make a valid URL</source>
        <translation>Le profil de visionneuse ne produit pas d&apos;URL valide</translation>
    </message>
    <message>
        <source>This study&apos;s DICOM patient differs from the FHIR Patient; confirm before opening it</source>
        <translation>Le patient DICOM de cette étude diffère du Patient FHIR ; confirmez avant de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>This build of Sightline has no bundled OHIF viewer</source>
        <translation>Cette version de Sightline n&apos;inclut pas la visionneuse OHIF</translation>
    </message>
    <message>
        <source>The viewer program %1 is not installed (or not executable)</source>
        <translation>Le programme de visionneuse %1 n&apos;est pas installé (ou pas exécutable)</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n&apos;a pas pu être démarré</translation>
    </message>
    <message>
        <source>No application is registered for %1 links</source>
        <translation>Aucune application n&apos;est enregistrée pour les liens %1</translation>
    </message>
    <message>
        <source>A viewer profile needs an id and a name</source>
        <translation>Un profil de visionneuse nécessite un id et un nom</translation>
    </message>
    <message>
        <source>Unknown placeholder(s): %1</source>
        <translation>Espace(s) réservé(s) inconnu(s) : %1</translation>
    </message>
    <message>
        <source>{accessToken} is used but not allowed for this profile</source>
        <translation>{accessToken} est utilisé mais pas autorisé pour ce profil</translation>
    </message>
    <message>
        <source>The URL is empty</source>
        <translation>L&apos;URL est vide</translation>
    </message>
    <message>
        <source>A scheme (such as weasis://) and a command are needed</source>
        <translation>Un schéma (comme weasis://) et une commande sont nécessaires</translation>
    </message>
    <message>
        <source>The program is empty</source>
        <translation>Le programme est vide</translation>
    </message>
    <message>
        <source>Only web viewers can open in Sightline&apos;s viewer tab</source>
        <translation>Seules les visionneuses web peuvent s&apos;ouvrir dans l&apos;onglet visionneuse de Sightline</translation>
    </message>
    <message>
        <source>Unknown placeholder(s) in the viewer profile: %1</source>
        <translation>Espace(s) réservé(s) inconnu(s) dans le profil de visionneuse : %1</translation>
    </message>
    <message>
        <source>This viewer profile may not put the access token into the launch (allow it in the viewer settings)</source>
        <translation>Ce profil de visionneuse ne peut pas mettre le jeton d&apos;accès dans le lancement (autorisez-le dans les paramètres de la visionneuse)</translation>
    </message>
    <message>
        <source>The launch has no value for {%1}</source>
        <translation>Le lancement n&apos;a pas de valeur pour {%1}</translation>
    </message>
    <message>
        <source>{%1} holds control characters; the viewer is not started</source>
        <translation>{%1} contient des caractères de contrôle ; la visionneuse n&apos;est pas démarrée</translation>
    </message>
    <message>
        <source>{%1} starts with &quot;-&quot; and would be read as an option; the viewer is not started</source>
        <translation>{%1} commence par « - » et serait lu comme une option ; la visionneuse n&apos;est pas démarrée</translation>
    </message>
    <message>
        <source>{%1} holds a quotation mark; the viewer is not started</source>
        <translation>{%1} contient un guillemet ; la visionneuse n&apos;est pas démarrée</translation>
    </message>
    <message>
        <source>No browser could be started; open %1</source>
        <translation>Aucun navigateur n&apos;a pu être démarré ; ouvrez %1</translation>
    </message>
    <message>
        <source>Opened in %1. Serving the study through %2 — press Ctrl+C when done.</source>
        <translation>Ouvert dans %1. L&apos;étude est servie via %2 — appuyez sur Ctrl+C une fois terminé.</translation>
    </message>
    <message>
        <source>Not opened; add --confirm-mismatch to open it anyway (recorded in the audit trail).</source>
        <translation>Non ouvert ; ajoutez --confirm-mismatch pour l&apos;ouvrir quand même (consigné dans la piste d&apos;audit).</translation>
    </message>
    <message>
        <source>Gateway stopped.</source>
        <translation>Passerelle arrêtée.</translation>
    </message>
    <message>
        <source>This viewer downloads the whole study: retrieve it into the cache first</source>
        <translation>Cette visionneuse télécharge l&apos;étude entière : récupérez-la d&apos;abord dans le cache</translation>
    </message>
    <message>
        <source>The cache settings could not be saved to %1</source>
        <translation>Les paramètres du cache n&apos;ont pas pu être enregistrés dans %1</translation>
    </message>
    <message>
        <source>Give the cache folder as a full path.</source>
        <translation>Indiquez le dossier du cache par un chemin complet.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Sightline cannot write in %1.</source>
        <translation>Sightline ne peut pas écrire dans %1.</translation>
    </message>
    <message>
        <source>The PACS gave no Study Instance UID for this study</source>
        <translation>Le PACS n&apos;a donné aucun Study Instance UID pour cette étude</translation>
    </message>
    <message numerus="yes">
        <source>Retrieving: %n image(s), %1</source>
        <translation>
            <numerusform>Récupération : %n image, %1</numerusform>
            <numerusform>Récupération : %n images, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sightline is running already; handed over to it.</source>
        <translation>Sightline est déjà en cours d&apos;exécution ; la main lui a été passée.</translation>
    </message>
    <message>
        <source>The multipart body could not be read</source>
        <translation>Le corps multipart n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>Impossible à afficher : %1</translation>
    </message>
    <message>
        <source>%1 is not set up for a SMART login (its authentication is %2)</source>
        <translation>%1 n’est pas configuré pour une connexion SMART (authentification : %2)</translation>
    </message>
    <message>
        <source>Not a DICOM object (neither a Part 10 file nor a dataset)</source>
        <translation>Pas un objet DICOM (ni un fichier Part 10 ni un jeu de données)</translation>
    </message>
    <message>
        <source>A DICOM dataset cannot be given its file meta header</source>
        <translation>Impossible de donner son en-tête méta de fichier à un jeu de données DICOM</translation>
    </message>
    <message>
        <source>The instance has no bulk data at %1</source>
        <translation>L’instance n’a pas de données volumineuses en %1</translation>
    </message>
    <message>
        <source>Encapsulated pixel data is served as frames</source>
        <translation>Les données de pixels encapsulées sont servies en images (frames)</translation>
    </message>
    <message>
        <source>The bulk data at %1 cannot be read</source>
        <translation>Les données volumineuses en %1 sont illisibles</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>The ImagingStudy&apos;s Study Instance UID &quot;%1&quot; is not a DICOM UID (digits separated by dots)</source>
        <translation>Le Study Instance UID « %1 » de l&apos;ImagingStudy n&apos;est pas un UID DICOM (des chiffres séparés par des points)</translation>
    </message>
</context>
<context>
    <name>QidoOverCFind</name>
    <message>
        <source>A DICOM node is searched for series and instances within one study: name one StudyInstanceUID</source>
        <translation>Un nœud DICOM se recherche par séries et instances au sein d&apos;une étude : indiquez une StudyInstanceUID</translation>
    </message>
    <message>
        <source>A DICOM node is searched for instances within one series: name its SeriesInstanceUID</source>
        <translation>Un nœud DICOM se recherche par instances au sein d&apos;une série : indiquez sa SeriesInstanceUID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for %2</source>
        <translation>« %1 » n&apos;est pas un nombre pour %2</translation>
    </message>
    <message>
        <source>A DICOM node cannot be searched by the attributes of a sequence (%1)</source>
        <translation>Un nœud DICOM ne peut pas être interrogé sur les attributs d&apos;une séquence (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DICOM attribute</source>
        <translation>« %1 » n&apos;est pas un attribut DICOM</translation>
    </message>
    <message>
        <source>%1 is not something a DICOM node can be searched by</source>
        <translation>Un nœud DICOM ne peut pas être interrogé sur %1</translation>
    </message>
    <message>
        <source>The value searched for %1 is too long</source>
        <translation>La valeur recherchée pour %1 est trop longue</translation>
    </message>
    <message>
        <source>The value searched for %1 has characters a DICOM query cannot carry</source>
        <translation>La valeur recherchée pour %1 contient des caractères qu&apos;une requête DICOM ne peut pas transporter</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>%1 is not among the server&apos;s resources</source>
        <translation>%1 ne fait pas partie des ressources du serveur</translation>
    </message>
    <message>
        <source>%1 does not declare search-type</source>
        <translation>%1 ne déclare pas search-type</translation>
    </message>
    <message>
        <source>%1 search-type with parameter &apos;%2&apos;</source>
        <translation>%1 search-type avec le paramètre &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is searchable but declares none of: %2</source>
        <translation>%1 est recherchable mais ne déclare aucun de : %2</translation>
    </message>
    <message>
        <source>%1 does not declare &apos;%2&apos;</source>
        <translation>%1 ne déclare pas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 declares &apos;%2&apos;</source>
        <translation>%1 déclare &apos;%2&apos;</translation>
    </message>
    <message>
        <source>FHIR</source>
        <translation>FHIR</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
        <translation>Format JSON</translation>
    </message>
    <message>
        <source>Read Patient</source>
        <translation>Lire Patient</translation>
    </message>
    <message>
        <source>Search ImagingStudy by patient</source>
        <translation>Rechercher ImagingStudy par patient</translation>
    </message>
    <message>
        <source>_include ImagingStudy:endpoint</source>
        <translation>_include ImagingStudy:endpoint</translation>
    </message>
    <message>
        <source>Search Consent by patient</source>
        <translation>Rechercher Consent par patient</translation>
    </message>
    <message>
        <source>Bulk Data $export</source>
        <translation>Bulk Data $export</translation>
    </message>
    <message>
        <source>Transaction bundles</source>
        <translation>Bundles de transaction</translation>
    </message>
    <message>
        <source>Conditional create (If-None-Exist)</source>
        <translation>Création conditionnelle (If-None-Exist)</translation>
    </message>
    <message>
        <source>Create AuditEvent</source>
        <translation>Créer AuditEvent</translation>
    </message>
    <message>
        <source>SMART discovery</source>
        <translation>Découverte SMART</translation>
    </message>
    <message>
        <source>PKCE S256</source>
        <translation>PKCE S256</translation>
    </message>
    <message>
        <source>SMART standalone launch</source>
        <translation>Lancement SMART autonome</translation>
    </message>
    <message>
        <source>SMART backend services</source>
        <translation>SMART backend services</translation>
    </message>
    <message>
        <source>SMART scopes v2</source>
        <translation>Scopes SMART v2</translation>
    </message>
    <message>
        <source>SMART Imaging Access</source>
        <translation>SMART Imaging Access</translation>
    </message>
    <message>
        <source>No CapabilityStatement: %1</source>
        <translation>Pas de CapabilityStatement : %1</translation>
    </message>
    <message>
        <source>fhirVersion %1</source>
        <translation>fhirVersion %1</translation>
    </message>
    <message>
        <source>fhirVersion %1: Sightline speaks R4; most reads will work</source>
        <translation>fhirVersion %1 : Sightline parle R4 ; la plupart des lectures fonctionneront</translation>
    </message>
    <message>
        <source>fhirVersion &apos;%1&apos; is not R4</source>
        <translation>fhirVersion &apos;%1&apos; n&apos;est pas R4</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>format : %1</translation>
    </message>
    <message>
        <source>format lists no JSON (%1)</source>
        <translation>format ne liste pas JSON (%1)</translation>
    </message>
    <message>
        <source>searchInclude lists ImagingStudy:endpoint</source>
        <translation>searchInclude liste ImagingStudy:endpoint</translation>
    </message>
    <message>
        <source>No _include; Sightline reads each Endpoint separately</source>
        <translation>Pas de _include ; Sightline lit chaque Endpoint séparément</translation>
    </message>
    <message>
        <source>Neither _include nor Endpoint read: only contained Endpoints can be used</source>
        <translation>Ni _include ni lecture d&apos;Endpoint : seuls les Endpoints contenus peuvent être utilisés</translation>
    </message>
    <message>
        <source>$export is declared</source>
        <translation>$export est déclaré</translation>
    </message>
    <message>
        <source>No $export operation declared</source>
        <translation>Aucune opération $export déclarée</translation>
    </message>
    <message>
        <source>System interaction &apos;transaction&apos;</source>
        <translation>Interaction système &apos;transaction&apos;</translation>
    </message>
    <message>
        <source>Only &apos;batch&apos;: pushes are not atomic</source>
        <translation>Seulement &apos;batch&apos; : les envois ne sont pas atomiques</translation>
    </message>
    <message>
        <source>Neither transaction nor batch is declared</source>
        <translation>Ni transaction ni batch n&apos;est déclaré</translation>
    </message>
    <message>
        <source>conditionalCreate on %1</source>
        <translation>conditionalCreate sur %1</translation>
    </message>
    <message>
        <source>conditionalCreate missing on %1</source>
        <translation>conditionalCreate absent sur %1</translation>
    </message>
    <message>
        <source>Patient has no conditionalCreate: pushes could duplicate patients</source>
        <translation>Patient n&apos;a pas de conditionalCreate : les envois pourraient dupliquer des patients</translation>
    </message>
    <message>
        <source>no SMART configuration</source>
        <translation>pas de configuration SMART</translation>
    </message>
    <message>
        <source>No SMART configuration (%1); the server may be open or use other authorization</source>
        <translation>Pas de configuration SMART (%1) ; le serveur est peut-être ouvert ou utilise une autre autorisation</translation>
    </message>
    <message>
        <source>/.well-known/smart-configuration is complete</source>
        <translation>/.well-known/smart-configuration est complet</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1</source>
        <translation>code_challenge_methods_supported : %1</translation>
    </message>
    <message>
        <source>S256 offered, but so is &apos;plain&apos;</source>
        <translation>S256 est proposé, mais &apos;plain&apos; aussi</translation>
    </message>
    <message>
        <source>S256 not offered: Sightline refuses to log in without PKCE</source>
        <translation>S256 n&apos;est pas proposé : Sightline refuse de se connecter sans PKCE</translation>
    </message>
    <message>
        <source>launch-standalone; authorize at %1</source>
        <translation>launch-standalone ; autorisation sur %1</translation>
    </message>
    <message>
        <source>An authorization endpoint exists, but launch-standalone is not declared</source>
        <translation>Un endpoint d&apos;autorisation existe, mais launch-standalone n&apos;est pas déclaré</translation>
    </message>
    <message>
        <source>No authorization endpoint</source>
        <translation>Pas d&apos;endpoint d&apos;autorisation</translation>
    </message>
    <message>
        <source>client_credentials with private_key_jwt</source>
        <translation>client_credentials avec private_key_jwt</translation>
    </message>
    <message>
        <source>private_key_jwt, but client_credentials is not listed</source>
        <translation>private_key_jwt, mais client_credentials n&apos;est pas listé</translation>
    </message>
    <message>
        <source>client_credentials, but no asymmetric client authentication</source>
        <translation>client_credentials, mais pas d&apos;authentification client asymétrique</translation>
    </message>
    <message>
        <source>Neither client_credentials nor private_key_jwt is declared</source>
        <translation>Ni client_credentials ni private_key_jwt n&apos;est déclaré</translation>
    </message>
    <message>
        <source>permission-v2</source>
        <translation>permission-v2</translation>
    </message>
    <message>
        <source>Only permission-v1: Sightline will request v1 scopes</source>
        <translation>Seulement permission-v1 : Sightline demandera des scopes v1</translation>
    </message>
    <message>
        <source>Neither permission-v1 nor permission-v2 is declared</source>
        <translation>Ni permission-v1 ni permission-v2 n&apos;est déclaré</translation>
    </message>
    <message>
        <source>smart-imaging-access is declared</source>
        <translation>smart-imaging-access est déclaré</translation>
    </message>
    <message>
        <source>smart-imaging-access is not declared; images come from Endpoint addresses with their own credentials</source>
        <translation>smart-imaging-access n&apos;est pas déclaré ; les images viennent des adresses des Endpoints avec leurs propres identifiants</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Inutilisable : %1</translation>
    </message>
    <message>
        <source>Usable with limits: %1</source>
        <translation>Utilisable avec des limites : %1</translation>
    </message>
    <message>
        <source>Ready for Sightline</source>
        <translation>Prêt pour Sightline</translation>
    </message>
</context>
<context>
    <name>ReceiveCommand</name>
    <message>
        <source>Receive images pushed by PACSes and modalities (a Storage SCP) into the image cache, until stopped.</source>
        <translation>Recevoir dans le cache d&apos;images les images envoyées par les PACS et les modalités (Storage SCP), jusqu&apos;à l&apos;arrêt.</translation>
    </message>
    <message>
        <source>accept connections from other computers, not only this one</source>
        <translation>accepter les connexions d&apos;autres ordinateurs, pas seulement de celui-ci</translation>
    </message>
    <message>
        <source>let in only these calling AE titles</source>
        <translation>n&apos;admettre que ces titres AE appelants</translation>
    </message>
    <message>
        <source>print one JSON object per association</source>
        <translation>afficher un objet JSON par association</translation>
    </message>
    <message>
        <source>--port takes a port number from 1 to 65535, not %1</source>
        <translation>--port prend un numéro de port de 1 à 65535, pas %1</translation>
    </message>
    <message>
        <source>%1 is not an AE title (1 to 16 characters, no backslash)</source>
        <translation>%1 n&apos;est pas un titre AE (1 à 16 caractères, sans barre oblique inverse)</translation>
    </message>
    <message>
        <source>%1@%2: %3 received, %4 kept; studies %5</source>
        <translation>%1@%2 : %3 reçues, %4 conservées ; études %5</translation>
    </message>
    <message>
        <source>Refused %1@%2: %3</source>
        <translation>Refusé %1@%2 : %3</translation>
    </message>
    <message>
        <source>Receiving as %1 on %2:%3 (Ctrl+C stops)</source>
        <translation>Réception en tant que %1 sur %2:%3 (Ctrl+C arrête)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>the port to listen on (default: as in Preferences, else 11112)</source>
        <translation>le port d&apos;écoute (par défaut : comme dans les préférences, sinon 11112)</translation>
    </message>
    <message>
        <source>Sightline&apos;s AE title, as senders call it (default: as in Preferences, else SIGHTLINE)</source>
        <translation>le titre AE de Sightline, tel que les émetteurs l&apos;appellent (par défaut : comme dans les préférences, sinon SIGHTLINE)</translation>
    </message>
    <message>
        <source>Register Sightline at the sender as a DICOM node: its AE title, this computer&apos;s address and the port. Listens on 127.0.0.1 unless --accept-remote is given.</source>
        <translation>Enregistrez Sightline chez l&apos;émetteur comme nœud DICOM : son titre AE, l&apos;adresse de cet ordinateur et le port. N&apos;écoute que sur 127.0.0.1, sauf avec --accept-remote.</translation>
    </message>
</context>
<context>
    <name>ReceivingNodeSettings</name>
    <message>
        <source>The receiving node&apos;s settings could not be saved to %1</source>
        <translation>Les réglages du nœud de réception n&apos;ont pas pu être enregistrés dans %1</translation>
    </message>
    <message>
        <source>Give Sightline&apos;s AE title: 1 to 16 characters, no backslash.</source>
        <translation>Indiquez le titre AE de Sightline : 1 à 16 caractères, sans barre oblique inverse.</translation>
    </message>
    <message>
        <source>Give the port to listen on (1 to 65535; 11112 is DICOM&apos;s usual one).</source>
        <translation>Indiquez le port d&apos;écoute (1 à 65535 ; 11112 est le port DICOM habituel).</translation>
    </message>
    <message>
        <source>%1 is not an AE title (1 to 16 characters, no backslash).</source>
        <translation>%1 n&apos;est pas un titre AE (1 à 16 caractères, sans barre oblique inverse).</translation>
    </message>
    <message>
        <source>Register Sightline at the sender as AE title %1, host 127.0.0.1, port %2: only programs on this computer can send until other computers are accepted.</source>
        <translation>Enregistrez Sightline chez l&apos;émetteur avec le titre AE %1, l&apos;hôte 127.0.0.1, le port %2 : seuls les programmes de cet ordinateur peuvent envoyer tant que les autres ordinateurs ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Register Sightline at the sender as AE title %1, host %2 (or this computer&apos;s IP address), port %3.</source>
        <translation>Enregistrez Sightline chez l&apos;émetteur avec le titre AE %1, l&apos;hôte %2 (ou l&apos;adresse IP de cet ordinateur), le port %3.</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>FHIR base</source>
        <translation>Base FHIR</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Patient in context</source>
        <translation>Patient en contexte</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Scopes accordés</translation>
    </message>
    <message>
        <source>Token expires in</source>
        <translation>Le jeton expire dans</translation>
    </message>
    <message>
        <source>Refreshable</source>
        <translation>Renouvelable</translation>
    </message>
    <message>
        <source>Token identity</source>
        <translation>Identité du jeton</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>the server (a SMART profile)</source>
        <translation>le serveur (un profil SMART)</translation>
    </message>
    <message>
        <source>print the session as JSON</source>
        <translation>afficher la session en JSON</translation>
    </message>
    <message>
        <source>print the login address (to open elsewhere) instead of opening the browser</source>
        <translation>afficher l&apos;adresse de connexion (à ouvrir ailleurs) au lieu d&apos;ouvrir le navigateur</translation>
    </message>
    <message>
        <source>EHR launch: open Sightline and log in to the EHR&apos;s server with its context.</source>
        <translation>Lancement depuis le DPI : ouvrir Sightline et se connecter au serveur du DPI avec son contexte.</translation>
    </message>
    <message>
        <source>What an EHR&apos;s sightline://launch?iss=…&amp;launch=… link does.</source>
        <translation>Ce que fait le lien sightline://launch?iss=…&amp;launch=… d&apos;un DPI.</translation>
    </message>
    <message>
        <source>the EHR&apos;s FHIR server</source>
        <translation>le serveur FHIR du DPI</translation>
    </message>
    <message>
        <source>the EHR&apos;s launch value</source>
        <translation>la valeur de lancement du DPI</translation>
    </message>
    <message>
        <source>Log in (SMART standalone launch); the session is kept in the OS keychain.</source>
        <translation>Se connecter (lancement SMART autonome) ; la session est gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Show the kept session: user, patient, scopes, expiry.</source>
        <translation>Montrer la session gardée : utilisateur, patient, scopes, expiration.</translation>
    </message>
    <message>
        <source>Revoke the session and remove it from the keychain.</source>
        <translation>Révoquer la session et la retirer du trousseau.</translation>
    </message>
    <message>
        <source>Make a Backend Services key pair: the private key goes to FILE (readable by you only), the public JWKS to the screen.</source>
        <translation>Créer une paire de clés Backend Services : la clé privée va dans FICHIER (lisible par vous seul), le JWKS public à l&apos;écran.</translation>
    </message>
    <message>
        <source>the signing algorithm (default ES384)</source>
        <translation>l&apos;algorithme de signature (par défaut ES384)</translation>
    </message>
    <message>
        <source>where the private key goes; never overwritten</source>
        <translation>où va la clé privée ; jamais écrasée</translation>
    </message>
    <message>
        <source>--alg is ES384 or RS384</source>
        <translation>--alg vaut ES384 ou RS384</translation>
    </message>
    <message>
        <source>%1 exists already; Sightline does not overwrite keys</source>
        <translation>%1 existe déjà ; Sightline n&apos;écrase pas les clés</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register the JWKS above with the server; set the key file as the server profile&apos;s key file.</source>
        <translation>Clé privée écrite dans %1 (lisible par vous seul). Enregistrez le JWKS ci-dessus auprès du serveur ; indiquez ce fichier de clé dans le profil du serveur.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Could not create a key pair</source>
        <translation>Impossible de créer une paire de clés</translation>
    </message>
    <message>
        <source>The file holds no readable private key (PEM)</source>
        <translation>Le fichier ne contient aucune clé privée lisible (PEM)</translation>
    </message>
    <message>
        <source>EC keys must be on P-384 for ES384</source>
        <translation>Les clés EC doivent être sur P-384 pour ES384</translation>
    </message>
    <message>
        <source>Only RSA (RS384) and P-384 (ES384) keys are supported</source>
        <translation>Seules les clés RSA (RS384) et P-384 (ES384) sont prises en charge</translation>
    </message>
    <message>
        <source>Cannot read the key file %1</source>
        <translation>Impossible de lire le fichier de clé %1</translation>
    </message>
    <message>
        <source>Cannot write the key file %1</source>
        <translation>Impossible d&apos;écrire le fichier de clé %1</translation>
    </message>
    <message>
        <source>Could not sign the assertion</source>
        <translation>Impossible de signer l&apos;assertion</translation>
    </message>
    <message>
        <source>Could not read the ECDSA signature</source>
        <translation>Impossible de lire la signature ECDSA</translation>
    </message>
</context>
<context>
    <name>SmartConfiguration</name>
    <message>
        <source>The smart-configuration document is a FHIR resource, not SMART JSON</source>
        <translation>Le document smart-configuration est une ressource FHIR, pas du JSON SMART</translation>
    </message>
    <message>
        <source>The smart-configuration document names no endpoints and no capabilities</source>
        <translation>Le document smart-configuration ne nomme ni endpoints ni capacités</translation>
    </message>
    <message>
        <source>No /.well-known/smart-configuration; endpoints come from the CapabilityStatement (pre-SMART 2.0 server)</source>
        <translation>Pas de /.well-known/smart-configuration ; les endpoints viennent du CapabilityStatement (serveur antérieur à SMART 2.0)</translation>
    </message>
    <message>
        <source>authorization_endpoint is missing</source>
        <translation>authorization_endpoint est absent</translation>
    </message>
    <message>
        <source>token_endpoint is missing</source>
        <translation>token_endpoint est absent</translation>
    </message>
    <message>
        <source>capabilities is missing or empty</source>
        <translation>capabilities est absent ou vide</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported lacks S256: PKCE cannot be used, Sightline will not log in</source>
        <translation>code_challenge_methods_supported ne contient pas S256 : PKCE ne peut pas être utilisé, Sightline ne se connectera pas</translation>
    </message>
    <message>
        <source>code_challenge_methods_supported offers &apos;plain&apos;, which SMART forbids</source>
        <translation>code_challenge_methods_supported propose &apos;plain&apos;, que SMART interdit</translation>
    </message>
    <message>
        <source>sso-openid-connect is claimed but issuer or jwks_uri is missing</source>
        <translation>sso-openid-connect est annoncé mais issuer ou jwks_uri est absent</translation>
    </message>
    <message>
        <source>%1 is not https</source>
        <translation>%1 n&apos;est pas en https</translation>
    </message>
</context>
<context>
    <name>StorageScp</name>
    <message>
        <source>The caller closed the connection before asking for anything</source>
        <translation>L&apos;appelant a fermé la connexion avant de demander quoi que ce soit</translation>
    </message>
    <message>
        <source>The caller sent something that is not a DICOM association request</source>
        <translation>L&apos;appelant a envoyé quelque chose qui n&apos;est pas une demande d&apos;association DICOM</translation>
    </message>
    <message>
        <source>The caller&apos;s association request is too large (%1 bytes)</source>
        <translation>La demande d&apos;association de l&apos;appelant est trop grande (%1 octets)</translation>
    </message>
    <message numerus="yes">
        <source>The caller asked for nothing within %n second(s)</source>
        <translation>
            <numerusform>L&apos;appelant n&apos;a rien demandé en %n seconde</numerusform>
            <numerusform>L&apos;appelant n&apos;a rien demandé en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>No network socket could be made</source>
        <translation>Aucun socket réseau n&apos;a pu être créé</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program: choose another port for Sightline&apos;s receiving node.</source>
        <translation>Le port %1 est utilisé par un autre programme : choisissez un autre port pour le nœud de réception de Sightline.</translation>
    </message>
    <message>
        <source>Port %1 may only be opened by the administrator: choose a port above 1023 for Sightline&apos;s receiving node.</source>
        <translation>Le port %1 ne peut être ouvert que par l&apos;administrateur : choisissez un port au-dessus de 1023 pour le nœud de réception de Sightline.</translation>
    </message>
    <message>
        <source>Sightline&apos;s receiving node cannot listen on port %1</source>
        <translation>Le nœud de réception de Sightline ne peut pas écouter sur le port %1</translation>
    </message>
    <message>
        <source>The sender&apos;s association request could not be read: %1</source>
        <translation>La demande d&apos;association de l&apos;expéditeur n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Refused: it called the AE title %1, and Sightline&apos;s is %2</source>
        <translation>Refusé : il a appelé le titre AE %1, et celui de Sightline est %2</translation>
    </message>
    <message>
        <source>Refused: %1 is not among the callers Sightline lets in</source>
        <translation>Refusé : %1 ne fait pas partie des appelants que Sightline admet</translation>
    </message>
    <message>
        <source>The association could not be accepted: %1</source>
        <translation>L&apos;association n&apos;a pas pu être acceptée : %1</translation>
    </message>
    <message numerus="yes">
        <source>The sender said nothing for %n second(s); the association was aborted</source>
        <translation>
            <numerusform>L&apos;expéditeur n&apos;a rien dit pendant %n seconde ; l&apos;association a été interrompue</numerusform>
            <numerusform>L&apos;expéditeur n&apos;a rien dit pendant %n secondes ; l&apos;association a été interrompue</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender aborted the association</source>
        <translation>L&apos;expéditeur a interrompu l&apos;association</translation>
    </message>
    <message>
        <source>The association broke off: %1</source>
        <translation>L&apos;association s&apos;est rompue : %1</translation>
    </message>
    <message>
        <source>The sender asked for a service a receiving node does not offer (command %1); the association was aborted</source>
        <translation>L&apos;expéditeur a demandé un service qu&apos;un nœud de réception n&apos;offre pas (commande %1) ; l&apos;association a été interrompue</translation>
    </message>
    <message>
        <source>Sightline&apos;s receiving node stopped</source>
        <translation>Le nœud de réception de Sightline s&apos;est arrêté</translation>
    </message>
    <message>
        <source>An image broke off while it was received: %1</source>
        <translation>Une image s&apos;est interrompue pendant sa réception : %1</translation>
    </message>
    <message>
        <source>The sender went away before it was told what was kept</source>
        <translation>L&apos;expéditeur est parti avant d&apos;apprendre ce qui a été conservé</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>An image larger than %1 was refused and the association ended: Sightline&apos;s receiving node keeps objects of up to that size</source>
        <translation>Une image de plus de %1 a été refusée et l&apos;association terminée : le nœud de réception de Sightline garde les objets jusqu&apos;à cette taille</translation>
    </message>
    <message>
        <source>The caller closed the connection before its association request was complete</source>
        <translation>L&apos;appelant a fermé la connexion avant que sa demande d&apos;association soit complète</translation>
    </message>
</context>
<context>
    <name>StudyExportCommand</name>
    <message>
        <source>--pseudonym and --key-file go with --deidentify</source>
        <translation>--pseudonym et --key-file vont avec --deidentify</translation>
    </message>
    <message>
        <source>Job %1: %2 → %3</source>
        <translation>Tâche %1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1 instances in %2 series written to %3</source>
        <translation>%1 instances dans %2 séries écrites dans %3</translation>
    </message>
    <message>
        <source>De-identified: patient %1, study %2</source>
        <translation>Désidentifié : patient %1, étude %2</translation>
    </message>
    <message>
        <source>Warning: the cache holds only part of this study.</source>
        <translation>Attention : le cache ne contient qu&apos;une partie de cette étude.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>%1: the output would overwrite the input</source>
        <translation>%1 : la sortie écraserait l&apos;entrée</translation>
    </message>
    <message>
        <source>%1: %2 resources, %3 elements removed, %4 dates shifted → %5</source>
        <translation>%1 : %2 ressources, %3 éléments supprimés, %4 dates décalées → %5</translation>
    </message>
    <message>
        <source>%1: %2 malformed lines left out (lines %3)</source>
        <translation>%1 : %2 lignes mal formées laissées de côté (lignes %3)</translation>
    </message>
    <message>
        <source>Free text outside notes and narrative (e.g. valueString) is kept: review it before sharing.</source>
        <translation>Le texte libre hors des notes et du narratif (p. ex. valueString) est conservé : relisez-le avant de partager.</translation>
    </message>
    <message>
        <source>the pseudonymisation key (made and kept there when new)</source>
        <translation>la clé de pseudonymisation (créée et gardée là si nouvelle)</translation>
    </message>
    <message>
        <source>A cached study to a DICOMDIR folder or a ZIP, optionally de-identified (PS3.15 Basic).</source>
        <translation>Une étude en cache vers un dossier DICOMDIR ou un ZIP, désidentifiée au besoin (PS3.15 Basic).</translation>
    </message>
    <message>
        <source>the cached study</source>
        <translation>l&apos;étude en cache</translation>
    </message>
    <message>
        <source>one ZIP file instead of a folder</source>
        <translation>un fichier ZIP au lieu d&apos;un dossier</translation>
    </message>
    <message>
        <source>de-identify on the way</source>
        <translation>désidentifier au passage</translation>
    </message>
    <message>
        <source>the patient name the copy gets (with --deidentify)</source>
        <translation>le nom de patient que reçoit la copie (avec --deidentify)</translation>
    </message>
    <message>
        <source>the folder, or the ZIP file</source>
        <translation>le dossier, ou le fichier ZIP</translation>
    </message>
    <message>
        <source>De-identified copies of NDJSON files (one key for all, so references and date shifts agree).</source>
        <translation>Copies désidentifiées de fichiers NDJSON (une clé pour tous, pour que références et décalages de dates concordent).</translation>
    </message>
    <message>
        <source>the files</source>
        <translation>les fichiers</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>le dossier</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>L&apos;endpoint de jeton a répondu sans jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Unsupported token type &quot;%1&quot; (Sightline uses Bearer tokens)</source>
        <translation>Type de jeton « %1 » non pris en charge (Sightline utilise des jetons Bearer)</translation>
    </message>
    <message>
        <source>The token endpoint answered %1</source>
        <translation>L&apos;endpoint de jeton a répondu %1</translation>
    </message>
    <message>
        <source>The server no longer accepts this login (invalid_grant); log in again</source>
        <translation>Le serveur n&apos;accepte plus cette connexion (invalid_grant) ; reconnectez-vous</translation>
    </message>
    <message>
        <source>The server does not accept Sightline&apos;s client credentials (invalid_client)</source>
        <translation>Le serveur n&apos;accepte pas les identifiants client de Sightline (invalid_client)</translation>
    </message>
    <message>
        <source>The token endpoint refused: %1</source>
        <translation>L&apos;endpoint de jeton a refusé : %1</translation>
    </message>
</context>
<context>
    <name>ViewerCommand</name>
    <message>
        <source>Open a study in a viewer through the local gateway (serves until Ctrl+C).</source>
        <translation>Ouvrir une étude dans une visionneuse via la passerelle locale (sert jusqu&apos;à Ctrl+C).</translation>
    </message>
    <message>
        <source>the server the study is on</source>
        <translation>le serveur où se trouve l&apos;étude</translation>
    </message>
    <message>
        <source>the study&apos;s Study Instance UID</source>
        <translation>le Study Instance UID de l&apos;étude</translation>
    </message>
    <message>
        <source>the viewer (default: the first one)</source>
        <translation>la visionneuse (par défaut : la première)</translation>
    </message>
    <message>
        <source>show the launch without starting it</source>
        <translation>montrer le lancement sans l&apos;exécuter</translation>
    </message>
    <message>
        <source>open even though the cached images&apos; DICOM patient differs from the FHIR Patient</source>
        <translation>ouvrir bien que le patient DICOM des images en cache diffère du Patient FHIR</translation>
    </message>
    <message>
        <source>Print an IHE Invoke Image Display (IID) URL.</source>
        <translation>Afficher une URL IHE Invoke Image Display (IID).</translation>
    </message>
    <message>
        <source>Give --study, --accession or --patient (with what narrows a patient&apos;s studies).</source>
        <translation>Donnez --study, --accession ou --patient (avec ce qui restreint les études d&apos;un patient).</translation>
    </message>
    <message>
        <source>the viewer&apos;s IID base URL</source>
        <translation>l&apos;URL de base IID de la visionneuse</translation>
    </message>
    <message>
        <source>the studies to show</source>
        <translation>les études à montrer</translation>
    </message>
    <message>
        <source>the study with this accession number</source>
        <translation>l&apos;étude de ce numéro d&apos;accession</translation>
    </message>
    <message>
        <source>the patient&apos;s studies</source>
        <translation>les études du patient</translation>
    </message>
    <message>
        <source>the patient ID&apos;s assigning authority</source>
        <translation>l&apos;autorité d&apos;attribution de l&apos;identifiant patient</translation>
    </message>
    <message>
        <source>the patient&apos;s name, as DICOM writes it</source>
        <translation>le nom du patient, tel que DICOM l&apos;écrit</translation>
    </message>
    <message>
        <source>the patient&apos;s birth date</source>
        <translation>la date de naissance du patient</translation>
    </message>
    <message>
        <source>studies from this date and time</source>
        <translation>les études à partir de cette date et heure</translation>
    </message>
    <message>
        <source>studies up to this date and time</source>
        <translation>les études jusqu&apos;à cette date et heure</translation>
    </message>
    <message>
        <source>only the N most recent studies</source>
        <translation>seulement les N études les plus récentes</translation>
    </message>
    <message>
        <source>only studies with these modalities</source>
        <translation>seulement les études avec ces modalités</translation>
    </message>
    <message>
        <source>the kind of viewer asked for</source>
        <translation>le type de visionneuse demandé</translation>
    </message>
    <message>
        <source>ask for diagnostic quality</source>
        <translation>demander la qualité diagnostique</translation>
    </message>
    <message>
        <source>only key images</source>
        <translation>seulement les images clés</translation>
    </message>
    <message>
        <source>--birth-date is a date: 1970-03-01</source>
        <translation>--birth-date est une date : 1970-03-01</translation>
    </message>
    <message>
        <source>--%1 is a date and time: 2026-01-01T00:00:00</source>
        <translation>--%1 est une date et heure : 2026-01-01T00:00:00</translation>
    </message>
    <message>
        <source>--most-recent is a positive number</source>
        <translation>--most-recent est un nombre positif</translation>
    </message>
    <message>
        <source>--%1 is true or false</source>
        <translation>--%1 vaut true ou false</translation>
    </message>
</context>
<context>
    <name>sightline::AboutDialog</name>
    <message>
        <source>About Sightline</source>
        <translation>À propos de Sightline</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sightline %1&lt;/h2&gt;&lt;p&gt;Clinical integration workstation: SMART on FHIR logins, server capabilities, imaging through ImagingStudy, Endpoint and DICOMweb, viewers through a local gateway, consent, audit and export jobs.&lt;/p&gt;&lt;p&gt;Free software under the Apache License 2.0. The licences of the components below are in &lt;tt&gt;/usr/share/doc/sightline/copyright&lt;/tt&gt; when installed from the package.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sightline %1&lt;/h2&gt;&lt;p&gt;Poste d&apos;intégration clinique : connexions SMART on FHIR, capacités des serveurs, imagerie via ImagingStudy, Endpoint et DICOMweb, visionneuses via une passerelle locale, consentement, audit et tâches d&apos;export.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence Apache 2.0. Les licences des composants ci-dessous se trouvent dans &lt;tt&gt;/usr/share/doc/sightline/copyright&lt;/tt&gt; lorsqu&apos;il est installé depuis le paquet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisé pour</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copier les versions</translation>
    </message>
    <message>
        <source>Copy Sightline&apos;s and its libraries&apos; versions, for a bug report</source>
        <translation>Copier les versions de Sightline et de ses bibliothèques, pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>sightline::AuditForwarder</name>
    <message>
        <source>The server refused an AuditEvent (%1)</source>
        <translation>Le serveur a refusé un AuditEvent (%1)</translation>
    </message>
    <message>
        <source>The server answered without entries</source>
        <translation>Le serveur a répondu sans entrées</translation>
    </message>
</context>
<context>
    <name>sightline::AuditPanel</name>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Réussites</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Search everything in the events…</source>
        <translation>Rechercher dans tous les événements…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export NDJSON…</source>
        <translation>Exporter en NDJSON…</translation>
    </message>
    <message>
        <source>Export audit events</source>
        <translation>Exporter les événements d&apos;audit</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson)</source>
        <translation>NDJSON (*.ndjson)</translation>
    </message>
    <message>
        <source>Chain not verified yet</source>
        <translation>Chaîne pas encore vérifiée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>
Record %1 · hash %2
previous %3</source>
        <translation>
Enregistrement %1 · empreinte %2
précédent %3</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain verified: %n event(s) intact</source>
        <translation>
            <numerusform>✓ Chaîne vérifiée : %n événement intact</numerusform>
            <numerusform>✓ Chaîne vérifiée : %n événements intacts</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Chain broken at record %1: %2</source>
        <translation>✗ Chaîne rompue à l&apos;enregistrement %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1</source>
        <translation>
            <numerusform>%n événement d&apos;audit exporté vers %1</numerusform>
            <numerusform>%n événements d&apos;audit exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1 : %n en attente</numerusform>
            <numerusform>%1 : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source> (retrying: %1)</source>
        <translation> (nouvel essai : %1)</translation>
    </message>
    <message>
        <source>Not forwarded to any server</source>
        <translation>Transmis à aucun serveur</translation>
    </message>
    <message>
        <source>Forwarding — </source>
        <translation>Transmission — </translation>
    </message>
    <message>
        <source>S&amp;yslog…</source>
        <translation>S&amp;yslog…</translation>
    </message>
    <message>
        <source>Send the audit trail to an ATNA syslog repository over TLS</source>
        <translation>Envoyer la piste d&apos;audit à un dépôt syslog ATNA via TLS</translation>
    </message>
    <message>
        <source>The syslog settings could not be saved</source>
        <translation>Les paramètres syslog n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message numerus="yes">
        <source>syslog %1:%2: %n pending</source>
        <translation>
            <numerusform>syslog %1:%2 : %n en attente</numerusform>
            <numerusform>syslog %1:%2 : %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::AuditRecordModel</name>
    <message>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>minor failure</source>
        <translation>échec mineur</translation>
    </message>
    <message>
        <source>serious failure</source>
        <translation>échec grave</translation>
    </message>
    <message>
        <source>major failure</source>
        <translation>échec majeur</translation>
    </message>
    <message>
        <source>(not logged in)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Exécuter</translation>
    </message>
</context>
<context>
    <name>sightline::AuditTimeline</name>
    <message>
        <source>No audit events in this range</source>
        <translation>Aucun événement d&apos;audit dans cette période</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
</context>
<context>
    <name>sightline::AuthorizationCodeFlow</name>
    <message>
        <source>The login was not completed in time</source>
        <translation>La connexion n&apos;a pas été terminée à temps</translation>
    </message>
    <message>
        <source>The server publishes no authorization or token endpoint</source>
        <translation>Le serveur ne publie aucun endpoint d&apos;autorisation ni de jeton</translation>
    </message>
    <message>
        <source>The server does not offer PKCE with S256; Sightline will not log in without it</source>
        <translation>Le serveur ne propose pas PKCE avec S256 ; Sightline ne se connectera pas sans</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
</context>
<context>
    <name>sightline::BulkExportJob</name>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation>Le dossier de sortie %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The server accepted the export but gave no status URL (Content-Location).</source>
        <translation>Le serveur a accepté l&apos;export mais n&apos;a donné aucune URL de statut (Content-Location).</translation>
    </message>
    <message>
        <source>The export could not be started: %1</source>
        <translation>L&apos;export n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>The server refused the export: %1</source>
        <translation>Le serveur a refusé l&apos;export : %1</translation>
    </message>
    <message>
        <source>The export is no longer on the server (expired or cancelled).</source>
        <translation>L&apos;export n&apos;est plus sur le serveur (expiré ou annulé).</translation>
    </message>
    <message>
        <source>The export&apos;s status cannot be read: %1</source>
        <translation>Le statut de l&apos;export ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>The export failed on the server: %1</source>
        <translation>L&apos;export a échoué sur le serveur : %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 cannot be completed.</source>
        <translation>%1 ne peut pas être terminé.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 n&apos;a pas pu être téléchargé : %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: the server sent it too slowly (%2), %3 times in a row</source>
        <translation>%1 n’a pas pu être téléchargé : le serveur l’a envoyé trop lentement (%2), %3 fois de suite</translation>
    </message>
    <message>
        <source>Finished files kept in %1: %2</source>
        <translation>Fichiers terminés conservés dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a line</source>
        <translation>%1 se termine au milieu d’une ligne</translation>
    </message>
    <message>
        <source>%1 has %2 lines, the manifest says %3</source>
        <translation>%1 compte %2 lignes, le manifeste en annonce %3</translation>
    </message>
    <message>
        <source>%1 could not be downloaded whole: %2</source>
        <translation>%1 n’a pas pu être téléchargé en entier : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the server reported %n error(s), the first: %2</source>
        <translation>
            <numerusform>%1 : le serveur a signalé %n erreur, la première : %2</numerusform>
            <numerusform>%1 : le serveur a signalé %n erreurs, la première : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 lines, the manifest says %3</source>
        <translation>%1 : %2 lignes, le manifeste en annonce %3</translation>
    </message>
</context>
<context>
    <name>sightline::BulkExportRunner</name>
    <message>
        <source>%1 resources in %2 files</source>
        <translation>%1 ressources dans %2 fichiers</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>(de-identified copies in %1)</source>
        <translation>(copies désidentifiées dans %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problème : %1</numerusform>
            <numerusform>%n problèmes : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CacheDialog</name>
    <message>
        <source>Image cache</source>
        <translation>Cache d&apos;images</translation>
    </message>
    <message>
        <source>Empty the image cache</source>
        <translation>Vider le cache d&apos;images</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Image cache folder</source>
        <translation>Dossier du cache d&apos;images</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>until the space is needed</source>
        <translation>jusqu&apos;à ce que la place soit nécessaire</translation>
    </message>
    <message>
        <source>When the cache is over its budget, the images used least recently leave it first. A new location is used from the next start; images already cached stay where they are.</source>
        <translation>Lorsque le cache dépasse son budget, les images utilisées le moins récemment en sortent en premier. Un nouvel emplacement est utilisé à partir du prochain démarrage ; les images déjà en cache restent où elles sont.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Size budget</source>
        <translation>Budget de taille</translation>
    </message>
    <message>
        <source>Keep unused images</source>
        <translation>Conserver les images inutilisées</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparer</translation>
    </message>
    <message>
        <source>Remove damaged and stray files (they are retrieved again when needed)</source>
        <translation>Supprimer les fichiers endommagés et égarés (ils sont récupérés à nouveau si nécessaire)</translation>
    </message>
    <message>
        <source>Empty the cache…</source>
        <translation>Vider le cache…</translation>
    </message>
    <message>
        <source>Upkeep</source>
        <translation>Entretien</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(y/ies)</source>
        <translation>
            <numerusform>%n étude</numerusform>
            <numerusform>%n études</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisés</translation>
    </message>
    <message>
        <source>Least recently used image: last opened %1</source>
        <translation>Image utilisée le moins récemment : ouverte pour la dernière fois %1</translation>
    </message>
    <message>
        <source>The cache is empty.</source>
        <translation>Le cache est vide.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Réparation…</translation>
    </message>
    <message>
        <source>Checking every cached image…</source>
        <translation>Vérification de chaque image en cache…</translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are intact.</source>
        <translation>
            <numerusform>L&apos;image est intacte.</numerusform>
            <numerusform>Les %n images sont intactes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missing, %2 damaged, %3 stray file(s).</source>
        <translation>%1 manquant(s), %2 endommagé(s), %3 fichier(s) égaré(s).</translation>
    </message>
    <message>
        <source>Repaired: %1 They are retrieved again when needed.</source>
        <translation>Réparé : %1 Ils sont récupérés à nouveau si nécessaire.</translation>
    </message>
    <message>
        <source>Found %1 Repair removes them.</source>
        <translation>Trouvé : %1 La réparation les supprime.</translation>
    </message>
    <message>
        <source>Studies are being retrieved: cancel them or wait, then empty the cache.</source>
        <translation>Des études sont en cours de récupération : annulez-les ou attendez, puis videz le cache.</translation>
    </message>
    <message>
        <source>Remove every image, thumbnail and index entry from the cache? Studies are retrieved again from their servers when next opened.</source>
        <translation>Supprimer toutes les images, miniatures et entrées d&apos;index du cache ? Les études sont récupérées à nouveau depuis leurs serveurs à la prochaine ouverture.</translation>
    </message>
    <message>
        <source>The cache could not be emptied: %1</source>
        <translation>Le cache n&apos;a pas pu être vidé : %1</translation>
    </message>
    <message>
        <source>Read every cached image and compare it with its recorded checksum</source>
        <translation>Lire chaque image du cache et la comparer à sa somme de contrôle enregistrée</translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesCommand</name>
    <message>
        <source>Could not load the CapabilityStatement: %1</source>
        <translation>Impossible de charger le CapabilityStatement : %1</translation>
    </message>
    <message>
        <source>Print a server&apos;s capabilities and readiness for Sightline.</source>
        <translation>Afficher les capacités d&apos;un serveur et sa préparation pour Sightline.</translation>
    </message>
    <message>
        <source>Reads the CapabilityStatement and the SMART configuration (public: no login) and checks what Sightline needs.</source>
        <translation>Lit le CapabilityStatement et la configuration SMART (publics : sans connexion) et vérifie ce dont Sightline a besoin.</translation>
    </message>
    <message>
        <source>the server to ask</source>
        <translation>le serveur à interroger</translation>
    </message>
    <message>
        <source>print the report as JSON</source>
        <translation>afficher le rapport en JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP exchange(s) made</source>
        <translation>
            <numerusform>%n échange HTTP</numerusform>
            <numerusform>%n échanges HTTP</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesPanel</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Serveurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Load capabilities</source>
        <translation>Charger les capacités</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Filter: resource, interaction, search parameter, operation…</source>
        <translation>Filtre : ressource, interaction, paramètre de recherche, opération…</translation>
    </message>
    <message>
        <source> </source>
        <translation> </translation>
    </message>
    <message>
        <source>What Sightline needs</source>
        <translation>Ce dont Sightline a besoin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>CapabilityStatement (/metadata)</source>
        <translation>CapabilityStatement (/metadata)</translation>
    </message>
    <message>
        <source>SMART configuration (/.well-known/smart-configuration)</source>
        <translation>Configuration SMART (/.well-known/smart-configuration)</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Aptitude</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Add a FHIR server to see what it can do.</source>
        <translation>Ajoutez un serveur FHIR pour voir ce qu&apos;il sait faire.</translation>
    </message>
    <message>
        <source>The client secret was not stored: %1</source>
        <translation>Le secret client n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Client secret stored in the OS keychain</source>
        <translation>Secret client enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Supprimer le serveur</translation>
    </message>
    <message>
        <source>Remove %1 from Sightline? Its stored secret is removed too.</source>
        <translation>Retirer %1 de Sightline ? Son secret enregistré est également supprimé.</translation>
    </message>
    <message>
        <source>Capabilities of %1 loaded in %2 ms</source>
        <translation>Capacités de %1 chargées en %2 ms</translation>
    </message>
    <message>
        <source>Could not load capabilities: %1</source>
        <translation>Impossible de charger les capacités : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>CapabilityStatement: %1</source>
        <translation>CapabilityStatement : %1</translation>
    </message>
    <message>
        <source>SMART configuration: %1</source>
        <translation>Configuration SMART : %1</translation>
    </message>
    <message>
        <source>(nothing received)</source>
        <translation>(rien reçu)</translation>
    </message>
    <message>
        <source>Loading the other server&apos;s capabilities…</source>
        <translation>Chargement des capacités de l&apos;autre serveur…</translation>
    </message>
    <message>
        <source>Load this server&apos;s capabilities first.</source>
        <translation>Chargez d&apos;abord les capacités de ce serveur.</translation>
    </message>
    <message>
        <source>DICOMweb PACS without FHIR: find patients and studies on it in the Studies panel (QIDO-RS), retrieve them and open them in a viewer. It has no FHIR capabilities to show.</source>
        <translation>PACS DICOMweb sans FHIR : trouvez-y des patients et des études dans le panneau Études (QIDO-RS), récupérez-les et ouvrez-les dans une visionneuse. Il n&apos;a pas de capacités FHIR à afficher.</translation>
    </message>
    <message>
        <source>Set up SMART login…</source>
        <translation>Configurer la connexion SMART…</translation>
    </message>
    <message>
        <source>This server offers SMART on FHIR; its profile does not use it.</source>
        <translation>Ce serveur propose SMART on FHIR ; son profil ne l&apos;utilise pas.</translation>
    </message>
    <message>
        <source>%1 offers SMART on FHIR. Enter the client id registered for Sightline at its authorization server (and a secret or key if the client is confidential), then log in from the Session tab.</source>
        <translation>%1 propose SMART on FHIR. Saisissez l&apos;identifiant client enregistré pour Sightline auprès de son serveur d&apos;autorisation (et un secret ou une clé si le client est confidentiel), puis connectez-vous depuis l&apos;onglet Session.</translation>
    </message>
    <message>
        <source>DICOM node: test the connection with Edit… → Test connection (C-ECHO); query it with sightline find. It has no FHIR capabilities to show.</source>
        <translation>Nœud DICOM : testez la connexion avec Modifier… → Tester la connexion (C-ECHO) ; interrogez-le avec sightline find. Il n&apos;a pas de capacités FHIR à afficher.</translation>
    </message>
    <message>
        <source>The private key of Sightline&apos;s certificate was not stored: %1</source>
        <translation>La clé privée du certificat de Sightline n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Private key stored in the OS keychain</source>
        <translation>Clé privée enregistrée dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>Différences seulement</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>Ce serveur</translation>
    </message>
    <message>
        <source>Other server</source>
        <translation>Autre serveur</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n différence entre %1 et %2</numerusform>
            <numerusform>%n différences entre %1 et %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityLoader</name>
    <message>
        <source>Fetching %1/metadata and SMART configuration…</source>
        <translation>Récupération de %1/metadata et de la configuration SMART…</translation>
    </message>
    <message>
        <source>CapabilityStatement received</source>
        <translation>CapabilityStatement reçu</translation>
    </message>
    <message>
        <source>CapabilityStatement failed</source>
        <translation>Échec du CapabilityStatement</translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityTreeModel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>Version FHIR</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Patch formats</source>
        <translation>Formats de patch</translation>
    </message>
    <message>
        <source>Implementation guides</source>
        <translation>Guides d&apos;implémentation</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>OAuth URIs</source>
        <translation>URI OAuth</translation>
    </message>
    <message>
        <source>CapabilityStatement</source>
        <translation>CapabilityStatement</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
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
        <translation>depuis le CapabilityStatement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Paramètres de recherche</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>sightline::ConsentLoader</name>
    <message>
        <source>No FHIR server to ask.</source>
        <translation>Aucun serveur FHIR à interroger.</translation>
    </message>
    <message>
        <source>Reading the patient</source>
        <translation>Lecture du patient</translation>
    </message>
    <message>
        <source>Loading the patient&apos;s consents was cancelled.</source>
        <translation>Le chargement des consentements du patient a été annulé.</translation>
    </message>
    <message>
        <source>Searching consents</source>
        <translation>Recherche des consentements</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>Recherche de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>sightline::ConsentPanel</name>
    <message>
        <source>Open a patient in the Studies panel (or through a launch) to inspect their consents.</source>
        <translation>Ouvrez un patient dans le panneau Études (ou via un lancement) pour examiner ses consentements.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Consents and provisions</source>
        <translation>Consentements et dispositions</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Et si…</translation>
    </message>
    <message>
        <source>Decision and why</source>
        <translation>Décision et raison</translation>
    </message>
    <message>
        <source>The patient&apos;s data under this question (preview; nothing on the server changes)</source>
        <translation>Les données du patient face à cette question (aperçu ; rien ne change sur le serveur)</translation>
    </message>
    <message>
        <source>Loading the consents of Patient/%1 from %2…</source>
        <translation>Chargement des consentements de Patient/%1 depuis %2…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>The consents could not be loaded: %1</source>
        <translation>Les consentements n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consent(s), %3 resources</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consentement, %3 ressources</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consentements, %3 ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read and is left out of decisions: %2</source>
        <translation>%1 ne peut pas être lu et est exclu des décisions : %2</translation>
    </message>
    <message>
        <source> (R5)</source>
        <translation> (R5)</translation>
    </message>
    <message>
        <source>what-if %1</source>
        <translation>et si %1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n resource(s)…</source>
        <translation>
            <numerusform>Évaluation de %n ressource…</numerusform>
            <numerusform>Évaluation de %n ressources…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shared, %2 redacted, %3 withheld, %4 undecided</source>
        <translation>%1 partagé(s), %2 masqué(s), %3 retenu(s), %4 non décidé(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) redacted; </source>
        <translation>
            <numerusform>%n élément masqué ; </numerusform>
            <numerusform>%n éléments masqués ; </numerusform>
        </translation>
    </message>
    <message>
        <source>Element %1 (%2) is redacted: %3</source>
        <translation>L&apos;élément %1 (%2) est masqué : %3</translation>
    </message>
    <message>
        <source>The reference to %1 is masked: that resource is withheld.</source>
        <translation>La référence à %1 est masquée : cette ressource est retenue.</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Labels de sécurité :</translation>
    </message>
</context>
<context>
    <name>sightline::ContextFollower</name>
    <message>
        <source>%1 without a patient was ignored</source>
        <translation>%1 sans patient a été ignoré</translation>
    </message>
    <message>
        <source>ImagingStudy-open without a Study Instance UID was ignored</source>
        <translation>ImagingStudy-open sans Study Instance UID a été ignoré</translation>
    </message>
    <message>
        <source>ImagingStudy-open refused: the study belongs to %1, the event names %2</source>
        <translation>ImagingStudy-open refusé : l&apos;étude appartient à %1, l&apos;événement nomme %2</translation>
    </message>
</context>
<context>
    <name>sightline::ContextSettingsDialog</name>
    <message>
        <source>EHR context sync</source>
        <translation>Synchronisation du contexte EHR</translation>
    </message>
    <message>
        <source>Follow this FHIRcast hub</source>
        <translation>Suivre ce hub FHIRcast</translation>
    </message>
    <message>
        <source>Usually the EHR names its hub and session when you log in, and Sightline follows it by itself. Enter them here when it does not. The server&apos;s session token is sent to the hub.</source>
        <translation>En général, l&apos;EHR indique son hub et sa session lors de la connexion, et Sightline le suit de lui-même. Saisissez-les ici quand ce n&apos;est pas le cas. Le jeton de session du serveur est envoyé au hub.</translation>
    </message>
    <message>
        <source>Server (token)</source>
        <translation>Serveur (jeton)</translation>
    </message>
    <message>
        <source>Hub URL</source>
        <translation>URL du hub</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>The hub URL must be an http(s) address</source>
        <translation>L&apos;URL du hub doit être une adresse http(s)</translation>
    </message>
    <message>
        <source>The topic is missing</source>
        <translation>Le sujet est absent</translation>
    </message>
</context>
<context>
    <name>sightline::ContextStatus</name>
    <message>
        <source>Follow EHR</source>
        <translation>Suivre l&apos;EHR</translation>
    </message>
    <message>
        <source>Switch to the patient and study the EHR opens</source>
        <translation>Passer au patient et à l&apos;étude que l&apos;EHR ouvre</translation>
    </message>
    <message>
        <source>Open studies</source>
        <translation>Ouvrir les études</translation>
    </message>
    <message>
        <source>Open each study the EHR opens in the default viewer, once it is in the cache</source>
        <translation>Ouvrir chaque étude que l&apos;EHR ouvre dans la visionneuse par défaut, une fois qu&apos;elle est en cache</translation>
    </message>
    <message>
        <source>EHR sync: %1</source>
        <translation>Synchronisation EHR : %1</translation>
    </message>
    <message>
        <source> · last %1 at %2</source>
        <translation> · dernier %1 à %2</translation>
    </message>
</context>
<context>
    <name>sightline::ContextSync</name>
    <message>
        <source>The study the EHR opened could not be fetched: %1</source>
        <translation>L&apos;étude ouverte par l&apos;EHR n&apos;a pas pu être récupérée : %1</translation>
    </message>
    <message>
        <source>Prefetch for the EHR: study %1 of %2</source>
        <translation>Préchargement pour l&apos;EHR : étude %1 sur %2</translation>
    </message>
    <message>
        <source>The study the EHR opened (%1) was not found: %2</source>
        <translation>L&apos;étude ouverte par l&apos;EHR (%1) est introuvable : %2</translation>
    </message>
    <message>
        <source>no such study</source>
        <translation>pas d&apos;étude de ce nom</translation>
    </message>
    <message>
        <source>The study %1 belongs to %2, not to %3 on screen: not opened</source>
        <translation>L&apos;étude %1 appartient à %2, pas à %3 affiché à l&apos;écran : non ouverte</translation>
    </message>
</context>
<context>
    <name>sightline::DecisionView</name>
    <message>
        <source>No question asked yet</source>
        <translation>Aucune question posée pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Matched path: %1</source>
        <translation>Chemin correspondant : %1</translation>
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
        <translation>Sightline est déjà en cours d&apos;exécution ; lancez les commandes comme « %1 » sans sa fenêtre, ou fermez d&apos;abord la fenêtre.</translation>
    </message>
    <message>
        <source>EHR launch</source>
        <translation>Lancement EHR</translation>
    </message>
    <message>
        <source>Sightline has no client registration for %1. Add that server (with its client id) in the Capabilities panel, then launch again.</source>
        <translation>Sightline n&apos;a pas d&apos;enregistrement client pour %1. Ajoutez ce serveur (avec son client id) dans le panneau Capacités, puis relancez.</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>Ouvrir l&apos;étude</translation>
    </message>
    <message>
        <source>The link names the server &quot;%1&quot;, which is not configured in Sightline. Add it in the Capabilities panel, then open the link again.</source>
        <translation>Le lien nomme le serveur « %1 », qui n&apos;est pas configuré dans Sightline. Ajoutez-le dans le panneau Capacités, puis rouvrez le lien.</translation>
    </message>
</context>
<context>
    <name>sightline::DicomExportRunner</name>
    <message numerus="yes">
        <source>%n instance(s), %1 MB</source>
        <translation>
            <numerusform>%n instance, %1 Mo</numerusform>
            <numerusform>%n instances, %1 Mo</numerusform>
        </translation>
    </message>
    <message>
        <source>(check for burned-in annotation)</source>
        <translation>(vérifier l&apos;annotation incrustée)</translation>
    </message>
</context>
<context>
    <name>sightline::DicomNodeFields</name>
    <message>
        <source>as configured at the node, e.g. ORTHANC</source>
        <translation>tel que configuré sur le nœud, p. ex. ORTHANC</translation>
    </message>
    <message>
        <source>Sightline&apos;s AE title: the node must know it (with this computer&apos;s address) to let Sightline query and retrieve</source>
        <translation>Le titre AE de Sightline : le nœud doit le connaître (avec l&apos;adresse de cet ordinateur) pour laisser Sightline interroger et récupérer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Node&apos;s AE title</source>
        <translation>Titre AE du nœud</translation>
    </message>
    <message>
        <source>Sightline&apos;s AE title</source>
        <translation>Titre AE de Sightline</translation>
    </message>
    <message>
        <source>Response timeout</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Enter the node&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du nœud.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s AE title (1 to 16 characters, no backslash).</source>
        <translation>Saisissez le titre AE du nœud (1 à 16 caractères, sans barre oblique inverse).</translation>
    </message>
    <message>
        <source>Enter Sightline&apos;s AE title (1 to 16 characters, no backslash).</source>
        <translation>Saisissez le titre AE de Sightline (1 à 16 caractères, sans barre oblique inverse).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>The node answered (C-ECHO) in %1 ms.</source>
        <translation>Le nœud a répondu (C-ECHO) en %1 ms.</translation>
    </message>
    <message>
        <source>C-GET (nothing to set up at the node)</source>
        <translation>C-GET (rien à configurer sur le nœud)</translation>
    </message>
    <message>
        <source>C-MOVE to Sightline&apos;s receiving node</source>
        <translation>C-MOVE vers le nœud de réception de Sightline</translation>
    </message>
    <message>
        <source>C-MOVE needs Sightline registered at the node as a move destination: its AE title, this computer&apos;s address and the receiving node&apos;s port</source>
        <translation>C-MOVE demande que Sightline soit enregistré sur le nœud comme destination : son titre AE, l&apos;adresse de cet ordinateur et le port du nœud de réception</translation>
    </message>
    <message>
        <source>Retrieve by</source>
        <translation>Récupérer par</translation>
    </message>
    <message>
        <source>DICOM TLS (the node&apos;s certificate is checked)</source>
        <translation>DICOM TLS (le certificat du nœud est vérifié)</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Aucun : seulement les autorités de certification du système</translation>
    </message>
    <message>
        <source>PEM certificates trusted besides the system&apos;s, e.g. the hospital&apos;s own certificate authority that signed the node&apos;s certificate</source>
        <translation>Certificats PEM approuvés en plus de ceux du système, p. ex. l&apos;autorité de certification de l&apos;hôpital qui a signé le certificat du nœud</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificats d&apos;AC %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>None: only for nodes that ask callers for one</source>
        <translation>Aucun : seulement pour les nœuds qui en demandent un aux appelants</translation>
    </message>
    <message>
        <source>Sightline&apos;s own certificate (PEM, then any intermediate CAs), for a node that lets in only callers it knows</source>
        <translation>Le certificat de Sightline (PEM, puis les éventuelles AC intermédiaires), pour un nœud qui n&apos;admet que les appelants qu&apos;il connaît</translation>
    </message>
    <message>
        <source>Sightline&apos;s certificate</source>
        <translation>Certificat de Sightline</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importer la clé…</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key goes into the OS keychain when you save; the file is not used again</source>
        <translation>La clé privée du certificat va dans le trousseau du système à l&apos;enregistrement ; le fichier n&apos;est plus utilisé ensuite</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Private keys (*.pem *.key *.der);;All files (*)</source>
        <translation>Clés privées (*.pem *.key *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1 :</translation>
    </message>
    <message>
        <source>Imported: kept in the OS keychain when you save</source>
        <translation>Importée : conservée dans le trousseau du système à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Kept in the OS keychain</source>
        <translation>Dans le trousseau du système</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Import the private key of Sightline&apos;s certificate.</source>
        <translation>Importez la clé privée du certificat de Sightline.</translation>
    </message>
</context>
<context>
    <name>sightline::DicomTagDialog</name>
    <message>
        <source>DICOM tags — %1</source>
        <translation>Balises DICOM — %1</translation>
    </message>
    <message>
        <source>Filter by tag, keyword or value</source>
        <translation>Filtrer par balise, mot-clé ou valeur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>VR</source>
        <translation>VR</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
</context>
<context>
    <name>sightline::DicomWebDirectory</name>
    <message>
        <source>The PACS has no study of patient %1</source>
        <translation>Le PACS n&apos;a aucune étude du patient %1</translation>
    </message>
    <message>
        <source>The PACS has no study with UID %1</source>
        <translation>Le PACS n&apos;a aucune étude avec l&apos;UID %1</translation>
    </message>
</context>
<context>
    <name>sightline::DicomWebGateway</name>
    <message>
        <source>The gateway cannot listen on port %1: it is in use</source>
        <translation>La passerelle ne peut pas écouter sur le port %1 : il est utilisé</translation>
    </message>
    <message>
        <source>The gateway cannot open a local port</source>
        <translation>La passerelle ne peut pas ouvrir de port local</translation>
    </message>
    <message>
        <source>the server stopped sending in the middle of an answer</source>
        <translation>le serveur a cessé d&apos;envoyer au milieu d&apos;une réponse</translation>
    </message>
    <message>
        <source>The gateway has no image cache to answer from.</source>
        <translation>La passerelle n&apos;a pas de cache d&apos;images depuis lequel répondre.</translation>
    </message>
</context>
<context>
    <name>sightline::DimseService</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::DimseStudySource</name>
    <message>
        <source>DICOM nodes cannot be queried here</source>
        <translation>Les nœuds DICOM ne peuvent pas être interrogés ici</translation>
    </message>
    <message>
        <source>%1 has no study of patient %2</source>
        <translation>%1 n&apos;a aucune étude du patient %2</translation>
    </message>
    <message>
        <source>%1 has no study with UID %2</source>
        <translation>%1 n&apos;a aucune étude avec l&apos;UID %2</translation>
    </message>
</context>
<context>
    <name>sightline::EmbeddedLoginWindow</name>
    <message>
        <source>Log in — %1</source>
        <translation>Connexion — %1</translation>
    </message>
</context>
<context>
    <name>sightline::FhirClient</name>
    <message>
        <source>The server&apos;s next-page link points to another origin</source>
        <translation>Le lien de page suivante du serveur pointe vers une autre origine</translation>
    </message>
</context>
<context>
    <name>sightline::FhirSearchPager</name>
    <message>
        <source>A search answered with something other than a Bundle</source>
        <translation>Une recherche a répondu autre chose qu&apos;un Bundle</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Recherche annulée</translation>
    </message>
</context>
<context>
    <name>sightline::FhirStudySource</name>
    <message>
        <source>The server has no ImagingStudy with UID %1</source>
        <translation>Le serveur n&apos;a pas d&apos;ImagingStudy avec l&apos;UID %1</translation>
    </message>
</context>
<context>
    <name>sightline::FhircastSubscriber</name>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>No FHIRcast hub or topic</source>
        <translation>Pas de hub ni de sujet FHIRcast</translation>
    </message>
    <message>
        <source>the hub answered %1</source>
        <translation>le hub a répondu %1</translation>
    </message>
    <message>
        <source>The hub refused the subscription (%1): %2</source>
        <translation>Le hub a refusé l&apos;abonnement (%1) : %2</translation>
    </message>
    <message>
        <source>the hub gave no hub.channel.endpoint</source>
        <translation>le hub n&apos;a donné aucun hub.channel.endpoint</translation>
    </message>
    <message>
        <source>the hub closed the connection</source>
        <translation>le hub a fermé la connexion</translation>
    </message>
    <message>
        <source>The hub denied the subscription: %1</source>
        <translation>Le hub a refusé l&apos;abonnement : %1</translation>
    </message>
    <message>
        <source>The FHIRcast hub did not take the event</source>
        <translation>Le hub FHIRcast n&apos;a pas accepté l&apos;événement</translation>
    </message>
</context>
<context>
    <name>sightline::GatewayStatus</name>
    <message>
        <source>Gateway: off</source>
        <translation>Passerelle : désactivée</translation>
    </message>
    <message>
        <source>Gateway 127.0.0.1:%1 · %2 requests, %3 from the cache</source>
        <translation>Passerelle 127.0.0.1:%1 · %2 requêtes, %3 depuis le cache</translation>
    </message>
    <message>
        <source> · upstream failed: %1</source>
        <translation> · échec en amont : %1</translation>
    </message>
    <message>
        <source>Viewers read DICOMweb through this local gateway, which adds the credentials itself; only this computer can reach it.</source>
        <translation>Les visionneuses lisent DICOMweb via cette passerelle locale, qui ajoute elle-même les identifiants ; seul cet ordinateur peut l&apos;atteindre.</translation>
    </message>
</context>
<context>
    <name>sightline::ImagingService</name>
    <message>
        <source>Sightline cannot list the studies of %1</source>
        <translation>Sightline ne peut pas lister les études de %1</translation>
    </message>
    <message>
        <source>C-MOVE needs Sightline&apos;s receiving node, which is not available here: retrieve by C-GET</source>
        <translation>C-MOVE demande le nœud de réception de Sightline, qui n&apos;est pas disponible ici : récupérez par C-GET</translation>
    </message>
    <message>
        <source>C-MOVE needs Sightline&apos;s receiving node, which cannot start: %1</source>
        <translation>C-MOVE demande le nœud de réception de Sightline, qui ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>C-MOVE from %1 needs Sightline&apos;s receiving node to accept connections from other computers, and it listens on this computer only: allow that (sightline retrieve --move --accept-remote), or retrieve by C-GET</source>
        <translation>Le C-MOVE depuis %1 demande que le nœud de réception de Sightline accepte les connexions d&apos;autres ordinateurs, et il n&apos;écoute que sur cet ordinateur : autorisez-le (sightline retrieve --move --accept-remote), ou récupérez par C-GET</translation>
    </message>
</context>
<context>
    <name>sightline::JobManager</name>
    <message>
        <source>There is no job %1.</source>
        <translation>Il n&apos;y a pas de tâche %1.</translation>
    </message>
    <message>
        <source>Job %1 has already ended.</source>
        <translation>La tâche %1 est déjà terminée.</translation>
    </message>
    <message>
        <source>Job %1 is not running.</source>
        <translation>La tâche %1 n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>Job %1 is not paused.</source>
        <translation>La tâche %1 n&apos;est pas en pause.</translation>
    </message>
    <message>
        <source>Job %1 has not failed.</source>
        <translation>La tâche %1 n&apos;a pas échoué.</translation>
    </message>
    <message>
        <source>Sightline does not know jobs of kind &quot;%1&quot;.</source>
        <translation>Sightline ne connaît pas les tâches de type « %1 ».</translation>
    </message>
    <message>
        <source>Job %1 has not finished; cancel it first.</source>
        <translation>La tâche %1 n&apos;est pas terminée ; annulez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>sightline::JobsPanel</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Exports run here in the background, survive closing Sightline and continue at the next start.</source>
        <translation>Les exports tournent ici en arrière-plan, survivent à la fermeture de Sightline et reprennent au démarrage suivant.</translation>
    </message>
    <message>
        <source>&amp;New export…</source>
        <translation>&amp;Nouvel export…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export %1 queued: %2</source>
        <translation>Export %1 en attente : %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>environ %1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job %1&lt;/b&gt; — %2 (%3)</source>
        <translation>&lt;b&gt;Tâche %1&lt;/b&gt; — %2 (%3)</translation>
    </message>
    <message>
        <source>Phase: %1. %2 of %3 files, %4 resources, %5.</source>
        <translation>Phase : %1. %2 sur %3 fichiers, %4 ressources, %5.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Sortie : %1</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3.</source>
        <translation>%1 sur %2 fichiers, %3.</translation>
    </message>
    <message>
        <source>De-identified as patient %1; study %2.</source>
        <translation>Désidentifié comme patient %1 ; étude %2.</translation>
    </message>
    <message>
        <source>Only part of the study was in the cache.</source>
        <translation>Seule une partie de l&apos;étude était en cache.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Would create %1; already there %2; ambiguous %3; skipped (no identifier) %4.</source>
        <translation>Créerait %1 ; déjà présents %2 ; ambigus %3 ; ignorés (sans identifiant) %4.</translation>
    </message>
    <message>
        <source>Created %1; already there %2; ambiguous %3; skipped (no identifier) %4; refused %5.</source>
        <translation>Créés %1 ; déjà présents %2 ; ambigus %3 ; ignorés (sans identifiant) %4 ; refusés %5.</translation>
    </message>
    <message>
        <source>%1 of %2 resources.</source>
        <translation>%1 sur %2 ressources.</translation>
    </message>
    <message numerus="yes">
        <source>Reading resources: %n so far.</source>
        <translation>
            <numerusform>Lecture des ressources : %n jusqu&apos;ici.</numerusform>
            <numerusform>Lecture des ressources : %n jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) were not FHIR resources and were left out.</source>
        <translation>
            <numerusform>%n ligne d&apos;entrée n&apos;était pas une ressource FHIR et a été laissée de côté.</numerusform>
            <numerusform>%n lignes d&apos;entrée n&apos;étaient pas des ressources FHIR et ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each entry&apos;s status, location and ETag are in %1.</source>
        <translation>Le statut, l&apos;emplacement et l&apos;ETag de chaque entrée sont dans %1.</translation>
    </message>
    <message>
        <source>New pu&amp;sh…</source>
        <translation>Nouvel en&amp;voi…</translation>
    </message>
    <message>
        <source>Send resources to a FHIR server without duplicates; with a finished export selected, its files are offered.</source>
        <translation>Envoyer des ressources à un serveur FHIR sans doublons ; si un export terminé est sélectionné, ses fichiers sont proposés.</translation>
    </message>
    <message>
        <source>Push %1 queued: %2</source>
        <translation>Envoi %1 en attente : %2</translation>
    </message>
    <message>
        <source>Phase: %1. %2 resources, %3; de-identified copies of %4 resources in %5.</source>
        <translation>Phase : %1. %2 ressources, %3 ; copies désidentifiées de %4 ressources dans %5.</translation>
    </message>
    <message>
        <source>Into the image cache: %1 of %2 instances, %3.</source>
        <translation>Dans le cache d&apos;images : %1 sur %2 instances, %3.</translation>
    </message>
    <message>
        <source>Rate-limited by the server: next try at %1</source>
        <translation>Limité par le serveur : prochain essai à %1</translation>
    </message>
    <message>
        <source>starting on the server</source>
        <translation>démarrage sur le serveur</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>en attente du serveur</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>de-identifying</source>
        <translation>désidentification</translation>
    </message>
    <message>
        <source>checking what exists</source>
        <translation>vérification de l&apos;existant</translation>
    </message>
    <message>
        <source>pushing</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>retrieving</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Takes a finished job off the list; its files stay where they are.</source>
        <translation>Retire une tâche terminée de la liste ; ses fichiers restent où ils sont.</translation>
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
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>server %1 %</source>
        <translation>serveur %1 %</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Avancement : %1</translation>
    </message>
</context>
<context>
    <name>sightline::KeyPairDialog</name>
    <message>
        <source>Create a Backend Services key pair</source>
        <translation>Créer une paire de clés Backend Services</translation>
    </message>
    <message>
        <source>ES384 (P-384, recommended)</source>
        <translation>ES384 (P-384, recommandé)</translation>
    </message>
    <message>
        <source>RS384 (RSA 3072)</source>
        <translation>RS384 (RSA 3072)</translation>
    </message>
    <message>
        <source>Create key pair</source>
        <translation>Créer la paire de clés</translation>
    </message>
    <message>
        <source>The private key is written readable by you only and never leaves this computer. Register the public key set below with the server.</source>
        <translation>La clé privée est écrite lisible par vous seul et ne quitte jamais cet ordinateur. Enregistrez le jeu de clés publiques ci-dessous auprès du serveur.</translation>
    </message>
    <message>
        <source>The public JWKS appears here</source>
        <translation>Le JWKS public apparaît ici</translation>
    </message>
    <message>
        <source>Copy JWKS</source>
        <translation>Copier le JWKS</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>Choose where the private key goes.</source>
        <translation>Choisissez où va la clé privée.</translation>
    </message>
    <message>
        <source>%1 exists already; Sightline does not overwrite keys. Choose another file.</source>
        <translation>%1 existe déjà ; Sightline n&apos;écrase pas les clés. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Creating the key pair…</source>
        <translation>Création de la paire de clés…</translation>
    </message>
    <message>
        <source>No key was created: %1</source>
        <translation>Aucune clé n&apos;a été créée : %1</translation>
    </message>
    <message>
        <source>Private key written to %1 (readable by you only). Register this public JWKS with the server for the client.</source>
        <translation>Clé privée écrite dans %1 (lisible par vous seul). Enregistrez ce JWKS public auprès du serveur pour le client.</translation>
    </message>
</context>
<context>
    <name>sightline::KeychainTlsKeys</name>
    <message>
        <source>The private key is still being read from the OS keychain: try again in a moment.</source>
        <translation>La clé privée est encore en cours de lecture dans le trousseau du système : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The OS keychain did not give the private key in time.</source>
        <translation>Le trousseau du système n&apos;a pas fourni la clé privée à temps.</translation>
    </message>
    <message>
        <source>Sightline stopped waiting for the OS keychain.</source>
        <translation>Sightline n&apos;attend plus le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>sightline::LogPanel</name>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>Debug et au-dessus</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et au-dessus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>sightline::LoopbackListener</name>
    <message>
        <source>Could not listen on 127.0.0.1:%1 for the login redirect</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1 pour la redirection de connexion</translation>
    </message>
    <message>
        <source>Nothing to do here</source>
        <translation>Rien à faire ici</translation>
    </message>
    <message>
        <source>This address only receives one Sightline login.</source>
        <translation>Cette adresse ne reçoit qu&apos;une connexion Sightline.</translation>
    </message>
    <message>
        <source>The login answer did not match the request (state mismatch); nothing was accepted</source>
        <translation>La réponse de connexion ne correspondait pas à la requête (state différent) ; rien n&apos;a été accepté</translation>
    </message>
    <message>
        <source>Login not accepted</source>
        <translation>Connexion non acceptée</translation>
    </message>
    <message>
        <source>Access was denied at the login page</source>
        <translation>L&apos;accès a été refusé sur la page de connexion</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Login did not complete</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>The login answer came from another issuer (mix-up defence, RFC 9207)</source>
        <translation>La réponse de connexion venait d&apos;un autre émetteur (défense contre la confusion, RFC 9207)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>attendu %1, reçu %2</translation>
    </message>
    <message>
        <source>The login answer carried no authorization code</source>
        <translation>La réponse de connexion ne portait aucun code d&apos;autorisation</translation>
    </message>
    <message>
        <source>You are logged in to Sightline</source>
        <translation>Vous êtes connecté à Sightline</translation>
    </message>
    <message>
        <source>You can close this tab and return to Sightline.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Sightline.</translation>
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
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Sightline</source>
        <translation>À &amp;propos de Sightline</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Viewers…</source>
        <translation>&amp;Visionneuses…</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;EHR context sync…</source>
        <translation>Synchronisation du contexte &amp;EHR…</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés</translation>
    </message>
    <message>
        <source>Opened by the EHR</source>
        <translation>Ouvert par l&apos;EHR</translation>
    </message>
    <message>
        <source>The EHR closed the patient</source>
        <translation>L&apos;EHR a fermé le patient</translation>
    </message>
    <message>
        <source>The EHR closed study %1</source>
        <translation>L&apos;EHR a fermé l&apos;étude %1</translation>
    </message>
    <message>
        <source>Image &amp;cache…</source>
        <translation>&amp;Cache d&apos;images…</translation>
    </message>
    <message>
        <source>&amp;Find patient…</source>
        <translation>&amp;Trouver un patient…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>What the image cache holds; its folder, size budget and how long unused images stay; check, repair, empty.</source>
        <translation>Ce que contient le cache d&apos;images ; son dossier, son budget de taille et la durée de conservation des images inutilisées ; vérifier, réparer, vider.</translation>
    </message>
    <message>
        <source>The viewers studies open in, the default one, and your own viewer profiles.</source>
        <translation>Les visionneuses dans lesquelles les études s&apos;ouvrent, celle par défaut, et vos propres profils de visionneuse.</translation>
    </message>
    <message>
        <source>Follow the patient and studies the EHR opens (FHIRcast).</source>
        <translation>Suivre le patient et les études que l&apos;EHR ouvre (FHIRcast).</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Serveurs…</translation>
    </message>
    <message>
        <source>Add, edit and remove FHIR servers and PACS in the Capabilities panel, with their logins and audit forwarding.</source>
        <translation>Ajouter, modifier et supprimer des serveurs FHIR et des PACS dans le panneau Capacités, avec leurs connexions et la transmission d&apos;audit.</translation>
    </message>
    <message>
        <source>Audit repository (syslog)…</source>
        <translation>Dépôt d&apos;audit (syslog)…</translation>
    </message>
    <message>
        <source>Send the audit trail to an ATNA repository over syslog (TLS).</source>
        <translation>Envoyer la piste d&apos;audit à un dépôt ATNA via syslog (TLS).</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Welcome page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>The receiving node cannot start: %1 (Preferences → Receiving node)</source>
        <translation>Le nœud de réception ne peut pas démarrer : %1 (Préférences → Nœud de réception)</translation>
    </message>
</context>
<context>
    <name>sightline::NetworkExchangeModel</name>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>sightline::NetworkPanel</name>
    <message>
        <source>Filter by URL, method or status</source>
        <translation>Filtrer par URL, méthode ou statut</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Credentials are left out; export SIGHTLINE_TOKEN to use the command.</source>
        <translation>Les identifiants sont omis ; exportez SIGHTLINE_TOKEN pour utiliser la commande.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an exchange first</source>
        <translation>Sélectionnez d&apos;abord un échange</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 sur %n échange</numerusform>
            <numerusform>%1 sur %n échanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::NewExportDialog</name>
    <message>
        <source>New Bulk Data export</source>
        <translation>Nouvel export Bulk Data</translation>
    </message>
    <message>
        <source>Whole system</source>
        <translation>Tout le système</translation>
    </message>
    <message>
        <source>All patients</source>
        <translation>Tous les patients</translation>
    </message>
    <message>
        <source>One group</source>
        <translation>Un groupe</translation>
    </message>
    <message>
        <source>Group id, e.g. export-cohort</source>
        <translation>Id du groupe, p. ex. export-cohort</translation>
    </message>
    <message>
        <source>all types; or e.g. Patient, Observation</source>
        <translation>tous les types ; ou p. ex. Patient, Observation</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>Seulement les modifications depuis</translation>
    </message>
    <message>
        <source>Send the parameters with POST</source>
        <translation>Envoyer les paramètres par POST</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Démarrer l&apos;export</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe :</translation>
    </message>
    <message>
        <source>Resource types:</source>
        <translation>Types de ressources :</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Dossier de sortie :</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>Reading what %1 offers…</source>
        <translation>Lecture de ce que %1 propose…</translation>
    </message>
    <message>
        <source>Its CapabilityStatement could not be read; every level is offered.</source>
        <translation>Son CapabilityStatement n&apos;a pas pu être lu ; tous les niveaux sont proposés.</translation>
    </message>
    <message>
        <source>This server offers: %1.</source>
        <translation>Ce serveur propose : %1.</translation>
    </message>
    <message>
        <source>whole system</source>
        <translation>tout le système</translation>
    </message>
    <message>
        <source>all patients</source>
        <translation>tous les patients</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>This server does not declare Bulk Data export.</source>
        <translation>Ce serveur ne déclare pas l&apos;export Bulk Data.</translation>
    </message>
    <message>
        <source>Also write de-identified copies</source>
        <translation>Écrire aussi des copies désidentifiées</translation>
    </message>
    <message>
        <source>Copies in the &quot;deidentified&quot; folder: identifiers, names, addresses, telecom, photos, notes and narrative removed, ids replaced by pseudonyms, dates shifted by the same number of days per patient. Other free text is kept: review it.</source>
        <translation>Copies dans le dossier « deidentified » : identifiants, noms, adresses, télécoms, photos, notes et narratif supprimés, ids remplacés par des pseudonymes, dates décalées du même nombre de jours par patient. Le reste du texte libre est conservé : relisez-le.</translation>
    </message>
</context>
<context>
    <name>sightline::OpenInButton</name>
    <message>
        <source>Open in %1</source>
        <translation>Ouvrir dans %1</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>visionneuse</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (indisponible)</translation>
    </message>
</context>
<context>
    <name>sightline::PatientBanner</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · born %3 · %4 · from %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · né(e) le %3 · %4 · depuis %5</translation>
    </message>
    <message>
        <source>No patient open — no patient data is shown.</source>
        <translation>Aucun patient ouvert — aucune donnée de patient n&apos;est affichée.</translation>
    </message>
</context>
<context>
    <name>sightline::PatientPrefetch</name>
    <message>
        <source>Prefetch: %1 %2 of %3</source>
        <translation>Préchargement : %1 %2 sur %3</translation>
    </message>
</context>
<context>
    <name>sightline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>More settings</source>
        <translation>Autres paramètres</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Celle du système (%1)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new language takes effect when Sightline starts next; the theme changes at once.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Sightline ; le thème change immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Pas de proxy</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel :</translation>
    </message>
    <message>
        <source>proxy.hospital.example</source>
        <translation>proxy.hopital.example</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities only</source>
        <translation>Aucun : seulement les autorités de certification du système</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificates in this file are trusted besides the system&apos;s, e.g. your hospital&apos;s own certificate authority. Certificates are always checked.</source>
        <translation>Les certificats de ce fichier sont approuvés en plus de ceux du système, p. ex. l&apos;autorité de certification propre à votre hôpital. Les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>Extra CA bundle (PEM):</source>
        <translation>Bundle d&apos;AC supplémentaire (PEM) :</translation>
    </message>
    <message>
        <source>Receiving node</source>
        <translation>Nœud de réception</translation>
    </message>
    <message>
        <source>The receiving node cannot start: %1</source>
        <translation>Le nœud de réception ne peut pas démarrer : %1</translation>
    </message>
</context>
<context>
    <name>sightline::PrefetchRunner</name>
    <message>
        <source>Nothing to prefetch</source>
        <translation>Rien à précharger</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) could not be retrieved</source>
        <translation>
            <numerusform>%n instance n&apos;a pas pu être récupérée</numerusform>
            <numerusform>%n instances n&apos;ont pas pu être récupérées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stored, %2 already in the cache</source>
        <translation>%1 enregistrées, %2 déjà en cache</translation>
    </message>
    <message>
        <source>Study %1 was not found</source>
        <translation>L&apos;étude %1 est introuvable</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Study %1 names no DICOMweb service to retrieve it from</source>
        <translation>L&apos;étude %1 ne nomme aucun service DICOMweb d&apos;où la récupérer</translation>
    </message>
</context>
<context>
    <name>sightline::ProvisionTree</name>
    <message>
        <source>Provision</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Applies when</source>
        <translation>S&apos;applique quand</translation>
    </message>
    <message>
        <source>No provision</source>
        <translation>Aucune disposition</translation>
    </message>
    <message>
        <source>This consent states no rules.</source>
        <translation>Ce consentement n&apos;énonce aucune règle.</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation> (déduit)</translation>
    </message>
</context>
<context>
    <name>sightline::PushDialog</name>
    <message>
        <source>Push resources to a FHIR server</source>
        <translation>Envoyer des ressources à un serveur FHIR</translation>
    </message>
    <message>
        <source>NDJSON files or an export&apos;s folder</source>
        <translation>Fichiers NDJSON ou dossier d&apos;un export</translation>
    </message>
    <message>
        <source>Resources found on a server</source>
        <translation>Ressources trouvées sur un serveur</translation>
    </message>
    <message>
        <source>files or folders, separated by &quot;;&quot;</source>
        <translation>fichiers ou dossiers, séparés par « ; »</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Fichiers…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>all; or one Patient id</source>
        <translation>tous ; ou un id de Patient</translation>
    </message>
    <message>
        <source>e.g. the hospital&apos;s MRN system, urn:oid:…</source>
        <translation>p. ex. le système de NIP de l&apos;hôpital, urn:oid:…</translation>
    </message>
    <message>
        <source>Each resource is created only if none on the target carries its identifier in this system, so pushing twice creates nothing twice.</source>
        <translation>Chaque ressource n&apos;est créée que si aucune sur la cible ne porte son identifiant dans ce système ; envoyer deux fois ne crée donc rien deux fois.</translation>
    </message>
    <message>
        <source> resources per transaction</source>
        <translation> ressources par transaction</translation>
    </message>
    <message>
        <source>Dry run: predict created / already there / ambiguous, send nothing</source>
        <translation>Essai à blanc : prévoir créés / déjà présents / ambigus, ne rien envoyer</translation>
    </message>
    <message>
        <source>Record a Provenance for each transaction</source>
        <translation>Enregistrer une Provenance pour chaque transaction</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>Source server:</source>
        <translation>Serveur source :</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Type de ressource :</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient :</translation>
    </message>
    <message>
        <source>Push to:</source>
        <translation>Envoyer vers :</translation>
    </message>
    <message>
        <source>Identifier system:</source>
        <translation>Système d&apos;identifiants :</translation>
    </message>
    <message>
        <source>Chunks of:</source>
        <translation>Lots de :</translation>
    </message>
    <message>
        <source>NDJSON files</source>
        <translation>Fichiers NDJSON</translation>
    </message>
    <message>
        <source>NDJSON (*.ndjson);;All files (*)</source>
        <translation>NDJSON (*.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>An export&apos;s folder</source>
        <translation>Dossier d&apos;un export</translation>
    </message>
    <message>
        <source>Add a server first (Servers panel).</source>
        <translation>Ajoutez d&apos;abord un serveur (panneau Serveurs).</translation>
    </message>
    <message>
        <source>%1 does not accept transaction Bundles, so it cannot take a push.</source>
        <translation>%1 n&apos;accepte pas les Bundles de transaction ; il ne peut donc pas recevoir d&apos;envoi.</translation>
    </message>
    <message>
        <source>Choose NDJSON files or an export&apos;s folder.</source>
        <translation>Choisissez des fichiers NDJSON ou le dossier d&apos;un export.</translation>
    </message>
    <message>
        <source>The source and the target are the same server.</source>
        <translation>La source et la cible sont le même serveur.</translation>
    </message>
    <message>
        <source>Start dry run</source>
        <translation>Démarrer l&apos;essai à blanc</translation>
    </message>
    <message>
        <source>Start push</source>
        <translation>Démarrer l&apos;envoi</translation>
    </message>
    <message>
        <source>Reading what %1 accepts…</source>
        <translation>Lecture de ce que %1 accepte…</translation>
    </message>
    <message>
        <source>Its CapabilityStatement could not be read; the push will show whether it accepts transactions.</source>
        <translation>Son CapabilityStatement n&apos;a pas pu être lu ; l&apos;envoi montrera s&apos;il accepte les transactions.</translation>
    </message>
    <message>
        <source>It does not declare transactions.</source>
        <translation>Il ne déclare pas de transactions.</translation>
    </message>
    <message>
        <source>It accepts transaction Bundles.</source>
        <translation>Il accepte les Bundles de transaction.</translation>
    </message>
    <message>
        <source>It accepts transaction Bundles but not Provenance resources.</source>
        <translation>Il accepte les Bundles de transaction mais pas les ressources Provenance.</translation>
    </message>
</context>
<context>
    <name>sightline::PushRunner</name>
    <message>
        <source>There is no push report in %1.</source>
        <translation>Il n&apos;y a pas de rapport d&apos;envoi dans %1.</translation>
    </message>
    <message>
        <source>The push report %1 is damaged.</source>
        <translation>Le rapport d&apos;envoi %1 est endommagé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>%1 has no %2 to push.</source>
        <translation>%1 n&apos;a pas de %2 à envoyer.</translation>
    </message>
    <message>
        <source>would create %1, already there %2, ambiguous %3, skipped %4</source>
        <translation>créerait %1, déjà présents %2, ambigus %3, ignorés %4</translation>
    </message>
    <message>
        <source>created %1, already there %2, ambiguous %3, refused %4, skipped %5</source>
        <translation>créés %1, déjà présents %2, ambigus %3, refusés %4, ignorés %5</translation>
    </message>
    <message>
        <source>%1 does not take Provenance resources: pushed without them.</source>
        <translation>%1 n&apos;accepte pas les ressources Provenance : envoyé sans elles.</translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNode</name>
    <message>
        <source>The image cache failed</source>
        <translation>Le cache d&apos;images a échoué</translation>
    </message>
    <message>
        <source>%1 received, %2 kept</source>
        <translation>%1 reçues, %2 conservées</translation>
    </message>
    <message>
        <source>Study %1 is cached for patient %2; an image of it for patient %3 was refused (remove the study from the cache first if its patient really changed)</source>
        <translation>L&apos;étude %1 est en cache pour le patient %2 ; une image de celle-ci pour le patient %3 a été refusée (retirez d&apos;abord l&apos;étude du cache si son patient a vraiment changé)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier refusal(s) from this host were not recorded one by one</source>
        <translation>
            <numerusform>%n refus antérieur de cet hôte n&apos;a pas été consigné un par un</numerusform>
            <numerusform>%n refus antérieurs de cet hôte n&apos;ont pas été consignés un par un</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNodePage</name>
    <message>
        <source>&amp;Receive images pushed by PACSes and modalities</source>
        <translation>&amp;Recevoir les images envoyées par les PACS et les modalités</translation>
    </message>
    <message>
        <source>Accept images from &amp;other computers (listens on every network interface, not only 127.0.0.1)</source>
        <translation>Accepter les images d&apos;&amp;autres ordinateurs (écoute sur chaque interface réseau, pas seulement 127.0.0.1)</translation>
    </message>
    <message>
        <source>Any caller</source>
        <translation>Tout appelant</translation>
    </message>
    <message>
        <source>Studies that arrive go into the image cache, checked and indexed, and each association is recorded in the audit trail. Retrievals by C-MOVE use the same AE title and port.</source>
        <translation>Les études reçues entrent dans le cache d&apos;images, vérifiées et indexées, et chaque association est consignée dans la piste d&apos;audit. Les récupérations par C-MOVE utilisent le même titre AE et le même port.</translation>
    </message>
    <message>
        <source>&amp;AE title:</source>
        <translation>&amp;Titre AE :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Let &amp;in only:</source>
        <translation>&amp;N&apos;admettre que :</translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNodeStatus</name>
    <message>
        <source>Refused %1 at %2: %3</source>
        <translation>%1 sur %2 refusé : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2: %n image(s) kept</source>
        <translation>
            <numerusform>%1 sur %2 : %n image gardée</numerusform>
            <numerusform>%1 sur %2 : %n images gardées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n non gardée</numerusform>
            <numerusform>%n non gardées</numerusform>
        </translation>
    </message>
    <message>
        <source>Receiving as %1 on port %2</source>
        <translation>Reçoit en tant que %1 sur le port %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) received</source>
        <translation>
            <numerusform>%n image reçue</numerusform>
            <numerusform>%n images reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>a caller was refused</source>
        <translation>un appelant a été refusé</translation>
    </message>
    <message>
        <source>Last arrivals:</source>
        <translation>Dernières arrivées :</translation>
    </message>
</context>
<context>
    <name>sightline::RestCall</name>
    <message>
        <source>Not an http(s) address: %1</source>
        <translation>Ce n&apos;est pas une adresse http(s) : %1</translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation>Requête annulée</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified</source>
        <translation>Le certificat TLS de %1 n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>%1 refused the connection (is the server running?)</source>
        <translation>%1 a refusé la connexion (le serveur tourne-t-il ?)</translation>
    </message>
    <message>
        <source>The host %1 was not found</source>
        <translation>L&apos;hôte %1 est introuvable</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation>Impossible d&apos;atteindre %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>; other origin, Authorization dropped</source>
        <translation>; autre origine, Authorization retiré</translation>
    </message>
    <message>
        <source>will retry in %1 ms</source>
        <translation>nouvel essai dans %1 ms</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of its answer</source>
        <translation>%1 a fermé la connexion au milieu de sa réponse</translation>
    </message>
    <message>
        <source>%1 sent its answer too slowly; the transfer was stopped</source>
        <translation>%1 a envoyé sa réponse trop lentement ; le transfert a été arrêté</translation>
    </message>
</context>
<context>
    <name>sightline::RetrievalQueue</name>
    <message>
        <source>%1 stored, %2 from the cache, %3 missing</source>
        <translation>%1 enregistrées, %2 depuis le cache, %3 manquantes</translation>
    </message>
</context>
<context>
    <name>sightline::SandboxLauncher</name>
    <message>
        <source>The sandbox comes with Sightline&apos;s source code: run tests/sandbox/demo from a checkout to try it.</source>
        <translation>Le bac à sable est fourni avec le code source de Sightline : lancez tests/sandbox/demo depuis une copie des sources pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s packages are not installed: run .ci/install-deps in the source folder.</source>
        <translation>Les paquets du bac à sable ne sont pas installés : lancez .ci/install-deps dans le dossier des sources.</translation>
    </message>
    <message>
        <source>The sandbox needs Node.js (the nodejs package).</source>
        <translation>Le bac à sable nécessite Node.js (le paquet nodejs).</translation>
    </message>
    <message>
        <source>The sandbox did not come up within %1 minutes</source>
        <translation>Le bac à sable n&apos;a pas démarré en %1 minutes</translation>
    </message>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Node.js n&apos;a pas pu être démarré : %1</translation>
    </message>
    <message>
        <source>The sandbox stopped (exit code %1). %2</source>
        <translation>Le bac à sable s&apos;est arrêté (code de sortie %1). %2</translation>
    </message>
    <message>
        <source>The sandbox announced no FHIR server</source>
        <translation>Le bac à sable n&apos;a annoncé aucun serveur FHIR</translation>
    </message>
</context>
<context>
    <name>sightline::SecretStore</name>
    <message>
        <source>No OS keychain is available (is a Secret Service such as GNOME Keyring or KWallet running and unlocked?). Sightline does not store secrets in plain files.</source>
        <translation>Aucun trousseau système n&apos;est disponible (un Secret Service comme GNOME Keyring ou KWallet tourne-t-il, déverrouillé ?). Sightline ne stocke pas de secrets dans des fichiers en clair.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Is it waiting for its password, or has its service hung?</source>
        <translation>
            <numerusform>Le trousseau du système n’a pas répondu en %n seconde. Attend-il son mot de passe, ou son service est-il bloqué ?</numerusform>
            <numerusform>Le trousseau du système n’a pas répondu en %n secondes. Attend-il son mot de passe, ou son service est-il bloqué ?</numerusform>
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
        <translation>sans système</translation>
    </message>
</context>
<context>
    <name>sightline::SeriesThumbnailGrid</name>
    <message>
        <source>Not in the cache yet</source>
        <translation>Pas encore dans le cache</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3 (%n image(s))</source>
        <translation>
            <numerusform>%1 %2
%3 (%n image)</numerusform>
            <numerusform>%1 %2
%3 (%n images)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ServerDialog</name>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>Fill from string</source>
        <translation>Remplir depuis la chaîne</translation>
    </message>
    <message>
        <source>None (open server)</source>
        <translation>Aucune (serveur ouvert)</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>SMART App Launch, public client</source>
        <translation>SMART App Launch, client public</translation>
    </message>
    <message>
        <source>SMART App Launch, confidential client</source>
        <translation>SMART App Launch, client confidentiel</translation>
    </message>
    <message>
        <source>SMART Backend Services</source>
        <translation>SMART Backend Services</translation>
    </message>
    <message>
        <source>from SMART discovery when empty</source>
        <translation>depuis la découverte SMART si vide</translation>
    </message>
    <message>
        <source>the FHIR base when empty</source>
        <translation>la base FHIR si vide</translation>
    </message>
    <message>
        <source>Sign a JWT assertion (private_key_jwt)</source>
        <translation>Signer une assertion JWT (private_key_jwt)</translation>
    </message>
    <message>
        <source>private key or secret file</source>
        <translation>fichier de clé privée ou de secret</translation>
    </message>
    <message>
        <source>extra CA certificate (PEM); verification stays on</source>
        <translation>certificat d&apos;AC supplémentaire (PEM) ; la vérification reste active</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Log in inside Sightline instead of the system browser</source>
        <translation>Se connecter dans Sightline plutôt que dans le navigateur du système</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Chaîne de connexion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>FHIR base URL</source>
        <translation>URL de base FHIR</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de jeton</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Key / secret file</source>
        <translation>Fichier de clé / secret</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Port de redirection</translation>
    </message>
    <message>
        <source>The client secret will be stored in the OS keychain, not in settings.</source>
        <translation>Le secret client sera stocké dans le trousseau du système, pas dans les paramètres.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s FHIR base URL, starting with https:// (or http:// for a local test server).</source>
        <translation>Saisissez l&apos;URL de base FHIR du serveur, commençant par https:// (ou http:// pour un serveur de test local).</translation>
    </message>
    <message>
        <source>SMART authorization needs a client ID.</source>
        <translation>L&apos;autorisation SMART nécessite un client ID.</translation>
    </message>
    <message>
        <source>The token URL is not a valid URL.</source>
        <translation>L&apos;URL de jeton n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Send Sightline&apos;s audit trail to this server (AuditEvent)</source>
        <translation>Envoyer la piste d&apos;audit de Sightline à ce serveur (AuditEvent)</translation>
    </message>
    <message>
        <source>Create key pair…</source>
        <translation>Créer une paire de clés…</translation>
    </message>
    <message>
        <source>Make a private key for this client and show the public key set to register with the server</source>
        <translation>Créer une clé privée pour ce client et afficher le jeu de clés publiques à enregistrer auprès du serveur</translation>
    </message>
    <message>
        <source>FHIR server</source>
        <translation>Serveur FHIR</translation>
    </message>
    <message>
        <source>DICOMweb PACS without FHIR</source>
        <translation>PACS DICOMweb sans FHIR</translation>
    </message>
    <message>
        <source>A PACS without FHIR is browsed with QIDO-RS: patients and studies come from its DICOM data</source>
        <translation>Un PACS sans FHIR est parcouru avec QIDO-RS : patients et études viennent de ses données DICOM</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>DICOMweb base URL</source>
        <translation>URL de base DICOMweb</translation>
    </message>
    <message>
        <source>Enter the PACS&apos;s DICOMweb base URL, starting with https:// (or http:// for a local test server).</source>
        <translation>Saisissez l&apos;URL de base DICOMweb du PACS, commençant par https:// (ou http:// pour un serveur de test local).</translation>
    </message>
    <message>
        <source>A DICOMweb PACS without FHIR is open or takes a user name and password (Basic).</source>
        <translation>Un PACS DICOMweb sans FHIR est ouvert ou demande un nom d&apos;utilisateur et un mot de passe (Basic).</translation>
    </message>
    <message>
        <source>DICOM node (DIMSE)</source>
        <translation>Nœud DICOM (DIMSE)</translation>
    </message>
    <message>
        <source>fhir://host/path?client_id=…, dicomweb://host/path or dicom://AE@host:port</source>
        <translation>fhir://hote/chemin?client_id=…, dicomweb://hote/chemin ou dicom://AE@hote:port</translation>
    </message>
</context>
<context>
    <name>sightline::SessionManager</name>
    <message>
        <source>The Backend Services private key cannot be used</source>
        <translation>La clé privée Backend Services ne peut pas être utilisée</translation>
    </message>
    <message>
        <source> — check that the public key is registered for this client and that this computer&apos;s clock is right (the assertion is valid for five minutes from local time)</source>
        <translation> — vérifiez que la clé publique est enregistrée pour ce client et que l&apos;horloge de cet ordinateur est juste (l&apos;assertion est valable cinq minutes à partir de l&apos;heure locale)</translation>
    </message>
    <message>
        <source>The session cannot be kept for the next start: %1</source>
        <translation>La session ne peut pas être conservée pour le prochain démarrage : %1</translation>
    </message>
    <message>
        <source>The client secret file cannot be read</source>
        <translation>Le fichier du secret client est illisible</translation>
    </message>
    <message>
        <source>The client secret file is empty</source>
        <translation>Le fichier du secret client est vide</translation>
    </message>
    <message>
        <source>No keychain is available for the client secret</source>
        <translation>Aucun trousseau n’est disponible pour le secret client</translation>
    </message>
    <message>
        <source>No client secret is stored for %1: enter it in the server&apos;s settings</source>
        <translation>Aucun secret client n’est enregistré pour %1 : saisissez-le dans les paramètres du serveur</translation>
    </message>
    <message>
        <source>The client&apos;s private key cannot be used</source>
        <translation>La clé privée du client ne peut pas être utilisée</translation>
    </message>
</context>
<context>
    <name>sightline::SessionPanel</name>
    <message>
        <source>A one-way identity of the access token, as the audit trail records it; never the token</source>
        <translation>Une identité à sens unique du jeton d&apos;accès, telle que la piste d&apos;audit l&apos;enregistre ; jamais le jeton</translation>
    </message>
    <message>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Complete the login in your browser…</source>
        <translation>Terminez la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Patient in context</source>
        <translation>Patient en contexte</translation>
    </message>
    <message>
        <source>Access token expires</source>
        <translation>Le jeton d&apos;accès expire</translation>
    </message>
    <message>
        <source>Token identity</source>
        <translation>Identité du jeton</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Scopes accordés</translation>
    </message>
    <message>
        <source>Asked for but not granted</source>
        <translation>Demandés mais non accordés</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Waiting for the login in the browser…</source>
        <translation>En attente de la connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Log in again: the session could not be renewed</source>
        <translation>Reconnectez-vous : la session n&apos;a pas pu être renouvelée</translation>
    </message>
    <message>
        <source>(the server did not say)</source>
        <translation>(le serveur ne l&apos;a pas indiqué)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no expiry given</source>
        <translation>pas d&apos;expiration indiquée</translation>
    </message>
    <message>
        <source>in %1:%2 min</source>
        <translation>dans %1:%2 min</translation>
    </message>
    <message>
        <source>Could not open the launch patient: %1</source>
        <translation>Impossible d&apos;ouvrir le patient du lancement : %1</translation>
    </message>
    <message>
        <source>Resuming the session kept in the keychain…</source>
        <translation>Reprise de la session conservée dans le trousseau…</translation>
    </message>
    <message>
        <source>Requesting a token with the client&apos;s signed assertion…</source>
        <translation>Demande d&apos;un jeton avec l&apos;assertion signée du client…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The login address is on the clipboard</source>
        <translation>L&apos;adresse de connexion est dans le presse-papiers</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below in a browser to log in</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert : ouvrez l&apos;adresse ci-dessous dans un navigateur pour vous connecter</translation>
    </message>
    <message>
        <source>Login page (if your browser did not show it):</source>
        <translation>Page de connexion (si votre navigateur ne l&apos;a pas affichée) :</translation>
    </message>
    <message>
        <source>Login page:</source>
        <translation>Page de connexion :</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No SMART server configured: a server that offers SMART on FHIR is set up from the Capabilities tab</source>
        <translation>Aucun serveur SMART configuré : un serveur qui propose SMART on FHIR se configure depuis l&apos;onglet Capacités</translation>
    </message>
</context>
<context>
    <name>sightline::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>sightline::SingleInstance</name>
    <message>
        <source>Sightline could not tell whether it runs already</source>
        <translation>Sightline n&apos;a pas pu déterminer s&apos;il tourne déjà</translation>
    </message>
    <message>
        <source>No running Sightline to hand over to</source>
        <translation>Aucun Sightline en cours auquel passer la main</translation>
    </message>
    <message>
        <source>The arguments are too long to hand over</source>
        <translation>Les arguments sont trop longs pour être transmis</translation>
    </message>
    <message>
        <source>The running Sightline did not answer; close it and try again</source>
        <translation>Le Sightline en cours n&apos;a pas répondu ; fermez-le et réessayez</translation>
    </message>
</context>
<context>
    <name>sightline::StudiesPanel</name>
    <message>
        <source>Name, identifier (MRN) or birth date (yyyy-mm-dd)</source>
        <translation>Nom, identifiant (NIP) ou date de naissance (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Trouver un patient</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>DICOM tags…</source>
        <translation>Balises DICOM…</translation>
    </message>
    <message>
        <source>%v of %m images</source>
        <translation>%v sur %m images</translation>
    </message>
    <message>
        <source>PATIENT MISMATCH in %1: %2. Check before using these images.</source>
        <translation>PATIENT DIFFÉRENT dans %1 : %2. Vérifiez avant d&apos;utiliser ces images.</translation>
    </message>
    <message numerus="yes">
        <source>Study retrieved: %n image(s) stored</source>
        <translation>
            <numerusform>Étude récupérée : %n image enregistrée</numerusform>
            <numerusform>Étude récupérée : %n images enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieval ended: %1</source>
        <translation>Récupération terminée : %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Aucun patient trouvé</translation>
    </message>
    <message>
        <source>Loading the patient&apos;s studies…</source>
        <translation>Chargement des études du patient…</translation>
    </message>
    <message numerus="yes">
        <source>%n imaging stud(y/ies)</source>
        <translation>
            <numerusform>%n étude d&apos;imagerie</numerusform>
            <numerusform>%n études d&apos;imagerie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be retrieved: %2</source>
        <translation>%1 ne peut pas être récupéré : %2</translation>
    </message>
    <message>
        <source>Retrieve the study first: its images are not in the cache</source>
        <translation>Récupérez d&apos;abord l&apos;étude : ses images ne sont pas dans le cache</translation>
    </message>
    <message numerus="yes">
        <source>Cache: %n stud(y/ies), %1 of %2</source>
        <translation>
            <numerusform>Cache : %n étude, %1 sur %2</numerusform>
            <numerusform>Cache : %n études, %1 sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient mismatch</source>
        <translation>Patient différent</translation>
    </message>
    <message>
        <source>Opened in %1</source>
        <translation>Ouvert dans %1</translation>
    </message>
    <message>
        <source>Select one study to open</source>
        <translation>Sélectionnez une étude à ouvrir</translation>
    </message>
    <message>
        <source>The images of this study may belong to another patient than %1 (their DICOM patient differs from the FHIR Patient).

Open them anyway? This is recorded in the audit trail.</source>
        <translation>Les images de cette étude appartiennent peut-être à un autre patient que %1 (leur patient DICOM diffère du Patient FHIR).

Les ouvrir quand même ? Ceci est consigné dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Not opened: patient mismatch</source>
        <translation>Non ouvert : patient différent</translation>
    </message>
    <message>
        <source>Security labels of the selected study</source>
        <translation>Labels de sécurité de l&apos;étude sélectionnée</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Labels de sécurité :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the cached study to a folder or ZIP, optionally de-identified</source>
        <translation>Exporter l&apos;étude en cache vers un dossier ou un ZIP, éventuellement désidentifiée</translation>
    </message>
    <message>
        <source>Select one study to export</source>
        <translation>Sélectionnez une étude à exporter</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message numerus="yes">
        <source>%n stud(y/ies) queued for prefetch (see Jobs)</source>
        <translation>
            <numerusform>%n étude en attente de préchargement (voir Tâches)</numerusform>
            <numerusform>%n études en attente de préchargement (voir Tâches)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prefetch on open</source>
        <translation>Précharger à l&apos;ouverture</translation>
    </message>
    <message>
        <source>When a patient is opened, put their studies into the image cache in the background (as jobs)</source>
        <translation>Quand un patient est ouvert, mettre ses études dans le cache d&apos;images en arrière-plan (sous forme de tâches)</translation>
    </message>
    <message>
        <source>%1 (PACS: patient as the DICOM data names them)</source>
        <translation>%1 (PACS : patient tel que ses données DICOM le nomment)</translation>
    </message>
    <message>
        <source>No server %1 is configured</source>
        <translation>Aucun serveur %1 n&apos;est configuré</translation>
    </message>
    <message>
        <source>Looking up study %1…</source>
        <translation>Recherche de l&apos;étude %1…</translation>
    </message>
    <message>
        <source>Study %1 was not found: %2</source>
        <translation>L&apos;étude %1 est introuvable : %2</translation>
    </message>
    <message>
        <source>no such study</source>
        <translation>pas d&apos;étude de ce nom</translation>
    </message>
    <message>
        <source>Study %1 is not among the patient&apos;s studies</source>
        <translation>L&apos;étude %1 ne fait pas partie des études du patient</translation>
    </message>
    <message>
        <source>Found ignoring accents: the server matches names only as spelled</source>
        <translation>Trouvé sans tenir compte des accents : le serveur ne trouve les noms que tels qu’ils sont écrits</translation>
    </message>
    <message>
        <source>Only the first %1 patients whose names begin with “%2” were compared: type an identifier or a birth date to narrow the search</source>
        <translation>Seuls les %1 premiers patients dont le nom commence par « %2 » ont été comparés : saisissez un identifiant ou une date de naissance pour affiner la recherche</translation>
    </message>
    <message>
        <source>%1 (DICOM node: patient as the DICOM data names them)</source>
        <translation>%1 (nœud DICOM : le patient tel que les données DICOM le nomment)</translation>
    </message>
</context>
<context>
    <name>sightline::StudyExportDialog</name>
    <message>
        <source>Export study</source>
        <translation>Exporter l&apos;étude</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Folder with DICOMDIR</source>
        <translation>Dossier avec DICOMDIR</translation>
    </message>
    <message>
        <source>ZIP file</source>
        <translation>Fichier ZIP</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>De-identify (DICOM PS3.15 Basic profile)</source>
        <translation>Désidentifier (profil de base DICOM PS3.15)</translation>
    </message>
    <message>
        <source>generated, e.g. SL-3F9A…</source>
        <translation>généré, p. ex. SL-3F9A…</translation>
    </message>
    <message>
        <source>none: a new key for this export</source>
        <translation>aucun : une nouvelle clé pour cet export</translation>
    </message>
    <message>
        <source>Names, IDs, dates, institutions, descriptions and private attributes are removed or replaced; UIDs are replaced consistently. &lt;b&gt;Pixel data is not changed&lt;/b&gt;: images with burned-in text are listed in the job&apos;s details for you to check. Use a key file to give several exports the same pseudonyms and UIDs.</source>
        <translation>Les noms, identifiants, dates, établissements, descriptions et attributs privés sont supprimés ou remplacés ; les UID sont remplacés de façon cohérente. &lt;b&gt;Les données de pixels ne sont pas modifiées&lt;/b&gt; : les images avec du texte incrusté sont listées dans les détails de la tâche pour que vous les vérifiiez. Utilisez un fichier de clé pour donner les mêmes pseudonymes et UID à plusieurs exports.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudonyme :</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export to ZIP file</source>
        <translation>Exporter vers un fichier ZIP</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Project key file</source>
        <translation>Fichier de clé du projet</translation>
    </message>
</context>
<context>
    <name>sightline::StudyOpener</name>
    <message>
        <source>No viewer profile %1</source>
        <translation>Pas de profil de visionneuse %1</translation>
    </message>
    <message>
        <source>The study names no DICOMweb endpoint</source>
        <translation>L&apos;étude ne nomme aucun endpoint DICOMweb</translation>
    </message>
    <message>
        <source>Sightline&apos;s local gateway is not running</source>
        <translation>La passerelle locale de Sightline ne tourne pas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the patient in context</source>
        <translation>le patient en contexte</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>The study cannot be retrieved</source>
        <translation>L&apos;étude ne peut pas être récupérée</translation>
    </message>
    <message>
        <source>Retrieving the study from %1 for the viewer…</source>
        <translation>Récupération de l&apos;étude depuis %1 pour la visionneuse…</translation>
    </message>
    <message>
        <source>The study was not retrieved from %1</source>
        <translation>L&apos;étude n&apos;a pas été récupérée depuis %1</translation>
    </message>
    <message>
        <source>Not all of the study came from %1; the viewer shows what did: %2</source>
        <translation>L&apos;étude n&apos;est pas arrivée en entier depuis %1 ; la visionneuse montre ce qui est arrivé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) missing</source>
        <translation>
            <numerusform>%n image manquante</numerusform>
            <numerusform>%n images manquantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::StudyRetriever</name>
    <message>
        <source>Not a DICOM Study Instance UID: %1</source>
        <translation>Ce n&apos;est pas un Study Instance UID DICOM : %1</translation>
    </message>
    <message>
        <source>The server lists no series for this study</source>
        <translation>Le serveur ne liste aucune série pour cette étude</translation>
    </message>
    <message>
        <source>The server named a series with an invalid UID</source>
        <translation>Le serveur a nommé une série avec un UID invalide</translation>
    </message>
    <message>
        <source>The server sent a part that is not DICOM (%1)</source>
        <translation>Le serveur a envoyé une partie qui n&apos;est pas du DICOM (%1)</translation>
    </message>
    <message>
        <source>Retrieval stopped</source>
        <translation>Récupération arrêtée</translation>
    </message>
    <message>
        <source>Series %1: %2; the server could not render it: %3</source>
        <translation>Série %1 : %2 ; le serveur n’a pas pu la rendre : %3</translation>
    </message>
    <message>
        <source>The server would not send the study as a whole (HTTP 404); it was retrieved series by series</source>
        <translation>Le serveur n’a pas voulu envoyer l’étude entière (HTTP 404) ; elle a été récupérée série par série</translation>
    </message>
    <message>
        <source>The server does not have this study (HTTP 404), and lists none of its series</source>
        <translation>Le serveur n’a pas cette étude (HTTP 404) et n’en liste aucune série</translation>
    </message>
    <message>
        <source>The server lists this study but will not send it, whole or series by series (HTTP 404): it may hold this Study Instance UID under two patients</source>
        <translation>Le serveur liste cette étude mais ne l’envoie ni entière ni série par série (HTTP 404) : il détient peut-être cet identifiant d’étude sous deux patients</translation>
    </message>
</context>
<context>
    <name>sightline::StudyTableModel</name>
    <message>
        <source>Retrieving %1 of %2…</source>
        <translation>Récupération de %1 sur %2…</translation>
    </message>
    <message>
        <source>In the cache</source>
        <translation>Dans le cache</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 cached</source>
        <translation>Annulé : %1 sur %2 en cache</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) missing</source>
        <translation>
            <numerusform>%n instance manquante</numerusform>
            <numerusform>%n instances manquantes</numerusform>
        </translation>
    </message>
    <message>
        <source>PATIENT MISMATCH — the images may belong to someone else:
%1</source>
        <translation>PATIENT DIFFÉRENT — les images appartiennent peut-être à quelqu&apos;un d&apos;autre :
%1</translation>
    </message>
    <message>
        <source>(no DICOMweb endpoint)</source>
        <translation>(pas d&apos;endpoint DICOMweb)</translation>
    </message>
    <message>
        <source>⚠ PATIENT MISMATCH: %1</source>
        <translation>⚠ PATIENT DIFFÉRENT : %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N° d&apos;accession</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>sightline::SyslogDialog</name>
    <message>
        <source>Audit syslog</source>
        <translation>Syslog d&apos;audit</translation>
    </message>
    <message>
        <source>Send the audit trail to a syslog audit repository (ATNA)</source>
        <translation>Envoyer la piste d&apos;audit à un dépôt d&apos;audit syslog (ATNA)</translation>
    </message>
    <message>
        <source>Optional: a PEM file with the repository&apos;s CA</source>
        <translation>Facultatif : un fichier PEM avec l&apos;AC du dépôt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Each audit event is sent as an RFC 5424 message over TLS (RFC 5425), in order, including what was recorded while the repository could not be reached. The repository&apos;s certificate must verify against the system&apos;s CAs or the CA file; otherwise nothing is sent.</source>
        <translation>Chaque événement d&apos;audit est envoyé comme message RFC 5424 via TLS (RFC 5425), dans l&apos;ordre, y compris ce qui a été enregistré pendant que le dépôt était injoignable. Le certificat du dépôt doit être vérifié par les AC du système ou le fichier d&apos;AC ; sinon rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;AC</translation>
    </message>
</context>
<context>
    <name>sightline::SyslogForwarder</name>
    <message>
        <source>No syslog host is set</source>
        <translation>Aucun hôte syslog n&apos;est défini</translation>
    </message>
    <message>
        <source>No syslog port is set</source>
        <translation>Aucun port syslog n&apos;est défini</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read</source>
        <translation>Le fichier d&apos;AC %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate</source>
        <translation>Le fichier d&apos;AC %1 ne contient aucun certificat</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <source>%1:%2 did not answer</source>
        <translation>%1:%2 n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>sightline::TokenEndpointClient</name>
    <message>
        <source>No refresh token was granted; log in again</source>
        <translation>Aucun jeton de renouvellement n&apos;a été accordé ; reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>sightline::TokenVault</name>
    <message>
        <source>The stored session in the keychain is unreadable; log in again</source>
        <translation>La session enregistrée dans le trousseau est illisible ; reconnectez-vous</translation>
    </message>
</context>
<context>
    <name>sightline::TransactionPush</name>
    <message>
        <source>No identifier in %1: it could not be recognised on the next push, so it is not sent.</source>
        <translation>Pas d&apos;identifiant dans %1 : elle ne pourrait pas être reconnue au prochain envoi, elle n&apos;est donc pas envoyée.</translation>
    </message>
    <message>
        <source>No target server.</source>
        <translation>Pas de serveur cible.</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>L&apos;envoi a été annulé.</translation>
    </message>
    <message>
        <source>%1 resources already carry %2: the server cannot tell which one is meant.</source>
        <translation>%1 ressources portent déjà %2 : le serveur ne peut pas savoir laquelle est visée.</translation>
    </message>
</context>
<context>
    <name>sightline::UpstreamFetcher</name>
    <message>
        <source>Sightline&apos;s gateway stopped</source>
        <translation>La passerelle de Sightline s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>The server stopped sending: %1</source>
        <translation>Le serveur a cessé d&apos;envoyer : %1</translation>
    </message>
    <message>
        <source>%1 sent its answer too slowly (%2); the transfer was stopped</source>
        <translation>%1 a envoyé sa réponse trop lentement (%2) ; le transfert a été arrêté</translation>
    </message>
</context>
<context>
    <name>sightline::ViewerRegistry</name>
    <message>
        <source>%1 is not a viewer settings file; the built-in viewers are used</source>
        <translation>%1 n&apos;est pas un fichier de paramètres de visionneuses ; les visionneuses intégrées sont utilisées</translation>
    </message>
    <message>
        <source>No viewer profile %1</source>
        <translation>Pas de profil de visionneuse %1</translation>
    </message>
</context>
<context>
    <name>sightline::ViewerSettingsDialog</name>
    <message>
        <source>Viewers</source>
        <translation>Visionneuses</translation>
    </message>
    <message>
        <source>Bundled OHIF</source>
        <translation>OHIF fourni</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL scheme with a command</source>
        <translation>Schéma d&apos;URL avec une commande</translation>
    </message>
    <message>
        <source>IHE Invoke Image Display</source>
        <translation>IHE Invoke Image Display</translation>
    </message>
    <message>
        <source>Local program</source>
        <translation>Programme local</translation>
    </message>
    <message>
        <source>One argument per line, e.g. {studyFolder}</source>
        <translation>Un argument par ligne, p. ex. {studyFolder}</translation>
    </message>
    <message>
        <source>Open inside Sightline (web viewers)</source>
        <translation>Ouvrir dans Sightline (visionneuses web)</translation>
    </message>
    <message>
        <source>Allow {accessToken} in this profile (the token leaves Sightline)</source>
        <translation>Autoriser {accessToken} dans ce profil (le jeton quitte Sightline)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>URL or command</source>
        <translation>URL ou commande</translation>
    </message>
    <message>
        <source>IID base URL</source>
        <translation>URL de base IID</translation>
    </message>
    <message>
        <source>IID viewer type</source>
        <translation>Type de visionneuse IID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés : %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Test launch</source>
        <translation>Lancement d&apos;essai</translation>
    </message>
    <message>
        <source>My viewer</source>
        <translation>Ma visionneuse</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Test launch with a sample study:
%1</source>
        <translation>Lancement d&apos;essai avec une étude exemple :
%1</translation>
    </message>
</context>
<context>
    <name>sightline::ViewerTab</name>
    <message>
        <source>The viewer page did not load (%1)</source>
        <translation>La page de la visionneuse ne s&apos;est pas chargée (%1)</translation>
    </message>
</context>
<context>
    <name>sightline::WelcomePage</name>
    <message>
        <source>&lt;h2&gt;Welcome to Sightline&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Sightline&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Sightline works with your FHIR server (or a DICOMweb PACS): it checks what the server can do, finds a patient&apos;s imaging studies and opens them in the viewer you choose. Start by adding a server.</source>
        <translation>Sightline travaille avec votre serveur FHIR (ou un PACS DICOMweb) : il vérifie ce que le serveur sait faire, trouve les études d&apos;imagerie d&apos;un patient et les ouvre dans la visionneuse de votre choix. Commencez par ajouter un serveur.</translation>
    </message>
    <message>
        <source>Add your server</source>
        <translation>Ajoutez votre serveur</translation>
    </message>
    <message>
        <source>https://fhir.hospital.org/r4 or fhir://host/path?client_id=…</source>
        <translation>https://fhir.hopital.example/r4 ou fhir://hôte/chemin?client_id=…</translation>
    </message>
    <message>
        <source>&amp;Add server</source>
        <translation>&amp;Ajouter le serveur</translation>
    </message>
    <message>
        <source>All &amp;settings…</source>
        <translation>Tous les &amp;paramètres…</translation>
    </message>
    <message>
        <source>Paste the server&apos;s FHIR base URL, or a connection string from your integration team (fhir://…, dicomweb://…). Logins, client ids and keys can be set in all settings; secrets are kept in the OS keychain.</source>
        <translation>Collez l&apos;URL de base FHIR du serveur, ou une chaîne de connexion fournie par votre équipe d&apos;intégration (fhir://…, dicomweb://…). Connexions, client ids et clés se règlent dans tous les paramètres ; les secrets sont gardés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Or try the sandbox</source>
        <translation>Ou essayez le bac à sable</translation>
    </message>
    <message>
        <source>&amp;Open the sandbox</source>
        <translation>&amp;Ouvrir le bac à sable</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Test servers on this computer with sample patients, imaging studies and consents: Orthanc (DICOMweb), a SMART authorization server and a FHIR server. Nothing leaves this computer. The first start generates the test images and takes about a minute.</source>
        <translation>Des serveurs de test sur cet ordinateur, avec des patients, des études d&apos;imagerie et des consentements d&apos;exemple : Orthanc (DICOMweb), un serveur d&apos;autorisation SMART et un serveur FHIR. Rien ne quitte cet ordinateur. Le premier démarrage génère les images de test et prend environ une minute.</translation>
    </message>
    <message>
        <source>Sandbox start cancelled.</source>
        <translation>Démarrage du bac à sable annulé.</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox runs at %1 until Sightline quits.</source>
        <translation>Le bac à sable tourne à %1 jusqu&apos;à ce que Sightline se ferme.</translation>
    </message>
</context>
<context>
    <name>sightline::WhatIfForm</name>
    <message>
        <source>Organization/… or Practitioner/…</source>
        <translation>Organization/… ou Practitioner/…</translation>
    </message>
    <message>
        <source>system|code, e.g. http://loinc.org|44261-6</source>
        <translation>system|code, p. ex. http://loinc.org|44261-6</translation>
    </message>
    <message>
        <source>e.g. R, PSY</source>
        <translation>p. ex. R, PSY</translation>
    </message>
    <message>
        <source>date of the data, e.g. 2025-06-01</source>
        <translation>date des données, p. ex. 2025-06-01</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Deny overrides</source>
        <translation>Le refus l&apos;emporte</translation>
    </message>
    <message>
        <source>Latest consent wins</source>
        <translation>Le consentement le plus récent l&apos;emporte</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Aucune décision</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Who asks:</source>
        <translation>Qui demande :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Purpose of use:</source>
        <translation>Finalité d&apos;utilisation :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>Type de ressource :</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Security labels:</source>
        <translation>Labels de sécurité :</translation>
    </message>
    <message>
        <source>Data date:</source>
        <translation>Date des données :</translation>
    </message>
    <message>
        <source>User clearance:</source>
        <translation>Habilitation de l&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Time of access:</source>
        <translation>Moment de l&apos;accès :</translation>
    </message>
    <message>
        <source>Several consents:</source>
        <translation>Plusieurs consentements :</translation>
    </message>
    <message>
        <source>When no consent applies:</source>
        <translation>Quand aucun consentement ne s&apos;applique :</translation>
    </message>
    <message>
        <source>The data date &quot;%1&quot; is not a FHIR date (e.g. 2025-06-01).</source>
        <translation>La date des données « %1 » n&apos;est pas une date FHIR (p. ex. 2025-06-01).</translation>
    </message>
</context>
</TS>
