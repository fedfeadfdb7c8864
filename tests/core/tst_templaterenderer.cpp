#include "TestRegistry.h"
#include "core/catalog/TemplateRenderer.h"

#include <QTest>

using namespace athanor;

namespace {

TemplateVariable var(const QString& name, TemplateVariable::Type type, bool required = true, const QString& def = {},
                     const QStringList& choices = {})
{
    TemplateVariable v;
    v.name = name;
    v.type = type;
    v.required = required;
    v.hasDefault = !def.isNull();
    v.defaultValue = def;
    v.choices = choices;
    return v;
}

} // namespace

using Values = QMap<QString, QString>;
Q_DECLARE_METATYPE(Values)

class TemplateRendererTest : public QObject
{
    Q_OBJECT
private slots:
    void placeholders()
    {
        QCOMPARE(TemplateRenderer::placeholders("{{a}} and {{ b }} then {{a}} {{ not valid-}} {x}"),
                 (QStringList{"a", "b"}));
    }

    void render_data()
    {
        using T = TemplateVariable::Type;
        QTest::addColumn<QString>("text");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("errorVariable"); // empty when rendering succeeds

        const QList<TemplateVariable> vars{var("task", T::Text),
                                           var("steps", T::Integer, false, "3"),
                                           var("tone", T::Enum, false, "neutral", {"formal", "neutral"}),
                                           var("points", T::List, false),
                                           var("strict", T::Boolean, false, "no"),
                                           var("temp", T::Number, false, "0.7"),
                                           var("title", T::String, false)};
        Q_UNUSED(vars)
        const QString text = "{{task}}|{{steps}}|{{tone}}|{{points}}|{{strict}}|{{temp}}|{{title}}";
        QTest::newRow("defaults") << text << Values{{"task", "Do it"}} << "Do it|3|neutral||no|0.7|" << "";
        QTest::newRow("all given") << text
                                   << Values{{"task", "T"}, {"steps", " 5 "}, {"tone", "formal"}, {"points", "a, b,,c"},
                                             {"strict", "TRUE"}, {"temp", "1.5"}, {"title", "One line"}}
                                   << "T|5|formal|- a\n- b\n- c|yes|1.5|One line" << "";
        QTest::newRow("missing required") << text << Values{} << "" << "task";
        QTest::newRow("blank required") << text << Values{{"task", "   "}} << "" << "task";
        QTest::newRow("integer wrong type") << text << Values{{"task", "x"}, {"steps", "many"}} << "" << "steps";
        QTest::newRow("number wrong type") << text << Values{{"task", "x"}, {"temp", "warm"}} << "" << "temp";
        QTest::newRow("enum outside choices") << text << Values{{"task", "x"}, {"tone", "angry"}} << "" << "tone";
        QTest::newRow("boolean wrong") << text << Values{{"task", "x"}, {"strict", "maybe"}} << "" << "strict";
        QTest::newRow("string with newline") << text << Values{{"task", "x"}, {"title", "a\nb"}} << "" << "title";
        QTest::newRow("unknown variable") << text << Values{{"task", "x"}, {"colour", "red"}} << "" << "colour";
        QTest::newRow("undeclared placeholder") << "{{task}} {{ghost}}" << Values{{"task", "x"}} << "" << "ghost";
        QTest::newRow("braces in value kept") << "{{task}}" << Values{{"task", "use {{x}} literally"}}
                                              << "use {{x}} literally" << "";
    }
    void render()
    {
        using T = TemplateVariable::Type;
        QFETCH(QString, text);
        QFETCH(Values, values);
        QFETCH(QString, expected);
        QFETCH(QString, errorVariable);
        const QList<TemplateVariable> vars{var("task", T::Text),
                                           var("steps", T::Integer, false, "3"),
                                           var("tone", T::Enum, false, "neutral", {"formal", "neutral"}),
                                           var("points", T::List, false),
                                           var("strict", T::Boolean, false, "no"),
                                           var("temp", T::Number, false, "0.7"),
                                           var("title", T::String, false)};
        auto result = TemplateRenderer::render(text, vars, values);
        if (errorVariable.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
            QCOMPARE(*result, expected);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().where, QStringLiteral("variable ") + errorVariable);
            QVERIFY(result.error().what.contains(errorVariable));
            QCOMPARE(result.error().exitCode(), 2);
        }
    }
};

ATHANOR_TEST(TemplateRendererTest)
#include "tst_templaterenderer.moc"
