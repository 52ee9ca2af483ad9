package com.healthpress.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthpress.Commands;
import com.healthpress.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export command's file handling: the file is replaced only by a complete export. */
class ExportCommandTest {

    @TempDir
    Path directory;

    @Test
    void emptyDatabaseExportsAndRestoresIntoAnotherEmptyOne() {
        Path file = directory.resolve("empty.json");
        Backups.Outcome export = Backups.export(TestDatabases.fresh(), file);
        assertEquals(0, export.exitCode(), export.err());
        assertEquals("exported 0 articles, 0 revisions, 0 people, 4 pages, 0 images, 0 accounts to " + file + "\n",
                export.out(), "the four starter pages are drafts, and exported");

        String target = TestDatabases.fresh();
        Backups.Outcome restore = Backups.restore(target, file);
        assertEquals(0, restore.exitCode(), restore.err());
        assertEquals("restored 0 articles, 0 revisions, 0 people, 4 pages, 0 images, 0 accounts from " + file + "\n",
                restore.out());
        assertTrue(Backups.isEmpty(target));
    }

    @Test
    void failedExportLeavesThePreviousFileAsItWas() throws Exception {
        Path file = Files.writeString(directory.resolve("site.json"), "the previous export");
        Files.writeString(Files.createDirectory(directory.resolve("site.json.tmp")).resolve("in-the-way"), "");

        Backups.Outcome export = Backups.export(TestDatabases.fresh(), file);

        assertEquals(1, export.exitCode());
        assertTrue(export.err().contains("export: cannot write " + file), export.err());
        assertTrue(export.err().contains("nothing was exported; " + file + " is as it was"), export.err());
        assertEquals("the previous export", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void exportReplacesAnOlderFileAndLeavesNoPartialFile() throws Exception {
        Path file = Files.writeString(directory.resolve("site.json"), "the previous export");
        assertEquals(0, Backups.export(TestDatabases.fresh(), file).exitCode());
        String export = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(export.startsWith("{\n\"format\":\"healthpress-export\",\n"), export);
        assertFalse(Files.exists(directory.resolve("site.json.tmp")));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file),
                "password hashes are for the owner's eyes only");
    }

    @Test
    void missingDirectoryAndWrongUsageAreReported() {
        Path file = directory.resolve("no-such-directory").resolve("site.json");
        Backups.Outcome export = Backups.export(TestDatabases.fresh(), file);
        assertEquals(1, export.exitCode());
        assertTrue(export.err().contains("no such directory"), export.err());

        assertEquals(2, Commands.run(TestDatabases.fresh(), System.out, System.err, "export"));
        assertEquals(2, Commands.run(TestDatabases.fresh(), System.out, System.err, "export", "a.json", "b.json"));
    }
}
