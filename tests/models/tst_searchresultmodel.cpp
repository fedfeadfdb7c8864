#include "TestRegistry.h"
#include "core/Prompt.h"
#include "core/search/FtsQuery.h"
#include "models/SearchResultModel.h"
#include "storage/EmbeddingRepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>

using namespace athanor;

class SearchResultModelTest : public QObject
{
    Q_OBJECT
private slots:
    void showsFullTextHits()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString snippet = QStringLiteral("a <b> tag and ") + QChar(kSnippetOpen) + QStringLiteral("recursion")
                                + QChar(kSnippetClose) + QStringLiteral(" here");
        model.setFullTextHits({{"id-1", 3.25, snippet, "full one"}, {"id-2", 1.5, "plain", "full two"}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.kind(), SearchResultModel::Kind::FullText);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a <b> tag and recursion here"));
        QCOMPARE(model.index(0, 0).data(SearchResultModel::SnippetHtmlRole).toString(),
                 QStringLiteral("a &lt;b&gt; tag and <b>recursion</b> here"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("3.25"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Relevance"));
        QCOMPARE(model.idAt(1), QStringLiteral("id-2"));
        QCOMPARE(model.idAt(2), QString());
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(0, 1), model.index(1, 0)}));
        QCOMPARE(mime->text(), QStringLiteral("full one\n\nfull two"));
    }

    void showsSimilarPromptsAndDropsDeletedOnes()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSimilarPrompts({{"a", 1, 0.9876f, "first"}, {"b", 2, 0.5f, "second"}, {"c", 3, 0.25f, "third"}});
        QCOMPARE(model.kind(), SearchResultModel::Kind::Semantic);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Similarity"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("0.988"));
        model.removeIds({"a", "c", "unknown"});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), QStringLiteral("b"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

ATHANOR_TEST(SearchResultModelTest)
#include "tst_searchresultmodel.moc"
