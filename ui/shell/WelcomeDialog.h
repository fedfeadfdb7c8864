#pragma once

#include <QDialog>

class QCheckBox;

namespace athanor {

class MainWindow;

// The first start: what Athanor is in two lines, sample prompts and demo analytics to look
// around with (both labelled as such: the prompts are tagged "sample", the analytics live in a
// separate demo database), and the two things to try first: enhancing a prompt in the Composer
// and importing one's own prompt files.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Next { Nothing, Compose, Import };

    explicit WelcomeDialog(QWidget* parent = nullptr);

    bool samplePrompts() const;
    bool demoAnalytics() const;
    Next next() const { return m_next; }

    // Shows the welcome over `window`, then does what the user chose: the sample prompts
    // imported (tagged "sample"), the demo analytics shown, the Composer or an import opened.
    static void runFirstStart(MainWindow* window);

    // Not yet shown for this user ("welcome/shown").
    static bool isFirstRun();
    static void markShown();
    // The sample prompts as a file the importer reads (copied out of the resources).
    static QString samplePromptsFile();

private:
    QCheckBox* m_samples = nullptr;
    QCheckBox* m_demo = nullptr;
    Next m_next = Next::Nothing;
};

} // namespace athanor
