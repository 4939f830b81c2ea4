#include "imaging/DicomTagDialog.h"

#include "dicom/DicomParser.h"

#include "common/BackgroundWork.h"
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sightline {

DicomTagDialog::DicomTagDialog(const QString& path, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("dicomTagDialog"));
    setWindowTitle(tr("DICOM tags — %1").arg(QFileInfo(path).fileName()));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("tagFilter"));
    m_filter->setPlaceholderText(tr("Filter by tag, keyword or value"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    m_tree->setHeaderLabels({tr("Tag"), tr("VR"), tr("Keyword"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_message = new QLabel(tr("Reading…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &DicomTagDialog::applyFilter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 640);

    auto* watcher = new QFutureWatcher<Result<QList<DicomElement>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<DicomElement>>>::finished, this, [this, watcher] {
        const auto elements = watcher->result();
        watcher->deleteLater();
        if (!elements) {
            m_message->setText(elements.error().toString());
            return;
        }
        QList<QTreeWidgetItem*> parents;
        for (const DicomElement& e : elements.value()) {
            const QStringList columns{e.tag, e.vr, e.keyword, e.value};
            parents.resize(e.depth);
            QTreeWidgetItem* item = e.depth > 0 && !parents.isEmpty()
                                        ? new QTreeWidgetItem(parents.last(), columns)
                                        : new QTreeWidgetItem(m_tree, columns);
            if (e.vr == QLatin1String("SQ"))
                parents.append(item);
        }
        m_tree->expandAll();
        m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
        m_message->setText(tr("%n element(s)", nullptr, int(elements->size())));
    });
    watcher->setFuture(runInBackground([path]() -> Result<QList<DicomElement>> {
        if (!QFileInfo(path).isReadable())
            return Error::make(Error::Kind::Storage, tr("Cannot read %1").arg(path));
        return DicomParser::elementsOfFile(path);
    }));
}

int DicomTagDialog::elementCount() const {
    int count = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        ++count;
    return count;
}

void DicomTagDialog::applyFilter(const QString& text) {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        bool match = text.isEmpty();
        for (int c = 0; c < 4 && !match; ++c)
            match = item->text(c).contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match) // keep the path to a match visible
            for (QTreeWidgetItem* p = item->parent(); p; p = p->parent())
                p->setHidden(false);
    }
}

} // namespace sightline
