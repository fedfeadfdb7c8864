#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace athanor {

// Files done of total, the file being read, and Cancel. Cancel only asks: the import stops
// after the file it is reading, because a file is imported whole or not at all.
class ImportProgressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportProgressDialog(QWidget* parent = nullptr);

    void setProgress(int done, int total, const QString& file);
    bool wasCancelled() const { return m_cancelled; }

public slots:
    // Closing the window (Esc, the title bar) is a Cancel, too; the controller closes it.
    void reject() override;

signals:
    void cancelRequested();

private:
    QLabel* m_counts = nullptr;
    QLabel* m_file = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_cancelled = false;
};

} // namespace athanor
