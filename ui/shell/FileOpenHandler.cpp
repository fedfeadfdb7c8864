#include "FileOpenHandler.h"

#include "ui/import/ImportController.h"

#include <QFileInfo>
#include <QFileOpenEvent>

namespace athanor {

FileOpenHandler::FileOpenHandler(ImportController* importer, QObject* parent)
    : QObject(parent), m_importer(importer)
{
    connect(m_importer, &ImportController::busyChanged, this, [this](bool busy) {
        if (!busy)
            importWaiting();
    });
}

void FileOpenHandler::open(const QStringList& paths)
{
    for (const QString& path : paths)
        if (!path.isEmpty())
            m_waiting << QFileInfo(path).absoluteFilePath();
    if (!m_importer->isBusy())
        importWaiting();
}

bool FileOpenHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FileOpen) {
        const auto* open = static_cast<QFileOpenEvent*>(event);
        this->open({open->file()});
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void FileOpenHandler::importWaiting()
{
    if (m_waiting.isEmpty())
        return;
    const QStringList paths = m_waiting;
    m_waiting.clear();
    m_importer->importPaths(paths);
}

} // namespace athanor
