#pragma once

#include "storage/ImportJob.h"

#include <QDialog>

class QTableWidget;

namespace athanor {

// What an import did: prompts imported, duplicates skipped, files imported and failed, and a
// table of every failure (file, line, reason) that can be copied as `file:line: reason` lines.
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportResultDialog(const ImportReport& report, QWidget* parent = nullptr);

    // The summary and one `file:line: reason` line per failure, as the Copy button copies it.
    QString reportText() const;

private:
    void addFailures();

    ImportReport m_report;
    QTableWidget* m_failures = nullptr;
};

} // namespace athanor
