package com.healthpress.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generate command writes through the repositories that saves use, so a change of the schema is made in one
 * place: the generate package declares no SQL statements of its own.
 */
class GeneratorSqlTest {

    @Test
    void theGeneratePackageDeclaresNoSqlOfItsOwn() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Generator.class.getResource("Generator.class").toURI()).getParent();
        List<String> names;
        try (Stream<Path> files = Files.list(classes)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class")).toList();
        }
        assertTrue(names.contains("GenerateCommand.class"), names.toString());

        for (String name : names) {
            Class<?> type = Class.forName("com.healthpress.generate." + name.replace(".class", ""));
            for (Method method : type.getDeclaredMethods()) {
                assertEquals(List.of(), Arrays.stream(method.getAnnotations())
                        .map(annotation -> annotation.annotationType().getName())
                        .filter(annotation -> annotation.startsWith("org.jdbi.v3.sqlobject.statement."))
                        .toList(), type.getSimpleName() + "." + method.getName());
            }
        }
    }
}
