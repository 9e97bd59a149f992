package org.mvtd.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.mvtd.app.ui.canvas.CanvasView;
import org.mvtd.app.ui.exchange.ExportKind;
import org.mvtd.app.ui.exchange.ExportPreview;
import org.mvtd.app.ui.exchange.ExportPreviewWindow;
import org.mvtd.app.ui.exchange.LibvirtImport;
import org.mvtd.app.ui.io.CanvasExporter;
import org.mvtd.app.ui.live.connect.ConnectionState;
import org.mvtd.model.Design;
import org.mvtd.model.export.ExportOptions;

/** File menu actions beyond open and save: exports with a preview, imports, printing. */
final class FileActions {
    private final MainViewModel vm;
    private final CanvasView canvas;
    private final Supplier<Window> owner;

    FileActions(MainViewModel vm, CanvasView canvas, Supplier<Window> owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The drawing as it is now, in the canvas's theme. */
    static CanvasExporter drawingOf(CanvasView canvas) {
        return new CanvasExporter(canvas.layers().content(), canvas.currentLayout().extent(),
                canvas.getBackground() == null || canvas.getBackground().getFills().isEmpty() ? null
                        : canvas.getBackground().getFills().get(0).getFill());
    }

    /** Shows what {@code kind} would write; the preview window writes it where the user says. */
    void export(ExportKind kind) {
        String base = vm.document().file().map(p -> p.getFileName().toString().replace(MainViewModel.EXTENSION, ""))
                .orElse(vm.document().design().name().replaceAll("[^A-Za-z0-9._-]+", "-"));
        ExportPreview preview = ExportPreview.of(kind, vm.document().design(), base, ExportOptions.DEFAULT);
        new ExportPreviewWindow(owner.get(), preview, vm.dialogs(), vm.startDir(), vm::say).show();
    }

    /** Makes a design from libvirt domain and network XML the user picks, as {@code mvtd import libvirt} does. */
    void importLibvirt() {
        List<Path> files = vm.dialogs().chooseFiles("Import libvirt XML", vm.startDir(),
                "libvirt domain and network XML (*.xml)", List.of("*.xml"));
        if (files.isEmpty()) {
            return;
        }
        LibvirtImport.Imported imported;
        try {
            imported = LibvirtImport.read(files);
        } catch (LibvirtImport.Refused e) {
            vm.dialogs().error("Could not import libvirt XML", e.getMessage() + "\nNothing was changed.");
            return;
        }
        Design d = imported.result().design();
        vm.adopt("Import libvirt XML", d).ifPresent(into -> {
            into.say("Imported " + d.guests().size() + " guest(s) from " + files.size() + " libvirt file(s)"
                    + (imported.notes().isEmpty() ? "" : "; " + imported.notes().size() + " part(s) left out")
                    + ". libvirt does not say which switch a device is on: connect the devices.");
            if (!imported.notes().isEmpty()) {
                vm.dialogs().info("Some parts were left out of the import", String.join("\n", imported.notes()));
            }
        });
    }

    /** This machine's links, through live mode's discovery; it connects to the helper first when needed. */
    void importLive() {
        if (vm.live().connected()) {
            vm.live().discovery().discover();
            return;
        }
        // Connecting is asynchronous (a polkit prompt may be open): discover once it is done, or never if it fails.
        vm.live().stateProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ConnectionState> o, ConnectionState was, ConnectionState now) {
                if (now == ConnectionState.CONNECTING) {
                    return;
                }
                o.removeListener(this);
                if (now == ConnectionState.CONNECTED) {
                    vm.live().discovery().discover();
                }
            }
        });
        vm.live().connect();
    }

    /** Prints the drawing on one page, scaled to fit, after the system's print dialog. */
    void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.dialogs().error("Cannot print", "No printer is set up on this system. File \u2192 Export \u2192 PDF writes a file to print elsewhere.");
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        try {
            Image img = canvas.withEverythingShown(() -> drawingOf(canvas).snapshot(2));
            PageLayout page = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(img);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getPrintableWidth(), img.getWidth() / 2));
            view.setFitHeight(Math.min(page.getPrintableHeight(), img.getHeight() / 2));
            if (job.printPage(view) && job.endJob()) {
                vm.say("Sent " + vm.document().displayName() + " to " + job.getPrinter().getName());
            } else {
                vm.dialogs().error("Printing failed", "The printer did not take the page (" + job.getJobStatus() + ").");
            }
        } catch (Exception e) {
            job.cancelJob();
            vm.dialogs().error("Printing failed", MainViewModel.message(e));
        }
    }
}
