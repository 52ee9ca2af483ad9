package com.healthpress.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which role grants which permission, as the README's table says, and what saving an article asks. */
class RolesTest {

    /** The table in the README, written out independently of Role's own declaration. */
    private static final Map<Role, Set<Permission>> TABLE = Map.of(
            Role.ADMIN, EnumSet.allOf(Permission.class),
            Role.EDITOR, EnumSet.of(Permission.VIEW_ADMIN, Permission.EDIT_DRAFT, Permission.PUBLISH, Permission.IMPORT,
                    Permission.MANAGE_PEOPLE),
            Role.WRITER, EnumSet.of(Permission.VIEW_ADMIN, Permission.EDIT_DRAFT),
            Role.REVIEWER, EnumSet.of(Permission.VIEW_ADMIN, Permission.REVIEW));

    @Test
    void eachRoleGrantsExactlyThePermissionsOfTheTable() {
        for (Role role : Role.values()) {
            for (Permission permission : Permission.values()) {
                assertEquals(TABLE.get(role).contains(permission), role.grants(permission), role + " " + permission);
            }
        }
    }

    @Test
    void anEditorMayDoEverythingAWriterMay() {
        for (Permission permission : Permission.values()) {
            assertTrue(!Role.WRITER.grants(permission) || Role.EDITOR.grants(permission), permission.name());
        }
    }

    @Test
    void severalRolesAllowWhatAnyOfThemGrantsAndNoRolesAllowNothing() {
        Roles writerAndReviewer = Roles.of(Role.WRITER, Role.REVIEWER);

        assertTrue(writerAndReviewer.allow(Permission.EDIT_DRAFT));
        assertTrue(writerAndReviewer.allow(Permission.REVIEW));
        assertFalse(writerAndReviewer.allow(Permission.PUBLISH));
        for (Permission permission : Permission.values()) {
            assertFalse(Roles.NONE.allow(permission), permission.name());
        }
        assertEquals("writer, reviewer", writerAndReviewer.names());
    }

    @Test
    void savingWhatReadersSeeOrWillSeeNeedsPublishAndADraftNeedsEditDraft() {
        assertEquals(Permission.EDIT_DRAFT, Permission.toSave(false, false));
        assertEquals(Permission.PUBLISH, Permission.toSave(false, true));
        assertEquals(Permission.PUBLISH, Permission.toSave(true, false));
        assertEquals(Permission.PUBLISH, Permission.toSave(true, true));
    }

    @Test
    void aWriterIsRefusedPublishingWithAnExplanationThatNamesWhatIsMissingAndWhoHasIt() {
        Actor writer = new Actor("wendy", Roles.of(Role.WRITER));

        NotPermitted refused = assertThrows(NotPermitted.class, () -> writer.require(Permission.PUBLISH));

        assertEquals(Permission.PUBLISH, refused.permission());
        assertTrue(refused.explanation().contains(Permission.PUBLISH.description()), refused.explanation());
        assertTrue(refused.explanation().contains("(writer)"), refused.explanation());
        assertTrue(refused.explanation().contains("admin or editor"), refused.explanation());
    }

    @Test
    void rolesAreNamedInAnyCaseAndNothingElseIsARole() {
        assertEquals(Optional.of(Role.REVIEWER), Role.named("Reviewer"));
        assertEquals(Optional.empty(), Role.named("medical-reviewer"));
        assertEquals(Optional.empty(), Role.named(null));
        assertEquals("admin, editor, writer, reviewer", Role.allNames());
    }
}
