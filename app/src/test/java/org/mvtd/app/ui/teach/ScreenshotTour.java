package org.mvtd.app.ui.teach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mvtd.app.ui.MainView;
import org.mvtd.app.ui.ShotScript;
import org.mvtd.app.ui.MainViewModel;
import org.mvtd.app.ui.io.RecoveryStore;
import org.mvtd.app.ui.io.Settings;
import org.mvtd.app.ui.teach.lesson.LessonView;
import org.mvtd.model.edit.ElementRef;
import org.mvtd.model.Design;
import org.mvtd.model.Device;
import org.mvtd.model.Endpoint;
import org.mvtd.model.Guest;
import org.mvtd.model.Host;
import org.mvtd.model.MacvlanMode;
import org.mvtd.model.Nic;
import org.mvtd.model.Station;
import org.mvtd.model.Switch;
import org.mvtd.model.lesson.Lessons;

/**
 * A developer tool, not a test: drives teaching mode through the scenes of docs/teaching-*.png and
 * grabs the X screen with ImageMagick's {@code import} after each. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... 'org.mvtd.app.ui.teach.ScreenshotTour$Main' OUTDIR}.
 */
public final class ScreenshotTour extends Application {
    private final ShotScript script = new ShotScript();
    private Path out;
    private MainViewModel vm;
    private MainView view;

    /** Started through this class so the JavaFX launcher check does not ask for modules. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ScreenshotTour.class, args);
        }
    }

    /** A teaching-sized design: a hairpin switch, vepa, private and bridge guests, a second host, a router. */
    static Design classroom() {
        Host kvm = Host.of("kvmhost", List.of(Device.of("eth0", "tor")), List.of(
                Endpoint.macvtap("macvtap0", "eth0", MacvlanMode.VEPA),
                Endpoint.macvtap("macvtap1", "eth0", MacvlanMode.VEPA),
                Endpoint.macvtap("macvtap2", "eth0", MacvlanMode.PRIVATE)));
        Host kvm2 = Host.of("kvm2", List.of(Device.of("eth0", "tor")), List.of(
                Endpoint.macvtap("macvtap0", "eth0", MacvlanMode.BRIDGE)));
        return Design.empty("classroom")
                .withSwitches(List.of(Switch.of("tor", true)))
                .withStations(List.of(Station.of("router", "tor")))
                .withHosts(List.of(kvm, kvm2))
                .withGuests(List.of(Guest.of("web", "kvmhost", List.of(Nic.on("macvtap0"))),
                        Guest.of("db", "kvmhost", List.of(Nic.on("macvtap1"))),
                        Guest.of("tenant", "kvmhost", List.of(Nic.on("macvtap2"))),
                        Guest.of("backup", "kvm2", List.of(Nic.on("macvtap0")))));
    }

    @Override
    public void start(Stage stage) throws IOException {
        out = Path.of(getParameters().getRaw().get(0));
        Files.createDirectories(out);
        Path cfg = Files.createTempDirectory("mvtd-tour");
        vm = new MainViewModel(Settings.load(cfg), new RecoveryStore(cfg), new TeachFx.QuietDialogs());
        view = new MainView(vm, stage);
        stage.setScene(view.createScene());
        view.restoreWindow();
        place(stage);
        stage.show();
        vm.start(null);
        view.teaching().greet();
        Teaching t = view.teaching();

        then(2000, () -> shot("teaching-start.png"));
        then(300, () -> {
            t.startLayer().hide();
            vm.document().change("Classroom", classroom());
            vm.selection().select(ElementRef.guest("web"));
            t.openWalk();
            t.walkViewModel().chooseTarget(null);
            t.walkViewModel().speedProperty().set(0.5);
        });
        then(900, view::fitToView);
        for (int i = 0; i < 4; i++) {
            then(1900, () -> t.walkViewModel().stepForward());
        }
        then(1100, () -> shot("teaching-walk.png"));
        then(2500, () -> t.walkViewModel().toEnd());
        then(1500, () -> shot("teaching-walk-end.png"));
        then(300, () -> {
            t.closeWalk();
            Stage s = t.openLesson(Lessons.byId("host-guests").orElseThrow());
            place(s);
        });
        then(1200, () -> {
            LessonView lv = (LessonView) Window.getWindows().stream().map(w -> w.getScene().getRoot().lookup("#mvtd-lesson"))
                    .filter(n -> n != null).findFirst().orElseThrow();
            var lvm = lessonVm(lv);
            lvm.toggle("kvmhost/macvtap0");
            lvm.toggle("router");
            lvm.reveal();
        });
        then(1200, () -> shot("teaching-lesson.png"));
        then(300, () -> {
            Window.getWindows().stream().filter(w -> w.getScene().getRoot().lookup("#mvtd-lesson") != null).findFirst()
                    .ifPresent(Window::hide);
            vm.selection().select(ElementRef.guest("web"));
            place(t.openCompare());
        });
        then(1500, () -> shot("teaching-compare.png"));
        then(300, () -> place(t.openMatrix()));
        then(1200, () -> Window.getWindows().stream()
                .map(w -> w.getScene().getRoot().lookup("#mvtd-matrix")).filter(n -> n != null).findFirst()
                .map(n -> (org.mvtd.app.ui.teach.matrix.MatrixView) n)
                .ifPresent(m -> m.explain("kvmhost/macvtap0", "kvmhost/macvtap2")));
        then(600, () -> shot("teaching-matrix.png"));
        then(300, Platform::exit);
        next();
    }

    private static org.mvtd.app.ui.teach.lesson.LessonViewModel lessonVm(LessonView lv) {
        try {
            var f = LessonView.class.getDeclaredField("vm");
            f.setAccessible(true);
            return (org.mvtd.app.ui.teach.lesson.LessonViewModel) f.get(lv);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void place(Stage s) {
        s.setX(0);
        s.setY(0);
        s.setWidth(1600);
        s.setHeight(1000);
    }

    private void then(double millis, Runnable r) {
        script.then(millis, r);
    }

    private void next() {
        script.run();
    }

    private void shot(String name) {
        ShotScript.shot(out.resolve(name));
    }
}
