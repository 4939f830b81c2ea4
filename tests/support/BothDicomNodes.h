#pragma once
// The two DICOM nodes Sightline's DIMSE tests must both pass — DCMTK's dcmqrscp and Orthanc —
// started and loaded with the same files, as QTest global data rows ("kind"): a test function
// runs once per node and asks for the current one.

#include "support/DicomNodeFixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <map>
#include <memory>

namespace sightline::test {

class BothDicomNodes {
public:
    // In initTestCase_data().
    static void addRows() {
        QTest::addColumn<int>("kind");
        QTest::newRow("dcmqrscp") << int(DicomNodeFixture::Kind::Dcmqrscp);
        QTest::newRow("Orthanc") << int(DicomNodeFixture::Kind::Orthanc);
    }

    // Empty on success, else which node failed and why.
    QString start(const QStringList& files, int loadTimeoutMs = 60000) {
        for (auto kind : {DicomNodeFixture::Kind::Dcmqrscp, DicomNodeFixture::Kind::Orthanc}) {
            auto node = std::make_unique<DicomNodeFixture>(kind);
            if (const QString failed = node->start(); !failed.isEmpty())
                return failed;
            QElapsedTimer clock;
            clock.start();
            if (const QString failed = node->load(files, loadTimeoutMs); !failed.isEmpty())
                return node->name() + QStringLiteral(": ") + failed.right(2000);
            qInfo("%s took %d files in %lld ms", qPrintable(node->name()), int(files.size()),
                  clock.elapsed());
            m_nodes[int(kind)] = std::move(node);
        }
        return {};
    }

    // The node of the test function's current global row.
    DicomNodeFixture* current() const {
        QFETCH_GLOBAL(int, kind);
        return m_nodes.at(kind).get();
    }

    void stop() { m_nodes.clear(); }

private:
    std::map<int, std::unique_ptr<DicomNodeFixture>> m_nodes;
};

} // namespace sightline::test
