<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CapabilityStatement</name>
    <message>
        <source>The server&apos;s /metadata is not a CapabilityStatement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage:
  sightline [--server SERVER]             open Sightline (optionally with SERVER selected)
  sightline --server SERVER --headless    do the same main job without a window: load SERVER&apos;s
                                          capabilities and print a summary
  sightline capabilities SERVER [--json]  print SERVER&apos;s capabilities and readiness
  sightline --help | --version

SERVER is a configured server&apos;s name or id, a FHIR base URL, or a connection string
(fhir://host/path?client_id=…&amp;scope=…; fhir+http:// for a local test server).
Exit codes: 0 success, 1 usage error, 2 the server could not be used.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationOutcome</name>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&quot;%1&quot; is neither a configured server nor a URL or connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP exchange(s) made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_revinclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a FHIR resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON without resourceType; Content-Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server profile has no valid FHIR base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read a PEM certificate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline</name>
    <message>
        <source>%1 is not among the server&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not declare search-type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 search-type with parameter &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is searchable but declares none of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not declare &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesCommand</name>
    <message>
        <source>Could not load the CapabilityStatement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesPanel</name>
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
        <source>&lt;b&gt;Servers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: resource, interaction, search parameter, operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Sightline needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapabilityStatement (/metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART configuration (/.well-known/smart-configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a FHIR server to see what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret stored in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Sightline? Its stored secret is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities of %1 loaded in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapabilityStatement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the other server&apos;s capabilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this server&apos;s capabilities first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityComparison</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no statement: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityComparisonView</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityLoader</name>
    <message>
        <source>Fetching %1/metadata and SMART configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapabilityStatement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapabilityStatement failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityTreeModel</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapabilityStatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.well-known/smart-configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from CapabilityStatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::ConnectionString</name>
    <message>
        <source>The connection string is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection string starts with fhir://, fhir+http://, https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain server URL cannot carry parameters; use fhir://…?client_id=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot; in the connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_url must be an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use_jwt_assertion must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either client_secret or client_secret_path, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials need a client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use_jwt_assertion signs with a private key: give its file as client_secret_path, not a client_secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use_jwt_assertion=true needs client_secret_path, the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown auth kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::FhirClient</name>
    <message>
        <source>The server&apos;s next-page link points to another origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::FhirSearchPager</name>
    <message>
        <source>A search answered with something other than a Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::LogPanel</name>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::MainWindow</name>
    <message>
        <source>Sightline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sightline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sightline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sightline %1&lt;/b&gt;&lt;br&gt;Clinical integration workstation: SMART on FHIR, DICOMweb imaging, viewers, consent, audit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::NetworkExchangeModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::NetworkPanel</name>
    <message>
        <source>Filter by URL, method or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are left out; export SIGHTLINE_TOKEN to use the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::PatientBanner</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · born %3 · %4 · from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient open — no patient data is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::ReadinessCheck</name>
    <message>
        <source>FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR R4 (4.0.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ImagingStudy by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_include ImagingStudy:endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Consent by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Data $export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional create (If-None-Exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create AuditEvent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE S256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART standalone launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART backend services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART scopes v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART Imaging Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CapabilityStatement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhirVersion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhirVersion %1: Sightline speaks R4; most reads will work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhirVersion &apos;%1&apos; is not R4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format lists no JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searchInclude lists ImagingStudy:endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No _include; Sightline reads each Endpoint separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither _include nor Endpoint read: only contained Endpoints can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$export is declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No $export operation declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System interaction &apos;transaction&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &apos;batch&apos;: pushes are not atomic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither transaction nor batch is declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditionalCreate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditionalCreate missing on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient has no conditionalCreate: pushes could duplicate patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMART configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMART configuration (%1); the server may be open or use other authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/.well-known/smart-configuration is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S256 offered, but so is &apos;plain&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S256 not offered: Sightline refuses to log in without PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launch-standalone; authorize at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorization endpoint exists, but launch-standalone is not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_credentials with private_key_jwt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private_key_jwt, but client_credentials is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_credentials, but no asymmetric client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither client_credentials nor private_key_jwt is declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission-v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only permission-v1: Sightline will request v1 scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither permission-v1 nor permission-v2 is declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart-imaging-access is declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smart-imaging-access is not declared; images come from Endpoint addresses with their own credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable with limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for Sightline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::RestCall</name>
    <message>
        <source>Not an http(s) address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused redirect from https to http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; other origin, Authorization dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will retry in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::SecretStore</name>
    <message>
        <source>No OS keychain is available (is a Secret Service such as GNOME Keyring or KWallet running and unlocked?). Sightline does not store secrets in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::ServerDialog</name>
    <message>
        <source>Add server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fhir://host/path?client_id=…&amp;token_url=…&amp;scope=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (open server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART App Launch, public client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART App Launch, confidential client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART Backend Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from SMART discovery when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FHIR base when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a JWT assertion (private_key_jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key or secret file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra CA certificate (PEM); verification stays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in inside Sightline instead of the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key / secret file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret will be stored in the OS keychain, not in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s FHIR base URL, starting with https:// (or http:// for a local test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART authorization needs a client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sightline::SmartConfiguration</name>
    <message>
        <source>The smart-configuration document is a FHIR resource, not SMART JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart-configuration document names no endpoints and no capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No /.well-known/smart-configuration; endpoints come from the CapabilityStatement (pre-SMART 2.0 server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization_endpoint is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_endpoint is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capabilities is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported lacks S256: PKCE cannot be used, Sightline will not log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_methods_supported offers &apos;plain&apos;, which SMART forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sso-openid-connect is claimed but issuer or jwks_uri is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not https</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
