#pragma once

#include <QObject>
#include <QStringList>

namespace athanor {

class ImportController;

// Prompt files the system asks Athanor to open are imported: paths given on the command line
// (Linux and Windows "Open with", file associations) and QFileOpenEvent (macOS), installed as an
// event filter on the application. Paths that come while an import runs wait for it.
class FileOpenHandler : public QObject
{
    Q_OBJECT
public:
    FileOpenHandler(ImportController* importer, QObject* parent = nullptr);

    void open(const QStringList& paths);
    QStringList waiting() const { return m_waiting; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void importWaiting();

    ImportController* m_importer;
    QStringList m_waiting;
};

} // namespace athanor
