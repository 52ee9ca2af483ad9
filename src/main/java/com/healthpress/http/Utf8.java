package com.healthpress.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An uploaded file read as UTF-8 text, strictly: a file in another encoding is refused, never guessed at. */
public final class Utf8 {

    private Utf8() {
    }

    /** The text the bytes write in UTF-8; empty when they are not UTF-8. */
    public static Optional<String> strictly(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
