#pragma once
// The what-if question: who asks (actor reference, role), why (purpose of use), to do what
// (action), about which data (type, code, labels, date), when, with what clearance, and how
// consents combine. Produces an AccessRequest and a ConsentPolicy; holds no logic of its own.

#include "consent/AccessRequest.h"
#include "consent/ConsentPolicy.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace sightline {

class WhatIfForm : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfForm(QWidget* parent = nullptr);

    // The question; `error` gets why it cannot be asked (e.g. a malformed date), if so.
    AccessRequest request(QString* error = nullptr) const;
    ConsentPolicy policy() const;

    void setActor(const QString& reference);
    void setPurpose(const QString& code);
    void setResourceType(const QString& type);
    void setLabels(const QString& commaSeparated);
    void setClearance(const QString& code); // "" = not checked
    void setAccessTime(const QDateTime& utc);

signals:
    void evaluateRequested();

private:
    QLineEdit* m_actor;
    QComboBox* m_role;
    QComboBox* m_purpose;
    QComboBox* m_action;
    QComboBox* m_type;
    QLineEdit* m_code;
    QLineEdit* m_labels;
    QLineEdit* m_dataDate;
    QComboBox* m_clearance;
    QDateTimeEdit* m_at;
    QComboBox* m_combining;
    QComboBox* m_default;
    QPushButton* m_evaluate;
};

} // namespace sightline
