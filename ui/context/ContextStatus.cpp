#include "context/ContextStatus.h"

#include "context/ContextSync.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace sightline {

ContextStatus::ContextStatus(ContextSync* sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync) {
    setObjectName(QStringLiteral("contextStatus"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("contextStatusText"));
    m_follow = new QCheckBox(tr("Follow EHR"), this);
    m_follow->setObjectName(QStringLiteral("contextFollow"));
    m_follow->setToolTip(tr("Switch to the patient and study the EHR opens"));
    m_follow->setChecked(sync->follower()->isFollowing());
    m_open = new QCheckBox(tr("Open studies"), this);
    m_open->setObjectName(QStringLiteral("contextOpenStudies"));
    m_open->setToolTip(
        tr("Open each study the EHR opens in the default viewer, once it is in the cache"));
    m_open->setChecked(sync->follower()->opensStudies());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_follow);
    layout->addWidget(m_open);
    connect(m_follow, &QCheckBox::toggled, sync->follower(), &ContextFollower::setFollowing);
    connect(m_open, &QCheckBox::toggled, this, [this](bool on) {
        if (m_sync)
            m_sync->follower()->setOpenStudies(on);
    });
    connect(sync->subscriber(), &FhircastSubscriber::stateChanged, this, &ContextStatus::update);
    update();
}

void ContextStatus::update() {
    if (!m_sync)
        return;
    const FhircastSubscriber* subscriber = m_sync->subscriber();
    const FhircastSubscriber::State state = subscriber->state();
    setVisible(state != FhircastSubscriber::State::Off);
    QString text = tr("EHR sync: %1").arg(FhircastSubscriber::stateName(state));
    if (state == FhircastSubscriber::State::Connected)
        text += QStringLiteral(" · ") + subscriber->subscription().topic;
    if (!subscriber->lastEventName().isEmpty())
        text += tr(" · last %1 at %2")
                    .arg(subscriber->lastEventName(),
                         QLocale().toString(subscriber->lastEventUtc().toLocalTime().time(),
                                            QLocale::ShortFormat));
    m_label->setText(text);
    m_label->setToolTip(subscriber->lastError());
    m_label->setStyleSheet(state == FhircastSubscriber::State::Connected
                               ? QStringLiteral("color: #2e7d32")
                               : QStringLiteral("color: #b26a00"));
}

} // namespace sightline
