#include "help/AboutDialog.h"

#include "desktop/ComponentVersions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Sightline"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto* title = new QLabel(
        tr("<h2>Sightline %1</h2><p>Clinical integration workstation: SMART on FHIR logins, "
           "server capabilities, imaging through ImagingStudy, Endpoint and DICOMweb, viewers "
           "through a local gateway, consent, audit and export jobs.</p>"
           "<p>Free software under the Apache License 2.0. The licences of the components "
           "below are in <tt>/usr/share/doc/sightline/copyright</tt> when installed from the "
           "package.</p>")
            .arg(QStringLiteral(SIGHTLINE_VERSION)),
        this);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto* header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    const QList<Component> components = ComponentVersions::all();
    auto* table = new QTableWidget(int(components.size()), 4, this);
    table->setObjectName(QStringLiteral("aboutComponents"));
    table->setHorizontalHeaderLabels(
        {tr("Component"), tr("Version"), tr("Licence"), tr("Used for")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < components.size(); ++row) {
        const Component& c = components.at(row);
        const QStringList cells{c.name, c.version.isEmpty() ? tr("(not reported)") : c.version,
                                c.licence, c.purpose};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    copy->setToolTip(tr("Copy Sightline's and its libraries' versions, for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString AboutDialog::versionsText() {
    QString text;
    for (const Component& c : ComponentVersions::all())
        text += c.name + QLatin1Char(' ') + c.version + QLatin1Char('\n');
    return text + QSysInfo::prettyProductName() + QLatin1Char(' ') +
           QSysInfo::currentCpuArchitecture() + QLatin1Char('\n');
}

} // namespace sightline
