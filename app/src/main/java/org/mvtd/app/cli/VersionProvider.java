package org.mvtd.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), so it never drifts from the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"macvtap-designer " + (v == null ? "development build" : v)};
    }
}
