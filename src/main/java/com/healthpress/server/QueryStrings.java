package com.healthpress.server;

import io.javalin.http.BadRequestResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses query strings that no browser sends: broken percent-encoding or bytes that are not UTF-8. Left alone,
 * lenient decoding would turn them into guesses that handlers then treat as real input.
 */
public final class QueryStrings implements PolicyStep {

    @Override
    public void before(Exchange exchange) {
        String query = exchange.query();
        if (query != null && !isWellFormed(query)) {
            throw new BadRequestResponse("The query string is not valid percent-encoded UTF-8.");
        }
    }

    static boolean isWellFormed(String query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || hex(query.charAt(i + 1)) < 0 || hex(query.charAt(i + 2)) < 0) {
                    return false;
                }
                bytes.write(hex(query.charAt(i + 1)) * 16 + hex(query.charAt(i + 2)));
                i += 2;
            } else if (c < 0x20 || c > 0x7e) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
