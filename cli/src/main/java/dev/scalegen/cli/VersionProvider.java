package dev.scalegen.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (or "development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = ScalegenCommand.class.getPackage().getImplementationVersion();
    return new String[] {"scalegen " + (v == null ? "development" : v)};
  }
}
