package org.mvtd.app.ui.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void theConfigDirectoryFollowsXdg() {
        assertThat(AppDirs.configDir(Map.of("XDG_CONFIG_HOME", "/x/cfg"), null, "/home/u")).isEqualTo(Path.of("/x/cfg/macvtap-designer"));
        assertThat(AppDirs.configDir(Map.of(), null, "/home/u")).isEqualTo(Path.of("/home/u/.config/macvtap-designer"));
        assertThat(AppDirs.configDir(Map.of("XDG_CONFIG_HOME", "relative"), null, "/home/u"))
                .as("a relative XDG_CONFIG_HOME is invalid").isEqualTo(Path.of("/home/u/.config/macvtap-designer"));
        assertThat(AppDirs.configDir(Map.of(), "/tmp/o", "/home/u")).isEqualTo(Path.of("/tmp/o"));
    }

    @Test
    void recentFilesAndLayoutSurviveARestart() {
        Settings s = Settings.load(dir);
        assertThat(s.existed()).isFalse();
        s.addRecent(dir.resolve("a.mvtd.yaml"));
        s.addRecent(dir.resolve("b.mvtd.yaml"));
        s.addRecent(dir.resolve("a.mvtd.yaml"));
        s.putDouble("window.width", 1234.5);
        s.save();
        Settings again = Settings.load(dir);
        assertThat(again.existed()).isTrue();
        assertThat(again.recentFiles()).containsExactly(dir.resolve("a.mvtd.yaml"), dir.resolve("b.mvtd.yaml"));
        assertThat(again.getDouble("window.width")).hasValue(1234.5);
    }

    @Test
    void homeFromTheEnvironmentWinsOverThePasswdHome() {
        assertThat(AppDirs.configDir(Map.of("HOME", "/tmp/fresh"), null, "/root"))
                .isEqualTo(Path.of("/tmp/fresh/.config/macvtap-designer"));
        assertThat(AppDirs.stateDir(Map.of("HOME", "/tmp/fresh"), null, "/root"))
                .isEqualTo(Path.of("/tmp/fresh/.local/state/macvtap-designer"));
    }

    @Test
    void theStateDirectoryFollowsXdg() {
        assertThat(AppDirs.stateDir(Map.of("XDG_STATE_HOME", "/x/state", "HOME", "/h"), null, "/home/u"))
                .isEqualTo(Path.of("/x/state/macvtap-designer"));
        assertThat(AppDirs.stateDir(Map.of("XDG_STATE_HOME", "rel"), null, "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/state/macvtap-designer"));
        assertThat(AppDirs.stateDir(Map.of(), "/tmp/o", "/home/u")).isEqualTo(Path.of("/tmp/o"));
    }

    @Test
    void recentFilesLiveInTheStateDirectoryAndOldOnesMoveThere() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path state = dir.resolve("state");
        Files.writeString(config.resolve("settings.properties"), "recent.0=/old/a.mvtd.yaml\ntheme=dark\n");
        Settings s = Settings.load(config, state);
        assertThat(s.recentFiles()).containsExactly(Path.of("/old/a.mvtd.yaml"));
        s.addRecent(dir.resolve("b.mvtd.yaml"));
        s.save();
        assertThat(Files.readString(state.resolve("recent-files.properties"))).contains("b.mvtd.yaml", "a.mvtd.yaml");
        assertThat(Files.readString(config.resolve("settings.properties"))).contains("theme=dark").doesNotContain("recent.");
        assertThat(Settings.load(config, state).recentFiles())
                .containsExactly(dir.resolve("b.mvtd.yaml"), Path.of("/old/a.mvtd.yaml"));
    }
}
