package com.healthpress.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project's version as the build wrote it into version.properties (from the pom), for {@code --version}. */
public final class ProjectVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        try (InputStream in = ProjectVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return new String[] {"healthpress (version unknown: built without version.properties)"};
            }
            Properties properties = new Properties();
            properties.load(in);
            return new String[] {"healthpress " + properties.getProperty("version")};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
