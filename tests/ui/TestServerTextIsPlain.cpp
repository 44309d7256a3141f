#include "ConnectionsDialog.h"
#include "CredentialsDialog.h"
#include "DistributionBar.h"
#include "DistributionPanel.h"
#include "EditorTabs.h"
#include "HistoryPanel.h"
#include "HistoryTimelineModel.h"
#include "MainWindow.h"
#include "RemoteTreeController.h"
#include "SandboxConnections.h"
#include "SandboxWorkspaceFixture.h"
#include "SemanticSummaryView.h"
#include "SpecEditor.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncController.h"
#include "TreeRows.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

/// What a careless or hostile server might put in a name or an error message. Shown as rich text
/// it would be bold, load an image and offer a link to a local file; its ampersands must stay
/// ampersands (no entity decoded, no mnemonic made of them).
const QString kPayload = QStringLiteral("<b>bold</b><img src=\"x\" onerror=\"alert(1)\"><script>alert('x')</script>"
                                        "<a href=\"file:///etc/passwd\">link</a> Q&amp;A & more");
/// In the text whether it is raw or escaped, so every place that holds the payload is found.
const QString kMarker = QStringLiteral("alert(1)");
/// The same for a connection's name, which cannot hold a '/'.
const QString kConnectionName = QStringLiteral("<b>Ours <img src=\"x\" onerror=\"alert(2)\"><a href=\"file:x\">link");
const QString kConnectionMarker = QStringLiteral("alert(2)");
const QString kConnection = QStringLiteral("Sandbox DataFramer");
/// A spec id is the server's text too; it shows in tooltips.
const QString kSpecId = QStringLiteral("<img src=\"x\" onerror=\"alert(3)\">");
const QString kSpecIdMarker = QStringLiteral("alert(3)");

/// The payload as a single-quoted YAML scalar.
QByteArray yamlQuoted(const QString& text)
{
    return '\'' + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")).toUtf8() + '\'';
}

/// A DataFramer spec whose first property and one of its values are named by the payload, and
/// whose second property has a share for the payload it does not list (so a problem quotes it).
QByteArray specYaml()
{
    const QByteArray p = yamlQuoted(kPayload);
    return "spec:\n"
           "  description: \"Names from the server\"\n"
           "  data_property_variations:\n"
           "    - property_name: "
           + p
           + "\n"
             "      property_values: ["
           + p
           + ", plain]\n"
             "      base_distributions:\n"
             "        "
           + p
           + ": 60\n"
             "        plain: 40\n"
             "    - property_name: channel\n"
             "      property_values: [email, chat]\n"
             "      base_distributions:\n"
             "        email: 50\n"
             "        chat: 30\n"
             "        "
           + p + ": 20\n";
}

/// What a label, a tooltip or a message box shows for `text` in `format`: rich text as Qt renders
/// it, plain text as it is.
QString shownText(const QString& text, Qt::TextFormat format)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text))) {
        return text;
    }
    QTextDocument document;
    if (format == Qt::MarkdownText) {
        document.setMarkdown(text);
    } else {
        document.setHtml(text);
    }
    return document.toPlainText();
}

/// Whether `shown` holds `payload` character for character, or its start where the text is elided
/// ("…"), as the outline's previews are.
bool showsPayload(const QString& shown, const QString& payload)
{
    if (shown.contains(payload)) {
        return true;
    }
    const qsizetype ellipsis = shown.indexOf(QChar(0x2026));
    const qsizetype start = ellipsis < 0 ? -1 : shown.left(ellipsis).indexOf(payload.left(12));
    return start >= 0 && payload.startsWith(shown.mid(start, ellipsis - start));
}

/// A button's or a tab's text as shown: "&&" is an ampersand, a single '&' marks a mnemonic.
QString withoutMnemonics(const QString& text)
{
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
        }
        shown += text.at(i);
    }
    return shown;
}

QString nameOf(const QObject* object)
{
    for (const QObject* o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_"))) {
            return o == object ? o->objectName()
                               : QStringLiteral("%1 in %2")
                                     .arg(QString::fromLatin1(object->metaObject()->className()), o->objectName());
        }
    }
    return QString::fromLatin1(object->metaObject()->className());
}

/// Finds every text on screen that holds the payload and checks that it reads exactly as the
/// payload: in plain text, or escaped in rich text. Records what it checked and what failed.
class ShownTextCheck
{
public:
    QStringList checked;
    QStringList failures;

    void check(const QString& where, const QString& text, Qt::TextFormat format)
    {
        for (const auto& [marker, payload] :
             {std::pair {kMarker, kPayload}, {kConnectionMarker, kConnectionName}, {kSpecIdMarker, kSpecId}}) {
            if (!text.contains(marker)) {
                continue;
            }
            checked << where;
            const QString shown = shownText(text, format);
            if (!showsPayload(shown, payload)) {
                failures << QStringLiteral("%1 shows “%2” for “%3”").arg(where, shown, text);
            }
        }
    }

    /// What QToolTip shows after `event` reached `receiver` (a help event at a point).
    void toolTipAt(const QString& where, QWidget* receiver, const QPoint& pos)
    {
        QToolTip::hideText();
        QHelpEvent event(QEvent::ToolTip, pos, receiver->mapToGlobal(pos));
        QApplication::sendEvent(receiver, &event);
        check(where + QStringLiteral(" tooltip"), QToolTip::text(), Qt::AutoText);
        QToolTip::hideText();
    }

    /// Every text `root` and its children show: labels, buttons, tooltips, tabs, rich text
    /// editors, item views (their tooltips through the delegate, as hovering shows them) and
    /// the distribution bars' segment tooltips.
    void widgetTree(QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : std::as_const(widgets)) {
            const QString where = nameOf(widget);
            if (widget->isWindow()) {
                check(where + QStringLiteral(" window title"), widget->windowTitle(), Qt::PlainText);
            }
            check(where + QStringLiteral(" tooltip"), widget->toolTip(), Qt::AutoText);
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                check(where, label->text(), label->textFormat());
                if ((label->text().contains(kMarker) || label->text().contains(kConnectionMarker))
                    && label->openExternalLinks() && label->textFormat() != Qt::PlainText) {
                    failures << QStringLiteral("%1 opens links in the server's text").arg(where);
                }
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                check(where, withoutMnemonics(button->text()), Qt::PlainText);
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    check(where + QStringLiteral(" tab"), withoutMnemonics(tabs->tabText(i)), Qt::PlainText);
                    check(where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i), Qt::AutoText);
                }
            } else if (auto* edit = qobject_cast<QTextEdit*>(widget)) {
                // Markup taken as HTML leaves "bold" and "link" in the text, but not the payload.
                const QString plain = edit->toPlainText();
                if (plain.contains(kMarker)
                    || (plain.contains(QLatin1String("bold")) && plain.contains(QLatin1String("link")))) {
                    checked << where;
                    if (!plain.contains(kPayload)) {
                        failures << QStringLiteral("%1 shows “%2”").arg(where, plain);
                    }
                }
            } else if (auto* plainEdit = qobject_cast<QPlainTextEdit*>(widget)) {
                check(where, plainEdit->toPlainText(), Qt::PlainText);
            } else if (auto* view = qobject_cast<QAbstractItemView*>(widget);
                       view && !qobject_cast<QHeaderView*>(widget)) {
                itemView(where, view, QModelIndex());
            } else if (auto* bar = qobject_cast<DistributionBar*>(widget)) {
                for (int x = 1; x < bar->width(); x += 4) {
                    toolTipAt(where + QStringLiteral(" segment"), bar, QPoint(x, bar->height() / 2));
                }
            } else if (auto* statusBar = qobject_cast<QStatusBar*>(widget)) {
                check(where + QStringLiteral(" message"), statusBar->currentMessage(), Qt::PlainText);
            }
        }
    }

private:
    void itemView(const QString& where, QAbstractItemView* view, const QModelIndex& parent)
    {
        const QAbstractItemModel* model = view->model();
        if (!model) {
            return;
        }
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                // Item delegates paint the display text as it is.
                check(where + QStringLiteral(" row"), index.data(Qt::DisplayRole).toString(), Qt::PlainText);
                const QString tip = index.data(Qt::ToolTipRole).toString();
                if (tip.contains(kMarker) || tip.contains(kConnectionMarker) || tip.contains(kSpecIdMarker)) {
                    hoverItem(where, view, index);
                }
            }
            itemView(where, view, model->index(row, 0, parent));
        }
    }

    /// The tooltip the view shows for `index`: a help event on the row when it is on screen, else
    /// the delegate's answer to one, which is what the view would ask for.
    void hoverItem(const QString& where, QAbstractItemView* view, const QModelIndex& index)
    {
        const QRect rect = view->visualRect(index);
        if (view->isVisible() && rect.isValid() && view->viewport()->rect().contains(rect.center())) {
            toolTipAt(where + QStringLiteral(" row"), view->viewport(), rect.center());
            return;
        }
        QAbstractItemDelegate* delegate = view->itemDelegateForIndex(index);
        if (!delegate) {
            failures << QStringLiteral("%1 has no delegate to show a tooltip").arg(where);
            return;
        }
        QToolTip::hideText();
        QStyleOptionViewItem option;
        option.rect = rect;
        QHelpEvent event(QEvent::ToolTip, rect.center(), view->viewport()->mapToGlobal(rect.center()));
        delegate->helpEvent(&event, view, option, index);
        check(where + QStringLiteral(" row tooltip"), QToolTip::text(), Qt::AutoText);
        QToolTip::hideText();
    }
};

} // namespace

/// Text from outside the app (a spec's name and values from its server or file, a server's error
/// message) is always shown as plain text: a name or a 400 message holding HTML and script shows
/// its characters, in the tree, the tabs, the banners, the status bar, the panels, the dialogs
/// and every tooltip, and is never rendered, never loads an image and never offers a link.
class TestServerTextIsPlain : public QObject, private SandboxWorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void specNamedInHtmlShowsItsCharacters();
    void serverErrorsInHtmlShowTheirCharacters();
    void connectionTestFailureInHtmlShowsItsCharacters();

private:
    void showWindow();
    QModelIndex specIndex(const QString& title) const;
    QModelIndex collectionIndex() const { return view()->model()->index(0, 0); }
    SpecEditor* openPayloadSpec();
    /// A fault answering the next matching request with the payload as the API's error message.
    void reject(int status, const QByteArray& method, const QString& pathContains = {});
    /// Checks everything `root` shows; fails the test with every place that renders the payload.
    /// `check` may hold what was checked before, such as a tooltip only hovering shows.
    void verifyShownAsPlainText(QWidget* root, const QStringList& mustCheck, ShownTextCheck check = {});
    EditorTabs* tabs() const { return m_window->editorTabs(); }
    SyncController* sync() const { return m_window->syncController(); }
    QTreeView* view() const { return m_window->specTreePanel()->view(); }
    QString syncState() const { return specIndex(kPayload).data(SpecTreeModel::SyncStateRole).toString(); }

    std::unique_ptr<MainWindow> m_window;
};

void TestServerTextIsPlain::init()
{
    QString error;
    QVERIFY2(openWorkspace(&error), qPrintable(error));
    // One attempt per request: a refusal is final at once.
    m_context->transport().setRetryPolicy({1, 10, 10, 10000, 0});
    QVERIFY(m_server->addDataFramerSpec(kSpecId, kPayload, specYaml()));
}

void TestServerTextIsPlain::cleanup()
{
    QToolTip::hideText();
    m_window.reset();
    closeWorkspace();
}

void TestServerTextIsPlain::showWindow()
{
    SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, kConnection);
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get(), m_context.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    view()->expand(collectionIndex());
    QTRY_VERIFY(specIndex(kPayload).isValid());
}

QModelIndex TestServerTextIsPlain::specIndex(const QString& title) const
{
    return TreeRows::childNamed(view()->model(), collectionIndex(), title);
}

SpecEditor* TestServerTextIsPlain::openPayloadSpec()
{
    const qint64 specId = specIndex(kPayload).data(SpecTreeModel::SpecIdRole).toLongLong();
    Q_EMIT view()->activated(specIndex(kPayload));
    if (!QTest::qWaitFor([&] { return tabs()->currentEditor() && tabs()->currentEditor()->specId() == specId; })) {
        return nullptr;
    }
    return tabs()->currentEditor();
}

void TestServerTextIsPlain::reject(int status, const QByteArray& method, const QString& pathContains)
{
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Reject;
    fault.status = status;
    fault.message = kPayload;
    fault.method = method;
    fault.pathContains = pathContains;
    m_server->addFault(fault);
}

void TestServerTextIsPlain::verifyShownAsPlainText(QWidget* root, const QStringList& mustCheck, ShownTextCheck check)
{
    check.widgetTree(root);
    // QTest cuts long messages short: each failure gets a line of its own.
    check.failures.removeDuplicates();
    for (const QString& failure : std::as_const(check.failures)) {
        qWarning().noquote() << failure;
    }
    QVERIFY2(
        check.failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 places render the server's text (see the warnings above)").arg(check.failures.size())));
    // The payload really was on screen in each of these places, so none was passed by default.
    for (const QString& place : mustCheck) {
        QVERIFY2(!check.checked.filter(place).isEmpty(),
                 qPrintable(QStringLiteral("nothing checked in %1; checked: %2")
                                .arg(place, check.checked.join(QStringLiteral(", ")))));
    }
}

void TestServerTextIsPlain::specNamedInHtmlShowsItsCharacters()
{
    showWindow();
    QCOMPARE(specIndex(kPayload).data().toString(), kPayload);
    SpecEditor* editor = openPayloadSpec();
    QVERIFY(editor);
    QCOMPARE(m_window->windowTitle(), kPayload);
    QCOMPARE(withoutMnemonics(tabs()->tabText(tabs()->currentIndex())), kPayload);

    // The editor's hover text quotes the problem with the payload.
    const auto quoting = [editor] {
        const Diagnostics& diagnostics = editor->diagnostics();
        const auto found = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic& diagnostic) {
            return diagnostic.message.contains(kMarker);
        });
        return found == diagnostics.cend() ? std::optional<Diagnostic>() : std::optional<Diagnostic>(*found);
    };
    QTRY_VERIFY2(quoting().has_value(), "no problem quotes the payload");
    QToolTip::hideText();
    Q_EMIT editor->SCN_DWELLSTART(int(quoting()->offset), 20, 20);
    ShownTextCheck hover;
    hover.check(QStringLiteral("editor hover"), QToolTip::text(), Qt::AutoText);
    QToolTip::hideText();

    // Tree, tab, distributions (names and values from the spec's text), problems and outline.
    m_window->findChild<QDockWidget*>(QStringLiteral("distributionsDock"))->raise();
    QTRY_VERIFY(m_window->distributionPanel()->groupCount() == 2);
    verifyShownAsPlainText(m_window.get(),
                           {QStringLiteral("editor hover"),
                            QStringLiteral("specTreeView row"),
                            QStringLiteral("specTreeView row tooltip"),
                            QStringLiteral("editorTabs tab"),
                            QStringLiteral("editorTabs tab tooltip"),
                            QStringLiteral("window title"),
                            QStringLiteral("problemsView row tooltip"),
                            QStringLiteral("outlineView row tooltip"),
                            QStringLiteral("QToolButton"),
                            QStringLiteral("ShareSlider"),
                            QStringLiteral("segment tooltip"),
                            QStringLiteral("historyTitleLabel")},
                           hover);
    if (QTest::currentTestFailed()) {
        return;
    }

    // History: the draft compared with the server's version, in words and in bars.
    HistoryPanel* history = m_window->historyPanel();
    QTRY_VERIFY(history->timelineModel()->rowOf(QStringLiteral("v1")) >= 0);
    const qsizetype at = editor->content().indexOf("plain: 40");
    QVERIFY(at >= 0);
    editor->SendScintilla(QsciScintilla::SCI_SETSEL, static_cast<unsigned long>(at), long(at + 9));
    QTest::keyClicks(editor, QStringLiteral("plain: 30"));
    QItemSelectionModel* selection = history->timelineView()->selectionModel();
    selection->clearSelection();
    selection->select(history->timelineModel()->index(history->timelineModel()->rowOf(QStringLiteral("v1"))),
                      QItemSelectionModel::Select);
    // The comparison runs on a worker and shows when it is done.
    history->compareWithEditorAction()->trigger();
    QTRY_VERIFY(!history->summaryView()->changes().filter(kPayload).isEmpty());
    QVERIFY(history->summaryView()->barPairCount() >= 1);
    m_window->findChild<QDockWidget*>(QStringLiteral("historyDock"))->raise();
    QTRY_VERIFY(history->summaryView()->isVisible());
    verifyShownAsPlainText(history,
                           {QStringLiteral("historyTitleLabel"),
                            QStringLiteral("semanticChangesList row"),
                            QStringLiteral("QLabel in historyDock"),
                            QStringLiteral("beforeBar segment tooltip"),
                            QStringLiteral("afterBar segment tooltip")});
    if (QTest::currentTestFailed()) {
        return;
    }
}

void TestServerTextIsPlain::serverErrorsInHtmlShowTheirCharacters()
{
    showWindow();
    SpecEditor* editor = openPayloadSpec();
    QVERIFY(editor);
    const qint64 specId = editor->specId();

    // A sync the server refuses with a 400 whose message is the payload. The share the spec has
    // for a value it does not list is an error, and a draft with errors is not sent: list it.
    const qsizetype values = editor->content().indexOf("[email, chat]");
    QVERIFY(values >= 0);
    editor->SendScintilla(QsciScintilla::SCI_SETSEL, static_cast<unsigned long>(values), long(values + 13));
    editor->replaceSelectedText(QStringLiteral("[email, chat, %1]").arg(QString::fromUtf8(yamlQuoted(kPayload))));
    editor->SendScintilla(QsciScintilla::SCI_DOCUMENTEND);
    QTest::keyClicks(editor, QStringLiteral("# checked"));
    QTRY_COMPARE(syncState(), QStringLiteral("draft"));
    reject(400, "PUT");
    sync()->syncAction()->trigger();
    QTRY_COMPARE(syncState(), QStringLiteral("error"));
    QTRY_VERIFY(tabs()->syncBannerText(specId).contains(kPayload));
    auto* syncLabel = m_window->findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    QTRY_VERIFY(syncLabel->toolTip().contains(kMarker));
    QVERIFY(specIndex(kPayload).data(Qt::ToolTipRole).toString().contains(kPayload));
    verifyShownAsPlainText(m_window.get(),
                           {QStringLiteral("syncBannerText"),
                            QStringLiteral("syncStatusLabel tooltip"),
                            QStringLiteral("specTreeView row tooltip")});
    if (QTest::currentTestFailed()) {
        return;
    }

    // Loading the connection's specs refused the same way: the row's note and tooltip.
    reject(400, "GET", QStringLiteral("/api/dataframer/specs/"));
    m_window->remoteTreeController()->refreshCurrent();
    QTRY_COMPARE(collectionIndex().data(SpecTreeModel::LoadStateRole).toInt(), int(SpecTreeModel::LoadState::Failed));
    QVERIFY(collectionIndex().data(SpecTreeModel::StatusNoteRole).toString().contains(kPayload));
    QVERIFY(collectionIndex().data(Qt::AccessibleTextRole).toString().contains(kPayload));
    verifyShownAsPlainText(m_window.get(), {QStringLiteral("specTreeView row tooltip")});
    if (QTest::currentTestFailed()) {
        return;
    }
    ShownTextCheck tree;
    tree.toolTipAt(QStringLiteral("connection row"),
                   view()->viewport(),
                   view()->visualRect(view()->model()->index(0, 0)).center());
    QCOMPARE(tree.checked.size(), 1);
    QVERIFY2(tree.failures.isEmpty(), qPrintable(tree.failures.join(QLatin1Char('\n'))));

    // Credentials refused with the payload as the reason: the dialog asking for new ones.
    QTest::keyClicks(editor, QStringLiteral(" again"));
    QTRY_COMPARE(syncState(), QStringLiteral("draft"));
    reject(401, "PUT");
    sync()->syncAction()->trigger();
    CredentialsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<CredentialsDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    verifyShownAsPlainText(dialog, {QStringLiteral("QLabel in credentialsDialog")});
    if (QTest::currentTestFailed()) {
        return;
    }
    dialog->reject();
}

void TestServerTextIsPlain::connectionTestFailureInHtmlShowsItsCharacters()
{
    // A connection named in HTML too, as a shared workspace could hold it.
    const Connection connection = SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, kConnectionName);
    ConnectionsDialog dialog(m_context.get());
    dialog.selectConnection(connection.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("connectionMessageLabel"));
    reject(400, "GET");
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(kMarker));
    verifyShownAsPlainText(&dialog, {QStringLiteral("connectionMessageLabel"), QStringLiteral("connectionHeading")});
    if (QTest::currentTestFailed()) {
        return;
    }

    // Removing it asks first, naming it.
    bool asked = false;
    ShownTextCheck box;
    QTimer::singleShot(0, [&] {
        auto* question = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!question) {
            return;
        }
        asked = true;
        box.widgetTree(question);
        question->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("removeConnectionButton")), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY2(box.failures.isEmpty(), qPrintable(box.failures.join(QLatin1Char('\n'))));
    QVERIFY(!box.checked.filter(QStringLiteral("removeConnectionBox")).isEmpty());
    QVERIFY(m_context->connections().connection(connection.id).has_value());
}

QTEST_MAIN(TestServerTextIsPlain)
#include "TestServerTextIsPlain.moc"
