#include "network/NetworkPanel.h"

#include "network/CurlCommand.h"
#include "network/NetworkExchangeModel.h"
#include "network/NetworkRecorder.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

namespace sightline {

NetworkPanel::NetworkPanel(NetworkRecorder* recorder, QWidget* parent)
    : QWidget(parent)
    , m_recorder(recorder)
    , m_model(new NetworkExchangeModel(recorder, this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("networkPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("networkFilter"));
    m_filter->setPlaceholderText(tr("Filter by URL, method or status"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto* copy = new QPushButton(tr("Copy as curl"), this);
    copy->setObjectName(QStringLiteral("copyCurl"));
    copy->setToolTip(tr("Credentials are left out; export SIGHTLINE_TOKEN to use the command."));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        const QString curl = selectedAsCurl();
        if (curl.isEmpty()) {
            copy->setText(tr("Select an exchange first"));
        } else {
            QApplication::clipboard()->setText(curl);
            copy->setText(tr("Copied"));
        }
        // Says what happened, then is the button again.
        QTimer::singleShot(2000, copy, [copy] { copy->setText(tr("Copy as curl")); });
    });
    auto* clear = new QPushButton(tr("Clear"), this);
    connect(clear, &QPushButton::clicked, m_recorder, &NetworkRecorder::clear);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("networkCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("networkTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NetworkExchangeModel::Url,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NetworkPanel::showSelected);
    // The count follows the filter: "3 of 10 exchanges" while one is typed.
    auto updateCount = [this] {
        const int all = m_model->rowCount();
        const int shown = m_proxy->rowCount();
        m_count->setText(shown == all ? tr("%n exchange(s)", nullptr, all)
                                      : tr("%1 of %n exchange(s)", nullptr, all).arg(shown));
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    updateCount();

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("networkDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_count);
    toolbar->addWidget(copy);
    toolbar->addWidget(clear);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setSizes({700, 500});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);
}

const HttpExchange* NetworkPanel::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->exchange(m_proxy->mapToSource(rows.first()).row());
}

QString NetworkPanel::selectedAsCurl() const {
    const HttpExchange* e = selected();
    return e ? CurlCommand::fromExchange(*e) : QString();
}

QString NetworkPanel::describe(const HttpExchange& e) {
    QString text;
    QTextStream out(&text);
    out << e.method << ' ' << e.url.toDisplayString() << '\n';
    out << "Started " << e.startedUtc.toString(Qt::ISODateWithMs) << ", " << e.elapsedMs
        << " ms, attempt " << e.attempt << '\n';
    if (!e.note.isEmpty())
        out << "Note: " << e.note << '\n';
    if (!e.error.isEmpty())
        out << "Error: " << e.error << '\n';
    out << "\n> Request headers\n";
    for (const auto& [name, value] : e.requestHeaders)
        out << name << ": " << value << '\n';
    if (!e.requestBody.isEmpty())
        out << "\n> Request body (" << e.bytesSent << " bytes)\n"
            << QString::fromUtf8(e.requestBody) << '\n';
    out << "\n< "
        << (e.status > 0 ? QString::number(e.status) + QLatin1Char(' ') + e.reasonPhrase
                         : QStringLiteral("no answer"))
        << '\n';
    for (const auto& [name, value] : e.responseHeaders)
        out << name << ": " << value << '\n';
    if (!e.responseBody.isEmpty())
        out << "\n< Response body (" << e.bytesReceived << " bytes)\n"
            << QString::fromUtf8(e.responseBody) << '\n';
    return text;
}

void NetworkPanel::showSelected() {
    const HttpExchange* e = selected();
    m_details->setPlainText(e ? describe(*e) : QString());
}

} // namespace sightline
