package io.github.juesuan.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Escaping and the inline assets. Everything a report says is untrusted input: every text and
 * attribute value goes through {@link #esc(String)}, which leaves no character that could open a
 * tag, close an attribute or start an entity.
 */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for an HTML element body or a double- or single-quoted attribute value.
     *
     * @param s the text, null as empty
     * @return the escaped text
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r;
            switch (c) {
                case '&': r = "&amp;"; break;
                case '<': r = "&lt;"; break;
                case '>': r = "&gt;"; break;
                case '"': r = "&quot;"; break;
                case '\'': r = "&#39;"; break;
                case '`': r = "&#96;"; break;
                default:
                    // controls other than tab, newline and return are not allowed in HTML text
                    r = c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "\uFFFD" : null;
            }
            if (r != null) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(r);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A bundled asset (CSS or JS) as text; they contain no {@code </} sequence that could end their element. */
    static String asset(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource io/github/juesuan/html/" + name + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.contains("</")) {
                throw new IllegalStateException("resource io/github/juesuan/html/" + name + " contains '</'");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource io/github/juesuan/html/" + name, e);
        }
    }
}
