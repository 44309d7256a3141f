#include "NewSpecs.h"
#include "SchemaTreeEditor.h"
#include "SchemaTreeModel.h"
#include "SpecDocument.h"
#include "SpecEditor.h"
#include "SpecFormPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace {

/// An Adobe flow spec's text in an editor, analysed, with the Form panel showing it.
struct FormOnEditor
{
    explicit FormOnEditor(const QByteArray& text)
        : editor(1, SpecKind::AdobeFlow)
    {
        editor.document()->setDelay(1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        editor.loadContent(text);
        panel.setEditor(&editor);
        panel.resize(700, 900);
        panel.show();
        ready = analysed.wait(5000);
        schemas = panel.schemas();
        view = schemas ? schemas->view() : nullptr;
        model = schemas ? schemas->model() : nullptr;
    }

    /// Waits until the tree shows the analysis of the editor's text as it is now.
    bool caughtUp() const
    {
        return QTest::qWaitFor(
            [this] {
                return !editor.document()->isAnalysisStale() && model->analysis() == editor.document()->analysis();
            },
            5000);
    }

    SpecEditor editor;
    SpecFormPanel panel;
    SchemaTreeEditor* schemas = nullptr;
    QTreeView* view = nullptr;
    SchemaTreeModel* model = nullptr;
    bool ready = false;
};

QByteArray sample()
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/../../resources/samples/adobe-rest-storage-flow-spec.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The row reached by the names in the Name column, from the top.
QModelIndex rowAt(const QAbstractItemModel* model, const QStringList& names, int column = SchemaTreeModel::NameColumn)
{
    QModelIndex parent;
    for (const QString& name : names) {
        QModelIndex found;
        for (int row = 0; row < model->rowCount(parent) && !found.isValid(); ++row) {
            const QModelIndex candidate = model->index(row, SchemaTreeModel::NameColumn, parent);
            if (candidate.data().toString() == name) {
                found = candidate;
            }
        }
        if (!found.isValid()) {
            return {};
        }
        parent = found;
    }
    return parent.siblingAtColumn(column);
}

QStringList namesOf(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        names << model->index(row, SchemaTreeModel::NameColumn, parent).data().toString();
    }
    return names;
}

/// Types `value` into the value editor F2 opens on the current row, and commits it with Return.
bool typeValue(QTreeView* view, const QString& value)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    if (!line || !view->isAncestorOf(line)) {
        return false;
    }
    line->selectAll();
    QTest::keyClicks(line, value);
    QTest::keyClick(line, Qt::Key_Return);
    return true;
}

} // namespace

/// The Form's tree of an Adobe flow spec's JSON Schemas: every change is one splice of the text,
/// compared byte for byte, and one undo step.
class TestSchemaTreeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!sample().isEmpty()); }

    void showsTheSchemaBearingPartsWithNameTypeAndValue()
    {
        FormOnEditor form(sample());
        QVERIFY(form.ready);
        QVERIFY(form.schemas);
        QAbstractItemModelTester tester(form.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The scalars and ID lists at the top are the form's fields; the objects are here.
        QCOMPARE(namesOf(form.model),
                 QStringList({QStringLiteral("optionSpec"),
                              QStringLiteral("transformationSpecs"),
                              QStringLiteral("scheduleSpec"),
                              QStringLiteral("attributes"),
                              QStringLiteral("permissionsInfo")}));
        QCOMPARE(form.model->headerData(SchemaTreeModel::TypeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Type"));
        const QStringList spec {QStringLiteral("optionSpec"), QStringLiteral("spec")};
        QCOMPARE(rowAt(form.model, spec, SchemaTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("object schema"));
        const QStringList flag
            = spec + QStringList {QStringLiteral("properties"), QStringLiteral("errorDiagnosticsEnabled")};
        QCOMPARE(rowAt(form.model, flag, SchemaTreeModel::TypeColumn).data().toString(),
                 QStringLiteral("boolean schema"));
        const QModelIndex byDefault = rowAt(form.model, flag + QStringList {QStringLiteral("default")});
        QCOMPARE(byDefault.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString(), QStringLiteral("boolean"));
        QCOMPARE(byDefault.siblingAtColumn(SchemaTreeModel::ValueColumn).data().toString(), QStringLiteral("false"));
        QVERIFY(byDefault.siblingAtColumn(SchemaTreeModel::ValueColumn).flags() & Qt::ItemIsEditable);
        QVERIFY(!(byDefault.flags() & Qt::ItemIsEditable)); // names cannot be changed here
        const QModelIndex required
            = rowAt(form.model,
                    {QStringLiteral("scheduleSpec"), QStringLiteral("spec"), QStringLiteral("required")},
                    SchemaTreeModel::ValueColumn);
        QCOMPARE(required.data().toString(), QStringLiteral("[startTime, frequency]"));
        QCOMPARE(rowAt(form.model, {QStringLiteral("transformationSpecs"), QStringLiteral("[0]")}).isValid(), true);
        // The spec objects and their schemas are open; the schemas' contents are not yet.
        QVERIFY(form.view->isExpanded(rowAt(form.model, spec)));
        QVERIFY(!form.view->isExpanded(rowAt(form.model, spec + QStringList {QStringLiteral("properties")})));
        // Reachable by Tab, and named for a screen reader.
        QCOMPARE(form.view->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        QCOMPARE(form.view->accessibleName(), QStringLiteral("Schemas"));
        QVERIFY(!form.view->accessibleDescription().isEmpty());
    }

    // A schema's `properties` may name a property "type" (or "items"): that map is not a schema,
    // and "type" is the JSON Schema keyword only as a string or a list of strings.
    void propertiesNamedLikeKeywordsAreNotSchemas()
    {
        const QByteArray text("{\n  \"optionSpec\": {\"spec\": {\n    \"type\": \"object\",\n    \"properties\": {\n"
                              "      \"type\": {\"type\": \"string\", \"enum\": [\"schema\", \"data\"]},\n"
                              "      \"items\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}},\n"
                              "      \"note\": {\"type\": [\"string\", \"null\"]},\n"
                              "      \"any\": true\n    }\n  }},\n"
                              "  \"attributes\": {\"type\": {\"kind\": \"schema\"}, \"flag\": {\"type\": true}}\n}\n");
        auto analysis
            = std::make_shared<SpecAnalysis>(SpecAnalysis::analyse(text, SpecFormat::Json, SpecKind::AdobeFlow));
        QVERIFY(!analysis->tree.isEmpty());
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(analysis);
        const auto typeAt = [&model](const QStringList& names) {
            return rowAt(&model, names, SchemaTreeModel::TypeColumn).data().toString();
        };
        const QStringList spec {QStringLiteral("optionSpec"), QStringLiteral("spec")};
        const QStringList properties = spec + QStringList {QStringLiteral("properties")};
        QCOMPARE(typeAt(spec), QStringLiteral("object schema"));
        QCOMPARE(typeAt(properties), QStringLiteral("object"));
        QCOMPARE(typeAt(properties + QStringList {QStringLiteral("type")}), QStringLiteral("string schema"));
        QCOMPARE(typeAt(properties + QStringList {QStringLiteral("items")}), QStringLiteral("array schema"));
        QCOMPARE(typeAt(properties + QStringList {QStringLiteral("items"), QStringLiteral("items")}),
                 QStringLiteral("integer schema"));
        QCOMPARE(typeAt(properties + QStringList {QStringLiteral("note")}), QStringLiteral("string | null schema"));
        QCOMPARE(typeAt(properties + QStringList {QStringLiteral("any")}), QStringLiteral("boolean"));
        // Outside a schema too: a `type` that is an object or a boolean is no keyword.
        QCOMPARE(typeAt({QStringLiteral("attributes")}), QStringLiteral("object"));
        QCOMPARE(typeAt({QStringLiteral("attributes"), QStringLiteral("flag")}), QStringLiteral("object"));
        QVERIFY(!SchemaTreeModel::isSchema(analysis->tree, analysis->tree.find(QStringLiteral("attributes"))));
        QVERIFY(SchemaTreeModel::isSchema(analysis->tree, analysis->tree.find(QStringLiteral("optionSpec.spec"))));
    }

    // A boolean stays a bare literal: one splice, one undo step.
    void booleanValueIsEditedInPlace()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        const QModelIndex byDefault = rowAt(form.model,
                                            {QStringLiteral("optionSpec"),
                                             QStringLiteral("spec"),
                                             QStringLiteral("properties"),
                                             QStringLiteral("errorDiagnosticsEnabled"),
                                             QStringLiteral("default")});
        QVERIFY(byDefault.isValid());
        form.view->setCurrentIndex(byDefault); // the Name column: F2 still edits the value
        QVERIFY(typeValue(form.view, QStringLiteral("true")));
        QByteArray expected = original;
        expected.replace("\"default\": false", "\"default\": true");
        // The item view commits a value on the next turn of the event loop.
        QTRY_COMPARE(form.editor.content(), expected);
        QVERIFY(form.caughtUp());
        QCOMPARE(form.view->currentIndex().siblingAtColumn(SchemaTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("true"));

        form.editor.undo();
        QCOMPARE(form.editor.content(), original);
        QVERIFY(form.caughtUp());
        QCOMPARE(form.view->currentIndex().siblingAtColumn(SchemaTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("false"));
    }

    // Deep in scheduleSpec's if/then/else: reached by keyboard, edited, the number kept bare, and
    // the rows opened on the way stay open after the analysis.
    void deepNestedSchemaValueIsReachedAndEdited()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        QTreeView* view = form.view;
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(rowAt(form.model, {QStringLiteral("scheduleSpec"), QStringLiteral("spec")}));
        // Down through the schema's keys to "else", then open it and its "then" with the keyboard.
        const QModelIndex elseRow
            = rowAt(form.model, {QStringLiteral("scheduleSpec"), QStringLiteral("spec"), QStringLiteral("else")});
        for (int i = 0; i < 40 && view->currentIndex().siblingAtColumn(0) != elseRow; ++i) {
            QTest::keyClick(view, Qt::Key_Down);
        }
        QCOMPARE(view->currentIndex().siblingAtColumn(0), elseRow);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->isExpanded(elseRow));
        const QStringList thenPath {QStringLiteral("scheduleSpec"),
                                    QStringLiteral("spec"),
                                    QStringLiteral("else"),
                                    QStringLiteral("then"),
                                    QStringLiteral("properties"),
                                    QStringLiteral("interval"),
                                    QStringLiteral("minimum")};
        for (int depth = 4; depth < thenPath.size(); ++depth) {
            view->expand(rowAt(form.model, thenPath.mid(0, depth)));
        }
        const QModelIndex minimum = rowAt(form.model, thenPath);
        QVERIFY(minimum.isValid());
        QCOMPARE(minimum.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString(), QStringLiteral("number"));
        view->setCurrentIndex(minimum);
        QVERIFY(typeValue(view, QStringLiteral("20")));
        QByteArray expected = original;
        expected.replace("\"minimum\": 15", "\"minimum\": 20");
        QTRY_COMPARE(form.editor.content(), expected);

        QVERIFY(form.caughtUp());
        const QModelIndex after = rowAt(form.model, thenPath);
        QCOMPARE(after.siblingAtColumn(SchemaTreeModel::ValueColumn).data().toString(), QStringLiteral("20"));
        QCOMPARE(view->currentIndex().siblingAtColumn(0), after);
        QVERIFY(view->isExpanded(rowAt(form.model, thenPath.mid(0, 6))));
        QVERIFY(view->isExpanded(rowAt(form.model, thenPath.mid(0, 3))));

        form.editor.undo();
        QCOMPARE(form.editor.content(), original);
    }

    // A string stays a string, quoted and escaped, even when it reads as a number.
    void stringValueStaysAString()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        form.view->setCurrentIndex(rowAt(form.model,
                                         {QStringLiteral("transformationSpecs"),
                                          QStringLiteral("[0]"),
                                          QStringLiteral("spec"),
                                          QStringLiteral("description")},
                                         SchemaTreeModel::ValueColumn));
        QVERIFY(typeValue(form.view, QStringLiteral("42 \"mappings\"")));
        QByteArray expected = original;
        expected.replace("\"defines various params required for different mapping from source to target\"",
                         "\"42 \\\"mappings\\\"\"");
        QTRY_COMPARE(form.editor.content(), expected);
        form.editor.undo();
        QCOMPARE(form.editor.content(), original);
    }

    // A property is added to the schema the row is in, as {"type": "string"}, in the text's own
    // layout; Delete removes one. Both are one undo step.
    void propertiesAreAddedAndRemoved()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        QAbstractItemModelTester tester(form.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList properties {QStringLiteral("transformationSpecs"),
                                      QStringLiteral("[0]"),
                                      QStringLiteral("spec"),
                                      QStringLiteral("properties")};
        form.view->setCurrentIndex(rowAt(form.model, properties + QStringList {QStringLiteral("mappingId")}));
        QVERIFY(form.schemas->addProperty(QStringLiteral("mappingMode")));
        QByteArray expected = original;
        expected.replace("                    \"mappingVersion\": {\n"
                         "                        \"type\": \"string\"\n"
                         "                    }\n",
                         "                    \"mappingVersion\": {\n"
                         "                        \"type\": \"string\"\n"
                         "                    },\n"
                         "                    \"mappingMode\": {\"type\": \"string\"}\n");
        QVERIFY(expected != original);
        QCOMPARE(form.editor.content(), expected);
        QVERIFY(form.caughtUp());
        const QModelIndex added = rowAt(form.model, properties + QStringList {QStringLiteral("mappingMode")});
        QCOMPARE(added.siblingAtColumn(SchemaTreeModel::TypeColumn).data().toString(), QStringLiteral("string schema"));
        QCOMPARE(form.view->currentIndex().siblingAtColumn(0), added);
        // A name the schema has already is refused, and the text stays as it is.
        QVERIFY(!form.schemas->addProperty(QStringLiteral("mappingId")));
        QCOMPARE(form.editor.content(), expected);
        QVERIFY(form.panel.note().contains(QStringLiteral("mappingId")));
        form.editor.undo();
        QCOMPARE(form.editor.content(), original);

        // Delete on a property: gone with its separator, the row after it current.
        QVERIFY(form.caughtUp());
        const QStringList optionProperties {
            QStringLiteral("optionSpec"), QStringLiteral("spec"), QStringLiteral("properties")};
        form.view->setCurrentIndex(
            rowAt(form.model, optionProperties + QStringList {QStringLiteral("errorDiagnosticsEnabled")}));
        form.view->setFocus();
        QTest::keyClick(form.view, Qt::Key_Delete);
        const QByteArray removed
            = QByteArray(original).replace("                \"errorDiagnosticsEnabled\": {\n"
                                           "                    \"title\": \"Error diagnostics.\",\n"
                                           "                    \"description\": \"Flag to enable detailed and sample "
                                           "error diagnostics summary.\",\n"
                                           "                    \"type\": \"boolean\",\n"
                                           "                    \"default\": false\n"
                                           "                },\n",
                                           "");
        QVERIFY(removed != original);
        QCOMPARE(form.editor.content(), removed);
        QVERIFY(form.caughtUp());
        QCOMPARE(namesOf(form.model, rowAt(form.model, optionProperties)),
                 QStringList {QStringLiteral("partialIngestionPercent")});
        QCOMPARE(form.view->currentIndex().siblingAtColumn(0).data().toString(),
                 QStringLiteral("partialIngestionPercent"));
        form.editor.undo();
        QCOMPARE(form.editor.content(), original);
    }

    // Insert asks for the name; a schema of type object without properties gets them.
    void insertAsksForTheNameAndCreatesProperties()
    {
        const QByteArray original(
            "{\n    \"name\": \"Flow\",\n    \"optionSpec\": {\n        \"name\": \"OptionSpec\",\n"
            "        \"spec\": {\n            \"type\": \"object\"\n        }\n    }\n}\n");
        FormOnEditor form(original);
        QVERIFY(form.ready);
        QVERIFY(form.schemas);
        form.view->setCurrentIndex(
            rowAt(form.model, {QStringLiteral("optionSpec"), QStringLiteral("spec"), QStringLiteral("type")}));
        form.view->setFocus();
        bool answered = false;
        QTimer::singleShot(0, this, [&answered] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (dialog) {
                dialog->setTextValue(QStringLiteral("region"));
                dialog->accept();
                answered = true;
            }
        });
        QTest::keyClick(form.view, Qt::Key_Insert);
        QVERIFY(answered);
        QCOMPARE(form.editor.content(),
                 QByteArray("{\n    \"name\": \"Flow\",\n    \"optionSpec\": {\n        \"name\": \"OptionSpec\",\n"
                            "        \"spec\": {\n            \"type\": \"object\",\n"
                            "            \"properties\": {\"region\": {\"type\": \"string\"}}\n        }\n    }\n}\n"));
        QVERIFY(form.caughtUp());
        QCOMPARE(form.view->currentIndex().siblingAtColumn(0),
                 rowAt(form.model,
                       {QStringLiteral("optionSpec"),
                        QStringLiteral("spec"),
                        QStringLiteral("properties"),
                        QStringLiteral("region")}));
        form.editor.undo();
        QCOMPARE(form.editor.content(), original);
    }

    // A new spec's schema has an empty `properties` object: the first property goes inside it.
    void firstPropertyGoesIntoTheNewSpecsEmptyProperties()
    {
        const QByteArray original = NewSpecs::templateText(SpecKind::AdobeFlow);
        FormOnEditor form(original);
        QVERIFY(form.ready);
        // An empty list at the top is shown too (there is nothing to browse in it yet); the ID lists are fields.
        QCOMPARE(namesOf(form.model),
                 QStringList({QStringLiteral("transformationSpecs"), QStringLiteral("optionSpec")}));
        form.view->setCurrentIndex(
            rowAt(form.model, {QStringLiteral("optionSpec"), QStringLiteral("spec"), QStringLiteral("properties")}));
        QVERIFY(form.schemas->addProperty(QStringLiteral("region")));
        QByteArray expected = original;
        expected.replace("\"properties\": {}", "\"properties\": {\"region\": {\"type\": \"string\"}}");
        QVERIFY(expected != original);
        QCOMPARE(form.editor.content(), expected);
        form.editor.undo();
        QCOMPARE(form.editor.content(), original);
    }

    // Typed into the editor and not analysed yet: the edit finds its value in the new text.
    void valueEditFollowsTextTypedSinceTheAnalysis()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        const QModelIndex interval = rowAt(form.model,
                                           {QStringLiteral("scheduleSpec"),
                                            QStringLiteral("spec"),
                                            QStringLiteral("properties"),
                                            QStringLiteral("interval"),
                                            QStringLiteral("type")},
                                           SchemaTreeModel::ValueColumn);
        QVERIFY(interval.isValid());
        const qint64 at = original.indexOf("RestStorageToAEP");
        form.editor.applySplices({TextSplice {at, at, "My"}});
        QVERIFY(form.editor.document()->isAnalysisStale());
        QVERIFY(form.model->setData(interval, QStringLiteral("number")));
        QByteArray expected = QByteArray(original).insert(at, "My");
        const qint64 type = expected.indexOf("\"type\": \"integer\"", expected.indexOf("\"interval\": {"));
        expected.replace(type, qstrlen("\"type\": \"integer\""), "\"type\": \"number\"");
        QCOMPARE(form.editor.content(), expected);
        QCOMPARE(interval.data().toString(), QStringLiteral("number")); // shown until the analysis comes
    }

    // Typed into the editor meanwhile, the tree follows the new text with the same rows open.
    void typingElsewhereKeepsTheTreeAsItWas()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        const QStringList interval {QStringLiteral("scheduleSpec"),
                                    QStringLiteral("spec"),
                                    QStringLiteral("properties"),
                                    QStringLiteral("interval")};
        form.view->expand(rowAt(form.model, interval.mid(0, 3)));
        form.view->expand(rowAt(form.model, interval));
        form.view->collapse(rowAt(form.model, {QStringLiteral("optionSpec")}));
        form.view->setCurrentIndex(rowAt(form.model, interval, SchemaTreeModel::ValueColumn));
        const qint64 at = original.indexOf("RestStorageToAEP");
        form.editor.applySplices({TextSplice {at, at, "My"}});
        QVERIFY(form.caughtUp());
        QVERIFY(form.view->isExpanded(rowAt(form.model, interval)));
        QVERIFY(!form.view->isExpanded(rowAt(form.model, {QStringLiteral("optionSpec")})));
        QCOMPARE(form.view->currentIndex(), rowAt(form.model, interval, SchemaTreeModel::ValueColumn));
    }

    // A read-only spec is browsed, not changed.
    void readOnlySpecIsNotEdited()
    {
        const QByteArray original = sample();
        FormOnEditor form(original);
        QVERIFY(form.ready);
        form.editor.setReadOnly(true);
        form.panel.setEditor(&form.editor);
        const QModelIndex minimum = rowAt(form.model,
                                          {QStringLiteral("optionSpec"),
                                           QStringLiteral("spec"),
                                           QStringLiteral("properties"),
                                           QStringLiteral("partialIngestionPercent"),
                                           QStringLiteral("exclusiveMinimum")},
                                          SchemaTreeModel::ValueColumn);
        QVERIFY(minimum.isValid());
        QVERIFY(!(minimum.flags() & Qt::ItemIsEditable));
        form.view->setCurrentIndex(minimum);
        QVERIFY(!typeValue(form.view, QStringLiteral("5")));
        QTest::keyClick(form.view, Qt::Key_Delete);
        QVERIFY(!form.schemas->addProperty(QStringLiteral("x")));
        QCOMPARE(form.editor.content(), original);
        QVERIFY(!form.schemas->findChild<QPushButton*>(QStringLiteral("formSchemaRemove"))->isEnabled());
    }

    void otherKindsHaveNoSchemaTree()
    {
        SpecEditor editor(1, SpecKind::DataFramer);
        editor.document()->setDelay(1);
        QSignalSpy analysed(editor.document(), &SpecDocument::analysed);
        editor.loadContent("spec:\n  description: Chats\n  data_property_variations: []\n");
        SpecFormPanel panel;
        panel.setEditor(&editor);
        QVERIFY(analysed.wait(5000));
        QVERIFY(!panel.schemas());
        QVERIFY(panel.properties());
    }
};

QTEST_MAIN(TestSchemaTreeEditor)
#include "TestSchemaTreeEditor.moc"
