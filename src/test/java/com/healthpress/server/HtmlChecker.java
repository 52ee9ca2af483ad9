package com.healthpress.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker, run in a JVM of its own (it needs Jetty 11, the app Jetty 12) over many pages in one
 * call. Its class path is resolved by the build into the file named by the {@code vnu.classpath.file} property.
 */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    /** Checks each page (name → HTML) and returns the errors found, as "name: line N: message"; empty when valid. */
    public static List<String> errors(Map<String, String> pages) {
        try {
            Path dir = Files.createTempDirectory("nu-check");
            Map<String, String> nameByFile = new LinkedHashMap<>();
            int index = 0;
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = dir.resolve("page-" + index++ + ".html");
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
                nameByFile.put(file.getFileName().toString(), page.getKey());
            }
            return run(dir, nameByFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> run(Path dir, Map<String, String> nameByFile) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-cp", classPath(),
                "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--stdout", "--errors-only"));
        for (String file : nameByFile.keySet()) {
            command.add(dir.resolve(file).toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String diagnostics = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        waitFor(process);
        if (output.isBlank()) {
            throw new IllegalStateException("The Nu Html Checker printed no report: " + diagnostics);
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(output).path("messages")) {
            if (!"info".equals(message.path("type").asText())) {
                String url = message.path("url").asText();
                String page = nameByFile.getOrDefault(url.substring(url.lastIndexOf('/') + 1), url);
                errors.add(page + ": line " + message.path("lastLine").asText("?") + ": "
                        + message.path("message").asText() + " [" + message.path("extract").asText("") + "]");
            }
        }
        return errors;
    }

    private static String classPath() throws IOException {
        String file = System.getProperty("vnu.classpath.file", "target/vnu.classpath");
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("No Nu Html Checker class path at " + path.toAbsolutePath()
                    + ": run the tests through Maven (mvn verify), which resolves it");
        }
        return Files.readString(path).trim();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The Nu Html Checker did not finish within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
