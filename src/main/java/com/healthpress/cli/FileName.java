package com.healthpress.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A FILE argument of one file to read or write: not blank, not an option (not even after "--"), a valid path. */
public final class FileName implements ITypeConverter<Path> {

    @Override
    public Path convert(String name) {
        if (name.isBlank() || name.startsWith("-")) {
            throw new TypeConversionException("\"" + name + "\" is not a file name");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(name + " is not a valid file name");
        }
    }
}
