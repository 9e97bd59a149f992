package org.mvtd.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), so it never drifts from the build, and the licence. */
public final class VersionProvider implements IVersionProvider {
    /** The project's licence (LICENSE at the repository root; debian/copyright lists the bundled libraries'). */
    public static final String LICENCE_LINE = "Licensed under the Apache License, Version 2.0";

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"macvtap-designer " + (v == null ? "development build" : v), LICENCE_LINE};
    }
}
