#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace athanor {

class Database;

// Exports every prompt, or a given list, to JSON, JSON Lines, CSV or Markdown (PromptExporter)
// off the GUI thread. A failure (an unwritable path, say) is shown in the dialog, which stays
// open; success closes it.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // Empty `ids`: every prompt in the library.
    ExportDialog(std::shared_ptr<Database> database, const QStringList& ids = {}, QWidget* parent = nullptr);

    // Opens a window-modal dialog that deletes itself when closed, and returns it.
    static ExportDialog* exportPrompts(QWidget* parent, std::shared_ptr<Database> database, const QStringList& ids = {});

    // "json", "jsonl", "csv" or "markdown".
    QString format() const;
    void setFormat(const QString& format);
    QString path() const;
    void setPath(const QString& path);
    bool isExporting() const { return m_exporting; }

public slots:
    void startExport();
    // Not while exporting: the file is being written.
    void reject() override;

signals:
    void exported(const QString& path, int count);
    void exportFailed(const QString& message);

private:
    void browse();
    void formatChanged();
    void setExporting(bool exporting);
    void showProblem(const QString& text);

    std::shared_ptr<Database> m_database;
    QStringList m_ids;
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_exporting = false;
};

} // namespace athanor
