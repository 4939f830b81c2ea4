#pragma once
// A DICOM file opened for editing by code outside core/dicom (de-identification), so that only
// core/dicom talks to DCMTK: top-level string values read and written, every element visited
// (sequence items included) with the caller deciding what becomes of it, and the result saved
// atomically in the file's own transfer syntax with a fresh meta header (nothing of the old one,
// such as source AE titles or private information, survives). Not thread-safe: one per file.

#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

class DcmFileFormat;
class DcmItem;

namespace sightline {

struct DicomTagKey {
    quint16 group = 0;
    quint16 element = 0;
};

class DicomEditor {
public:
    // One element as the visitor sees it.
    struct Element {
        DicomTagKey tag;
        QString vr;     // "PN", "UI", "SQ", "OB" …
        quint32 length; // of the value as stored (0: empty)
        QString value;  // the value as text (multiple values joined by '\'); empty for binary
        int depth;      // 0 at the top level, 1 in a sequence's item …
    };
    enum class Action {
        Keep,    // as it is (a sequence's items are not visited)
        Descend, // a sequence: visit its items' elements
        Remove,
        Clear,   // keep the attribute with an empty value
        Replace, // with Decision::value
    };
    struct Decision {
        Action action = Action::Keep;
        QString value;
    };
    using Visitor = std::function<Decision(const Element&)>;

    // Items nested deeper than this are left as they are.
    static constexpr int kMaxDepth = 64;

    // Errors carry DCMTK's reason in `details` and no message: the caller says in its own words
    // what could not be done.
    static Result<DicomEditor> open(const QString& path);
    DicomEditor(DicomEditor&&) noexcept;
    DicomEditor& operator=(DicomEditor&&) noexcept;
    ~DicomEditor();

    // A top-level value as text; empty when absent.
    QString string(DicomTagKey tag) const;
    bool has(DicomTagKey tag) const;
    void put(DicomTagKey tag, const QString& value);
    // Appends an item with a code (Code Value, Coding Scheme Designator, Code Meaning) to a
    // top-level sequence, made if absent.
    void appendCode(DicomTagKey sequence, const QString& value, const QString& scheme,
                    const QString& meaning);

    // Visits every element of every item, last to first (so removing is safe), and each
    // sequence's items where the visitor descends, up to kMaxDepth.
    void visit(const Visitor& visitor);

    // Writes the file to `output` (through `output`.part, renamed when whole).
    Status saveAs(const QString& output);

private:
    explicit DicomEditor(std::unique_ptr<DcmFileFormat> file);
    void visitItem(DcmItem& item, int depth, const Visitor& visitor);

    std::unique_ptr<DcmFileFormat> m_file;
    int m_originalSyntax = 0;
};

} // namespace sightline
