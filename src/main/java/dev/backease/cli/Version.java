package dev.backease.cli;

import picocli.CommandLine.IVersionProvider;

/** The version stamped into the jar's manifest at build time. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"backease " + (version == null ? "(development build)" : version)};
    }
}
