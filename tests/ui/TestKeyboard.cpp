#include "ActionCatalog.h"
#include "CommandPalette.h"
#include "EditorTabs.h"
#include "FindInSpecsDialog.h"
#include "LongOperations.h"
#include "MainWindow.h"
#include "NewSpecs.h"
#include "PaletteSvgIconEngine.h"
#include "ProgressStrip.h"
#include "ResourcePaths.h"
#include "SeededWorkspace.h"
#include "ShortcutsDialog.h"
#include "SpecEditor.h"
#include "SpecTreeModel.h"
#include "SpecTreePanel.h"
#include "SyncController.h"
#include "WelcomeView.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

/// The window with the keyboard alone: F6 between panels, Tab never trapped, the command
/// palette, the shortcuts view; plus the progress strip and the icons that go with them.
class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(m_workspace.open(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_workspace.store.get(), m_workspace.settings.get());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        SpecEditor::setTabMovesFocus(false);
    }

    void cleanup()
    {
        m_window.reset();
        m_workspace.close();
        SpecEditor::setTabMovesFocus(false);
    }

    void f6VisitsEveryVisiblePanelAndComesBack()
    {
        openFirstSpec();
        m_window->specTreePanel()->view()->setFocus();
        // Of Distributions and History, tabbed together, only the one in front is visited.
        const QString rightPanel
            = !m_window->findChild<QDockWidget*>(QStringLiteral("historyDock"))->widget()->visibleRegion().isEmpty()
                  ? QStringLiteral("historyDock")
                  : QStringLiteral("distributionsDock");
        QStringList visited;
        for (int press = 0; press < 6; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            visited.append(panelOf(QApplication::focusWidget()));
        }
        QCOMPARE(visited,
                 QStringList({QStringLiteral("outlineDock"),
                              QStringLiteral("editor"),
                              rightPanel,
                              QStringLiteral("problemsDock"),
                              QStringLiteral("specsDock"),
                              QStringLiteral("outlineDock")}));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(panelOf(QApplication::focusWidget()), QStringLiteral("specsDock"));
    }

    void f6LeavesTheEditorWhereTabIndents()
    {
        SpecEditor* editor = openFirstSpec();
        editor->setFocus();
        const QByteArray before = editor->content();
        QTest::keyClick(editor, Qt::Key_Tab);
        QVERIFY(editor->content() != before); // Tab indents by default
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClick(editor, Qt::Key_F6);
        QVERIFY(QApplication::focusWidget() != editor);
    }

    void ctrlTabSwitchesSpecsFromTheEditor()
    {
        QTreeView* view = m_window->specTreePanel()->view();
        const QModelIndex local = view->model()->index(0, 0);
        for (int row = 0; row < 2; ++row) {
            m_window->editorTabs()->openSpec(
                view->model()->index(row, 0, local).data(SpecTreeModel::SpecIdRole).toLongLong());
        }
        SpecEditor* second = m_window->editorTabs()->currentEditor();
        second->setFocus();
        QTest::keyClick(second, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(m_window->editorTabs()->currentEditor() != second);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->editorTabs()->currentEditor(), second);
    }

    void tabNeverTrapsTheKeyboard()
    {
        openFirstSpec();
        // Ctrl+M: Tab leaves the editor too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(SpecEditor::tabMovesFocus());
        QWidget* start = m_window->specTreePanel()->view();
        start->setFocus();
        QSet<QWidget*> seen;
        bool backAtStart = false;
        for (int press = 0; press < 300 && !backAtStart; ++press) {
            QWidget* before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget* after = QApplication::focusWidget();
            QVERIFY2(
                after != before,
                qPrintable(QStringLiteral("Tab is trapped in %1 \"%2\"")
                               .arg(QString::fromLatin1(before->metaObject()->className()), before->objectName())));
            seen.insert(after);
            backAtStart = after == start;
        }
        QVERIFY2(backAtStart, "Tab never came back to the specs tree");
        QVERIFY(seen.size() >= 6);
        // Shift+Tab goes back the same way.
        QTest::keyClick(start, Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != start);
    }

    void tabWalksThePanelsAsLaidOutAndStopsOnlyWhereItShows()
    {
        SpecEditor* editor = openSpecNamed(QStringLiteral("Customer support conversations"));
        QVERIFY(editor);
        // The panel builds its rows from the analysis, which arrives from a worker.
        const auto visibleSliders = [this] {
            int count = 0;
            for (const QWidget* widget : m_window->findChildren<QWidget*>()) {
                count += widget->inherits("ShareSlider") && widget->isVisible() ? 1 : 0;
            }
            return count;
        };
        QTRY_COMPARE(visibleSliders(), 6);
        QWidget* start = m_window->findChild<QWidget*>(QStringLiteral("specFilterEdit"));
        start->setFocus();
        QList<QWidget*> stops;
        for (int press = 0; press < 200; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* stop = QApplication::focusWidget();
            if (stop == start) {
                break;
            }
            QVERIFY2(!stops.contains(stop), qPrintable(describe(stop) + QStringLiteral(" reached twice")));
            // On screen: inside the window, not behind a tab, and scrolled into view.
            const QRect inWindow(stop->mapTo(m_window.get(), QPoint(0, 0)), stop->size());
            QVERIFY2(m_window->rect().intersects(inWindow) && !stop->visibleRegion().isEmpty(),
                     qPrintable(describe(stop) + QStringLiteral(" is not on screen")));
            stops.append(stop);
        }
        QCOMPARE(QApplication::focusWidget(), start);
        QStringList panels;
        for (QWidget* stop : stops) {
            const QString panel = panelOf(stop);
            if (panels.isEmpty() || panels.last() != panel) {
                panels.append(panel);
            }
        }
        // The dock tab bar (Distributions | History) sits under its panels and is the main window's.
        QCOMPARE(panels,
                 QStringList({QStringLiteral("specsDock"),
                              QStringLiteral("outlineDock"),
                              QStringLiteral("editorArea"),
                              QStringLiteral("editor"),
                              QStringLiteral("distributionsDock"),
                              QStringLiteral("QTabBar"),
                              QStringLiteral("problemsDock")}));
        // Every share control of both properties is a stop.
        int sliders = 0;
        for (QWidget* stop : stops) {
            sliders += stop->inherits("ShareSlider") ? 1 : 0;
        }
        QCOMPARE(sliders, 6);
        // Shift+Tab walks the same stops backwards.
        for (qsizetype i = stops.size() - 1; i >= 0; --i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
            QCOMPARE(QApplication::focusWidget(), stops.at(i));
        }
    }

    void tabPassesThroughTheEditorUntilTheUserTypes()
    {
        SpecEditor* editor = openSpecNamed(QStringLiteral("Customer support conversations"));
        QVERIFY(editor);
        auto* tabs = m_window->editorTabs()->findChild<QTabBar*>();
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor);
        const QByteArray before = editor->content();
        QTest::keyClick(editor, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != editor);
        QCOMPARE(editor->content(), before);
        // Back by Shift+Tab, then an edit: from then on Tab indents.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClick(editor, Qt::Key_End);
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor);
        QVERIFY(editor->content() != before);
    }

    void findInAllSpecsOpensTheSpecAtThePlace()
    {
        openFirstSpec();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = m_window->findChild<FindInSpecsDialog*>();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->queryEdit());
        QSignalSpy shown(dialog, &FindInSpecsDialog::resultsShown);
        // In the DataFramer sample only, on its base_distributions line for the sentiment.
        QTest::keyClicks(dialog->queryEdit(), QStringLiteral("NEGATIVE: 30"));
        QTRY_VERIFY(shown.count() >= 1);
        QVERIFY2(dialog->summary().startsWith(QStringLiteral("1 place")), qPrintable(dialog->summary()));
        QCOMPARE(dialog->results()->topLevelItem(0)->text(0), QStringLiteral("Local"));
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), dialog->results());
        QTest::keyClick(dialog->results(), Qt::Key_Return);
        SpecEditor* editor = m_window->editorTabs()->currentEditor();
        QVERIFY(editor);
        int line = 0;
        int index = 0;
        editor->getCursorPosition(&line, &index);
        QVERIFY(editor->text(line).contains(QStringLiteral("negative: 30")));
        QCOMPARE(index, editor->text(line).indexOf(QStringLiteral("negative: 30")));
        dialog->close();
    }

    void ctrlNStartsANewSpecFromItsTemplate()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        SpecEditor* editor = m_window->editorTabs()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->content(), NewSpecs::templateText(SpecKind::DataFramer));
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("New DataFramer spec"));
        // The other kinds from File ▸ New.
        auto* newMenu = m_window->findChild<QMenu*>(QStringLiteral("newSpecMenu"));
        QVERIFY(newMenu);
        QCOMPARE(newMenu->actions().size(), 3);
        newMenu->actions().at(2)->trigger();
        QCOMPARE(m_window->editorTabs()->currentEditor()->content(), NewSpecs::templateText(SpecKind::AdobeFlow));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("New Adobe flow spec"));
        // No problems in a fresh template.
        QTRY_VERIFY(m_window->editorTabs()->currentEditor()->diagnostics().isEmpty());
    }

    void ctrlEExportsTheTextAsItStands()
    {
        SpecEditor* editor = openFirstSpec();
        editor->setFocus();
        editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
        QTest::keyClicks(editor, QStringLiteral(" "));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("exported.json"));
        m_window->syncController()->setExportPathChooser([path](const QString&) { return path; });
        QTest::keyClick(editor, Qt::Key_E, Qt::ControlModifier);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), editor->content());
    }

    void shiftF10OpensTheContextMenuOfTheCurrentRow()
    {
        QTreeView* view = m_window->specTreePanel()->view();
        const QModelIndex spec = view->model()->index(0, 0, view->model()->index(0, 0));
        view->setCurrentIndex(spec);
        view->setFocus();
        QSignalSpy asked(m_window->specTreePanel(), &SpecTreePanel::contextMenuRequested);
        // Whatever menu opens is closed again, so the test goes on.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget* popup = QApplication::activePopupWidget()) {
                popup->close();
            }
        });
        closer.start(50);
        QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().value<QModelIndex>().data(SpecTreeModel::SpecIdRole),
                 spec.data(SpecTreeModel::SpecIdRole));
    }

    void commandPaletteFindsAndRunsACommandByName()
    {
        QAction* syncAll = m_window->syncController()->syncAllAction();
        QSignalSpy triggered(syncAll, &QAction::triggered);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* palette = m_window->findChild<CommandPalette*>();
            QVERIFY(palette);
            // However this ends, the palette closes, so exec() returns.
            const auto close = qScopeGuard([palette, &checked] {
                if (!checked) {
                    palette->reject();
                }
            });
            QTRY_COMPARE(QApplication::focusWidget(), palette->queryEdit());
            QTest::keyClicks(palette->queryEdit(), QStringLiteral("sync all"));
            QVERIFY(!palette->shownActions().isEmpty());
            QCOMPARE(palette->shownActions().first(), syncAll);
            checked = true;
            QTest::keyClick(palette->queryEdit(), Qt::Key_Return);
        });
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(checked);
        QTRY_COMPARE(triggered.count(), 1);
    }

    void commandPaletteListsEveryMenuCommand()
    {
        const QList<CatalogEntry> entries = ActionCatalog::collect(m_window->menuBar());
        QStringList names;
        for (const CatalogEntry& entry : entries) {
            names.append(entry.name);
        }
        for (const char* expected : {"Open…", "Sync All", "Connections…", "Keyboard Shortcuts", "Next Panel"}) {
            QVERIFY2(names.contains(QString::fromUtf8(expected)), expected);
        }
        CommandPalette palette(entries);
        palette.queryEdit()->setText(QStringLiteral("kbd nothing matches this"));
        QVERIFY(palette.shownActions().isEmpty());
        palette.queryEdit()->setText(QStringLiteral("shortcuts"));
        QCOMPARE(palette.shownActions().first()->objectName(), QStringLiteral("keyboardShortcutsAction"));
    }

    void commandsThatCannotRunAreListedLastAndNotRun()
    {
        QAction syncAll(QStringLiteral("Sync &All"));
        QAction sync(QStringLiteral("&Sync"));
        syncAll.setEnabled(false);
        QSignalSpy triggered(&syncAll, &QAction::triggered);
        CommandPalette palette({{&syncAll, QStringLiteral("Sync All"), QStringLiteral("Remote")},
                                {&sync, QStringLiteral("Sync"), QStringLiteral("Remote")}});
        palette.queryEdit()->setText(QStringLiteral("sync"));
        QCOMPARE(palette.shownActions(), QList<QAction*>({&sync, &syncAll}));
        palette.queryEdit()->setText(QStringLiteral("sync all"));
        QCOMPARE(palette.shownActions(), QList<QAction*>({&syncAll}));
        QTest::keyClick(palette.queryEdit(), Qt::Key_Return);
        QCOMPARE(triggered.count(), 0);
    }

    void matchesPreferNamesThatStartWithTheQuery()
    {
        QAction action;
        const CatalogEntry open {&action, QStringLiteral("Open…"), QStringLiteral("File")};
        const CatalogEntry reopen {&action, QStringLiteral("Reopen Closed Tab"), QStringLiteral("File")};
        QVERIFY(CommandPalette::matchScore(open, QStringLiteral("op"))
                > CommandPalette::matchScore(reopen, QStringLiteral("op")));
        QVERIFY(CommandPalette::matchScore(open, QStringLiteral("file")) >= 0); // the menu counts too
        QCOMPARE(CommandPalette::matchScore(open, QStringLiteral("close")), -1);
        QCOMPARE(ActionCatalog::withoutMnemonic(QStringLiteral("Save && &Sync")), QStringLiteral("Save & Sync"));
    }

    void shortcutsViewListsMenuAndPanelKeys()
    {
        ShortcutsDialog dialog(ActionCatalog::collect(m_window->menuBar()));
        const QStringList rows = visibleRows(dialog.shortcutList());
        QVERIFY(rows.contains(
            QStringLiteral("Sync All\t")
            + m_window->syncController()->syncAllAction()->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY(rows.contains(QStringLiteral("Command Palette…\tCtrl+Shift+P")));
        QVERIFY(rows.contains(QStringLiteral("Move to the next / previous panel\tF6 / Shift+F6")));
        dialog.filterEdit()->setText(QStringLiteral("F7"));
        const QStringList filtered = visibleRows(dialog.shortcutList());
        QCOMPARE(filtered, QStringList({QStringLiteral("Next / previous change in the diff\tF7 / Shift+F7")}));
    }

    void progressStripShowsAndCancelsALongOperation()
    {
        LongOperations operations;
        ProgressStrip strip(&operations);
        QVERIFY(strip.isHidden());
        int cancelled = 0;
        int id = 0;
        id = operations.begin(QStringLiteral("Loading Sandbox DataFramer…"), [&] {
            ++cancelled;
            operations.finish(id);
        });
        QVERIFY(!strip.isHidden());
        QCOMPARE(strip.bar()->maximum(), 0); // busy until a total is known
        operations.update(id, 250, 1000);
        QCOMPARE(strip.bar()->maximum(), 1000);
        QCOMPARE(strip.bar()->value(), 250);
        QCOMPARE(strip.textLabel()->text(), QStringLiteral("Loading Sandbox DataFramer…"));
        QTest::keyClick(strip.cancelButton(), Qt::Key_Space);
        QCOMPARE(cancelled, 1);
        QVERIFY(strip.isHidden());
    }

    void themedIconsAreSharpAndFollowThePalette()
    {
        const QIcon icon(new PaletteSvgIconEngine(ResourcePaths::actionIcon(QStringLiteral("sync"))));
        QVERIFY(!icon.isNull());
        const QPixmap crisp = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(crisp.size(), QSize(32, 32)); // drawn at device pixels, not scaled up
        QCOMPARE(crisp.devicePixelRatio(), 2.0);
        for (const QColor ink : {QColor(Qt::black), QColor(Qt::white)}) {
            QPalette palette = QGuiApplication::palette();
            palette.setColor(QPalette::WindowText, ink);
            QGuiApplication::setPalette(palette);
            QVERIFY(hasOpaquePixelOf(icon.pixmap(QSize(32, 32)).toImage(), ink));
        }
        QGuiApplication::setPalette(QPalette());
        for (const char* name : {"synced", "draft", "queued", "conflict", "error", "offline"}) {
            QVERIFY2(!QIcon(ResourcePaths::statusIcon(QString::fromLatin1(name))).pixmap(16).isNull(), name);
        }
    }

private:
    SpecEditor* openFirstSpec()
    {
        QTreeView* view = m_window->specTreePanel()->view();
        const QModelIndex collection = view->model()->index(0, 0);
        const qint64 specId = view->model()->index(0, 0, collection).data(SpecTreeModel::SpecIdRole).toLongLong();
        m_window->editorTabs()->openSpec(specId);
        return m_window->editorTabs()->currentEditor();
    }

    SpecEditor* openSpecNamed(const QString& name)
    {
        QTreeView* view = m_window->specTreePanel()->view();
        const QModelIndex collection = view->model()->index(0, 0);
        for (int row = 0; row < view->model()->rowCount(collection); ++row) {
            const QModelIndex spec = view->model()->index(row, 0, collection);
            if (spec.data().toString() == name) {
                m_window->editorTabs()->openSpec(spec.data(SpecTreeModel::SpecIdRole).toLongLong());
                return m_window->editorTabs()->currentEditor();
            }
        }
        return nullptr;
    }

    static QString describe(const QWidget* widget)
    {
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->accessibleName());
    }

    QString panelOf(QWidget* widget) const
    {
        if (qobject_cast<SpecEditor*>(widget)) {
            return QStringLiteral("editor");
        }
        if (m_window->centralWidget()->isAncestorOf(widget)) {
            return QStringLiteral("editorArea");
        }
        for (QWidget* parent = widget; parent; parent = parent->parentWidget()) {
            if (auto* dock = qobject_cast<QDockWidget*>(parent)) {
                return dock->objectName();
            }
        }
        return widget ? QString::fromLatin1(widget->metaObject()->className()) : QStringLiteral("nothing");
    }

    static QStringList visibleRows(QTreeWidget* list)
    {
        QStringList rows;
        for (int top = 0; top < list->topLevelItemCount(); ++top) {
            QTreeWidgetItem* group = list->topLevelItem(top);
            for (int row = 0; row < group->childCount(); ++row) {
                if (!group->isHidden() && !group->child(row)->isHidden()) {
                    rows.append(group->child(row)->text(0) + QLatin1Char('\t') + group->child(row)->text(1));
                }
            }
        }
        return rows;
    }

    static bool hasOpaquePixelOf(const QImage& image, const QColor& colour)
    {
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() == 255 && pixel.rgb() == colour.rgb()) {
                    return true;
                }
            }
        }
        return false;
    }

    SeededWorkspace m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
