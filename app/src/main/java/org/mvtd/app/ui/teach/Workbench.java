package org.mvtd.app.ui.teach;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.viewmodel.DocumentViewModel;
import org.mvtd.app.ui.viewmodel.IpFamily;
import org.mvtd.app.ui.viewmodel.SelectionModel;

/** What teaching needs of the designer window's view model (so teaching does not depend on the window's package). */
public interface Workbench {
    DocumentViewModel document();

    SelectionModel selection();

    Settings settings();

    /** The address family the reach colours speak of (View menu); the matrix follows it. */
    ObjectProperty<IpFamily> reachFamily();

    ObservableList<Path> recentFiles();

    /** Shows {@code text} in the status bar. */
    void say(String text);

    void openExample();

    void newDocument();

    /** Asks for a design file and opens it. */
    void open();

    /** Opens {@code p}; false when it could not be opened (the user was told why). */
    boolean open(Path p);
}
