<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DicomNodeCommand</name>
    <message numerus="yes">
        <source>Stopped at %n match(es); more may exist (--limit).</source>
        <translation>
            <numerusform>Stopped at %n match; more may exist (--limit).</numerusform>
            <numerusform>Stopped at %n matches; more may exist (--limit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DicomStudyExport</name>
    <message numerus="yes">
        <source>%1 (%n file(s), first %2)</source>
        <translation>
            <numerusform>%1 (%n file, first %2)</numerusform>
            <numerusform>%1 (%n files, first %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimseAssociation</name>
    <message numerus="yes">
        <source>%1 said nothing for %n second(s) while moving the images.</source>
        <translation>
            <numerusform>%1 said nothing for %n second while moving the images.</numerusform>
            <numerusform>%1 said nothing for %n seconds while moving the images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DimseStudyRetriever</name>
    <message numerus="yes">
        <source>%1 could not send %n image(s)</source>
        <translation>
            <numerusform>%1 could not send %n image</numerusform>
            <numerusform>%1 could not send %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n complete part(s)</source>
        <translation>
            <numerusform>after %n complete part</numerusform>
            <numerusform>after %n complete parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrieving: %n image(s), %1</source>
        <translation>
            <numerusform>Retrieving: %n image, %1</numerusform>
            <numerusform>Retrieving: %n images, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageScp</name>
    <message numerus="yes">
        <source>The caller asked for nothing within %n second(s)</source>
        <translation>
            <numerusform>The caller asked for nothing within %n second</numerusform>
            <numerusform>The caller asked for nothing within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sender said nothing for %n second(s); the association was aborted</source>
        <translation>
            <numerusform>The sender said nothing for %n second; the association was aborted</numerusform>
            <numerusform>The sender said nothing for %n seconds; the association was aborted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::AuditPanel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain verified: %n event(s) intact</source>
        <translation>
            <numerusform>✓ Chain verified: %n event intact</numerusform>
            <numerusform>✓ Chain verified: %n events intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit event(s) exported to %1</source>
        <translation>
            <numerusform>%n audit event exported to %1</numerusform>
            <numerusform>%n audit events exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending</source>
        <translation>
            <numerusform>%1: %n pending</numerusform>
            <numerusform>%1: %n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>syslog %1:%2: %n pending</source>
        <translation>
            <numerusform>syslog %1:%2: %n pending</numerusform>
            <numerusform>syslog %1:%2: %n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::BulkExportJob</name>
    <message numerus="yes">
        <source>%1: the server reported %n error(s), the first: %2</source>
        <translation>
            <numerusform>%1: the server reported %n error, the first: %2</numerusform>
            <numerusform>%1: the server reported %n errors, the first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::BulkExportRunner</name>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n problem: %1</numerusform>
            <numerusform>%n problems: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CacheDialog</name>
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
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(y/ies)</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) are intact.</source>
        <translation>
            <numerusform>The %n image is intact.</numerusform>
            <numerusform>All %n images are intact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilitiesCommand</name>
    <message numerus="yes">
        <source>%n HTTP exchange(s) made</source>
        <translation>
            <numerusform>%n HTTP exchange made</numerusform>
            <numerusform>%n HTTP exchanges made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::CapabilityComparisonView</name>
    <message numerus="yes">
        <source>%n difference(s) between %1 and %2</source>
        <translation>
            <numerusform>%n difference between %1 and %2</numerusform>
            <numerusform>%n differences between %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ConsentPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consent(s), %3 resources</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consent, %3 resources</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; (%2) — %n consents, %3 resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n resource(s)…</source>
        <translation>
            <numerusform>Evaluating %n resource…</numerusform>
            <numerusform>Evaluating %n resources…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) redacted; </source>
        <translation>
            <numerusform>%n element redacted; </numerusform>
            <numerusform>%n elements redacted; </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::DicomExportRunner</name>
    <message numerus="yes">
        <source>%n instance(s), %1 MB</source>
        <translation>
            <numerusform>%n instance, %1 MB</numerusform>
            <numerusform>%n instances, %1 MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::DicomTagDialog</name>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::DimseService</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::JobsPanel</name>
    <message numerus="yes">
        <source>Reading resources: %n so far.</source>
        <translation>
            <numerusform>Reading resources: %n so far.</numerusform>
            <numerusform>Reading resources: %n so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input line(s) were not FHIR resources and were left out.</source>
        <translation>
            <numerusform>%n input line was not a FHIR resource and was left out.</numerusform>
            <numerusform>%n input lines were not FHIR resources and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::NetworkPanel</name>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform>
            <numerusform>%n exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange(s)</source>
        <translation>
            <numerusform>%1 of %n exchange</numerusform>
            <numerusform>%1 of %n exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::PrefetchRunner</name>
    <message numerus="yes">
        <source>%n instance(s) could not be retrieved</source>
        <translation>
            <numerusform>%n instance could not be retrieved</numerusform>
            <numerusform>%n instances could not be retrieved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNode</name>
    <message numerus="yes">
        <source>%n earlier refusal(s) from this host were not recorded one by one</source>
        <translation>
            <numerusform>%n earlier refusal from this host was not recorded one by one</numerusform>
            <numerusform>%n earlier refusals from this host were not recorded one by one</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::ReceivingNodeStatus</name>
    <message numerus="yes">
        <source>%1 at %2: %n image(s) kept</source>
        <translation>
            <numerusform>%1 at %2: %n image kept</numerusform>
            <numerusform>%1 at %2: %n images kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not kept</source>
        <translation>
            <numerusform>%n not kept</numerusform>
            <numerusform>%n not kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) received</source>
        <translation>
            <numerusform>%n image received</numerusform>
            <numerusform>%n images received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::SecretStore</name>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Is it waiting for its password, or has its service hung?</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second. Is it waiting for its password, or has its service hung?</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds. Is it waiting for its password, or has its service hung?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::SeriesThumbnailGrid</name>
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
    <name>sightline::StudiesPanel</name>
    <message numerus="yes">
        <source>Study retrieved: %n image(s) stored</source>
        <translation>
            <numerusform>Study retrieved: %n image stored</numerusform>
            <numerusform>Study retrieved: %n images stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imaging stud(y/ies)</source>
        <translation>
            <numerusform>%n imaging study</numerusform>
            <numerusform>%n imaging studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cache: %n stud(y/ies), %1 of %2</source>
        <translation>
            <numerusform>Cache: %n study, %1 of %2</numerusform>
            <numerusform>Cache: %n studies, %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stud(y/ies) queued for prefetch (see Jobs)</source>
        <translation>
            <numerusform>%n study queued for prefetch (see Jobs)</numerusform>
            <numerusform>%n studies queued for prefetch (see Jobs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::StudyOpener</name>
    <message numerus="yes">
        <source>%n image(s) missing</source>
        <translation>
            <numerusform>%n image missing</numerusform>
            <numerusform>%n images missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::StudyTableModel</name>
    <message numerus="yes">
        <source>%n instance(s) missing</source>
        <translation>
            <numerusform>%n instance missing</numerusform>
            <numerusform>%n instances missing</numerusform>
        </translation>
    </message>
</context>
</TS>
