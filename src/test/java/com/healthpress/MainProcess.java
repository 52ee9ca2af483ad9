package com.healthpress;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java … com.healthpress.Main ARGS} in a JVM of its own with DATABASE_URL set, as operators run the jar. */
public final class MainProcess {

    /** The exit code and what the process printed; standard input was empty. */
    public record Result(int exitCode, String out, String err) {

        /** Both outputs, standard output first. */
        public String output() {
            return out + err;
        }
    }

    private MainProcess() {
    }

    public static Result run(Path directory, String databaseUrl, String... args) {
        return run(directory, Map.of("DATABASE_URL", databaseUrl), args);
    }

    /** Runs Main with these environment variables added to this JVM's own. */
    public static Result run(Path directory, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(directory, "main-", ".out");
            Path err = Files.createTempFile(directory, "main-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", args) + " did not finish in 120 seconds: " + Files.readString(out)
                        + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
