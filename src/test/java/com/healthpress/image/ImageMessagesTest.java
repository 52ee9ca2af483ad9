package com.healthpress.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImageMessagesTest {

    @Test
    void everyErrorCodeHasASentenceOfItsOwn() throws IllegalAccessException {
        Set<String> sentences = new HashSet<>();
        for (String code : publicCodes()) {
            String sentence = ImageMessages.messageFor(code);
            assertNotEquals(ImageMessages.GENERIC, sentence, code);
            assertTrue(sentence.endsWith("."), code);
            assertTrue(sentences.add(sentence), "two codes share the sentence " + sentence);
        }
    }

    @Test
    void sentencesNameTheLimits() {
        assertEquals("The file is larger than 5 MB. Save it at a smaller size or stronger compression and upload it "
                + "again.", ImageMessages.messageFor(ImageMessages.FILE_TOO_LARGE));
        assertEquals("The image is too small: it must be at least 200 × 100 pixels.",
                ImageMessages.messageFor(ImageMessages.TOO_SMALL));
        assertEquals("The image is too large: it may be at most 8000 × 8000 pixels and 40 megapixels in all "
                + "(for example 8000 × 5000). Make it smaller and upload it again.",
                ImageMessages.messageFor(ImageMessages.TOO_LARGE));
        assertEquals("The alternative text may be at most 300 characters.",
                ImageMessages.messageFor(ImageMessages.ALT_TOO_LONG));
    }

    @Test
    void unknownCodeGetsTheGeneralSentenceAndNoCodeNone() {
        assertEquals("The image could not be saved. Please try again.",
                ImageMessages.messageFor("<script>alert(1)</script>"));
        assertNull(ImageMessages.messageFor(null));
    }

    private static List<String> publicCodes() throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : ImageMessages.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        assertEquals(19, codes.size(), "codes found");
        return codes;
    }
}
