#pragma once
// The gateway's state for the status bar: where it listens, how many viewer requests it served
// (and how many from the cache), and the last upstream failure in red until the next success.

#include <QLabel>

namespace sightline {

class DicomWebGateway;
struct GatewayAccess;

class GatewayStatus : public QLabel {
    Q_OBJECT
public:
    explicit GatewayStatus(DicomWebGateway* gateway, QWidget* parent = nullptr);

private:
    void update();
    DicomWebGateway* m_gateway;
    int m_requests = 0;
    int m_fromCache = 0;
    QString m_failure;
};

} // namespace sightline
