package com.healthpress.redirects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Percent-escapes of addresses, strictly: UTF-8 only, a broken escape is no address. */
final class PercentEncoding {

    /** What a path may carry unescaped besides letters and digits (RFC 3986's pchar and "/"). */
    private static final String PATH_SAFE = "-._~!$&'()*+,;=:@/";

    private PercentEncoding() {
    }

    /** The percent-escapes of a path decoded as UTF-8; null for a broken escape or bytes that are not UTF-8. */
    static String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i < raw.length() && raw.charAt(i) == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        return out.toString();
    }

    /** A decoded path written for a Location header: anything but letters, digits and RFC 3986's pchar escaped. */
    static String encodePath(String decoded) {
        StringBuilder out = new StringBuilder(decoded.length() + 16);
        for (byte b : decoded.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || PATH_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                escape(out, b);
            }
        }
        return out.toString();
    }

    /** A query or fragment as typed, with what no address carries unescaped escaped (spaces, other scripts). */
    static String encodeRest(String typed) {
        StringBuilder out = new StringBuilder(typed.length() + 16);
        byte[] bytes = typed.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            char c = (char) (bytes[i] & 0xff);
            boolean escapeFollows = c == '%' && i + 2 < bytes.length && Character.digit(bytes[i + 1], 16) >= 0
                    && Character.digit(bytes[i + 2], 16) >= 0;
            if (c > 0x20 && c < 0x7f && c != '#' && (c != '%' || escapeFollows)) {
                out.append(c);
            } else {
                escape(out, bytes[i]);
            }
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, byte b) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
    }
}
