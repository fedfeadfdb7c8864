#include "TestRegistry.h"
#include "ui/shell/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace athanor;

namespace {

const QString kTranslations = QStringLiteral(ATHANOR_TEST_DATA_DIR "/../../translations");

// The placeholders of a message (%1, %L2, %n), as a set.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?[0-9n]"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

} // namespace

// The GUI in German, Spanish and French: every message of each .ts file is translated and keeps
// its placeholders, the translations are built in, and installing one translates the window.
class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void builtIn() { QCOMPARE(Translations::available(), QStringList({"de", "es", "fr"})); }

    void complete_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << "de";
        QTest::newRow("Spanish") << "es";
        QTest::newRow("French") << "fr";
    }
    void complete()
    {
        QFETCH(QString, code);
        QFile file(QDir(kTranslations).filePath(QStringLiteral("athanor_%1.ts").arg(code)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString translation = xml.readElementText();
                if (unfinished || translation.isEmpty())
                    problems << QStringLiteral("unfinished: %1 \"%2\"").arg(context, source);
                else if (placeholders(translation) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: %1 \"%2\"").arg(context, source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 500);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void installingALanguageTranslatesTheGui()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("athanor::MainWindow", "&File"), QStringLiteral("&Datei"));
        // Back to English for the other tests.
        const QList<QTranslator*> installed = qApp->findChildren<QTranslator*>();
        for (QTranslator* t : installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(QCoreApplication::translate("athanor::MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(Translations::install(QStringLiteral("pt")), QString()); // none: English stays
        QCOMPARE(QCoreApplication::translate("athanor::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

ATHANOR_TEST(TranslationsTest)
#include "tst_translations.moc"
