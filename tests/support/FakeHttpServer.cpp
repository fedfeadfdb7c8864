#include "FakeHttpServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace athanor::test {

struct FakeHttpServer::State
{
    mutable QMutex mutex;
    QList<Response> queue;
    Response fallback = Response::json(500, R"({"error":{"message":"no scripted answer"}})");
    QList<Request> requests;
    int abandoned = 0;
    QElapsedTimer clock;

    Response next()
    {
        QMutexLocker lock(&mutex);
        return queue.isEmpty() ? fallback : queue.takeFirst();
    }
};

class FakeHttpServer::Worker : public QObject
{
public:
    explicit Worker(std::shared_ptr<State> state) : m_state(std::move(state)) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection())
                serve(socket);
        });
        return m_server->serverPort();
    }

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        auto handled = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, handled] {
            if (*handled)
                return;
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            request.body = buffer->mid(headerEnd + 4, length);
            *handled = true;
            {
                QMutexLocker lock(&m_state->mutex);
                request.receivedAtMs = m_state->clock.elapsed();
                m_state->requests.append(request);
            }
            answer(socket, m_state->next());
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void answer(QTcpSocket* socket, const Response& response)
    {
        if (response.dropConnection) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        const bool chunked = response.stream || response.pieces.size() > 1;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\nConnection: close\r\n";
        for (const auto& [name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (chunked)
            head += "Transfer-Encoding: chunked\r\n\r\n";
        else
            head += "Content-Length: " + QByteArray::number(response.pieces.value(0).size()) + "\r\n\r\n";
        socket->write(head);
        if (!chunked) {
            socket->write(response.pieces.value(0));
            socket->disconnectFromHost();
            return;
        }
        sendPiece(QPointer<QTcpSocket>(socket), response, 0);
    }

    void sendPiece(QPointer<QTcpSocket> socket, Response response, int index)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            QMutexLocker lock(&m_state->mutex);
            ++m_state->abandoned;
            return;
        }
        if (response.endless && index >= response.pieces.size())
            index = int(response.pieces.size()) - 1;
        if (response.endless && socket->bytesToWrite() > 1024 * 1024) {
            // The client reads slower than we write: wait for it rather than buffer without end.
            QTimer::singleShot(2, this, [this, socket, response, index] { sendPiece(socket, response, index); });
            return;
        }
        if (index >= response.pieces.size()) {
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        const QByteArray& piece = response.pieces[index];
        socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        socket->flush();
        QTimer::singleShot(response.delayMs, this,
                           [this, socket, response, index] { sendPiece(socket, response, index + 1); });
    }

    std::shared_ptr<State> m_state;
    QTcpServer* m_server = nullptr;
};

FakeHttpServer::Response FakeHttpServer::Response::json(int status, const QByteArray& body,
                                                        QList<QPair<QByteArray, QByteArray>> headers)
{
    Response response;
    response.status = status;
    response.headers = std::move(headers);
    response.headers.prepend({"Content-Type", "application/json"});
    response.pieces = {body};
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::streamed(const QByteArray& contentType, const QByteArray& body,
                                                            int pieceSize, int delayMs)
{
    Response response;
    response.headers = {{"Content-Type", contentType}};
    response.stream = true;
    response.delayMs = delayMs;
    for (qsizetype at = 0; at < body.size(); at += pieceSize)
        response.pieces.append(body.mid(at, pieceSize));
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::cutAt(const QByteArray& contentType, const QByteArray& body,
                                                         const QList<int>& offsets, int delayMs)
{
    Response response;
    response.headers = {{"Content-Type", contentType}};
    response.stream = true;
    response.delayMs = delayMs;
    int from = 0;
    for (int offset : offsets) {
        response.pieces.append(body.mid(from, offset - from));
        from = offset;
    }
    response.pieces.append(body.mid(from));
    response.pieces.removeAll(QByteArray()); // an empty chunk would end the body early
    return response;
}

FakeHttpServer::FakeHttpServer() : m_state(std::make_shared<State>())
{
    m_state->clock.start();
    m_thread.start();
    m_worker = new Worker(m_state);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    QMetaObject::invokeMethod(m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

quint16 FakeHttpServer::port() const
{
    return m_port;
}

void FakeHttpServer::enqueue(const Response& response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->queue.append(response);
}

void FakeHttpServer::setFallback(const Response& response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->fallback = response;
}

QList<FakeHttpServer::Request> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

int FakeHttpServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

int FakeHttpServer::abandonedCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->abandoned;
}

bool FakeHttpServer::waitForRequests(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (requestCount() < count) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

} // namespace athanor::test
