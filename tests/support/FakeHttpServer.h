#pragma once

// A scripted HTTP/1.1 server on loopback for the provider tests. It runs on its own thread, so
// it answers both in-process clients (while the test waits in an event loop) and an
// athanor-cli child process (while the test blocks in QProcess::waitForFinished).

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QThread>

#include <memory>

namespace athanor::test {

class FakeHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, e.g. "/v1/chat/completions"
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
        qint64 receivedAtMs = 0; // since the server started
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    };

    struct Response
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        // Sent in this order, each as its own write after delayMs; with more than one piece
        // (or stream = true) the body uses chunked transfer encoding.
        QList<QByteArray> pieces;
        int delayMs = 0;
        bool stream = false;
        bool dropConnection = false; // close the socket without answering
        bool endless = false;        // after the pieces, the last one again and again until the client goes

        static Response json(int status, const QByteArray& body, QList<QPair<QByteArray, QByteArray>> headers = {});
        // The whole body cut into pieces of `pieceSize` bytes (1 = every byte on its own).
        static Response streamed(const QByteArray& contentType, const QByteArray& body, int pieceSize, int delayMs = 2);
        // The body cut exactly at these offsets.
        static Response cutAt(const QByteArray& contentType, const QByteArray& body, const QList<int>& offsets,
                              int delayMs = 2);
    };

    FakeHttpServer();
    ~FakeHttpServer();

    QString baseUrl() const; // "http://127.0.0.1:PORT"
    quint16 port() const;

    // Answers are used in order; when none is left, the fallback (default: 500) answers.
    void enqueue(const Response& response);
    void setFallback(const Response& response);

    QList<Request> requests() const;
    int requestCount() const;
    // Connections the client closed before the server finished its answer (a cancel).
    int abandonedCount() const;
    // Waits (processing this thread's events) until `count` requests have arrived.
    bool waitForRequests(int count, int timeoutMs = 5000) const;

    class Worker;
    struct State;

private:
    std::shared_ptr<State> m_state;
    QThread m_thread;
    Worker* m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace athanor::test
