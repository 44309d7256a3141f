#include "AccessibleControls.h"
#include "ActionCatalog.h"
#include "CommandPalette.h"
#include "ConflictView.h"
#include "ConnectionsDialog.h"
#include "CredentialsDialog.h"
#include "DiffView.h"
#include "DistributionPanel.h"
#include "EditorTabs.h"
#include "FileChangeBanner.h"
#include "FileCompareDialog.h"
#include "HistoryPanel.h"
#include "HistoryTimelineModel.h"
#include "LongOperations.h"
#include "MainWindow.h"
#include "ProgressStrip.h"
#include "PropertyGroupWidget.h"
#include "SampleSpecs.h"
#include "SandboxConnections.h"
#include "SandboxWorkspaceFixture.h"
#include "SettingsDialog.h"
#include "ShareRow.h"
#include "ShortcutsDialog.h"
#include "SpecEditor.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncBanner.h"
#include "TreeRows.h"
#include "WelcomeView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMenuBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

namespace {

const QString kSupport = QStringLiteral("Customer Support Conversations Spec");

/// The tree row of the spec with this title, in any collection.
QModelIndex specIndex(const QTreeView* view, const QString& title)
{
    return TreeRows::specNamed(view->model(), title);
}

QString valueText(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Value) : QString();
}

} // namespace

/// Issue 9: every control a user can reach tells assistive technology what it is and what it
/// does, and the distribution sliders say their value with its unit.
class TestAccessibility : public QObject, private SandboxWorkspaceFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyPanelControlIsNamed();
    void shareSliderAnnouncesValueAndUnit();
    void connectionsDialogControlsAreNamed();
    void credentialsDialogControlsAreNamed();
    void conflictViewControlsAreNamed();
    void syncBannerButtonsAreNamed();
    void fileChangeBannerAndCompareAreNamed();
    void welcomeAndHelpViewsAreNamed();

private:
    /// Opens the sandbox's DataFramer spec that has two server versions and distributions.
    SpecEditor* openSupportSpec();
    /// Raises the dock that holds `panel` so its controls are on screen.
    void raisePanel(QWidget* panel);
    QTreeView* treeView() const { return m_window->specTreePanel()->view(); }

    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::init()
{
    QString error;
    QVERIFY2(openWorkspace(&error), qPrintable(error));
    QVERIFY2(SampleSpecs::seedIfNew(*m_store, &error), qPrintable(error));
    SandboxConnections::add(*m_context, *m_server, ApiKind::DataFramer, QStringLiteral("Sandbox DataFramer"));
    m_window = std::make_unique<MainWindow>(m_store.get(), m_settings.get(), m_context.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    for (int c = 0; c < treeView()->model()->rowCount(); ++c) {
        treeView()->expand(treeView()->model()->index(c, 0));
    }
    QTRY_VERIFY(specIndex(treeView(), kSupport).isValid());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    closeWorkspace();
}

SpecEditor* TestAccessibility::openSupportSpec()
{
    const QModelIndex index = specIndex(treeView(), kSupport);
    const qint64 specId = index.data(SpecTreeModel::SpecIdRole).toLongLong();
    Q_EMIT treeView()->activated(index);
    EditorTabs* tabs = m_window->editorTabs();
    if (!QTest::qWaitFor([&] { return tabs->currentEditor() && tabs->currentEditor()->specId() == specId; })) {
        return nullptr;
    }
    return tabs->currentEditor();
}

void TestAccessibility::raisePanel(QWidget* panel)
{
    for (QWidget* widget = panel; widget; widget = widget->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(widget)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

void TestAccessibility::everyPanelControlIsNamed()
{
    QVERIFY(openSupportSpec());
    // Two tabs, so the tab bar and its close buttons have something to say.
    Q_EMIT treeView()->activated(specIndex(treeView(), QStringLiteral("Versions full")));
    QTRY_COMPARE(m_window->editorTabs()->count(), 2);
    m_window->editorTabs()->setCurrentIndex(0);

    DistributionPanel* distributions = m_window->distributionPanel();
    raisePanel(distributions);
    QTRY_VERIFY(distributions->groupCount() > 0);
    QTRY_VERIFY(distributions->group(0)->rowCount() > 0);
    QVERIFY2(unnamedControls(distributions).isEmpty(),
             qPrintable(unnamedControls(distributions).join(QLatin1Char('\n'))));

    // The find bar with its replace row.
    for (QAction* action : m_window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H)) {
            action->trigger();
        }
    }
    QVERIFY2(unnamedControls(m_window.get()).isEmpty(),
             qPrintable(unnamedControls(m_window.get()).join(QLatin1Char('\n'))));
    qInfo().noquote() << QStringLiteral("Distributions and editor:\n")
                             + accessibleNames(m_window.get()).join(QLatin1Char('\n'));

    HistoryPanel* history = m_window->historyPanel();
    raisePanel(history);
    QTRY_VERIFY(history->timelineModel()->rowOf(QStringLiteral("v1")) >= 0);
    QItemSelectionModel* selection = history->timelineView()->selectionModel();
    selection->clearSelection();
    for (const QString& id : {QStringLiteral("v2"), QStringLiteral("v1")}) {
        selection->select(history->timelineModel()->index(history->timelineModel()->rowOf(id)),
                          QItemSelectionModel::Select);
    }
    QTRY_VERIFY(history->diffView()->changeCount() > 0);
    QVERIFY2(unnamedControls(history).isEmpty(), qPrintable(unnamedControls(history).join(QLatin1Char('\n'))));
    history->diffView()->setInline(true);
    QVERIFY2(unnamedControls(history).isEmpty(), qPrintable(unnamedControls(history).join(QLatin1Char('\n'))));
    QVERIFY2(unnamedControls(m_window.get()).isEmpty(),
             qPrintable(unnamedControls(m_window.get()).join(QLatin1Char('\n'))));
    qInfo().noquote() << QStringLiteral("History:\n") + accessibleNames(history).join(QLatin1Char('\n'));
}

void TestAccessibility::shareSliderAnnouncesValueAndUnit()
{
    QVERIFY(openSupportSpec());
    DistributionPanel* distributions = m_window->distributionPanel();
    QTRY_VERIFY(distributions->groupCount() > 0);
    QTRY_VERIFY(distributions->group(0)->rowCount() > 0);
    QSlider* slider = distributions->group(0)->row(0)->slider();

    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(slider);
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::Slider);
    QVERIFY(accessible->valueInterface());
    const QString before = accessible->text(QAccessible::Value);
    QVERIFY2(before.contains(QString::number(slider->value())), qPrintable(before));
    QVERIFY2(before.contains(QLatin1Char('%')), qPrintable(before));
    QCOMPARE(accessible->valueInterface()->currentValue().toInt(), slider->value());

    // A move by the keyboard goes through the spec's text and back to the slider. (QAbstractSlider
    // sends the value-change event itself; without a platform bridge, as here, Qt drops it.)
    const int target = slider->value() + 5;
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp);
    QTRY_COMPARE(slider->value(), target);
    const QString after = accessible->text(QAccessible::Value);
    QVERIFY2(after != before, qPrintable(after));
    QVERIFY2(after.contains(QString::number(target)) && after.contains(QLatin1Char('%')), qPrintable(after));

    // An assistive tool can set the share too, through the same path.
    SpecEditor* editor = m_window->editorTabs()->currentEditor();
    accessible->valueInterface()->setCurrentValue(target - 10);
    QTRY_COMPARE(slider->value(), target - 10);
    QTRY_VERIFY(editor->content().contains(QByteArray::number(target - 10)));
    QVERIFY(accessible->text(QAccessible::Value).contains(QString::number(target - 10)));

    QVERIFY2(valueText(distributions->sampleSizeBox()).contains(tr("rows")),
             qPrintable(valueText(distributions->sampleSizeBox())));
}

void TestAccessibility::connectionsDialogControlsAreNamed()
{
    ConnectionsDialog dialog(m_context.get(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
    dialog.selectConnection(m_context->connections().connections().value(0).id);
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
    dialog.selectConnection(0);
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
    qInfo().noquote() << QStringLiteral("Connections:\n") + accessibleNames(&dialog).join(QLatin1Char('\n'));
}

void TestAccessibility::credentialsDialogControlsAreNamed()
{
    const Connection connection = m_context->connections().connections().value(0);
    CredentialsDialog dialog(m_context.get(), connection, tr("The server refused the token."), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
    qInfo().noquote() << QStringLiteral("Credentials:\n") + accessibleNames(&dialog).join(QLatin1Char('\n'));
}

void TestAccessibility::conflictViewControlsAreNamed()
{
    ConflictView view(1,
                      kSupport,
                      SpecKind::DataFramer,
                      QByteArrayLiteral("spec:\n  name: base\n"),
                      QByteArrayLiteral("spec:\n  name: mine\n"),
                      QByteArrayLiteral("spec:\n  name: theirs\n"),
                      tr("The server changed the same line."),
                      m_window.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(unnamedControls(&view).isEmpty(), qPrintable(unnamedControls(&view).join(QLatin1Char('\n'))));
    qInfo().noquote() << QStringLiteral("Conflict:\n") + accessibleNames(&view).join(QLatin1Char('\n'));
}

void TestAccessibility::syncBannerButtonsAreNamed()
{
    SyncBanner banner;
    for (SyncState state : {SyncState::Conflict, SyncState::Error, SyncState::Draft}) {
        banner.showState(state, tr("Something to decide."));
        banner.show();
        QVERIFY2(unnamedControls(&banner).isEmpty(), qPrintable(unnamedControls(&banner).join(QLatin1Char('\n'))));
    }
}

void TestAccessibility::fileChangeBannerAndCompareAreNamed()
{
    FileChangeBanner banner;
    for (auto reason : {FileChangeBanner::Reason::Changed,
                        FileChangeBanner::Reason::Missing,
                        FileChangeBanner::Reason::ChangedInWorkspace}) {
        banner.showReason(reason, QStringLiteral("spec.yaml"));
        QVERIFY2(unnamedControls(&banner).isEmpty(), qPrintable(unnamedControls(&banner).join(QLatin1Char('\n'))));
        qInfo().noquote() << QStringLiteral("File banner:\n") + accessibleNames(&banner).join(QLatin1Char('\n'));
    }
    FileCompareDialog dialog;
    dialog.showTexts(QStringLiteral("spec.yaml"), "a: 1\n", "a: 2\n");
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(QLatin1Char('\n'))));
    FileCompareDialog workspaceDialog(nullptr, FileCompareDialog::Source::Workspace);
    workspaceDialog.showTexts(QStringLiteral("Spec"), "a: 1\n", "a: 2\n");
    workspaceDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspaceDialog));
    QVERIFY2(unnamedControls(&workspaceDialog).isEmpty(),
             qPrintable(unnamedControls(&workspaceDialog).join(QLatin1Char('\n'))));
}

void TestAccessibility::welcomeAndHelpViewsAreNamed()
{
    WelcomeView welcome;
    welcome.show();
    QVERIFY(QTest::qWaitForWindowExposed(&welcome));
    QVERIFY2(unnamedControls(&welcome).isEmpty(), qPrintable(unnamedControls(&welcome).join(QLatin1Char('\n'))));
    qInfo().noquote() << QStringLiteral("Welcome:\n") + accessibleNames(&welcome).join(QLatin1Char('\n'));

    const QList<CatalogEntry> commands = ActionCatalog::collect(m_window->menuBar());
    CommandPalette palette(commands);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QVERIFY2(unnamedControls(&palette).isEmpty(), qPrintable(unnamedControls(&palette).join(QLatin1Char('\n'))));
    ShortcutsDialog shortcuts(commands);
    shortcuts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
    QVERIFY2(unnamedControls(&shortcuts).isEmpty(), qPrintable(unnamedControls(&shortcuts).join(QLatin1Char('\n'))));
    SettingsDialog settings(m_settings.get());
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    QVERIFY2(unnamedControls(&settings).isEmpty(), qPrintable(unnamedControls(&settings).join(QLatin1Char('\n'))));

    LongOperations operations;
    ProgressStrip strip(&operations);
    operations.begin(tr("Loading Sandbox DataFramer…"), [] {});
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QVERIFY2(unnamedControls(&strip).isEmpty(), qPrintable(unnamedControls(&strip).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
