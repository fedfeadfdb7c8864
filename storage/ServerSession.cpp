#include "ServerSession.h"

#include <QUuid>

namespace athanor {

ServerSession::ServerSession(const ServerUrl& url)
    : m_name(QStringLiteral("athanor-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_db(url.open(m_name))
{
}

ServerSession::~ServerSession()
{
    if (m_db)
        m_db->close();
    m_db = Error::data(QString()); // no handle may outlive removeDatabase
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace athanor
