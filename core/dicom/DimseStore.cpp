#include "dicom/DimseStore.h"

#include "common/AtomicFile.h"
#include "common/ContentChecksum.h"
#include "dicom/DcmtkSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <dcmtk/dcmdata/dcostrma.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmnet/assoc.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sightline::dcmtk {

namespace {

struct SizeWatch {
    T_ASC_Association* association;
    quint64 maxBytes;
    bool tooLarge = false;
};

// DCMTK's progress callback, after each fragment received: past the limit, the connection is
// shut down (not closed: the descriptor stays DCMTK's, closed once when the association goes,
// so no other file or socket can take its number meanwhile). The next read then sees the end
// of the stream at once, and DCMTK ends the receipt with what it holds so far. Closing it later
// resets the connection (linger zero): a plain close leaves a sender blocked on a full window
// until its own send timeout (DCMTK's: a minute), as no data it could answer with a reset flows.
void watchSize(void* context, unsigned long received) {
    auto* watch = static_cast<SizeWatch*>(context);
    if (watch->tooLarge || received <= watch->maxBytes)
        return;
    watch->tooLarge = true;
    if (const int socket = socketOf(watch->association); socket >= 0) {
        const linger reset{1, 0};
        (void)::setsockopt(socket, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::shutdown(socket, SHUT_RDWR);
    }
}

// Where DCMTK's receipt writes the data set: a file, through a buffer, checksummed on the way. A
// write the disk refuses is remembered and everything after it dropped, while DCMTK is told
// each write succeeded: the data set is still read to its end, so the association stays usable
// and the sender can be told that the image was not kept.
class FileSink : public DcmConsumer {
public:
    explicit FileSink(int fd)
        : m_fd(fd)
        , m_failure(fd < 0 ? errno : 0)
        , m_buffer(std::make_unique<char[]>(size_t(kBufferBytes))) {}
    ~FileSink() override {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;

    OFBool good() const override { return OFTrue; }
    OFCondition status() const override { return EC_Normal; }
    OFBool isFlushed() const override { return m_used == 0; }
    offile_off_t avail() const override { return offile_off_t(kBufferBytes); }
    offile_off_t write(const void* bytes, offile_off_t length) override {
        append(static_cast<const char*>(bytes), qint64(length));
        return length;
    }
    void flush() override { drain(); }

    void append(const char* bytes, qint64 length) {
        m_checksum.add(QByteArrayView(bytes, length));
        m_size += length;
        while (m_failure == 0 && length > 0) {
            const qint64 taken = std::min<qint64>(length, kBufferBytes - m_used);
            std::memcpy(m_buffer.get() + m_used, bytes, size_t(taken));
            m_used += taken;
            bytes += taken;
            length -= taken;
            if (m_used == kBufferBytes)
                drain();
        }
    }
    // Writes what is buffered, starts writing the file out to the disk (the cache's settle waits
    // for it with the rest of its batch: CacheDurability) and closes it; the errno of the first
    // failure, or 0.
    int finish() {
        drain();
        if (m_failure == 0 && ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE) != 0)
            m_failure = errno;
        if (m_fd >= 0 && ::close(m_fd) != 0 && m_failure == 0)
            m_failure = errno;
        m_fd = -1;
        return m_failure;
    }
    qint64 size() const { return m_size; }
    QByteArray checksum() const { return m_checksum.value(); }

private:
    static constexpr qint64 kBufferBytes = 1 << 20;

    void drain() {
        qint64 done = 0;
        while (m_failure == 0 && done < m_used) {
            const ssize_t wrote = ::write(m_fd, m_buffer.get() + done, size_t(m_used - done));
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote <= 0)
                m_failure = wrote < 0 ? errno : ENOSPC;
            else
                done += wrote;
        }
        m_used = 0;
    }

    int m_fd;
    int m_failure;
    std::unique_ptr<char[]> m_buffer; // one allocation for the whole object
    qint64 m_used = 0;
    ContentChecksum m_checksum;
    qint64 m_size = 0;
};

class SinkStream : public DcmOutputStream {
public:
    explicit SinkStream(FileSink* sink)
        : DcmOutputStream(sink) {}
};

QString diskFailure(int failure) {
    const QString why = QString::fromLocal8Bit(std::strerror(failure));
    if (failure == ENOSPC || failure == EDQUOT || failure == EFBIG)
        return QCoreApplication::translate("DimseStore",
                                           "The disk is full: the image was not written (%1)")
            .arg(why);
    return QCoreApplication::translate("DimseStore", "The image could not be written: %1").arg(why);
}

} // namespace

Receipt receiveStoredObject(T_ASC_Association* association, int timeoutSeconds,
                            const T_DIMSE_C_StoreRQ& request, T_ASC_PresentationContextID* context,
                            const QString& folder, quint64 maxBytes, ReceivedFile* file,
                            OFCondition* condition, QString* problem) {
    (void)QDir().mkpath(folder);
    const QString path = AtomicFile::tempPathIn(folder);
    const QByteArray name = QFile::encodeName(path);
    FileSink sink(::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    // The data set comes on the command's presentation context (PS3.7 9.3.1), in its syntax.
    T_ASC_PresentationContext accepted;
    const char* transferSyntax = UID_LittleEndianImplicitTransferSyntax;
    if (ASC_findAcceptedPresentationContext(association->params, *context, &accepted).good())
        transferSyntax = accepted.acceptedTransferSyntax;
    const QByteArray meta = part10MetaHeader(request.AffectedSOPClassUID,
                                             request.AffectedSOPInstanceUID, transferSyntax);
    const T_ASC_PresentationContextID commandContext = *context;
    sink.append(meta.constData(), meta.size());
    SinkStream stream(&sink);
    SizeWatch watch{association, maxBytes};
    *condition = DIMSE_receiveDataSetInFile(association, DIMSE_NONBLOCKING, timeoutSeconds, context,
                                            &stream, &watchSize, &watch);
    const int failure = sink.finish();
    const auto discard = [&](Receipt receipt) {
        (void)::unlink(name.constData());
        return receipt;
    };
    if (watch.tooLarge)
        return discard(Receipt::TooLarge);
    if (condition->bad())
        return discard(Receipt::BrokeOff);
    if (meta.isEmpty()) {
        *problem = QCoreApplication::translate("DimseStore",
                                               "The image came in a transfer syntax Sightline "
                                               "cannot file (%1)")
                       .arg(QString::fromLatin1(transferSyntax));
        return discard(Receipt::Unfileable);
    }
    if (*context != commandContext) { // its file would name the command's syntax, not its own
        *problem = QCoreApplication::translate("DimseStore",
                                               "The image came on another presentation context "
                                               "than its C-STORE request");
        return discard(Receipt::Unfileable);
    }
    if (failure != 0) {
        *problem = diskFailure(failure);
        return discard(Receipt::NotWritten);
    }
    file->path = path;
    file->size = sink.size();
    file->checksum = sink.checksum();
    file->sopInstanceUid = QString::fromLatin1(request.AffectedSOPInstanceUID);
    return Receipt::Received;
}

OFCondition sendStoreResponse(T_ASC_Association* association, T_ASC_PresentationContextID context,
                              const T_DIMSE_C_StoreRQ& request, DIC_US status) {
    T_DIMSE_Message reply{};
    reply.CommandField = DIMSE_C_STORE_RSP;
    T_DIMSE_C_StoreRSP& answer = reply.msg.CStoreRSP;
    answer.MessageIDBeingRespondedTo = request.MessageID;
    OFStandard::strlcpy(answer.AffectedSOPClassUID, request.AffectedSOPClassUID,
                        sizeof answer.AffectedSOPClassUID);
    OFStandard::strlcpy(answer.AffectedSOPInstanceUID, request.AffectedSOPInstanceUID,
                        sizeof answer.AffectedSOPInstanceUID);
    answer.DataSetType = DIMSE_DATASET_NULL;
    answer.opts = O_STORE_AFFECTEDSOPCLASSUID | O_STORE_AFFECTEDSOPINSTANCEUID;
    answer.DimseStatus = status;
    return DIMSE_sendMessageUsingMemoryData(association, context, &reply, nullptr, nullptr, nullptr,
                                            nullptr);
}

} // namespace sightline::dcmtk
