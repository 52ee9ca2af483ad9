package com.healthpress.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.engine.SysProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an H2 file database to this machine and its owner: H2's AUTO_SERVER port listens on the loopback address
 * only, and the database wants a password generated on its first open and kept beside its file
 * ({@code NAME.h2-password}, readable by its owner only). A database made with an empty password is moved to the
 * generated one when it opens. A URL that names its own user or password is left as it is.
 */
final class EmbeddedH2 {

    static final String USER = "sa";
    static final String PASSWORD_FILE_ENDING = ".h2-password";
    private static final String BIND_ADDRESS = "h2.bindAddress";
    private static final String LOOPBACK = "127.0.0.1";
    /** H2's ErrorCode.WRONG_USER_OR_PASSWORD. */
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    /** jdbc:h2:[file:]PATH[;SETTINGS]; a PATH with a scheme of its own (mem:, tcp:, zip: …) is no local file. */
    private static final Pattern FILE_URL = Pattern.compile("jdbc:h2:(?:file:)?(?![A-Za-z][A-Za-z0-9]+:)([^;]+)(;.*)?");
    private static final Pattern OWN_CREDENTIALS = Pattern.compile("(?i);\\s*(USER|PASSWORD)\\s*=");
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedH2() {
    }

    /**
     * Makes H2's servers listen on the loopback address, unless {@value #BIND_ADDRESS} was set on purpose. H2 reads
     * the property once, when its first class loads, so this runs before any connection is made.
     */
    static void keepServerOnLoopback() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, LOOPBACK);
        }
        if (!Objects.equals(SysProperties.BIND_ADDRESS, System.getProperty(BIND_ADDRESS))) {
            LOG.warn("H2 was loaded before its server could be kept on {}: an AUTO_SERVER port may listen on {}",
                    System.getProperty(BIND_ADDRESS), SysProperties.BIND_ADDRESS == null
                            ? "every interface" : SysProperties.BIND_ADDRESS);
        }
    }

    /** The file with the generated password of this H2 URL, when it is a file database without credentials of its own. */
    static Optional<Path> passwordFile(String jdbcUrl) {
        if (OWN_CREDENTIALS.matcher(jdbcUrl).find()) {
            return Optional.empty();
        }
        return besideFile(jdbcUrl, PASSWORD_FILE_ENDING);
    }

    /** The path of the database file of this H2 URL with the ending given instead of H2's, if it names a file. */
    static Optional<Path> besideFile(String jdbcUrl, String ending) {
        Matcher url = FILE_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            return Optional.empty();
        }
        String path = url.group(1).trim();
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path + ending));
    }

    /** Whether the URL names its own user or password, which is then used as it is. */
    static boolean namesOwnCredentials(String jdbcUrl) {
        return OWN_CREDENTIALS.matcher(jdbcUrl).find();
    }

    /** The password in the file, made first (random, for the owner's eyes only) when there is none. */
    static String password(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException("the H2 password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the H2 password file " + file, e);
        }
    }

    /**
     * Written to a temporary file first and linked into place, so that processes opening a new database at the same
     * time all read the one password that won.
     */
    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path written = Files.createTempFile(directory, file.getFileName().toString(), ".new", ownerOnly());
        try {
            Files.writeString(written, newPassword() + "\n");
            Files.createLink(file, written);
        } catch (FileAlreadyExistsException madeByAnotherProcess) {
            // the other process's password is the one
        } finally {
            Files.delete(written);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        boolean posix = Path.of("").getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether the opening failed because H2 refused the user or password. */
    static boolean isWrongPassword(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == WRONG_USER_OR_PASSWORD) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives a database made with an empty password (before passwords were generated) the generated one. Nothing
     * happens when the empty password does not open it: another process moved it first, or the password is wrong.
     */
    static void moveFromEmptyPassword(String jdbcUrl, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, USER, "");
             Statement statement = connection.createStatement()) {
            // H2 takes no parameter here.
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password.replace("'", "''") + "'");
            LOG.info("the H2 database had an empty password; it now has the one generated beside it");
        } catch (SQLException e) {
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw new IllegalStateException("cannot give the H2 database its generated password: "
                        + e.getMessage(), e);
            }
        }
    }
}
