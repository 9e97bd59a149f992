package org.mvtd.app;

import org.mvtd.app.cli.Cli;

/**
 * The jar's entry point. With a subcommand it runs headless and never touches JavaFX;
 * with none it opens the designer. (Not an Application subclass, so JavaFX can sit on the classpath.)
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
