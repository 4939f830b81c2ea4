// AuditEvents as the audit trail takes them in: canonical JSON (the bytes the chain hashes,
// which must not change when read back and written again), the append to a real journal whose
// chain must verify, and the syslog message an audit repository receives.

#include "FuzzSupport.h"

#include "audit/AuditForwarder.h"
#include "audit/AuditJournal.h"
#include "audit/SyslogMessage.h"

#include <QDir>
#include <QTemporaryDir>

using namespace sightline;

namespace {

AuditJournal& journal() {
    static QTemporaryDir dir;
    static std::unique_ptr<AuditJournal> opened = [] {
        auto result = AuditJournal::open(dir.filePath(QStringLiteral("audit.db")));
        FUZZ_CHECK(result.ok());
        return std::move(result).value();
    }();
    return *opened;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QJsonObject event = fuzz::jsonObject(fuzz::bytesOf(data, size));
    const QByteArray canonical = AuditJournal::canonicalJson(event);
    FUZZ_CHECK(AuditJournal::canonicalJson(fuzz::jsonObject(canonical)) == canonical);

    AuditJournal& audit = journal();
    const auto seq = audit.append(event);
    FUZZ_CHECK(seq.ok());
    if (*seq % 500 == 0) {
        const AuditVerifyReport report = audit.verify();
        FUZZ_CHECK(report.intact);
        // Rotated so the journal, and the time verify() takes, stay small.
        const QString archive = audit.path() + QStringLiteral(".sealed");
        QFile::remove(archive);
        FUZZ_CHECK(audit.rotate(archive).ok());
    }

    AuditRecord record;
    record.seq = *seq;
    record.json = canonical;
    record.hash = AuditJournal::chainHash(AuditJournal::kZeroHash, canonical);
    const QByteArray message = SyslogMessage::format(record, QStringLiteral("host"), 42);
    const qsizetype header = message.indexOf("\xEF\xBB\xBF");
    FUZZ_CHECK(header > 0 && !message.left(header).contains('\n'));
    FUZZ_CHECK(SyslogMessage::frame(message).endsWith(message));
    (void)AuditForwarder::taggedForForwarding(record);
    return 0;
}
